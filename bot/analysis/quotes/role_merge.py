"""Merging a person's role readings into the role shown: distinct roles in text order, a role inside
another dropped, readings beside the name preferred to readings away from it ("the minister said")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import name_key
from .role_titles import singular_role, spelled_out
from .roles import is_party_code
from .rules import RoleEvidence, RoleRule

MAX_ROLES = 2
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _distinct(roles: list[str]) -> list[int]:
    """Indices of the distinct roles, in order; a role inside another ("Secretary") is dropped."""
    kept: list[tuple[int, set[str]]] = []
    parties = 0  # a party code ("D-Ariz.") says little, so it takes no place of a role after it
    for n, role in enumerate(roles):
        tokens = {name_key(w) for w in _WORD.findall(role)} - {"the", "a", "an", "of", "at", "in", "'s", "s"}
        if not tokens:
            continue
        if any(tokens <= other for _, other in kept):
            continue
        kept = [(m, t) for m, t in kept if not t <= tokens]
        kept.append((n, tokens))
        parties += is_party_code(role) and len(kept) <= MAX_ROLES
    return [n for n, _ in kept[: MAX_ROLES + parties]]


def merge_roles(roles: list[str]) -> str | None:
    """Distinct roles in order, joined by "; "; a role inside another ("Secretary") is dropped."""
    return "; ".join(roles[n] for n in _distinct(roles)) or None


# Read away from the name: a role stated with a verb ("Now he is dean"), a description that spoke
# ("the minister said"); a reader takes the role written beside the name first.
_INFERRED = frozenset({RoleRule.STATED_WITH_VERB, RoleRule.DESCRIBED_SPEAKER, RoleRule.DESCRIBED_ELSEWHERE})
# Titles that say a person is an academic or a doctor but not what they do: "Professor Chris Whitty".
_BARE_TITLES = frozenset({"professor", "prof", "dr", "doctor"})


def _preferred(readings: list[RoleEvidence]) -> list[RoleEvidence]:
    """The readings a reader would give as the role, in order: readings away from the name only when
    none beside it says what the person does (an employer or home town alone, "Acme's Jo Bell", does
    not); a bare title ("Professor") only when nothing beside the name says more."""
    for weaker in (_bare_title, _inferred):
        stronger = [r for r in readings if not weaker(r)]
        if weaker is _inferred and all(r.rule is RoleRule.AFFILIATION for r in stronger):
            continue
        if stronger:
            readings = stronger
    return readings


def is_bare_title(role: str | None) -> bool:
    """ "Professor", "Dr": a title that leaves room for the job written before it ("virologist Dr X")."""
    return bool(role) and str(role).lower().rstrip(".") in _BARE_TITLES


def _bare_title(reading: RoleEvidence) -> bool:
    return reading.rule is RoleRule.TITLE_BEFORE_NAME and is_bare_title(reading.text)


def _inferred(reading: RoleEvidence) -> bool:
    return reading.rule in _INFERRED


def merged_role(evidence: Sequence[RoleEvidence]) -> tuple[str | None, str | None]:
    """The one place roles are merged: a person's role readings in text order, merged as
    `merge_roles` does, and the rules that read the kept ones ("appositive; stated_with_verb")."""
    ordered = _preferred(sorted(evidence, key=lambda r: r.position))
    # compared with titles spelled out ("PM" is the "Prime Minister"), shown as the article writes them
    kept = _distinct([spelled_out(r.text) for r in ordered])
    if not kept:
        return None, None
    return "; ".join(singular_role(ordered[n].text) for n in kept), "; ".join(ordered[n].rule for n in kept)
