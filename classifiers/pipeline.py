"""The classification pipeline: one spaCy ``Language`` per process, many comments.

:func:`build_pipeline` builds the ``Language`` once: the trained text categoriser saved in
``classifiers/model/`` when that artefact exists (a pipeline written with
``nlp.to_disk``; its ``textcat`` fills ``doc.cats``), otherwise ``spacy.blank("en")``;
then the project's own components:

``evasion_fold``
    sets ``doc._.folded`` (:class:`classifiers.normalize.Folded`), the evasion-folded
    views every pattern detector matches against.
``moderation_detectors``
    runs every detector of the registry (:data:`classifiers.detectors.REGISTRY`) on the
    doc and collects ``doc._.detections``; a detector that raises is recorded in
    ``doc._.detector_errors`` instead of stopping the others.

A detector's ``detect(doc)`` reads ``doc._.folded`` (its ``original`` is the comment;
prefer it to ``doc.text``, which spaCy rebuilds from the tokens on every access),
``doc._.context`` (the :class:`ClassifierContext`), the tokens, and ``doc.cats``. Inside the
pipeline the ``doc`` a detector gets is a thin view of the spaCy ``Doc`` whose ``_`` holds
just those two values, read once per comment (each real ``doc._`` access costs about
2 us); tokens, ``cats``, ``text`` and every other attribute are the doc's own. A detector
may also define ``setup(nlp)``, called once at build time (e.g. to add a component).

:meth:`Pipeline.classify` combines detections into a :class:`~classifiers.base.Verdict`:
the score of a label is the highest score any detector gave it, ``labels`` are those at
or above :data:`THRESHOLD`, ``hate`` always lifts ``abuse`` to at least its own score,
and any detector failure sets ``needs_review`` so a failure never reads as clean.

Classification runs inside spaCy memory zones (new strings never stay), where spaCy's
tokenizer caches nothing and makes every new word's lexeme again in each zone. So the
``Language`` gets, at build time, a tokenizer whose affix and URL patterns are screened
(:func:`screen_tokenizer`), lexical attribute functions that answer plain ASCII words
faster (:func:`speed_lexical_attributes`) and permanent lexemes for a fixed list of
common and rule words (:func:`warm_vocabulary`); each gives exactly the tokens and
attributes spaCy's own would.

A worker starts often (deploys, restarts, scaled workers), so building is kept short:
the model is read with its tokenizer built once, already screened (``_load_model``), and
the garbage collector is paused while spaCy is imported and while the pipeline is built
(``_collector_paused``).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import re
import string
import threading
import unicodedata
from bisect import bisect_left
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import Any

# Importing spaCy makes a few hundred thousand objects that live as long as the process
# (modules, classes, functions); the collector, run every few hundred new objects, walked
# them again and again (about a tenth of the import). It is paused while importing, as
# while building (see _collector_paused), and what the import made is then frozen
# (gc.freeze, as build_pipeline does): unfrozen, the first collection after the pause
# would walk all of it at once. The process's thresholds are put back whatever happens.
_IMPORT_THRESHOLDS = gc.get_threshold()
gc.set_threshold(0)
try:
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

    from classifiers.base import LABELS, Detection, Explanation, Verdict
    from classifiers.normalize import fold, fold_term
    from classifiers.rules import literal_words, pattern_words, required_literals, split_top_level

    gc.freeze()
finally:
    gc.set_threshold(*_IMPORT_THRESHOLDS)

__all__ = [
    "THRESHOLD",
    "ClassifierContext",
    "Pipeline",
    "assemble_pipeline",
    "build_pipeline",
    "default_screened_tokenizer",
    "roster_hash",
    "screen_tokenizer",
    "speed_lexical_attributes",
    "warm_vocabulary",
]

log = logging.getLogger(__name__)

THRESHOLD = 0.5
#: A detection under one of these rules, once its label is reported, stands for the listed
#: labels too: they are held below THRESHOLD and say why. Money or gifts offered to children
#: (``classifiers.detectors.spam.CHILD_OFFER_RULE``) read like spam to every spam rule and
#: to the model, but it is grooming or exploitation, and the safeguarding lead, not the spam
#: queue, must see it (the stricter safeguarding policy acts on it anyway).
SUPERSEDES: dict[str, tuple[str, ...]] = {"offer_to_children": ("spam", "commercial")}
_SUPERSEDED_CAP = 0.45
MODEL_DIR = Path(__file__).resolve().parent / "model"
#: comments per memory zone: each zone creates the lexemes of its words anew, so fewer, larger
#: batches create fewer (a batch of docs is a few hundred kB)
_BATCH_SIZE = 1024
#: Longest text classified; the rest of a longer comment is not read, and the verdict
#: says so and needs review. No platform allows a longer comment (Facebook 8,000,
#: YouTube 10,000, X's longest posts 25,000 characters), so only hostile input is cut,
#: and every detector stays well within a second on the longest.
MAX_TEXT_CHARS = 25_000
#: spaCy's tokenizer strips prefixes and suffixes one at a time, so a run without
#: whitespace made of punctuation or emoji costs time quadratic in its length (4,000 "!"
#: take about 2 s). Longer runs are cut into tokens of this length; the text is unchanged.
MAX_RUN_CHARS = 64
#: chunks (whitespace-delimited pieces of comments) the tokenizer's cache may learn; see
#: _ChunkCache. Some 40 bytes each, plus their hashes.
CHUNK_CACHE_LIMIT = 50_000
#: comments the chunks are learnt from: looking costs about 10 us a comment, and the common
#: chunks of a school's comments have all come by then
CHUNK_LEARN_COMMENTS = 5_000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))
# Lone surrogates (from "\\ud800" escapes or bytes decoded with surrogateescape) cannot be
# encoded as UTF-8, so the verdict could not be stored or printed; one for one, so spans hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def roster_hash(name: str, salt: str) -> str:
    """Salted SHA-256 of a pupil name as the roster stores it (never the plain name).

    The name is folded (case, accents, look-alikes) and its whitespace collapsed first,
    so "Amelia  CLARKE" and "amelia clarke" hash alike.
    """
    canonical = " ".join(fold(name).text.split())
    return hashlib.sha256(f"{salt}\x00{canonical}".encode()).hexdigest()


@dataclass(frozen=True)
class ClassifierContext:
    """What the detectors know about the school a comment belongs to.

    ``allow_phrases``: the school's own activity (e.g. "Oakfield PTA") - fundraising
    mentioning one of them is not commercial. ``roster_hashes``: salted SHA-256 hashes of
    pupil names (see :func:`roster_hash`) with their ``roster_salt``; plain names are
    never held. ``staff_names``: staff are not pupils.
    """

    allow_phrases: tuple[str, ...] = ()
    roster_hashes: frozenset[str] = field(default_factory=frozenset)
    roster_salt: str = ""
    staff_names: tuple[str, ...] = ()

    @cached_property
    def folded_allow_phrases(self) -> tuple[str, ...]:
        return tuple(p for p in (fold_term(a).strip() for a in self.allow_phrases) if p)

    @cached_property
    def folded_staff_names(self) -> frozenset[str]:
        return frozenset(" ".join(fold(n).text.split()) for n in self.staff_names if n.strip())

    @classmethod
    def from_school(cls, school: Any, roster_hashes: Iterable[str] = (), roster_salt: str = "") -> "ClassifierContext":
        """Build from a :class:`monitor.config.SchoolConfig` (its policy phrases and staff)."""
        return cls(
            allow_phrases=tuple(school.policy.allow_phrases),
            roster_hashes=frozenset(roster_hashes),
            roster_salt=roster_salt,
            staff_names=tuple(school.staff_names),
        )


_EMPTY_CONTEXT = ClassifierContext()


def _register_extensions() -> None:
    for name in ("folded", "context", "detections", "detector_errors", "truncated_from"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.component("evasion_fold")
def _evasion_fold(doc: Doc) -> Doc:
    underscore = doc._
    if underscore.folded is None:  # Pipeline._docs folds while it still holds the text
        underscore.folded = fold(doc.text)
    return doc


class _Extensions:
    """The two doc extensions detectors read, as plain attributes; any other extension
    is read from the doc itself."""

    __slots__ = ("folded", "context", "_doc")

    def __init__(self, doc: Doc, folded: Any, context: ClassifierContext):
        self._doc = doc
        self.folded = folded
        self.context = context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc._, name)


class _DetectorDoc:
    """The doc as the detectors see it: ``_.folded`` and ``_.context`` read once.

    Every ``doc._`` access builds a fresh spaCy ``Underscore`` object and looks the value
    up in the doc's user data (about 2 us), and each detector reads the fold and the
    context again; this view reads them once per comment. Everything else (``cats``,
    tokens, ``text``, ...) is the doc's own.
    """

    __slots__ = ("doc", "_", "cats")

    def __init__(self, doc: Doc, folded: Any, context: ClassifierContext):
        self.doc = doc
        self._ = _Extensions(doc, folded, context)
        self.cats = doc.cats

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.doc)

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, index: Any) -> Any:
        return self.doc[index]


class _DetectorsComponent:
    """Runs the registry; one failing detector is recorded, the others still run."""

    def __init__(self, detectors: list[Any]):
        self.detectors = detectors

    def __call__(self, doc: Doc) -> Doc:
        underscore = doc._
        context = underscore.context
        if context is None:
            context = underscore.context = _EMPTY_CONTEXT
        folded = underscore.folded
        if folded is None:
            folded = underscore.folded = fold(doc.text)
        detections, errors = _run_detectors(self.detectors, _DetectorDoc(doc, folded, context))
        underscore.detections = detections
        underscore.detector_errors = errors
        return doc


def _run_detectors(detectors: list[Any], view: _DetectorDoc) -> tuple[list[Detection], list[str]]:
    """Every detector's detections on one comment, and the failures (detector: error type)."""
    detections: list[Detection] = []
    errors: list[str] = []
    for detector in detectors:
        try:
            detections.extend(detector.detect(view))
        except Exception as exc:  # noqa: BLE001 - a broken detector must not pass as clean
            # Only the exception type: its message may quote the comment.
            errors.append(f"{detector.name}: {type(exc).__name__}")
            log.error("detector %s failed: %s", detector.name, type(exc).__name__)
    return detections, errors


