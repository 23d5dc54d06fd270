"""Offsets in an article's text: which spans a query hits, and Python ⇄ Qt (UTF-16) offsets.

The core counts offsets in Python characters; Qt counts UTF-16 code units. They differ only
after a character outside the Basic Multilingual Plane (an emoji, a rare CJK), so the mapping
is the identity for almost every article and cheap for the rest.
"""

from __future__ import annotations

import bisect
import re

_FIELD = re.compile(r"(?:^|\s)-?\w+:(?:\"[^\"]*\"|\S+)")
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"OR", "AND", "NOT"}


def query_words(query: str) -> list[str]:
    """The plain words of a query (fields, operators and excluded words left out)."""
    text = _FIELD.sub(" ", query)
    words: list[str] = []
    for token in text.split():
        if token.startswith("-") or token in _OPERATORS:
            continue
        words.extend(_WORD.findall(token))
    return list(dict.fromkeys(w for w in words if w))


def find_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where words of the query start a word of the text (case-insensitive, any suffix)."""
    if not words:
        return []
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


class Utf16Map:
    """Converts between Python character offsets and Qt's UTF-16 positions for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        lo, hi = 0, position
        while lo < hi:  # the largest offset whose Qt position is <= position
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo
