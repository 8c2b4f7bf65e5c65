"""A speaker whose first name is on no list is a person when the name model reads the name as a
person's and the text treats it as one: it is called by its surname alone later, "he"/"she" follows,
a description is set beside it (quotes/name_model.py). A name the text treats as a firm ("it", "the",
"Inc") stays an organisation, and so does a bare name with nothing around it unless its words alone
read as a person's beyond doubt ("Kofi Mensah said")."""

from __future__ import annotations

import pytest

from bot.analysis.quotes.name_model import person_probability
from tests.analysis.test_quotes import quotes_of, run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We kept giving the ball away," Tinashe Mavundla said after the defeat. '
            "Mavundla, in charge since May, now faces a cup tie.",
            "Tinashe Mavundla",
        ),
        (
            "Siyabonga Mthembu has warned that the new fares will hurt commuters. "
            '"Nobody asked the drivers," Siyabonga Mthembu said. Mthembu runs a taxi rank in the town.',
            "Siyabonga Mthembu",
        ),
    ],
)
def test_a_name_of_no_listed_origin_is_the_person_who_spoke(text: str, name: str) -> None:
    experts, sources = run(text)
    assert [e.name for e in experts] == [name]
    assert quotes_of(experts[0], "direct")
    assert sources == []


@pytest.mark.parametrize(
    "text",
    [
        "Vantor Ridgeley said it would cut 300 jobs at the plant. Ridgeley shares fell 4 percent.",
        '"Demand is weak," Vantor Ridgeley Inc said on Monday. Ridgeley will report in May.',
        "Kestrel Sachs said the rally would fade.",
        # a first name opens them, but an organisation's word ends them, hyphenated or not
        '"Sales are strong," Martin Properties said in a statement.',
        '"Fares must fall," Martin League-North said.',
        # a name sure by its shape, but the text calls it by its first word alone, as it calls a firm
        '"Orders have doubled," Oluwaseun Adeyemi said on Monday. Oluwaseun expects a record year.',
    ],
)
def test_a_name_the_text_treats_as_a_firm_stays_one(text: str) -> None:
    experts, sources = run(text)
    assert experts == []
    assert [s.kind for s in sources] == ["organization"]


def test_the_model_reads_an_institution_apart_from_a_person() -> None:
    text = "Tinashe Mavundla and Citizens Watch both spoke. Mavundla said more."
    assert person_probability(text, "Tinashe Mavundla") > 0.8 > person_probability(text, "Citizens Watch")


def test_a_name_with_a_lower_case_particle_is_read_as_a_name() -> None:
    text = (
        '"The border must stay open," Yerlan de Montemor told reporters on Monday. '
        "Aid was running out, de Montemor said."
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Yerlan de Montemor"]
    assert quotes_of(experts[0], "direct") == ["The border must stay open"]
    assert sources == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kofi Mensah said the new cranes would double the port's trade by next year.", "Kofi Mensah"),
        (
            '"The queue starts at dawn," said Oluwaseun Adeyemi, adding that fuel had run short.',
            "Oluwaseun Adeyemi",
        ),
    ],
)
def test_a_name_that_looks_wholly_like_a_persons_speaks_once_without_other_signs(
    text: str, name: str
) -> None:
    experts, sources = run(text)
    assert [e.name for e in experts] == [name]
    assert sources == []
