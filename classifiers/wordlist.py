"""The common-words list: words that are not a child's name when written in lower case.

"thats ellie marsh from 8 oak in the front row": on X and YouTube many people write no
capitals, so the capital letters the personal-information detector reads as a name are
missing. Two lower-case words before a class, year group or age are read as a name only
when neither is an ordinary word. "Ordinary" is taken from data rather than guessed: a
word that occurs in at least :data:`MIN_PUBLIC` texts of the public comment sets (YouTube
comments, SMS messages, Davidson tweets) or in at least :data:`MIN_SCHOOL` of the school
cases that carry no label at all, written there in lower case. Children's first names and surnames are rare
in both, so they stay out; "swimming gala", "nativity rehearsal" and "forest school" do
not.

``python -m classifiers.wordlist [--out FILE]`` rebuilds ``classifiers/data/common_words.txt``
(one word a line, sorted) from the datasets folder; the same data gives the same file, and
a test checks the shipped file against a rebuild when the datasets are present. Only words
are kept, never a text or a count.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

__all__ = ["COMMON_WORDS_PATH", "build", "common_words", "main"]

COMMON_WORDS_PATH = Path(__file__).resolve().parent / "data" / "common_words.txt"
#: texts of the public sets a word must occur in to count as ordinary
MIN_PUBLIC = 5
#: school cases without personal information a word must occur in
MIN_SCHOOL = 3
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _document_frequency(texts: Iterable[str], as_written: bool = False) -> Counter[str]:
    """In how many texts each word occurs; ``as_written`` counts only words written in lower
    case (the school cases write their invented names with capitals: "Ellie did brilliantly")."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(_WORD.findall(text if as_written else text.lower())))
    return counts


def build(datasets_root: Path | str | None = None, school_path: Path | str | None = None) -> list[str]:
    """The sorted common words of the public sets and the school cases."""
    from classifiers.datasets import load_davidson, load_school_cases, load_sms, load_youtube

    public = _document_frequency(ex.text for ex in (load_youtube(datasets_root) + load_davidson(datasets_root)
                                                    + load_sms(datasets_root)))
    # only comments with no label at all: abuse and safeguarding cases name pupils in lower
    # case ("ellie stinks"), and a name must not become an ordinary word
    school = _document_frequency((ex.text for ex in load_school_cases(school_path) if not ex.labels),
                                 as_written=True)
    words = {w for w, n in public.items() if n >= MIN_PUBLIC} | {w for w, n in school.items() if n >= MIN_SCHOOL}
    return sorted(words)


@lru_cache(maxsize=1)
def common_words(path: Path = COMMON_WORDS_PATH) -> frozenset[str]:
    """The shipped list (read once per process)."""
    return frozenset(path.read_text(encoding="utf-8").split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.wordlist", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=COMMON_WORDS_PATH)
    parser.add_argument("--datasets", type=Path, default=None, help="datasets folder")
    args = parser.parse_args(argv)
    words = build(args.datasets)
    args.out.write_text("\n".join(words) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(words)} words written to {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
