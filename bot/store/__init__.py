"""The SQLite library store: schema migrations, transactions and every SQL statement of Newsdesk."""

from .codec import content_hash, fold
from .migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from .models import AddResult, ArticleInfo, SearchHit, SpeakerQuote, StoredArticle
from .store import Store

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "AddResult",
    "ArticleInfo",
    "SearchHit",
    "SpeakerQuote",
    "Store",
    "StoredArticle",
    "content_hash",
    "fold",
    "migrate",
    "schema_version",
]
