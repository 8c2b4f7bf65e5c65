"""A firm the article shows as someone's employer ("Ruby Crest CEO Tomas Ferreira", "Amber Valley's chief
executive") is a firm when it speaks, though its first word is also a first name: no expert called
"Ruby Crest". A person's surname in another's role ("Ferreira aide …") leaves the person alone. The
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import run


@pytest.mark.parametrize(
    "text",
    [
        "Ruby Crest Foods reported a loss. Ruby Crest CEO Tomas Ferreira said prices were too high. "
        "Ruby Crest said it lost $78 million.",
        "Amber Valley will close its bakery in Harwick next year. Amber Valley announced on Monday that "
        "it would move the work to a new plant. Amber Valley’s chief executive, Jo Bellamy, said the "
        "bakery was too old.",
    ],
)
def test_a_firm_shown_as_an_employer_is_no_expert(text: str) -> None:
    experts, sources = run(text)
    assert not any(e.name in ("Ruby Crest", "Amber Valley") for e in experts)
    assert any(s.speaker in ("Ruby Crest", "Amber Valley") and s.quotes for s in sources)


def test_a_persons_surname_in_an_aides_role_leaves_the_person_an_expert() -> None:
    experts, _ = run(
        "Dana Ferreira said the vote would be close. Ferreira aide Jo Bellamy said the team was ready."
    )
    assert {e.name for e in experts} == {"Dana Ferreira", "Jo Bellamy"}
