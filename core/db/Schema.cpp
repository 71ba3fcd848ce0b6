#include "Schema.h"

namespace amanat {

namespace {

// Version 1: items with testimony fields, originals in chunks, tags, custody log.
constexpr const char *kVersion1[] = {
    R"(CREATE TABLE meta(
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL))",

    R"(CREATE TABLE items(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN
            ('testimony','scan','video','audio','image','report','document')),
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        event_date TEXT NOT NULL DEFAULT '',
        event_date_start TEXT,
        event_date_end TEXT,
        event_date_precision TEXT CHECK (event_date_precision IN ('year','month','day')),
        place TEXT NOT NULL DEFAULT '',
        source_author TEXT NOT NULL DEFAULT '',
        source_title TEXT NOT NULL DEFAULT '',
        source_published TEXT NOT NULL DEFAULT '',
        source_url TEXT NOT NULL DEFAULT '',
        source_accessed TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
    "CREATE INDEX items_kind ON items(kind)",
    "CREATE INDEX items_event_date ON items(event_date_start, event_date_end)",

    R"(CREATE TABLE testimonies(
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        witness_code TEXT NOT NULL DEFAULT '',
        interview_date TEXT NOT NULL DEFAULT '',
        interview_place TEXT NOT NULL DEFAULT '',
        interviewer TEXT NOT NULL DEFAULT '',
        consent TEXT NOT NULL DEFAULT '',
        consent_date TEXT NOT NULL DEFAULT '',
        witness_name TEXT NOT NULL DEFAULT '',
        witness_contact TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX testimonies_witness_code ON testimonies(witness_code)",

    R"(CREATE TABLE originals(
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        original_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        chunk_count INTEGER NOT NULL))",
    R"(CREATE TABLE original_chunks(
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        chunk_index INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (item_id, chunk_index)))",

    R"(CREATE TABLE tags(
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0 AND instr(name, '/') = 0),
        color TEXT NOT NULL DEFAULT ''))",
    "CREATE UNIQUE INDEX tags_unique_name ON tags(ifnull(parent_id, 0), name COLLATE NOCASE)",
    R"(CREATE TABLE item_tags(
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, tag_id)) WITHOUT ROWID)",
    "CREATE INDEX item_tags_tag ON item_tags(tag_id)",

    R"(CREATE TABLE custody_events(
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        item_id INTEGER,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    "CREATE INDEX custody_events_item ON custody_events(item_id)",
    // Append-only from inside the app; tampering from outside is caught by the hash chain.
    R"(CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
        BEGIN SELECT RAISE(ABORT, 'custody log is append-only'); END)",
    R"(CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON custody_events
        BEGIN SELECT RAISE(ABORT, 'custody log is append-only'); END)",
};

// Version 2: extracted text per page, notes, transcripts, the full-text index, saved searches.
constexpr const char *kVersion2[] = {
    "ALTER TABLE items ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE testimonies ADD COLUMN transcript TEXT NOT NULL DEFAULT ''",
    // Derived data, rebuilt from the originals by extraction; page 0 is for unpaged text.
    R"(CREATE TABLE item_text(
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (item_id, page)))",
    // Normalised text (see TextNormalizer), one row per item, docid = item id.
    "CREATE VIRTUAL TABLE search_index USING fts4(title, body, notes, citation, tokenize=simple)",
    R"(CREATE TABLE saved_searches(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL))",
};

// Version 3: what extraction found (status, metadata, thumbnails), apart from the originals.
constexpr const char *kVersion3[] = {
    R"(CREATE TABLE extractions(
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        status TEXT NOT NULL
            CHECK (status IN ('pending','ok','partial','failed','needs_password')),
        error TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        text_chars INTEGER NOT NULL DEFAULT 0,
        ocr_languages TEXT NOT NULL DEFAULT '',
        ocr_confidence REAL,
        duration_ms INTEGER,
        width INTEGER,
        height INTEGER,
        metadata TEXT NOT NULL DEFAULT '{}',
        exif TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL))",
    "CREATE INDEX extractions_status ON extractions(status)",
    R"(CREATE TABLE thumbnails(
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        thumbnail BLOB,
        poster BLOB))",
};

// Version 4: dossiers (ordered sections of exhibits), clip markers on media items and
// redactions. Redactions and markers describe exports and viewing; originals never change.
constexpr const char *kVersion4[] = {
    R"(CREATE TABLE dossiers(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        court TEXT NOT NULL DEFAULT '',
        case_number TEXT NOT NULL DEFAULT '',
        parties TEXT NOT NULL DEFAULT '',
        counsel TEXT NOT NULL DEFAULT '',
        hearing_date TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
    R"(CREATE TABLE dossier_sections(
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        UNIQUE (dossier_id, title)))",
    "CREATE INDEX dossier_sections_order ON dossier_sections(dossier_id, position)",
    R"(CREATE TABLE exhibits(
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES dossier_sections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        first_page INTEGER CHECK (first_page IS NULL OR first_page >= 1),
        last_page INTEGER CHECK (last_page IS NULL OR last_page >= first_page),
        start_ms INTEGER CHECK (start_ms IS NULL OR start_ms >= 0),
        end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
        consent_override INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX exhibits_order ON exhibits(section_id, position)",
    "CREATE INDEX exhibits_item ON exhibits(item_id)",
    R"(CREATE TABLE clip_markers(
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
        end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    "CREATE INDEX clip_markers_item ON clip_markers(item_id, start_ms)",
    R"(CREATE TABLE redactions(
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('text','rect')),
        text TEXT NOT NULL DEFAULT '',
        page INTEGER,
        x REAL, y REAL, w REAL, h REAL,
        created_at TEXT NOT NULL,
        CHECK (kind = 'text' AND text <> '' OR
               kind = 'rect' AND page >= 1 AND x >= 0 AND y >= 0 AND w > 0 AND h > 0
                   AND x + w <= 1.000001 AND y + h <= 1.000001)))",
    "CREATE INDEX redactions_item ON redactions(item_id)",
};