@Language.factory("moderation_detectors")
def _make_detectors_component(nlp: Language, name: str) -> _DetectorsComponent:
    # The detector objects are attached by build_pipeline: they are not config values.
    return _DetectorsComponent([])


class _UnloadableDetector:
    """Stands in for a registry entry that failed to import: every verdict needs review."""

    def __init__(self, path: str, error: str):
        self.name = path.rsplit(":", 1)[-1]
        self.version = "unavailable"
        self._error = error

    def detect(self, doc: Doc) -> list[Detection]:
        raise RuntimeError(self._error)


class Pipeline:
    """Built once by :func:`build_pipeline`; classify as many comments as you like."""

    def __init__(self, nlp: Language, detectors: list[Any], context: ClassifierContext | None):
        self.nlp = nlp
        self.detectors = detectors
        self.context = context or _EMPTY_CONTEXT
        self.versions: dict[str, str] = {d.name: d.version for d in detectors}
        # A worker's threads share this pipeline. spaCy's memory zones are per vocabulary,
        # not per thread: one thread leaving its zone would drop the strings another
        # thread's docs still use. Classification is CPU-bound Python under the GIL, so
        # taking turns costs no throughput.
        self._zone_lock = threading.Lock()
        #: set by build_pipeline: teaches the tokenizer's cache common chunks (see _ChunkCache)
        self._chunk_cache: _ChunkCache | None = None

    def _clean(self, text: Any) -> tuple[str, int]:
        """The text classified (cut to :data:`MAX_TEXT_CHARS`, no lone surrogates) and the
        length of the text given."""
        text = text if isinstance(text, str) else str(text)
        full = len(text)
        if full > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
        if not text.isascii():
            text = _SURROGATE.sub("\ufffd", text)
        return text, full

    def _docs(self, texts: Iterable[str], context: ClassifierContext | None) -> Iterator[Doc]:
        ctx = context or self.context
        for text in texts:
            text, full = self._clean(text)
            doc = _make_doc(self.nlp, text)
            underscore = doc._
            underscore.context = ctx
            if full > MAX_TEXT_CHARS:
                underscore.truncated_from = full  # a fresh doc's default is None
            underscore.folded = fold(text)
            yield doc

    def prepare(self, text: str, context: ClassifierContext | None = None) -> Doc:
        """A tokenised doc with ``doc._.folded`` and ``doc._.context`` set, no detector run.

        For running one detector on its own (tests, evaluation of a single detector).
        """
        return next(self._docs([text], context))

    def _procs(self) -> list[Any]:
        # _docs has already folded every doc, so the fold component has nothing to do
        return [proc for name, proc in self.nlp.pipeline if name != "evasion_fold"]

    def _model_procs(self) -> list[Any]:
        # every component but the fold (done beside the doc) and the detectors (run here)
        return [proc for name, proc in self.nlp.pipeline if name not in ("evasion_fold", "moderation_detectors")]

    def _registry(self) -> list[Any]:
        if "moderation_detectors" in self.nlp.pipe_names:
            return self.nlp.get_pipe("moderation_detectors").detectors
        return []

    def classify(self, text: str, context: ClassifierContext | None = None) -> Verdict:
        # A worker classifies for weeks: without a memory zone every new token string stays
        # in the vocabulary's string store for the life of the process. The verdict holds
        # only plain values, so nothing made inside the zone outlives it.
        with self._zone_lock, self.nlp.memory_zone():
            doc = next(self._docs([text], context))
            for proc in self._procs():
                doc = proc(doc)
            return self._verdict(doc)

    def classify_many(self, texts: Iterable[str], context: ClassifierContext | None = None) -> list[Verdict]:
        """Verdicts for many comments, in order.

        The same work as running each doc through ``nlp``, arranged for speed: comments
        go through the model components in batches, and the fold and context travel
        beside each doc to the detectors instead of through ``doc._`` (every access of
        which costs about 2 us); only a truncated comment's length is set on its doc.
        """
        ctx = context or self.context
        nlp = self.nlp
        procs = self._model_procs()
        detectors = self._registry()
        verdicts: list[Verdict] = []
        batch: list[tuple[str, int]] = []

        def flush() -> None:
            with self._zone_lock, nlp.memory_zone():  # as in classify: new strings dropped after
                # A batch makes hundreds of thousands of short-lived objects and no reference
                # cycles that outlive it, so the collector is paused for the batch and runs
                # as usual after it (under the lock: no other batch turns it back on early).
                collecting = gc.isenabled()
                gc.disable()
                try:
                    _flush()
                finally:
                    if collecting:
                        gc.enable()
            # out of the zone (the chunks learnt are made of permanent lexemes only), still
            # under the lock: the tokenizer's cache is shared with every other thread
            # (once learning has stopped nothing is pending and the lock is not taken again;
            # a batch another thread collected meanwhile is taught by that thread)
            if self._chunk_cache is not None and self._chunk_cache.pending:
                with self._zone_lock:
                    self._chunk_cache.teach()

        def _flush() -> None:
            docs = [_make_doc(nlp, text) for text, _ in batch]
            chunks = self._chunk_cache
            if chunks is not None and chunks.learning:
                chunks.collect(batch, docs)
            for (_, full), doc in zip(batch, docs):
                if full > MAX_TEXT_CHARS:
                    doc._.truncated_from = full
            for proc in procs:
                docs = list(proc.pipe(docs, batch_size=_BATCH_SIZE)) if hasattr(proc, "pipe") else [
                    proc(doc) for doc in docs]
            for (text, full), doc in zip(batch, docs):
                detections, errors = _run_detectors(detectors, _DetectorDoc(doc, fold(text), ctx))
                verdicts.append(self._assemble(detections, errors, full if full > MAX_TEXT_CHARS else None))
            batch.clear()

        for text in texts:
            batch.append(self._clean(text))
            if len(batch) >= _BATCH_SIZE:
                flush()
        if batch:
            flush()
        return verdicts

    def _verdict(self, doc: Doc) -> Verdict:
        underscore = doc._
        return self._assemble(underscore.detections or (), underscore.detector_errors or (),
                              underscore.truncated_from)

    def _assemble(self, found: Iterable[Detection], detector_errors: Iterable[str],
                  truncated_from: int | None) -> Verdict:
        scores = dict.fromkeys(LABELS, 0.0)
        explanations: dict[str, list[Explanation]] = {}
        # highest score first; equal scores keep the detectors' order (the sort is stable)
        for det in sorted(found, key=_score, reverse=True):
            label = det.label
            if label not in scores:
                continue
            score = float(det.score)
            # clamp to [0, 1] as min(max(score, 0.0), 1.0) does (NaN and -0.0 included)
            if score < 0.0:
                score = 0.0
            elif score > 1.0:
                score = 1.0
            if score > scores[label]:
                scores[label] = score
            if score > 0:
                listed = explanations.get(label)
                if listed is None:
                    explanations[label] = [det.explanation]
                else:
                    listed.append(det.explanation)
        for label in [lab for lab, listed in explanations.items() if scores[lab] >= THRESHOLD
                      and any(e.rule in SUPERSEDES for e in listed)]:
            by = next(e for e in explanations[label] if e.rule in SUPERSEDES)
            for other in SUPERSEDES[by.rule]:
                if scores[other] > _SUPERSEDED_CAP:
                    scores[other] = _SUPERSEDED_CAP
                    explanations[other].append(Explanation(
                        "pipeline", f"superseded_by_{label}", by.start, by.end, by.matched,
                        (f"held at {_SUPERSEDED_CAP:.2f}: {label} ({by.rule}) covers this comment",)))
        if scores["hate"] > scores["abuse"]:
            # hate is abuse aimed at a protected characteristic: never one without the other
            scores["abuse"] = scores["hate"]
            hate = explanations.get("hate")
            first = hate[0] if hate else None
            explanations.setdefault("abuse", []).insert(0, Explanation(
                "pipeline", "hate_implies_abuse",
                first.start if first else None, first.end if first else None,
                first.matched if first else None,
                (f"abuse raised to hate score {scores['hate']:.2f}",),
            ))
        errors = tuple(detector_errors)
        if truncated_from:
            # The unread tail may hold anything: a person must look, and every label that
            # fired says it was judged on the head only.
            note = f"classified the first {MAX_TEXT_CHARS} of {truncated_from} characters"
            errors += (f"pipeline: text truncated ({note})",)
            for listed in explanations.values():
                listed.append(Explanation("pipeline", "text_truncated", 0, MAX_TEXT_CHARS, None, (note,)))
        return Verdict(
            labels=tuple(label for label in LABELS if scores[label] >= THRESHOLD),
            # round() is slow and most labels keep the 0.0 they started with
            scores={k: round(v, 4) if v else 0.0 for k, v in scores.items()},
            # in label order, whatever order the detections came in
            explanations={label: explanations[label] for label in LABELS if label in explanations},
            detector_versions=dict(self.versions),
            needs_review=bool(errors),
            errors=errors,
        )


