"""After "the head of", "the chairman of", a body's name in another language ("Cumann Ceoil Tíre") is
one name, not a body's first word and a person: nobody named speaks, the description does. A portfolio
of English words, a place or an acronym still leaves the person after it ("the head of Harbour Trust
Ana Diaz"). The sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import run


@pytest.mark.parametrize(
    "text",
    [
        "The chairman of Cumann Ceoil Tíre has said he would back a bid for the games.",
        "The head of Foras Oideachais Gaeilge said the schools were ready.",
    ],
)
def test_a_body_named_in_another_language_is_no_person(text: str) -> None:
    experts, sources = run(text)
    assert not experts
    assert any(s.speaker.startswith("The ") and s.quotes for s in sources)


def test_a_person_after_a_body_of_english_words_still_speaks() -> None:
    experts, _ = run(
        "The head of Harbour Trust Ana Diaz said the talks were over. The minister of Foreign Affairs "
        "of Veldia Arvid Kessoglu said the border would open."
    )
    assert {"Ana Diaz", "Arvid Kessoglu"} <= {e.name for e in experts}
