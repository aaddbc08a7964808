"""The counts a sentence states: the dead, the injured and the arrested ("killed at least 12",
"31 soldiers and three auxiliaries were killed", "the death toll rose to 19"), with their spans.

Shared by the mentions stage (a mention's own toll) and the slots stage (a later toll that
replaces it); no stage of its own."""
from __future__ import annotations

import bisect
import re

from ..language import coarse_tags, doc_text, lower_words, per_sentence, regex, span_text, token_starts
from ..lexicon import load_event_words, load_triggers
from ..records import Count, Mention, Span
from .clauses import _MISHAPS, _PAST_GROUND_WORDS, _ROAD_VEHICLES, _by_mishap, _in_past_ground, _object_matches

_W = load_event_words()  # word classes: data/event_words.yaml
_NUMWORDS = _W["numwords"]


# a number that modifies a noun ("a 23-year-old man", "a 57-member jirga", "a four-man patrol", "a 10-kg
# bomb") is no count of people, nor is a magnitude ("tens of thousands" is not ten)
_NOT_A_COUNT = r"(?!\s+of\s+(?:thousands|millions)\b|[\s-]*(?:years?|months?)[\s-]+old\b|-(?:year|month|week|day|member|man|strong|kg|km|metre|meter|storey|mile|hour)s?\b)"
# (a number of dozens or hundreds is their product: "two dozen soldiers" are 24, not two; a comma only between
# thousands, "1,500", not the one after an age set off by commas: "a man, 27, was shot dead" is one dead, not 27)
_NUM = r"(?:\d+(?:,\d{3})*|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + \
    r")(?:[\s-](?:dozen|hundred)\b)?(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?" + _NOT_A_COUNT


# a number of hours or days is a span of time, not a count of the dead ("in the past 48 hours, 43 fighters were
# killed" is 43, not 91; "within 24 hours three soldiers died" three)
_NOT_A_SPAN = r"(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|nights?)\b)"
_QUAL = r"(?:at least |about |some |nearly |almost |around |more than |over |up to |as many as |another |a total of )?"
_VICTIM = r"(?:(?=[\w’'])[\w’'-]+\s+){0,4}?"
# (each word a word, not a lone dash: "Nine people - five women and four children - died" is the nine, the
# dashes' words their parts)
# the victims' words before a second count of one toll: no word of wounding among them ("five soldiers
# were wounded and one rebel was killed" is one death, not six)
_LISTED = r"(?:(?!(?:injured|wounded|hurt)\b)(?=[\w’'])[\w’'-]+\s+){0,4}?"
_DEAD_WORDS_LEFT = r"dead|killed|lifeless"
_KILLED = re.compile(
    rf"(?:kill(?:ing|ed|s)?|claim(?:ing|ed|s)? the lives of|massacr(?:ed|ing)|slaughter(?:ed|ing)|"
    rf"shot dead|gunned down|behead(?:ed|ing)|execut(?:ed|ing)|"
    # ("left 12 dead", not "took the men but left 17 women": only with the dead word after the count)
    # ("killed between 10 and 15 people": the range's lower figure, _ranges)
    rf"(?:left|leaving)(?=\s+{_QUAL}(?:between\s+)?{_NUM}\s+{_VICTIM}(?:{_DEAD_WORDS_LEFT})\b))"
    rf"\s+{_QUAL}(?:between\s+)?({_NUM})\b(?!\s*(?:%|percent|km|kilomet|miles|hours|days|years|injured|wounded|others injured))", re.I)


# (the words that end each count of the dead below: a sentence with none of them has no such count)
# (a headline's present "die" too: "18 soldiers, 10 rebels die in ambush"; not one to come: "could die", "to die")
_DIE = r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bcan )(?<!\bnot )(?<!\bnever )die"
_DEAD_WORDS = r"killed|dead|died|slain|martyred|lost (?:their|his|her) li(?:ves|fe)|perished|shot dead|beheaded|hacked to death|" + _DIE
_DEAD_WORDS2 = r"killed|dead|died|slain|martyred|perished|shot dead|" + _DIE
# the words between a count and its dead word: no word that opens another clause ("the civilians were in two
# vehicles when killed by the air raid": the vehicles are no dead)
_VICTIM_NOT_CLAUSE = r"(?:(?!(?:when|whereas|because|although|though|unless|until|after|before)\b)(?=[\w’'])[\w’'-]+\s+){0,4}?"
_DIED = re.compile(
    rf"\b{_QUAL}({_NUM}){_NOT_A_SPAN}\s+{_VICTIM_NOT_CLAUSE}(?:(?:were|was|have been|had been|are|being|been)\s+)?(?:{_DEAD_WORDS})\b"
    r"(?!\s+or\s+(?:injured|wounded|hurt|missing)\b)", re.I)  # ("20 people were killed or injured": the hurt with the dead)


# "31 soldiers and three army auxiliaries were killed": two counts of one toll; in a headline's few words
# the "and" may be a comma ("25 militants, 4 soldiers dead in clashes")
_DIED2 = re.compile(
    rf"\b{_QUAL}({_NUM}){_NOT_A_SPAN}\s+(?:{_LISTED}and|(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+,)\s+{_QUAL}({_NUM})(?!\s+(?:out\s+)?of\b)\s+{_VICTIM}(?:(?:were|was|have been|had been|are|being|been)\s+)?"
    rf"(?:{_DEAD_WORDS2})\b", re.I)


# the dead counted as bodies found: "60 bodies have been discovered", "police recovered 49 bodies", "saw the
# bodies of four victims" (not "two bodies", organisations, with no finding told)
_FOUND = "|".join(sorted(_W["bodies_found"], key=len, reverse=True))
# ("the bodies of 12 rebels were left behind", "12 bodies of rebel fighters were found", "fled, leaving behind
# the bodies of 12 fighters", "residents buried 17 bodies")
_BODIES = re.compile(
    rf"\b{_QUAL}({_NUM})\s+(?:dead\s+)?bodies\s+(?:of\s+(?:[\w’'-]+\s+){{1,3}}?)?(?:(?:were|was|have been|had been|are|being|been)\s+)?(?:{_FOUND})\b|"
    rf"\b(?:{_FOUND})\s+(?:behind\s+)?(?:the\s+)?{_QUAL}({_NUM})\s+(?:dead\s+)?bodies\b|"
    rf"\b(?:{_FOUND})\s+(?:behind\s+)?the\s+bodies\s+of\s+{_QUAL}({_NUM})\b|"
    rf"\bthe\s+bodies\s+of\s+{_QUAL}({_NUM})\s+(?:[\w’'-]+\s+){{0,3}}?(?:were|was|have been|had been)\s+(?:{_FOUND})\b", re.I)


# "confirmed the loss of two fighters"; "the bomb claimed 16 lives"; "the shelling caused the deaths of
# 14 villagers"; "officials confirmed four deaths"; "resulting in the martyrdom of eight soldiers", as armed
# forces' statements tell their own dead
_LOSS = re.compile(rf"\b(?:loss|deaths?|martyrdom) of (?:the lives of )?{_QUAL}({_NUM})\b(?!\s*(?:%|percent|per cent))"
                   # (a list of two counts: "resulted in the deaths of two militants and one soldier" is three; not
                   # "the deaths of five people and 12 injured")
                   rf"(?:\s+{_LISTED}and\s+{_QUAL}({_NUM})\b(?!\s+(?:[\w’'-]+\s+){{0,3}}?(?:(?:were|was|are|have been|had been)\s+)?"
                   rf"(?:injured|wounded|hurt|missing|arrested|detained|others)\b))?|"
                   rf"\b{_QUAL}({_NUM})\s+(?:more\s+)?(?:deaths|fatalities)\b|"  # ("there were 14 fatalities")
                   # ("the bombing of the station claimed 21 lives": an act's own toll, not a war's or a tally's,
                   # "the conflict has claimed 4,000 lives")
                   # (a day's fighting or clashes too: "heavy fighting claimed dozens of lives in X on Tuesday")
                   rf"\b(?:attack|bombing|blast|explosion|ambush|raid|strike|airstrike|shelling|assault|massacre|shooting|"
                   rf"fighting|clashes|gunfight|firefight|battle)\b"
                   rf"[^.;,]{{0,40}}?\bclaim(?:ed|ing)\s+{_QUAL}({_NUM})\s+(?:of\s+)?(?:more\s+)?lives\b", re.I)


# a toll told side by side ("two dead on the army's side and five dead on the attackers' side", "three
# killed in the ranks of the police and nine among the assailants"): each side's count, summed
_SIDED = re.compile(rf"\b{_QUAL}({_NUM})\s+(?:(?:{_DEAD_WORDS2})|deaths)\s+(?:on|in|among)\s+(?:the\s+)?"
                    rf"(?:[\w’'()/-]+\s+){{0,4}}?(?:side|ranks|camp)\b", re.I)


_SIDE_WORDS = re.compile(r"\b(?:side|ranks|camp)\b", re.I)  # (a quick search: most sentences have none)


# (a whole word: "two other attackers were also killed" are this event's dead)
_ANOTHER_EVENT = re.compile(r"\b(?:another|separate|second|other)\s+(?:\w+\s+){0,2}(?:attack|raid|ambush|assault|"
                            r"strike|bombing|blast|clash|incident)(?:s|es)?\b", re.I)


# "the death toll rose to 19", "the death toll from the missile strike on the city has reached 10 people",
# "the provisional toll is 21" (not a tally "since" a date); a revised toll is its new figure ("the toll
# from Friday's raid on the border post climbed from 9 to 17"), and a toll told in two parts is their sum
# ("the toll has risen to 20 soldiers and three civilians", not "… to 20 and three were wounded"); a toll
# believed or said to be a figure is that figure ("… is believed to be between 115 and 120": 115), not one
# that only may be ("the toll may be more than 100")
_TOLL_NAMES = r"(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_W["toll_names"], key=len, reverse=True)) + r")\b"
_TOLL = re.compile(rf"(?:{_TOLL_NAMES}|\b(?:the|its|their)\s+toll|\bnumber\s+of\s+"
                   rf"(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|those\s+killed|people\s+who\s+(?:have\s+)?died))\s+"
                   rf"(?:(?!since\b|so far\b)(?:[^.;\d]|\bfrom\s+{_QUAL}\d[\d,]*\s)){{0,130}}?"
                   rf"\b(?:to|at|of|reached|stands at|is|was|hit|(?:believed|thought|said|estimated|reported|confirmed|understood)\s+to\s+be)"
                   rf"\s+(?:between\s+)?{_QUAL}({_NUM})\b"
                   rf"(?:\s+{_LISTED}and\s+{_QUAL}({_NUM})\b(?!\s+(?:[\w’'-]+\s+){{0,3}}?(?:(?:were|was|are|have been|had been)\s+)?"
                   rf"(?:injured|wounded|hurt|missing|arrested|detained|others)\b))?", re.I)
# "the death toll from the clashes has risen to 15 after four more people were killed in renewed attacks": a
# toll that rose by the dead of a new act of a series is the series' tally, not that act's toll (the four);
# not "… rose to 42 after three more people died in hospital", the same act's dead
_RENEWED_AFTER = re.compile(r"[^.;]{0,30}?\bafter\s+(?:[\w’'-]+\s+){0,3}?(?:more|other|others|another)\b[^.;]{0,60}?"
                            r"\b(?:in|during|when)\s+(?:an?\s+|the\s+)?(?:" +
                            "|".join(sorted(_W["renewed_acts"], key=len, reverse=True)) +
                            r")\s+(?:[\w-]+\s+)?(?:attacks?|clash(?:es)?|fighting|violence|raids?|assaults?|"
                            r"shelling|strikes?|air\s*strikes?|bombings?|ambush(?:es)?)\b", re.I)
