-- stemmed full-text search

-- English words stemmed (Snowball), as the search index and SQLite's porter tokenizer do:
-- "plummet" finds "plummeted". The vectors of stored articles are made again to match.
ALTER TEXT SEARCH CONFIGURATION newsdesk_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION newsdesk_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
UPDATE articles SET search = setweight(to_tsvector('newsdesk_search', title), 'A')
    || setweight(to_tsvector('newsdesk_search', text), 'B');
