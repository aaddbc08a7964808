"""What one clause says, read from the dependency parse: its subject and object, tense and mood,
the place and time phrases it governs, and whether it tells a happening or only names one.

Shared by the three event stages (:mod:`.mentions`, :mod:`.incidents`, :mod:`.slots`); no stage of
its own. The word classes are data (``data/event_words.yaml``)."""
from __future__ import annotations

import re

from ..language import clause_verb, coarse_tags, doc_text, fine_tags, in_dateline, lower_words, span_text, told_past_dateline, \
    token_sentence, token_tree, words_at
from ..dates import UNITS
from ..lexicon import load_event_words, load_place_words
from ..records import Mention, ReportContext, Span

_W = load_event_words()  # word classes: data/event_words.yaml
_DYING = _W["dying_verbs"]
_MULTITUDES = _W["multitudes"]
_PARTITIVE = frozenset(_W["partitive_heads"])
_HABITUAL = _W["habitual"]
_ATTRIBUTING = _W["attributing"]
_QUOTING = _W["quoting"]
_SUBJECT_CONTROL = _W["subject_control"]
_BLAMING = _W["blaming"]
_ANNOUNCING = _W["announcing"]
_INTENDING = _W["intending"]
_CAUSING = _W["causing"]
_MODAL_SKIP = _W["modal_skip"]
_FUTURE = _W["future"]
_CONDITIONAL = _W["conditional"]
_AGGREGATE_DET = _W["aggregate_det"]
_AGGREGATE_HEAD = _W["aggregate_head"]
_VIOLENT_PLOVER = "ASSAULT"
_MONTHS = _W["months"]
_SPAN_ENDS = _W["span_ends"]


def _is_headline(doc, sent) -> bool:
    """A first line with no final full stop, followed by a line break, is a headline."""
    end = sent.end_char
    return "\n" in doc_text(doc)[sent.start_char:end + 2] and not span_text(sent).rstrip().endswith((".", '"', "”"))


def _paragraphs(doc, sents) -> list[int]:
    """The paragraph number of each sentence (a blank line, or a line break, starts a new one)."""
    out, p = [], 0
    prev = None
    for s in sents:
        if prev is not None:
            between = doc_text(doc)[prev.start_char:s.start_char]
            if "\n" in between[len(span_text(prev).rstrip()):]:
                p += 1
        out.append(p)
        prev = s
    return out


def _noun_phrase(toks, k: int, words: tuple[str, ...]):
    """Token range [a, b) of the span ``toks`` where ``words`` (by lemma or form) sit around the head
    at ``k`` (the words read from the Doc's lists of lemmas and forms, not from Token objects)."""
    n = len(words)
    if n == 1:
        return k, k + 1
    lows, lemmas = lower_words(toks.doc)
    s = toks.start
    idx = words.index(lemmas[s + k]) if lemmas[s + k] in words else (
        words.index(lows[s + k]) if lows[s + k] in words else None)
    if idx is None:
        return None
    a = k - idx
    if a < 0 or a + n > len(toks):
        return None
    for j, w in enumerate(words):
        if w not in (lemmas[s + a + j], lows[s + a + j]):
            return _with_compounds(toks, k, words) if idx == n - 1 else None
    return a, a + n


def _with_compounds(toks, k: int, words: tuple[str, ...]):
    """A phrase ending on the head at ``k`` with nouns of the head's own between its words: "the fatal
    police shooting of a teenager" is a "fatal shooting" (a compound, "police", says whose)."""
    j, a = len(words) - 2, k
    i = k - 1
    while j >= 0 and i >= 0:
        t = toks[i]
        if words[j] in (t.lemma_.lower(), t.lower_):
            j, a = j - 1, i
        elif not (t.dep_ == "compound" and t.head.i == toks[k].i and t.pos_ in ("NOUN", "PROPN")):
            return None
        i -= 1
    return (a, k + 1) if j < 0 else None


_PARTICLES = _W["particles"]


def _in_other_clause(t, verb) -> bool:
    """Whether ``t``, a word other than a clause's opening mark or preposition, belongs to another verb
    below ``verb`` (the object of a clause of its own: "… when troops opened fire"; not the "as" of
    "listed them as most wanted")."""
    if t.dep_ in ("mark", "prep", "prt"):
        return False
    h = t.head
    while h.i != verb.i and h.head.i != h.i:
        if h.pos_ == "VERB":
            return True
        h = h.head
    return False


def _phrase_words(tok) -> frozenset:
    """The lower-case forms and lemmas of the words of verb ``tok``'s phrase and the four words after it,
    read once per Doc and verb: a verb of many phrasal entries is asked of each."""
    made = tok.doc.user_data.get(_PHRASE_WORDS_KEY)
    if made is None:
        made = tok.doc.user_data[_PHRASE_WORDS_KEY] = {}
    words = made.get(tok.i)
    if words is None:
        lo, hi = tok.left_edge.i, max(tok.right_edge.i, tok.i + 4) + 1
        lows, lemmas = lower_words(tok.doc)
        words = made[tok.i] = frozenset(lows[lo:hi]) | frozenset(lemmas[lo:hi])
    return words


_PHRASE_WORDS_KEY = "sitrep.phrase_words"


def _has_particles(tok, rest: tuple[str, ...]) -> bool:
    # every word below is read from the verb's phrase or the four words after it: a particle found
    # nowhere there is missing, whatever the parse says (most calls end here)
    if not all(w in _phrase_words(tok) for w in rest):
        return False
    prts = {ch.lower_ for ch in tok.children if ch.dep_ == "prt"}
    if prts and not prts & set(rest) and set(rest) & _PARTICLES:
        return False  # "called off the talks" is not "call on"
    if any(w in _PARTICLES for w in rest):
        beside = {t.lower_ for t in tok.doc[tok.i + 1: tok.i + 3]}
        placing, free = set(), set()  # prepositions of the verb that bring a place or a day, and the others
        for ch in tok.children:
            if ch.dep_ == "prep":
                (placing if any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
                                for g in ch.children) else free).add(ch.lower_)
        if any(w in _PARTICLES and w in placing - free - prts - beside for w in rest):
            return False  # "gave them a loan on Monday in Islamabad" is not "give in": a place or a day
    near = {ch.lower_ for ch in tok.children} | {ch.lemma_.lower() for ch in tok.children}
    nxt = {t.lower_ for t in tok.doc[tok.i + 1: tok.i + 5]}
    if all(w in near or w in nxt for w in rest):
        return True
    sub = {t.lower_ for t in tok.subtree if tok.i < t.i <= tok.i + 20 and t.dep_ in ("mark", "prep", "prt", "dobj", "advmod", "acomp", "oprd", "pobj")
           and not _in_other_clause(t, tok)}  # ("set off a crackdown when troops opened fire": not "set fire")
    sub |= {t.lemma_.lower() for t in tok.children if t.dep_ in ("dobj", "nsubjpass")}  # "30 rockets were fired"
    return all(w in near or w in nxt or w in sub for w in rest)


_CALLED_OFF = _W["called_off"]
_IDIOM_OBJECTS = _W["idiom_objects"]
_PLACE_NOUNS = _W["place_nouns"]
_SITE_NOUNS = frozenset(load_place_words()["site_nouns"]) | frozenset(load_place_words()["kind_nouns"])


def _has_place_object(tok, placed: frozenset = frozenset()) -> bool:
    """Whether the verb's object (or the place it goes to) is a place: "took Kabul", "arrived in Islamabad"
    (not "captured a woman in Kaduna": with an object, a place phrase is only the scene). ``placed``: the
    indices of the words the gazetteer read as a place named there, which the parser's names may have
    missed ("its fighters seized Goma", Goma read as a person's name)."""
    has_object = any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children)
    for ch in tok.children:
        targets = [ch] if ch.dep_ in ("dobj", "nsubjpass") else (
            [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" and not has_object
            and ch.lower_ in ("in", "at", "into", "over", "of", "to") else [])
        # (a relative clause's pronoun stands for the noun the clause tells of: "the town, which was seized
        # by rebels in 2012": the town)
        targets = [tok.head if t.tag_ == "WDT" and tok.dep_ == "relcl" else t for t in targets]
        for t in targets:
            # ("the town of Bunagana", "control of the Kupyansk district"; not "a commander of the group in
            # Peshawar", whose place is only where he was held)
            of_place = [any(x.ent_type_ in ("GPE", "LOC", "FAC") or x.i in placed or x.lemma_.lower() in _PLACE_NOUNS
                            for p in g.children if p.dep_ == "pobj"
                            for x in (p, *(c for c in p.children if c.dep_ in ("compound", "amod"))))
                        for g in t.children if g.dep_ == "prep" and g.lower_ == "of"]
            if t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _PLACE_NOUNS or t.i in placed or any(of_place):
                return True
    return False


_NAMING = _W["naming"]


def _has_clause_object(tok) -> bool:
    """"forced Pakistan to open", "asked for legal help", "called for workers to stay home" (not
    "asking not to be named")."""
    for ch in tok.children:
        if ch.dep_ in ("xcomp", "ccomp") and (ch.lemma_.lower() not in _NAMING or _names_someone(ch)):
            return True  # (and "called on the police to identify the killers": a naming asked for)
        if ch.dep_ == "prep" and ch.lower_ in ("for", "to"):
            return True
        if ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" and g.i == tok.i + 1 for g in ch.children):
            return True  # "called for Israel to strike", parsed as a clause the "for" opens
        if ch.dep_ == "advcl" and ch.tag_ == "VB" and (ch.lemma_.lower() not in _NAMING or _names_someone(ch)) and \
                any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children) and \
                any(p.dep_ == "prep" and p.lower_ == "on" and p.i == tok.i + 1 for p in tok.children):
            return True  # "called on the government on Monday to free its leader": the infinitive hung apart
        if ch.dep_ == "dobj" and ch.lemma_.lower() not in ("way",) and tok.lemma_.lower() not in ("force",):
            return True
    return False


def _names_someone(v) -> bool:
    """A verb of naming done to someone else, in the active ("to identify the perpetrators", "to name
    the killers"), not the speaker's own wish to stay unnamed ("asking not to be named")."""
    return any(ch.dep_ == "dobj" for ch in v.children) and not any(ch.dep_ in ("auxpass", "neg") for ch in v.children)


_OFFICIALS = _W["officials"]


def _object_is_party(tok) -> bool:
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    return obj is not None and obj.ent_type_ in ("GPE", "ORG", "NORP")


def _official(subj) -> bool:
    if subj is None:
        return False
    return subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lemma_.lower() in _OFFICIALS


