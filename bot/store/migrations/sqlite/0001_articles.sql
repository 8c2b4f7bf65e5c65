-- articles, full-text index and the stored analysis

-- AUTOINCREMENT: a removed article's id is never handed to a new one, so old references fail
-- loudly instead of silently pointing at a different article.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER,                       -- NULL: shared with every guild (seed articles)
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,                -- casefolded, accents stripped: title lookups
    source TEXT,
    added_by INTEGER,
    added_at TEXT NOT NULL,                 -- ISO 8601, UTC
    content_hash TEXT NOT NULL,             -- of the text with case and whitespace normalised
    text TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    analysis TEXT NOT NULL                  -- JSON: summary, scores, keywords (never queried)
);
CREATE UNIQUE INDEX articles_scope_hash ON articles (ifnull(guild_id, -1), content_hash);
CREATE INDEX articles_guild ON articles (guild_id, id);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    is_heading INTEGER NOT NULL,
    extra TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,                     -- person | unnamed | organization
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,                 -- casefolded, accents stripped: the speaker index
    role TEXT,
    extra TEXT
);
CREATE INDEX speakers_article ON speakers (article_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    extra TEXT
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    phrase TEXT NOT NULL,
    phrase_key TEXT NOT NULL,
    data TEXT NOT NULL,                     -- JSON of the whole TopicSentiment
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