_score = attrgetter("score")

_CHUNK = re.compile(r"\S+")


class _ChunkCache:
    """Teaches spaCy's tokenizer cache the whitespace-delimited chunks of comments that
    are made only of permanent lexemes, so that later zones tokenise them from the cache.

    Inside a memory zone spaCy's tokenizer adds nothing to its cache (a cached chunk could
    point at lexemes the zone frees), so every chunk of every comment went through the
    affix patterns again: about 55 us of a comment, against about 12 us when its chunks are
    cached. A chunk whose tokens are all lexemes of the permanent vocabulary (the model's,
    the warmed words: see :func:`warm_vocabulary`) points at nothing a zone frees, so after
    the zone it is tokenised once more, outside any zone, where spaCy caches it as it
    always does; its tokens are exactly those the uncached path gives (spaCy's own cache,
    which never keeps chunks that needed a special case). A chunk with a new word is not
    cached and adds no string or lexeme: the vocabulary still ends every batch as it began.

    Bounded: chunks are learnt from the first ``comments`` comments only, and at most
    ``limit`` chunks are looked at (their 64-bit hashes are kept so that none is looked at
    twice); then learning stops for the life of the process. The tokenizer's
    ``max_cache_size`` is raised by ``limit`` to make room. Only hashes and
    lexeme pointers are kept, never a comment's text.
    """

    def __init__(self, nlp: Language, limit: int, comments: int):
        from spacy.attrs import IDX, ORTH
        from spacy.strings import hash_string

        self.nlp = nlp
        self.limit = limit
        self.comments_left = comments
        self.seen: set[int] = set()
        self._pending: dict[int, tuple[str, list[int]]] = {}
        self._attrs = [ORTH, IDX]
        self._hash = hash_string
        nlp.tokenizer.max_cache_size = nlp.tokenizer.max_cache_size + limit

    @property
    def learning(self) -> bool:
        return self.comments_left > 0 and len(self.seen) < self.limit

    @property
    def pending(self) -> bool:
        """Whether chunks collected in a zone wait to be taught."""
        return bool(self._pending)

    def collect(self, batch: list[tuple[str, int]], docs: list[Doc]) -> None:
        """Inside the zone: each new chunk of the batch with the lexemes it became."""
        seen, pending, hash_string, attrs = self.seen, self._pending, self._hash, self._attrs
        room = self.limit - len(seen)
        for (text, _), doc in zip(batch, docs):
            if len(pending) >= room or self.comments_left <= 0:
                break
            self.comments_left -= 1
            new = []
            for m in _CHUNK.finditer(text):
                chunk = m.group()
                if len(chunk) > MAX_RUN_CHARS:
                    continue  # a long run is cut by _make_doc, never tokenised whole
                key = hash_string(chunk)
                if key not in seen and key not in pending:
                    new.append((m.start(), m.end(), chunk, key))
            if not new:
                continue
            columns = doc.to_array(attrs).T.tolist()
            orths, starts = columns[0], columns[1]
            for start, end, chunk, key in new:
                # the chunk's tokens: those starting inside it (whitespace tokens lie between)
                first, last = bisect_left(starts, start), bisect_left(starts, end)
                if first < last:
                    pending[key] = (chunk, orths[first:last])

    def teach(self) -> int:
        """Out of the zone: tokenise the chunks whose lexemes are all permanent (spaCy caches
        them); the number taught."""
        pending, self._pending = self._pending, {}
        if not pending:
            return 0
        vocab = self.nlp.vocab
        self.seen.update(pending)
        taught = [chunk for chunk, orths in pending.values() if all(orth in vocab for orth in orths)]
        tokenizer = self.nlp.tokenizer
        for i in range(0, len(taught), 1000):
            tokenizer(" ".join(taught[i:i + 1000]))
        return len(taught)


