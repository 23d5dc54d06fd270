"""The columns of the `item_fts` table (migration 0003) and their bm25 weights.

Each item field is indexed in four forms (folding.py explains them): `f_` folded and `l_`
latin keys token by token (phrases need positions), `e_` exact spellings and `s_` stems as
distinct sparse terms (only those that differ from the folded form). `kind` holds one token,
`article` or `photo`, so that a kind filter stays inside the match.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Bump when what is stored per item changes; the index is then rebuilt on open.
LAYOUT_VERSION = 1

FIELDS: tuple[str, ...] = ("title", "text", "caption", "extra", "tags")
FORMS: tuple[str, ...] = ("f", "l", "e", "s")
COLUMNS: tuple[str, ...] = tuple(f"{form}_{field}" for form in FORMS for field in FIELDS) + (
    "kind",
)

# A word in the title or the tags says more about an item than the same word in its text.
FIELD_WEIGHT = {"title": 10.0, "text": 1.0, "caption": 3.0, "extra": 2.0, "tags": 6.0}
WEIGHTS = ", ".join(
    [str(FIELD_WEIGHT[field]) for _form in FORMS for field in FIELDS] + ["0.0"]
)


def cols(forms: Iterable[str], fields: Iterable[str] | None = None) -> str:
    """An FTS5 column filter such as `{f_title f_text}` for these forms and fields."""
    chosen = tuple(fields) if fields else FIELDS
    return "{" + " ".join(f"{form}_{field}" for form in forms for field in chosen) + "}"