# (a count then "and wounded" is the object of the verb before: "shot dead 15 … and wounded 30": 30 hurt)
_HURT_WORDS = r"injured|wounded|hurt"
_HURTING_WORDS = r"injur(?:ing|ed)|wound(?:ing|ed)"
_INJURED = re.compile(
    rf"(?:(?<!\bno )\b{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been|are)\s+)?(?<!\band )(?:{_HURT_WORDS})\b|"
    rf"(?:{_HURTING_WORDS})\s+{_QUAL}({_NUM})\b)", re.I)


_HELD_WORDS = r"arrested|detained|rounded up|held|picked up|apprehended"
_HOLDING_WORDS = r"arrest(?:ing|ed)|detain(?:ing|ed)"
_ARRESTS_WORDS = r"arrests|detentions"
_ARRESTED = re.compile(
    rf"(?:\b{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been)\s+)?(?<!\band )(?:{_HELD_WORDS})\b|"
    rf"(?:{_HOLDING_WORDS})\s+{_QUAL}({_NUM})\b|"
    rf"\b(?:made|make|makes|making|carried out)\s+{_QUAL}({_NUM})\s+(?:{_ARRESTS_WORDS})\b)", re.I)


_NONE_KILLED = re.compile(r"\b(?:no one|nobody|no casualties|no deaths|none)\b[^.]{0,30}\b(?:killed|hurt|injured|died|reported)|"
                          r"\bno\s+(?:[\w’'-]+\s+){1,2}?(?:were|was|have been|has been|had been)\s+(?:killed|hurt|injured|wounded)\b",
                          re.I)  # ("no soldiers were killed")
# "there were no casualties", "causing only material damage", "the bomb missed the patrol"
_NO_DEATHS = re.compile(r"\b(?:" + "|".join(re.escape(p.lower()) for p in sorted(_W["no_deaths"], key=len, reverse=True))
                        + r")\b", re.I)

# the count patterns above (all written in lower case) without re.I, for a sentence lowered once:
# about twice as fast as re.I on each. (Keyed by id: a compiled pattern's own hash and equality read
# its whole compiled code, thousands of words for these, on every lookup.)
_CASED = {id(p): re.compile(p.pattern) for p in (_KILLED, _DIED2, _DIED, _LOSS, _BODIES, _TOLL, _INJURED, _ARRESTED,
                                                 _NONE_KILLED, _NO_DEATHS)}


# a happening told as apart in time from the one before it ("one person was killed on Saturday, a day after
# troops killed 11"): its dead are its own
# ("… weeks after a similar blast that killed 19", "days before, gunmen had killed 11": a bare plural too)
_TIME_APART = re.compile(rf"\b(?:(?:a|an|one|{_NUM}|several|few)\s+(?:days?|weeks?|months?|hours?|nights?)\s+(?:after|before|earlier|later)|"
                         rf"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?:days|weeks|months|years)\s+(?:after|before|earlier))\b", re.I)


def _lowered(text: str) -> str | None:
    """``text`` in lower case for the patterns of ``_CASED``, where they find there what the patterns
    find in ``text`` with re.I, at the same offsets; None where they might not: a letter that lowers
    to two ("İ"), or one that re.I reads as "i" or "s" ("ı", "ſ")."""
    low = text.lower()
    return low if len(low) == len(text) and "ı" not in low and "ſ" not in low else None


# Words one of which each match of a pattern holds, found by a quick search (a literal's): a sentence
# without any is not scanned by the pattern, whose every match starts with a slow attempt at each word
# (each count pattern's words, as written in it; every alternative of _BODIES says "bodies", of _LOSS
# "loss" or "death", of _TOLL "toll" or "number")
# (each gate's words as plain strings too, a part of each of its words: a lower-case text is searched for them
# as substrings, far faster than by the pattern of words, whose "die" looks behind itself at every letter)
# (_TOLL's: "number", "toll" and the last word of each of toll_names, "count", "figure", "tally")
_TOLL_GATE = tuple(sorted({"toll", "number"} | {n.split()[-1].rstrip("s") for n in _W["toll_names"]}))
_GATES = {id(p): (re.compile(words, re.I), parts) for p, words, parts in (
    (_DIED, _DEAD_WORDS, ("kill", "dead", "die", "slain", "martyr", "lost", "perish", "behead", "hacked")),
    (_DIED2, _DEAD_WORDS2, ("kill", "dead", "die", "slain", "martyr", "perish")),
    (_BODIES, "bodies", ("bodies",)),
    (_INJURED, f"{_HURT_WORDS}|{_HURTING_WORDS}", ("injur", "wound", "hurt")),
    (_ARRESTED, f"{_HELD_WORDS}|{_HOLDING_WORDS}|{_ARRESTS_WORDS}",
     ("arrest", "detain", "rounded up", "held", "picked up", "apprehended", "detention")),
    (_KILLED, "kill|claim|massacr|slaughter|shot dead|gunned down|behead|execut|left|leaving",
     ("kill", "claim", "massacr", "slaughter", "shot dead", "gunned down", "behead", "execut", "left", "leaving")),
    (_LOSS, "loss|death|martyrdom|fatalities|lives", ("loss", "death", "martyrdom", "fatalities", "lives")), (_TOLL, "|".join(_TOLL_GATE), _TOLL_GATE),
    # (_NO_DEATHS's own phrases, each as a substring: a sentence that holds none is not scanned)
    (_NO_DEATHS, _NO_DEATHS.pattern, tuple(p.lower() for p in _W["no_deaths"])))}


def _finditer(pattern, text: str, low: str | None):
    """``pattern.finditer(text)``: its case-sensitive twin's on ``low`` (``_lowered(text)``) when there is one."""
    gate = _GATES.get(id(pattern))
    if gate is not None:  # (none of the words each of its matches holds: no match; a plain loop, no generator per call)
        if low is not None:
            for w in gate[1]:
                if w in low:
                    break
            else:
                return iter(())
        elif not gate[0].search(text):
            return iter(())
    return _CASED[id(pattern)].finditer(low) if low is not None else pattern.finditer(text)


def number(word: str) -> int | None:
    w = word.lower().replace(",", "").strip()
    if w.isdigit():  # ASCII digits only, and no count past a billion: a longer run of digits is no toll
        return int(w) if w.isascii() and len(w) <= 10 else None
    if w in _NUMWORDS:  # ("a dozen")
        return _NUMWORDS[w]
    parts = regex(r"[\s-]+").split(w)
    total = 0
    for p in parts:
        if p not in _NUMWORDS:
            return None
        if p in ("dozen", "hundred") and 0 < total < 100:
            total *= _NUMWORDS[p]  # "two dozen" 24, "two hundred and five" 205
        else:
            total += _NUMWORDS[p]
    return total or None


_MULTITUDES = _W["multitudes"]


def vague(count: Count) -> bool:
    """Whether a toll is told only by a multitude word ("dozens dead", "killing scores"), no number: the
    conservative stand-in ("dozens" is 12) that an exact count of the same dead, told after, replaces."""
    words = regex(r"[\w’'-]+").findall(count.span.text.lower())
    return any(w in _MULTITUDES for w in words) and not any(w[:1].isdigit() or w in _NUMWORDS and w not in _MULTITUDES
                                                            for w in words)


# a count told as the whole toll ("in total, three people … were killed", "21 had been killed in all")
_TOTAL = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(_W["toll_totals"], key=len, reverse=True)) + r")\b", re.I)


def told_as_total(sent) -> bool:
    """Whether the sentence ``sent`` that tells a toll tells it as a total ("In total, three people
    including the attacker were killed"): a later total replaces the parts told before."""
    return bool(_TOTAL.search(span_text(sent)))


def counted_as_toll(count: Count) -> bool:
    """Whether a count is told as the event's toll ("the death toll from the bombing rose to 15", "the
    number of people killed rose to 14"): the whole of its dead, which replaces a smaller count told before."""
    return bool(_TOLL.search(count.span.text))


def counted_as_bodies(count: Count) -> bool:
    """Whether a count is told as the bodies of the dead found or seen ("a witness saw the bodies of four
    victims", "police recovered 12 bodies"): the dead counted one by one, which a smaller toll told
    before them does not hold."""
    return "bodies" in count.span.text.lower() and bool(_BODIES.search(count.span.text))


def rival_toll(sent, killed: Count, told) -> bool:
    """Whether a sentence gives a source's own death toll of the event ("the military put the death toll
    at 27", "officials gave a toll of 27", "the army said the toll was 27"; word class toll_givers), no
    earlier figure the toll told before has superseded ("had initially put the toll at 27"; word class
    toll_superseded): a rival figure, of which ACLED takes the most conservative (FIELD.md). Not the toll
    of a part ("the death toll among the soldiers", "of soldiers", "its own toll"), nor a count the
    sentence ``told`` of the toll so far names ("killed 30 people, including 12 soldiers")."""
    if not counted_as_toll(killed) or _PART_TOLL.search(killed.span.text):
        return False
    if any(number(m.group(1)) == killed.value for m in _A_COUNT.finditer(span_text(told))):
        return False
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return not _TOLL_GIVERS.isdisjoint(lemmas) and _TOLL_SUPERSEDED.isdisjoint(lemmas)


_PART_TOLL = re.compile(r"\b(?:among|own)\b|\btoll\s+of\s+(?!\d)(?!the\s+(?:attack|raid|blast|bombing|massacre|violence)\b)", re.I)


_TOLL_GIVERS = _W["toll_givers"]
_TOLL_SUPERSEDED = _W["toll_superseded"]


_A_COUNT = re.compile(rf"\b({_NUM})\b", re.I)


def made_whole(told: Count, whole: Count) -> bool:
    """Whether a later count tells an event's toll so far as one part of a larger toll ("23 soldiers
    were killed" … "23 soldiers died, while all six attackers were killed": 29), its parts adding up to
    it, or naming it its part ("including"): the whole replaces the part."""
    if not told.value or whole.value <= told.value:
        return False
    if any(number(m.group(1)) == told.value for m in _INCLUDED_COUNT.finditer(whole.span.text)):
        return True  # "kills 10 children" … "11 civilians, including 10 children, have been killed": 11
    parts = [number(m.group(1)) for m in _A_COUNT.finditer(whole.span.text)]
    return told.value in parts and sum(n or 0 for n in parts) == whole.value


# a count a toll names as its part ("11 civilians, including 10 children")
_INCLUDED_COUNT = re.compile(r"\b(?:" + "|".join(sorted(_W["including"])) + rf")\s+{_QUAL}({_NUM})\b", re.I)


_MORE_DEAD = _W["more_dead"]
_COUNTED_ALREADY = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_W["counted_already"]))) + r")\b", re.I)
_DIED_OF_WOUNDS = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_W["died_of_wounds"]))) + r")\b|"
                             r"\bdied\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their)\s+(?:"
                             + "|".join(sorted(_W["wound_nouns"])) + r")\b", re.I)


_THE_COUNTED = re.compile(rf"(?:all\s+)?(?:the|these|those|both)\s+{_NUM}\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|these|those|both)\s+$", re.I)  # (a count's span may start at its number)


