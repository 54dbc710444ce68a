"""Loaders and deterministic held-out splits of the shared labelled datasets.

Every public dataset under ``/work/shared/datasets`` (or ``$MONITOR_DATASETS_DIR``) and
the project's own school-context cases are read into :class:`Example` rows carrying the
project's labels. Each example also records which labels its source actually annotated
(``scope``): YouTube ham was never checked for abuse, so a YouTube row says nothing about
``abuse`` and training and evaluation must treat that label as unknown, not as "no".

Splits are fixed so that training never sees what evaluation measures:
YouTube by video (one video held out), Presidio by ``template_id``, Davidson and SMS by
a seeded hash of the de-duplicated text, and the school cases by a seeded hash of their id.
Texts are de-duplicated (case and spacing folded) before any split.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from classifiers.base import Label
from monitor.errors import ConfigError

__all__ = [
    "DEFAULT_DATASETS_DIR",
    "SCHOOL_CASES_PATH",
    "SPLIT_SEED",
    "Example",
    "Split",
    "dedupe",
    "hash_fraction",
    "load_davidson",
    "load_presidio",
    "load_school_cases",
    "load_sms",
    "load_splits",
    "load_youtube",
    "clean_text",
]

DEFAULT_DATASETS_DIR = Path("/work/shared/datasets")
SCHOOL_CASES_PATH = Path(__file__).parent / "data" / "school_cases.jsonl"
SPLIT_SEED = "oakfield-2026"

#: share of Davidson and SMS rows held out for evaluation
HASH_TEST_FRACTION = 0.2
#: share of school cases held out for evaluation (the rest may be used in training)
SCHOOL_TEST_FRACTION = 0.5
#: YouTube videos held out for evaluation (never trained on)
YOUTUBE_TEST_VIDEOS = ("09-pRpeEdMmmQ0",)
#: Presidio templates held out: a seeded hash of template_id below this fraction
PRESIDIO_TEST_FRACTION = 0.3

# Presidio entity types that count as personal information (see its README)
PRESIDIO_PII_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "STREET_ADDRESS",
        "ZIP_CODE",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "US_DRIVER_LICENSE",
        "IP_ADDRESS",
    }
)

_ABUSE, _HATE = Label.ABUSE.value, Label.HATE.value
_SPAM, _PII = Label.SPAM.value, Label.PERSONAL_INFO.value


@dataclass(frozen=True)
class Example:
    """One labelled text: ``labels`` are true, ``scope`` the labels its source annotated."""

    text: str
    labels: frozenset[str]
    scope: frozenset[str]
    source: str
    group: str  # split unit: video, template id, or the row's own key
    ident: str  # stable reference (file:index); never print the text itself
    kind: str = ""


@dataclass(frozen=True)
class Split:
    name: str
    train: tuple[Example, ...]
    test: tuple[Example, ...]
    scope: frozenset[str]


def datasets_dir(root: Path | str | None = None) -> Path:
    return Path(root or os.environ.get("MONITOR_DATASETS_DIR") or DEFAULT_DATASETS_DIR)


_WS = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


def clean_text(text: str) -> str:
    """Undo the datasets' transport artefacts: HTML entities and tags, BOMs, spacing."""
    text = html.unescape(html.unescape(text.replace("\ufeff", "")))
    text = _TAGS.sub(" ", text)
    return _WS.sub(" ", text).strip()


def _dedupe_key(text: str) -> str:
    return _WS.sub(" ", text.casefold()).strip()