def _make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that whitespace-free runs longer than
    :data:`MAX_RUN_CHARS` become tokens of that many characters without passing through
    the tokenizer, so that hostile runs cost linear time; ``doc.text == text``."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []

    def tokenise(piece: str) -> None:
        for token in nlp.make_doc(piece):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    pos = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > pos:
            tokenise(text[pos:match.start()])
        for i in range(match.start(), match.end(), MAX_RUN_CHARS):
            words.append(text[i:min(i + MAX_RUN_CHARS, match.end())])
            spaces.append(False)
        pos = match.end()
    if pos < len(text):
        tokenise(text[pos:])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _apply(proc: Any, docs: Iterable[Doc]) -> Iterator[Doc]:
    # A function, not a generator expression in the loop: each stage must keep its own proc.
    if hasattr(proc, "pipe"):
        yield from proc.pipe(docs, batch_size=_BATCH_SIZE)
    else:
        for doc in docs:
            yield proc(doc)


# --- tokenizer screens ---------------------------------------------------------------
# Inside a memory zone spaCy's tokenizer caches nothing, so every word of every comment
# goes through its affix regexes again: the suffix pattern alone is some 260 alternatives,
# each ending in "$", that ``re.search`` tries at every position of the word. Most words
# start and end with an ASCII letter or digit, and most affix alternatives cannot consume
# such a character there; the screens below run, for such words, a pattern holding only
# the alternatives that can, and give the tokenizer exactly the answer the full pattern
# gives (tests/classifiers/test_pipeline_speed.py compares them).

