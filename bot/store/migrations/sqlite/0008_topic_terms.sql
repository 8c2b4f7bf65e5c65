-- topic terms: what topic questions read of an article, derived when it was analysed

-- One row per article (models.TopicTerms as JSON), read only by topic questions. `format` names how
-- the terms were derived; an article without a row (stored before this table existed) or with another
-- format gets its terms derived again at its first topic question, and stored then.
CREATE TABLE IF NOT EXISTS topic_terms (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    data TEXT NOT NULL
);
