"""Turning what the archivist typed into an FTS5 MATCH expression that can never be invalid.

Every word becomes a quoted FTS5 string, so FTS5 syntax characters, SQL fragments and stray
operators are read as plain words. The last word matches as a prefix (search as you type).
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32


def words(query: str) -> list[str]:
    text = unicodedata.normalize("NFC", query)
    return _WORD.findall(text)[:MAX_TERMS]


def to_match(query: str) -> str | None:
    """The MATCH expression for `query`, or None when it has no words (match everything)."""
    terms = words(query)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)