_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ZERO_WIDTH_OPS = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})
_REPEAT_OPS = frozenset({_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT})
_CATEGORY_TESTS: dict[Any, Callable[[str], bool]] = {
    _sre.CATEGORY_DIGIT: str.isdecimal, _sre.CATEGORY_UNI_DIGIT: str.isdecimal,
    _sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    _sre.CATEGORY_UNI_NOT_DIGIT: lambda c: not c.isdecimal(),
    _sre.CATEGORY_SPACE: str.isspace, _sre.CATEGORY_UNI_SPACE: str.isspace,
    _sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    _sre.CATEGORY_UNI_NOT_SPACE: lambda c: not c.isspace(),
    _sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_", _sre.CATEGORY_UNI_WORD: lambda c: c.isalnum() or c == "_",
    _sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    _sre.CATEGORY_UNI_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _class_takes(items: Any, chars: frozenset[str]) -> bool:
    """Whether a character class (``IN`` items) matches any of ``chars``; True if unsure."""
    negate = False
    hits = set()
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            hits |= {c for c in chars if ord(c) == av}
        elif op is _sre.RANGE:
            hits |= {c for c in chars if av[0] <= ord(c) <= av[1]}
        elif op is _sre.CATEGORY and av in _CATEGORY_TESTS:
            hits |= {c for c in chars if _CATEGORY_TESTS[av](c)}
        else:
            return True
    return bool(chars - hits) if negate else bool(hits)


def _node_takes(op: Any, av: Any, chars: frozenset[str], edge: str) -> tuple[bool, bool]:
    """(may consume one of ``chars`` at the ``edge`` ("first", "last" or "any") of what it
    matches, may match empty) for one parsed node; unsure answers are (True, True)."""
    if op is _sre.LITERAL:
        return chr(av) in chars, False
    if op is _sre.NOT_LITERAL:
        return bool(chars - {chr(av)}), False
    if op is _sre.IN:
        return _class_takes(av, chars), False
    if op is _sre.ANY:
        return True, False
    if op in _ZERO_WIDTH_OPS:
        return False, True
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return True, True
        return _sequence_takes(list(av[-1]), chars, edge)
    if op is _sre.ATOMIC_GROUP:
        return _sequence_takes(list(av), chars, edge)
    if op is _sre.BRANCH:
        results = [_sequence_takes(list(branch), chars, edge) for branch in av[1]]
        return any(r[0] for r in results), any(r[1] for r in results)
    if op in _REPEAT_OPS:
        low, _high, body = av
        takes, empty = _sequence_takes(list(body), chars, edge)
        return takes, empty or low == 0
    return True, True


def _sequence_takes(items: list[Any], chars: frozenset[str], edge: str) -> tuple[bool, bool]:
    if edge == "last":
        items = items[::-1]
    all_empty = True
    for op, av in items:
        takes, empty = _node_takes(op, av, chars, edge)
        if takes:
            return True, empty
        if not empty:
            if edge != "any":
                return False, False  # this node consumes the edge character: nothing further can
            all_empty = False
    return False, all_empty


def _may_take_alnum(alternative: str, flags: int, edge: str) -> bool:
    """Whether the affix ``alternative`` can match with an ASCII letter or digit as the
    first, the last or any character it consumes; True when the parse leaves any doubt."""
    try:
        parsed = list(_sre_parser.parse(alternative, flags))
    except re.error:
        return True
    if edge == "last" and (not parsed or parsed[-1] != (_sre.AT, _sre.AT_END)):
        return True  # a match need not end at the end of the word
    if edge == "first" and (not parsed or parsed[0] != (_sre.AT, _sre.AT_BEGINNING)):
        return True
    takes, empty = _sequence_takes(parsed, _ALNUM, edge)
    return takes or empty


class _AffixScreen:
    """``search`` (or ``finditer``) of a tokenizer affix regex, cheaper on words that
    start or end with an ASCII letter or digit; same results as the full regex.

    ``pattern`` is the full one, so spaCy serialises the tokenizer as before.
    """

    def __init__(self, regex: re.Pattern[str], edge: str):
        self.regex = regex
        self.pattern = regex.pattern
        self.edge = edge
        keep = [alt for alt in split_top_level(regex.pattern) if _may_take_alnum(alt, regex.flags, edge)]
        self.reduced = re.compile("|".join(keep), regex.flags) if keep else None
        self._full_search = regex.search

    def search(self, string: str) -> re.Match[str] | None:
        edge = string[-1:] if self.edge == "last" else string[:1]
        if edge in _ALNUM and edge:
            reduced = self.reduced
            return reduced.search(string) if reduced is not None else None
        return self._full_search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if string.isascii() and string.isalnum():
            # no alternative can consume a letter or digit: nothing to find in such a word
            reduced = self.reduced
            return reduced.finditer(string) if reduced is not None else iter(())
        return self.regex.finditer(string)


class _LiteralScreen:
    """``match`` of a regex every match of which holds one of a few literals (the URL
    pattern needs a "."); a word without them cannot match."""

    def __init__(self, regex: re.Pattern[str], literals: frozenset[str]):
        self.regex = regex
        self.pattern = regex.pattern
        self.literals = tuple(literals)
        self._match = regex.match

    def match(self, string: str) -> re.Match[str] | None:
        for literal in self.literals:
            if literal in string:
                return self._match(string)
        return None


def _safe_to_split(regex: Any) -> bool:
    pattern = getattr(regex, "pattern", None)
    return (isinstance(regex, re.Pattern) and isinstance(pattern, str) and not pattern.startswith("(?")
            and not regex.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.DOTALL))


