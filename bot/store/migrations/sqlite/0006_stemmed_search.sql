-- stemmed full-text search

-- English words stemmed ("plummet" finds "plummeted"), as the search index does. The triggers
-- on articles name the table, not its tokenizer: they keep feeding the new one.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
