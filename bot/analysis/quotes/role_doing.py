"""A role given by what a person does, written after their name in any sentence: "Mary Tolland, who
runs Bits and Bobs on Mill Street, opened …", "Gandry heads the northern operations of Fieldwise".

The speaker's own sentence already reads "NAME, who runs …, said" as the role (roles.clean_role); a
who-clause elsewhere, or a verb of a post held right after the name, says the same of the person. It
is a reading away from the speech, so it shows only where nothing beside the name says what the
person does (role_merge._preferred), like "Now she is dean of …".
"""

from __future__ import annotations

import re

from ..wordlists import alternation
from .roles import clean_role, says_what_they_do

# ", who runs …", " who heads …" (an age may stand between: "Jo Bell, 45, who owns …")
_WHO = re.compile(r"^\s*(?:,\s*\d{1,3}\s*)?,?\s*who\s+(?=\S)", re.I)
# without "who", only a post held, and an object that names something: "heads the unit", "owns Hill
# Farm Gates", "founded the charity"; not "leads the poll", "runs the risk", "heads to Paris"
_BARE = re.compile(
    r"^\s+(?:(?:now|also|currently)\s+)?(?="
    + alternation("role_by_doing_verbs", "bare")
    + r"\s+(?:(?:the|a|an|his|her|their|its)\b|[A-Z]))"
)


def role_by_doing(rest: str) -> tuple[int, str] | None:
    """Where the role starts in `rest` (the text right after a name) and the role, or None."""
    match = _WHO.match(rest) or _BARE.match(rest)
    if match is None:
        return None
    clause = "who " + rest[match.end() :]
    if not says_what_they_do(clause):
        return None
    role = clean_role(clause, appositive=True)
    if not role or re.search(re.escape(role) + r",\d", clause):
        return None  # cut inside a figure ("who farms about 9,500 acres"): the rest is lost
    return match.end(), role
