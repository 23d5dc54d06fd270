"""search forms: one FTS5 table of folded, latin, exact and stemmed forms per field

The table is contentless (the text lives in `articles`, `items`, `photos`); `item_fts_docs`
keeps what was indexed for each item so it can be deleted again, `item_fts_vocab` the distinct
folded and latin terms (near-miss correction, spelling variants), `item_fts_meta` the index
layout and folding versions. The rows are rebuilt by the search code on first open, because
the layout version below is 0 (see memorial_viewer/search/maintenance.py).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FIELDS = ("title", "text", "caption", "extra", "tags")
_FORMS = ("f", "l", "e", "s")
_COLUMNS = ", ".join([f"{form}_{field}" for form in _FORMS for field in _FIELDS] + ["kind"])


def upgrade() -> None:
    op.execute("DROP TABLE item_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE item_fts USING fts5({_COLUMNS}, content='', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute(
        "CREATE TABLE item_fts_docs (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)"
    )
    op.execute(
        "CREATE TABLE item_fts_vocab (id INTEGER PRIMARY KEY, form TEXT NOT NULL, "
        "term TEXT NOT NULL, skel TEXT, UNIQUE (form, term))"
    )
    op.execute("CREATE INDEX item_fts_vocab_skel ON item_fts_vocab (skel) WHERE skel IS NOT NULL")
    op.execute("CREATE TABLE item_fts_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    op.execute(
        "INSERT INTO item_fts_meta (key, value) VALUES "
        "('layout', '0'), ('folding', '0'), ('generation', '0')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE item_fts_meta")
    op.execute("DROP TABLE item_fts_vocab")
    op.execute("DROP TABLE item_fts_docs")
    op.execute("DROP TABLE item_fts")
    op.execute(
        "CREATE VIRTUAL TABLE item_fts USING fts5("
        "title, body, extra, tags, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO item_fts(rowid, title, body, extra, tags) "
        "SELECT i.id, i.title, coalesce(a.text, p.caption, ''), coalesce(i.description, ''), '' "
        "FROM items i LEFT JOIN articles a ON a.item_id = i.id "
        "LEFT JOIN photos p ON p.item_id = i.id"
    )
