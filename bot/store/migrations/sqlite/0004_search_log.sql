-- the log of changes that the search index replays

-- Written in the same transaction as the change itself, so the search index (derived data in
-- bot/store/search_index.py) can always catch up, whatever process made the change.
CREATE TABLE search_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL
);
CREATE TRIGGER search_log_insert AFTER INSERT ON articles BEGIN
    INSERT INTO search_log (article_id) VALUES (new.id);
END;
CREATE TRIGGER search_log_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_log (article_id) VALUES (old.id);
END;
CREATE TRIGGER search_log_update AFTER UPDATE OF guild_id, title, text ON articles BEGIN
    INSERT INTO search_log (article_id) VALUES (new.id);
END;
-- Articles stored before this migration: the log's length bounds the work of a rebuild.
INSERT INTO search_log (article_id) SELECT id FROM articles ORDER BY id;