def _object_matches(tok, lemmas: set[str]) -> bool:
    """Whether what the trigger acts on is one of ``lemmas``: a verb's object (or passive subject),
    a noun's own words ("the release of 20 prisoners")."""
    if tok.pos_ in ("VERB", "AUX"):
        # (a relative clause's pronoun stands for the noun the clause tells of: "the airport, which the
        # army closed": the airport)
        objs = [tok.head if ch.tag_ == "WDT" and tok.dep_ == "relcl" else ch
                for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
        if not objs and tok.dep_ == "conj" and any(ch.dep_ == "auxpass" for ch in tok.children) \
                and not any(ch.dep_ in ("nsubj", "csubjpass") for ch in tok.children):
            # a passive joined to another with no subject of its own shares the first one's ("the bodies
            # were taken to hospital and were handed over to the families": the bodies)
            objs = [ch for ch in tok.head.children if ch.dep_ == "nsubjpass"]
        # "signed what he called a comprehensive document": the thing the naming clause names
        objs += [g for ch in tok.children if ch.dep_ == "ccomp" and any(w.dep_ == "dobj" and w.lower_ == "what"
                                                                      for w in ch.children)
                 for g in ch.children if g.dep_ in ("oprd", "attr")]
        objs += [g for o in objs if o.lemma_.lower() == "fire" for p in (*o.children, *tok.children)
                 if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        # ("set fire to two police cars": the cars)
        heads = objs + [g for o in objs for g in o.children if g.dep_ in ("conj", "appos")]
        heads += [g for o in heads if o.lemma_.lower() in _PARTITIVE for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # ("small groups of students": the students; not "a video of the pupils")
        return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in heads)
    return any(ch.lemma_.lower() in lemmas for ch in tok.subtree if ch.i != tok.i)


def _dated_or_placed(tok) -> bool:
    return any(ch.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for ch in tok.subtree if ch.i != tok.i) or \
        any(ch.dep_ == "poss" for ch in tok.children)


_VERDICT_WORDS = _W["verdict_words"]
_VERDICT_LINKS = _W["verdict_links"]
_REMEMBERING = _W["remembering"]
_PAST_GROUND_WORDS = _VERDICT_WORDS | _REMEMBERING
_GROUND_PREPS = frozenset(("for", "over", "of", "in", "with"))


def _dated_within(tok) -> bool:
    """Whether a noun's own phrase holds a date ("for bombing attacks nine years ago", "for a bomb attack
    that killed two judges last November")."""
    return any(t.ent_type_ == "DATE" for t in tok.subtree)


def _verdict_ground(tok) -> bool:
    """"Sentenced to death for their involvement in an attack on a cafe", "jailed over the bombing",
    "found guilty of the murder": an act named as what a verdict or trial is for is the charge, a past
    act told as the verdict's ground, not a happening of the verdict's day (unless its own words date
    it: "for the 2008 attack")."""
    t = tok
    for _ in range(3):
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ not in _GROUND_PREPS or t.head.head.i == t.head.i:
            return False
        h = t.head.head
        if h.lemma_.lower() in _VERDICT_WORDS:
            return not _dated_within(tok)
        if h.pos_ != "NOUN" or h.lemma_.lower() not in _VERDICT_LINKS:
            return False
        t = h
    return False


def _remembered(tok) -> bool:
    """"The 18th anniversary of the massacre", "commemorated the victims of the bombing", "a vigil in
    memory of the victims of the attack": an act named as what is remembered is a past act, not a
    happening of the remembering's day (unless its own words date it)."""
    return remembered_act(tok) and not _dated_within(tok)


def remembered_act(tok) -> bool:
    """Whether a noun names what is remembered ("the third anniversary of the 2021 coup", "commemorated
    the victims of the bombing"), dated by its own words or not: an act of another time than the
    remembering, whose place is not the remembering's."""
    t = tok
    for _ in range(4):
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "pobj" and t.head.head.i != t.head.i:
            h = t.head.head
        elif t.dep_ == "dobj":
            h = t.head
        else:
            return False
        if h.lemma_.lower() in _REMEMBERING:
            return True
        if h.pos_ not in ("NOUN", "PRON"):
            return False
        t = h
    return False


_ORDINAL_WORDS = _W["ordinal_words"]
_YEAR_COUNT_WORDS = _W["numwords"]


def years_remembered(tok) -> int | None:
    """How many years before the remembering an act a noun names was done, when the report counts
    them and the act's own words give no date: "a ceremony marking the 20th anniversary of the
    massacre" (20), "the country marked three years since the coup" (3); None otherwise (not "the
    anniversary of the massacre", "the third anniversary of the 2021 coup")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.i == t.i or _dated_within(tok):
        return None
    prep = t.head
    if prep.lower_ == "of" and prep.head.i != prep.i and prep.head.lemma_.lower() == "anniversary":
        for ch in prep.head.children:
            if ch.dep_ in ("amod", "nummod", "compound") and ch.i < prep.head.i:
                m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", ch.lower_)
                n = int(m.group(1)) if m else _ORDINAL_WORDS.get(ch.lower_)
                if n:
                    return n
        return None
    if prep.lower_ == "since" and prep.i >= 2 and UNITS.get(prep.doc[prep.i - 1].lower_) == "year":
        # ("marked three years since the coup", "20 years since the massacre")
        count = prep.doc[prep.i - 2]
        n = int(count.text) if count.text.isdigit() and len(count.text) <= 3 else _YEAR_COUNT_WORDS.get(count.lower_)
        return n or None
    return None


def _in_past_ground(tok) -> bool:
    """Whether ``tok`` lies in the phrase of a past act named as a verdict's charge or as remembered
    ("on the anniversary of a massacre in which militiamen killed 40 farmers": the 40 are that
    massacre's dead, not a vigil's)."""
    for _ in range(10):
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and (_verdict_ground(tok) or _remembered(tok)):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_date(tok) -> bool:
    """A noun dated by its own words: "the 2011 murder", "an ambush on a convoy on Sunday", "a peace
    deal that ended the war in 2005" (its relative clause, not one of how long: "that lasted until noon")."""
    if any(ch.ent_type_ == "DATE" for ch in tok.children):
        return True
    if any(g.ent_type_ == "DATE" and g.dep_ in ("nummod", "amod") and len(g.text) == 4 and g.text[:2] in ("19", "20") and g.text.isdigit()
           for ch in tok.children if ch.dep_ == "compound" and ch.i < tok.i for g in ch.children):
        return True  # "the 1998 embassy bombings": the year the parser hangs on the noun's compound
    if any(g.ent_type_ == "DATE" for ch in tok.children if ch.dep_ == "prep"
           for g in ch.children if g.dep_ == "pobj"):
        return True
    return any(g.ent_type_ == "DATE" for rel in tok.children if rel.dep_ == "relcl" and not any(
        p.dep_ == "prep" and p.lower_ in _SPAN_PREPS for p in rel.children)
        for ch in rel.children if ch.dep_ == "prep" and ch.lower_ not in _SPAN_PREPS
        for g in ch.children if g.dep_ == "pobj")


_SPAN_PREPS = _W["span_preps"]


def _spans_period(prep) -> bool:
    """A preposition that stretches its clause over a period ("since 2003", "during the war", "between
    2010 and 2012"); "between" naming the parties ("fighting between the army and rebels") spans none."""
    if prep.dep_ != "prep" or prep.lower_ not in _SPAN_PREPS:
        return False
    return prep.lower_ != "between" or any(g.ent_type_ in ("DATE", "TIME") or g.like_num for g in prep.subtree)


def _told_as_news(tok, ctx=None) -> bool:
    """A bare plural told as one happening: "Clashes erupted in Gondar on Tuesday", "Clashes between
    police and protesters in Gondar on Tuesday left two dead", "Protests rocked Nairobi on Monday",
    "there were clashes in Gondar on Tuesday" — the subject of a past-tense verb (or what a past "there
    were" tells), placed and dated in its own clause or its own words (not "attacks since last year")."""
    verb = tok.head
    there = tok.dep_ == "attr" and verb.lemma_.lower() == "be" and any(ch.dep_ == "expl" for ch in verb.children)
    if not (tok.dep_ == "nsubj" or there) or verb.tag_ != "VBD":
        return False  # ("there were clashes between police and protesters in Kaduna on Monday": told as news too)
    dated = placed = False
    if there and verb.dep_ == "relcl" and any(ch.lower_ == "where" for ch in verb.children):
        # "the district of the town, where there were clashes": the place the clause hangs on
        # (the place's own clause tells what happened there: dated or not, as its sentence is)
        first = min(t.i for t in verb.subtree)
        if any(_a_place(g, ctx) for g in verb.head.subtree if g.i < first):
            return True
    for ch in (*verb.children, *tok.children):
        if ch.dep_ == "prep":
            for g in ch.subtree:
                if ch.lower_ not in _SPAN_PREPS:
                    dated = dated or (g.ent_type_ == "DATE" and g.dep_ in ("pobj", "npadvmod", "compound"))
                placed = placed or _a_place(g, ctx)
        elif ch.dep_ == "npadvmod" and ch.ent_type_ == "DATE":
            dated = True
        elif ch.dep_ == "dobj":  # "protests rocked Nairobi on Monday", "swept the
            placed = placed or any(_a_place(g, ctx) for g in ch.subtree)  # township of X"
    return dated and placed


_OCCURRING = _W["occurring_verbs"]


def _occurring(v) -> bool:
    """Whether a verb tells its subject's occurring: "took place", "occurred", "happened", "went ahead"."""
    lemma = v.lemma_.lower()
    return lemma in _OCCURRING or any(f"{lemma} {ch.lower_}" in _OCCURRING for ch in v.children if ch.dep_ in ("dobj", "prt", "advmod"))
_SPARKING = _W["sparking_verbs"]


def _between_sides(verb) -> bool:
    """A verb of occurring that names the two sides of what occurred ("clashes broke out between
    demonstrators and police"): one happening, told as news, whether or not its clause dates it."""
    return any(ch.dep_ == "prep" and ch.lower_ == "between" and any(
        g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children) for g in ch.children)
        for ch in verb.children)


def _one_of_the_most(tok) -> bool:
    """A noun a superlative ranks, of which "some" or "one" is told ("some of the most serious clashes in
    years", "one of the worst riots"): its "the" ranks it, and points back to nothing told before."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("some", "one") and any(
        ch.dep_ == "amod" and (ch.tag_ == "JJS" or any(g.tag_ == "RBS" for g in ch.children)) for ch in tok.children)


def _occurred_or_caused(tok, ctx=None) -> bool:
    """A bare noun told as having happened by its verb: the subject of a past verb of occurring,
    dated or placed ("fighting took place between the army and rebels in Arge", "similar shelling
    took place on March 19"), or the object of a past verb of causing ("the killing sparked
    protests", "this led to further protests in the area")."""
    if _one_of_the_most(tok) and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # ("provoked some of the most serious clashes in years": the clashes)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() == "lead":
        verb = verb.head  # ("led to further protests")
    elif tok.dep_ == "nsubj" and _leaves_toll(verb):
        # "clashes between youths and police have left two dead in Dakar on Friday": a toll it left, dated
        # or placed (not "clashes have left hundreds dead since 2011")
        return not any(_spans_period(ch) for ch in verb.children) and (any(
            g.ent_type_ == "DATE" or _a_place(g, ctx) for ch in verb.children if ch.dep_ in ("prep", "npadvmod")
            for g in ch.subtree) or _hours_or_days_apart(verb))
    elif tok.dep_ == "nsubj" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            ch.dep_ == "aux" and ch.lower_ in ("has", "have") for ch in verb.children)):
        if _leaving_a_toll(verb) and not any(_spans_period(ch) for ch in verb.children) and any(
                g.ent_type_ == "DATE" or _a_place(g, ctx) for ch in verb.children if ch.dep_ in ("prep", "npadvmod")
                for g in ch.subtree):
            return True  # "tribal clashes have reignited in Darfur, leaving up to 20 dead": what it left, placed
            # or dated (not "… have flared since 2003, leaving thousands dead")
        if verb.tag_ != "VBD" or not _occurring(verb):
            return False
        if any(_spans_period(ch) for ch in verb.children):
            return False
        return any(g.ent_type_ == "DATE" or _a_place(g, ctx) for ch in verb.children if ch.dep_ in ("prep", "npadvmod")
                   for g in ch.subtree) or _between_sides(verb)
    elif tok.dep_ != "dobj":
        return False
    if verb.tag_ != "VBD":
        return False
    lemma = verb.lemma_.lower()
    return lemma in _SPARKING or any(f"{lemma} {ch.lower_}" in _SPARKING for ch in verb.children if ch.dep_ == "prt")


