"""The detector registry: an explicit list, one line per detector.

Each entry is ``"module:Class"``; the class takes no arguments, has ``name`` and
``version`` attributes and a ``detect(doc) -> list[Detection]`` method (see
:class:`classifiers.base.Detector` and the doc extensions described in
:mod:`classifiers.pipeline`). Entries are imported by ``build_pipeline``; one that fails
to import makes every verdict "needs review" rather than silently dropping its labels.
A new detector is one module here plus one line below plus one test file.
"""

REGISTRY: tuple[str, ...] = (
    "classifiers.detectors.personal_info:PersonalInfoDetector",
    "classifiers.detectors.safeguarding:SafeguardingDetector",
    "classifiers.detectors.spam:SpamDetector",
    "classifiers.detectors.commercial:CommercialDetector",
    "classifiers.detectors.abuse:AbuseDetector",
    "classifiers.detectors.textcat:TextcatDetector",
)

__all__ = ["REGISTRY"]
