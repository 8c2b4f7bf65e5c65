"""Capitalised offices that stand where a name would ("Senior Economist said", "The Chancellor has
said"): titles, not people a later "he"/"she" may mean."""

from __future__ import annotations

from .names import is_agent_noun, is_first_name, is_plural_people_noun, is_role_word, tag_of
from .speech_tokens import NameParse


def office_only(parse: NameParse) -> bool:
    """ "Interventional Pulmonologist", "Senior Economist", "Coastal Nurses": a capitalised office or
    plural people noun, not a person (a later "he said" would go to it): no title, and it ends in a
    plural people noun, or in an office word with no first name before it."""
    words = parse.name
    last = words[-1].lower()
    if len(words) < 2 or parse.honorific:
        return False
    # a plural noun for people ends no person's name, whatever the word before (some census first
    # names are also adjectives of place)
    return is_plural_people_noun(last) or (
        not is_first_name(words[0]) and (is_role_word(last, plural=False) or _office_noun(last))
    )


def lone_office(parse: NameParse) -> bool:
    """ "The Chancellor has said", "the tribunal's Judge added": an office written in capitals alone
    is a title, not a name a later "he"/"she" may mean (unless someone so named was met before: "Ben
    Judge … Judge said"); with no courtesy title ("Ms Judge") and no first name."""
    words = parse.name
    return (
        len(words) == 1
        and not parse.honorific
        and not is_first_name(words[0])
        and is_role_word(words[0], plural=False)
    )


def _office_noun(low: str) -> bool:
    """ "Pulmonologist", "Economist": an agent noun the lexicon knows, or one in "-ist"; not any word
    in "-or" or "-er", which many surnames are ("Okafor", "Baker")."""
    return is_agent_noun(low) and (tag_of(low) == "NN" or low.endswith("ist"))
