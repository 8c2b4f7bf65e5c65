"""A speaker read as an organisation whose words end in a first name and a surname is that person:
"said Actress Rosario Dawson", "Texas-based Matt Mackowiak said", "New York City Public Advocate Trish
James said" (a capitalised description ran into the name). The words before are the role when they
hold an office ("Public Advocate"), else nothing ("Texas-based", "But")."""

from __future__ import annotations

from .names import ORG_WORDS, is_common_word, is_first_name, is_role_word


def trailing_person(speaker: str) -> tuple[str, str | None] | None:
    """(name, role) of a run that ends in a person's first name and surname, or None."""
    words = speaker.split()
    if len(words) < 3:
        return None
    first, surname = words[-2], words[-1]
    if not (is_first_name(first) and surname[:1].isupper() and surname.isalpha()):
        return None
    if is_common_word(surname) or surname.lower() in ORG_WORDS:
        return None
    head = words[:-2]
    role = " ".join(head) if any(is_role_word(w.strip(".")) for w in head) else None
    return f"{first} {surname}", role
