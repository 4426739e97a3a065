namespace ClaimCheck.Storage;

/// <summary>The store's tables. Version bumps when the layout changes (an old store is then refused, not migrated).</summary>
internal static class StoreSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            rules_hash TEXT NOT NULL,
            outlet TEXT,
            date TEXT,
            title TEXT,
            url TEXT,
            chars INTEGER NOT NULL,
            statements INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            UNIQUE (name, type));
        CREATE TABLE IF NOT EXISTS name_forms (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            kind TEXT NOT NULL,
            form TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (speaker_id, kind));
        CREATE INDEX IF NOT EXISTS name_forms_key ON name_forms (key, kind);
        CREATE TABLE IF NOT EXISTS channels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            UNIQUE (name, type));
        CREATE TABLE IF NOT EXISTS statements (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            content TEXT NOT NULL,
            cue_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_lemma TEXT, cue_stance TEXT,
            source_text TEXT, source_start INTEGER, source_end INTEGER,
            speaker_id INTEGER REFERENCES speakers(id), speaker_role TEXT, speaker_via TEXT,
            channel_id INTEGER REFERENCES channels(id), channel_rule TEXT,
            rule TEXT NOT NULL,
            record TEXT NOT NULL,
            UNIQUE (article_id, ordinal));
        CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
        """;
}