def added_later(sent, killed: Count) -> bool:
    """Whether a count told after an event's toll tells dead besides it: "two more died in hospital",
    "the bomber also died" (its words say more: data class more_dead, not "more than"), "three of the
    wounded later died", "a policeman succumbed to his wounds"; not "two of them died in hospital",
    whom the toll counted, nor "the two died of their wounds", the two it counted."""
    text = killed.span.text
    before = span_text(sent)[:max(0, killed.span.start - sent.start_char)]
    if _COUNTED_ALREADY.search(text) or _THE_COUNTED.match(text) or _THE_BEFORE.search(before):
        return False  # ("two of them", "the two died of their wounds")
    words = regex(r"[\w’'-]+").findall(text.lower())
    if any(w in _MORE_DEAD and (k + 1 == len(words) or words[k + 1] != "than") for k, w in enumerate(words)):
        return True
    if any(w in ("a", "an") and k + 1 < len(words) and (words[k + 1] in _ONE_MORE or _ORDINAL.fullmatch(words[k + 1]))
           for k, w in enumerate(words)):
        return True  # ("killing two worshippers" … "a third person died later in hospital", "a 16th victim died": one more)
    return bool(_DIED_OF_WOUNDS.search(span_text(sent)))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


_LASTING = re.compile(r"\b(?:last(?:ed|ing)?|took|take|takes|continu\w*|went on|go on|dragged on|raged)\b", re.I)
_N_DAY = re.compile(rf"\b({_NUM})[-\s]day\b", re.I)
_ONE = _W["one"]


def _one_victim(c: Mention) -> Count | None:
    """"The murder of a Saudi diplomat", "gunmen killed a journalist": one death, said in so many words."""
    tok = c.tok
    victim = None
    if c.noun:
        of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        victim = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    else:
        victim = next((ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")), None)
    if victim is None or victim.tag_ not in ("NN", "NNP") or any(ch.dep_ == "conj" for ch in victim.children) \
            or victim.lemma_.lower() in _COLLECTIVE:
        return None  # ("killed a family": how many is not said)
    if victim.pos_ == "NOUN" and not any(ch.lower_ in _ONE for ch in victim.children if ch.dep_ in ("det", "nummod", "poss")):
        return None
    if victim.pos_ == "PROPN" and victim.ent_type_ != "PERSON":
        return None
    a = min(tok.idx, victim.left_edge.idx)
    b = max(tok.idx + len(tok), victim.idx + len(victim))
    return Count(1, Span(a, b, doc_text(tok.doc)[a:b]))


def _one_death(sent, low: str) -> list[tuple[int, int, int]]:
    """"The gunfight resulted in the death of a passerby", "caused the death of a policeman": one death,
    its person named as one (as _one_victim reads "the murder of a diplomat"), each (start, end, 1) in
    the sentence's text (``low``: that text in lower case, for the quick check)."""
    if "death of " not in low:
        return []
    out = []
    for tok in sent:
        if tok.lower_ != "death" or tok.pos_ != "NOUN":
            continue
        of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        victim = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if victim is None or victim.tag_ not in ("NN", "NNP") or any(ch.dep_ == "conj" for ch in victim.children) \
                or victim.lemma_.lower() in _COLLECTIVE:
            continue  # ("the death of a family member and two children": the grammar's list, not one)
        if victim.pos_ == "NOUN" and not any(ch.lower_ in _ONE for ch in victim.children if ch.dep_ in ("det", "nummod")) \
                or victim.pos_ == "PROPN" and victim.ent_type_ != "PERSON":
            continue
        a = tok.idx - sent.start_char
        out.append((a, victim.idx + len(victim) - sent.start_char, 1))
    return out


_KILLING_VERBS = _W["killing_verbs"]
_DYING_VERBS = _W["dying_verbs"]
_COLLECTIVE = _W["collective_nouns"]
_FATAL_ADVERBS = _W["fatal_adverbs"]
_DEADLY_WORDS = frozenset({"dead", "death"}) | _FATAL_ADVERBS  # (the words _fatal's completions hold)
_NOT_KILLING = _W["not_killing"]
_NOT_QUITE = _W["not_quite"]
# (not a count's qualifier: "nearly 30 people died", "killing almost a dozen" are 30 and 12 dead)
_NEARLY = re.compile(r"\b(?:" + "|".join(sorted(_NOT_QUITE)) + rf")\b(?!\s+(?:a\s+)?{_NUM})", re.I)
_HURT_NOT_KILLED = _W["wounding_verbs"]
_NOT_DONE = _W["undone_auxiliaries"]
# killing told by a euphemism ("neutralised six terrorists"): a death only when done to the people its
# trigger class names (data/triggers.yaml, class `neutralise`), none when done to drones or bombs
_EUPHEMISM = load_triggers().classes["neutralise"]
_EUPHEMISMS = frozenset(w for w in load_triggers().verbs
                        if any(cls is _EUPHEMISM for _, cls in load_triggers().verbs[w]))


def _deadly_below(tok) -> bool:
    """Whether a word that can make a verb fatal ("dead", "death", "fatally") lies in the verb's
    subtree (its children and theirs, within its edges): found by bisection in the Doc's list of such
    words, before the verb's children are read one by one."""
    doc = tok.doc
    at = doc.user_data.get(_DEADLY_KEY)
    if at is None:
        at = doc.user_data[_DEADLY_KEY] = [i for i, w in enumerate(lower_words(doc)[0]) if w in _DEADLY_WORDS]
    if not at:
        return False
    k = bisect.bisect_left(at, tok.left_edge.i)
    return k < len(at) and at[k] <= tok.right_edge.i


_DEADLY_KEY = "sitrep.deadly_words"


def _fatal(tok) -> bool:
    """Whether a verb tells a death that happened: a killing verb ("murdered"), a verb of dying
    ("died"), or any verb completed by "dead" or "to death" ("shot dead", "beaten to death") or made
    fatal ("fatally stabbed") — not
    one negated, wished or to come ("did not kill", "threatened to kill", "will be executed")."""
    dead = tok.lower_ == "dead" and tok.dep_ == "acomp" and tok.head.lemma_ == "be"
    if dead:
        tok = tok.head  # "the gunman was dead" (its verb negated or to come: "will not be")
    elif tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "VB" or tok.dep_ in ("amod", "compound"):
        return False
    lemma = tok.lemma_.lower()
    # (the cheap tests of the word first; a verb's "lost their lives", "embraced martyrdom" read its children)
    if not (dead or lemma in _KILLING_VERBS or lemma in _DYING_VERBS or
            tok.lemma_ == "lose" and any(ch.dep_ == "dobj" and ch.lemma_.lower() == "life" for ch in tok.children) or
            _martyred(tok) or _lost_ranks(tok) is not None or _killing_phrasal(tok) or _sent_to_hell(tok) or
            lemma in _BURNING and _burnt_alive(tok) or
            lemma in _EUPHEMISMS and _object_matches(tok, _EUPHEMISM.objects) or lemma not in _NOT_KILLING and _deadly_below(tok) and any(
            ch.lower_ == "dead" and ch.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj") or
            ch.dep_ == "advmod" and ch.lower_ in _FATAL_ADVERBS or
            ch.dep_ == "prep" and ch.lower_ == "to" and any(g.lower_ == "death" for g in ch.children) or
            ch.dep_ == "dobj" and any(g.dep_ == "amod" and g.lower_ == "dead" and g.i == ch.i + 1 for g in ch.children) or
            # ("left a policeman and a civilian dead", the parser making the list's last words the noun "dead")
            ch.dep_ == "dobj" and lemma in _LEAVING and ch.conjuncts and ch.right_edge.lower_ == "dead"
            for ch in tok.children)):  # ("left a protester dead", the parser making "dead" the object's modifier)
        return False  # no death told ("sentenced to death" is none)
    if any(ch.dep_ == "conj" and ch.lemma_.lower() in _HURT_NOT_KILLED and any(
            g.dep_ == "cc" and g.lower_ == "or" for g in tok.children) for ch in tok.children):
        return False  # "20 people were killed or injured": the hurt counted with the dead
    perfect = any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in tok.children)  # ("said to have been killed")
    # ("25 militants were said to be killed", "are believed to be dead": a death told through a passive
    # verb of saying or believing, not one to come)
    perfect = perfect or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _RAISING and \
        any(ch.dep_ == "auxpass" for ch in tok.head.children)
    if any(ch.dep_ == "neg" or ch.dep_ in ("aux", "auxpass") and ch.lower_ in _NOT_DONE and not (ch.lower_ == "to" and perfect) or
           ch.dep_ == "advmod" and ch.lower_ in _NOT_QUITE for ch in tok.children):
        return False  # ("did not kill", "will be executed", "was nearly killed"; not "were said to have been killed")
    if any(ch.dep_ == "auxpass" and ch.tag_ in ("VBZ", "VBP") for ch in tok.children):
        return False  # "a terrorist who gets killed", "soldiers are killed every week": what happens, not what did
    return True

_LEAVING = _W["toll_leaving_verbs"]  # (the verb whose object is left dead: "left a soldier and two civilians dead")


def _burnt_alive(tok) -> bool:
    """"Burned three men alive", "two thieves were burnt alive", "burned alive two suspects": "alive" the
    state its victims are burned in (the verb's complement, or its object's modifier), a killing."""
    return any(ch.lower_ == "alive" and ch.dep_ in ("oprd", "acomp", "advmod", "xcomp", "advcl") or
               ch.dep_ in ("dobj", "nsubjpass") and any(g.lower_ == "alive" and g.dep_ == "amod" for g in ch.children)
               for ch in tok.children)


_BURNING = _W["burning_verbs"]


def _killing_phrasal(tok) -> bool:
    """"Gunned down", "mowed down": a verb that tells a killing with its particle (data class killing_phrasals)."""
    lemma = tok.lemma_.lower()
    return lemma in _PHRASAL_VERBS and any(ch.dep_ == "prt" and f"{lemma} {ch.lower_}" in _KILLING_PHRASALS
                                           for ch in tok.children)


_KILLING_PHRASALS = _W["killing_phrasals"]
_PHRASAL_VERBS = frozenset(p.split()[0] for p in _KILLING_PHRASALS)  # (their verbs: other verbs are passed at once)
_EMBRACING = _W["embracing_verbs"]
_MARTYRDOM = _W["martyrdom_nouns"]
_SACRIFICING = _W["sacrificing_verbs"]
_SACRIFICES = _W["sacrifice_nouns"]
_UTMOST = _W["utmost_words"]
_SENDING = _W["sending_verbs"]
_HELL = _W["hell_words"]


def _martyred(tok) -> bool:
    """"23 soldiers embraced shahadat", "attained martyrdom", "paid the supreme price", "made the
    ultimate sacrifice": a death, its subject the dead (as "lost their lives")."""
    lemma = tok.lemma_.lower()
    if lemma in _LIFE_GIVING_HEADS and any(ch.dep_ == "dobj" and ch.lemma_.lower() == "life" for ch in tok.children):
        prt = next((ch.lower_ for ch in tok.children if ch.dep_ == "prt"), None)
        return (f"{lemma} {prt}" if prt else lemma) in _LIFE_GIVING  # "laid down their lives", "gave his life"
    if lemma in _EMBRACING:
        return any(ch.dep_ == "dobj" and ch.lemma_.lower() in _MARTYRDOM for ch in tok.children)
    return lemma in _SACRIFICING and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _SACRIFICES and any(
        g.dep_ == "amod" and g.lower_ in _UTMOST for g in ch.children) for ch in tok.children)


_LIFE_GIVING = _W["life_giving_verbs"]
_LIFE_GIVING_HEADS = frozenset(w.split()[0] for w in _LIFE_GIVING)


