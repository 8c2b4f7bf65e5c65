"""A generated grid of the constructions news uses to attribute speech, crossed with name and role shapes.

`python -m eval.constructions` builds short invented articles (a lead sentence, the attribution, a closing
sentence) from templates × name shapes × role shapes × speech verbs, runs the real analysis (`analyze`, as
eval/score.py does) and prints the pass rate per template, name shape, role shape and verb. A cell passes
when the expected person is an expert with the expected quote or clause (and the expected role when the
template gives one) and no other named person is credited with anything. Nothing here comes from an
evaluation text: the names are invented or generic, the sentences plain. A failure that fills a whole row
or column is a fault of the construction or of the name shape, not of one article.

Options: `--show TEMPLATE`, `--show-name SHAPE`, `--show-role SHAPE` print failing cells (`--limit N`);
`--json` prints the rates as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from bot.analysis import analyze
from eval.score import found_as, names_match, role_matches

SEED = 7


@dataclass(frozen=True)
class Name:
    shape: str
    full: str  # as written in the article
    gold: str  # as a label gives it (honorifics dropped)
    surname: str  # how the article refers back to the person
    pronoun: str  # "he" / "she"


@dataclass(frozen=True)
class Role:
    shape: str
    before: str  # written before the name: "Mayor", "Harlow Bank chief economist"
    after: str  # an appositive after the name: "mayor of Elmsford"
    gold: str  # the role a label would give


def _invented(rng: random.Random, parts: int) -> str:
    onsets = ["t", "v", "n", "m", "k", "d", "r", "z", "p", "l", "s", "b", "f", "g"]
    vowels = ["a", "e", "i", "o", "u"]
    codas = ["", "", "", "n", "r", "l", "sk", "nd"]

    def word() -> str:
        syllables = rng.choice([2, 3, 3])
        text = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables))
        return text.capitalize()

    return " ".join(word() for _ in range(parts))


def _names() -> list[Name]:
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str, str, str]] = [
        # shape, as written, gold, surname, pronoun
        ("common", "Sarah Mitchell", "Sarah Mitchell", "Mitchell", "she"),
        ("common", "David Thompson", "David Thompson", "Thompson", "he"),
        ("common", "Karen Walsh", "Karen Walsh", "Walsh", "she"),
        ("common", "Michael Brennan", "Michael Brennan", "Brennan", "he"),
        ("word-surname", "Anna Long", "Anna Long", "Long", "she"),
        ("word-surname", "Peter Rich", "Peter Rich", "Rich", "he"),
        ("word-surname", "Grace Hope", "Grace Hope", "Hope", "she"),
        ("word-surname", "Tom Little", "Tom Little", "Little", "he"),
        ("word-surname", "Paul Strong", "Paul Strong", "Strong", "he"),
        ("mid-caps", "DeShawn Parker", "DeShawn Parker", "Parker", "he"),
        ("mid-caps", "Colin McArdle", "Colin McArdle", "McArdle", "he"),
        ("mid-caps", "LaToya Benning", "LaToya Benning", "Benning", "she"),
        ("mid-caps", "KeKe Dawson", "KeKe Dawson", "Dawson", "she"),
        ("hyphenated", "Anne-Marie Dufresne", "Anne-Marie Dufresne", "Dufresne", "she"),
        ("hyphenated", "Kwame Asante-Boateng", "Kwame Asante-Boateng", "Asante-Boateng", "he"),
        ("hyphenated", "Li-Wen Chao", "Li-Wen Chao", "Chao", "she"),
        ("hyphenated", "Mary Holt-Jenkins", "Mary Holt-Jenkins", "Holt-Jenkins", "she"),
        ("particle", "Pieter van der Berg", "Pieter van der Berg", "van der Berg", "he"),
        ("particle", "Maria de la Cruz", "Maria de la Cruz", "de la Cruz", "she"),
        ("particle", "Hassan al-Rashidi", "Hassan al-Rashidi", "al-Rashidi", "he"),
        ("particle", "Anwar bin Hamzah", "Anwar bin Hamzah", "Anwar", "he"),
        ("particle", "Siobhán Ní Bhriain", "Siobhán Ní Bhriain", "Ní Bhriain", "she"),
        ("particle", "Ciarán Ó Dálaigh", "Ciarán Ó Dálaigh", "Ó Dálaigh", "he"),
        ("particle", "Ewan MacLennan", "Ewan MacLennan", "MacLennan", "he"),
        ("accents", "José Peñalosa", "José Peñalosa", "Peñalosa", "he"),
        ("accents", "Zoë Kaminski", "Zoë Kaminski", "Kaminski", "she"),
        ("accents", "Søren Lindqvist", "Søren Lindqvist", "Lindqvist", "he"),
        ("accents", "Agnieszka Wróblewska", "Agnieszka Wróblewska", "Wróblewska", "she"),
        ("accents", "Çağla Yıldız", "Çağla Yıldız", "Yıldız", "she"),
        ("initials", "R K Varma", "R K Varma", "Varma", "he"),
        ("initials", "J.R. Hollis", "J.R. Hollis", "Hollis", "he"),
        ("initials", "A. B. Mensah", "A. B. Mensah", "Mensah", "he"),
        ("initials", "T.J. Okoro", "T.J. Okoro", "Okoro", "he"),
        ("family-first", "Zhang Weiming", "Zhang Weiming", "Zhang", "he"),
        ("family-first", "Kim Soo-jin", "Kim Soo-jin", "Kim", "she"),
        ("family-first", "Nagy Ferenc", "Nagy Ferenc", "Nagy", "he"),
        ("family-first", "Nguyen Thi Lan", "Nguyen Thi Lan", "Lan", "she"),
        ("multi-part", "Maria Fernanda Lopez Garcia", "Maria Fernanda Lopez Garcia", "Lopez Garcia", "she"),
        ("multi-part", "Mohammed Abdul Rahman Saleh", "Mohammed Abdul Rahman Saleh", "Saleh", "he"),
        ("multi-part", "Ana Paula dos Santos", "Ana Paula dos Santos", "dos Santos", "she"),
        ("multi-part", "John Kamau Mwangi", "John Kamau Mwangi", "Mwangi", "he"),
        ("honorific", "Dr Amara Okafor", "Amara Okafor", "Okafor", "she"),
        ("honorific", "Datuk Seri Razlan Hamid", "Razlan Hamid", "Razlan", "he"),
        ("honorific", "Chief Emeka Obiora", "Emeka Obiora", "Obiora", "he"),
        ("honorific", "H.E. Tomas Varga", "Tomas Varga", "Varga", "he"),
        ("honorific", "Prof. Helen Grant", "Helen Grant", "Grant", "she"),
    ]
    for pronoun in ("he", "she", "he", "she"):
        full = _invented(rng, 2)
        rows.append(("invented", full, full, full.split()[-1], pronoun))
    for pronoun in ("he", "she", "he", "she"):
        full = _invented(rng, 1)
        rows.append(("single", full, full, full, pronoun))
    return [Name(*row) for row in rows]


ROLES = [
    Role("short-title", "Mayor", "the mayor of Elmsford", "mayor of Elmsford"),
    Role("short-title", "Coach", "the team's coach", "coach"),
    Role("short-title", "Senator", "a senator from the north", "senator"),
    Role("short-title", "Governor", "the governor of the province", "governor of the province"),
    Role(
        "long-office",
        "Director General for Fisheries, Aquaculture and Marine Resources",
        "Director General for Fisheries, Aquaculture and Marine Resources",
        "Director General for Fisheries, Aquaculture and Marine Resources",
    ),
    Role(
        "long-office",
        "Minister of State for Rural Roads and Water Supply",
        "Minister of State for Rural Roads and Water Supply",
        "Minister of State for Rural Roads and Water Supply",
    ),
    Role(
        "long-office",
        "Deputy Secretary for Housing, Planning and Local Government",
        "Deputy Secretary for Housing, Planning and Local Government",
        "Deputy Secretary for Housing, Planning and Local Government",
    ),
    Role(
        "org-of-at",
        "Harlow Bank chief economist",
        "chief economist at Harlow Bank",
        "chief economist at Harlow Bank",
    ),
    Role(
        "org-of-at",
        "Northfield University geology professor",
        "a professor of geology at Northfield University",
        "professor of geology at Northfield University",
    ),
    Role(
        "org-of-at",
        "Centre for Coastal Studies director",
        "director of the Centre for Coastal Studies",
        "director of the Centre for Coastal Studies",
    ),
    Role(
        "possessive",
        "Norway's Minister of Fisheries",
        "Norway's Minister of Fisheries",
        "Norway's Minister of Fisheries",
    ),
    Role(
        "possessive",
        "Peru's Deputy Minister of Energy",
        "Peru's Deputy Minister of Energy",
        "Peru's Deputy Minister of Energy",
    ),
    Role(
        "possessive",
        "Kenya's High Commissioner for Trade",
        "Kenya's High Commissioner for Trade",
        "Kenya's High Commissioner for Trade",
    ),
    Role("lower-case", "head coach", "the club's head coach", "head coach"),
    Role("lower-case", "senior analyst", "a senior analyst", "senior analyst"),
    Role("lower-case", "chief executive", "the company's chief executive", "chief executive"),
    Role("acronym", "NWP chairman", "the NWP chairman", "NWP chairman"),
    Role("acronym", "KRA commissioner", "a KRA commissioner", "KRA commissioner"),
    Role("acronym", "UFT general secretary", "general secretary of the UFT", "UFT general secretary"),
]

QUOTES = [
    "We expect the new bridge to open by the end of next year",
    "Nobody here wants to see the library close",
    "The figures show a clear rise in demand for housing",
    "It was a hard game, but the players never gave up",
    "Our first job is to keep the water supply safe",
    "There is still a lot of work to do before the harvest",
]
QUOTES2 = [
    "We will keep talking to the families until it is done",
    "I think the season can still turn around",
    "People deserve to know where the money goes",
]
CLAUSES = [
    "the project would be finished by the end of the year",
    "prices were likely to rise again in the spring",
    "the team had played well despite the defeat",
    "the new rules would protect small farmers",
    "more nurses would be hired at the district hospital",
    "the talks with the unions had gone better than expected",
]
CLAUSES2 = [
    "the council would publish the full report next week",
    "the money had already been set aside",
    "the club would appeal against the ban",
]
VERBS = ["said", "says", "added", "explained", "warned", "noted"]
LEADS = [
    "Plans for a new road through the valley were unveiled on Tuesday.",
    "The regional council met on Monday to discuss the budget.",
    "Heavy rain has delayed work on the harbour for a second week.",
    "The season ended with a narrow defeat at home.",
]
CLOSERS = [
    "A final decision is expected next month.",
    "The next meeting will be held in March.",
    "Work on the site is due to resume in the summer.",
]

# A template is (name, text, expects): the text's slots are {N} name, {S} surname, {P} he/she, {R} role
# before the name, {A} role after it, {V} a speech verb, {Q}/{Q2} quotes, {C}/{C2} clauses;
# `expects` lists what the person must be credited with ("Q", "Q2", "C", "C2") and "role" when the
# template gives one.
TEMPLATES: list[tuple[str, str, tuple[str, ...]]] = [
    ("q-said-N", "“{Q},” said {N}.", ("Q",)),
    ("q-N-said", "“{Q},” {N} said.", ("Q",)),
    ("q-verb-N", "“{Q},” {V} {N}.", ("Q",)),
    ("q-said-R-N", "“{Q},” said {R} {N}.", ("Q", "role")),
    ("q-said-N-A", "“{Q},” said {N}, {A}.", ("Q", "role")),
    ("q-N-told-paper", "“{Q},” {N} told the paper.", ("Q",)),
    ("q-said-N-q2", "“{Q},” said {N}. “{Q2}.”", ("Q", "Q2")),
    ("q-said-N-para-q2", "“{Q},” said {N}.\n\n“{Q2},” {P} added.", ("Q", "Q2")),
    ("N-said-q-colon", "{N} said: “{Q}.”", ("Q",)),
    ("N-said-C", "{N} said {C}.", ("C",)),
    ("N-said-that-C", "{N} said that {C}.", ("C",)),
    ("N-verb-that-C", "{N} {V} that {C}.", ("C",)),
    ("R-N-said-C", "{R} {N} said {C}.", ("C", "role")),
    ("N-A-said-C", "{N}, {A}, said {C}.", ("C", "role")),
    ("C-said-N", "{Cap}, said {N}.", ("C",)),
    ("C-N-said", "{Cap}, {N} said.", ("C",)),
    ("C-said-R-N", "{Cap}, said {R} {N}.", ("C", "role")),
    ("according-to-N", "According to {N}, {C}.", ("C",)),
    ("N-told-reporters", "{N} told reporters that {C}.", ("C",)),
    ("N-said-monday", "{N} said on Monday that {C}.", ("C",)),
    ("N-said-C-P-added-q", "{N} said {C}. “{Q},” {P} added.", ("C", "Q")),
    ("N-said-C-S-said-C2", "{N} said {C}. {Scap} said {C2}.", ("C", "C2")),
    ("N-said-C-q-S-said", "{N} said {C}.\n\n“{Q},” {S} said.", ("C", "Q")),
    ("N-of-org-said-C", "{N} of the Marlow Institute said {C}.", ("C",)),
    ("q-said-org-analyst-N", "“{Q},” said Marlow Institute analyst {N}.", ("Q",)),
    ("R-N-announced-C", "{R} {N} announced that {C}.", ("C", "role")),
    ("N-who-said-C", "{N}, who has led the regional water board since 2019, said {C}.", ("C",)),
    ("R-N-q-colon", "{R} {N} said: “{Q}.”", ("Q", "role")),
    ("C-said-R-comma-N", "{Cap}, said {R}, {N}.", ("C", "role")),
    ("R-comma-N-said-C", "{R}, {N}, said {C}.", ("C", "role")),
    ("q-said-adj-N", "“{Q},” said an emotional {N}.", ("Q",)),
    ("q-said-first-time-coach-N", "“{Q},” said first-time head coach {N}.", ("Q",)),
    ("N-A-told-reporters", "{N}, {A}, told reporters that {C}.", ("C", "role")),
    ("A-comma-N-said-C", "{Acap}, {N}, said {C}.", ("C", "role")),
    ("q-N-A-told-reporters", "“{Q},” {N}, {A}, told reporters.", ("Q", "role")),
    ("N-age-said-C", "{N}, 54, said {C}.", ("C",)),
    ("speaking-N-said-C", "Speaking to reporters on Monday, {N} said {C}.", ("C",)),
    ("N-told-outlet-C", "{N} told Harbour Radio {C}.", ("C",)),
]


@dataclass
class Cell:
    template: str
    name: Name
    role: Role | None
    verb: str
    text: str
    ok: bool
    why: str


def _fill(template: str, name: Name, role: Role | None, verb: str, i: int) -> tuple[str, dict[str, str]]:
    slots = {
        "Q": QUOTES[i % len(QUOTES)],
        "Q2": QUOTES2[i % len(QUOTES2)],
        "C": CLAUSES[i % len(CLAUSES)],
        "C2": CLAUSES2[i % len(CLAUSES2)],
    }
    surname = name.surname
    text = template.format(
        N=name.full,
        S=surname,
        Scap=surname[:1].upper() + surname[1:],
        P=name.pronoun,
        R=role.before if role else "",
        A=role.after if role else "",
        Acap=(role.after[:1].upper() + role.after[1:]) if role else "",
        V=verb,
        Cap=slots["C"][:1].upper() + slots["C"][1:],
        **slots,
    )
    # a lead sentence before and a closing sentence after, as in a short article
    article = f"{LEADS[i % len(LEADS)]}\n\n{text}\n\n{CLOSERS[i % len(CLOSERS)]}"
    return article, slots


def _judge(
    analysis: Any, name: Name, role: Role | None, expects: tuple[str, ...], slots: dict[str, str]
) -> str:
    """'' when the cell passes, else what went wrong."""
    experts = analysis.experts
    match = next((e for e in experts if names_match(name.gold, e.name)), None)
    others = [e for e in experts if e is not match and e.quotes]
    found = "; ".join(f"{e.name!r} ({e.role or '-'}): {[q.text[:40] for q in e.quotes]}" for e in experts)
    if match is None:
        sources = "; ".join(f"{s.speaker!r} ({s.kind})" for s in analysis.unnamed_sources if s.quotes)
        return f"person missed; experts: {found or 'none'}; sources: {sources or 'none'}"
    direct = [q.text for q in match.quotes if q.kind == "direct"]
    indirect = [q.text for q in match.quotes if q.kind == "indirect"]
    for key in expects:
        if key == "role":
            if role is not None and not role_matches(role.gold, match.role):
                return f"role {match.role!r} != {role.gold!r}"
            continue
        kind = "direct" if key.startswith("Q") else "indirect"
        if not found_as(kind, slots[key], direct, indirect, f"{name.gold} {role.gold if role else ''}"):
            return f"{key} missed; experts: {found}"
    if others:
        return f"also credited: {found}"
    return ""


def run_grid() -> list[Cell]:
    cells: list[Cell] = []
    names = _names()
    for t_index, (tname, template, expects) in enumerate(TEMPLATES):
        with_role = "role" in expects
        for n_index, name in enumerate(names):
            i = t_index + n_index
            role = ROLES[(n_index * 7 + t_index) % len(ROLES)] if with_role else None
            verb = VERBS[i % len(VERBS)] if "{V}" in template else ""
            text, slots = _fill(template, name, role, verb, i)
            analysis = analyze(text)
            why = _judge(analysis, name, role, expects, slots)
            cells.append(Cell(tname, name, role, verb, text, not why, why))
    return cells


def _rates(cells: list[Cell], key: Any) -> dict[str, tuple[int, int]]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cell in cells:
        k = key(cell)
        if k is None:
            continue
        tally[k][0] += cell.ok
        tally[k][1] += 1
    return {k: (v[0], v[1]) for k, v in tally.items()}


AXES = {
    "template": lambda c: c.template,
    "name shape": lambda c: c.name.shape,
    "role shape": lambda c: c.role.shape if c.role else None,
    "verb": lambda c: c.verb or None,
}


def _print_table(cells: list[Cell]) -> None:
    total = sum(c.ok for c in cells)
    print(f"constructions grid: {total}/{len(cells)} cells pass ({total / len(cells):.3f})")
    for axis, key in AXES.items():
        print(f"\n{axis:<24} pass/cells  rate")
        for k, (ok, n) in sorted(_rates(cells, key).items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
            print(f"  {k:<22} {ok:>4}/{n:<5} {ok / n:.3f}")


def _show(cells: list[Cell], limit: int) -> None:
    for cell in cells[:limit]:
        role = f" role={cell.role.shape}" if cell.role else ""
        print(f"## {cell.template} name={cell.name.shape}{role}: {cell.why}")
        print("   " + cell.text.replace("\n\n", " ¶ "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="print failing cells of this template")
    parser.add_argument("--show-name", help="print failing cells of this name shape")
    parser.add_argument("--show-role", help="print failing cells of this role shape")
    parser.add_argument("--limit", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print the rates as JSON")
    args = parser.parse_args(argv)
    cells = run_grid()
    failing = [c for c in cells if not c.ok]
    if args.json:
        out = {axis: {k: ok / n for k, (ok, n) in _rates(cells, key).items()} for axis, key in AXES.items()}
        out["all"] = {"pass": sum(c.ok for c in cells) / len(cells)}
        json.dump(out, sys.stdout, indent=2, sort_keys=True)
        print()
        return 0
    _print_table(cells)
    chosen = failing
    if args.show:
        chosen = [c for c in chosen if c.template == args.show]
    if args.show_name:
        chosen = [c for c in chosen if c.name.shape == args.show_name]
    if args.show_role:
        chosen = [c for c in chosen if c.role and c.role.shape == args.show_role]
    if args.show or args.show_name or args.show_role:
        print()
        _show(chosen, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