def _leaving_a_toll(verb) -> bool:
    """Whether a verb is told with the dead or hurt it left, by a participle ("…, leaving 20 dead")."""
    return any(ch.dep_ in ("advcl", "xcomp", "conj") and ch.tag_ == "VBG" and ch.lemma_.lower() in _TOLL_LEAVING
               and any(g.lower_ in _TOLL_STATES for g in ch.subtree) for ch in verb.children)


def apart_mark(verb):
    """For a clause told "... after" or "... before" the clause it hangs on ("a day after clashes left six
    dead", "days before the vote"), its mark and the word just before it (the unit, as a rule); else None."""
    if verb.dep_ != "advcl":
        return None
    mark = next((ch for ch in verb.children if ch.dep_ == "mark" and ch.lower_ in ("after", "before")), None)
    if mark is None or mark.i == 0:
        return None
    return mark, verb.doc[mark.i - 1]


def _hours_or_days_apart(verb) -> bool:
    """A clause told hours, a day or days before or after the clause it hangs on ("police fired tear gas
    on Wednesday, a day after clashes left six dead"): dated by that clause's day."""
    found = apart_mark(verb)
    return found is not None and found[1].dep_ == "npadvmod" and UNITS.get(found[1].lower_) in ("hour", "day")


def _leaves_toll(verb) -> bool:
    """A past or present-perfect verb of leaving the dead or hurt behind ("left two dead", "have left
    dozens injured"; word classes toll_leaving_verbs, toll_states)."""
    return verb.lemma_.lower() in _TOLL_LEAVING and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        ch.dep_ == "aux" and ch.lower_ in ("has", "have") for ch in verb.children)) \
        and any(ch.dep_ in ("oprd", "acomp", "amod") and ch.lower_ in _TOLL_STATES for ch in verb.subtree)


_TOLL_LEAVING = _W["toll_leaving_verbs"]
_TOLL_STATES = _W["toll_states"]


def _caused_to_do(verb) -> bool:
    """An infinitive that a past verb of causing makes happen: "the riots prompted the authorities to
    impose curfew", "the attack led the army to launch raids" tell a curfew imposed, raids launched."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" \
        and verb.head.lemma_.lower() in _SPARKING


def _reported_at_place(tok, ctx=None) -> bool:
    """A bare plural that a passive of reporting places ("clashes were reported in Cairo", "some
    incidents of violent clashes have been reported in Cairo and its suburbs"): news of happenings
    there, however the verb's tense, unless the clause spans a period ("since 2003")."""
    n = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubjpass":
        n = tok.head.head  # ("incidents of clashes", "reports of looting")
    if n.dep_ != "nsubjpass" or n.head.lemma_.lower() not in _REPORTING:
        return False
    verb = n.head
    if any(_spans_period(ch) for ch in verb.children):
        return False
    return any(ch.dep_ == "prep" and any(_a_place(g, ctx) for g in ch.subtree) for ch in verb.children)


_DEATH_COUNT_NOUNS = _W["death_count_nouns"]
_DEATH_PREPS = _W["death_preps"]
_VAGUE_MANY = _W["vague_counts"]
_LIFE = _W["life_words"]


def _dead_counted(tok) -> bool:
    """Whether a noun of the dead (or of people) is counted: "11 people", "a soldier", "dozens of
    villagers", "14 fatalities" (not "people", "the men")."""
    if tok.like_num or tok.lower_ in _VAGUE_MANY:
        return True
    return any(ch.dep_ == "nummod" and not (ch.like_num and len(ch.text) == 4 and ch.text.isdigit())
               or ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children)


def _deaths_told_in(tok, ctx=None) -> bool:
    """A noun of an act named as what counted dead died in, in a past clause dated or placed ("at least
    11 people died in clashes between protesters and police in X on Tuesday", "ten fighters lost their
    lives in the battle for Y on Wednesday", "there were 14 fatalities in the attack on a market on
    Friday"): the act told, with its dead, as news (not "have died in clashes since 2011", nor
    "people die in attacks")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _DEATH_PREPS or tok.head.head.i == tok.head.i:
        return False
    head = tok.head.head
    if head.pos_ in ("VERB", "AUX"):
        verb = head
        if not (verb.lemma_.lower() in _DYING or verb.lemma_ == "lose" and any(
                ch.dep_ == "dobj" and ch.lemma_.lower() in _LIFE for ch in verb.children)):
            return False
        if not any(ch.dep_ == "nsubj" and _dead_counted(ch) for ch in verb.children):
            return False
    elif head.lemma_.lower() in _DEATH_COUNT_NOUNS and head.dep_ in ("attr", "nsubj") and (_dead_counted(head) or any(
            ch.dep_ == "det" and ch.lower_ == "no" for ch in head.children)):
        verb = head.head  # ("there were 14 fatalities in the attack")
    else:
        return False
    if not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            ch.dep_ == "aux" and ch.lower_ in ("has", "have") for ch in verb.children)):
        return False
    if any(_spans_period(ch) for ch in verb.children if ch.i != tok.head.i) or any(
            ch.dep_ == "prep" and ch.lower_ == "since" for ch in tok.children):
        return False  # ("for" on the act names what it was for: "the battle for Y")
    return any(g.ent_type_ == "DATE" or _a_place(g, ctx) for ch in verb.children if ch.dep_ in ("prep", "npadvmod")
               for g in ch.subtree) or _dated_or_placed(tok)


def _relative_tells_act(tok) -> bool:
    """A noun of an act followed by a relative clause that tells its toll as done ("… over the attack on the
    convoy near X on Sunday, which killed three soldiers", "the bombing, which wounded 12 people"): the act
    is told here, not only named (the parser may hang the clause on a later noun of the same phrase: no verb
    stands between the act's noun and the clause)."""
    sent = tok.sent
    for t in sent:
        if t.i <= tok.i or t.dep_ != "relcl" or t.tag_ != "VBD" or t.head.i < tok.i:
            continue
        if any(w.pos_ in ("VERB", "AUX") for w in tok.doc[tok.i + 1:t.head.i + 1]):
            return False
        return any(ch.dep_ == "nsubj" and ch.lower_ in ("which", "that") for ch in t.children) and any(
            ch.dep_ == "dobj" and _dead_counted(ch) for ch in t.children)
    return False


def _death_it_caused(verb) -> bool:
    """Whether a clause is told as what the dead of its head died by ("three people died when a mortar
    shell hit their house", "a child perished as a rocket struck the school"): a "when", "as" or "after"
    clause on a verb of dying (not "a shell struck a plane" told on its own, in a battle's telling)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or not (head.lemma_.lower() in _DYING or head.lemma_ == "lose" and any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in _LIFE for ch in head.children)):
        return False
    return any(ch.dep_ in ("advmod", "mark") and ch.lower_ in ("when", "as", "after") for ch in verb.children)


def _a_place(tok, ctx) -> bool:
    """A token the tagger took for a place, or (given the report) part of a place the places stage
    found ("Lusaka" tagged an organisation)."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (ctx is not None and _in_place(tok, ctx))


def _placed_plural(tok) -> bool:
    """A bare plural placed by its own words, in a clause of the past that spans no period: "were
    injured in fierce clashes between supporters and police in Zagazig" tells one happening, "have
    died in clashes in Darfur since 2003" does not."""
    if tok.dep_ != "pobj":
        return False
    verb = tok.head.head
    if not any(ch.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in ch.subtree)
               for ch in tok.children) and not _placed_on_a_day(verb, tok.head):
        return False  # (the circumstance of what befell people: "injured in clashes", "killed in protests")
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(ch.lower_ in ("was", "were") for ch in verb.children if ch.dep_ in ("aux", "auxpass")):
        return False  # "have died in clashes in Darfur": a running tally
    return not any(ch.dep_ == "prep" and ch.lower_ in _SPAN_PREPS and any(g.ent_type_ == "DATE" for g in ch.subtree)
                   for t in (tok, verb) for ch in t.children)


_RECENT_DAYS = _W["recent_days"]


def _placed_on_a_day(verb, prep) -> bool:
    """A past verb dated to a day and placed by words of its own besides ``prep`` ("six fighters died
    Saturday in central Somalia in clashes between rival militias"): what its plural names befell them
    there that day, one happening (not "died in clashes last year")."""
    if verb.tag_ != "VBD":
        return False
    kids = [ch for ch in verb.children if ch.i != prep.i]
    return any(ch.dep_ == "npadvmod" and ch.lower_ in _RECENT_DAYS for ch in kids) \
        and any(ch.dep_ == "prep" and ch.lower_ not in _SPAN_PREPS and any(
            g.ent_type_ in ("GPE", "LOC", "FAC") for g in ch.subtree) for ch in kids)


def _own_anchor(tok) -> bool:
    """A noun with its own date or place ("the 2011 attack", "the attack in Kech")."""
    return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in tok.subtree if t.i != tok.i)


def _counted_victims(noun) -> bool:
    """A noun of an act with its victims counted: "the killing of six villagers", "the abduction of 20 students"."""
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" and n.like_num for n in g.children) for g in ch.children)
        for ch in noun.children)


def _governing_verb(tok):
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return h if h.pos_ in ("VERB", "AUX") else None
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _conditional(v) -> bool:
    heads, deps, kids = token_tree(v.doc)  # (the climb reads the per-Doc lists: no Token made)
    lows = lower_words(v.doc)[0]
    h = v.i
    for _ in range(4):
        if any(deps[ch] == "mark" and lows[ch] in _CONDITIONAL for ch in kids[h]):
            return True
        if deps[h] not in ("conj", "xcomp", "ccomp", "advcl") or heads[h] == h:
            return False
        h = heads[h]
    return False