_TOKENIZER_SETTINGS = ("rules", "prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match",
                       "faster_heuristics", "max_cache_size")


def _screens(settings: dict[str, Any]) -> dict[str, Any]:
    """Screened stand-ins for the affix and URL functions among a tokenizer's ``settings``
    (only those that are plain compiled regexes; one already screened is left alone)."""
    functions: dict[str, Any] = {}
    for attribute, method, edge in (("prefix_search", "search", "first"), ("suffix_search", "search", "last"),
                                    ("infix_finditer", "finditer", "any")):
        current = settings.get(attribute)
        regex = getattr(current, "__self__", None)
        if current is not None and getattr(current, "__name__", "") == method and _safe_to_split(regex):
            functions[attribute] = getattr(_AffixScreen(regex, edge), method)
    current = settings.get("url_match")
    regex = getattr(current, "__self__", None)
    if current is not None and getattr(current, "__name__", "") == "match" and isinstance(regex, re.Pattern):
        literals = required_literals(regex.pattern)
        if literals:
            functions["url_match"] = _LiteralScreen(regex, literals).match
    return functions


def screen_tokenizer(nlp: Language) -> None:
    """Give ``nlp`` a tokenizer with the screened affix and URL functions (same tokens,
    less time); functions that are not plain compiled regexes are kept as they are.

    One new tokenizer with every setting of the old one: setting the four functions one
    by one would reload the special cases four times (about a tenth of a second each).
    """
    old = nlp.tokenizer
    if not isinstance(old, Tokenizer):
        return
    settings = {name: getattr(old, name) for name in _TOKENIZER_SETTINGS}
    functions = _screens(settings)
    if not functions:
        return
    settings.update(functions)
    nlp.tokenizer = Tokenizer(nlp.vocab, **settings)


