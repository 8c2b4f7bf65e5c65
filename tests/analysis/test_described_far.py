"""A description that spoke goes to the person the article names later with that office, however far
on, when that person is the only one with it; and a broad noun in a lead ("a fire official said") is the
first person named as a speaker right after who holds any office. The sentences are invented."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def _said(text: str) -> dict[str, list[str]]:
    experts, sources = run(text)
    found = {e.name: [q.text for q in e.quotes] for e in experts}
    found.update({s.speaker: [q.text for q in s.quotes] for s in sources})
    return found


def test_a_lead_description_goes_to_the_one_holder_named_later() -> None:
    said = _said(
        "The sheriff says the gunman was a retired pilot. Deputies spent nine hours outside the farmhouse. "
        "A spokeswoman for the county said the road would stay closed. Teargas was fired into the house "
        "twice. Neighbours were told to leave. “No one was hurt,” said Harrow County Sheriff Tomas Brell. "
        "“We waited him out,” Brell said."
    )
    assert any("retired pilot" in q for q in said["Tomas Brell"])
    assert "The sheriff" not in said


def test_two_holders_of_the_office_leave_the_description_unnamed() -> None:
    said = _said(
        "The minister says the budget is sound. Unions disagreed on Monday. Markets fell. Bonds fell too. "
        "Finance Minister Ada Quell said: “We will hold spending.” Trade Minister Ben Roark said: “Exports "
        "are up.”"
    )
    assert not any("budget is sound" in q for name in ("Ada Quell", "Ben Roark") for q in said.get(name, []))


def test_any_of_several_is_no_named_person() -> None:
    said = _said(
        "While at least one analyst has said phones will soon be as dull as toasters, the maker is betting "
        "on its watches. “It will be hard to copy,” Fen Capital analyst Ivo Marsh said."
    )
    assert not any("toasters" in q for q in said.get("Ivo Marsh", []))


def test_they_does_not_mean_one_official() -> None:
    _, sources = run(
        "The vaccination drive began on Monday, an official said. Clerics oppose the drive. The vaccines "
        "are a plot, they claim."
    )
    assert not any("a plot" in q.text for s in sources if s.speaker == "an official" for q in s.quotes)


def test_an_adverb_after_a_lead_description_keeps_it_a_description() -> None:
    said = _said(
        "A working group is close to a decision on the island's bid to join the bloc, said an official "
        "recently. The group met on Monday, said Tomas Brell Quintero. “We are hopeful,” he told reporters."
    )
    assert any("close to a decision" in q for q in said["Tomas Brell Quintero"])


def test_a_she_given_to_the_description_keeps_it_from_a_man() -> None:
    said = _said(
        "The campaign manager said the race was close. “We can still win this,” she said. Polls opened "
        "at seven. Voters queued in the rain. Turnout was high. “It has been a long year,” said campaign "
        "manager Jeff Tolland."
    )
    assert not any("race was close" in q for q in said.get("Jeff Tolland", []))
