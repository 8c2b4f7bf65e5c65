-- seed file tracking and the speaker name index

CREATE TABLE seed_files (
    file_name TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,                -- of the .txt and its .json sidecar
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX speakers_name_key ON speakers (name_key);
CREATE INDEX topics_phrase_key ON topics (phrase_key);
