"""The library service: what the Discord cogs and the CLI call to add, find, read and remove articles.

`Library` (service.py) is one open library; its methods come by responsibility from:
- articles.py: adding (text, files, web pages) and removing articles;
- finding.py: an article by id or title, listings, search, article autocomplete;
- questions.py: summaries, topic sentiment, a speaker's quotes, speaker and topic autocomplete;
- seeds.py: indexing the seed articles shared with every server.
Each keeps the analysis imports inside the methods that run it, so commands that only read start fast.
"""

from bot.store import AddResult, ArticleInfo, SearchHit, SpeakerQuote, StoredArticle

from .service import Library

__all__ = ["AddResult", "ArticleInfo", "Library", "SearchHit", "SpeakerQuote", "StoredArticle"]