def _sent_to_hell(tok) -> bool:
    """"All six terrorists were sent to hell": a killing, told as armed forces' statements tell it."""
    return tok.lemma_.lower() in _SENDING and any(ch.dep_ == "prep" and ch.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _HELL for g in ch.children) for ch in tok.children)


def _lost_ranks(verb):
    """The counted ranks an active "lose" names as its object ("the army lost four soldiers", "lost 12 of
    its men"; word class lost_ranks): its dead, the object's noun (or the number of a part of them); None
    when "lose" tells no such dead ("lost two vehicles", "lost contact", "were lost")."""
    if verb.lemma_ != "lose":
        return None
    for ch in verb.children:
        if ch.dep_ != "dobj":
            continue
        if ch.pos_ == "NUM":  # "lost 12 of its men"
            of = next((g for g in ch.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            ranks = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            return ch if ranks is not None and ranks.lemma_.lower() in _LOST_RANKS else None
        if ch.lemma_.lower() in _LOST_RANKS and any(g.dep_ == "nummod" for g in ch.children):
            return ch
    return None


_LOST_RANKS = _W["lost_ranks"]


def _victims(verb) -> list:
    """Who died by ``verb``: the subject of a verb of dying or of a passive ("two guards were shot
    dead", "a man was shot and killed"), the object of an active killing ("killed a driver"), the noun
    a participle describes ("five soldiers killed in an ambush"); [] when not said."""
    if verb.lower_ == "dead" or _slain_as_state(verb):  # "the gunman was dead", "he was also slain" (parsed as "was")
        return [ch for ch in verb.head.children if ch.dep_ == "nsubj"]
    passive = verb.tag_ == "VBN" and (any(ch.dep_ in ("nsubjpass", "auxpass", "agent") for ch in verb.children) or
                                      verb.dep_ == "conj" and any(ch.dep_ in ("nsubjpass", "auxpass")
                                                                  for ch in verb.head.children))
    ranks = _lost_ranks(verb)
    if ranks is not None:
        return [ranks]  # "the army said it lost four soldiers": the four
    if verb.lemma_.lower() in _DYING_VERBS or verb.lemma_ == "lose" or _martyred(verb):  # ("a soldier lost his life": _fatal)
        deps = ("nsubj",)
    elif passive:
        deps = ("nsubjpass",)
    else:
        deps = ("dobj",)
    out = _args(verb, deps)
    if deps == ("dobj",) and out:
        # "killed four policemen and up to 25 attackers", the parser hanging the list's last noun on the
        # verb: a counted noun joined to an active killing after its object is one more of its victims
        # ("killing a commander and two of his bodyguards": a bare number with its "of" hung there too)
        out += [ch for ch in verb.children if ch.dep_ == "conj" and ch.i > out[-1].i
                and (ch.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "nummod" for g in ch.children)
                     or ch.pos_ == "NUM" and any(g.dep_ == "prep" and g.lower_ == "of" for g in ch.children))]
    if out:
        # "killed a commander along with four of his bodyguards", "… together with his driver": more victims
        for host in (verb, *out):
            for p in host.children:
                if p.dep_ == "prep" and p.lower_ in _ALONG:
                    inner = next((g for g in p.children if g.dep_ == "prep" and g.lower_ == "with"), p)
                    out += [g for g in inner.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "NUM")]
    if not out and verb.dep_ == "conj" and deps != ("dobj",):
        # "was shot and killed", "was shot in Kisumu and died": the first verb's subject
        out = _args(verb.head, ("nsubj", "nsubjpass"))
    if not out and verb.dep_ == "xcomp" and deps != ("dobj",) and verb.head.lemma_.lower() in _RAISING:
        # "97 people were said to have been killed", "two soldiers are believed to have died": the subject
        # of the verb that tells it (data class raising_verbs)
        out = _args(verb.head, ("nsubjpass",))
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        out = [verb.head]
    if verb.dep_ == "relcl" and out and out[0].lower_ in ("who", "that", "which"):
        out = [verb.head]  # "three men who were killed"
        of = verb.head.head
        if verb.head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and \
                verb.head.lemma_.lower() in _COLLECTIVE and of.head.lemma_.lower() not in _COLLECTIVE:
            out = [of.head]  # "seven members of one family, who died": the members, as the parser hangs it on the family
    doc = verb.doc  # a dateline the parser made a subject ("KABUL, Afghanistan: ...") is no victim; a counted
    # common noun before a dash is ("Nine people - five women and four children - died": the nine)
    return [x for x in out if x.pos_ == "NOUN" and not x.text.isupper() and any(g.dep_ == "nummod" for g in x.children)
            or x.right_edge.text not in _DATELINE_END and
            (x.right_edge.i + 1 >= len(doc) or doc[x.right_edge.i + 1].text not in _DATELINE_END)]


def _slain_as_state(verb) -> bool:
    """Whether the parser made a passive participle the complement of "be" ("he was also slain": "slain"
    an acomp of "was", whose subject is the dead)."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be"


def _args(verb, deps: tuple) -> list:
    """The children of ``verb`` in the relations ``deps``, and the subjects the parser hung on its
    auxiliary instead ("all six terrorists were … sent to hell": "terrorists" on "were")."""
    out = [ch for ch in verb.children if ch.dep_ in deps]
    if not out and "dobj" not in deps:
        out = [g for ch in verb.children if ch.dep_ in ("aux", "auxpass") and ch.i < verb.i
               for g in ch.children if g.dep_ in deps]
    return out


_DATELINE_END = {":", "-", "—", "–"}
_REFLEXIVE = _W["reflexive_pronouns"]  # (one person, who is also the doer: the killer's own death)
_RAISING = _W["raising_verbs"]
_ALONG = _W["along_with"]


def _along(v) -> bool:
    """Whether a victim is added by "along with" / "together with" / "alongside" (_victims)."""
    p = v.head
    return v.dep_ == "pobj" and (p.lower_ in _ALONG or p.lower_ == "with" and p.head.lower_ in _ALONG)


_TOTAL_NOUNS = _W["total_nouns"]
_ONE_MORE = _W["one_more_person"]
_BOTH = _W["both_words"]


def _told_hurt(tok) -> bool:
    """Whether a victim joined to a list of the dead is told as hurt, not dead, by the word after it
    ("the casualties included four dead and 30 injured")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lemma_.lower() in _HURT_NOT_KILLED


def _one_more(tok) -> bool:
    """Whether a victim is told as one more person, no noun after ("another", "a third")."""
    return tok.lower_ in _ONE_MORE and (tok.lower_ == "another" or any(ch.dep_ == "det" and ch.lower_ in ("a", "an")
                                                                       for ch in tok.children))


def _head_count(tok) -> int | None:
    """How many people one noun of the victims names: its number ("seven women", "three"), one for
    one person named or singled out ("a driver", "her husband", "another man", "Jane Doe"); None
    when not said ("civilians", "they", "a family")."""
    if tok.lower_ in _TOTAL_NOUNS:  # "a total of 27 terrorists": the 27
        of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return _head_count(counted) if counted is not None and counted.lower_ not in _TOTAL_NOUNS else None
    if _one_more(tok):
        return 1  # "a third died in hospital", "another succumbed to his wounds": one more person
    if tok.lower_ in _BOTH or tok.tag_ == "NNS" and any(ch.dep_ in ("det", "predet") and ch.lower_ in _BOTH
                                                       for ch in tok.children):
        return 2  # "both died on the way to hospital", "both officers later died"
    if tok.lower_ in _MULTITUDES:
        return number(tok.lower_)  # "eight soldiers and dozens of villagers": dozens at their fewest (12)
    if tok.pos_ == "NUM" or tok.like_num:
        if any(ch.dep_ == "det" and ch.lower_ == "no" for ch in tok.children):
            return None  # "no one was killed"
        return number(tok.text)
    nums = [ch for ch in tok.children if ch.dep_ == "nummod" or
            ch.dep_ == "compound" and ch.like_num and number(ch.text) is not None]  # ("Eleven" read as a name)
    if nums:
        words = [t for t in nums[0].subtree if t.like_num or t.lower_ in _NUMWORDS]
        return number(nums[0].text) if len(words) == 1 else None
    if tok.pos_ == "PRON" or tok.lemma_.lower() in _COLLECTIVE or tok.lower_ in _COLLECTIVE:
        return None
    if tok.tag_ == "NNP":
        return 1 if _a_person(tok) else None
    if tok.tag_ == "NN" and any(ch.dep_ in ("det", "poss") and ch.lower_ in _ONE | {"another"} for ch in tok.children):
        return 1
    return None


def _a_person(tok) -> bool:
    """Whether a proper noun names a person: the parser's entity says so, of the name or of a word
    of it ("Jawan Dinesh Nag"), or a relative "who" describes it ("Nijjar, who was gunned down"),
    where the entity reader took the name for a place."""
    name = [ch for ch in tok.children if ch.dep_ == "compound" and ch.tag_ == "NNP"]
    if tok.ent_type_ == "PERSON" or any(ch.ent_type_ == "PERSON" for ch in name):
        return True
    if name and not tok.ent_type_ and not any(ch.ent_type_ for ch in name):
        return True  # a name of words no entity was read in ("Jawan Dinesh Nag was killed")
    return any(ch.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in ch.children)
               for ch in tok.children)


def _name_among_persons(tok) -> bool:
    """Whether a proper noun listed beside persons' names is a full name of one (_deaths_told): a name of
    two or more words ("Dinesh Kumar") that no entity reads as a place, a group of people or a time."""
    return tok.tag_ == "NNP" and tok.ent_type_ not in _NOT_PERSON_ENTITIES and \
        any(ch.dep_ == "compound" and ch.tag_ == "NNP" and ch.ent_type_ not in _NOT_PERSON_ENTITIES for ch in tok.children)


_NOT_PERSON_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "EVENT", "LAW", "LANGUAGE"})


def _dateline(sent) -> int:
    """The index of the token that ends a dateline opening the sentence ("MANILA, Philippines - Eleven
    soldiers …", "KIDAL, Mali: …"): a few capitalised words and commas before a dash or colon; -1 if none."""
    for tok in sent[:8]:
        if tok.text in _DATELINE_END and tok.i > sent.start:
            return tok.i
        if not (tok.is_punct or tok.text[:1].isupper() or tok.text.startswith("(")):
            return -1
    return -1


def _told_as_part(between: str) -> bool:
    """Whether the words between a counted victim and a noun listed after it tell that noun as a part of
    the count, not more dead: "of them", "among them" and the like with no comma after them ("40 people,
    most of them women and children, died" is 40; not "killed ten people, among them two soldiers, and a
    farmer", whose farmer is one more)."""
    m = None
    for m in _COUNTED_ALREADY.finditer(between):
        pass
    return m is not None and "," not in between[m.end():]


def _verbs_dead(sent) -> list:
    """Each verb of killing or dying of the sentence with its victims, where its clause counts them: (the
    clause's verb, the victims' indices, start, end, count) as :func:`_deaths_told` adds them up, read once
    per Doc and sentence (the adding up depends on another event's words, this does not)."""
    return per_sentence(sent, _VERBS_DEAD_KEY, lambda: _verbs_dead_read(sent))


_VERBS_DEAD_KEY = "sitrep.verbs_dead"


