"""A stated stance reports what its subject said: "was adamant (that)", "was optimistic that", "is of
the view that" and a clause. Feelings ("was happy that") and a stance with no clause after it are
left alone. Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_an_adamant_speaker_reports_the_clause_after() -> None:
    experts = by_name(
        "Harbour councillor Mira Dastan spoke at the depot on Monday. "
        "She was adamant the ferry service should keep its winter timetable."
    )
    reported = quotes_of(experts["Mira Dastan"], "indirect")
    assert any("the ferry service should keep its winter timetable" in t for t in reported)


def test_optimistic_that_and_of_the_view_that_report_a_clause() -> None:
    experts = by_name(
        "Pavel Orlic, who runs the county's grain board, was cautiously optimistic that the harvest "
        "would recover. Orlic was also of the view that exporters had overstated the losses."
    )
    reported = quotes_of(experts["Pavel Orlic"], "indirect")
    assert any("the harvest would recover" in t for t in reported)
    assert any("exporters had overstated the losses" in t for t in reported)


def test_a_feeling_or_a_stance_without_a_clause_reports_nothing() -> None:
    experts = by_name(
        "Ines Varga was happy that the bridge reopened. Her neighbour Tomas Brel was confident about the repairs."
    )
    assert "Ines Varga" not in experts
    assert "Tomas Brel" not in experts