def _going_to(v) -> bool:
    return any(ch.lower_ == "to" and ch.dep_ == "aux" for ch in v.children) and \
        v.head.lower_ == "going"


def _past_chain(v) -> bool:
    return v.head.tag_ in ("VBD", "VBN") and v.dep_ in ("xcomp", "advcl", "conj")


_REPORTING = _W["reporting"]


def saying_over(tok, steps: int):
    """The saying verb whose reported clause holds ``tok`` ("the army said troops opened fire": "said"
    over "opened"), climbing at most ``steps`` heads from it; None when no such verb is that near."""
    h = tok
    for _ in range(steps):
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in _REPORTING:
            return h.head
        if h.head.i == h.i:
            return None
        h = h.head
    return None


_CAUSE_PREPS = _W["cause_preps"]
_CAUSE_CHECKED = _W["cause_checked"]
_RELEASE_NOUNS = _W["release_nouns"]
_PROTESTING_VERBS = _W["protesting_verbs"]


def _protest_cause(t) -> bool:
    """Whether an arrest word tells what a crowd protests, not the authorities stepping in: brought by
    "against", "over" … ("rallied against the arrest of their leader"), under a noun of release ("demanded
    the release of detained students") or the object of a verb of protesting ("condemned the arrests")."""
    node = t
    for _ in range(5):
        if node is not t and node.lemma_.lower() in _RELEASE_NOUNS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in _CAUSE_PREPS:
            return True
        if node.dep_ == "dobj" and node.head.lemma_.lower() in _PROTESTING_VERBS:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _stepped_in(tokens, low: str, words) -> bool:
    """Whether one of ``words`` (the intervention list: "tear gas", "arrest" …) is told in ``low``, the
    lower-case text of ``tokens``: an arrest word only where it is not the protest's cause (_protest_cause)."""
    for w in words:
        if w not in low:
            continue
        if w in _CAUSE_CHECKED:
            if any(t.lower_.startswith(w) and not _protest_cause(t) and not _no_arrest_told(t) for t in tokens):
                return True
            continue
        return True
    return False


_ARRESTED_PEOPLE = frozenset(_W["people"])
_NONE_DETS = frozenset(_W["no_one_words"]) - {"one"} | {"no"}


def _no_arrest_told(t) -> bool:
    """Whether an arrest word tells no arrest at the protest: people held before ("relatives of
    detainees rallied", word class people), or an arrest denied ("no arrests were made", "no one was
    detained", "dispersed without arrests")."""
    if t.lemma_.lower() in _ARRESTED_PEOPLE:
        return True
    if any(ch.dep_ == "neg" or ch.dep_ == "det" and ch.lower_ in _NONE_DETS for ch in t.children):
        return True
    if t.dep_ == "pobj" and t.head.lower_ in _W["lacking_preps"]:
        return True
    return any(ch.dep_ in ("nsubj", "nsubjpass") and (ch.lower_ in _NONE_DETS or ch.lower_ == "one" and any(
        g.dep_ == "det" and g.lower_ == "no" for g in ch.children)) for ch in t.children)


def _clause_span(c: Mention, sent, doc, apart: tuple = ()) -> Span:
    """The evidence for a trigger: its clause, or the whole sentence when short; less the words of a
    clause set apart from it (``apart``: sets of token indices, see mentions._set_clauses_apart): the span
    ends before such a clause told after the trigger, or starts after one told before it ("…, while
    another was killed in the next village": the other act's words)."""
    if len(sent) <= 45:
        a, b = sent.start_char, sent.end_char
    else:
        head = c.verb or c.tok
        toks = list(head.subtree)
        a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
        a, b = min(a, c.start), max(b, c.end)
    trimmed = False
    for other in apart:
        lo, hi = doc[min(other)], doc[max(other)]
        if c.end <= lo.idx < b:
            b, trimmed = lo.idx, True  # (the other clause comes after the trigger: the span ends before it)
        elif a <= lo.idx and hi.idx + len(hi) <= c.start and hi.i + 1 < len(doc):
            a, trimmed = doc[hi.i + 1].idx, True  # (it comes before: the span starts after it)
        else:  # (the trigger's clause inside the other's words: those before and after it are cut)
            toks = [t for t in doc[sent.start:sent.end] if a <= t.idx < b]
            k, m = 0, len(toks)
            while k < m and toks[k].i in other and toks[k].idx + len(toks[k]) <= c.start:
                k += 1
            while m > k and toks[m - 1].i in other and toks[m - 1].idx >= c.end:
                m -= 1
            if (k, m) != (0, len(toks)) and k < m:
                a, b, trimmed = toks[k].idx, toks[m - 1].idx + len(toks[m - 1]), True
    text = doc_text(doc)[a:b].rstrip()
    if trimmed:
        text = text.rstrip(",;").rstrip()
    return Span(a, a + len(text), text)


def _agent_of(tok):
    for ch in tok.children:
        if ch.dep_ in ("agent", "prep") and ch.lower_ == "by":
            return next((g for g in ch.children if g.dep_ == "pobj"), None)
    return None


def _in_place(tok, ctx: "ReportContext") -> bool:
    """Whether the token is part of a place mention of its sentence."""
    for p in ctx.places.get(ctx.sentence_of(Span(tok.idx, tok.idx, "")), []):
        if p.span.start <= tok.idx < p.span.end:
            return True
    return False


def _in_locative(t, root) -> bool:
    """Whether ``t`` sits in a place phrase under ``root`` ("a church in Nigeria")."""
    while t != root and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "inside", "outside", "across", "from"):
            return True
        t = t.head
    return False


def _depth(t, root) -> int:
    d = 0
    while t != root and t.head.i != t.i and d < 20:
        t = t.head
        d += 1
    return d


_SPEAKING = _W["speaking"]
_HARMING = _W["harming"]


def _nearer_subject(v, subj):
    """A verb's subject, when the parser gave it two: "In Puerto Alto, a mining region of the south,
    protesters blocked the highway" makes the fronted place's description a subject beside the real one;
    the one after the comma, next to the verb, is the doer."""
    _heads, deps, kids = token_tree(v.doc)  # (the children's labels read from the per-Doc lists: no Token made)
    later = [j for j in kids[v.i] if deps[j] == "nsubj" and subj.i < j < v.i]
    if not later:
        return subj
    near = v.doc[later[-1]]
    if any(t.text == "," for t in v.doc[subj.right_edge.i + 1:near.left_edge.i]):
        return near
    return subj


def _subject(v):
    """The doer of verb ``v`` (:func:`_subject_read`), read once per Doc and verb: the filters, parties
    and places of a mention all ask for it, some of them again and again."""
    memo = v.doc.user_data.get(_SUBJECTS_KEY)
    if memo is None:
        memo = v.doc.user_data[_SUBJECTS_KEY] = {}
    i = v.i
    if i in memo:
        return memo[i]
    found = memo[i] = _subject_read(v)
    return found


_SUBJECTS_KEY = "sitrep.subjects"


def _subject_read(v):
    if _loose_passive(v):
        return None
    doc = v.doc
    _heads, deps, kids = token_tree(doc)
    below = kids[v.i]  # (the children's labels read from the per-Doc lists: a Token only for the ones kept)
    for j in below:
        if deps[j] == "nsubj":
            ch = doc[j]
            if ch.tag_ in ("WP", "WDT") and v.dep_ == "relcl" and v.head.i != v.i:
                return v.head  # "the militants who attacked the post": the militants, not "who"
            if ch.i < 60 and in_dateline(ch):
                # "QUETTA, Pakistan - Gunmen killed …": the parser may make the dateline's town a subject
                # of the lead's verb beside the real one, or hang the real one on it as its apposition
                told = told_past_dateline(ch)
                if told is not None:
                    return told
                continue
            return _nearer_subject(v, ch)
    tags = fine_tags(doc)
    for j in below:
        if deps[j] == "csubj" and tags[j] == "VBG":
            ch = doc[j]
            # the parser's misreading of "jihadists driving pickups attacked a post" (the participle
            # made the subject, "jihadists" its own): the people the participle describes
            subj = next((g for g in ch.children if g.dep_ == "nsubj"), None)
            before = ch.doc[ch.left_edge.i - 1] if ch.left_edge.i > 0 else None
            if subj is None and before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ == "ROOT":
                subj = before  # ("Gunmen carrying machetes attacked": "Gunmen" left a fragment of its own)
            if subj is not None:
                return subj
    for j in below:
        if deps[j] == "agent":
            for g in kids[j]:
                if deps[g] == "pobj":
                    return doc[g]
    passive = any(deps[j] in ("nsubjpass", "auxpass") for j in below)
    if passive:
        # "69 people were killed and a village razed … by Boko Haram": coordinated passives share the
        # agent the parser hung on the last of them
        for conj in below:
            if deps[conj] == "conj" and tags[conj] == "VBN":
                agent = next((g for ch in kids[conj] if deps[ch] == "agent" for g in kids[ch]
                              if deps[g] == "pobj"), None)
                if agent is not None:
                    return doc[agent]
    if v.dep_ == "relcl":
        return v.head
    if v.dep_ == "acl" and (maker := _maker_in_words(v)) is not None:
        return maker
    if v.dep_ in ("acl",) and v.tag_ == "VBG":
        if v.head.lemma_.lower() in _MEASURE_NOUNS:
            # "the UAE made an announcement cutting ties": who made the announcement cut them
            return _subject(v.head.head) if v.head.dep_ == "dobj" and v.head.head.pos_ in ("VERB", "AUX") else None
        return v.head
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _CAUSING and v.head.i != v.i:
        # "the shooting prompted the mission to demand more security": the mission demanded; "the
        # killings prompted the government to impose a curfew": the government imposed it; "the
        # minister was forced to resign": the minister resigned
        made = next((ch for ch in v.head.children if ch.dep_ in ("dobj", "nsubjpass")), None)
        if made is not None:
            return made
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
        if any(ch.dep_ == "nsubjpass" for ch in v.children):
            return None
        if v.dep_ == "advcl" and v.head.lemma_.lower() in _SPEAKING and v.lemma_.lower() in _HARMING:
            return None  # "…, US officials said, killing two people": the speakers killed no one
        if v.dep_ == "xcomp" and not any(ch.dep_ == "auxpass" for ch in v.children) and \
                any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children):
            raised = next((ch for ch in v.head.children if ch.dep_ == "nsubjpass"), None)
            if raised is not None:
                return raised  # "soldiers are alleged to have killed five civilians": the soldiers killed
                # (not "one person was reported to have been killed", "were found shot dead": the ones killed)
        return _subject(v.head)
    if v.dep_ == "ccomp" and v.tag_ in ("VBD", "VBZ", "VBP") and not passive and v.head.i != v.i \
            and v.head.lemma_.lower() in _SAYING_ONLY:
        # "the ministry said Sudan on Sunday rejected the proposal": the parser took the subject of
        # what was said for the object of "said", which takes none
        said = next((ch for ch in v.head.children if ch.dep_ == "dobj" and ch.i < v.i), None)
        if said is not None:
            return said
    host = _ing_host(v)
    if host is not None and v.head.lower_ in _SUBJECT_CONTROL:
        return _subject(host)  # "Kono said after summoning the ambassador": Kono summoned him
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "to" and v.head.head.lower_ == "addition" \
            and v.head.head.dep_ == "pobj" and v.head.head.head.lower_ == "in" \
            and v.head.head.head.head.pos_ in ("VERB", "AUX"):
        # "the ministry, in addition to expelling the ambassador, recalled its own": the ministry expelled him
        return _subject(v.head.head.head.head)
    blamer = _accused_of(v)
    if blamer is not None:
        # "accused Congolese troops of shelling Gisenyi", "police were accused of killing": the accused did it
        return next((ch for ch in blamer.children if ch.dep_ in ("dobj", "nsubjpass")), None)
    if v.dep_ == "dep" and v.head.i != v.i and v.head.pos_ == "VERB" and v.tag_ == v.head.tag_ \
            and v.tag_ in ("VBD", "VBZ", "VBP") and not any(ch.dep_ == "nsubjpass" for ch in v.children):
        return _subject(v.head)  # "X put the accord on hold, suspended all trade": a list the parser left loose
    return None


