"""The library store: every SQL statement of Newsdesk, written once for SQLite and PostgreSQL.

`open_store(database)` picks the backend from the database setting and returns a `LibraryStore`
(backend.py), the interface the library service uses.

Layout:
- sql_store.py, reads.py: every write and every read but full-text search, once, as `SqlStore`. Their
  statements run through a `Driver` (driver.py): fetch, fetch one value, several reads in one
  snapshot, execute, transactions, locks; parameters written `:name` or `?` on both databases.
- sqlite_driver.py, read_pool.py: SQLite's writer connection, WAL and reader threads; store.py, the
  SQLite `Store`: FTS5 and the tantivy search index (search_index.py, search_sync.py).
- pg_driver.py: asyncpg's pool and advisory locks; postgres.py, `PostgresStore`: tsvector search.
- query.py: what a user's search means, for every search path. codec.py: analysis dataclasses to rows
  and back. transfer.py: copying a library (migrate-db).

Adding to the schema (new tables, indexes): write the next numbered file in each database's folder,
migrations/sqlite/ and migrations/postgres/ (e.g. `0007_feeds.sql` after `0006_…`; the two folders
count separately), its first line a `-- what it adds` comment, each in that database's own SQL.
migrate.py applies every file not yet applied, each in its own transaction, when a store opens; a
library is never downgraded, and a released migration is never edited (write another). The store
methods that use the new tables go in `SqlStore` (sql_store.py, reads.py), written once with `:name`
parameters; only what the databases really do differently goes in store.py and postgres.py.
"""

from .backend import LibraryStore, is_postgres_url, open_store
from .codec import content_hash, lookup_key
from .models import AddResult, ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .store import Store

__all__ = [
    "AddResult",
    "ArticleInfo",
    "LibraryStore",
    "SearchHit",
    "SpeakerQuote",
    "Store",
    "StoredArticle",
    "content_hash",
    "is_postgres_url",
    "lookup_key",
    "open_store",
]
