"""Lexicon of speech attribution: speech verbs, and the adverbs, clause words and determiners around them."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Speech verbs as they appear after their subject ("X said", "X called for").
SPEECH_VERBS = _set("""said says say told tells added adds noted argued argues warned warns insisted insists suggested
    suggests called calls asked asks explained explains stressed stresses emphasized emphasised
    emphasizes emphasises announced announces reported stated declared declares acknowledged
    acknowledges admitted admits claimed contended contends countered cautioned cautions predicted
    predicts observed remarked replied replies responded responds recalled recalls wrote writes
    testified testifies urged urges agreed disagreed conceded concedes complained complains revealed
    reveals disclosed discloses denied denies concluded concludes highlighted underlined underscored
    underscores reiterated reiterates recommended recommends proposed proposes estimated forecast
    maintained maintains asserted asserts confirmed confirms continued commented tweeted quipped
    joked pointed points acknowledged lamented laments boasted boasts conceded vowed vows pledged
    pledges promised promises threatened threatens hinted hints speculated speculates projected
    projects wondered wonders mused insisted reckoned reckons explained warn argue suggest insist note
    claim predict urge estimate agree contend caution stress explain tell report acknowledge admit
    deny maintain recommend""")
# Present-tense forms that are also plural nouns: only after a clear speaker.
_AMBIGUOUS_S = _set("notes calls states reports claims comments estimates points projects")
# Verbs whose speaker may follow them ("…," said Smith / asked the minister).
INVERTIBLE = _set("""said says added adds asked asks continued explained explains noted argued insisted warned
    stressed recalled remarked replied responded observed concluded wrote writes acknowledged
    admitted conceded countered cautioned predicted suggested quipped joked declared announced
    stated confirmed told""")
# Verbs that only count with a named or pronoun speaker ("Cutler called it a pact").
_NAMED_ONLY = _set("called continued agreed disagreed agree wondered mused note report")
# Verbs that take a listener first ("told reporters", "asked the president").
LISTENER_VERBS = _set("told tells asked asks urged urges")
# Speech-verb participles that carry on the sentence's speaker (", adding that …").
PARTICIPLES = _set("""adding noting saying arguing warning explaining stressing insisting highlighting emphasizing
    emphasising pointing calling urging suggesting citing acknowledging admitting claiming""")
_SKIP = _set("""also has have had will would could may might must should shall can again then once further
    later earlier previously recently repeatedly publicly openly privately separately quickly simply
    both first last initially ultimately subsequently already still just even reportedly reportedly
    frequently often always never not did does do only too likely certainly clearly flatly bluntly
    angrily firmly emphatically quietly loudly candidly frankly tersely curtly sharply strongly
    widely long today yesterday tonight""")
_NEGATIONS = _set("not never n't didn't doesn't don't won't wouldn't hasn't haven't hadn't cannot can't")
_BE = _set("is are was were be been being")
_WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
_CLAUSE_WORDS = _set("""that which who whom whose when while where because although though if as since but and or
    so than whether after before until unless""")
_PREPOSITIONS = _set("""in at on during after before with for from by over via to into about under among amid
    speaking writing asked citing according like unlike despite following""")
_DETERMINERS = _set("the a an this that these those its his her their our some several many one two")
_RUN_JOINERS = frozenset({"of", "for"})
_HARD_BOUNDARIES = frozenset({";", ":", "—", "–", "-", "--"})
_NOT_BEFORE_TO = _set(
    "agreed disagreed agree continued called promised pledged vowed threatened proposed asked"
)
