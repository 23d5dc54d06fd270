-- memorial_viewer archive schema, revision 0005.
-- Generated from the migrations; do not edit by hand (tests/test_schema.py says how to regenerate).

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE articles (
	item_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	html TEXT NOT NULL, 
	source_url TEXT, 
	author TEXT, 
	published TEXT, 
	site_name TEXT, 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE bookmarks (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	start INTEGER, 
	"end" INTEGER, 
	passage TEXT, 
	note TEXT, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE collection_entries (
	id INTEGER NOT NULL, 
	collection_id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	caption TEXT, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(collection_id) REFERENCES collections (id) ON DELETE CASCADE, 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, 
	CONSTRAINT uq_collection_entry_item UNIQUE (collection_id, item_id)
);

CREATE TABLE collections (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	description TEXT, 
	cover_item_id INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(cover_item_id) REFERENCES items (id) ON DELETE SET NULL, 
	UNIQUE (name)
);

CREATE TABLE index_queue (
	item_id INTEGER NOT NULL, 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE VIRTUAL TABLE item_fts USING fts5(f_title, f_text, f_caption, f_extra, f_tags, l_title, l_text, l_caption, l_extra, l_tags, e_title, e_text, e_caption, e_extra, e_tags, s_title, s_text, s_caption, s_extra, s_tags, kind, content='', tokenize='unicode61 remove_diacritics 0');

CREATE TABLE item_tags (
	item_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	PRIMARY KEY (item_id, tag_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, 
	FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
);

CREATE TABLE items (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT, 
	creator TEXT, 
	publisher TEXT, 
	language VARCHAR(16), 
	rights TEXT, 
	identifier TEXT, 
	date_edtf VARCHAR(64), 
	date_earliest DATE, 
	date_latest DATE, 
	date_precision VARCHAR(16), 
	date_approximate BOOLEAN NOT NULL, 
	date_uncertain BOOLEAN NOT NULL, 
	date_source VARCHAR(16), 
	sha256 VARCHAR(64) NOT NULL, 
	part INTEGER NOT NULL, 
	original_name TEXT NOT NULL, 
	original_path TEXT NOT NULL, 
	media_path TEXT NOT NULL, 
	size INTEGER NOT NULL, 
	imported_at DATETIME NOT NULL, 
	modified_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_items_kind CHECK (kind IN ('article', 'photo')), 
	CONSTRAINT uq_items_sha256_part UNIQUE (sha256, part)
);

CREATE TABLE mentions (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	edtf VARCHAR(64) NOT NULL, 
	earliest DATE NOT NULL, 
	latest DATE NOT NULL, 
	precision VARCHAR(16) NOT NULL, 
	approximate BOOLEAN NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE photos (
	item_id INTEGER NOT NULL, 
	format VARCHAR(16) NOT NULL, 
	width INTEGER NOT NULL, 
	height INTEGER NOT NULL, 
	mode VARCHAR(16) NOT NULL, 
	orientation INTEGER NOT NULL, 
	caption TEXT, 
	capture_date VARCHAR(32), 
	camera TEXT, 
	exif_description TEXT, 
	artist TEXT, 
	copyright TEXT, 
	gps_latitude FLOAT, 
	gps_longitude FLOAT, 
	gps_altitude FLOAT, 
	exif_json TEXT NOT NULL, 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE reading_positions (
	item_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE saved_searches (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	"query" TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE tags (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE INDEX ix_bookmarks_item ON bookmarks (item_id);

CREATE INDEX ix_collection_entries_item ON collection_entries (item_id);

CREATE INDEX ix_collection_entries_order ON collection_entries (collection_id, position);

CREATE INDEX ix_item_tags_tag ON item_tags (tag_id);

CREATE INDEX ix_items_date ON items (date_earliest, date_latest);

CREATE INDEX ix_items_kind_date ON items (kind, date_earliest);

CREATE INDEX ix_items_list_date ON items (date_earliest IS NULL, date_earliest, id);

CREATE INDEX ix_items_list_kind_date ON items (kind, date_earliest IS NULL, date_earliest, id);

CREATE INDEX ix_items_list_kind_imported ON items (kind, id);

CREATE INDEX ix_items_list_kind_language ON items (kind, language IS NULL, lower(language), id);

CREATE INDEX ix_items_list_kind_source ON items (kind, publisher IS NULL, lower(publisher), id);

CREATE INDEX ix_items_list_kind_title ON items (kind, lower(title), id);

CREATE INDEX ix_items_list_language ON items (language IS NULL, lower(language), id);

CREATE INDEX ix_items_list_source ON items (publisher IS NULL, lower(publisher), id);

CREATE INDEX ix_items_list_title ON items (lower(title), id);

CREATE INDEX ix_mentions_date ON mentions (earliest, latest);

CREATE INDEX ix_mentions_item ON mentions (item_id);
