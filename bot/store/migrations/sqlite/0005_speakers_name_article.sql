-- a speaker's quotes newest first straight from the speaker index

-- /quotes shows a speaker's newest quotes: walking this index in article order stops after
-- the page's rows, where sorting every quote of a much-quoted speaker first cost ~55 ms (3,400
-- quotes, each reading its article's row). It also serves every lookup by name_key.
CREATE INDEX speakers_name_article ON speakers (name_key, article_id DESC, position);
DROP INDEX speakers_name_key;
