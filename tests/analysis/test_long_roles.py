"""Long roles before a name on real news (issue 12), with sentences invented for the test: an office
with what it is of or in, an organisation with its acronym in brackets, two offices joined by "and";
and the words before a name that are no part of its role."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name


def sole_role(text: str, name: str) -> str | None:
    """The role of the one expert the text names (the test fails if it names others)."""
    experts = by_name(text)
    assert list(experts) == [name]
    return experts[name].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Director general of museums at Harbour University Kofi Asante said the site was older "
            "than thought.",
            "Kofi Asante",
            "Director general of museums at Harbour University",
        ),
        (
            "Ministry of Roads and Highway Safety (MRHS) Undersecretary Lena Okoro said the bridge "
            "would reopen in June.",
            "Lena Okoro",
            "Ministry of Roads and Highway Safety (MRHS) Undersecretary",
        ),
        (
            '"We will table the motion," said Deputy Leader in the Regional Assembly and President '
            "PNF Tariq Wasim.",
            "Tariq Wasim",
            "Deputy Leader in the Regional Assembly and President PNF",
        ),
        (
            "Royal Society of Chemistry fellow and National Academy of Engineering member Ruth Adler "
            "said the results were sound.",
            "Ruth Adler",
            "Royal Society of Chemistry fellow and National Academy of Engineering member",
        ),
        (
            "The chief of staff Dana Whitfield said the schedule was full.",
            "Dana Whitfield",
            "chief of staff",
        ),
    ],
)
def test_a_long_office_before_the_name_is_read_whole(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_party_with_its_acronym_in_brackets_is_the_affiliation() -> None:
    text = "National Farmers Party’s (NFP) R. Moyo said the harvest bill had failed."
    assert sole_role(text, "R. Moyo") == "National Farmers Party (NFP)"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the office after "brother of" is the other person's: the brother's role is not read
        (
            "The brother of longtime strategist Tom Varga said the campaign was over.",
            "Tom Varga",
            "longtime strategist",
        ),
        # "in" after a word that is no office ("reporters") joins nothing to the role
        (
            "Speaking to reporters in Tamale Mayor Kofi Asante said the roads were safe.",
            "Kofi Asante",
            "Tamale Mayor",
        ),
        # an initial after the office is the name's, not an organisation's acronym
        ("Board Chairman P D Okafor said the fees would rise.", "P D Okafor", "Board Chairman"),
    ],
)
def test_words_before_a_name_that_are_no_part_of_its_role(text: str, name: str, role: str) -> None:
    experts = by_name(text)
    assert experts[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tamale District Health Officer (TDHO) Kofi Asante said the supplies were running low.",
            "Kofi Asante",
            "Tamale District Health Officer (TDHO)",
        ),
        (
            "Private Clinics Association of the Northern Region Inc. (PCANR) president Dr. Ama Boateng "
            "said the wards were full.",
            "Ama Boateng",
            "Private Clinics Association of the Northern Region Inc. (PCANR) president",
        ),
        (
            "Civil Liberties Watch researcher Tomas Varga said that the pushback was heartless.",
            "Tomas Varga",
            "Civil Liberties Watch researcher",
        ),
    ],
)
def test_an_organisation_or_office_with_its_acronym_before_the_role(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Cases are picking up," says Keiji Tanaka of the Centers for Disease Control.',
            "Keiji Tanaka",
            "Centers for Disease Control",
        ),
        (
            "Dr. Ruth Adler of St. Mary's Harbour Hospital in Leeds has seen hundreds of cases. "
            '"It is bad," Adler said.',
            "Ruth Adler",
            "St Mary's Harbour Hospital",
        ),
        ('"The wards are full," said Dr. Tomas Varga, Harbour Hospital.', "Tomas Varga", "Harbour Hospital"),
    ],
)
def test_the_organisation_after_the_name_is_the_affiliation(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_state_after_a_town_is_no_speaker() -> None:
    text = (
        "Jo Bell of Harbour College in Dudley, Mass., director of the Glacier Project, says that each "
        "glacier has its own story."
    )
    assert sole_role(text, "Jo Bell") == "Harbour College; director of the Glacier Project"


@pytest.mark.parametrize(
    "text",
    [
        # no closing comma: the piece runs into the sentence's verb, so it is no role
        "Prime Minister Tom Lee, once the loudest critic of President Ama Boateng has changed his tune. "
        '"It is over," said Lee.',
        # a place after a senator's name says where they are elected, not where they work
        'Sen. Tom Lee of Vermont met farmers on Monday. Lee said: "It is over."',
    ],
)
def test_what_is_no_role_after_a_name(text: str) -> None:
    experts = by_name(text)
    assert experts["Tom Lee"].role in ("Prime Minister", "Sen.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Early on Tuesday Nabil al-Harbi, a spokesman for the foreign ministry, said the truce "
            "proposal was positive.",
            "Nabil al-Harbi",
            "a spokesman for the foreign ministry",
        ),
        ("President Omar el-Masri said the canal was open.", "Omar el-Masri", "President"),
    ],
)
def test_an_arabic_surname_with_its_article_is_a_name(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_description_is_not_the_next_named_person_whose_role_differs() -> None:
    # "the foreign official" spoke before the group's chief was named: two people, and the
    # official stays an unnamed source
    text = (
        "The foreign official said the plan was a softened version of an earlier one.\n"
        "The plan has three phases, the group's deputy chief, Nabil Haddad, told reporters on Monday."
    )
    experts = by_name(text)
    assert list(experts) == ["Nabil Haddad"]
    assert [q.text for q in experts["Nabil Haddad"].quotes] == ["The plan has three phases"]


def test_an_office_then_its_organisation_between_commas() -> None:
    text = (
        "Dr Tom Seelan, Joint Director (TB), Department of Health and Family Welfare, said, "
        "“Screening was done door to door.”"
    )
    assert sole_role(text, "Tom Seelan") == "Joint Director; Department of Health and Family Welfare"


def test_a_councillor_title_is_the_role() -> None:
    experts = by_name('Cllr Maura Keane said: "I was on this committee when we refused it."')
    assert experts["Maura Keane"].role == "Cllr"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga from Harbour University added that the hair was preserved.",
        "Tom Varga, from the Harbour University, said the hair was preserved.",
    ],
)
def test_the_organisation_a_speaker_comes_from(text: str) -> None:
    assert sole_role(text, "Tom Varga") in ("Harbour University", "the Harbour University")


def test_an_office_of_a_place_named_just_before_the_person() -> None:
    text = (
        "The chance of a vaccine next year is small, according to Freedonia's chief medical officer.\n"
        "Professor Ama Boateng said people should be realistic."
    )
    assert sole_role(text, "Ama Boateng") == "Freedonia's chief medical officer"