def _verbs_dead_read(sent) -> list:
    told = []
    opening = None  # a dateline the parser took for a victim is none, its list's others are (read at the first victim)
    doc = sent.doc
    tags, lows = coarse_tags(doc), lower_words(doc)[0]
    for i in range(sent.start, sent.end):
        if tags[i] not in ("VERB", "AUX") and lows[i] != "dead":
            continue  # (_fatal tells deaths only by verbs and "dead": a Token is made only for them)
        tok = doc[i]
        if not _fatal(tok):
            continue
        victims = _victims(tok)
        if victims and opening is None:
            opening = _dateline(sent)
        heads = {}
        for k, v in enumerate(victims):
            if k and not any(t.dep_ == "cc" for t in sent.doc[victims[k - 1].i:v.i]) and not _along(v):
                continue  # "killed 10 people, among them four soldiers": not one more list
            for x in (v, *v.conjuncts, *_listed_appos(v)):
                if x.i > v.i and _told_as_part(doc_text(doc)[v.idx + len(v):x.idx]):
                    continue  # "40 people, most of them women and children, died": the 40's parts, not more dead
                if x.i > opening and x.pos_ not in ("VERB", "AUX") and not (x.i != v.i and _told_hurt(x)):
                    heads[x.i] = x  # (not a noun the parser joined to the verb, nor "… four dead and 30 injured": the hurt)
        if not heads:
            continue
        beside = _others_beside(heads)  # ("Police chief, 12 others killed": the chief and the 12)
        listed = sorted(heads.values(), key=lambda x: x.i)
        counts = [1 if x.i in beside and _head_count(x) is None else _head_count(x) for x in listed]
        if None in counts and len(listed) > 1 and any(x.tag_ == "NNP" and n == 1 for n, x in zip(counts, listed)):
            # "Ramesh Yadav, Sunil Paswan and Dinesh Kumar were killed": a full name listed among persons' names is
            # a person's, whatever the entity reader took it for (not a place's: "Ali Khan and Quetta")
            counts = [1 if n is None and _name_among_persons(x) else n for n, x in zip(counts, listed)]
        also = any(ch.dep_ == "advmod" and ch.lower_ in _MORE_DEAD
                   for ch in (*tok.children, *(tok.head.children if _slain_as_state(tok) else ())))
        itself = len(listed) == 1 and listed[0].lower_ in _REFLEXIVE  # ("detonated his explosives, killing himself")
        if any(n is not None for n in counts) or len(counts) == 1 and (tok.lemma_.lower() in _DYING_VERBS or also or itself):
            # "killing him and two guards": the one person a pronoun names is one of the list's dead;
            # "he was taken to hospital, where he died", "before he was also slain": one dead (not "when
            # he was shot dead", told of one whose death a report tells again)
            counts = [1 if n is None and x.pos_ == "PRON" and x.lower_ in _ONE_PERSON else n
                      for n, x in zip(counts, listed)]
        if any(n is None or n > 100000 or 1900 <= n <= 2100 for n in counts) or not sum(counts):
            continue
        if len(counts) > 2 and counts[0] == sum(counts[1:]):
            counts = counts[:1]  # "killed 10 people, four soldiers and six civilians": the 10, told in parts
        toks = [tok, *heads.values()]
        first = max(min(x.left_edge.i for x in heads.values()), opening + 1)
        a = min(sent.doc[first].idx, tok.idx) - sent.start_char
        b = max(x.idx + len(x) for x in toks) - sent.start_char
        verb = tok.head if tok.lower_ == "dead" and tok.dep_ == "acomp" or _slain_as_state(tok) else tok
        told.append((verb, set(heads), a, b, sum(counts)))
    return told


def _deaths_told(sent, apart: frozenset = frozenset()) -> list[tuple[int, int, int]]:
    """The deaths the sentence's grammar tells, each (start, end, count) in the sentence's text: the
    victims of each verb of killing or dying, added up over a list ("Nine soldiers, including a
    major, and a farmer were killed" is 10; "a soldier, as well as 12 militants, were killed" 13).
    A list with a part not counted ("two soldiers and several civilians") gives nothing. Deaths told
    by verbs joined by "and" add up ("ten soldiers were killed and one attacker also died" is 11);
    a death told in another clause ("…, a day after troops killed 11") stays apart, as do deaths told
    among ``apart``'s words (another event's: _casualties's ``elsewhere``) and deaths told outside them."""
    told = _verbs_dead(sent)  # (clause verb, victims, start, end, count)
    out = []
    # ("gunmen killed three men in a bar, while police killed two suspects in separate incidents": each
    # clause's dead are its own happening's, not added up)
    text = span_text(sent)
    apart_told = len(told) > 1 and _told_apart(text)
    for verb, victims, a, b, n in told:
        # ("two officers died at the scene; another succumbed in hospital": one more, whatever joins them)
        more = all(_one_more(sent.doc[i]) for i in victims)
        for k, (v2, victims2, a2, b2, n2) in enumerate(out):
            if apart_told:
                break
            if (_joined(verb, v2) or more and k == len(out) - 1) and not victims & victims2 \
                    and bool(victims & apart) == bool(victims2 & apart) \
                    and not (b2 < a and (_ANOTHER_EVENT.search(text, b2, a) or _TIME_APART.search(text, b2, a))):
                # (not "killed 12 on Monday and, in a second attack on Tuesday, killed six more": that attack's)
                out[k] = (v2, victims | victims2, min(a, a2), max(b, b2), n + n2)
                break
        else:
            out.append((verb, victims, a, b, n))
    return [(a, b, n) for _, _, a, b, n in out]


def _also_other_side(sent, text: str, found: list, spans: list) -> bool:
    """Whether the second of a sentence's two counts of the dead tells more dead of another kind ("nine
    soldiers died, the army said, adding that 14 attackers were also killed"): its words say so ("also",
    "more": data class more_dead, not "more than"), the first's do not, and the two name people of
    different kinds (not "people", data class counted_people)."""
    (a1, b1), (a2, b2) = spans
    if any(x < b1 and a1 < y and x < b2 and a2 < y for x, y, _ in found):
        return False  # (one count told of both already: "ten soldiers were killed and one attacker also died", 11)
    kinds = [{t.lemma_.lower() for t in sent if a <= t.idx - sent.start_char < b and t.pos_ == "NOUN"} - _PLAIN_COUNTED
             for a, b in spans]
    if _two_sides_dead(_kinds_counted(sent, spans)) and not _apart_before(text, b1, a2) \
            and not _LATER_DAY.search(text, b1):
        return True  # "11 soldiers were killed …, according to the authorities, who said 26 jihadists were killed": 37
    second = regex(r"[\w’'-]+").findall(text[a2:b2].lower())
    if not any(w in _MORE_DEAD and (k + 1 == len(second) or second[k + 1] != "than") for k, w in enumerate(second)):
        return False
    if any(w in _MORE_DEAD for w in regex(r"[\w’'-]+").findall(text[a1:b1].lower())):
        return False
    return all(kinds) and kinds[0].isdisjoint(kinds[1])


def _kinds_counted(sent, spans) -> list[set]:
    """The nouns (lemmas) of each count's words, with the noun its number counts outside them ("killing
    nine [soldiers]"), less those of no kind ("people")."""
    return [{(t.head if t.dep_ == "nummod" and t.head.i >= t.i else t).lemma_.lower()
             for t in sent if a <= t.idx - sent.start_char < b and (t.pos_ == "NOUN" or t.dep_ == "nummod")}
            - _PLAIN_COUNTED for a, b, *_ in spans]


def _two_sides_dead(kinds: list) -> bool:
    """Whether two counts' nouns name the dead of the two sides of a fight: the one a state's forces
    (data class toll_force_ranks), the other an armed group's (toll_armed_ranks), neither both."""
    a, b = kinds
    fa, fb = not a.isdisjoint(_TOLL_FORCE_RANKS), not b.isdisjoint(_TOLL_FORCE_RANKS)
    ga, gb = not a.isdisjoint(_TOLL_ARMED_RANKS), not b.isdisjoint(_TOLL_ARMED_RANKS)
    return fa != ga and fb != gb and fa != fb


_TOLL_FORCE_RANKS = frozenset(_W["toll_force_ranks"])
# ("… killing 15 soldiers; the army said it killed 30 jihadists the next day": another day's fight)
_LATER_DAY = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_W["later_days"]))) + r")\b", re.I)
_TOLL_ARMED_RANKS = frozenset(_W["toll_armed_ranks"])


def _apart_before(text: str, b: int, t: int) -> bool:
    """Whether the words of ``text`` from ``b`` (the end of a count) up to the trigger at ``t`` (its word
    included) tell the trigger's happening as another one, or apart in time ("… killed 12 on Monday and,
    in a second attack on Tuesday, killed six more"; "… killed 11, and two days later gunmen struck")."""
    end = min(len(text), t + 30)
    return any(m.start() < t for pat in (_ANOTHER_EVENT, _TIME_APART) for m in pat.finditer(text, b, end))


def _told_apart(text: str) -> bool:
    """Whether a sentence tells its happenings as separate ones ("… in separate incidents"): quick word first."""
    return "separate" in text.lower() and bool(_SEPARATE.search(text))


_SEPARATE = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?(?:incidents|attacks|raids|clashes|shootings|ambushes|"
                       r"operations|strikes|bombings|blasts|explosions|encounters)\b", re.I)


def _listed_appos(v) -> tuple:
    """The rest of a list of counted dead the parser hangs on its first noun as an apposition ("14 soldiers,
    18 militants and three civilians were killed": "militants" the apposition of "soldiers", "civilians"
    its conjunct): the apposition and its conjuncts, when it is counted and joined to more; () otherwise
    (a list told as the parts of the count before it, "10 people, four soldiers and six civilians", is
    read as the 10 by _deaths_told)."""
    for ch in v.children:
        if ch.dep_ == "appos" and ch.conjuncts and any(g.dep_ == "nummod" for g in ch.children) \
                and any(g.dep_ == "nummod" for g in v.children):
            return (ch, *ch.conjuncts)
    return ()


def _others_beside(heads: dict) -> set[int]:
    """Add to the victims ``heads`` (by index) the one person a count of "others" is told beside, as
    a headline's comma joins them ("Police chief, 12 others killed", "killed a tribal elder, two
    others": the elder and two more; the parser makes "others" the person's apposition): the indices
    of such persons named by a bare singular noun ("chief"), each one of the dead."""
    beside = set()
    for x in list(heads.values()):
        pairs = [(x.head, x)] if x.dep_ == "appos" else []
        pairs += [(x, ch) for ch in x.children if ch.dep_ == "appos"]
        for person, others in pairs:
            if others.lower_ != "others" or not any(ch.dep_ == "nummod" for ch in others.children) \
                    or person.tag_ not in ("NN", "NNP", "NNS") or person.lemma_.lower() in _COLLECTIVE:
                continue
            heads.setdefault(person.i, person)
            heads.setdefault(others.i, others)
            if person.tag_ != "NNS":
                beside.add(person.i)
    return beside


_DEAD_NOUNS = _W["dead_nouns"]
_LISTING = _W["listing_verbs"]