def _accused_of(v):
    """The blaming verb of "accused X of Ving" / "blamed X for Ving" / "X was accused of Ving" (also
    when the parser hangs "of" on X), or None."""
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.lower_ not in ("of", "for"):
        return None
    h = v.head.head
    if h.dep_ in ("dobj", "nsubjpass") and h.pos_ in ("NOUN", "PROPN", "PRON"):
        h = h.head
    return h if h.pos_ == "VERB" and h.lemma_.lower() in _BLAMING else None


def _accused_noun(n):
    """The blaming verb of "blamed X for the killing of ..." / "accused X of the massacre in ..." (also
    when the parser hangs "of" on X), where the act is named by a noun, or None."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("of", "for") or n.head.dep_ != "prep":
        return None
    h = n.head.head
    if h.dep_ == "dobj" and h.pos_ in ("NOUN", "PROPN", "PRON"):
        h = h.head
    return h if h.pos_ == "VERB" and h.lemma_.lower() in _BLAMING and any(ch.dep_ == "dobj" for ch in h.children) else None


def _ing_host(v):
    """The verb an -ing clause hangs on through a preposition ("said after summoning", "would
    reciprocate by expelling"), or None."""
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX") \
            and v.head.head.i != v.head.i:
        return v.head.head
    return None


def _maker_in_words(v):
    """The party whose words a verb the parser hung on them tells: "Al-Shabaab in a statement
    threatened to attack", "the Boko Haram in a letter warned villagers" (the verb made a modifier
    of "statement", the party left the sentence's root), or None."""
    words, prep = v.head, v.head.head
    if words.dep_ != "pobj" or words.lemma_.lower() not in _WORD_THINGS or prep.dep_ != "prep" or \
            prep.lower_ != "in" or any(ch.dep_ in ("auxpass", "nsubj", "nsubjpass") for ch in v.children):
        return None
    if v.tag_ != "VBD" and not any(ch.dep_ in ("dobj", "xcomp", "ccomp") for ch in v.children):
        return None  # ("in a letter sent to the council": the letter was sent)
    maker = prep.head
    return maker if maker.pos_ in ("NOUN", "PROPN", "PRON") and maker.i < prep.i and maker.dep_ in (
        "ROOT", "nsubj") else None


def _passive_relative(v) -> bool:
    """A passive relative clause on a noun: "the leader, who was detained on 20 August", "a man
    that was shot". Its noun is the one acted on; the doer, if any, is its "by" agent."""
    return v.dep_ == "relcl" and v.head.i != v.i and any(
        ch.dep_ == "nsubjpass" and ch.tag_ in ("WP", "WDT") for ch in v.children)


def _loose_passive(v) -> bool:
    """"11 people were on Sunday killed and 20 others abducted": a participle the parser hung on
    "were" as a second verb, or on a passive verb ("two were killed and three others arrested"); its
    "subject" is who suffered it."""
    _heads, deps, kids = token_tree(v.doc)
    if any(deps[j] in ("dobj", "auxpass", "aux") for j in kids[v.i]):
        return False
    if v.dep_ in ("ROOT", "conj") and v.lemma_.lower() in _DONE_TO_PEOPLE and any(
            ch.dep_ == "nsubj" and (ch.pos_ == "NUM" or any(g.dep_ == "nummod" for g in ch.children)
                                     and ch.left_edge.i > token_sentence(v).start)
            and not any(g.dep_ in ("prep", "compound") for g in ch.children)
            for ch in v.children):
        return True  # "four militants killed, 27 apprehended": a bare count, the headline's gapped passive
        # (or a counted noun after the headline's main clause: "Militants attack army post, 10 soldiers killed")
    if v.dep_ == "ccomp" and v.tag_ == "VBN" and v.head.lemma_.lower() in _DEEMING \
            and any(ch.dep_ == "nsubj" for ch in v.children):
        return True  # "considered Ivanov and other activists detained after the vote to be prisoners": a
        # participle with no auxiliary the parser gave a subject; who it names were detained
    if v.dep_ != "conj":
        return False
    if v.head.lemma_ == "be":
        return v.tag_ == "VBN" or v.tag_ == "VBD" and v.lemma_.lower() in _DONE_TO_PEOPLE
    return v.tag_ == "VBN" and v.head.tag_ == "VBN" and any(ch.dep_ == "auxpass" for ch in v.head.children) \
        and any(ch.dep_ == "nsubj" for ch in v.children)  # (its own sufferers: not "was shot and killed by police")


_DONE_TO_PEOPLE = _W["done_to_people"]
_DEEMING = _W["deeming"]
_SAYING_ONLY = _W["saying_without_object"]


def _object(v):
    doc = v.doc
    heads, deps, kids = token_tree(doc)  # (the children's labels read from the per-Doc lists: a Token
    below = kids[v.i]                    # only for the one kept)
    if _loose_passive(v):
        own = next((doc[j] for j in below if deps[j] in ("nsubj", "nsubjpass")), None)
        return own or next((doc[j] for j in kids[heads[v.i]] if deps[j] in ("nsubj", "nsubjpass")), None)
    for dep in ("dative", "dobj", "nsubjpass"):
        for j in below:
            if deps[j] == dep:
                ch = doc[j]
                if dep == "nsubjpass" and ch.i < 60 and in_dateline(ch):
                    # "SAN ISIDRO, Lanao: A rebel was killed …": the parser may make the dateline's town
                    # a passive subject beside the real one (as a subject: _subject)
                    told = told_past_dateline(ch)
                    if told is not None:
                        return told
                    continue
                return ch
    if v.dep_ == "acl" and v.tag_ == "VBN" and _maker_in_words(v) is None:
        return v.head
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in ("on", "against", "at", "with"):
            for g in ch.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                    return g  # (not "warned on Monday against X": when, not whom)
    return None


def _raid_clause(c: Mention):
    """The "when bandits attacked the village" clause that frames a killing told in the passive, hung
    on its verb or on a verb conjoined with it ("six were killed and one injured when gunmen attacked
    the village": the parser hangs the clause on the last)."""
    head = c.verb or c.tok
    family = [head] + [s for s in head.children if s.dep_ == "conj"] + \
        ([head.head] + [s for s in head.head.children if s.dep_ == "conj"] if head.dep_ == "conj" else [])
    for v in family:
        # (the parser may take "one person injured" for a noun with a participle: the clause then
        # hangs on the participle, or on the noun as a relative clause)
        near = list(v.children) if v is head else \
            [*v.children, *(g for ch in v.children if ch.dep_ == "acl" for g in ch.children)]
        for ch in near:
            if (ch.dep_ == "advcl" or ch.dep_ == "relcl" and v is not head) and ch.lemma_.lower() in _RAIDING and \
                    any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "after") for m in ch.children):
                return ch
    return None


_RAIDING = _W["raiding"]


def _hurt_when(c: Mention):
    """The "when" clause the parser hangs on the hurt told beside a killing ("one man was killed and
    four others were wounded when a bomb went off in Sukkur on Wednesday": on "wounded"): it tells
    where and when the killing was, as its own would. None when there is no such clause."""
    head = c.verb or c.tok
    if head.lemma_.lower() in _WOUNDING:
        return None
    doc = head.doc
    _heads, deps, kids = token_tree(doc)  # (read from the per-Doc lists: a Token only for the clause found)
    lows, lemmas = lower_words(doc)
    for v in kids[head.i]:
        if deps[v] != "conj" or lemmas[v] not in _WOUNDING:
            continue
        for ch in kids[v]:
            if deps[ch] == "advcl" and any(deps[m] in ("advmod", "mark") and lows[m] == "when" for m in kids[ch]):
                return doc[ch]
    return None


_WOUNDING = _W["wounding_verbs"]


def _clause(c: Mention) -> frozenset[int]:
    """Tokens of the trigger's own clause: not conjoined clauses with their own subject,
    not relative clauses hung on other words. (Worked out once per trigger and verb of a Doc:
    the places, times and parties of a mention all ask for it.)"""
    memo = c.tok.doc.user_data.setdefault(_CLAUSES_KEY, {})
    key = (c.tok.i, c.verb.i if c.verb is not None else -1)
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(_clause_of(c))
    return found


_CLAUSES_KEY = "sitrep.clauses"


def _passive(verb) -> bool:
    return any(g.dep_ == "auxpass" for g in verb.children)


def _passive_subject(verb):
    """The noun just before a passive verb's auxiliary that the parser did not make its subject
    ("… and curfews were imposed": "curfews", hung on an earlier object), when the verb has none;
    else None."""
    if any(g.dep_ in ("nsubj", "nsubjpass") for g in verb.children):
        return None
    aux = next((g for g in verb.children if g.dep_ == "auxpass" and g.i < verb.i), None)
    if aux is None or aux.i == 0:
        return None
    noun = verb.doc[aux.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" else None


def _clause_of(c: Mention) -> set[int]:
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.head.i != head.i and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in head.children):
        head = head.head  # "launched a crackdown … and handed over dissidents": one clause, one time
    out: set[int] = set()
    doc = head.doc
    _heads, deps, kids = token_tree(doc)  # (the walk reads the per-Doc lists; a Token is made only where
    pos = coarse_tags(doc)                # a rule needs more of a word than its label and part of speech)
    at = c.tok.i
    stack = [head.i]
    while stack:
        t = stack.pop()
        out.add(t)
        for ch in kids[t]:
            dep = deps[ch]
            if dep == "conj" and pos[ch] in ("VERB", "AUX") and any(
                    deps[g] in ("nsubj", "nsubjpass") for g in kids[ch]):
                continue
            if dep == "conj" and pos[ch] == "VERB" and pos[t] == "VERB" and not _passive(doc[t]) and \
                    (subject := _passive_subject(doc[ch])) is not None:
                # "governors activated the Guard and curfews were imposed in …" (its subject hung on the
                # object by the parser): a passive clause of its own after an active verb, the
                # curfews' clause, not the activation's
                if subject.i == at:
                    stack.append(ch)
                continue
            if dep in ("relcl", "acl") and ch != at:
                tok = doc[ch]
                if not tok.left_edge.i <= at <= tok.right_edge.i and \
                        not (c.noun and t == at and (dep == "relcl" or dep == "acl" and tok.tag_ == "VBN") and not any(
                            g.dep_ == "prep" and g.lower_ in _SPAN_PREPS for g in tok.children)):  # (a subtree is a span of the sentence)
                    continue  # ("a peace deal that ended the war in 2005", "the agreements made in October 2016":
                    # the noun's own relative clause or participle tells it; not "a firefight that lasted until
                    # noon": how long it went on)
            stack.append(ch)
    return out