// Version 5: protected people (several name variants and contacts each, in any script),
// per-dossier exemptions from redaction, redaction reviews, and "keep" areas (automatic
// boxes a reviewer removed). The witness_name/witness_contact columns of testimonies are
// emptied: their values move to person_values (see Library's migration hook).
constexpr const char *kVersion5[] = {
    R"(CREATE TABLE persons(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL DEFAULT '',
        item_id INTEGER UNIQUE REFERENCES items(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE person_values(
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('name','contact')),
        value TEXT NOT NULL CHECK (value <> ''),
        UNIQUE (person_id, kind, value)))",
    "CREATE INDEX person_values_person ON person_values(person_id, kind)",
    R"(CREATE TABLE dossier_exemptions(
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, person_id)))",
    R"(CREATE TABLE redaction_reviews(
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        page_hash TEXT NOT NULL,
        rules_hash TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, item_id, page)))",
    R"(CREATE TABLE redactions_v5(
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('text','rect','keep')),
        text TEXT NOT NULL DEFAULT '',
        page INTEGER,
        x REAL, y REAL, w REAL, h REAL,
        created_at TEXT NOT NULL,
        CHECK (kind = 'text' AND text <> '' OR
               kind IN ('rect','keep') AND page >= 1 AND x >= 0 AND y >= 0 AND w > 0 AND h > 0
                   AND x + w <= 1.000001 AND y + h <= 1.000001)))",
    "INSERT INTO redactions_v5 SELECT id, item_id, kind, text, page, x, y, w, h, created_at "
    "FROM redactions",
    "DROP TABLE redactions",
    "ALTER TABLE redactions_v5 RENAME TO redactions",
    "CREATE INDEX redactions_item ON redactions(item_id)",
};

// Version 6: an item can be the translation of another (for bundles: the translation
// follows its original and carries a translator's certificate); a dossier's A-number.
constexpr const char *kVersion6[] = {
    "ALTER TABLE items ADD COLUMN translation_of TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE items ADD COLUMN translator TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE items ADD COLUMN translation_date TEXT NOT NULL DEFAULT ''",
    // The US immigration court's Alien Registration Number, on a bundle's cover and footer.
    "ALTER TABLE dossiers ADD COLUMN a_number TEXT NOT NULL DEFAULT ''",
};

// Version 7: items deleted in the desktop app wait, hidden, until the session ends, so
// that Undo can bring them back; they are erased when the library is locked or next opened.
// A testimony records its interpreter.
constexpr const char *kVersion7[] = {
    "ALTER TABLE items ADD COLUMN deleted_at TEXT",
    "CREATE INDEX items_deleted ON items(deleted_at) WHERE deleted_at IS NOT NULL",
    "ALTER TABLE testimonies ADD COLUMN interpreter TEXT NOT NULL DEFAULT ''",
};

// Version 8: exchange between libraries. Senders pinned on first use (by the library id
// their packages carry), where each received item came from, and which packages arrived.
constexpr const char *kVersion8[] = {
    R"(CREATE TABLE contacts(
        library_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL))",
    R"(CREATE TABLE item_origins(
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        library_id TEXT NOT NULL,
        remote_id INTEGER NOT NULL,
        PRIMARY KEY (library_id, remote_id)))",
    "CREATE INDEX item_origins_item ON item_origins(item_id)",
    R"(CREATE TABLE received_packages(
        sha256 TEXT PRIMARY KEY,
        sender_fingerprint TEXT NOT NULL,
        received_at TEXT NOT NULL))",
};

struct Migration
{
    const char *const *statements;
    std::size_t count;
};

template <std::size_t N> constexpr Migration migration(const char *const (&statements)[N])
{
    return Migration{statements, N};
}

// kMigrations[i] takes the schema from version i to version i + 1.
constexpr Migration kMigrations[] = {
    migration(kVersion1), migration(kVersion2), migration(kVersion3), migration(kVersion4),
    migration(kVersion5), migration(kVersion6), migration(kVersion7), migration(kVersion8)};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == Schema::kCurrentVersion,
              "one migration per schema version");

} // namespace

Result<int> Schema::version(Database &db)
{
    auto version = db.scalar("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    return int(*version);
}

Status Schema::migrate(Database &db, int targetVersion, const StepHook &afterStep)
{
    auto current = version(db);
    if (!current.ok())
        return current.error();
    if (*current > kCurrentVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("This library was made by a newer version of Amanat (schema %1; "
                            "this version reads up to %2). Update Amanat to open it.")
                             .arg(*current)
                             .arg(kCurrentVersion));
    for (int from = *current; from < targetVersion && from < kCurrentVersion; ++from) {
        auto transaction = Transaction::begin(db);
        if (!transaction.ok())
            return transaction.error();
        const Migration &step = kMigrations[from];
        for (std::size_t i = 0; i < step.count; ++i)
            AMANAT_TRY(db.exec(step.statements[i]));
        if (afterStep)
            AMANAT_TRY(afterStep(db, from + 1));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(from + 1);
        AMANAT_TRY(db.exec(setVersion.constData()));
        AMANAT_TRY(transaction->commit());
    }
    return {};
}

} // namespace amanat
