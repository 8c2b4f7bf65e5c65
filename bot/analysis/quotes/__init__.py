"""Who said what: named experts with roles and quotes, unnamed sources and organisations apart.

A pipeline of stages, each a function of the document and the earlier stages' results (frozen
records), all linear in the length of the text; `who_said_what` shows the order:

0. read_document: find the quoted passages and mask them, so names and verbs inside are ignored;
1. scan_sentences: per sentence, speech attributions, transcript labels, person mentions and roles;
2. resolve_speakers: each speaker to a person (full name, surname, "Mr X", "he"/"she") or an unnamed
   source ("experts", "the company", "Toyota");
3. direct_quotes: each quoted passage to the attribution next to it, around it or in its paragraph;
4. indirect_quotes: each attribution's reported clause (needs the whole quotes of stage 3);
5. build_experts: quotes to speakers, described speakers linked to names, firms apart, roles merged.

Every quote carries the rule that attributed it and every expert the rules that read its role
(rules.py lists them); `newsdesk analyze --explain FILE` prints them.
"""

from __future__ import annotations

import logging

from ..models import Expert, Sentence, UnnamedSource
from .build import WhoSaidWhat, build_experts
from .direct import direct_quotes
from .document import read_document
from .indirect import indirect_quotes
from .resolve import resolve_speakers
from .rules import QuoteRule, RoleRule
from .scan import scan_sentences

__all__ = ["QuoteRule", "RoleRule", "WhoSaidWhat", "extract_experts", "who_said_what"]

log = logging.getLogger(__name__)


def who_said_what(text: str, sentences: list[Sentence]) -> WhoSaidWhat:
    """The pipeline: each stage takes the document and what earlier stages found."""
    doc = read_document(text, sentences)
    scan = scan_sentences(doc)
    speakers = resolve_speakers(doc, scan)
    direct = direct_quotes(doc, scan, speakers)
    indirect = indirect_quotes(doc, scan, speakers, direct)
    return build_experts(doc, scan, speakers, direct, indirect)


def extract_experts(
    text: str, sentences: list[Sentence], strict: bool = False
) -> tuple[list[Expert], list[UnnamedSource]]:
    """Named people quoted in `text` (with roles and quotes) and the unnamed sources apart.

    Quote offsets point into `text`; `sentences` must come from `split_sentences(text)`. A failure
    inside the pipeline is logged and gives no quotes, so hostile input never breaks the analysis of
    an article; `strict=True` (for tests) lets it raise instead.
    """
    if not text or not sentences:
        return [], []
    try:
        found = who_said_what(text, sentences)
    except Exception:
        if strict:
            raise
        log.exception("quote extraction failed on a %d-character text", len(text))
        return [], []
    return found.experts, found.sources
