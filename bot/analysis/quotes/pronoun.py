"""Whom a "he"/"she" of a speech verb refers to, precision first: a wrong speaker is worse than none.

The pronoun goes to the person last named (as a subject or speaker) whose gender fits, preferring the
latest sentence and there the most prominent role ("Reid said that Sanders had energized voters. He
added …" is Reid). When nobody named lately has a gender that fits ("she said" when only men were
named), the pronoun stays unattributed rather than going to the latest person whatever their gender.
"""

from __future__ import annotations

import re

from .document import PRONOUN_WINDOW, Source, Target
from .names import is_common_word, is_role_word
from .people import Person

_RECENT = 40  # speakers a pronoun or a description may look back over

# How prominent a person was where last named: a speaker, the subject of a main clause, or the subject
# of a clause after "that", "as", "when" … A pronoun prefers the latest sentence, then the most
# prominent role in it.
SUBORDINATE, MAIN, SPEAKER = 0, 1, 2


class Recent:
    """The people and sources named lately, latest last, each with where and how it was last named."""

    def __init__(self) -> None:
        self.items: list[Target] = []
        self.salience: dict[int, tuple[int, int, int]] = {}  # id(target) -> (sentence, prominence, pos)
        self.spoke: set[int] = set()  # id(target) of every speaker so far
        # people named as no subject in a sentence about no person ("In Jo Bell's briefing, …", "The
        # plan was welcomed by Jo Bell"), with the sentence and position where last so named: whom a
        # "he"/"she" right after may mean
        self.bystanders: dict[int, tuple[Person, int, int]] = {}
        # every person named, in any place, with the sentence and position where last named
        self.named: dict[int, tuple[Person, int, int]] = {}

    def bystander(self, person: Person, sentence: int, pos: int) -> None:
        self.bystanders[id(person)] = (person, sentence, pos)

    def push(self, target: Target, salience: tuple[int, int, int]) -> None:
        items = self.items
        known = self.salience.get(id(target))
        if known is not None and known[0] == salience[0] and known[1] > salience[1]:
            salience = (salience[0], known[1], salience[2])  # a speaker named again stays a speaker
        self.salience[id(target)] = salience
        if salience[1] == SPEAKER:
            self.spoke.add(id(target))
        if items and items[-1] is target:
            return
        if target in items:
            items.remove(target)
        items.append(target)
        if len(items) > _RECENT:
            del self.salience[id(items[0])]
            del items[0]

    def most_salient(self, candidates: list[Target]) -> Target:
        return max(candidates, key=lambda t: self.salience.get(id(t), (-1, -1, -1)))


def looks_personal(person: Person) -> bool:
    """Not a name of several words with nothing besides capitals to say it is a person ("West Swindon",
    "American Eagle"): a lone surname ("Okafor") may be one, and a first name, title, role, gender or
    earlier "he"/"she" says so; so does a name of no common words ("Ngozi Okafor")."""
    if person.evidence or person.roles or person.pronoun or person.gender is not None:
        return True
    return len(person.tokens) < 2 or not any(is_common_word(t) for t in person.tokens)


def recent_people(recent: Recent) -> list[Target]:
    """The last few people named or described, latest first: whom a "he"/"she" may be."""
    return [t for t in reversed(recent.items) if isinstance(t, Person) or t.kind == "desc"][:PRONOUN_WINDOW]


def _gender(target: Target) -> str | None:
    return target.gender if isinstance(target, Person) else None


def personal_pronoun(
    pronoun: str, recent: Recent, text: str, reported_in: int = -1, sentence: int | None = None
) -> Target | None:
    """ "he"/"she": of the last few people whose gender fits, the one named in the latest sentence, the
    most prominently there; nobody when none fits. `reported_in`: the sentence whose words before the
    pronoun are what it reports ("Sona refused to accept responsibility, he noted"), so a person named
    there is not the speaker when someone named before fits. `text`: the article, where a name with no
    sign of being a person may yet be called by its last word alone, as a person is."""
    want = "m" if pronoun == "he" else "f"
    fits = [t for t in recent_people(recent) if _gender(t) in (None, want)]
    if not fits and sentence is not None:
        fits = (
            _guessed_wrong(recent, sentence, want, text)
            or _bystander_alone(want, recent, sentence)
            or _sole_of_sex(want, recent, sentence)
            or _titled_otherwise(want, recent)
        )
    if not fits:
        return None
    outside = [t for t in fits if recent.salience.get(id(t), (-1,))[0] != reported_in]
    fits = outside or fits
    # a name with no sign of being a person ("West Swindon", "American Eagle") only when no one else
    # fits, and only when the text calls it by its last word alone, as it calls a person ("Rory Trump …
    # Trump said"); a club, a village or a heading's words ("Glenafton Athletic") is nobody's "he"
    personal = [t for t in fits if not isinstance(t, Person) or looks_personal(t)]
    personal = personal or [t for t in fits if isinstance(t, Person) and _called_by_surname(t, text)]
    if not personal:
        return None
    chosen = recent.most_salient(personal)
    if sentence is not None:
        chosen = _bystander_before(chosen, want, recent, sentence) or chosen
    if isinstance(chosen, Person):
        chosen.gender = want
        chosen.pronoun = True
    return chosen