def _governs(tok, c: Mention) -> bool:
    """True when ``tok`` belongs to a clause that governs the trigger ("On May 3, police said that …")."""
    h = clause_verb(tok)
    anc = {a.i for a in (c.verb or c.tok).ancestors}
    return h.i in anc


_MOTION = _W["motion"]
_BODIES = _W["bodies"]
_LOC_PREPS = _W["loc_preps"]


def _trigger_object(noun, trig) -> bool:
    """Whether ``noun`` is the trigger verb's object, or a part of it told by "of" ("withdrew all of
    its staff")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.i == trig.i


def _locative(ptok, c: Mention) -> bool:
    """Whether a place is where the trigger happened: "in Kech", "attacked Kech", "the Kech attack",
    "in Dera Ismail Khan's Daraban area" (not "decided to leave Afghanistan")."""
    trig = c.tok
    verb = c.verb or c.tok
    h = ptok
    for _ in range(5):
        if h.dep_ == "pobj" and h.head.lower_ in _LOC_PREPS:
            if h.head.lower_ == "from" and h.head.head.pos_ == "NOUN" and h.head.head.i != trig.i and \
                    h.head.head.lemma_.lower() not in _PLACE_NOUNS and not _trigger_object(h.head.head, trig):
                return False  # "the charge from Kigali", "a delegation from Kabul": whence, not where
                # (but "withdrew its staff from Nairobi": the act's own object taken from there)
            if h.i != ptok.i and h.head.lower_ == "of" and ptok.dep_ == "poss" and \
                    h.lemma_.lower() not in _PLACE_NOUNS and h.head.head.lemma_.lower() not in _PLACE_NOUNS \
                    and h.lemma_.lower() not in _SITE_NOUNS:
                return False  # "as proof of Kigali's involvement": whose involvement, no place
                # (but "in one of Kano's markets": a site of the city, there)
            if h.head.lower_ == "to" and c.cls.party_object and c.noun and h.head.head == trig:
                return False  # "arms sales to Taiwan", "a warning to Tehran": to whom, a party, not where (a thing
                # "handed over to Chad" is handed over there)
            if _topic_of(h, c):
                return False  # "a protest over Western Sahara", "over his remarks about the territory of
                # Western Sahara": what it was about, not where
            # "according to the Chin media", "told the Kabul press": who says so, not where
            return not (h.head.lower_ == "to" and h.head.head.lower_ in _ATTRIBUTING)
        if h.dep_ == "pobj" and _example_of_places(h.head):
            h = h.head.head  # "in several cities, including Atlanta": where "in several cities" is
            continue
        if h.dep_ in ("dobj", "nsubjpass") and h.head in (trig, verb):
            return not c.cls.party_object  # "attacked Kech" there; "accused Tehran" a party
        if h.dep_ == "dobj" and h.head.lemma_.lower() in _MOTION and h.head.i in {a.i for a in verb.ancestors} | {verb.i}:
            return True  # "visited Islamabad …, with an offer of cooperation": there
        if h.head.i == h.i or h.head == trig:
            return h.head == trig and h.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "prep")
        if h.dep_ in ("conj", "appos", "compound", "poss", "nmod", "amod", "npadvmod") and \
                h.head.pos_ in ("PROPN", "NOUN"):
            if h.dep_ in ("poss", "compound", "amod") and h.head.lemma_.lower() in _BODIES:
                return False  # "Latin America's largest rebel group", "Sudan's army": whose, not where
            h = h.head  # "Panjgur and Noshki", "Kech district", "Karachi's consulate", "Daraban area"
            continue
        return False
    return False


def _topic_of(h, c: Mention) -> bool:
    """Whether the place noun ``h`` is told, on its way up to the trigger, as what the act was about:
    under "about", or under "over" hung on a protest ("protested over his remarks about the
    territory of Western Sahara"); for a political act, under any of ``topic_preps`` ("summoned the
    envoy to protest over the arrest of traders in Lome": a summons in the summoning state, not in Lome)."""
    stop = {c.tok.i, (c.verb or c.tok).i}
    political = c.cls.category == "political"
    heads, deps, _kids = token_tree(h.doc)  # (the climb reads the per-Doc lists: no Token made)
    lows = lower_words(h.doc)[0]
    t = h.i
    for _ in range(8):
        if heads[t] == t or t in stop:
            return False
        if deps[t] == "prep" and (lows[t] == "about" or lows[t] == "over" and c.cls.plover == "PROTEST"
                                  and heads[t] in stop or political and lows[t] in _TOPIC_PREPS):
            return True
        t = heads[t]
    return False


def _example_of_places(prep) -> bool:
    """Whether a preposition gives examples of the place noun it hangs on: "cities, including …",
    "districts such as …" (its "as" beside "such"), "towns like …"."""
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _EXAMPLE_MARKS or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in _PLACE_NOUNS:
        return False
    return prep.lower_ != "as" or any(ch.lower_ == "such" for ch in noun.children)


_EXAMPLE_MARKS = _W["example_marks"]
_TOPIC_PREPS = _W["topic_preps"]


def named_noun(ptok, first):
    """The place noun a name stands beside, where the parser made the name a participle's subject
    ("in the capital Dhaka protesting against …": Dhaka is the capital, not the protesters): that
    noun, whose attachment is the name's; else the name's own root. ``first`` is the name's first word."""
    if ptok.dep_ in ("nsubj", "nsubjpass") and ptok.head.tag_ in ("VBG", "VBN") and ptok.head.i > ptok.i \
            and first.i > 0:
        noun = first.doc[first.i - 1]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _PLACE_NOUNS and noun.dep_ in ("pobj", "dobj", "appos"):
            return noun
    return ptok


def _own_subtree(c: Mention) -> set[int]:
    kids = token_tree(c.tok.doc)[2]  # (the subtree walked in the per-Doc lists: no Token made)
    out, stack = set(), [c.tok.i]
    while stack:
        t = stack.pop()
        out.add(t)
        stack.extend(kids[t])
    return out


def _verb_above(tok):
    """The nearest verb above ``tok`` ("recalled" for "its ambassador from Caracas"), else its root."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    return t


def _reporting_time(tok) -> bool:
    """Whether a time word dates a saying ("told reporters on Monday", "claimed on Tuesday")."""
    h = clause_verb(tok)
    return h.lemma_.lower() in _REPORTING | _ANNOUNCING | _QUOTING


def said_right_before(tok) -> bool:
    """Whether a time word is told right after a saying verb above its clause ("the army said on
    Friday it had killed 12 militants in a strike on Wednesday night"), where the parse hangs the
    saying's time on the said clause's verb."""
    i = tok.left_edge.i - 1
    while i > 0 and tok.doc[i].lower_ in ("on", "late", "early"):
        i -= 1
    if i < 0:
        return False
    v, h = tok.doc[i], clause_verb(tok)
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _REPORTING | _ANNOUNCING | _QUOTING and \
        h.i != v.i and any(a.i == v.i for a in h.ancestors)


_FRAME_NOUNS = _W["frame_nouns"]
_WORD_THINGS = _W["word_things"]
_INCIDENT_NOUNS = _W["incident_nouns"]
_FRAMES = _FRAME_NOUNS | _INCIDENT_NOUNS
_ANOTHER = _W["another"]
_BESIDE = _W["another_beside"]
_MEASURE_NOUNS = _W["measure_nouns"]


def _habitual(verb) -> bool:
    """"Have regularly carried out attacks since 2015": a habit or a record, not a happening."""
    return any(ch.dep_ == "advmod" and ch.lower_ in _HABITUAL
               or ch.dep_ == "prep" and ch.lower_ == "since" for ch in verb.children)


def _repeated(verb) -> bool:
    """"Attacked the camp 16 times in that period", "were killed from January to June": many
    happenings told as one tally (an aggregate), not an event. Three or more times, or a span from
    one month to another."""
    from .tolls import number  # tolls reads clauses' helpers; imported here to keep the modules apart
    for ch in verb.children:
        if ch.dep_ in ("npadvmod", "advmod", "dobj") and ch.lemma_.lower() == "time" and ch.tag_ == "NNS":
            for m in ch.children:
                if m.dep_ == "nummod" and (number(m.text) or 0) >= 3 or \
                        m.dep_ in ("amod", "det") and m.lower_ in _AGGREGATE_DET:
                    return True
        if ch.dep_ == "prep" and ch.lower_ == "from":
            start = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if start is not None and start.lower_ in _MONTHS and not _day_numbered(start) and any(
                    p.dep_ == "prep" and p.lower_ in _SPAN_ENDS and any(g.lower_ in _MONTHS for g in p.children)
                    for p in [*start.children, *ch.children, *verb.children]):
                return True
    return False


def _day_numbered(month) -> bool:
    """Whether a month's name carries its day ("from March 1 to March 5", "from 26 February"): a span of
    days, one happening's time, not a tally from one month to another."""
    return any(t.like_num and len(t.text) <= 2 for t in (*month.children, month.nbor(-1) if month.i > 0 else month))


_SEVERAL_ACTS = _W["several_acts"]


def _sums_up(verb) -> bool:
    """"Seven were killed in three separate clashes", "… in several attacks": the verb tells the
    sum of several happenings, told in a plural frame or incident noun that counts them or sets them
    apart (hung on the verb, or by the parser on its victims: "killed four policemen and four
    labourers in two separate incidents")."""
    victims = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    victims += [g for v in victims for g in v.children if g.dep_ == "conj"]
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "attacks hit the north and killed 30": the first verb's subject
        subjects = [ch for ch in verb.head.children if ch.dep_ == "nsubj"]
    if any(ch.tag_ == "NNS" and ch.lemma_.lower() in _SEVERAL_ACTS and victims
           and not any(d.dep_ in ("det", "poss") for d in ch.children) for ch in subjects):
        return True  # "Attacks across the north killed 30 people over the weekend": the sum of the acts told after
    if victims and any(_of_several_acts(ch) for ch in subjects):
        return True  # "A wave of attacks across Iraq killed 19 people", "a series of bombings killed 13"
    joined = _joined_verbs(verb)  # (read once: three tests below walk them)
    if victims and any(_of_several_acts(ch) for w in (verb, *joined) for cl in w.children
                       if cl.dep_ in ("advcl", "relcl") or cl.dep_ == "npadvmod" and cl.ent_type_ == "DATE"
                       for v in ([cl] if cl.dep_ != "npadvmod" else [g for g in cl.children if g.dep_ == "relcl"])
                       if any(m.lower_ == "when" for m in v.children)
                       for ch in v.children if ch.dep_ == "nsubj"):
        return True  # "16 were killed when a spate of shootings and bombings struck towns across Iraq"
    doc = verb.doc
    _heads, deps, kids = token_tree(doc)  # (the two walks below read the per-Doc lists: a Token is made
    tags, (lows, lemmas) = fine_tags(doc), lower_words(doc)  # only for a frame noun or a preposition's object)
    if any(deps[ch] == "prep" and any(
            deps[g] == "pobj" and tags[g] == "NNS" and lemmas[g] in _FRAMES
            and (_aggregate_np(doc[g]) or any(deps[m] == "amod" and lows[m] in _BESIDE or deps[m] == "prep" and lows[m] in _ACROSS
                                              for m in kids[g]))
            for g in kids[ch]) for w in (verb, *victims, *joined) for ch in kids[w.i]):
        return True
    if any(deps[ch] == "prep" and any(deps[g] == "pobj" and _separate_run(doc[g]) for g in kids[ch])
           for w in (verb, *joined) for ch in kids[w.i]):
        return True
    return _in_which_of_several(verb)


def _of_several_acts(n) -> bool:
    """"A wave of attacks", "a series of bombings", "a spate of car bombs and shootings": an aggregate
    head counting acts of violence (the acts or, joined to them, others)."""
    return n.lemma_.lower() in _AGGREGATE_HEAD and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and any(a.tag_ == "NNS" and a.lemma_.lower() in _SEVERAL_ACTS for a in (g, *g.conjuncts))
            for g in p.children) for p in n.children)


