-- articles, full-text search, sentences, speakers, quotes, topics and seed files

-- unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Words folded to lower case without accents, not stemmed: what SQLite's unicode61 tokenizer
-- with remove_diacritics does, so both backends find the same articles.
CREATE TEXT SEARCH CONFIGURATION newsdesk_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION newsdesk_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- Identity columns never hand a removed article's id to a new one.
CREATE TABLE articles (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id BIGINT,                        -- NULL: shared with every guild (seeds)
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,                -- casefolded, accents stripped (in Python)
    source TEXT,
    added_by BIGINT,
    added_at TIMESTAMPTZ NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    analysis TEXT NOT NULL,                 -- JSON, kept as written (never queried)
    -- The title weighs A, the text B; searches rank A ten times B.
    search TSVECTOR NOT NULL
);

-- Uncompressed: every search reads the vectors of all matches; decompressing them cost more than
-- reading them (a third of a search's time on common words).
ALTER TABLE articles ALTER COLUMN search SET STORAGE EXTERNAL;

CREATE UNIQUE INDEX articles_scope_hash ON articles ((coalesce(guild_id, -1)), content_hash);

CREATE INDEX articles_guild ON articles (guild_id, id);

CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE sentences (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    is_heading INTEGER NOT NULL,
    extra TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE speakers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,                 -- casefolded, accents stripped (in Python)
    role TEXT,
    extra TEXT
);

CREATE INDEX speakers_article ON speakers (article_id);

CREATE INDEX speakers_name_key ON speakers (name_key text_pattern_ops);

CREATE TABLE quotes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    speaker_id BIGINT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
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
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    phrase TEXT NOT NULL,
    phrase_key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE INDEX topics_phrase_key ON topics (phrase_key text_pattern_ops);

CREATE TABLE seed_files (
    file_name TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,
    article_id BIGINT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);