def hash_fraction(key: str, seed: str = SPLIT_SEED) -> float:
    """A stable number in [0, 1) for ``key``: the basis of every hash split."""
    digest = hashlib.sha256(f"{seed}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def dedupe(examples: Iterable[Example]) -> list[Example]:
    """Keep the first example of each folded text (the README's duplicate advice)."""
    seen: set[str] = set()
    out = []
    for ex in examples:
        key = _dedupe_key(ex.text)
        if key and key not in seen:
            seen.add(key)
            out.append(ex)
    return out


def _need(path: Path) -> Path:
    if not path.exists():
        raise ConfigError(f"dataset file not found: {path}")
    return path


def load_youtube(root: Path | str | None = None) -> list[Example]:
    folder = datasets_dir(root) / "youtube-spam-collection"
    rows: list[Example] = []
    for path in sorted(_need(folder).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                labels = frozenset({_SPAM}) if row["CLASS"].strip() == "1" else frozenset()
                rows.append(
                    Example(clean_text(row["CONTENT"]), labels, frozenset({_SPAM}),
                            "youtube", path.stem, f"{path.name}:{i}")
                )
    return dedupe(rows)


def load_davidson(root: Path | str | None = None) -> list[Example]:
    path = _need(datasets_dir(root) / "davidson-hate-offensive" / "labeled_data.csv")
    rows: list[Example] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cls = row["class"]
            labels = {"0": {_ABUSE, _HATE}, "1": {_ABUSE}}.get(cls, set())
            text = clean_text(re.sub(r"^(RT\s+)?(@\w+:?\s*)+", "", row["tweet"]))
            rows.append(
                Example(text, frozenset(labels), frozenset({_ABUSE, _HATE}), "davidson",
                        f"davidson:{row['']}", f"labeled_data.csv:{row['']}")
            )
    return dedupe(rows)


def load_sms(root: Path | str | None = None) -> list[Example]:
    path = _need(datasets_dir(root) / "sms-spam-collection" / "SMSSpamCollection")
    rows: list[Example] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            label, _, text = line.rstrip("\n").partition("\t")
            if not text:
                continue
            labels = frozenset({_SPAM}) if label == "spam" else frozenset()
            rows.append(Example(clean_text(text), labels, frozenset({_SPAM}), "sms",
                                f"sms:{i}", f"SMSSpamCollection:{i}"))
    return dedupe(rows)


def load_presidio(root: Path | str | None = None) -> list[Example]:
    path = _need(datasets_dir(root) / "presidio-synthetic-pii" / "synth_dataset_v2.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows: list[Example] = []
    for i, item in enumerate(data):
        pii = any(span["entity_type"] in PRESIDIO_PII_TYPES for span in item["spans"])
        labels = frozenset({_PII}) if pii else frozenset()
        # no clean_text: the spans are offsets into the raw text
        rows.append(Example(item["full_text"], labels, frozenset({_PII}), "presidio",
                            f"template:{item['template_id']}", f"synth_dataset_v2.json:{i}"))
    return dedupe(rows)


def load_school_cases(path: Path | str | None = None) -> list[Example]:
    path = _need(Path(path or SCHOOL_CASES_PATH))
    rows: list[Example] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            labels = set(item["labels"])
            if _HATE in labels:
                labels.add(_ABUSE)  # hate always implies abuse
            rows.append(Example(item["text"], frozenset(labels), frozenset(Label._value2member_map_),
                                item.get("source", "school"), item["id"], item["id"],
                                item.get("kind", "")))
    return dedupe(rows)


def _split_by(examples: list[Example], is_test) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    train, test = [], []
    for ex in examples:
        (test if is_test(ex) else train).append(ex)
    return tuple(train), tuple(test)


def load_splits(root: Path | str | None = None, school_path: Path | str | None = None,
                include: Iterable[str] | None = None) -> dict[str, Split]:
    """All held-out splits by name: youtube, davidson, sms, presidio, school."""
    wanted = set(include) if include is not None else {"youtube", "davidson", "sms", "presidio", "school"}
    splits: dict[str, Split] = {}

    def make(name, loader, is_test, scope):
        if name in wanted:
            splits[name] = Split(name, *_split_by(loader(), is_test), scope=frozenset(scope))

    make("youtube", lambda: load_youtube(root), lambda ex: ex.group in YOUTUBE_TEST_VIDEOS, {_SPAM})
    make("davidson", lambda: load_davidson(root),
         lambda ex: hash_fraction(_dedupe_key(ex.text)) < HASH_TEST_FRACTION, {_ABUSE, _HATE})
    make("sms", lambda: load_sms(root),
         lambda ex: hash_fraction(_dedupe_key(ex.text)) < HASH_TEST_FRACTION, {_SPAM})
    make("presidio", lambda: load_presidio(root),
         lambda ex: hash_fraction(ex.group) < PRESIDIO_TEST_FRACTION, {_PII})
    make("school", lambda: load_school_cases(school_path),
         lambda ex: hash_fraction(ex.ident) < SCHOOL_TEST_FRACTION, set(Label._value2member_map_))
    return splits
