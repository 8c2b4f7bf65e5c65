""" "affirmed", "reaffirmed", "opined" and "averred" report what someone said, before or after the
clause. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_a_trailing_affirmed_reports_the_clause_before() -> None:
    experts, _ = run(
        "Veldland will draw more mining investment in 2027, Deputy Mines Minister Tomas Berrow affirmed."
    )
    assert [(e.name, e.role) for e in experts] == [("Tomas Berrow", "Deputy Mines Minister")]
    assert experts[0].quotes[0].text.startswith("Veldland will draw")


def test_reaffirmed_that_reports_the_clause_after() -> None:
    experts, _ = run("Finance Secretary Ines Varga reaffirmed yesterday that the port levy would be cut.")
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Varga", 1)]
    assert "levy would be cut" in experts[0].quotes[0].text


def test_a_person_affirming_an_object_reports_it() -> None:
    experts, _ = run("Transport Minister Tomas Berrow affirmed his support for the new ferry link.")
    assert [(e.name, len(e.quotes)) for e in experts] == [("Tomas Berrow", 1)]


def test_a_court_affirming_a_sentence_says_nothing() -> None:
    experts, sources = run("The appeals court affirmed a prison sentence of nearly ten years for the banker.")
    assert not experts
    assert not [s for s in sources if s.quotes]


def test_a_surname_first_name_after_a_portfolio_stays_whole() -> None:
    experts, _ = run(
        "Secretary for Harbours and Transport Chen Wai Ming reaffirmed yesterday that the ferry levy would be "
        "cut. Chen also said the new pier would open in May."
    )
    assert [(e.name, e.role, len(e.quotes)) for e in experts] == [
        ("Chen Wai Ming", "Secretary for Harbours and Transport", 2)
    ]
