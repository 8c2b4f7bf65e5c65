"""A "he"/"she" with nobody of that sex named lately: the one person named lately, when the text keeps
using that pronoun and only the census guessed the other sex from the first name, or the one person the
sentence just before brings in, or the one person of that sex named anywhere in the last three
sentences, or the one person named lately whom a title ("Mr") gives that sex against the census's
guess (invented sentences)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_he_for_a_man_whose_first_name_the_census_reads_as_a_woman() -> None:
    text = (
        "Councillor Nicola Ferraro has asked the council to explain the delay.\n"
        "He said the answer given to his question “was not good enough”.\n"
        "He said: “The residents deserve to know when the road will be fixed.”"
    )
    direct = quotes_of(by_name(text)["Nicola Ferraro"], "direct")
    assert "The residents deserve to know when the road will be fixed." in direct
    assert "was not good enough" in direct


def test_she_written_once_for_a_man_stays_unattributed() -> None:
    text = "Coach Tom Hadley named his squad on Monday. “We are ready for the final,” she said."
    experts, _ = run(text)
    assert all("We are ready for the final" not in q.text for e in experts for q in e.quotes)


def test_she_with_another_person_named_lately_is_not_the_man() -> None:
    text = (
        "Coach Tom Hadley named his squad on Monday, and his assistant Andrea Rossi agreed with him. "
        "She said: “We are ready for the final.” She added that the team would travel on Friday."
    )
    experts = by_name(text)
    assert "Tom Hadley" not in experts or not quotes_of(experts["Tom Hadley"], "direct")


def test_she_after_a_sentence_bringing_in_the_only_woman() -> None:
    text = (
        "Thousands of runners took part in the race, among them shadow minister Ama Boateng, who "
        "finished in five hours.\n"
        "“I think I have earned a long rest,” she said."
    )
    assert quotes_of(by_name(text)["Ama Boateng"], "direct") == ["I think I have earned a long rest"]


def test_she_after_a_sentence_bringing_in_a_man_is_nobody() -> None:
    text = (
        "Thousands of runners took part in the race, among them shadow minister Thomas Mensah, who "
        "finished in five hours.\n"
        "“I think I have earned a long rest,” she said."
    )
    experts, _ = run(text)
    assert all("I have earned a long rest" not in q.text for e in experts for q in e.quotes)


def test_she_for_the_only_woman_named_lately_though_not_as_a_subject() -> None:
    text = (
        "Mayor Peter Lindqvist disputed a figure given by opposition leader Marta Solberg.\n"
        "Lindqvist's numbers came from the treasury's report on Friday.\n"
        "“Nobody in this town believes the budget adds up,” she said at the rally."
    )
    direct = quotes_of(by_name(text)["Marta Solberg"], "direct")
    assert direct == ["Nobody in this town believes the budget adds up"]


def test_she_with_two_women_named_lately_stays_unattributed() -> None:
    text = (
        "Mayor Peter Lindqvist disputed a figure given by Marta Solberg and Ingrid Dahl.\n"
        "“Nobody in this town believes the budget adds up,” she said at the rally."
    )
    experts, _ = run(text)
    assert all("Nobody in this town" not in q.text for e in experts for q in e.quotes)


def test_he_for_a_person_the_text_calls_mr_though_the_census_reads_a_woman() -> None:
    text = (
        "Lindsay Carrow, the town's MP, wants the hospital board to answer for the ward's closure.\n"
        "At a committee hearing on Tuesday, after board member Karen Doyle spoke of her own worries, "
        "Mr Carrow blamed poor planning.\n"
        "He said: “Staff had been told they must not speak to me.”"
    )
    direct = quotes_of(by_name(text)["Lindsay Carrow"], "direct")
    assert direct == ["Staff had been told they must not speak to me."]