_ACROSS = _W["across_words"]
_RUN_TAGS = frozenset({"NN", "NNS", "VBG", "JJ", "CC", ","})


def _separate_run(g) -> bool:
    """"Killed in separate bombing and shooting incidents": a run of nouns set apart ("separate") that
    ends in a plural frame or incident noun, though the parser hangs the preposition on its first word
    ("bombing") and the plural on a word inside it."""
    if not any(m.dep_ == "amod" and m.lower_ in _BESIDE for m in g.children):
        return False
    last = None
    for t in g.doc[g.i + 1:min(g.i + 8, token_sentence(g).end)]:
        if t.tag_ not in _RUN_TAGS:
            break
        last = t
    return last is not None and last.tag_ == "NNS" and last.lemma_.lower() in _FRAMES


def _in_which_of_several(verb) -> bool:
    """"Militants carried out 18 attacks in August in which 24 people were killed", "recorded eight
    attacks in the tribal areas in which nine people were killed": a clause "in which" hung on a count
    of acts, or by the parser on a place or time of its phrase or on its verb ("four attacks were
    witnessed in which six were killed"), tells the sum of their toll."""
    if verb.dep_ not in ("relcl", "ccomp", "advcl", "acl") or not any(ch.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ == "which"
                                                                  for g in ch.children) for ch in verb.children):
        return False
    for n in _up_by_preps(verb.head, 3):
        if n.pos_ in ("VERB", "AUX"):
            return any(ch.dep_ in ("dobj", "nsubjpass", "nsubj") and _several_frames(ch) for ch in n.children)
        if _several_frames(n):
            return True
    return False


def _up_by_preps(n, steps: int):
    """``n``, then the word its preposition hangs on while ``n`` is a preposition's object ("four attacks
    in which …": "which", then "attacks"), at most ``steps`` words in all."""
    for _ in range(steps):
        yield n
        if n.dep_ != "pobj" or n.head.head.i == n.head.i:
            return
        n = n.head.head


def _several_frames(n) -> bool:
    return n.tag_ == "NNS" and n.lemma_.lower() in _FRAMES and _aggregate_np(n)


_LATEST = frozenset(_W["latest_words"])


def _singling_superlative(noun) -> bool:
    """Whether a noun carries a superlative that singles out one act among several ("the deadliest
    attack", "the worst incident"), not one that places it last in time ("the latest assault")."""
    return any(ch.dep_ == "amod" and ch.tag_ == "JJS" and ch.lower_ not in _LATEST for ch in noun.children)


def _joined_verbs(verb) -> list:
    """The verbs joined to ``verb`` by "and" that share its subject-less passive ("26 were killed and
    seven others abducted in two separate attacks": the parser hangs the frame on the last). The parser
    may also read the gapped second clause as a noun joined to the verb, its participle hung on the noun
    ("ten militants have been killed and three others arrested during separate incidents": "others" a
    conjunct of "killed", "arrested" a participle of "others")."""
    return [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ == "VERB" and (ch.tag_ == "VBN" or (
        ch.tag_ == "VBD" and verb.tag_ in ("VBN", "VBD") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)))] + [
        g for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in ("NOUN", "PRON")
        for g in ch.children if g.dep_ == "acl" and g.tag_ == "VBN"]


def _over_places(verb, names=()) -> bool:
    """"Three were killed as police fired on crowds in Sylhet and Comilla", "… in Baramulla, Pulwama
    and Budgam districts": the clause sums up acts at several places, named in one list (the acts
    themselves are told one by one after it, a paragraph each). ``names``: the character spans of the
    places the sentence names, whose own "and" joins no list ("in Jammu and Kashmir": one place)."""
    doc = verb.doc
    _heads, deps, kids = token_tree(doc)  # (the verb's subtree walked in the per-Doc lists, in any order:
    lows, tags = lower_words(doc)[0], fine_tags(doc)  # the answer is whether one preposition holds such a list)
    stack = [verb.i]
    while stack:
        prep = stack.pop()
        stack.extend(kids[prep])
        if deps[prep] != "prep" or lows[prep] not in _OVER_PLACES_PREPS:
            continue
        for g in kids[prep]:
            if deps[g] != "pobj" or tags[g] not in ("NNP", "NNPS"):
                continue
            if _listed_names(doc[g], names) >= 2:
                return True
    return False


def _across_a_land(verb, lands=()) -> bool:
    """"Morsi supporters fill streets across Egypt", "protests erupted throughout the country": the clause
    spreads its act over a whole country or province (a preposition of ``across_words`` on the verb or
    on its object, whose object is one of ``lands``, the character spans of the country and province
    names the sentence holds, or a noun of ``whole_lands``): it sums up acts held at many places (not
    "across the city": ACLED codes a city's acts as one)."""
    for w in (verb, *(ch for ch in verb.children if ch.dep_ in ("dobj", "nsubj", "nsubjpass"))):
        for prep in w.children:
            if prep.dep_ != "prep" or prep.lower_ not in _ACROSS:
                continue
            for g in prep.children:
                if g.dep_ != "pobj":
                    continue
                if g.lower_ in _WHOLE_LANDS or any(a <= g.idx < b for a, b in lands):
                    return True
    return False


_WHOLE_LANDS = frozenset(_W["whole_lands"])


def _listed_names(tok, names=()) -> int:
    """How many proper names a list begun at ``tok`` holds, read left to right ("Baramulla, Pulwama
    and Budgam districts": 3; the parser often hangs such a list wrongly); 0 without a joining word ("and").
    A joining word inside one of ``names`` (character spans of place names) is part of that name."""
    groups, joined, prev_name = 0, False, False
    for t in tok.doc[tok.i:token_sentence(tok).end]:
        if t.tag_ == "CC" and prev_name and any(a < t.idx and t.idx + len(t) < b for a, b in names):
            continue  # "Jammu and Kashmir", "Bosnia and Herzegovina": one name
        if t.tag_ in ("NNP", "NNPS"):
            groups += not prev_name
            prev_name = True
        elif t.tag_ in (",", "CC") and prev_name:
            joined = joined or t.tag_ == "CC"
            prev_name = False
        else:
            break
    return groups if joined else 0


_OVER_PLACES_PREPS = frozenset(_W["over_places_preps"])


def _fallen_place(tok, placed: frozenset = frozenset()) -> bool:
    """"The town fell to the rebels", "Mosul fell into the hands of Islamic State", "the district fell
    under Taliban control": a place (its subject: a name the parser or the gazetteer reads as a place, or
    a word for one) taken by the side named after the verb (see :func:`_taker_of_fallen`); not "prices
    fell to a record low", "the country fell into chaos", "the city fell silent"."""
    subj = _place_named(tok)
    if subj is None or not (subj.ent_type_ in ("GPE", "LOC", "FAC") or subj.i in placed
                            or subj.lemma_.lower() in _PLACE_NOUNS and subj.lemma_.lower() not in _FALLEN_NOT_PLACES):
        return False
    return _taker_of_fallen(tok) is not None


def _returned_place(tok, placed: frozenset = frozenset()) -> bool:
    """"Hong Kong returned to China in 1997", "the district reverted to Chinese rule": a place (its
    subject) passing to a state (a name the parser or the gazetteer reads as a place) or to its rule,
    with nothing sent back (no object: not "Pakistan returned 50 refugees to Afghanistan")."""
    subj = _place_named(tok)
    if subj is None or any(ch.dep_ == "dobj" for ch in tok.children) or not (
            subj.ent_type_ in ("GPE", "LOC") or subj.i in placed or subj.lemma_.lower() in _PASSING_PLACES
            or subj.lemma_.lower() in _PLACE_NOUNS and subj.lemma_.lower() not in _FALLEN_NOT_PLACES):
        return False
    to = _taker_of_fallen(tok)
    return to is not None and (to.ent_type_ in ("GPE", "NORP") or to.i in placed) and to.i != subj.i


def _place_named(tok):
    """The subject of a verb of a place's passing, the noun a relative clause hangs on for its pronoun
    ("the former colony, which returned to China in 1997": the colony), or the name it stands beside
    ("the former British colony" after "Hong Kong," as its apposition)."""
    subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        subj = tok.head
        if subj.dep_ == "appos" and subj.head.ent_type_ in ("GPE", "LOC"):
            subj = subj.head
    return subj