def _guessed_wrong(recent: Recent, sentence: int, want: str, text: str) -> list[Target]:
    """The one person named lately, in this sentence or the two before, when the only gender they have
    is the census's guess from their first name, and from that person's first mention on the text
    uses only the other sex's pronouns, and more than once: "Councillor Nicola Ferraro said … He asked
    … his question … He said …". The census reads many first names as one sex that other countries
    give the other (Italian Nicola and Andrea), and the text's own "he"/"she" outweighs that guess;
    with anyone else named lately, the pronoun written once, or the guessed sex's pronouns written
    too ("Ann Lee said … as she … He noted …": a man the text names in a way not read), the pronoun may
    be someone else's."""
    everyone = recent_people(recent)
    if len(everyone) != 1:
        return []
    person = everyone[0]
    if not isinstance(person, Person) or not person.guessed or person.pronoun:
        return []
    if recent.salience.get(id(person), (-1,))[0] < sentence - _GUESS_REACH:
        return []
    ours, theirs = (_HIS, _HERS) if want == "m" else (_HERS, _HIS)
    if theirs.search(text, person.first) or len(ours.findall(text, person.first)) < _GUESS_PRONOUNS:
        return []
    return [person]


_GUESS_REACH = 2  # sentences back to where the person was last named
_GUESS_PRONOUNS = 2  # the other sex's pronouns the text must use from the person's first mention
_HIS = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b")
_HERS = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")


def _bystander_alone(want: str, recent: Recent, sentence: int) -> list[Target]:
    """With nobody of the pronoun's sex named lately as a subject or speaker, the one person the
    sentence just before brings in, a sentence about no person naming them with a role or a
    who-clause (quotes/bystanders.py): "Thousands ran, among them the shadow minister Jo Bell, who
    finished in five hours. “…,” she said." A "he"/"she" with no one else to mean is that person, as
    _bystander_before reads it over an earlier subject; nobody when several are so brought in."""
    before = [
        person
        for person, named_in, _ in recent.bystanders.values()
        if named_in == sentence - 1 and _person_sign(person, want)
    ]
    return list(before) if len(before) == 1 else []


def _sole_of_sex(want: str, recent: Recent, sentence: int) -> list[Target]:
    """With nobody of the pronoun's sex named lately as a subject or speaker, the one person of that
    sex named anywhere in this sentence or the two before ("The mayor disputed a figure given by the
    opposition's Jo Bell at a rally. ¶ “…,” she said."): nobody when two are."""
    named = [
        person
        for person, named_in, _ in recent.named.values()
        if sentence - _SOLE_REACH <= named_in <= sentence and person.gender == want
    ]
    return list(named) if len(named) == 1 else []


_SOLE_REACH = 2  # sentences back


def _titled_otherwise(want: str, recent: Recent) -> list[Target]:
    """The one person named lately whose sex only the census guessed from the first name, when the text
    gives them the pronoun's sex by a title ("MP Lindsay Carrow … Mr Carrow claimed … He said"): the
    title outweighs the guess for a pronoun nobody else fits. Not when someone else named has the same
    surname ("Bill Marsh", "Hilary Marsh"): the title may be theirs, read into the wrong person."""
    titled = [
        t
        for t in recent_people(recent)
        if isinstance(t, Person) and t.guessed and t.gender != want and t.titled == want
    ]
    if len(titled) != 1:
        return []
    person = titled[0]
    surname = person.tokens[-1].lower()
    named = (other for other, _, _ in recent.named.values() if other is not person)
    return [] if any(other.tokens[-1].lower() == surname for other in named) else [person]


def _bystander_before(chosen: Target, want: str, recent: Recent, sentence: int) -> Person | None:
    """The one person the pronoun may mean whom the sentence just before it brings in, a sentence about
    no person naming them with a role or a who-clause (quotes/bystanders.py), since the latest subject
    was last one: "Jo Bell spoke on Monday. In head coach Tom Lee's briefing, the first question was
    about injuries. “…,” he said." is Lee, not Bell. Several people named there are a list ("… scored
    by Jo Bell, Tom Lee and Ann Marsh") that a "he" picks none of, and the latest subject named there
    too ("Bell's plan is to get through Lee's questions") keeps the pronoun."""
    since = recent.salience.get(id(chosen), (-1, -1, -1))[0]
    named = recent.bystanders.get(id(chosen))
    if named is not None and named[1] == sentence - 1:
        return None
    before = [
        person
        for person, named_in, _ in recent.bystanders.values()
        if person is not chosen
        and named_in == sentence - 1
        and named_in > since
        and _person_sign(person, want)
    ]
    return before[0] if len(before) == 1 else None


def _person_sign(person: Person, want: str) -> bool:
    """Something besides capitals says the name is of a person the pronoun may mean: the gender it
    asks for (from a first name, a title, an earlier "he"/"she"), or no gender known and a role beside
    a name of no common words ("Kaya Obi, the city councillor"; not "New Mexico Skies, an
    observatory")."""
    if person.gender is not None:
        return person.gender == want
    return person.pronoun or (bool(person.roles) and not any(is_common_word(t) for t in person.tokens))


def _called_by_surname(person: Person, text: str) -> bool:
    """The last word of a name of several words stands in the text without the word before it."""
    if len(person.tokens) < 2:
        return True
    before, last = (re.escape(t) for t in person.tokens[-2:])
    return re.search(rf"(?<![\w-])(?<!{before} ){last}(?![\w-])", text) is not None


def group_pronoun(pronoun: str, recent: Recent) -> Target | None:
    """ "it": the latest organisation; "they": the latest group or organisation."""
    kinds = ("org",) if pronoun == "it" else ("group", "org")
    for target in reversed(recent.items[-4:]):
        if isinstance(target, Source) and target.kind in kinds and not _one_person(target):
            return target
    return None


def _one_person(source: Source) -> bool:
    """ "an official", "a fire official": one person, read as a group only for want of a name, whom
    neither "it" nor "they" means (unlike "a group of nine specialists")."""
    words = source.speaker.split()
    return len(words) >= 2 and words[0].lower() in ("a", "an") and is_role_word(words[-1], plural=False)