def default_screened_tokenizer(nlp: Language) -> Tokenizer:
    """The tokenizer spaCy's ``spacy.Tokenizer.v1`` makes for ``nlp``'s language, already
    screened (see :func:`screen_tokenizer`), built once.

    Building a tokenizer loads its special cases (some 1,350 in English, 0.05 - 0.1 s);
    spaCy's own factory followed by :func:`screen_tokenizer` loads them twice.
    The settings are those of spaCy's factory, so the tokenizer serialises to the same
    bytes (:func:`_load_model` relies on that).
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    settings: dict[str, Any] = {
        "rules": defaults.tokenizer_exceptions,
        "prefix_search": compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        "suffix_search": compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        "infix_finditer": compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        "token_match": defaults.token_match,
        "url_match": defaults.url_match,
    }
    settings.update(_screens(settings))
    return Tokenizer(nlp.vocab, **settings)


# --- lexical attributes ------------------------------------------------------------
# Every new lexeme runs some twenty attribute functions, and inside a memory zone every
# batch makes its words' lexemes anew. Six of spaCy's own functions are replaced by ones
# that give the same value for every string (tests/classifiers/test_pipeline_speed.py
# compares them) but answer plain-ASCII words with a few C-level string operations.

_ASCII_PUNCT = "".join(chr(i) for i in range(128) if unicodedata.category(chr(i)).startswith("P"))
_ASCII_CURRENCY = "".join(chr(i) for i in range(128) if unicodedata.category(chr(i)) == "Sc")
_SHAPE_TABLE = str.maketrans({**{c: "x" for c in string.ascii_lowercase}, **{c: "X" for c in string.ascii_uppercase},
                              **{c: "d" for c in string.digits}})
_SHAPE_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)


def _fast_like_num(original: Callable[[str], bool]) -> Callable[[str], bool]:
    from spacy.lang.en import lex_attrs as en_lex_attrs

    number_words = frozenset(en_lex_attrs._num_words) | frozenset(en_lex_attrs._ordinal_words)

    def like_num(text: str) -> bool:
        # a word of ASCII letters only: just the number-word lists can make it numeric
        if text.isascii() and text.isalpha():
            return text.lower() in number_words
        return original(text)

    return like_num


def _fast_like_url(original: Callable[[str], bool]) -> Callable[[str], bool]:
    def like_url(text: str) -> bool:
        # without "." and not starting with http:// or https://, spaCy's answer is False
        if text and "." not in text and not text.startswith("http"):
            return False
        return original(text)

    return like_url


def _fast_like_email(original: Callable[[str], bool]) -> Callable[[str], bool]:
    def like_email(text: str) -> bool:
        return "@" in text and original(text)  # the pattern needs an "@"

    return like_email


def _fast_shape(original: Callable[[str], str]) -> Callable[[str], str]:
    def word_shape(text: str) -> str:
        if text.isascii() and len(text) < 100:
            return _SHAPE_RUN.sub(lambda m: m.group(1) * 4, text.translate(_SHAPE_TABLE))
        return original(text)

    return word_shape


def _fast_is_punct(original: Callable[[str], bool]) -> Callable[[str], bool]:
    def is_punct(text: str) -> bool:
        if text.isascii():
            return not text.strip(_ASCII_PUNCT)
        return original(text)

    return is_punct


def _fast_is_currency(original: Callable[[str], bool]) -> Callable[[str], bool]:
    def is_currency(text: str) -> bool:
        if text.isascii():
            return not text.strip(_ASCII_CURRENCY)
        return original(text)

    return is_currency


def speed_lexical_attributes(nlp: Language) -> None:
    """Swap spaCy's own slow lexical attribute functions for equal, faster ones (only
    where the vocabulary still has spaCy's English or generic function)."""
    from spacy import attrs
    from spacy.lang import lex_attrs as generic
    from spacy.lang.en import lex_attrs as english

    getters = nlp.vocab.lex_attr_getters
    swaps = {
        attrs.LIKE_NUM: ((english.like_num,), _fast_like_num),
        attrs.LIKE_URL: ((generic.like_url,), _fast_like_url),
        attrs.LIKE_EMAIL: ((generic.like_email,), _fast_like_email),
        attrs.SHAPE: ((generic.word_shape,), _fast_shape),
        attrs.IS_PUNCT: ((generic.is_punct,), _fast_is_punct),
        attrs.IS_CURRENCY: ((generic.is_currency,), _fast_is_currency),
    }
    for attr, (originals, make) in swaps.items():
        current = getters.get(attr)
        if current is not None and any(current is o for o in originals):
            getters[attr] = make(current)


#: Words tokenised once at build time, outside any memory zone, so their lexemes are
#: permanent: inside a zone every word not yet in the vocabulary becomes a new lexeme (some
#: twenty attribute functions in Python) in each batch again, and most of a comment's
#: words are common ones. A fixed list (the language's stop words, also capitalised, its
#: special cases and the words the detectors' rules require; the words of every
#: pattern and of a detector's ``vocabulary()``, such as a lexicon), known at build time:
#: no comment adds to it, so the vocabulary still ends every batch as it began.
def warm_vocabulary(nlp: Language, words: Iterable[str]) -> int:
    """Create the lexemes (and tokenizer cache entries) of ``words``; the number given."""
    # w.split() == [w]: a non-empty word with no whitespace (str.split and str.isspace
    # agree on what whitespace is), without a generator per word
    listed = sorted({w for w in words if w.split() == [w]})
    for i in range(0, len(listed), 1000):
        nlp.make_doc(" ".join(listed[i:i + 1000]))
    return len(listed)


def _common_words(nlp: Language, detectors: Iterable[Any] = ()) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(STOP_WORDS) | set(nlp.tokenizer.rules or ()) | set(literal_words())
    # sentence starts: capitalised stop words only (each word listed costs build time)
    words |= {w[:1].upper() + w[1:] for w in STOP_WORDS}
    # the words of every pattern and each detector's own vocabulary (a lexicon), as written
    words |= pattern_words()
    for detector in detectors:
        vocabulary = getattr(detector, "vocabulary", None)
        if callable(vocabulary):
            try:
                words.update(vocabulary())
            except Exception as exc:  # noqa: BLE001 - a speed aid must not stop the build
                log.error("detector %s vocabulary failed: %s", getattr(detector, "name", "?"), type(exc).__name__)
    return words


_build_lock = threading.Lock()


