"""Who said what: named experts with roles and quotes, unnamed sources apart, over news-style text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.models import Expert, UnnamedSource
from bot.analysis.quotes import extract_experts

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_abaf58db3ac2bfc5.txt"


def run(text: str) -> tuple[list[Expert], list[UnnamedSource]]:
    """The extraction without its never-raise safety net, so a bug shows as a failure here."""
    text = normalize_text(text)
    experts, sources = extract_experts(text, split_sentences(text), strict=True)
    for entry in [*experts, *sources]:
        for quote in entry.quotes:
            assert text[quote.start : quote.end] == quote.text
    return experts, sources


def by_name(text: str) -> dict[str, Expert]:
    return {e.name: e for e in run(text)[0]}


def quotes_of(expert: Expert, kind: str) -> list[str]:
    return [q.text for q in expert.quotes if q.kind == kind]


# (text, name, role words expected in the role or None for no role, direct quote fragments, indirect fragments)
PATTERNS = [
    pytest.param(
        '"We will not back down," said Jane Ortiz, a senator from New Mexico.',
        "Jane Ortiz",
        "a senator from New Mexico",
        ["We will not back down"],
        [],
        id="quote-said-X-appositive",
    ),
    pytest.param(
        "“Demand is collapsing,” Paul Menard, chief economist at Harbor Capital, told reporters.",
        "Paul Menard",
        "chief economist at Harbor Capital",
        ["Demand is collapsing"],
        [],
        id="curly-X-told-reporters",
    ),
    pytest.param(
        '"The market is overheated,” said Paul Menard. "Prices cannot keep rising."',
        "Paul Menard",
        None,
        ["The market is overheated", "Prices cannot keep rising."],
        [],
        id="mixed-marks-and-unattributed-follow-up",
    ),
    pytest.param(
        '"The first months were hard," she said, "but we found our feet." That was Mira Holt.',
        None,
        None,
        [],
        [],
        id="pronoun-without-antecedent-is-nobody",
    ),
    pytest.param(
        'Carla Nunes runs a bakery in Porto. "The first months were hard," she said, "but we found our feet."',
        "Carla Nunes",
        None,
        ["The first months were hard", "but we found our feet."],
        [],
        id="split-quote-around-attribution",
    ),
    pytest.param(
        "Treasury Secretary Lena Marsh said the deficit would narrow next year.",
        "Lena Marsh",
        "Treasury Secretary",
        [],
        ["the deficit would narrow next year"],
        id="title-before-name-indirect",
    ),
    pytest.param(
        "Former Federal Reserve Chair Dana Whitfield said inflation was “transitory” and would fade.",
        "Dana Whitfield",
        "Former Federal Reserve Chair",
        ["transitory"],
        ["inflation was “transitory” and would fade"],
        id="partial-quote-inside-indirect",
    ),
    pytest.param(
        "Rates will stay high for longer, according to Maria Lindqvist, a senior economist at Nordbank.",
        "Maria Lindqvist",
        "a senior economist at Nordbank",
        [],
        ["Rates will stay high for longer"],
        id="according-to-X-after",
    ),
    pytest.param(
        "According to Dr. Omar Haddad, “the outbreak is under control for now.”",
        "Omar Haddad",
        None,
        ["the outbreak is under control for now."],
        [],
        id="according-to-X-direct",
    ),
    pytest.param(
        "Ruth Adler, director of the Institute for Fiscal Studies, added: “Nobody saw this coming.”",
        "Ruth Adler",
        "director of the Institute for Fiscal Studies",
        ["Nobody saw this coming."],
        [],
        id="X-added-colon",
    ),
    pytest.param(
        "Ruth Adler, a professor at the University of Leeds, warned that rents could rise by a fifth.",
        "Ruth Adler",
        "a professor at the University of Leeds",
        [],
        ["rents could rise by a fifth"],
        id="X-a-professor-at-Z-warned",
    ),
    pytest.param(
        "Head of the Central Statistics Office, Tomas Berg, said that unemployment had peaked.",
        "Tomas Berg",
        "Head of the Central Statistics Office",
        [],
        ["unemployment had peaked"],
        id="role-comma-name-comma-said",
    ),
    pytest.param(
        "Tomas Berg runs the statistics office. Exports slowed sharply in the third quarter, Berg said.",
        "Tomas Berg",
        None,
        [],
        ["Exports slowed sharply in the third quarter"],
        id="indirect-trailing-X-said",
    ),
    pytest.param(
        "Union leader Dave Kowalski called for a national strike. Kowalski also urged members to stay calm.",
        "Dave Kowalski",
        "Union leader",
        [],
        ["called for a national strike", "urged members to stay calm"],
        id="called-for-and-surname-urged",
    ),
    pytest.param(
        "Ines Moreau, an analyst at Kestrel Partners, suggested that investors wait. She argued the risks were mispriced.",
        "Ines Moreau",
        "an analyst at Kestrel Partners",
        [],
        ["investors wait", "the risks were mispriced"],
        id="suggested-and-she-argued",
    ),
    pytest.param(
        '"This is not over," insisted Ibrahim Musa, a lawyer for the families.',
        "Ibrahim Musa",
        "a lawyer for the families",
        ["This is not over"],
        [],
        id="insisted-inverted",
    ),
    pytest.param(
        '"Who will pay for this?" asked Rep. Mark Delgado.',
        "Mark Delgado",
        "Rep.",
        ["Who will pay for this?"],
        [],
        id="asked-abbreviated-title",
    ),
    pytest.param(
        '"It is a dream come true," says Priya Natarajan, 29, a software engineer in Austin.',
        "Priya Natarajan",
        "a software engineer in Austin",
        ["It is a dream come true"],
        [],
        id="present-says-with-age",
    ),
    pytest.param(
        "Acme Holdings chief executive Tom Reyes said in a statement that the merger would close in May.",
        "Tom Reyes",
        "Acme Holdings chief executive",
        [],
        ["the merger would close in May"],
        id="said-in-a-statement",
    ),
    pytest.param(
        "Sen. Ella Brooks, D-Ore., said the bill “does nothing for working families.”",
        "Ella Brooks",
        "D-Ore.",
        ["does nothing for working families."],
        ["the bill “does nothing for working families.”"],
        id="party-code-appositive",
    ),
    pytest.param(
        "Lucas Ferreira spent twenty years at the central bank. Now he is dean of the business school at "
        'Coimbra University.\nLUCAS FERREIRA: "The worst is behind us."',
        "Lucas Ferreira",
        "dean of the business school at Coimbra University",
        ["The worst is behind us."],
        [],
        id="transcript-label-role-in-separate-sentence",
    ),
    pytest.param(
        "HANNA VOGEL: The numbers are clear. We are in a slowdown.",
        "Hanna Vogel",
        None,
        ["The numbers are clear. We are in a slowdown."],
        [],
        id="transcript-label-without-quote-marks",
    ),
    pytest.param(
        'Asked about the strike, Governor Phil Tanaka told the Daily Courier: "That is a question for the union."',
        "Phil Tanaka",
        "Governor",
        ["That is a question for the union."],
        [],
        id="X-told-outlet-colon",
    ),
    pytest.param(
        "The decision drew fire from opposition leader Kemi Adeyemi, who called it “a betrayal of voters.”",
        "Kemi Adeyemi",
        "opposition leader",
        ["a betrayal of voters."],
        [],
        id="who-called-it",
    ),
    pytest.param(
        "Grace Liu, who heads the intensive care unit at St. Clare's Hospital, said beds were running out.",
        "Grace Liu",
        "heads the intensive care unit",
        [],
        ["beds were running out"],
        id="who-heads-role",
    ),
    pytest.param(
        'The study appeared in a journal this week. "These results are alarming," said lead author '
        "Dr. Kim Soo-jin of Hanyang University.",
        "Kim Soo-jin",
        "lead author",
        ["These results are alarming"],
        [],
        id="said-role-then-name",
    ),
    pytest.param(
        "Wendell Price, who runs a chain of garages, agreed.",
        "Wendell Price",
        "runs a chain of garages",
        [],
        ["Wendell Price, who runs a chain of garages, agreed."],
        id="agreed-alone",
    ),
    pytest.param(
        "The company's chief financial officer said on Tuesday that margins had bottomed out.\n"
        'Asked by an investor about costs, Nora Blake said: "We have cut what we can."',
        "Nora Blake",
        "the company's chief financial officer",
        ["We have cut what we can."],
        ["margins had bottomed out"],
        id="role-only-in-lead-then-named",
    ),
    pytest.param(
        '"The quake lasted almost a minute," said Yuki Sato, a seismologist at Tohoku University, adding that '
        "aftershocks were likely for days.",
        "Yuki Sato",
        "a seismologist at Tohoku University",
        ["The quake lasted almost a minute"],
        ["aftershocks were likely for days"],
        id="adding-that-after-appositive",
    ),
    pytest.param(
        'Mayor Ana Torres said: "We have run out of beds. We have run out of staff.\n'
        '"And now we are running out of patience," the mayor added.',
        "Ana Torres",
        "Mayor",
        ["We have run out of beds. We have run out of staff.", "And now we are running out of patience"],
        [],
        id="quote-runs-into-next-paragraph",
    ),
    pytest.param(
        "Agriculture Minister Jonas Berg announced help for farmers hit by the drought. Minister Berg said "
        "the aid would reach farms by June.",
        "Jonas Berg",
        "Agriculture Minister",
        [],
        ["help for farmers hit by the drought", "the aid would reach farms by June"],
        id="announced-and-title-surname",
    ),
    pytest.param(
        "Dr. Hélène Faure, a virologist at the Pasteur Institute, said the variant spread faster. "
        "Faure stressed that vaccines still worked.",
        "Hélène Faure",
        "a virologist at the Pasteur Institute",
        [],
        ["the variant spread faster", "vaccines still worked"],
        id="accented-name-stressed",
    ),
    pytest.param(
        "Fritz Müller, head of research at Hanse Bank, said rates had peaked. Mueller noted that wages were rising.",
        "Fritz Müller",
        "head of research at Hanse Bank",
        [],
        ["rates had peaked", "wages were rising"],
        id="transliterated-surname",
    ),
    pytest.param(
        "Chen Wei, an analyst at Orient Securities, said demand was recovering. “It is a tough market,” Chen added.",
        "Chen Wei",
        "an analyst at Orient Securities",
        ["It is a tough market"],
        ["demand was recovering"],
        id="surname-first-name",
    ),
    pytest.param(
        "Ursula van der Berg, president of the European Forum, explained that the vote was symbolic.",
        "Ursula van der Berg",
        "president of the European Forum",
        [],
        ["the vote was symbolic"],
        id="name-with-particles-explained",
    ),
    pytest.param(
        "Ahmed Saleh, a trader in Dubai, said in an interview that oil would climb. "
        '"Supply is tight," he said. "Very tight."',
        "Ahmed Saleh",
        "a trader in Dubai",
        ["Supply is tight", "Very tight."],
        ["oil would climb"],
        id="he-said-and-continuation-in-paragraph",
    ),
]


PATTERNS += [
    pytest.param(
        '"Nothing here will make people upgrade," said Gene Marsh, managing partner at Deepwater Capital.',
        "Gene Marsh",
        "managing partner at Deepwater Capital",
        ["Nothing here will make people upgrade"],
        [],
        id="participle-modifier-in-role",
    ),
    pytest.param(
        "Carlos Vega Jr., the shipping tycoon, said the port strike had cost him millions.",
        "Carlos Vega",
        "the shipping tycoon",
        [],
        ["the port strike had cost him millions"],
        id="suffix-and-descriptive-appositive",
    ),
    pytest.param(
        "Kestrel's Ivo Marr said the fund had sold its last bonds.",
        "Ivo Marr",
        "Kestrel",
        [],
        ["the fund had sold its last bonds"],
        id="possessive-affiliation",
    ),
    pytest.param(
        "LISBON (Wire) - Mayor Rui Costa said the port would reopen on Monday.",
        "Rui Costa",
        "Mayor",
        [],
        ["the port would reopen on Monday"],
        id="dateline-left-out",
    ),
    pytest.param(
        "Paulo Reis, 45, of Braga, said the floods took everything.",
        "Paulo Reis",
        "of Braga",
        [],
        ["the floods took everything"],
        id="age-and-home-town",
    ),
    pytest.param(
        '"The numbers speak for themselves," the report\'s author, economist Liam Byrne, said in an email.',
        "Liam Byrne",
        "economist",
        ["The numbers speak for themselves"],
        [],
        id="role-comma-role-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "direct", "indirect"), PATTERNS)
def test_attribution_patterns(
    text: str, name: str | None, role: str | None, direct: list[str], indirect: list[str]
) -> None:
    experts = by_name(text)
    if name is None:
        assert experts == {}
        return
    assert name in experts, experts
    expert = experts[name]
    if role is None:
        assert expert.role is None
    else:
        assert expert.role is not None and role.lower() in expert.role.lower(), expert.role
    mine = quotes_of(expert, "direct")
    for fragment in direct:
        assert any(fragment == q or fragment in q for q in mine), (fragment, mine)
    assert len(mine) == len(direct), mine
    theirs = quotes_of(expert, "indirect")
    for fragment in indirect:
        assert any(fragment in q for q in theirs), (fragment, theirs)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Officials said at least 12 people were killed.", "Officials", "unnamed"),
        ("Prices rose 4% in March, analysts said.", "analysts", "unnamed"),
        ("Experts have called for tighter rules on lending.", "Experts", "unnamed"),
        ("The economy will slow next year, one economist said.", "one economist", "unnamed"),
        (
            "A spokesperson for the ministry said the talks would resume.",
            "A spokesperson for the ministry",
            "unnamed",
        ),
        ("A person familiar with the matter said the talks had stalled.", "A person familiar", "unnamed"),
        ("Two sources told the newspaper that the deal was off.", "Two sources", "unnamed"),
        ('"We are reviewing the ruling," a Vireo spokesperson said.', "a Vireo spokesperson", "unnamed"),
        ("The company said in a statement that demand was weak.", "The company", "organization"),
        ("Toyota says the problem is rare.", "Toyota", "organization"),
        ("Brightline Group said it expected profits to double.", "Brightline Group", "organization"),
        ("Kestrel Sachs said it expects two rate cuts this year.", "Kestrel Sachs", "organization"),
        ("Kestrel Sachs said the rally would fade.", "Kestrel Sachs", "organization"),
        ("BlueRock Partners said the fund was closed.", "BlueRock", "organization"),
        ("DataNest said the outage had been fixed.", "DataNest", "organization"),
        ("The Drought Monitor reported that conditions had worsened.", "Drought Monitor", "organization"),
        ("Beijing has repeatedly denied the allegations.", "Beijing", "organization"),
        (
            "In a statement, the Environmental Protection Agency said the rule would start in June.",
            "Agency",
            "organization",
        ),
        (
            "Carmakers such as Daimler, Fiat and Renault have called for lower tariffs.",
            "Carmakers such as Daimler, Fiat and Renault",
            "organization",
        ),
    ],
)
def test_unnamed_sources_and_organisations(text: str, speaker: str, kind: str) -> None:
    experts, sources = run(text)
    assert experts == []
    match = [s for s in sources if speaker.lower() in s.speaker.lower()]
    assert match, sources
    assert match[0].kind == kind
    assert match[0].quotes


@pytest.mark.parametrize(
    "dateline",
    ["LISBON (Wire) - ", "VANCOUVER, Wash. (AP) — ", "Lisbon, (RNA - Coast Daily - 7th Apr, 2020 ) : "],
)
def test_dateline_is_not_part_of_an_indirect_quote(dateline: str) -> None:
    expert = by_name(f"{dateline}Mayor Rui Costa said the port would reopen on Monday.")["Rui Costa"]
    assert quotes_of(expert, "indirect") == ["the port would reopen on Monday"]


def test_two_described_speakers_in_one_subject() -> None:
    experts = by_name(
        "Ortiz, the chief executive, and Brandt, the finance director, said the merger was off."
    )
    assert experts["Ortiz"].role == "the chief executive"
    assert experts["Brandt"].role == "the finance director"


def test_it_said_goes_to_the_organisation() -> None:
    text = "The Weather Bureau reported that rainfall was half the average. It also said that reservoirs were low."
    experts, sources = run(text)
    assert experts == []
    (source,) = sources
    assert source.kind == "organization"
    assert len(source.quotes) == 2


@pytest.mark.parametrize(
    "text",
    [
        '"Leaders like Ada Byron and Max Planck show the way," said Rosa Diaz, a historian.',
        "Bill Ng, the founder, has not commented on the report. Rosa Diaz, a historian, said the archive was lost.",
        "Bill Ng declined to comment. Rosa Diaz, a historian, said the archive was lost.",
        "The meeting was chaired by Bill Ng. Rosa Diaz, a historian, said the archive was lost.",
        "Rosa Diaz, a historian, said the archive was lost. Bill Ng did not respond to a request for comment.",
        "Rosa Diaz, a historian, said the archive was lost, while Bill Ng was not available for comment.",
    ],
)
def test_people_only_mentioned_are_not_experts(text: str) -> None:
    assert set(by_name(text)) == {"Rosa Diaz"}


@pytest.mark.parametrize(
    "text",
    [
        'Analysts at the bank rate the shares "neutral." The film, titled "Dark Water," opens Friday.',
        'The word "recession" was never mentioned. Residents call the area "the Strip."',
        'The report, "Growth in a Time of Debt," was widely cited. That said, markets rallied.',
        'He watched "The Evening Show" every night. Having said that, nothing changed.',
    ],
)
def test_strings_in_quotes_that_are_not_speech(text: str) -> None:
    experts, sources = run(text)
    assert experts == []
    assert all(q.kind != "direct" for s in sources for q in s.quotes)


def test_rating_inside_an_appositive_is_not_a_quote() -> None:
    text = (
        '"Volumes will be weak," said Meryl Dorn, an analyst at Fenwick who rates the shares "hold." '
        '"The quarter looks soft."'
    )
    expert = by_name(text)["Meryl Dorn"]
    assert quotes_of(expert, "direct") == ["Volumes will be weak", "The quarter looks soft."]
    assert expert.role == "an analyst at Fenwick"


def test_pronouns_follow_the_right_person() -> None:
    text = (
        "Maria Gomez, a teacher, said the school was underfunded.\n"
        'The principal, Tom Reyes, disagreed. "We have what we need," he said.\n'
        '"That is simply not true," she said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Tom Reyes"], "direct") == ["We have what we need"]
    assert quotes_of(experts["Maria Gomez"], "direct") == ["That is simply not true"]
    assert experts["Tom Reyes"].role == "The principal"


def test_a_surname_goes_to_the_full_name_introduced_earlier() -> None:
    text = (
        "Andres Felipe Ruiz Salas, the finance minister, presented the budget. "
        "Ruiz Salas said the deficit would shrink. Ruiz Salas added that taxes would not rise."
    )
    experts = by_name(text)
    assert list(experts) == ["Andres Felipe Ruiz Salas"]
    assert experts["Andres Felipe Ruiz Salas"].role == "the finance minister"
    assert len(quotes_of(experts["Andres Felipe Ruiz Salas"], "indirect")) == 2


def test_joint_speakers_share_the_statement() -> None:
    text = (
        "In speeches, both Ortega and the chamber's new head, Luisa Campos, said investors needed certainty."
    )
    experts = by_name(text)
    assert {"Luisa Campos"} <= set(experts)
    assert experts["Luisa Campos"].role == "the chamber's new head"


def test_two_speakers_in_one_sentence_get_their_own_clauses() -> None:
    text = (
        "Kestrel CEO Ivan Petrov said there was “broad agreement” on the rules, while Vireo CEO Dana Cole "
        "said that lawmakers “should move faster.”"
    )
    experts = by_name(text)
    petrov, cole = experts["Ivan Petrov"], experts["Dana Cole"]
    assert quotes_of(petrov, "direct") == ["broad agreement"]
    assert quotes_of(cole, "direct") == ["should move faster."]
    assert "Cole" not in quotes_of(petrov, "indirect")[0]
    assert quotes_of(cole, "indirect")[0] == "lawmakers “should move faster.”"
    assert petrov.role == "Kestrel CEO" and cole.role == "Vireo CEO"


# The seed article, end to end: exactly the two experts, their roles, and quote kinds.
def test_seed_article_end_to_end() -> None:
    text = normalize_text(SEED.read_text(encoding="utf-8"))
    experts, sources = extract_experts(text, split_sentences(text))
    assert [e.name for e in experts] == ["Martin Cauchon", "Wang Yiwu"]
    cauchon, wang = experts
    assert cauchon.role == "Canada's former minister of justice"
    assert wang.role == "director of National Modern Economic Theory Research Institute of Hainan University"
    assert [q.kind for q in cauchon.quotes] == ["direct", "indirect"]
    assert cauchon.quotes[0].text.startswith("When companies want to go abroad")
    assert cauchon.quotes[1].text.startswith("eliminations of child labor")
    assert [q.kind for q in wang.quotes] == ["direct", "direct", "indirect", "indirect"]
    assert wang.quotes[1].text.startswith("Bill Gates and Steve Jobs")
    assert wang.quotes[1].text.endswith("China manufacture")
    assert wang.quotes[2].text.startswith("Chinese entrepreneurs take")
    assert wang.quotes[3].text.startswith("called for")
    speakers = {s.speaker for s in sources}
    assert speakers == {"experts", "expert"}
    assert all(s.kind == "unnamed" for s in sources)
    for quote in [q for e in experts for q in e.quotes]:
        assert text[quote.start : quote.end] == quote.text
        assert 0 <= quote.sentence_index < len(split_sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        '"',
        '"' * 5000,
        "“" * 300 + "”" * 7,
        "‘’" * 200,
        'said "',
        '"," said',
        "said said said he he she",
        "according to",
        "according to,",
        "Mr. said: “",
        "LOUIS: ",
        ":" * 100,
        "He said: " + "“nested “quotes” inside” " * 50,
        "x" * 1_000_000,
        "😀 said 😀, “😀” 😀",
        "这是一篇中文新闻。专家说，经济正在增长。",
        "Le ministre a déclaré : « La croissance est forte. »",
        "\u202eright-to-left said Smith.\u202c",
        "A" * 200 + " said.",
        ", , , , said ,,,",
        "( ( ( said ) ) )",
        "Smith, , said",
        "Dr. . . said",
    ],
)
def test_hostile_input_never_raises(text: str) -> None:
    run(text)
    norm = normalize_text(text)
    extract_experts(norm, split_sentences(norm))


def test_a_megabyte_line_of_news_is_handled() -> None:
    line = (
        '"Prices will rise," said Ana Ruiz, an economist at Delmar Bank. He said costs were up. ' * 12_000
    )[:1_000_000]
    experts, _ = run(line)
    assert [e.name for e in experts] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "unit",
    [
        "Ana Ruiz said prices would rise and ",
        '"Yes," said Ana Ruiz, an economist at Delmar Bank, and ',
        "said Ana Ruiz, ",
        "He said that she said that ",
        "Ana Ana Ana Ana Ruiz said ",
    ],
)
def test_a_runaway_sentence_is_one_speaker_not_thousands(unit: str) -> None:
    # How the cost grows with such sentences is measured in bench/pathological.py, not asserted here.
    text = normalize_text(unit * 4_000)
    experts, _ = extract_experts(text, split_sentences(text), strict=True)
    assert len(experts) <= 1
    assert all(e.name.endswith("Ruiz") for e in experts)


def _article(words: int) -> str:
    paragraphs = [
        '"The market is overheated," said Paul Menard, chief economist at Harbor Capital.',
        "Treasury Secretary Lena Marsh said the deficit would narrow next year, adding that taxes would stay.",
        "Officials said at least twelve projects had been delayed by the strike.",
        '"We have what we need," Menard told reporters. "Nothing more."',
        "Analysts at Kestrel Partners expect two cuts, according to a note published on Monday.",
        "Marsh, who has led the department since 2021, warned that growth could slow.",
        "The agency reported that exports fell by four per cent in the third quarter.",
    ]
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)].replace(
            "Menard", f"Menard{i // 50}" if i >= 50 else "Menard"
        )
        out.append(paragraph)
        count += len(paragraph.split())
        i += 1
    return "\n".join(out)


def test_a_hundred_thousand_word_article_keeps_every_speaker() -> None:
    large = normalize_text(_article(100_000))
    experts, _ = extract_experts(large, split_sentences(large), strict=True)
    names = {e.name for e in experts}
    assert {"Paul Menard", "Lena Marsh"} <= names