def _taker_of_fallen(tok):
    """The side a place fell to: the object of "to", the owner of the "hands" it fell into, or the
    modifier of the "control" it fell under ("rebel hands", "Taliban control")."""
    for ch in tok.children:
        if ch.dep_ != "prep":
            continue
        for g in ch.children:
            if g.dep_ != "pobj":
                continue
            if ch.lower_ == "to" and g.lemma_.lower() in _HELD_BY:
                # ("reverted to Chinese rule", "fell to rebel control"): whose rule
                return next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                             if x.dep_ == "pobj"), None) or next((x for x in g.children if x.dep_ in (
                                 "compound", "amod", "poss") and x.pos_ in ("NOUN", "PROPN", "ADJ")), None)
            if ch.lower_ == "to" and g.ent_type_ not in _FALLEN_NOT_TAKERS and g.pos_ in ("NOUN", "PROPN"):
                return g
            if (ch.lower_ == "into" and g.lemma_.lower() == "hand") or (ch.lower_ == "under" and g.lemma_.lower() in _HELD_BY):
                return next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                             if x.dep_ == "pobj"), None) or next((x for x in g.children if x.dep_ in (
                                 "compound", "amod", "poss") and x.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    return None


_FALLEN_NOT_PLACES = frozenset(_W["fallen_not_places"])
_FALLEN_NOT_TAKERS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL")
_HELD_BY = frozenset(_W["held_by"])
_PASSING_PLACES = frozenset(_W["passing_places"])


def _hands_owner(tok):
    """Whose hands a death came at: "the death of a man at the hands of a mob", "died at the hands of
    the police" (a killing, its doer the one named); None when the words say no such thing. Read within
    the word's own phrase or clause (not a clause hung on it)."""
    if tok.lemma_.lower() not in _HANDS_DEATHS:
        return None
    todo = [tok]
    while todo:
        t = todo.pop()
        for ch in t.children:
            if ch.dep_ == "prep" and ch.lower_ == "at":
                hand = next((g for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() == "hand"), None)
                if hand is not None:
                    return next((g for p in hand.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                                 if g.dep_ == "pobj"), None) or next((g for g in hand.children if g.dep_ == "poss"), None)
            elif ch.dep_ == "prep" or (ch.dep_ == "pobj" and t.dep_ == "prep" and t.lower_ == "of"):
                todo.append(ch)  # ("the death of a man at the hands of …": the man's phrase too)
    return None


_HANDS_DEATHS = frozenset(_W["hands_deaths"])


def _place_subject(tok) -> bool:
    """Whether a verb joined to the one before it, with no subject of its own, shares a subject that
    is a place: "the town lies near the border and was captured by the rebels"."""
    return tok.dep_ == "conj" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children) and any(
        ch.dep_ in ("nsubj", "nsubjpass") and (ch.ent_type_ in ("GPE", "LOC", "FAC") or ch.lemma_.lower() in _PLACE_NOUNS)
        for ch in tok.head.children)


def _aggregate_np(tok) -> bool:
    """"A number of attacks", "several raids", "dozens of strikes", "five attacks": many happenings."""
    if tok.lemma_.lower() in _AGGREGATE_HEAD or tok.lower_ in _MULTITUDES:
        return True
    dets = {ch.lower_ for ch in tok.children if ch.dep_ in ("det", "amod", "nummod", "quantmod")}
    plural = tok.tag_ in ("NNS", "NNPS")
    return plural and (bool(dets & _AGGREGATE_DET) or any(ch.dep_ == "nummod" for ch in tok.children))


def _is_people(word: str, ctx: ReportContext) -> bool:
    return word in ctx.people or word.removesuffix("s") in ctx.people  # a headline's "Persons"


def _answered_word(tok) -> bool:
    """Whether a trigger word names an act its sentence answers: "responded to the attack", "retaliated
    for the ambush", "in response to the raid" (word class striking_back, and its noun "response"), or
    is a word inside what is answered ("in response to the bombing in Tabriz, which killed 30")."""
    for t in (tok, *tok.ancestors):
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head  # "in response to the killing of a general and the bombing in Tabriz": both answered
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "against") and (
                t.head.head.lemma_.lower() in _STRIKING_BACK or t.head.head.lemma_.lower() == "response"):
            return True
        if t.pos_ in ("NOUN", "PROPN") and (t.dep_ == "pobj" and t.head.lower_ in ("for", "of", "against") and
                                            t.head.head.lemma_.lower() in _AVENGING or
                                            t.dep_ == "dobj" and t.head.lemma_.lower() in _AVENGING):
            return True  # "the strikes were revenge for the killing of a pilot", "vowed to avenge the
            # ambush": the act avenged (told before) is not the vengeance
    return False


_STRIKING_BACK = _W["striking_back"]
_AVENGING = _W["avenging"]


def _lemma(span: Span, ctx: ReportContext) -> str:
    s = words_at(ctx.doc, span.start, span.end)
    return s.root.lemma_.lower() if s is not None else span.text.lower()


def _told_as_another(c: Mention, words: frozenset[str] = _ANOTHER) -> bool:
    """"A second drone struck a car", "In a separate attack", "Separately, …": a new happening."""
    sent, doc = token_sentence(c.tok), c.tok.doc
    lows = lower_words(doc)[0]  # (the sentence's words read first from their forms: few are "another")
    marks = [i for i in range(sent.start, sent.end) if lows[i] in words]
    if not marks:
        return False
    verb = c.verb or c.tok
    verbs = [verb, c.tok] + ([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [])  # "struck …, killing one"
    near = set()
    for v in verbs:
        near.add(v.i)
        for ch in v.children:  # the doer, the weapon, the target, "in a separate attack"
            if ch.dep_ != "prep" and not (ch.dep_ == "conj" and ch.lemma_.lower() in _DYING and v.i == verb.i):
                near.add(ch.i)  # (not a death joined to it: "two were killed and a third died later" is one act)
            near.update(g.i for g in ch.children if ch.dep_ == "prep" and g.dep_ == "pobj"
                        and g.lemma_.lower() in _FRAMES)
    # (not a count of more people: "killed six and injured another 28 in a drone attack" is one attack;
    # but "another one was killed in the Kili area": one more victim, the subject of its own killing)
    # ("Later on Monday, gunmen killed …", "Separately on Tuesday, …": a mark of the clause hung on its
    # time's preposition)
    timed = {ch.i for v in verbs for ch in v.children if ch.dep_ == "prep"
             and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in ch.children)}
    if any(doc[i].dep_ == "advmod" and doc[i].head.i in timed and doc[i].i < doc[i].head.i for i in marks):
        return True
    return any(doc[i].dep_ in ("amod", "det", "advmod", "npadvmod") and doc[i].head.i in near
               and (not doc[i].head.like_num or doc[i].head.lower_ == "one" and doc[i].head.dep_ in ("nsubj", "nsubjpass"))
               for i in marks)


def _marked_apart(v, skip: set = frozenset()) -> bool:
    """Whether a verb's own words tell its act apart from another of its sentence ("three were shot dead
    later in a second attack": "later", "second"; data class another_beside), leaving out the words
    ``skip`` (another clause's, joined to it)."""
    for t in v.subtree:
        if t.i in skip or t.lower_ not in _BESIDE or t.dep_ not in ("amod", "det", "advmod", "npadvmod"):
            continue
        h = t.head
        if h.i == v.i or h.dep_ == "pobj" and h.head.head.i == v.i and h.lemma_.lower() in _FRAMES:
            return True
    return False


_MISHAPS = _W["mishaps"]


def _by_mishap(verb) -> bool:
    """Whether a violent verb's harm came from a mishap (event_words.yaml ``mishaps``): its subject
    ("floods killed ten", "a plane crash killed 12 soldiers"), what it happened in or by ("killed in a
    road accident", "killed by a landslide") or a "when" clause telling it ("killed when their
    helicopter crashed"). No one did it: it is no event."""
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
            ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children):
        # "a bus hit and killed a biker": the subject its first verb has (or the word the parser took
        # for its compound, "a bus hit"); only a vehicle so borrowed ("gunmen stormed the house and
        # killed two" keeps no subject of its own)
        subj = next((ch for ch in verb.head.children if ch.dep_ in ("nsubj", "compound") and ch.i < verb.head.i
                     and _run_down_by(ch)), None)
    elif subj is None and any(ch.dep_ == "compound" and ch.i < verb.i and _run_down_by(ch) for ch in verb.children):
        return True  # "a bus hit a biker", the parser's compound for its subject
    if subj is None and verb.dep_ == "relcl" and not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children):
        subj = verb.head  # "the storm that killed ten"
    elif subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head  # "the floods which killed ten"
    if subj is not None:
        # "gunmen killed three after their car crashed": theirs
        return subj.lemma_.lower() in _MISHAPS or _run_down_by(subj) or _mishap_day(verb)  # ("a speeding bus killed two")
    if any(ch.dep_ == "agent" and not any(g.lemma_.lower() in _MISHAPS or _run_down_by(g) for g in ch.children)
           for ch in verb.children):
        return False  # "killed by gunmen after their bus overturned"
    for ch in verb.children:
        if ch.dep_ in ("prep", "agent") and ch.lower_ in ("in", "by", "during", "after", "from"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS for g in ch.children):
                return True
        if ch.dep_ == "agent" and any(g.dep_ == "pobj" and _run_down_by(g) for g in ch.children):
            return True  # "struck and killed by a pair of buses"
        if ch.dep_ == "advcl" and ch.lemma_.lower() in _MISHAPS and \
                any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "after", "as") for g in ch.children) \
                and not any(g.dep_ == "dobj" for g in ch.children):
            return True  # (not "killed when gunmen stormed the village": a storming done to something, no storm)
    return False


def _mishap_day(verb) -> bool:
    """Dying told in a "when" clause on the day of a mishap, or on a clause told after one ("protests
    began after the collapse of a station roof on 1 November, when 16 people died"): the mishap's dead
    (a verb of dying only: "… when police killed nine" names its doers)."""
    if verb.lemma_.lower() not in _DYING or not any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and verb.head.head.dep_ == "prep":
        told = verb.head.head.head  # ("… on 1 November, when 16 died": what the day is on)
    elif verb.dep_ == "advcl":
        told = verb.head  # ("protests began after the collapse …, when nine died")
    else:
        return False
    if told.lemma_.lower() in _MISHAPS:
        return True
    return any(ch.dep_ == "prep" and ch.lower_ in ("after", "following", "since") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS for g in ch.children) for ch in told.children)


def _run_down_by(tok) -> bool:
    """Whether ``tok`` is a road or rail vehicle that runs people down (event_words.yaml
    ``road_vehicles``: "a speeding bus", "a pair of buses"), no one driving it named and nothing
    arming it ("a car driven by a man", "a truck laden with explosives": an attack)."""
    lemma = tok.lemma_.lower()
    if lemma not in _ROAD_VEHICLES:
        of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)  # "a pair of buses"
        tok = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if tok is None or tok.lemma_.lower() not in _ROAD_VEHICLES:
            return False
    return not any(ch.dep_ in ("acl", "relcl") for ch in tok.children) \
        and not any(t.lower_ in _ARMED_VEHICLE for t in tok.subtree)


_ROAD_VEHICLES = _W["road_vehicles"]
_ARMED_VEHICLE = _W["armed_vehicle_words"]
