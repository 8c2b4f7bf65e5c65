"""Who said what in whole political news articles (issue 12, recall on PolNeAR's kind of text): the
patterns that article body text shows, each with sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run

# ---------------------------------------------------------------- speakers after an inverted verb


def test_a_former_office_before_the_name_after_said() -> None:
    text = '"This is a race to the bottom," said former Gov. Dale Ormsby of Vermont, a Democrat.'
    experts = by_name(text)
    assert list(experts) == ["Dale Ormsby"]
    assert quotes_of(experts["Dale Ormsby"], "direct") == ["This is a race to the bottom"]
    assert not run(text)[1], "no unnamed 'former Gov' beside the person"


def test_a_former_title_spelled_out_before_the_name() -> None:
    experts = by_name('"We were never asked," said former Senator Mae Kowalczyk.')
    assert quotes_of(experts["Mae Kowalczyk"], "direct") == ["We were never asked"]


def test_a_lone_word_after_late_is_no_speaker() -> None:
    assert by_name("The union said late Friday Smith had resigned.") == {}


def test_recalled_closing_a_quote_credits_the_speaker() -> None:
    text = '"My advice was not to do it," recalled Tobias Lindqvist, then ambassador to Norway.'
    assert quotes_of(by_name(text)["Tobias Lindqvist"], "direct") == ["My advice was not to do it"]


def test_a_clause_only_verb_after_its_speaker_closing_a_quote() -> None:
    text = '"Nobody came to the hearing," Jane Abernathy claimed.'
    assert quotes_of(by_name(text)["Jane Abernathy"], "direct") == ["Nobody came to the hearing"]


def test_recalled_with_an_object_is_still_no_speech() -> None:
    assert run("Kestrel Motors recalled a million cars in March.") == ([], [])


# ---------------------------------------------------------------- a person, not a firm


def test_a_name_the_article_calls_by_its_last_word_is_a_person() -> None:
    text = (
        '"We will win in Iowa," said Jebediah Quarn. Quarn added that the state was close. '
        "Later, Quarn said the race was tight."
    )
    experts = by_name(text)
    assert list(experts) == ["Jebediah Quarn"]
    assert quotes_of(experts["Jebediah Quarn"], "direct") == ["We will win in Iowa"]


def test_a_name_the_article_calls_by_its_first_word_stays_a_firm() -> None:
    experts, sources = run('"Sales rose," said Brevik Ostrana. Brevik said the quarter was strong.')
    assert experts == []
    assert [s.kind for s in sources] == ["organization"]


# ---------------------------------------------------------------- reported speech after a quote


def test_a_participle_after_the_circumstance_of_a_trailing_attribution() -> None:
    text = (
        '"The judge is against me," Marla Quinterro said at a rally in Fresno on Friday, '
        "adding that she would appeal the ruling."
    )
    expert = by_name(text)["Marla Quinterro"]
    assert quotes_of(expert, "direct") == ["The judge is against me"]
    assert quotes_of(expert, "indirect") == ["she would appeal the ruling"]


def test_a_circumstance_alone_after_a_trailing_attribution_reports_nothing() -> None:
    text = (
        '"The judge is against me," Marla Quinterro said at a rally in Fresno on Friday, thanking the staff.'
    )
    assert quotes_of(by_name(text)["Marla Quinterro"], "indirect") == []


# ---------------------------------------------------------------- words between the speaker and the verb


def test_a_discourse_word_between_commas_leaves_the_speaker() -> None:
    experts = by_name("Senator Lara Voss, meanwhile, warned that the bill would fail in the House.")
    assert quotes_of(experts["Lara Voss"], "indirect") == ["the bill would fail in the House"]


def test_an_adverb_without_commas_leaves_the_speaker() -> None:
    for adverb in ("now", "however", "meanwhile"):
        experts = by_name(f"Omar Haddad {adverb} says the pipeline plan is dead.")
        assert quotes_of(experts["Omar Haddad"], "indirect") == ["the pipeline plan is dead"], adverb


def test_a_long_description_with_who_still_names_a_person() -> None:
    text = (
        "Tomas Brell, the pollster who advised candidates of both parties for two decades, "
        "argued that turnout would fall in the spring."
    )
    expert = by_name(text)["Tomas Brell"]
    # the relative clause says which pollster, as it does after an office ("the lawyer who represented …")
    assert expert.role == "the pollster who advised candidates of both parties for two decades"
    assert quotes_of(expert, "indirect") == ["turnout would fall in the spring"]


# ---------------------------------------------------------------- verbs whose object is no speech


def test_reported_from_a_place_is_no_speech() -> None:
    assert run("Dana Pirelli reported from Lagos. Miguel Osei contributed reporting.") == ([], [])


def test_responded_with_an_action_is_no_speech() -> None:
    assert by_name("Gov. Ana Ruiz responded with a new round of television ads in the state.") == {}


def test_reported_and_confirmed_still_report_a_clause() -> None:
    experts = by_name(
        "Dana Pirelli reported on Monday that the talks had stalled. "
        "Gov. Ana Ruiz confirmed the plant would close next year."
    )
    assert quotes_of(experts["Dana Pirelli"], "indirect") == ["the talks had stalled"]
    assert quotes_of(experts["Ana Ruiz"], "indirect") == ["the plant would close next year"]


def test_declared_after_a_quote_still_credits_it() -> None:
    experts = by_name('"We are not going anywhere," Gov. Ana Ruiz declared Sunday.')
    assert quotes_of(experts["Ana Ruiz"], "direct") == ["We are not going anywhere"]


# ---------------------------------------------------------------- an office beside a firm's noun


def test_an_office_at_a_publisher_is_a_person() -> None:
    text = '"Nobody expected it," said Ilse Marwick, the president and publisher of Harbour Lane Books.'
    expert = by_name(text)["Ilse Marwick"]
    assert quotes_of(expert, "direct") == ["Nobody expected it"]


def test_a_professor_at_a_named_university_is_a_person() -> None:
    text = '"Turnout will decide it," said Oren Talbek, a University of North Dakota political science professor.'
    assert quotes_of(by_name(text)["Oren Talbek"], "direct") == ["Turnout will decide it"]


def test_an_official_news_agency_stays_a_firm() -> None:
    experts, sources = run('"Some may call this unkind," Pravena, the official state news agency, wrote.')
    assert experts == []
    assert [s.kind for s in sources] == ["organization"]


def test_a_party_and_state_between_commas_is_a_role() -> None:
    text = '"The bill will fail," Senator Ana Ruiz, Democrat of New Mexico, said on Tuesday.'
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Ana Ruiz"]
    assert quotes_of(experts[0], "direct") == ["The bill will fail"]
    assert experts[0].role is not None and "Democrat of New Mexico" in experts[0].role
    assert sources == []


def test_a_description_with_capitals_before_the_name_after_said() -> None:
    experts, sources = run('"We are anxious," said another Instagram user, Liesl Varga.')
    assert [e.name for e in experts] == ["Liesl Varga"]
    assert quotes_of(experts[0], "direct") == ["We are anxious"]
    assert sources == []


def test_a_possessive_office_before_the_name_after_said() -> None:
    text = '"We treat it as one long election day," said Brandt\'s deputy campaign manager, Oskar Lind.'
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Oskar Lind"]
    assert experts[0].role == "Brandt's deputy campaign manager"
    assert sources == [], "the candidate named in the office is no speaker"


def test_a_candidate_and_campaign_office_before_the_name_after_said() -> None:
    text = '"The money has been returned," said Brandt campaign manager Oskar Lind.'
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Oskar Lind"]
    assert experts[0].role == "Brandt campaign manager"
    assert sources == []


def test_a_professor_with_a_relative_clause_is_a_person() -> None:
    text = (
        '"Facts are losing their value," said Oren Talbek, a University of North Dakota professor '
        "who has studied false rumours."
    )
    assert quotes_of(by_name(text)["Oren Talbek"], "direct") == ["Facts are losing their value"]


def test_a_state_abbreviation_with_dots_after_a_town_is_no_speaker() -> None:
    text = '"Both of them scare me," Harold Benn, 30, of Raleigh, N.C., who was polled, said in an interview.'
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Harold Benn"]
    assert quotes_of(experts[0], "direct") == ["Both of them scare me"]
    assert sources == []
