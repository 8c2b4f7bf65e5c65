"""Roles given by what a person does, in a sentence where they do not speak (issue 12), and sports
positions before a name, with sentences invented for the test: "NAME, who runs …", "NAME heads …",
"NAME owns …", "NAME owned …" at any mention; "<team> defenseman NAME", "veteran forward NAME"."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "One of the shop owners on the high street was Mara Tolland, who runs Bits and Bobs on "
            'Mill Street. "The rents have doubled," Tolland said.',
            "Mara Tolland",
            "runs Bits and Bobs on Mill Street",
        ),
        (
            "Peter Gandry spends his mornings on the ice. Gandry heads the northern operations of "
            'Fieldwise, a charity. "The ice is thinner every year," Gandry said.',
            "Peter Gandry",
            "heads the northern operations of Fieldwise",
        ),
        (
            "Peter Gandry owns Hill Farm Gates and said the new water charges would cost him dearly.",
            "Peter Gandry",
            "owns Hill Farm Gates",
        ),
        (
            'Mara Tolland owned the Corner Cafe for a decade. "It was a hard call," Tolland said.',
            "Mara Tolland",
            "owned the Corner Cafe for a decade",
        ),
        (
            '"We were sloppy all night," Harbour defenseman Lars Hedlund said.',
            "Lars Hedlund",
            "Harbour defenseman",
        ),
        (
            'Veteran forward Lars Hedlund agreed with his coach. "We were sloppy," Hedlund said.',
            "Lars Hedlund",
            "Veteran forward",
        ),
    ],
)
def test_role_read(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


@pytest.mark.parametrize(
    "text",
    [
        # where the person is going, not a post they hold
        'Peter Gandry heads to the capital next week. "The ice is thinner," Gandry said.',
        # "leads" a race or a poll is no post; "runs" a risk neither
        'Peter Gandry leads the race by two points. "It is close," Gandry said.',
        # a verb's particle, not a position
        'The party put forward Peter Gandry as its candidate. "It is an honour," Gandry said.',
        # a figure cut at its comma is no role
        'Peter Gandry, who farms about 9,500 acres of wheat, spoke at the show. "It is dry," Gandry said.',
    ],
)
def test_no_role(text: str) -> None:
    assert sole_role(text, "Peter Gandry") is None


def test_role_beside_the_name_wins() -> None:
    """A role written beside the name says more than what the person does elsewhere."""
    text = (
        'Harbour mayor Mara Tolland spoke first. "The rents have doubled," Tolland said. Tolland, who '
        "runs a bakery on Mill Street, left early."
    )
    assert sole_role(text, "Mara Tolland") == "Harbour mayor"
