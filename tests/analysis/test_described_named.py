"""Words a named speaker says under another name go to that speaker, not to an unnamed source: a full
name after the titled surname it was first given, "the minister" after the last of several ministers
who spoke, a "he said" after a described person inside the speaker's own reported clause, and a
nickname read as a firm for a person named with a role. The
sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_full_name_after_its_titled_surname_is_one_person() -> None:
    text = (
        "Judge Harrow told the jury to weigh the evidence with care. "
        "Judge Brin Harrow also told the jurors to ignore the press. "
        '"Memory can mislead," the judge said.'
    )
    experts = by_name(text)
    assert "Harrow" not in experts
    assert quotes_of(experts["Brin Harrow"], "direct") == ["Memory can mislead"]


def test_a_full_name_of_the_other_gender_stays_a_second_person() -> None:
    text = (
        'Mr Tembler said the shop would close. "We cannot go on," Mr Tembler said. '
        'Ada Tembler said she hoped it would reopen. "I will fight for it," Ada Tembler said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Ada Tembler"], "direct") == ["I will fight for it"]
    assert "We cannot go on" not in quotes_of(experts["Ada Tembler"], "direct")


def test_the_minister_is_the_last_of_several_ministers_who_spoke() -> None:
    text = (
        "Trade Minister Lena Marsholt said exports had grown. "
        "Marsholt said the new port would help farmers. "
        "Energy Minister Arlo Drummond said fuel prices would fall. "
        "Drummond said the grid was ready for winter.\n"
        '"We have stored enough gas," the minister told reporters.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Arlo Drummond"], "direct") == ["We have stored enough gas"]


def test_the_minister_stays_unnamed_when_the_last_minister_spoke_further_back() -> None:
    text = (
        "Trade Minister Lena Marsholt said exports had grown. "
        "Energy Minister Arlo Drummond said fuel prices would fall. "
        "The new port opened in May.\n"
        '"We have stored enough gas," the minister told reporters.'
    )
    experts = by_name(text)
    for expert in experts.values():
        assert "We have stored enough gas" not in quotes_of(expert, "direct")


def test_he_said_after_a_described_person_inside_the_speakers_clause() -> None:
    text = (
        "Councillor Kofi Ansah said the bridge needed work. "
        "Ansah added that the minister has promised new railings.\n"
        '"We also asked about the lights, and he agreed to look at them," he said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Kofi Ansah"], "direct") == [
        "We also asked about the lights, and he agreed to look at them"
    ]


def test_a_name_read_as_a_firm_is_the_person_with_a_role_so_called() -> None:
    text = (
        "Despite a 0-2 loss in the opening game, coach Dragoslav Venkovic aka Zoki has promised fans "
        "a better run.\nThe players looked tired in the first half and Zoki called it “jet lag” after "
        "the long flight.\n“We will recover before Sunday,” Zoki said."
    )
    experts = by_name(text)
    assert "Zoki" not in experts
    assert quotes_of(experts["Dragoslav Venkovic"], "direct") == ["jet lag", "We will recover before Sunday"]