def _dead_listed(sent) -> list[tuple[int, int, int]]:
    """The dead a clause lists as the dead ("Among the dead were eight passengers and the driver" 9,
    "the dead included four women and two men" 6, "those killed included a nurse and two children" 3),
    each (start, end, count) in the sentence's text; nothing when a part of the list is not counted."""
    out = []
    lows = lower_words(sent.doc)[0]
    for i in range(sent.start, sent.end):
        if lows[i] not in _DEAD_NOUNS and lows[i] != "those":
            continue  # (a Token is made only for "the dead" and "those")
        t = sent.doc[i]
        if t.lower_ in _DEAD_NOUNS and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in t.children):
            pass  # "the dead"
        elif not (t.lower_ == "those" and any(ch.dep_ in ("acl", "relcl") and _fatal(ch) for ch in t.children)):
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "among" else t.head if t.dep_ == "nsubj" else None
        if verb is None or verb.lemma_.lower() not in _LISTING or any(ch.dep_ == "neg" for ch in verb.children):
            continue
        listed = [ch for ch in verb.children if ch.dep_ in ("nsubj", "attr", "dobj") and ch.i != t.i
                  and ch.pos_ in ("NOUN", "PROPN", "NUM")]
        if len(listed) != 1:
            continue
        heads = [listed[0], *listed[0].conjuncts]
        counts = [_head_count(x) for x in heads]
        if any(n is None or n > 100000 or 1900 <= n <= 2100 for n in counts) or not sum(counts):
            continue
        toks = [t, verb, *heads]
        a = min(x.left_edge.idx for x in toks) - sent.start_char
        b = max(x.idx + len(x) for x in toks) - sent.start_char
        out.append((a, b, sum(counts)))
    return out


_CORPSES = _W["corpse_nouns"]
_FOUND_FORMS = _W["bodies_found"]


def _bodies_listed(sent, low: str) -> list[tuple[int, int, int]]:
    """The dead counted as bodies found, listed by "of" ("the remains of Captain A and six soldiers were
    recovered" 7, "troops recovered the bodies of a police officer and four civilians" 5), each (start, end,
    count) in the sentence's text (``low``: that text in lower case, for the quick check); nothing when a
    part of the list is not counted ("the bodies of two men and several women")."""
    if not any(f"{w} of " in low for w in _CORPSES):
        return []
    out = []
    lows = lower_words(sent.doc)[0]
    for i in range(sent.start, sent.end):
        if lows[i] not in _CORPSES:
            continue
        t = sent.doc[i]
        verb = t.head
        if t.dep_ not in ("nsubjpass", "dobj") or verb.lower_ not in _FOUND_FORMS or any(ch.dep_ == "neg" for ch in verb.children):
            continue
        of = next((ch for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        first = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if first is None:
            continue
        heads = [first, *first.conjuncts]
        counts = [_head_count(x) for x in heads]
        if any(n is None or n > 100000 or 1900 <= n <= 2100 for n in counts) or not sum(counts):
            continue
        toks = [t, verb, *heads]
        a = min(x.left_edge.idx if x is t else x.idx for x in toks) - sent.start_char
        b = max(x.idx + len(x) for x in toks) - sent.start_char
        out.append((a, b, sum(counts)))
    return out


def _joined(v, w) -> bool:
    """Whether two verbs are coordinated ("… were killed and one attacker died"), or one tells its
    deaths beside the other's ("four soldiers were killed while five militants died")."""
    def first(x):
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        return x
    if v.i == w.i:
        return False
    # (the clause beside it may hang on the other's verb, or on the verb both hang on: "attacked the
    # camp, killing 12 soldiers, while 18 assailants were killed")
    return first(v).i == first(w).i or any(
        a.dep_ == "advcl" and (first(a.head).i == first(b).i or b.dep_ == "advcl" and a.head.i == b.head.i)
        and any(ch.dep_ == "mark" and ch.lower_ in _BESIDE for ch in a.children)
        for a, b in ((v, w), (w, v)))


_BESIDE = _W["deaths_beside"]


def _count(pattern, sent, doc) -> Count | None:
    text = span_text(sent)
    for m in _finditer(pattern, text, _lowered(text)):
        g = next((x for x in m.groups() if x), None)
        if g is None:
            continue
        n = number(g)
        if n is None or n > 100000:
            continue
        a = sent.start_char + m.start()
        return Count(n, Span(a, sent.start_char + m.end(), text[m.start():m.end()]))
    return None


# A count told as a running tally of a campaign or a crisis, not as one event's dead; a war's killing in
# the perfect is its tally too ("the insurgency, which began in 2004, has killed 6,000": data class war_nouns)
_WARS = "|".join(sorted(_W["war_nouns"], key=len, reverse=True))
# the dead a gathering carries or buries, named by what of theirs it bears ("marched carrying the
# coffins of eight activists who died in a clash"; word class mourned_things): dead of another happening
_MOURNED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _W["mourned_things"]) +
                      r")s?\s+of\s+(?:the\s+|their\s+|those\s+)?$", re.I)
_CUMULATIVE_BEFORE = re.compile(r"\b(?:bringing|brings|bring|raising|raises|pushing|taking)\b[^.;]{0,40}$|"
                                r"\b(?:campaign|war|conflict|crisis|unrest|uprising|offensive)['’]s\s+(?:death\s+)?toll\b[^.;]{0,40}$|"
                                rf"\b(?:{_WARS})s?\b[^.;]{{0,50}}\b(?:has|have)\s+(?:(?:already|so\s+far|now)\s+)?$|"
                                # (a war's killing told in the past too: "the civil war, which began in 2011,
                                # claimed 500,000 lives", "the conflict killed 300,000 people")
                                rf"\b(?:{_WARS})s?(?:,[^.;]{{0,50}},)?\s+(?:(?:that|which)\s+)?$|"
                                # ("the past week has seen six people killed": a span of time's tally)
                                r"\b(?:past|last|recent)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks?|months?|years?)\s+"
                                r"(?:(?:has|have|had)\s+)?(?:seen|saw)\s+$",
                                re.I)


# (but "five more died overnight, taking the toll to 13": the event's own toll, its dead told in the clause
# before, no campaign's)
# (the toll pattern's match starts at "death toll", after the article: "… later died, raising the death toll to four")
_OWN_TOLL_TO = re.compile(r"\b(?:more|also|later)\b[^.;]{0,40}\b(?:bringing|taking|raising)\s+(?:the\s+)?$", re.I)
_BARE_TOLL_TO = re.compile(r"(?:the\s+)?(?:death\s+)?toll\s+to\s", re.I)  # (not "the toll of this year's fighting to 300")


_CUMULATIVE_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:since|so far|to date|this year|in recent (?:days|weeks|months|years)|"
                               r"over the (?:past|last)|during the (?:war|conflict|crisis|unrest|uprising))\b", re.I)


def continues_tally(before, sent) -> bool:
    """Whether sentence ``sent`` gives a death toll that names no happening of its own ("The government
    puts the death toll at nearly 200"), straight after sentence ``before`` tells a running tally ("More
    than 300 people have been killed since protests erupted in April"): the tally's figure told again by
    another source, not the toll of an attack told before (not "the toll from Monday's attack rose to 8")."""
    text = span_text(sent)
    if "toll" not in text.lower():
        return False
    m = _TOLL.search(text)
    if m is None or _NAMED_TOLL.search(m.group(0)):
        return False
    prev = span_text(before)
    return any(_tally_after(prev[x.end():x.end() + 70]) for pat in (_DIED, _KILLED) for x in pat.finditer(prev))


_NAMED_TOLL = re.compile(r"\btoll\s+(?:from|in|of|for|after)\b", re.I)  # ("the toll from the attack": its own)


def _tally_after(after: str) -> bool:
    """Whether the words after a count make it a running tally ("300 have been killed since April", "40
    so far"); not a record the count's happening sets ("killed 30 people, the deadliest attack on the city
    since 2019": data class record_words), whose "since" dates the record, not the count."""
    m = _CUMULATIVE_AFTER.search(after)
    if m is None:
        return False
    return not (after[m.end() - 5:m.end()].lower() == "since" and any(
        w in _RECORD_WORDS for w in regex(r"[\w’'-]+").findall(after[:m.end() - 5].lower())))


# the attacker's own death told after his victims' count ("… before turning the gun on himself", "… and then
# killed himself"; data class self_killing)
# (a phrase whose dead is "him" may have its killers named before it: "before police shot him dead")
_SELF_KILLED = re.compile(r"\b(?:before|then|and)\s+(?:then\s+)?(?:" + "|".join(
    (r"(?:[\w’'-]+\s+){0,3}?" if " him" in p else "") + re.escape(p)
    for p in sorted(_W["self_killing"], key=len, reverse=True)) + r")\b", re.I)
# (its phrases in lower case: a lowered sentence (tolls._lowered) without any has no match, found by a
# quick search for each as a substring before the pattern's slower one)
_SELF_KILLED_PARTS = tuple(p.lower() for p in _W["self_killing"])


def _self_killed(text: str, low: str | None, at: int = 0):
    """``_SELF_KILLED.search(text, at)``, passed at once where the lowered text (``low``) holds none of its phrases."""
    if low is not None and not any(p in low for p in _SELF_KILLED_PARTS):
        return None
    return _SELF_KILLED.search(text, at)


# more dead told after a count with its verb left out ("eight died on the spot and one more in hospital", "six
# were killed at the scene and another on the way to hospital"), not a clause with a verb of its own ("… and two
# others in hospital were hurt")
_GAPPED_MORE = re.compile(rf"[^.;]{{0,50}}?\s(?:and|while)\s+(?:({_NUM})\s+(?:more|others?)|another|one\s+other)"
                          r"(?=\s+(?:later\s+|subsequently\s+)?(?:in|at|on|after|from|while|during)\s)", re.I)
_GAPPED_VERB = re.compile(r"[^.;]{0,40}?\b(?:were|was|are|is|remain\w*|injur\w*|wound\w*|hurt|treated|receiv\w*|admitted|"
                          r"hospitali[sz]ed|rescued|escaped|survived)\b", re.I)


_AND_ONE_MORE = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}?and\s+(?:a|an|one)\s+(?:[\w’'-]+\s+)?"
                           r"(?:civilian|soldier|policeman|police officer|officer|child|woman|man|boy|girl|"
                           r"militant|attacker|guard|resident|villager|passer-by|student|teacher|worker)\b", re.I)


def _token_at(sent, offset: int):
    """The token of ``sent`` at character ``offset`` of its text (or the one before it)."""
    at = sent.start_char + offset
    starts = token_starts(sent.doc)
    return sent.doc[max(bisect.bisect_right(starts, at, sent.start, sent.end) - 1, sent.start)]


_NO_ONE = re.compile(r"\bno\s+$", re.I)  # ("no one", "no two")
# numbers told as ages ("two girls, aged 7 and 11, were killed": two, not eighteen)
_AGES = re.compile(rf"\b(?:aged?|ages)\s+(?:{_NUM}\s*(?:,|and|or|to)?\s*)*$", re.I)
_ONE_PERSON = _W["one_person_pronouns"]
# a count after a part of it is the whole the part is taken from ("seven out of the family's 10 children
# were killed", "three of the 12 miners died"): seven, three — not the whole
_PART_OF = re.compile(rf"\b{_NUM}\s+(?:out\s+)?of\s+(?:[\w’'-]+\s+){{0,3}}$", re.I)


# "five soldiers killed two militants", "two gunmen shot dead a man": a count, a verb with no auxiliary
# and then its object; the count is of the killers, not the dead
_AUX = re.compile(r"\b(?:were|was|have been|had been|are|being|been)\s", re.I)
_OBJECT_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_ONE | _W["pronouns"] | _MULTITUDES, key=len, reverse=True)) +
                          rf"|{_NUM})\b(?!(?:\s+[\w-]+)?\s+(?:days?|weeks?|months?|years?|hours?|nights?|mornings?|evenings?|afternoons?)\b)",
                          re.I)  # (not "killed the same day", "killed two weeks ago")


