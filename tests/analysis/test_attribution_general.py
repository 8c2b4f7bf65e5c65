"""Who said what on patterns that generalise beyond any one article: each test names the class of
error it guards against, with sentences written for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_two_particles_before_a_surname_stay_in_one_name() -> None:
    text = (
        "At the hearing, Inspector Joost van der Berg said the bridge had been closed too late. "
        '"We warned the council twice," she said.'
    )
    experts = by_name(text)
    assert list(experts) == ["Joost van der Berg"]
    assert quotes_of(experts["Joost van der Berg"], "direct") == ["We warned the council twice"]
