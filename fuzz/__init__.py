"""Bad-input fuzzing of the connectors, the classifier and the ``classify`` command.

:mod:`fuzz.payloads` holds the hostile inputs (hypothesis strategies and fixed corpora)
and :mod:`fuzz.targets` the harnesses that feed them to real code: each connector's
parsing through its real SDK with a fake transport, the classifier pipeline, and the
command line. The test suites ``tests/test_fuzz_connectors.py`` and
``tests/test_fuzz_classifier.py`` use both in reduced form; ``python -m fuzz --full``
runs them in full form and, when atheris is installed, adds a coverage-guided byte-level
run of each target (see ``docs/reliability.md``).
"""