def _killers_counted(text: str, m) -> bool:
    """Whether a match of ``_DIED`` or ``_DIED2`` counts the subject of an active killing verb followed
    by its object ("three gunmen killed a teacher"), not the dead ("three soldiers were killed")."""
    return not _AUX.search(m.group(0)) and bool(_OBJECT_NEXT.match(text, m.end()))


# a count told as a range ("between 20 and 25 people", "two or three soldiers", "killed 15 to 20", "30-40
# dead") is its lower bound, as ACLED counts; not a toll revised "from 9 to 17"
_RANGE = re.compile(rf"\bbetween\s+({_NUM})\s+and\s+({_NUM})\b|(?<!\bfrom )\b({_NUM})\s+(?:to|or)\s+({_NUM})\b|"
                    r"(?<!\bfrom )\b(\d[\d,]*)\s*[-–]\s*(\d[\d,]*)\b", re.I)


def _ranges(text: str) -> dict[int, tuple[int, int]]:
    """The ranges ``text`` tells: at the start of each one's upper number, the start of its lower one and
    its lower bound."""
    out = {}
    for m in _RANGE.finditer(text):
        lo_g, hi_g = next((g, g + 1) for g in (1, 3, 5) if m.group(g))
        lo, hi = number(m.group(lo_g)), number(m.group(hi_g))
        if lo is not None and hi is not None and lo < hi:
            out[m.start(hi_g)] = (m.start(lo_g), lo)
    return out


_ONE_ACCOUNT = _W["one_account"]


def _claimed_count(sent, offset: int) -> bool:
    """Whether the count at ``offset`` of the sentence's text is told inside what a party claims or
    alleges ("the group claimed it killed 30 soldiers")."""
    tok = _token_at(sent, offset)
    while tok.head.i != tok.i:
        joined = tok.dep_ == "conj"  # ("claimed …, but officials said four died": the saying is not claimed)
        tok = tok.head
        if not joined and tok.lower_ in _ONE_ACCOUNT and tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def _sources_differ(sent, found: list) -> bool:
    """Whether each count of ``found`` (start, end, value) is told by a verb of saying of its own, two
    accounts with different figures ("residents said 12 were killed, while the police said two died")."""
    if len({f[2] for f in found}) < 2:
        return False
    sayers = set()
    for a, _, _ in found:
        tok = _token_at(sent, a)
        # (or a toll a source gives: "police said four were killed, while residents put the toll at 10")
        while tok.head.i != tok.i and not (tok.head.pos_ in ("VERB", "AUX") and (
                tok.head.lemma_.lower() in _SAYING and tok.dep_ in ("ccomp", "parataxis") or
                tok.head.lemma_.lower() in _TOLL_GIVERS and tok.dep_ in ("dobj", "prep") and tok.lemma_.lower() == "toll")):
            tok = tok.head
        if tok.head.i == tok.i:
            return False  # (a count told by the text itself)
        sayers.add(tok.head.i)
    if len(sayers) != len(found):
        return False
    if any(sent.doc[i].lemma_.lower() in _ADDING for i in sayers):
        return False  # ("… killing nine soldiers, the army said, adding that 14 attackers died": one source's account)
    # (not the dead of two kinds, each told by its own source: "the army said 10 militants were killed and
    # residents said three civilians died" is thirteen)
    kinds = [{t.lemma_.lower() for t in sent if a <= t.idx - sent.start_char < b and t.pos_ == "NOUN"} - _PLAIN_COUNTED
             for a, b, _ in found]
    return not any(k and j and k.isdisjoint(j) for i, k in enumerate(kinds) for j in kinds[i + 1:])


_SAYING = _W["speaking"]
_ADDING = frozenset(_W["adding_verbs"])
_PLAIN_COUNTED = _W["counted_people"]  # ("people", "person": a count of no kind)
_MONTH_NAMES = _W["months"]


_OWN_PRONOUNS = frozenset(_W["own_pronouns"])
_OWN_ACCOUNT_VERBS = frozenset(_SAYING) | frozenset(_ONE_ACCOUNT)


def own_kill_claimed(sent, count: Count) -> bool:
    """Whether a count is told as a party's own account of those it killed ("the group said it killed 47
    soldiers", "the rebels claimed they had killed 30 troops"): the killing's subject a pronoun of the
    speaker (own_pronouns) under a verb of saying or claiming. Another source's lower count of the same
    dead ("an officer said 10 soldiers had died") is the conservative figure ACLED keeps (disputed_lower)."""
    tok = _token_at(sent, count.span.start - sent.start_char)
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() != "kill" or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    return verb.head.lemma_.lower() in _OWN_ACCOUNT_VERBS and any(
        ch.dep_ == "nsubj" and ch.lower_ in _OWN_PRONOUNS for ch in verb.children)


def _counted_noun(sent, count: Count) -> str | None:
    """The noun a count counts ("killed 47 soldiers": soldier), by its number's head; None if none."""
    a, b = count.span.start - sent.start_char, count.span.end - sent.start_char
    for t in sent:
        if a <= t.idx - sent.start_char < b and t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN":
            return t.head.lemma_.lower()
    return None


def disputed_lower(told_in, told: Count, sent, killed: Count) -> bool:
    """Whether ``killed`` (of ``sent``) is another source's lower count of the dead that ``told`` (of
    ``told_in``) gives as the killers' own claim: "the group said it killed 47 soldiers" … "an army officer
    said 10 soldiers had died" is 10, the most conservative figure (FIELD.md); the same dead, by the noun
    both count, not the other side's ("the army said it killed 12 rebels" … "two soldiers died")."""
    if not 0 < killed.value < told.value or not own_kill_claimed(told_in, told) or own_kill_claimed(sent, killed):
        return False
    noun = _counted_noun(told_in, told)
    return noun is not None and noun == _counted_noun(sent, killed)


def _day_of_month(sent, offset: int) -> bool:
    """Whether the number at ``offset`` of the sentence's text is the day of a date the text names by
    its month ("On March 30, a woman was killed", "on 30 March two soldiers died")."""
    tok = _token_at(sent, offset)
    if tok.ent_type_ != "DATE" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31:
        return False  # (a day is written in figures: "On 30 March two soldiers …": the two are dead)
    doc = tok.doc
    return tok.head.lower_ in _MONTH_NAMES or any(
        0 <= j < len(doc) and doc[j].lower_ in _MONTH_NAMES for j in (tok.i - 1, tok.i + 1))


def _since_then(sent, offset: int, trigger_at: int | None) -> bool:
    """Whether the count at ``offset`` of the sentence's text is told in a clause of "since" that dates
    a record the sentence's happening sets ("the bombing was the deadliest since a suicide attacker killed
    60 at a rally", "the worst attack since gunmen killed 30 in 2019"): an earlier happening's dead, not
    the event's (unless the event's trigger is in that clause)."""
    x = _token_at(sent, offset)
    while x.head.i != x.i:
        if record_since(x):
            lo, hi = x.left_edge.idx, x.right_edge.idx + len(x.right_edge)
            return trigger_at is None or not lo <= trigger_at < hi
        x = x.head
    return False


def record_since(v) -> bool:
    """Whether verb ``v`` heads a clause of "since" that dates a record the clause it hangs on sets ("the
    deadliest attack since gunmen killed 30 in 2019", "the first such raid since troops stormed the
    town"; data class record_words, or any superlative): an earlier happening, not the one the record
    is told of."""
    if v.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in v.children):
        return False
    inner = {t.i for t in v.subtree}
    return any(t.tag_ == "JJS" or t.lower_ in _RECORD_WORDS for t in v.head.subtree if t.i not in inner)


_RECORD_WORDS = _W["record_words"]


_MISHAP_WORDS = _MISHAPS | _ROAD_VEHICLES
# what a crowd does (the heads of its protest: "rallied over", "protests against") and the verbs of its
# purpose or its demand ("to protest the deaths of", "demanding justice for"): word classes crowd_acts and
# triggers' crowd_scenes, protest_purposes and demanding_verbs
_PROTEST_HEADS = _W["crowd_acts"] | frozenset(load_triggers().crowd_scenes)
_PURPOSES = _W["protest_purposes"] | _W["demanding_verbs"]
_PROTEST_WORDS = _PROTEST_HEADS | _PURPOSES
_OCCASION_PREPS = _W["occasion_preps"]


def _protested_deaths(sent, a: int, trigger_at: int | None = None) -> bool:
    """Whether the count at offset ``a`` of ``sent``'s text names the dead a protest is about, not its own:
    inside the object of a verb of protesting or demanding ("marched to protest the deaths of three pupils",
    "demanding justice for five farmers killed last month") or of an occasion's preposition hung on a
    crowd's act ("rallied over the killing of two hawkers", "protests against the deaths of four")."""
    tok = _token_at(sent, a)
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        lemma = head.lemma_.lower()
        if tok.dep_ in ("dobj", "prep") and head.pos_ == "VERB" and lemma in _PURPOSES:
            return True
        if tok.dep_ == "prep" and tok.lower_ in _OCCASION_PREPS and lemma in _PROTEST_HEADS:
            return True
        if _sequel_of_crowd(tok, trigger_at):
            return True  # "rioted after a young man died in custody", "marched following the killing of two": the cause's dead
        if tok.dep_ in ("relcl", "ccomp", "advcl"):
            return False  # (a clause of its own: "… protesters, two of whom were killed")
        if head.pos_ in ("VERB", "AUX") and lemma not in _PURPOSES and tok.dep_ not in ("prep", "dobj"):
            return _sequel_of_crowd(head, trigger_at)  # ("marched after three people were killed": the clause's own verb)
        tok = head
    return False


def _sequel_of_crowd(tok, trigger_at: int | None = None) -> bool:
    """Whether ``tok`` is a clause or phrase of "after"/"following" (word class sequel_preps) hung on a
    crowd's act: "rioted after a man died in police custody", "protested following the deaths of two":
    what the crowd acts on, whose dead are not the crowd's act's (but are the dead of a trigger inside
    it, ``trigger_at``: "after two students were killed by soldiers" is that killing's toll)."""
    head = tok.head
    if head.lemma_.lower() not in _PROTEST_HEADS:
        return False
    if trigger_at is not None and tok.left_edge.idx <= trigger_at <= tok.right_edge.idx:
        return False
    if tok.dep_ == "prep":
        return tok.lower_ in _SEQUEL_PREPS
    return tok.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in _SEQUEL_PREPS for ch in tok.children)


_SEQUEL_PREPS = _W["sequel_preps"]


def _counted_by_mishap(sent, a: int, b: int) -> bool:
    """Whether the verb of dying or killing in a count's words (``a``..``b``, offsets in ``sent``'s text)
    tells a death by mishap (clauses._by_mishap: a road accident, a bus, a flood)."""
    lo, hi = sent.start_char + a, sent.start_char + b
    doc, starts = sent.doc, token_starts(sent.doc)  # (the count's own tokens, found by bisection)
    inside = range(bisect.bisect_left(starts, lo, sent.start, sent.end), bisect.bisect_left(starts, hi, sent.start, sent.end))
    return any((t.pos_ in ("VERB", "AUX") and _by_mishap(t) or t.pos_ == "NOUN" and any(
        ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _MISHAPS for ch in t.children))  # "the traffic deaths of two"
        for t in map(doc.__getitem__, inside))


