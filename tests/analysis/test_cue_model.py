"""The learned speech-cue reading (quotes/cue_model.py): a verb no word list holds reports speech in
one sentence and not in another, by the words around it (invented sentences)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_issued_a_statement_reports_what_it_called_the_vote() -> None:
    text = (
        "Mayor Tom Okafor said the bridge would reopen in May. "
        "He issued a statement calling the council vote a disgrace."
    )
    said = quotes_of(by_name(text)["Tom Okafor"], "indirect")
    assert any("calling the council vote a disgrace" in clause for clause in said)


def test_issued_the_permits_reports_nothing() -> None:
    text = "Mayor Tom Okafor said the bridge would reopen in May. He issued the permits last week."
    said = quotes_of(by_name(text)["Tom Okafor"], "indirect")
    assert not any("permits" in clause for clause in said)


def test_released_the_birds_is_no_speech() -> None:
    text = (
        "Mayor Tom Okafor said the festival would go ahead. "
        "Okafor released the doves from their cage in the town square."
    )
    said = quotes_of(by_name(text)["Tom Okafor"], "indirect")
    assert not any("doves" in clause for clause in said)


def test_a_learned_cue_alone_makes_no_expert() -> None:
    # precision first: the learned reading adds speech to people who speak elsewhere in the article,
    # it does not by itself make someone quoted
    experts, _ = run("Farmer Tom Okafor released a statement saying the harvest had failed.")
    assert [e.name for e in experts] == []
