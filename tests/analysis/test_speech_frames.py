"""A verb with the particle or noun that makes it speech reports its object: "hit out at the ruling",
"pointed to the falling prices", "took issue with the report", "spoke out against the plan". Alone
("hit the target", "pointed the way"), in the passive ("referred to as the best"), without an object
("whom she referred to in her speech") or with a subject that is no person, they report nothing.
Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_speech_frame_reports_its_object() -> None:
    experts = by_name(
        "Harbour FC manager Orin Tessaly hit out at the league's decision to move the derby to a Friday. "
        "Councillor Ama Ruthven took issue with the cost of the new ferry terminal."
    )
    assert any(
        "the league's decision to move the derby" in t for t in quotes_of(experts["Orin Tessaly"], "indirect")
    )
    assert any(
        "the cost of the new ferry terminal" in t for t in quotes_of(experts["Ama Ruthven"], "indirect")
    )


def test_pointed_to_and_referred_to_report_what_the_speaker_named() -> None:
    experts = by_name(
        "Central bank governor Lio Marsh pointed to the slowdown in grain exports. "
        "Finance minister Bela Korrin referred to the shortfall in the pension fund."
    )
    assert any("the slowdown in grain exports" in t for t in quotes_of(experts["Lio Marsh"], "indirect"))
    assert any(
        "the shortfall in the pension fund" in t for t in quotes_of(experts["Bela Korrin"], "indirect")
    )


def test_a_frame_verb_alone_or_with_no_object_reports_nothing() -> None:
    experts = by_name(
        "Striker Tavi Olund hit the post twice in the first half. "
        "Olund, referred to as the fastest player in the league, has been out for a month. "
        "The fans whom coach Remi Sauter referred to in his column were not at the game."
    )
    assert "Tavi Olund" not in experts
    assert "Remi Sauter" not in experts


def test_a_thing_that_points_to_something_is_no_speaker() -> None:
    experts = by_name("The Harbour Institute report pointed to a slowdown in grain exports.")
    assert not experts


def test_a_long_subject_before_the_reported_verb_still_makes_a_clause() -> None:
    experts = by_name(
        "Harbour captain Edwin Sollas believes his side's narrow 17-10 win over the visitors on Saturday "
        "has lifted the whole town."
    )
    reported = quotes_of(experts["Edwin Sollas"], "indirect")
    assert any("has lifted the whole town" in t for t in reported)


def test_believes_with_to_be_reports_the_clause() -> None:
    experts = by_name("Harbour economist Lena Stavrou believes the export figures to be far too low.")
    reported = quotes_of(experts["Lena Stavrou"], "indirect")
    assert any("the export figures to be far too low" in t for t in reported)


def test_a_relative_that_inside_the_reported_clause_is_not_its_opening() -> None:
    experts = by_name(
        "Rescue chief Olu Bamidele said Thursday most of the families came from the hill villages "
        "that lost their bridges in the storm."
    )
    reported = quotes_of(experts["Olu Bamidele"], "indirect")
    assert any(t.startswith("most of the families came from the hill villages") for t in reported)


def test_a_that_after_a_circumstance_with_a_comma_still_opens_the_clause() -> None:
    experts = by_name(
        "Health director Mina Sarkis said at a briefing held on Monday and attended by reporters, that "
        "the clinic would reopen in May."
    )
    reported = quotes_of(experts["Mina Sarkis"], "indirect")
    assert any(t.startswith("the clinic would reopen in May") for t in reported)


def test_a_frame_object_stops_before_what_the_object_said() -> None:
    experts = by_name(
        "Mayor Kiri Whatley hit back at councillor Ross Adair over remarks that the harbour budget had "
        "been wasted."
    )
    reported = quotes_of(experts["Kiri Whatley"], "indirect")
    assert reported and not any("the harbour budget had been wasted" in t for t in reported)


def test_a_person_who_recalls_something_reports_it_but_a_firm_recalling_vans_does_not() -> None:
    experts = by_name(
        "Harbour historian Ana Ruiz recalled the long winter of the dock strike. "
        "Harbour Motors recalled its delivery vans over a brake fault."
    )
    reported = quotes_of(experts["Ana Ruiz"], "indirect")
    assert any("the long winter of the dock strike" in t for t in reported)
    assert "Harbour Motors" not in experts


def test_ruled_out_and_took_exception_to_report_their_object() -> None:
    experts = by_name(
        "Finance minister Bela Korrin ruled out a rise in fuel duty this year. "
        "Opposition leader Sami Holt took exception to the tone of the debate."
    )
    assert any("a rise in fuel duty this year" in t for t in quotes_of(experts["Bela Korrin"], "indirect"))
    assert any("the tone of the debate" in t for t in quotes_of(experts["Sami Holt"], "indirect"))


def test_a_quote_recalled_by_a_surname_keeps_its_speaker() -> None:
    experts = by_name(
        "Former harbour master Odile Brann spoke at the launch. "
        "“That was the hardest winter for me,” Brann recalled."
    )
    assert quotes_of(experts["Odile Brann"], "direct") == ["That was the hardest winter for me"]