def _grammar_counts(sent, elsewhere: frozenset, lowered: str) -> tuple:
    """The deaths the sentence's grammar tells (:func:`_deaths_told`, :func:`_dead_listed`,
    :func:`_bodies_listed`, :func:`_one_death`, in that order), read once per Doc, sentence and
    ``elsewhere``: each event of a sentence asks for them again (``lowered``: the sentence's text in
    lower case, the same for the same sentence)."""
    return per_sentence(sent, _GRAMMAR_COUNTS_KEY, lambda: tuple(
        _deaths_told(sent, elsewhere) + _dead_listed(sent) + _bodies_listed(sent, lowered) + _one_death(sent, lowered)),
        elsewhere)


_GRAMMAR_COUNTS_KEY = "sitrep.grammar_counts"


def _casualties(sent, doc, trigger_at: int | None = None,
                elsewhere: frozenset = frozenset()) -> tuple[Count | None, Count | None]:
    """The dead and the injured the sentence counts; with ``trigger_at`` (an event's trigger), not
    those of another event the sentence tells. ``elsewhere``: the tokens of the sentence that tell
    another event (the words of another event's noun: "… the port explosion which killed 218"): a
    count that starts in them is that event's. The sentence's own counts (no trigger, nothing
    elsewhere), which the slots ask of a sentence again and again, are read once per Doc."""
    if trigger_at is not None or elsewhere:
        return _casualties_read(sent, doc, trigger_at, elsewhere)
    return per_sentence(sent, _SENTENCE_COUNTS_KEY, lambda: _casualties_read(sent, doc))


_SENTENCE_COUNTS_KEY = "sitrep.sentence_counts"


def _pattern_counts(sent, text: str, low: str | None) -> list:
    """The counts of the dead the patterns find in the sentence (``text``, ``low``: its text and
    :func:`_lowered`), each (start, end, what :func:`_casualties_read` adds where the count is admissible
    there, or None where it never adds it: "five soldiers killed two militants"), read once per Doc and
    sentence: every event of a sentence asks for them again, with its own trigger."""
    made = sent.doc.user_data.get(_PATTERN_COUNTS_KEY)
    if made is None:
        made = sent.doc.user_data[_PATTERN_COUNTS_KEY] = {}
    key = (sent.start, sent.end)
    found = made.get(key)
    if found is not None:
        return found
    found = made[key] = []
    ranges = None  # (read at the first count found: most sentences have none)
    for pat in (_KILLED, _DIED2, _DIED, _LOSS, _BODIES, _TOLL):
        for m in _finditer(pat, text, low):
            if any(m.group(g) and _NO_ONE.search(text[:m.start(g)]) for g in range(1, len(m.groups()) + 1)):
                continue  # "no one was killed": none, not one
            if any(m.group(g) and _AGES.search(text[max(0, m.start(g) - 40):m.start(g)])
                   for g in range(1, len(m.groups()) + 1)):
                continue  # "aged 7 and 11": ages, not dead
            if pat in (_DIED, _DIED2) and _PART_OF.search(text[max(0, m.start() - 50):m.start()]):
                continue  # "seven out of the 10 children were killed": the 10 are the whole
            if any(m.group(g) and _day_of_month(sent, m.start(g)) for g in range(1, len(m.groups()) + 1)):
                continue  # "On March 30, a woman was killed": the day of a date, not the dead
            if pat is _TOLL and "after" in text[m.end():m.end() + 40] and _RENEWED_AFTER.match(text, m.end()):
                continue  # "the toll … has risen to 15 after four more were killed in renewed attacks": the four
            ns = []  # (number() reads words in lower case)
            if ranges is None:
                ranges = _ranges(text)
            for g in range(1, len(m.groups()) + 1):
                if not m.group(g):
                    continue
                lower = ranges.get(m.start(g))
                if lower is None:
                    ns.append(number(m.group(g)))
                elif not any(m.group(h) and m.start(h) == lower[0] for h in range(1, g)):
                    ns.append(lower[1])  # "20 to 25 were killed": 20 ("between 20 and 25": its first group's)
            if not ns or any(n is None or n > 100000 or 1900 <= n <= 2100 for n in ns):
                continue
            if pat in (_DIED, _DIED2) and _killers_counted(text, m):
                found.append((m.start(), m.end(), None))  # "five soldiers killed two militants": the two
                continue
            n = sum(ns)
            more = _AND_ONE_MORE.match(text[m.end():m.end() + 60]) if pat is _KILLED or pat is _LOSS and len(ns) == 1 else None
            if more:  # "killed 20 gendarmes and a civilian": one more
                found.append((m.start(), m.end(), (m.start(), m.end() + more.end(), n + 1)))
                continue
            found.append((m.start(), m.end(), (m.start(), m.end(), n)))
    return found


_PATTERN_COUNTS_KEY = "sitrep.pattern_counts"


def _casualties_read(sent, doc, trigger_at: int | None = None,
                     elsewhere: frozenset = frozenset()) -> tuple[Count | None, Count | None]:
    text = span_text(sent)
    low = _lowered(text)
    found = []
    lemmas: list[frozenset] = []  # the sentence's lemmas, read once a count is found (few sentences have one)

    def has_lemma(words: frozenset) -> bool:
        if not lemmas:
            lemmas.append(frozenset(lower_words(sent.doc)[1][sent.start:sent.end]))
        return not lemmas[0].isdisjoint(words)

    def admissible(a: int, b: int) -> bool:
        if elsewhere and _token_at(sent, a).i in elsewhere:
            return False  # "the explosion which killed 218": the explosion's dead
        if trigger_at is not None and sent.start_char + a > trigger_at and \
                (_ANOTHER_EVENT.search(text[trigger_at - sent.start_char:a]) or _TIME_APART.search(text[trigger_at - sent.start_char:a])):
            return False  # "… killed on Monday, and another attack left dozens dead", "… a day after troops killed 11": the other one's
        if trigger_at is not None and sent.start_char + b <= trigger_at and _apart_before(text, b, trigger_at - sent.start_char):
            return False  # "killed 12 on Monday and, in a second attack on Tuesday, killed six more": the second's six
        if _CUMULATIVE_BEFORE.search(text[max(0, a - 60):a]) and not (
                _OWN_TOLL_TO.search(text[max(0, a - 60):a]) and _BARE_TOLL_TO.match(text, a)) \
                or _tally_after(text[b:b + 70]):
            return False  # "bringing the toll to 89", "300 have been killed since April": a tally
        if trigger_at is not None and sent.start_char + a > trigger_at and _MOURNED.search(text[max(0, a - 40):a]):
            return False  # "marched carrying the coffins of eight who died in a clash": the clash's dead
        if _since_then(sent, a, trigger_at):
            return False  # "the deadliest since a bomber killed 60 at a rally in 2019": that bombing's
        if has_lemma(_PROTEST_WORDS) and _protested_deaths(sent, a, trigger_at):
            return False  # "marched to protest the deaths of three pupils", "rallied over the killing of two": the cause's dead
        if has_lemma(_PAST_GROUND_WORDS) and _in_past_ground(_token_at(sent, a)):
            return False  # "a vigil on the anniversary of a massacre that killed 40": that past act's dead
        if has_lemma(_MISHAP_WORDS) and _counted_by_mishap(sent, a, b):
            return False  # "two students were killed by a speeding bus", "died in a road accident": no one's violence
        return not _NEARLY.search(text[a:b])  # "two soldiers almost died"

    for a, b, counted in _pattern_counts(sent, text, low):
        if counted is not None and admissible(a, b):
            found.append(counted)
    sided = [m for m in (_SIDED.finditer(text) if (low is None or "side" in low or "ranks" in low or "camp" in low)
                         and _SIDE_WORDS.search(text) else ())
             if number(m.group(1)) is not None and admissible(m.start(), m.end())]
    if len(sided) > 1:  # ("two dead on the army's side and five on the attackers' side": seven)
        found.append((sided[0].start(), sided[-1].end(), sum(number(m.group(1)) for m in sided)))
    lowered = low if low is not None else text.lower()
    # ("gunmen killed three men, while police killed two suspects in separate incidents")
    apart = "separate" in lowered and bool(_SEPARATE.search(text))
    for a, b, n in _grammar_counts(sent, elsewhere, lowered):
        if not admissible(a, b):
            continue
        same = [f for f in found if f[0] < b and a < f[1]]
        if not same and (not found or apart):  # the grammar's count, where no pattern found one (or another happening's)
            found.append((a, b, n))
        elif same and n > max(f[2] for f in same):  # "killed three Malian and one Nigerien soldier": the whole list
            found = [f for f in found if f not in same] + [(a, b, n)]
    if apart and trigger_at is not None and len(found) > 1:
        # each happening of a sentence told as separate ones has the count its trigger's clause tells
        found = [f for f in found if f[0] <= trigger_at - sent.start_char < f[1]] or found
    if len(found) > 1:
        # "the group claimed it killed 30 soldiers, but officials said four died": a count a party only
        # claims gives way to one told otherwise (data class one_account)
        told = [f for f in found if not _claimed_count(sent, f[0])]
        found = told or found
        if len(found) > 1 and _sources_differ(sent, found):
            # "villagers said 12 were killed, but the army said two died": accounts that differ, of which
            # ACLED takes the lower
            found = [min(found, key=lambda f: f[2])]
    killed = None
    if found:
        # several counts in one sentence are one toll told twice ("kills 12 … 12 soldiers were killed") or
        # the tolls of different happenings ("one was killed on Monday, a day after troops killed 11"): the
        # largest is the toll. (A list of victims is added up whole by _DIED2 and _deaths_told; counts
        # summed across clauses here made "one … a day after troops killed 11" twelve.)
        found.sort()
        total = max(n for _, _, n in found)
        last_end, spans = -1, []
        for a, b, n in found:
            if a >= last_end:
                last_end = b
                spans.append((a, b))
        a, b = spans[0][0], spans[-1][1]
        if len(spans) == 2 and _also_other_side(sent, text, found, spans):
            # "nine soldiers died, the army said, adding that 14 attackers were also killed": 23
            total = sum(max(n for x, y, n in found if x < sb and sa < y) for sa, sb in spans)
        self_killed = _self_killed(text, low, b)
        if self_killed is not None and not _SELF_KILLED.search(text[:a]):
            # "shot dead five people before turning the gun on himself": the gunman is one more dead
            total += 1
            b = self_killed.end()
        rest = text[b:b + 90]
        gapped = _GAPPED_MORE.match(rest) if ("more" in rest or "other" in rest) else None
        if gapped is not None and not _GAPPED_VERB.match(rest, gapped.end()):
            # "eight passengers died on the spot and one more in hospital": the verb left out, nine
            total += number(gapped.group(1)) or 1 if gapped.group(1) else 1
            b += gapped.end()
        killed = Count(total, Span(sent.start_char + a, sent.start_char + b, text[a:b]))
    elif "before" in text or "then" in text or " and " in text:
        # "opened fire on the checkpoint, wounding a soldier, before being shot dead": the attacker, the one dead told
        self_killed = _self_killed(text, low)
        if self_killed is not None and admissible(self_killed.start(), self_killed.end()):
            killed = Count(1, Span(sent.start_char + self_killed.start(), sent.start_char + self_killed.end(),
                                   self_killed.group(0)))
    injured = _count(_INJURED, sent, doc)
    m = next(_finditer(_NONE_KILLED, text, low), None) or next(_finditer(_NO_DEATHS, text, low), None)
    if m:
        said = text[m.start():m.end()]
        zero = Count(0, Span(sent.start_char + m.start(), sent.start_char + m.end(), said))
        killed = killed or zero
        if injured is None and regex(r"hurt|injur|wound|casualt").search(said):
            injured = zero
    return killed, injured