def _load_detectors() -> list[Any]:
    from importlib import import_module

    from classifiers.detectors import REGISTRY

    detectors: list[Any] = []
    for path in REGISTRY:
        module_name, _, class_name = path.partition(":")
        try:
            cls = getattr(import_module(module_name), class_name)
            detectors.append(cls())
        except Exception as exc:  # noqa: BLE001 - degrade to "needs review", never to "clean"
            log.error("detector %s could not be loaded: %s", path, type(exc).__name__)
            detectors.append(_UnloadableDetector(path, f"{type(exc).__name__} while loading"))
    return detectors


def _base_language() -> Language:
    if (MODEL_DIR / "config.cfg").is_file():
        try:
            return _load_model(MODEL_DIR)
        except Exception as exc:  # noqa: BLE001 - a corrupt artefact must not stop the worker
            log.error("trained model in %s could not be loaded: %s", MODEL_DIR, type(exc).__name__)
    return spacy.blank("en")


#: the tokenizer a model is created with while :func:`_load_model` reads it (see there)
_DEFERRED_TOKENIZER = "classifiers.DeferredTokenizer.v1"
_SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}


class _TokenizerNotBuilt:
    """Stands in for the tokenizer while a model is read; never kept."""

    def __call__(self, text: str) -> Doc:
        raise RuntimeError("the tokenizer is built after the model's vocabulary is read")


@spacy.registry.tokenizers(_DEFERRED_TOKENIZER)
def _deferred_tokenizer() -> Callable[[Language], Callable[[str], Doc]]:
    def create(nlp: Language) -> Callable[[str], Doc]:
        return _TokenizerNotBuilt()

    return create


def _load_model(path: Path) -> Language:
    """``spacy.load(path)`` with its tokenizer built once instead of three times.

    ``spacy.load`` builds the language's default tokenizer, then reads the vocabulary
    (which drops every lexeme made so far, so the tokenizer's special cases must be made
    again) and then the saved tokenizer (which makes them again); screening it
    (:func:`screen_tokenizer`) made them a third time: about a quarter of a second in all.
    When the model's config names spaCy's default tokenizer and the saved one serialises
    to exactly the bytes of :func:`default_screened_tokenizer` (same affix, URL and token
    patterns, same special cases, same heuristics flag), the model is read without a
    tokenizer and that one is built once, on the vocabulary as read. Anything else (a
    tokenizer of the model's own) is loaded by ``spacy.load`` as it always was.
    """
    from spacy.util import load_config

    saved = path / "tokenizer"
    if saved.is_file() and dict(load_config(path / "config.cfg")["nlp"]["tokenizer"]) == _SPACY_TOKENIZER:
        nlp = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _DEFERRED_TOKENIZER}}})
        tokenizer = default_screened_tokenizer(nlp)
        if tokenizer.to_bytes(exclude=["vocab"]) == saved.read_bytes():
            nlp.tokenizer = tokenizer
            nlp.config["nlp"]["tokenizer"] = dict(_SPACY_TOKENIZER)  # what it is, not the stand-in
            return nlp
        log.info("the model in %s has a tokenizer of its own: loaded as saved", path)
    return spacy.load(path)


def assemble_pipeline(
    detectors: list[Any], context: ClassifierContext | None = None, nlp: Language | None = None
) -> Pipeline:
    """Put given detectors into a ``Language`` (``spacy.blank("en")`` by default).

    :func:`build_pipeline` is this with the registry's detectors and the shipped model;
    tests and evaluations use it to run a chosen set of detectors the same way.
    """
    _register_extensions()
    nlp = nlp if nlp is not None else spacy.blank("en")
    screen_tokenizer(nlp)
    speed_lexical_attributes(nlp)
    for detector in detectors:
        setup = getattr(detector, "setup", None)
        if callable(setup):
            setup(nlp)
    nlp.add_pipe("evasion_fold", last=True)
    component = nlp.add_pipe("moderation_detectors", last=True)
    component.detectors = detectors
    return Pipeline(nlp, detectors, context)


def build_pipeline(context: ClassifierContext | None = None) -> Pipeline:
    """Build the pipeline (load model, compile every detector's patterns) once.

    Building also freezes the garbage collector's view of every object alive at that
    point (:func:`gc.freeze`): the vocabulary, lexicons, compiled rules and model weights
    are some hundred thousand objects that live as long as the process, and left in the
    oldest generation every full collection walks them all, about a tenth of the
    classification time. Objects frozen are still freed when their last reference goes.
    """
    with _build_lock, _collector_paused():
        _register_extensions()
        pipeline = assemble_pipeline(_load_detectors(), context, _base_language())
        warm_vocabulary(pipeline.nlp, _common_words(pipeline.nlp, pipeline.detectors))
        if isinstance(pipeline.nlp.tokenizer, Tokenizer):
            pipeline._chunk_cache = _ChunkCache(pipeline.nlp, CHUNK_CACHE_LIMIT, CHUNK_LEARN_COMMENTS)
        gc.freeze()
        return pipeline


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic garbage collection inside the block.

    Building makes a few hundred thousand objects that all live as long as the process,
    and the collector, triggered by the count of new objects, walked them again and again
    (a quarter of the build's time) to find a couple of thousand that are garbage (parse
    trees and the like, a few hundred kB, frozen with the rest by :func:`build_pipeline`:
    a full collection to free them would cost more time than they are worth). The
    threshold is set to 0 rather than calling ``gc.disable()`` because loading a model
    calls ``gc.enable()`` itself (srsly's msgpack reader).
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
