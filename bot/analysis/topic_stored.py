"""What the library stores of an article for topic questions (models.TopicTerms), and the article's
index rebuilt from it.

Each sentence's terms and the expansions the article writes out. Acronyms the article spells without
writing them out ("SMEs" ... "small and medium-sized enterprises") are found per question, for the
acronyms the topic names, as an index built from the text finds them.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from .models import TopicTerms
from .topic_acronyms import Expansion, explicit_expansions
from .topic_index import ArticleIndex, build_index
from .topic_terms import SentenceTerms, sentence_terms

# Bump for a change of the stored form itself; a change of how terms are derived changes the digest.
TERMS_VERSION = 1
_DERIVED_BY = (
    "topic_terms.py",
    "topic_acronyms.py",
    "topic_stored.py",
    "text.py",
    "data/stopwords.txt",
    "data/word_forms.txt",
)


@cache
def terms_format() -> str:
    """How stored terms were derived: TERMS_VERSION and a digest of the code and word lists that derive
    them and of the stemmer's version. Terms stored by an older Newsdesk are derived again, not
    matched against terms derived another way."""
    import nltk  # loaded with the stemmer in any case

    digest = hashlib.sha256(nltk.__version__.encode())
    package = resources.files(__package__)
    for name in _DERIVED_BY:
        digest.update(package.joinpath(name).read_bytes())
    return f"{TERMS_VERSION}-{digest.hexdigest()[:16]}"


def derive_topic_terms(texts: tuple[str, ...]) -> TopicTerms:
    """The stored form of an article's topic terms (its sentences' texts, in order)."""
    terms = [sentence_terms(t) for t in texts]
    return TopicTerms(
        format=terms_format(),
        terms=[" ".join(t.sequence) for t in terms],
        acronyms=[" ".join(sorted(t.acronyms)) for t in terms],
        expansions={k: (" ".join(e.stems), e.text) for k, e in explicit_expansions(texts).items()},
    )


def terms_fit(stored: TopicTerms, texts: tuple[str, ...]) -> bool:
    """Whether stored terms were derived as this Newsdesk derives them, for these sentences."""
    return stored.format == terms_format() and len(stored.terms) == len(texts) == len(stored.acronyms)


def stored_index(texts: tuple[str, ...], stored: TopicTerms) -> ArticleIndex:
    """The article's index from its stored terms (`terms_fit`): nothing derived from the text again."""
    terms = []
    for sequence, acronyms in zip(stored.terms, stored.acronyms, strict=True):
        stems = tuple(sequence.split())
        terms.append(SentenceTerms(stems, frozenset(stems), frozenset(acronyms.split())))
    explicit = {k: Expansion(tuple(stems.split()), text) for k, (stems, text) in stored.expansions.items()}
    return build_index(texts, terms, explicit)
