-- the search vector kept by a trigger, as SQLite's full-text index is kept by triggers

-- Every way an article is written (added, copied in, its title or text changed) keeps its vector,
-- and the store's INSERT statement is the same on both databases.
CREATE FUNCTION articles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := setweight(to_tsvector('newsdesk_search'::regconfig, NEW.title), 'A')
        || setweight(to_tsvector('newsdesk_search'::regconfig, NEW.text), 'B');
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, text ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_search_vector();
