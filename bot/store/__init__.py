"""The library store: every SQL statement of Newsdesk, for SQLite (`Store`) and PostgreSQL (`PostgresStore`),
behind one interface (`LibraryStore`); `open_store(database)` picks the backend from the database setting."""

from .backend import LibraryStore, is_postgres_url, open_store
from .codec import content_hash, fold
from .migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from .models import AddResult, ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .store import Store

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "AddResult",
    "ArticleInfo",
    "LibraryStore",
    "SearchHit",
    "SpeakerQuote",
    "Store",
    "StoredArticle",
    "content_hash",
    "fold",
    "is_postgres_url",
    "migrate",
    "open_store",
    "schema_version",
]
