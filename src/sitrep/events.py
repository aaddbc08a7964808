"""Stage 6, events: find each happening, type it, and fill its arguments.

Reads: the spaCy ``Doc`` (dependency parse), the trigger lexicon
(``data/triggers.yaml``), and the times, places and actors of the earlier
stages.
Adds: :class:`Event` records: one per happening at one place and time, with
ACLED type and sub-type, PLOVER type and mode, actor1 (agent, also of
passives), actor2 (target or counterpart), place, date interval, deaths and
injuries, and every evidence span. A later mention ("the attack in Kech") adds
evidence to the event it names instead of making a new one; aggregates
("five attacks in January"), habits, hypotheticals and conditionals are not
events; an attack on two towns is two events.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .gazetteer import normalise
from .language import clause_verb, doc_text, token_index
from .lexicon import TriggerClass, Triggers, load_event_words
from .records import Actor, Count, Event, Findings, Interval, Note, Place, Span, TimeExpr

_W = load_event_words()  # the word classes below: data/event_words.yaml

_ANNOUNCING = _W["announcing"]
_INTENDING = _W["intending"]
_MODAL_SKIP = _W["modal_skip"]
_FUTURE = _W["future"]
_CONDITIONAL = _W["conditional"]
_AGGREGATE_DET = _W["aggregate_det"]
_AGGREGATE_HEAD = _W["aggregate_head"]
_VIOLENT_PLOVER = "ASSAULT"
_MONTHS = _W["months"]
_NUMWORDS = _W["numwords"]
# a number that modifies a noun ("a 23-year-old man", "a 57-member jirga", "a four-man patrol", "a 10-kg
# bomb") is no count of people, nor is a magnitude ("tens of thousands" is not ten)
_NOT_A_COUNT = r"(?!\s+of\s+(?:thousands|millions)\b|[\s-]*(?:years?|months?)[\s-]+old\b|-(?:year|month|week|day|member|man|strong|kg|km|metre|meter|storey|mile|hour)s?\b)"
_NUM = r"(?:\d[\d,]*|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + \
    r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?" + _NOT_A_COUNT
_QUAL = r"(?:at least |about |some |nearly |almost |around |more than |over |up to |as many as |another |a total of )?"
_VICTIM = r"(?:[\w’'-]+\s+){0,4}?"
_KILLED = re.compile(
    rf"(?:kill(?:ing|ed|s)?|claim(?:ing|ed|s)? the lives of|left|leaving|massacr(?:ed|ing)|slaughter(?:ed|ing)|"
    rf"shot dead|gunned down|behead(?:ed|ing)|execut(?:ed|ing))\s+{_QUAL}({_NUM})\b(?!\s*(?:%|percent|km|kilomet|miles|hours|days|years|injured|wounded|others injured))", re.I)
_DIED = re.compile(
    rf"\b{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been|are|being|been)\s+)?(?:killed|dead|died|slain|martyred|lost (?:their|his|her) lives|perished|shot dead|beheaded|hacked to death)\b", re.I)
# "31 soldiers and three army auxiliaries were killed": two counts of one toll
_DIED2 = re.compile(
    rf"\b{_QUAL}({_NUM})\s+{_VICTIM}and\s+{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been|are|being|been)\s+)?"
    rf"(?:killed|dead|died|slain|martyred|perished|shot dead)\b", re.I)
_ANOTHER_EVENT = re.compile(r"\b(?:another|separate|second|other)\s+(?:\w+\s+){0,2}(?:attack|raid|ambush|assault|"
                            r"strike|bombing|blast|clash|incident)", re.I)
_TOLL = re.compile(rf"death toll\s+(?:\w+\s+){{0,4}}?(?:to|at|of|reached|stands at|is)\s+{_QUAL}({_NUM})\b", re.I)
_INJURED = re.compile(
    rf"(?:(?<!\bno )\b{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been|are)\s+)?(?:injured|wounded|hurt)\b|"
    rf"(?:injur(?:ing|ed)|wound(?:ing|ed))\s+{_QUAL}({_NUM})\b)", re.I)
_ARRESTED = re.compile(
    rf"(?:\b{_QUAL}({_NUM})\s+{_VICTIM}(?:(?:were|was|have been|had been)\s+)?(?:arrested|detained|rounded up|held|picked up|apprehended)\b|"
    rf"(?:arrest(?:ing|ed)|detain(?:ing|ed))\s+{_QUAL}({_NUM})\b)", re.I)
_NONE_KILLED = re.compile(r"\b(?:no one|nobody|no casualties|no deaths|none)\b[^.]{0,30}\b(?:killed|hurt|injured|died|reported)", re.I)


def number(word: str) -> int | None:
    w = word.lower().replace(",", "").strip()
    if w.isdigit():  # ASCII digits only, and no count past a billion: a longer run of digits is no toll
        return int(w) if w.isascii() and len(w) <= 10 else None
    parts = re.split(r"[\s-]+", w)
    total = 0
    for p in parts:
        if p in _NUMWORDS:
            total += _NUMWORDS[p]
        else:
            return None
    return total or None


@dataclass
class _Cand:
    tok: object  # the trigger token
    cls: TriggerClass
    start: int  # trigger span in characters
    end: int
    noun: bool
    planned: bool = False
    negated: bool = False
    definite: bool = False  # "the attack": may be a mention of an earlier event
    plural: bool = False
    verb: object = None  # the verb that carries the clause (itself, or a support verb)
    extra: list = field(default_factory=list)  # further trigger tokens folded in


class EventFinder:
    """Finds events in a parsed document; build once, use for many."""

    def __init__(self, triggers: Triggers, lexicon=None):
        """``lexicon`` (:func:`sitrep.lexicon.load_lexicon`): country names, the nouns that name people,
        the words that name countries and their "of" names; without it, none."""
        self.t = triggers
        self.country_names: dict[str, str] = dict(lexicon.countries) if lexicon is not None else {}
        self.people: frozenset = frozenset(lexicon.people) if lexicon is not None else frozenset()
        self.country_words: dict = dict(lexicon.country_words) if lexicon is not None else {}
        self.of_names: dict = dict(lexicon.of_names) if lexicon is not None else {}
        # the words that name violence ("the attack", "the killings", "the violence"): what a
        # condemnation can point at (see _condemned_doer); built once from the trigger lexicon
        self.violent_words = frozenset(w for entries in triggers.nouns.values() for words, cls in entries
                                       if cls.plover in (_VIOLENT_PLOVER, "PROTEST") for w in words) | {"violence"}

    # -- triggers -----------------------------------------------------------
    def _match(self, sent) -> list[_Cand]:
        t = self.t
        out: list[_Cand] = []
        used: set[int] = set()
        toks = list(sent)
        for k, tok in enumerate(toks):
            if tok.i in used:
                continue
            lemma = tok.lemma_.lower()
            low = tok.lower_
            if tok.ent_type_ in ("DATE", "TIME") or (tok.text[:1].isupper() and low in _MONTHS):
                continue
            if tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj")):
                for words, cls in t.nouns.get(lemma, []) + t.nouns.get(low, []):
                    if len(words) == 1 and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                        continue  # "ceasefire agreement": the phrase is matched at its head
                    span = _noun_phrase(toks, k, words)
                    if span is None:
                        continue
                    a, b = span
                    if any(x.i in used for x in toks[a:b]):
                        continue
                    if cls.name == "territory" and not _has_place_object(tok):
                        continue
                    used.update(x.i for x in toks[a:b])
                    out.append(_Cand(tok, cls, toks[a].idx, toks[b - 1].idx + len(toks[b - 1]), True))
                    break
            elif tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma in t.verbs):
                for rest, cls in t.verbs.get(lemma, []) + (t.verbs.get(low, []) if low != lemma else []):
                    if rest and not _has_particles(tok, rest):
                        continue
                    if cls.subjects:
                        subj = _subject(tok)
                        if subj is None or subj.lemma_.lower() not in cls.subjects:
                            continue
                    if cls.objects and not _object_matches(tok, set(cls.objects)):
                        continue  # "air defences downed six drones", not "downed tools"
                    if cls.name == "territory" and (not _has_place_object(tok) or any(
                            ch.dep_ == "dobj" and ch.lemma_.lower() in _IDIOM_OBJECTS for ch in tok.children)):
                        continue  # "the attack took place in Gayeri", "took part", "took action"
                    if cls.name == "arrest" and lemma == "capture" and _has_place_object(tok):
                        continue
                    if cls.name == "seizure" and not _object_matches(tok, {"weapon", "arm", "explosive", "ammunition", "bomb", "ied", "rifle", "gun", "drug", "cache", "grenade", "mine"}):
                        continue
                    if cls.name == "sanction" and not rest and not any(
                            ch.dep_ in ("dobj", "nsubjpass", "auxpass") for ch in tok.children):
                        continue  # "schools and businesses closed": nothing was closed by anyone
                    if cls.name == "aid" and not any(t.ent_type_ == "MONEY" for t in tok.subtree):
                        continue  # "lent them renewed vigour" gives no aid
                    if cls.name == "consult" and lemma == "arrive" and not _has_place_object(tok):
                        continue
                    if cls.plover in ("COERCE", "REQUEST") and cls.category == "political" and not _has_clause_object(tok):
                        continue  # "forced their way in", "asking not to be named"
                    if cls.name == "coerce" and not _object_is_party(tok):
                        continue  # "forced thousands to flee": a consequence, not one party coercing another
                    if cls.name == "consult" and lemma == "arrive" and not _official(_subject(tok)):
                        continue  # "displaced families arrived in the camps" is no visit
                    if tok.dep_ in ("amod", "compound"):
                        continue  # "a banned group", "the killed soldiers": a description
                    used.add(tok.i)
                    out.append(_Cand(tok, cls, tok.idx, tok.idx + len(tok), False))
                    break
        return out

    # -- filters ------------------------------------------------------------
    def _why_not(self, c: _Cand, headline: bool) -> str | None:
        """Fill tense, negation and definiteness; for a mention that tells no happening, why not
        (``--explain`` shows it); None for an event."""
        tok = c.tok
        verb = tok
        if c.noun:
            if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.head.pos_ == "NOUN"):
                return "a modifier of another noun (\"attack helicopter\")"
            dets = {ch.lower_ for ch in tok.children if ch.dep_ in ("det", "predet", "amod", "nummod", "quantmod")}
            if tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.lemma_ != tok.lower_:
                c.plural = True
            if any(ch.dep_ == "nummod" or ch.like_num for ch in tok.children) and c.plural:
                return "a count of events (\"five attacks in January\")"
            if dets & _AGGREGATE_DET:
                return "an aggregate (\"several attacks\")"
            if tok.head.lemma_.lower() in _AGGREGATE_HEAD and tok.dep_ == "pobj" or \
                    (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _AGGREGATE_HEAD):
                return "part of an aggregate (\"a series of attacks\")"
            c.definite = bool(dets & {"the", "this", "that", "these", "those"}) or \
                any(ch.dep_ == "poss" for ch in tok.children)
            has_det = bool(dets & {"a", "an", "the", "this", "that"}) or any(ch.dep_ == "poss" for ch in tok.children)
            carried = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.t.support_verbs \
                and tok.head.tag_ in ("VBD", "VBN") and not _habitual(tok.head)
            news = _told_as_news(tok)
            if c.plural and not has_det and not headline and not carried and not news:
                return "a generic plural (\"terrorist attacks since last year\")"
            if not has_det and not headline and not carried and not news and not _dated_or_placed(tok):
                return "a bare noun, neither dated nor placed"
            verb = _governing_verb(tok)
            if verb is not None and tok.head == verb and verb.lemma_.lower() in self.t.support_verbs:
                c.verb = verb
            if verb is None:
                c.verb = None
                return None
        c.verb = c.verb or verb
        v = c.verb
        if c.cls.plover == "REQUEST" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _W["asked_of_reporters"]
                                             for ch in v.children):
            return "a reporting formula (\"requesting anonymity\")"
        aux = {ch.lower_ for ch in v.children if ch.dep_ in ("aux", "auxpass")}
        if "would" in aux and v.dep_ == "ccomp" and v.head.lemma_.lower() in _ANNOUNCING:
            c.planned = True  # "said he would visit Quetta": announced, not yet done
        elif v.dep_ == "xcomp" and v.head.lemma_.lower() in _INTENDING and v.tag_ == "VB":
            c.planned = True  # "is expected to visit", "plans to meet"
        elif aux & _MODAL_SKIP:
            return "a possibility (\"could attack\")"
        if _conditional(v):
            return "a condition (\"if they attack\")"
        if aux & _FUTURE or _going_to(v):
            c.planned = True
        if any(ch.dep_ == "neg" for ch in v.children):
            c.negated = True
        if c.noun and v.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") and (v.lemma_.lower() in _CALLED_OFF or (
                v.lemma_.lower() == "call" and any(ch.dep_ == "prt" and ch.lower_ == "off" for ch in v.children))):
            return "called off (\"postponed his visit\")"
        if c.noun and v.i != tok.i and v.lemma_.lower() in ("continue", "intensify", "step") and \
                v.tag_ in ("VBZ", "VBP", "VBG"):
            return "a campaign going on (\"continues its crackdown\")"
        if c.noun and _own_date(tok):
            return None  # "last week's arrest", "the 2011 murder", "an ambush on Sunday": dated by their own words
        if c.noun and v.i != tok.i and v.tag_ in ("VB", "VBZ", "VBP") and not c.planned and not headline:
            # "attacks are being carried out at night": a habit, not an event
            if not (aux & {"has", "have", "did", "'ve"}):
                return None if v.tag_ != "VB" or _past_chain(v) else "a habit (\"attacks are carried out at night\")"
        if not c.noun:
            tag = v.tag_
            if any(ch.dep_ in ("nsubj", "nsubjpass") and _aggregate_np(ch) and ch.lemma_.lower() not in ("dozens", "hundreds")
                   for ch in v.children) and any(ch.dep_ == "prep" and ch.lower_ in ("over", "in", "during") and any(
                       g.lower_ in ("past", "last", "recent") for g in ch.subtree) for ch in v.children):
                return "a tally (\"over the past months, several have surrendered\")"
            if tag == "VBG" and v.dep_ in ("advcl", "conj") and (any(
                    ch.dep_ == "dobj" and _aggregate_np(ch) for ch in v.head.children) or _habitual(v.head)):
                return "many events (\"carried out a number of attacks, killing dozens\")"
            if v.dep_ == "acl" and tag == "VBN" and any(
                    ch.dep_ == "prep" and ch.lower_ in ("for", "since") and any(
                        g.lemma_.lower() in ("month", "year", "week", "decade") or g.like_num for g in ch.subtree)
                    for ch in v.children):
                return "a state of things (\"a town besieged for months\")"
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") and tag == "VBN":
                c.definite = True  # "the people killed in Ndzorov": told again, may name an earlier event
            if tag in ("VBD", "VBN"):
                if tag == "VBN" and aux & {"is", "are", "being", "am"} and "been" not in aux:
                    return None if headline or "being" not in aux and "is" not in aux and "are" not in aux \
                        else "the present passive (\"are being attacked\")"
                return None
            if tag == "VBG":
                if v.head.lemma_.lower() in ("deny", "admit", "accuse", "blame", "acknowledge", "condemn", "avoid",
                                             "stop", "halt", "resume", "continue", "risk") \
                        and v.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "advcl") and not _dated_or_placed(v):
                    return "a practice denied or admitted (\"denied targeting civilians\")"  # not a
                    # happening ("denied shelling a village in Kech on Monday" is one, and stays, denied)
                if v.dep_ == "acl" and c.cls.category == "political":
                    return "a description of people (\"families seeking safety\")"
                return None if v.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") or headline \
                    else "a present participle of no past happening"
            if tag in ("VBZ", "VBP"):
                return None if headline or bool(aux & {"has", "have"}) else "the present tense (\"attacks\")"
            if tag == "VB":
                if c.planned:
                    return None
                if aux & {"did", "does", "do"}:
                    return None
                return None if headline and v.dep_ == "ROOT" else "a bare infinitive (\"to attack\")"
        return None

    # -- the whole document ---------------------------------------------------
    def find(self, doc, found: Findings, notes: list[Note] | None = None) -> list[Event]:
        """Entry point: the events of ``doc``, mentions folded into the events they name, from what
        the earlier stages ``found`` (times, places, actors, the report's country and date, the
        provinces peoples' words name). ``notes``, when given, gets what became of each trigger
        mention and why (``sitrep extract --explain``)."""
        made: list[tuple[Note, Event]] = []  # notes whose event gets its id at the end

        def note(c: _Cand, si: int, outcome: str, rule: str, why: str, ev: Event | None = None) -> None:
            if notes is None:
                return
            n = Note(Span(c.start, c.end, c.tok.text), si, c.cls.name, outcome, rule, why)
            notes.append(n)
            if ev is not None:
                made.append((n, ev))

        times, places, actors = found.times, found.places, found.actors
        published, focus, homelands = found.published, found.focus, found.homelands
        sents = list(doc.sents)
        paragraph = _paragraphs(doc, sents)
        events: list[Event] = []
        last_time: dict[int, TimeExpr] = {}
        by_sent_times: dict[int, list[TimeExpr]] = {}
        for te in times:
            by_sent_times.setdefault(te.sentence, []).append(te)
        by_sent_places: dict[int, list[Place]] = {}
        for p in places:
            by_sent_places.setdefault(p.sentence, []).append(p)
        actor_at = token_index(doc, actors)
        ctx = _Ctx(doc, sents, paragraph, by_sent_times, by_sent_places, actor_at, self.country_names,
                   people=self.people | _PEOPLE | self.t.civilian_targets,
                   headline=bool(sents) and _is_headline(doc, sents[0]), country_words=self.country_words)
        ctx.lead_time = _lead_time(times, published, doc)
        ctx.of_names = self.of_names
        ctx.focus, ctx.homelands = focus, homelands or {}
        ctx.dateline_place = next((p for p in places if p.dateline), None)
        for si, sent in enumerate(sents):
            headline = si == 0 and ctx.headline
            cands = []
            for c in self._match(sent):
                why = self._why_not(c, headline)
                if why is None:
                    cands.append(c)
                else:
                    note(c, si, "dropped", "not a happening", why)
            ctx.other_triggers = {c.tok.i: {t.i for t in c.tok.subtree} for c in cands if c.noun}
            kept = _drop_contents(cands)
            for c in cands:
                if c not in kept:
                    note(c, si, "dropped", "inside another", "what another mention says, wants or names, not a happening of its own")
            folded = _fold_within_sentence(kept)
            hosts = {id(x): f for f in folded for x in f.extra}
            for c in kept:
                if c not in folded:
                    host = hosts.get(id(c))
                    note(c, si, "folded", "same sentence", "another trigger of its sentence tells the same happening"
                         + (f" (\"{host.tok.text}\")" if host is not None else ""))
            for c in folded:
                ev = self._build(c, si, ctx)
                if ev is None:
                    note(c, si, "dropped", "no event", "its clause gave no event: a party, object or reading the class needs is missing")
                    continue
                target = _coreferent(ev, c, events, ctx)
                if target is not None:
                    _absorb(target, ev, ctx.headline)
                    note(c, si, "folded", "retelling", "tells an earlier event again (same kind of happening, compatible "
                         "time, place and parties)", target)
                    continue
                if c.noun and c.definite and c.tok.dep_ == "pobj" and c.verb is not None \
                        and c.verb.lemma_.lower() not in self.t.support_verbs \
                        and not any(ch.dep_ == "poss" for ch in c.tok.children) and not _own_anchor(c.tok):
                    note(c, si, "dropped", "told elsewhere", "names an event told elsewhere (\"in connection with the raid\")")
                    continue  # "in connection with the raid": names an event told elsewhere
                _during_visit(ev, events)
                for split in _split_by_place(ev, c, ctx):
                    for one in _split_by_actor(split, ctx):
                        events.append(one)
                        note(c, si, "event", "trigger", f"trigger class {c.cls.name!r} ({c.cls.plover}"
                             f"{', ' + c.cls.acled_subtype if c.cls.acled_subtype else ''}) in a clause that tells "
                             "a happening", one)
                        if notes is not None:  # the mentions its sentence folded into it
                            made.extend((n, one) for n in notes if n.outcome == "folded" and n.rule == "same sentence"
                                        and n.sentence == si and n.event is None
                                        and n.why.endswith(f"(\"{c.tok.text}\")"))
        scene = _article_scene(places)
        if scene is not None and (focus is None or scene.country == focus):  # not a byline's home town
            for ev in events:
                if ev.place is None or (ev.place.feature == "country" and ev.place.country == scene.country):
                    if ev.place is None and ev.actor1 is not None and ev.actor1.country not in (None, scene.country) \
                            and ev.category == "political":
                        continue  # a foreign government's statement is not made in the report's province
                    ev.place = replace(scene, precision="admin1", name=scene.admin1, feature="admin1",
                                       admin2=None, admin2_alternatives=(), lat=None, lon=None, geonames_id=None)
        _later_tolls(events, ctx)
        for ev in events:
            if ev.actor1 is None:
                _perpetrator(ev, events, ctx)
        _report_doer(events)
        for ev in events:
            if ev.plover == "ACCUSE" and ev.actor2 is None:
                _condemned_doer(ev, events, ctx, self.violent_words)
        for ev in events:
            _lasting(ev, ctx)
            if ev.place is not None and ev.place.country:  # (parties told in later mentions too)
                ev.actor1, ev.actor2 = _local(ev.actor1, ev.place.country, ctx), _local(ev.actor2, ev.place.country, ctx)
            if ev.plover == _VIOLENT_PLOVER and (any(a is not None and a.type in ("protesters", "rioters")
                                                    for a in (ev.actor1, ev.actor2)) or _crowd_told(ev, ctx)):
                # force between a crowd and the authorities is a protest event as ACLED codes it: a riot
                # where the crowd fights back, excessive force where it is only fired on
                violent = any(self.t.violent_crowd.search(sp.text) for sp in ev.evidence) or \
                    (ev.actor1 is not None and ev.actor1.type in ("protesters", "rioters"))
                ev.plover, ev.category, ev.mode = "PROTEST", "conflict", "riot" if violent else "demo"
                ev.acled_type, ev.acled_subtype = ("Riots", "Violent demonstration") if violent else \
                    ("Protests", "Excessive force against protesters")
            if ev.acled_type == "Protests" and ev.acled_subtype == "Peaceful protest" and ev.fatalities is not None \
                    and ev.fatalities.value and not any(self.t.violent_crowd.search(sp.text) for sp in ev.evidence):
                # protesters killed at a peaceful protest: force was used on them (ACLED's excessive force)
                ev.acled_subtype = "Excessive force against protesters"
            if ev.acled_type == "Protests" and ev.acled_subtype in ("Peaceful protest", "Protest with intervention") \
                    and any(self.t.violent_crowd.search(sp.text) for sp in ev.evidence):
                # the crowd's violence told in any sentence about the protest makes it a riot
                ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Violent demonstration", "riot"
            _crowd_side(ev, self.t.crowd_sides, ctx)
            if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name:
                ev.actor2 = None  # one side named twice: the other is not known
        for i, ev in enumerate(events, 1):
            ev.id = f"E{i}"
        for n, ev in made:
            n.event = n.event or ev.id
        if notes is not None:
            notes.sort(key=lambda n: n.trigger.start)
        return events

    def _build(self, c: _Cand, si: int, ctx: "_Ctx") -> Event | None:
        cls = c.cls
        tok = c.tok
        sent = ctx.sents[si]
        trig = Span(c.start, c.end, doc_text(ctx.doc)[c.start:c.end])
        ev = Event(id="", trigger=trig, sentence=si, category=cls.category,
                   acled_type=cls.acled_type, acled_subtype=cls.acled_subtype,
                   plover=cls.plover, mode=cls.mode, negated=c.negated)
        ev.evidence.append(_clause_span(c, sent, ctx.doc))
        a1, a2 = _arguments(c, ctx)
        if si == 0 and ctx.headline and not c.noun and c.tok.tag_ in ("VBN", "VBD") and \
                not any(ch.dep_ in ("dobj", "nsubjpass") for ch in c.tok.children) and \
                c.tok.i + 1 < len(ctx.doc) and ctx.doc[c.tok.i + 1].lower_ in ("in", "by", "as", "after", "when", "during", "near", "at"):
            # a headline drops "were": "Five police killed in rebel attack" — the police are the victims
            a1, a2 = _arg_actor(_agent_of(c.tok), ctx), a1
        for other in c.extra:  # the same happening told by another word may name the parties
            if a1 is not None and a2 is not None:
                break
            if other.cls.plover != c.cls.plover:
                continue
            o1, o2 = _arguments(other, ctx)
            for cand in (o1, o2):
                if cand is None or cand in (a1, a2) or (a1 and cand.name == a1.name) or (a2 and cand.name == a2.name):
                    continue
                if a1 is None and cand is o1:
                    a1 = cand
                elif a2 is None:
                    a2 = cand
        ev.actor1, ev.actor2 = _possessor(a1, ctx) or a1, a2
        ev.place = _place_for(c, si, ctx) or _place_in_actor(ev, ctx)
        if ev.place is None or ev.place.feature == "country":
            ev.place = _homeland(ev, ctx) or ev.place
        if ev.place is not None and ev.place.country:
            ev.actor1, ev.actor2 = _local(ev.actor1, ev.place.country, ctx), _local(ev.actor2, ev.place.country, ctx)
        if ev.place is None and cls.name == "arrest" and ev.actor1 is None:
            ev.place = _scene(si, ctx)  # "… a raid on an office in Karachi. Thirteen were rounded up."
        ev.time, ev.time_basis = _time_for(c, si, ctx)
        if ev.time is not None:
            ev.interval = ev.time.interval
        if cls.violent or cls.plover == _VIOLENT_PLOVER:
            self._refine_violence(ev, c, ctx)
            ev.fatalities, ev.injured = _casualties(sent, ctx.doc, c.tok.idx)
            if ev.fatalities is None and cls.name == "kill":
                ev.fatalities = _one_victim(c)
        elif cls.plover == "PROTEST":
            # the dead of a protest met with force, or of a riot, are its own ("opened fire on protesters …,
            # killing three")
            ev.fatalities, ev.injured = _casualties(sent, ctx.doc, c.tok.idx)
        if ev.acled_subtype == "Abduction/forced disappearance" and ev.fatalities is not None and ev.fatalities.value:
            ev.acled_subtype = "Attack"  # "killed 11 and abducted 20": the killing is the graver act
        if cls.name == "riot" and ev.actor1 is not None and ev.actor1.type in _ARMED | {"state"}:
            # "fighters rampaged through a village, killing 85": armed men's attack, not a riot
            ev.plover, ev.acled_type, ev.acled_subtype, ev.category = "ASSAULT", "Violence against civilians", "Attack", "conflict"
        if cls.name == "clash" and ev.actor2 is not None and ev.actor2.type == "state" and \
                (ev.actor1 is None or ev.actor1.type != "state"):
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1  # as ACLED does: the state's forces first
        if ev.acled_type == "Violence against civilians" and ev.actor2 is None \
                and ev.place is not None and ev.place.country and ev.place.country in ctx.of_names:
            # the victims of an attack on a village, a bus or a market: its civilians
            ev.actor2 = Actor(name=f"Civilians ({ctx.country_names.get(ev.place.country)})", span=ev.trigger,
                              type="civilians", country=ev.place.country, kind="description", sentence=si)
        if cls.name == "arrest":
            ev.arrested = _count(_ARRESTED, sent, ctx.doc)
        if cls.plover == "PROTEST" and cls.acled_subtype == "Peaceful protest":
            low = sent.text.lower()
            if self.t.violent_crowd.search(low):
                # "protesters hurled stones at police", "demonstrators torched cars": a riot
                ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Violent demonstration", "riot"
            elif any(w in low for w in self.t.excessive_force):
                ev.acled_type, ev.acled_subtype = "Protests", "Excessive force against protesters"
            elif any(w in low for w in self.t.intervention):
                ev.acled_type, ev.acled_subtype = "Protests", "Protest with intervention"
            if ev.acled_subtype != "Peaceful protest" and ev.actor2 is None:
                # the forces the sentence names as stepping in ("police fired tear gas")
                ev.actor2 = next((a for a in (ctx.actor_at.get(t.i) for t in sent) if a is not None
                                  and a.type == "state" and a.name.startswith(("Police Forces", "Military Forces"))
                                  and a is not ev.actor1), None)  # (the sentence's tokens, in order)
        if cls.name == "cooperate":
            to = _recipient(tok, ctx)
            if to is not None:
                ev.actor2 = to  # "handed two suspects over to Pakistan": Pakistan is the counterpart
        if cls.plover == "ASSAULT" and ev.actor2 is None and ev.place is not None and ev.place.country:
            ev.actor2 = _forces_at(c, ev.place, ctx)
        if cls.plover == "CONSULT" and ev.actor1 is not None and ev.actor2 is not None and \
                ev.actor1.country and ev.actor1.country == ev.actor2.country:
            ev.actor2 = None  # "visited with the commander of its border guards": the visitor's own party
        if cls.plover == "CONSULT" and ev.actor2 is None and ev.place and ev.place.country:
            name = ctx.country_names.get(ev.place.country)
            if name and (ev.actor1 is None or ev.actor1.country != ev.place.country):
                ev.actor2 = Actor(name=f"Government of {ctx.of_names.get(ev.place.country, name)}",
                                  span=ev.place.span, aliases=(name,),
                                  type="state", country=ev.place.country, kind="country", sentence=si)
        if cls.category == "political" and ev.place is not None and ev.place.feature == "country" and \
                ev.actor2 is not None and ev.actor2.span.start <= ev.place.span.start < ev.actor2.span.end and \
                (ev.actor1 is None or ev.actor1.country != ev.place.country):
            ev.place = None  # "accused South Korea of …": the country accused is a party, not where it was said
        if ev.place is None and cls.category == "political" and ctx.dateline_place is not None and \
                (ev.actor1 is None or ev.actor1.country in (None, ctx.dateline_place.country)):
            # a statement or decision is made where the report was filed, as far as its province goes:
            # the dateline says the region a report comes from, never the spot (so no coordinates)
            ev.place = _province_of(ctx.dateline_place)
        if ev.place is None and ev.actor1 is not None and ev.actor1.country and \
                (cls.category == "political" or cls.name == "arrest") and ev.actor1.kind != "person":
            name = ctx.country_names.get(ev.actor1.country, ev.actor1.country)
            ev.place = Place(name=name, span=ev.actor1.span, country=ev.actor1.country,
                             precision="country", feature="country", sentence=si)
        if c.planned:
            ev.claim.status = "planned"
        return ev

    def _refine_violence(self, ev: Event, c: _Cand, ctx: "_Ctx") -> None:
        """Weapon and target decide the ACLED sub-type of a violent event."""
        tok = c.tok
        words = {tok.lemma_.lower()}
        phrases = []  # the same words in order, for weapons of two words ("air strike")
        for ch in tok.children:
            if ch.dep_ in ("compound", "amod", "nmod", "nsubj", "agent", "prep", "dobj", "npadvmod"):
                words.update(x.lemma_.lower() for x in ch.subtree)
                phrases.append(" ".join(x.lemma_.lower() for x in ch.subtree))
        for x in ctx.doc[max(tok.i - 3, 0):tok.i]:
            words.add(x.lemma_.lower())
        if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB":
            # "jets strafed the village, killing three": the weapon is the head clause's
            for ch in tok.head.children:
                if ch.dep_ in ("nsubj", "dobj", "agent", "prep"):
                    words.update(x.lemma_.lower() for x in ch.subtree)
                    phrases.append(" ".join(x.lemma_.lower() for x in ch.subtree))
            words.add(tok.head.lemma_.lower())
        for key, (atype, sub, mode) in self.t.weapons.items():
            if key in words or " " in key and any(key in ph for ph in phrases):
                if c.cls.name in ("attack", "kill", "clash", "airstrike", "strike_by", "shelling") and sub == "Chemical weapon" or \
                        c.cls.name in ("attack", "kill", "clash") or (c.cls.name == "explosion" and atype == "Explosions/Remote violence"):
                    ev.acled_type, ev.acled_subtype, ev.mode = atype, sub, mode
                    return
        if c.cls.name == "territory" and ev.actor1 is not None and \
                ev.actor1.name.startswith(("Military Forces of", "Police Forces of", "Government of")):
            ev.acled_subtype = "Government regains territory"  # "troops recaptured the town"
        if c.cls.name in ("explosion", "airstrike", "strike_by", "shelling", "abduction", "territory", "sexual", "intercept"):
            return
        target_words = set()
        if ev.actor2 is not None:
            target_words.update(w.lower() for w in re.findall(r"[A-Za-z]+", ev.actor2.span.text))
            if ev.actor2.type in ("state", "rebel", "political_militia", "identity_militia"):
                target_words.add("force")
            if ev.actor2.type == "civilians":
                target_words.add("civilian")
        place_target = False
        for ch in tok.subtree:
            if ch.dep_ in ("pobj", "dobj", "nsubjpass") and ch.i != tok.i:
                target_words.add(ch.lemma_.lower())
                # "militant commander Zakir Musa": what the target is called counts too
                target_words.update(m.lemma_.lower() for m in ch.children if m.dep_ in ("compound", "amod", "appos"))
                if ch.ent_type_ in ("GPE", "LOC") and ch.head.lower_ in ("on", "against") or ch.dep_ == "dobj" and ch.ent_type_ in ("GPE", "LOC"):
                    place_target = True
        lem = {w.rstrip("s") for w in target_words} | target_words
        armed = bool(lem & self.t.armed_targets)
        civil = bool(lem & self.t.civilian_targets)
        if civil and not armed:
            ev.acled_type, ev.acled_subtype = "Violence against civilians", "Attack"
        elif armed:
            ev.acled_type, ev.acled_subtype = "Battles", "Armed clash"
        elif place_target and ev.actor1 is not None and ev.actor1.type not in ("state", None) and c.cls.name == "attack":
            # a militia's attack on a village or town, with no armed opponent named, strikes its people
            ev.acled_type, ev.acled_subtype = "Violence against civilians", "Attack"


def _province_of(p: Place) -> Place | None:
    """The province of a place, as a place of admin1 precision without coordinates; None without one."""
    if not p.admin1:
        return None
    return Place(name=p.admin1, span=p.span, country=p.country, admin1=p.admin1, precision="admin1",
                 feature="admin1", sentence=p.sentence, admin1_alternatives=p.admin1_alternatives, dateline=True)


@dataclass
class _Ctx:
    doc: object
    sents: list
    paragraph: list[int]
    times: dict[int, list[TimeExpr]]
    places: dict[int, list[Place]]
    actor_at: dict[int, Actor]
    country_names: dict[str, str]
    people: frozenset = frozenset()
    lead_time: TimeExpr | None = None
    headline: bool = False  # whether sentence 0 is a headline
    dateline_place: Place | None = None
    other_triggers: dict = field(default_factory=dict)  # noun triggers of the sentence -> their subtree
    of_names: dict = field(default_factory=dict)  # iso2 -> "the United Arab Emirates"
    focus: str | None = None  # the report's main country
    homelands: dict = field(default_factory=dict)  # token -> provinces its people's word names

    def sentence_of(self, span: Span) -> int:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.sents):  # built once per report
            starts = self.__dict__["_starts"] = [s.start_char for s in self.sents]
        return max(bisect.bisect_right(starts, span.start) - 1, 0)
    country_words: dict = field(default_factory=dict)


def _is_headline(doc, sent) -> bool:
    """A first line with no final full stop, followed by a line break, is a headline."""
    end = sent.end_char
    return "\n" in doc_text(doc)[sent.start_char:end + 2] and not sent.text.rstrip().endswith((".", '"', "”"))


def _paragraphs(doc, sents) -> list[int]:
    """The paragraph number of each sentence (a blank line, or a line break, starts a new one)."""
    out, p = [], 0
    prev = None
    for s in sents:
        if prev is not None:
            between = doc_text(doc)[prev.start_char:s.start_char]
            if "\n" in between[len(prev.text.rstrip()):]:
                p += 1
        out.append(p)
        prev = s
    return out


def _noun_phrase(toks, k: int, words: tuple[str, ...]):
    """Token range [a, b) where ``words`` (by lemma or form) sit around the head at ``k``."""
    n = len(words)
    if n == 1:
        return k, k + 1
    head = toks[k]
    idx = words.index(head.lemma_.lower()) if head.lemma_.lower() in words else (
        words.index(head.lower_) if head.lower_ in words else None)
    if idx is None:
        return None
    a = k - idx
    if a < 0 or a + n > len(toks):
        return None
    for j, w in enumerate(words):
        t = toks[a + j]
        if w not in (t.lemma_.lower(), t.lower_):
            return None
    return a, a + n


_PARTICLES = _W["particles"]


def _has_particles(tok, rest: tuple[str, ...]) -> bool:
    prts = {ch.lower_ for ch in tok.children if ch.dep_ == "prt"}
    if prts and not prts & set(rest) and set(rest) & _PARTICLES:
        return False  # "called off the talks" is not "call on"
    near = {ch.lower_ for ch in tok.children} | {ch.lemma_.lower() for ch in tok.children}
    nxt = {t.lower_ for t in tok.doc[tok.i + 1: tok.i + 5]}
    sub = {t.lower_ for t in tok.subtree if tok.i < t.i <= tok.i + 20 and t.dep_ in ("mark", "prep", "prt", "dobj", "advmod", "acomp", "oprd", "pobj")}
    sub |= {t.lemma_.lower() for t in tok.children if t.dep_ in ("dobj", "nsubjpass")}  # "30 rockets were fired"
    return all(w in near or w in nxt or w in sub for w in rest)


_CALLED_OFF = _W["called_off"]
_IDIOM_OBJECTS = _W["idiom_objects"]
_PLACE_NOUNS = _W["place_nouns"]


def _has_place_object(tok) -> bool:
    """Whether the verb's object (or the place it goes to) is a place: "took Kabul", "arrived in Islamabad"."""
    for ch in tok.children:
        targets = [ch] if ch.dep_ in ("dobj", "nsubjpass") else (
            [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" and ch.lower_ in ("in", "at", "into", "over", "of", "to") else [])
        for t in targets:
            if t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _PLACE_NOUNS:
                return True
            for g in t.children:
                if g.dep_ == "prep" and g.lower_ == "of":
                    if any(x.ent_type_ in ("GPE", "LOC", "FAC") for x in g.subtree):
                        return True
    return False


_NAMING = _W["naming"]


def _has_clause_object(tok) -> bool:
    """"forced Pakistan to open", "asked for legal help" (not "asking not to be named")."""
    for ch in tok.children:
        if ch.dep_ in ("xcomp", "ccomp") and ch.lemma_.lower() not in _NAMING:
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("for", "to"):
            return True
        if ch.dep_ == "dobj" and ch.lemma_.lower() not in ("way",) and tok.lemma_.lower() not in ("force",):
            return True
    return False


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
        objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
        heads = objs + [g for o in objs for g in o.children if g.dep_ in ("conj", "appos")]
        return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in heads)  # not "a video of the pupils"
    return any(ch.lemma_.lower() in lemmas for ch in tok.subtree if ch.i != tok.i)


def _dated_or_placed(tok) -> bool:
    return any(ch.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for ch in tok.subtree if ch.i != tok.i) or \
        any(ch.dep_ == "poss" for ch in tok.children)


def _own_date(tok) -> bool:
    """A noun dated by its own words: "the 2011 murder", "an ambush on a convoy on Sunday"."""
    if any(ch.ent_type_ == "DATE" for ch in tok.children):
        return True
    return any(g.ent_type_ == "DATE" for ch in tok.children if ch.dep_ == "prep"
               for g in ch.children if g.dep_ == "pobj")


_SPAN_PREPS = _W["span_preps"]


def _told_as_news(tok) -> bool:
    """A bare plural told as one happening: "Clashes erupted in Gondar on Tuesday" — the subject of
    a past-tense verb, placed and dated in its own clause (not "attacks since last year")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.tag_ != "VBD":
        return False
    dated = placed = False
    for ch in verb.children:
        if ch.dep_ == "prep":
            for g in ch.subtree:
                if ch.lower_ not in _SPAN_PREPS:
                    dated = dated or (g.ent_type_ == "DATE" and g.dep_ in ("pobj", "npadvmod", "compound"))
                placed = placed or g.ent_type_ in ("GPE", "LOC", "FAC")
        elif ch.dep_ == "npadvmod" and ch.ent_type_ == "DATE":
            dated = True
    return dated and placed


def _own_anchor(tok) -> bool:
    """A noun with its own date or place ("the 2011 attack", "the attack in Kech")."""
    return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in tok.subtree if t.i != tok.i)


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
    h = v
    for _ in range(4):
        if any(ch.dep_ == "mark" and ch.lower_ in _CONDITIONAL for ch in h.children):
            return True
        if h.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or h.head.i == h.i:
            return False
        h = h.head
    return False


def _going_to(v) -> bool:
    return any(ch.lower_ == "to" and ch.dep_ == "aux" for ch in v.children) and \
        v.head.lower_ == "going"


def _past_chain(v) -> bool:
    return v.head.tag_ in ("VBD", "VBN") and v.dep_ in ("xcomp", "advcl", "conj")


_REPORTING = _W["reporting"]
_SUPPORT_OF_CONTENT = _W["support_of_content"]
_CONTENT_DEPS = {"dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "pcomp", "nsubjpass", "attr", "oprd"}


def _drop_contents(cands: list[_Cand]) -> list[_Cand]:
    """What a statement is about is not a second event: "demanded the release", "condemned the crackdown"."""
    political = [c for c in cands if c.cls.category == "political"]
    out = []
    for c in cands:
        inside = False
        if c.noun and (_own_date(c.tok) or (not c.definite and _own_anchor(c.tok))):
            # "an investigation into the 2011 murder", "blamed them for a car bomb at a base in Bogota":
            # the murder, the bombing, are events of their own
            out.append(c)
            continue
        for o in political:
            if o is c:
                continue
            h = c.tok
            for _ in range(3):
                if h.head.i == h.i or h.dep_ not in _CONTENT_DEPS:
                    break
                h = h.head
                if h == o.tok or (o.noun and h == o.verb and h.lemma_.lower() in _SUPPORT_OF_CONTENT):
                    inside = True
                    break
            if inside:
                if c.cls.category == "conflict" and c.cls.plover == o.cls.plover:
                    o.cls = c.cls  # "signed a ceasefire agreement": the agreement says what was signed
                o.extra.append(c)
                break
        if not inside:
            out.append(c)
    return out


def _lead_time(times: list[TimeExpr], published: dt.date | None, doc) -> TimeExpr | None:
    """The date a report's lead gives its news: the first recent, day-precise date near the top
    that dates a happening, not a saying."""
    saying = None
    captions = _caption_spans(doc)
    for te in times:
        if any(a <= te.span.start < b for a, b in captions):
            continue  # a photo caption's date is the photo's
        span = doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
        if span is not None and _reporting_time(span.root):
            saying = saying or te
            continue
        if te.sentence > 6:
            break
        if te.dateline or not te.interval.known or te.interval.precision not in ("day", "week"):
            continue
        if published and not (published - dt.timedelta(days=14) <= te.interval.end <= published + dt.timedelta(days=1)):
            continue
        return te
    return saying


_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)[^)]*(?:Photo|Images)|\bPhoto:|\bPHOTO:|"
                      r"\(Photo|Image:|Credit:|/ (?:AFP|Reuters|AP)\b|\bfile photo\b", re.I)


def _caption_spans(doc) -> list[tuple[int, int]]:
    """Paragraphs that are photo captions (a photo credit in them)."""
    out, start = [], 0
    for para in doc_text(doc).split("\n"):
        if _CAPTION.search(para):
            out.append((start, start + len(para)))
        start += len(para) + 1
    return out


def _fold_within_sentence(cands: list[_Cand]) -> list[_Cand]:
    """One happening told by several trigger words ("arrived for a visit", "attacked, killing 10")."""
    out: list[_Cand] = []
    for c in cands:
        host = None
        for o in out:
            same = o.cls.plover == c.cls.plover and (o.cls.category == c.cls.category)
            if o.cls.plover == "ASSAULT" and c.cls.name == "looting":
                host = o  # "attacked the village and torched homes": one attack
                break
            if o.cls.name == "riot" and c.cls.plover == "ASSAULT" and _linked(o.tok, c.tok):
                host = o  # "rampaged through the village, killing 80": one rampage
                break
            if not same:
                continue
            if _separate_clauses(o, c):
                continue
            shared = o.verb is not None and c.verb is not None and c.verb.dep_ == "conj" and c.verb.head == o.verb
            if (shared and not (o.noun and c.noun) or not o.noun and not c.noun and o.cls.category == "political") \
                    and o.tok.lemma_ != c.tok.lemma_ and o.cls.plover != "ASSAULT":
                continue  # "suspended all trade, closed its airspace": one doer, several acts
            if _linked(o.tok, c.tok) or o.cls.plover == "ASSAULT" or shared:
                host = o
                break
        if host is None:
            out.append(c)
        else:
            # the more specific trigger types the event ("suicide bombing" over "attack")
            if host.cls.name in ("attack", "kill") and c.cls.name not in ("attack", "kill", "clash"):
                host.cls = c.cls
            host.extra.append(c)
    return out


def _linked(a, b) -> bool:
    """True when b sits in a's clause (or a in b's) without another verb between."""
    for x, y in ((a, b), (b, a)):
        h = y
        for _ in range(4):
            if h.head.i == h.i:
                break
            h = h.head
            if h == x:
                return True
            if h.pos_ == "VERB" and h != x and h.dep_ not in ("advcl", "xcomp", "acl", "relcl", "pcomp", "prep"):
                break
    return False


def _separate_clauses(a: _Cand, b: _Cand) -> bool:
    va, vb = a.verb or a.tok, b.verb or b.tok
    if va == vb:
        return False
    # two main verbs joined by "and" with their own subjects are two events
    subj_a = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in va.children)
    subj_b = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in vb.children)
    if a.cls.plover == b.cls.plover == "ASSAULT" and "conj" not in (va.dep_, vb.dep_):
        return False  # "ten were killed when militants attacked": the killing is the attack's
    if a.cls.plover == b.cls.plover == "ASSAULT" and any(x.noun and x.tok.dep_ == "pobj" for x in (a, b)):
        return False  # "five were killed and seven wounded in a missile strike": the strike is the frame
    return subj_a and subj_b


def _clause_span(c: _Cand, sent, doc) -> Span:
    """The evidence for a trigger: its clause, or the whole sentence when short."""
    if len(sent) <= 45:
        a, b = sent.start_char, sent.end_char
    else:
        head = c.verb or c.tok
        toks = list(head.subtree)
        a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
        a, b = min(a, c.start), max(b, c.end)
    text = doc_text(doc)[a:b].rstrip()
    return Span(a, a + len(text), text)


_PRONOUNS = _W["pronouns"]
_WEAPON_AGENTS = _W["weapon_agents"]
_PEOPLE = _W["people"]


def _possessor(actor: Actor | None, ctx: _Ctx) -> Actor | None:
    """"Al Shabaab said its fighters had attacked": fighters described only by "its" or "their"
    are the group the pronoun stands for."""
    if actor is None or actor.kind != "description" or actor.type == "state":
        return None
    span = ctx.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    poss = next((ch for ch in span.root.children if ch.dep_ == "poss" and ch.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    v = clause_verb(span.root)
    if v.dep_ in ("ccomp", "xcomp", "conj", "advcl") and v.head.i != v.i:
        subj = next((ch for ch in v.head.children if ch.dep_ == "nsubj" and ch.pos_ != "PRON"), None)
        found = _arg_actor(subj, ctx) if subj is not None else None
        if found is not None and found.kind != "description":
            return found
    found = _antecedent(poss, ctx)
    return found if found is not None and found.kind != "description" else None


def _antecedent(tok, ctx: _Ctx) -> Actor | None:
    """The actor a pronoun stands for: the subject of the clause it reports on, else the last named one."""
    head = tok.head
    person = tok.lower_ in ("he", "she", "him", "her")
    if tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("ccomp", "xcomp", "conj", "advcl") \
            and head.head.i != head.i:
        # "the army said it killed …": the reporting clause's subject, when the pronoun can stand for it
        # (an object pronoun, "would reject it", is the thing rejected, not the speaker)
        for ch in head.head.children:
            if ch.dep_ == "nsubj" and ch.pos_ != "PRON":
                a = _arg_actor(ch, ctx)
                if a is not None and (person or a.kind != "person"):  # "it" is never a person; "he" may be
                    return a  # the minister the actor file reads as his government
    fallback = None
    for i in range(tok.i - 1, max(tok.i - 120, -1), -1):
        a = ctx.actor_at.get(i)
        if a is None:
            continue
        if person and a.kind != "person":
            continue
        if not person and (a.kind == "person" or a.type == "civilians"):
            continue
        if ctx.doc[i].dep_ in ("nsubj", "nsubjpass") or ctx.doc[i].head.dep_ in ("nsubj", "nsubjpass"):
            return a  # "When the Taliban took Kabul, they …": the doer, not the place
        fallback = fallback or a
    return fallback


def _arg_actor(tok, ctx: _Ctx) -> Actor | None:
    if tok is None or tok.lower_ in _THINGS or tok.lemma_.lower() in _INSTRUMENTS:
        return None  # "Teargas was deployed", "put the Simla Agreement on hold": a thing, not a party
    if tok.i in ctx.actor_at:
        return ctx.actor_at[tok.i]
    if tok.pos_ == "PRON":
        return _antecedent(tok, ctx) if tok.lower_ in _PRONOUNS else None
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    best = None
    for t in tok.subtree:
        if t.i in ctx.actor_at and not _in_locative(t, tok):
            a = ctx.actor_at[t.i]
            rank = (_depth(t, tok), a.kind == "country")  # "Somalia's al Shabaab group": the group
            if best is None or rank < best[0]:
                best = (rank, a)
    if best:
        return best[1]
    lemma = tok.lemma_.lower()
    if lemma in _WEAPON_AGENTS:
        return None  # "a drone struck": the weapon, not who fired it
    if tok.pos_ == "NOUN" and lemma not in ctx.people and not lemma.endswith(("er", "ist", "ian")):
        return None  # "fire", "ties", "a joint statement": no one
    iso = ctx.country_words.get(tok.text.lower()) if tok.pos_ == "PROPN" else None
    if iso and iso in ctx.country_names:  # "Nigeria asked Niger …": a state, even untagged
        name = ctx.country_names[iso]
        return Actor(name=f"Government of {ctx.of_names.get(iso, name)}", span=Span(tok.idx, tok.idx + len(tok), tok.text),
                     aliases=(name,), type="state", country=iso, kind="country")
    if _in_place(tok, ctx) or lemma in _THINGS:
        return None  # "attacked a Land Cruiser", "struck Tlanglo": a thing or a place, not a party
    if tok.pos_ in ("NOUN", "PROPN") and lemma not in ("responsibility", "attack", "one", "it"):
        toks = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "prep", "relcl", "acl", "appos", "cc", "conj")
                and (t.i <= tok.i or t.dep_ in ("compound",))]
        toks = [t for t in toks if t.i <= tok.i]
        if not toks:
            return None
        a, b = toks[0].idx, tok.idx + len(tok)
        text = doc_text(ctx.doc)[a:b]
        if len(text) > 60:
            text, a = tok.text, tok.idx
        return Actor(name=text, span=Span(a, a + len(text), text), kind="description",
                     sentence=0)
    return None


_FACILITIES = _W["facilities"]


def _forces_at(c: _Cand, place: Place, ctx: "_Ctx") -> Actor | None:
    """An attack on "a paramilitary checkpost" or "a police station" in a country targets its forces."""
    for ch in (c.verb or c.tok).subtree if not c.noun else c.tok.subtree:
        if ch.lemma_.lower() in _FACILITIES and ch.dep_ in ("dobj", "pobj", "nsubjpass"):
            mods = {m.lemma_.lower() for m in ch.children if m.dep_ in ("amod", "compound", "nmod")}
            if ch.lemma_.lower() in ("camp", "compound", "position") and not mods & {"military", "army", "police", "security"}:
                continue  # a camp may be for the displaced
            kind = "Police Forces" if mods & {"police", "policeman"} or ch.lemma_.lower() == "station" else "Military Forces"
            name = ctx.country_names.get(place.country)
            if not name:
                return None
            a = ch.left_edge.idx
            b = ch.idx + len(ch)
            return Actor(name=f"{kind} of {ctx.of_names.get(place.country, name)}", span=Span(a, b, doc_text(ctx.doc)[a:b]), type="state",
                         country=place.country, kind="description", sentence=0)
    return None


def _agent_of(tok):
    for ch in tok.children:
        if ch.dep_ in ("agent", "prep") and ch.lower_ == "by":
            return next((g for g in ch.children if g.dep_ == "pobj"), None)
    return None


def _recipient(tok, ctx: "_Ctx") -> Actor | None:
    for ch in tok.children:
        if ch.dep_ in ("prep", "dative") and ch.lower_ == "to":
            g = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if g is not None:
                return _arg_actor(g, ctx)
    return None


_INSTRUMENTS = _W["instruments"]
_THINGS = _W["things"]


def _in_place(tok, ctx: "_Ctx") -> bool:
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


def _subject(v):
    if _loose_passive(v):
        return None
    for ch in v.children:
        if ch.dep_ == "nsubj":
            return ch
    for ch in v.children:
        if ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj":
                    return g
    if v.dep_ == "relcl":
        return v.head
    if v.dep_ in ("acl",) and v.tag_ == "VBG":
        return v.head
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
        if any(ch.dep_ == "nsubjpass" for ch in v.children):
            return None
        if v.dep_ == "advcl" and v.head.lemma_.lower() in _SPEAKING and v.lemma_.lower() in _HARMING:
            return None  # "…, US officials said, killing two people": the speakers killed no one
        return _subject(v.head)
    if v.dep_ == "dep" and v.head.i != v.i and v.head.pos_ == "VERB" and v.tag_ == v.head.tag_ \
            and v.tag_ in ("VBD", "VBZ", "VBP") and not any(ch.dep_ == "nsubjpass" for ch in v.children):
        return _subject(v.head)  # "X put the accord on hold, suspended all trade": a list the parser left loose
    return None


def _loose_passive(v) -> bool:
    """"11 people were on Sunday killed and 20 others abducted": a participle the parser hung on
    "were" as a second verb; its "subject" is who suffered it."""
    return (v.tag_ == "VBN" or v.tag_ == "VBD" and v.lemma_.lower() in _DONE_TO_PEOPLE) and v.dep_ == "conj" \
        and v.head.lemma_ == "be" and not any(ch.dep_ in ("dobj", "auxpass", "aux") for ch in v.children)


_DONE_TO_PEOPLE = _W["done_to_people"]


def _object(v):
    if _loose_passive(v):
        own = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        return own or next((ch for ch in v.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    for dep in ("dative", "dobj", "nsubjpass"):
        for ch in v.children:
            if ch.dep_ == dep:
                return ch
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return v.head
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in ("on", "against", "at", "with"):
            for g in ch.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _arguments(c: _Cand, ctx: _Ctx) -> tuple[Actor | None, Actor | None]:
    tok = c.tok
    a1_tok = a2_tok = None
    if c.noun:
        for ch in tok.children:
            if ch.dep_ == "poss":
                a1_tok = ch
            elif ch.dep_ in ("compound", "amod") and (ch.ent_type_ in ("NORP", "ORG", "GPE") or ch.i in ctx.actor_at):
                a1_tok = a1_tok or ch
            elif ch.dep_ == "prep" and ch.lower_ == "by":
                a1_tok = next((g for g in ch.children if g.dep_ == "pobj"), a1_tok)
            elif ch.dep_ == "prep" and ch.lower_ in ("on", "against", "targeting", "of", "with"):
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if g is not None and not (g.ent_type_ in ("GPE", "LOC") and g.i not in ctx.actor_at):
                    a2_tok = a2_tok or g
            elif ch.dep_ == "acl" and ch.lemma_ in ("target", "against"):
                a2_tok = a2_tok or _object(ch)
        # "clashes between the army and Fano militiamen": both sides
        between = next((p for p in [*tok.children, *(c.verb.children if c.verb is not None else [])]
                        if p.dep_ == "prep" and p.lower_ == "between"), None)
        if between is not None and c.cls.name == "clash":
            first = next((g for g in between.children if g.dep_ == "pobj"), None)
            second = next((g for g in first.children if g.dep_ == "conj"), None) if first is not None else None
            if first is not None and second is not None:
                a1_tok, a2_tok = first, second
        chain = [h for h in [tok, *list(tok.ancestors)[:4]] if h != c.verb and h.i not in {x.i for x in c.verb.ancestors}] \
            if c.verb is not None else []
        if c.verb is not None and c.verb in list(tok.ancestors)[:5] and all(
                h.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass") for h in chain) and not any(
                h.i in ctx.other_triggers for h in chain if h != tok):  # not through another event's noun
            passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in c.verb.children)
            reporting = c.verb.lemma_.lower() in _REPORTING
            if a1_tok is None and tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and not reporting:
                a1_tok = _subject(c.verb)
            if a2_tok is None and tok.dep_ == "dobj" and c.verb.lemma_.lower() in ("give", "issue", "deliver", "send", "serve"):
                # "gave the delegation a warning"; "the delegation was given a warning"
                a2_tok = next((ch for ch in c.verb.children if ch.dep_ in ("dative", "nsubjpass" if passive else "dative")), None)
    else:
        v = tok
        a1_tok = _subject(v)
        a2_tok = _object(v)
        if a2_tok is not None and a2_tok.ent_type_ in ("GPE", "LOC") and a2_tok.i not in ctx.actor_at:
            a2_tok = None if c.cls.plover != "CONSULT" else a2_tok
    if a1_tok is None and c.cls.plover == "ASSAULT":
        a1_tok = _hidden_doer(c)
    a1, a2 = _arg_actor(a1_tok, ctx), _arg_actor(a2_tok, ctx)
    if a2 is None and a1_tok is not None and c.cls.plover in ("AGREE", "CONSULT", "COOPERATE", "ASSAULT") \
            and c.cls.name in ("agree", "consult", "cooperate", "clash"):
        partner = next((ch for ch in a1_tok.children if ch.dep_ == "conj"), None)
        a2 = _arg_actor(partner, ctx)  # "India and Bangladesh signed an agreement": each the other's party
    if a2 is None and a2_tok is not None:
        # "severed ties with Kenya", "closed its airspace to Indian airlines", "put the accord and other
        # accords with India on hold": the party is one step on
        for ch in [c for x in (a2_tok, *[g for g in a2_tok.children if g.dep_ == "conj"]) for c in x.children]:
            if ch.dep_ == "prep" and ch.lower_ == "of" and a2_tok.lemma_.lower() in _PLACE_NOUNS | {"village", "town"}:
                continue  # "attacked the village of Noaka": a place, not a party
            if ch.dep_ == "prep" and ch.lower_ in ("with", "to", "on", "against", "for", "of"):
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                a2 = _arg_actor(g, ctx) if g is not None else None
                if a2 is not None:
                    break
    if a1 is not None and a2 is not None and (a1.span == a2.span or a1.name == a2.name):
        a2 = None
    return a1, a2


def _raid_clause(c: _Cand):
    """The "when bandits attacked the village" clause that frames a killing told in the passive."""
    head = c.verb or c.tok
    family = [head] + ([head.head] + [s for s in head.head.children if s.dep_ == "conj"] if head.dep_ == "conj" else [])
    for v in family:
        for ch in v.children:
            if ch.dep_ == "advcl" and ch.lemma_.lower() in _RAIDING and \
                    any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "after") for m in ch.children):
                return ch
    return None


def _hidden_doer(c: _Cand):
    """Who did a violent act the clause tells without a subject: "six Maoists were killed following
    an encounter with security forces" (the other side of the encounter); "a blast involving an IED
    planted by Maoists" (who laid the weapon)."""
    head = c.verb or c.tok
    raid = _raid_clause(c)
    if raid is not None:  # "11 people were killed when bandits attacked the village"
        doer = next((g for g in raid.children if g.dep_ == "nsubj"), None)
        if doer is not None:
            return doer
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in ("following", "in", "during", "after", "amid"):
            for g in ch.children:  # ("following" is parsed as a verb taking "an encounter" as object)
                if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _FRAME_NOUNS | {"encounter"}:
                    w = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "with"), None)
                    other = next((x for x in w.children if x.dep_ == "pobj"), None) if w is not None else None
                    if other is not None:
                        return other
                if g.dep_ in ("pobj", "dobj", "pcomp") and (g.lemma_.lower() in _FRAME_NOUNS or g.tag_ == "VBG"):
                    # "killed after shelling by the RSF", "killed in an attack by gunmen": who did that
                    by = next((x for x in g.children if x.dep_ in ("prep", "agent") and x.lower_ == "by"), None)
                    doer = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
                    if doer is not None:
                        return doer
    for t in c.tok.subtree:  # "an IED planted by Maoists", "a rocket fired by the militia"
        if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.lemma_.lower() in _WEAPON_VERBS and \
                _depth(t, c.tok) <= 5:
            return next((x for x in t.children if x.dep_ == "pobj"), None)
    return None


_RAIDING = _W["raiding"]
_WEAPON_VERBS = _W["weapon_verbs"]


def _clause(c: _Cand) -> set[int]:
    """Tokens of the trigger's own clause: not conjoined clauses with their own subject,
    not relative clauses hung on other words."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.head.i != head.i and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in head.children):
        head = head.head  # "launched a crackdown … and handed over dissidents": one clause, one time
    out: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for ch in t.children:
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in ch.children):
                continue
            if ch.dep_ in ("relcl", "acl") and ch.i != c.tok.i and c.tok.i not in {x.i for x in ch.subtree}:
                continue
            stack.append(ch)
    return out


def _governs(tok, c: _Cand) -> bool:
    """True when ``tok`` belongs to a clause that governs the trigger ("On May 3, police said that …")."""
    h = clause_verb(tok)
    anc = {a.i for a in (c.verb or c.tok).ancestors}
    return h.i in anc


_MOTION = _W["motion"]
_BODIES = _W["bodies"]
_LOC_PREPS = _W["loc_preps"]


def _locative(ptok, c: _Cand) -> bool:
    """Whether a place is where the trigger happened: "in Kech", "attacked Kech", "the Kech attack",
    "in Dera Ismail Khan's Daraban area" (not "decided to leave Afghanistan")."""
    trig = c.tok
    verb = c.verb or c.tok
    h = ptok
    for _ in range(5):
        if h.dep_ == "pobj" and h.head.lower_ in _LOC_PREPS:
            # "according to the Chin media", "told the Kabul press": who says so, not where
            return not (h.head.lower_ == "to" and h.head.head.lower_ in ("according", "told", "said", "spoke"))
        if h.dep_ in ("dobj", "nsubjpass") and h.head in (trig, verb):
            return True
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


def _own_subtree(c: _Cand) -> set[int]:
    return {t.i for t in c.tok.subtree}


def _place_for(c: _Cand, si: int, ctx: _Ctx) -> Place | None:
    cands = ctx.places.get(si, [])
    if not cands:
        return None
    doc = ctx.doc
    in_clause = _clause(c)
    raid = _raid_clause(c) if c.cls.plover == "ASSAULT" else None
    if raid is not None:
        in_clause = in_clause | {t.i for t in raid.subtree}  # "… killed when bandits attacked X in Bungudu"
    for x in c.extra:  # "… killed and seven wounded in a missile strike on the city of X": the strike's place
        if x.noun:
            in_clause = in_clause | {t.i for t in x.tok.subtree}
    mention = c.noun and c.definite
    ranked = []
    for p in cands:
        if p.dateline:
            continue
        span = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if span is None:
            continue
        ptok = span.root
        before = doc_text(doc)[max(0, p.span.start - 40):p.span.start].lower()
        far = _DISTANCE.search(before)
        after = doc_text(doc)[p.span.end:p.span.end + 12]
        if far and _km(far) > _NEAR_KM or re.search(r"\bborder with\s*$", before) or \
                (p.feature == "country" and re.match(r"[’']?s?\s*(?:border|frontier)\b", after)):
            continue  # "some 180 km from the border", "a town near the Kenya border": a reference point
        if re.search(r"\bfrom\s*$", before) and c.cls.name != "arrest" and \
                (c.cls.category == "conflict" or _verb_above(ptok).lemma_.lower() in _AWAY_VERBS):
            continue  # "fired from Lebanon", "recalled its ambassador from Caracas": not where it happened
        if ptok.i in ctx.actor_at and ctx.actor_at[ptok.i].kind == "organisation" and \
                len(ctx.actor_at[ptok.i].span.text) > len(p.span.text) + 3:
            continue  # "the Islamic State of Iraq and the Levant": a word of a name, not a place
        if ptok.i in ctx.actor_at and ctx.actor_at[ptok.i].kind != "country":
            inside_org = 2
        else:
            inside_org = 0
        specific = {"city": 0, "admin2": 1, "region": 2, "admin1": 2, "country": 3}.get(p.feature or "", 3)
        if mention and ptok.i not in _own_subtree(c):
            continue  # "the attack ... which operates out of Iran": Iran is not the attack's place
        if ptok.i not in in_clause and not _governs(ptok, c):
            continue  # another clause's place
        if not _locative(ptok, c):
            continue  # "as the US decided to leave Afghanistan": named, but not where it happened
        if any(ptok.i in sub and c.tok.i not in sub for t, sub in ctx.other_triggers.items()
               if t != c.tok.i and t not in {x.tok.i for x in c.extra}):
            continue  # "arrest … over the 2011 attack on Karachi's consulate": the attack's place
        near = 0 if ptok.i in in_clause else 1
        dist = abs(ptok.i - c.tok.i)
        if p.feature == "country" and ptok.i in ctx.actor_at:
            inside_org = 3
        ranked.append((near + inside_org, specific, dist, p))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[:3])
    best = ranked[0][3]
    before = doc_text(doc)[max(0, best.span.start - 40):best.span.start].lower()
    if best.precision == "point" and (_NEAR.search(before) or _DISTANCE.search(before)):
        # "near Turbat", "15 km east of Turbat": about there, not at the point (ACLED's
        # geo-precision 2); the place stays, its precision drops to the district
        return replace(best, precision="admin2")
    return best


_NEAR = re.compile(r"\b(?:near|nearby|outside|around|close to|not far from|(?:on )?the outskirts of|"
                   r"in the vicinity of|area of|areas of|suburbs? of)\s+(?:the\s+)?"
                   r"(?:(?:[a-z-]+\s+){0,2}(?:town|city|village|district)\s+of\s+)?$")
_DISTANCE = re.compile(r"\b(\d+(?:\.\d+)?|\w+)[\s-]*(km|kilomet\w*|miles?)\s+(?:\w+\s+){0,3}(?:from|of|away)\s+"
                       r"(?:(?:the|a|its|town|city|village|district|provincial|capital|border|of|with)\s+){0,3}$")
_NEAR_KM = 30  # a town's district, roughly: a place further than this is only a reference point
_VAGUE_KM = _W["vague_km"]


def _km(m: re.Match) -> float:
    """The distance a "N km from …" phrase gives, in km (unknown counts as far)."""
    n = m[1]
    value = float(n) if n[0].isdigit() else (number(n) or _VAGUE_KM.get(n.lower(), 1000))
    return value * (1.609 if m[2].startswith("mile") else 1.0)


_AWAY_VERBS = _W["away_verbs"]


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


def _article_scene(places: list[Place]) -> Place | None:
    """The one province a report is set in: every town, district and province it names lies in it
    (at least two mentions). Events the text places no closer are placed there, at province precision."""
    specific = [p for p in places if p.feature in ("city", "admin2", "admin1") and p.admin1]
    if len(specific) < 2 or len({(p.country, p.admin1) for p in specific}) != 1:
        return None
    return specific[0]


def _in_time(p: Place, si: int, ctx: _Ctx) -> bool:
    """"Three days after the attack in Kech": a place inside a date names where the anchor was."""
    return any(te.span.start <= p.span.start and p.span.end <= te.span.end for te in ctx.times.get(si, []))


def _scene(si: int, ctx: _Ctx) -> Place | None:
    """The one town or district the paragraph's previous two sentences are set in, if just one."""
    found = []
    for sj in (si - 1, si - 2):
        if sj < 0 or ctx.paragraph[sj] != ctx.paragraph[si]:
            break
        found += [p for p in ctx.places.get(sj, []) if p.feature in ("city", "admin2") and not p.dateline
                  and not _in_time(p, sj, ctx)]
    return found[0] if len({(p.country, p.admin1, p.admin2, p.name) for p in found}) == 1 else None


def _place_in_actor(ev: Event, ctx: _Ctx) -> Place | None:
    """A province or town in the acting body's own name: "the provincial Sindh Police" acts in Sindh."""
    if ev.actor1 is None or ev.actor1.kind not in ("organisation", "description"):
        return None
    span = ctx.doc.char_span(ev.actor1.span.start, ev.actor1.span.end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for t in span.root.subtree} | {t.i for t in span}
    for p in ctx.places.get(ev.sentence, []):
        ps = ctx.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if ps is not None and ps.root.i in inside and p.feature in ("admin1", "admin2", "city"):
            return p
    return None


def _crowd_side(ev: Event, sides: dict[str, str], ctx: _Ctx) -> None:
    """A protest's or riot's first side is its crowd ("Protesters (Egypt)"), as ACLED codes it; state
    forces the clause made the subject ("police dispersed the marchers") become the second side, and a
    named organisation behind the crowd stays as an alias. Evidence: the event's trigger."""
    pattern = sides.get(ev.acled_subtype or "")
    iso = (ev.place.country if ev.place is not None and ev.place.country else None) or ctx.focus
    if pattern is None or not iso or iso not in ctx.country_names:
        return
    crowd_type = "rioters" if pattern.startswith("Rioters") else "protesters"
    if ev.actor2 is None or (ev.actor2.type == "civilians" and ev.acled_subtype != "Mob violence"):
        # the forces the crowd faced, named where the event is told ("hurled rocks at police")
        ev.actor2 = _forces_told(ev, ctx) or ev.actor2
    first = ev.actor1
    if first is not None and first.type == crowd_type:
        return
    aliases = ()
    if first is not None and first.type == "state":
        if ev.actor2 is None or ev.actor2.type in ("protesters", "rioters", "civilians"):
            ev.actor2 = first
    elif first is not None:
        aliases = (first.name,)  # "Brotherhood supporters rallied": the Brotherhood behind the crowd
    ev.actor1 = Actor(name=pattern.format(country=ctx.country_names[iso]), span=ev.trigger, aliases=aliases,
                      type=crowd_type, country=iso, kind="description", sentence=ev.sentence)


def _crowd_told(ev: Event, ctx: _Ctx) -> bool:
    """Whether protesters or rioters are named in the sentence that first tells the event."""
    if "_crowds" not in ctx.__dict__:  # the report's crowd mentions by position, built once
        ctx.__dict__["_crowds"] = sorted({a.span.start: a for a in ctx.actor_at.values()
                                          if a.type in ("protesters", "rioters")}.items(), key=lambda x: x[0])
    crowds = ctx.__dict__["_crowds"]
    first = ev.evidence[0] if ev.evidence else None
    if first is None:
        return False
    k = bisect.bisect_left(crowds, first.start, key=lambda x: x[0])
    # "…, killing 16, activists said": a crowd that only tells of the event afterwards is its source
    return any(start < first.end and not (start > ev.trigger.start and _speaker(a, ctx))
               for start, a in crowds[k:k + 8])


def _speaker(actor: Actor, ctx: _Ctx) -> bool:
    """Whether a mention is the subject of a saying ("…, activists said"): the source, not a party."""
    span = ctx.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj" and \
        span.root.head.lemma_.lower() in _REPORTING | {"tell", "claim"}


def _forces_told(ev: Event, ctx: _Ctx) -> Actor | None:
    """The state's police or military named in a sentence that tells the event, if any."""
    if "_forces" not in ctx.__dict__:  # the report's police and military mentions by position, built once
        forces = sorted({a.span.start: a for a in ctx.actor_at.values()
                         if a.type == "state" and a.name.startswith(("Police Forces", "Military Forces"))}.items(),
                        key=lambda x: x[0])
        ctx.__dict__["_forces"] = ([x[0] for x in forces], forces)
    starts, forces = ctx.__dict__["_forces"]
    for span in ev.evidence:
        k = bisect.bisect_left(starts, span.start)
        if k < len(forces) and forces[k][0] < span.end:
            return forces[k][1]
    return None


def _local(actor: Actor | None, iso: str, ctx: _Ctx) -> Actor | None:
    """"Gunmen" or "soldiers" the text gives no country: those of the country the event is in
    (as ACLED names "Unidentified Armed Group (Pakistan)"), not of the report's main country."""
    if actor is None or not actor.assumed_country or actor.country == iso or iso not in ctx.country_names:
        return actor
    for old, new in ((f"({ctx.country_names.get(actor.country, actor.country or '')})", f"({ctx.country_names[iso]})"),
                     (ctx.of_names.get(actor.country, actor.country or ""), ctx.of_names.get(iso, ctx.country_names[iso]))):
        # "Civilians (Pakistan)" and "Military Forces of Pakistan" alike
        if old and old not in ("()",) and old in actor.name:
            return replace(actor, name=actor.name.replace(old, new), country=iso)
    return actor


_ARMED = frozenset({"rebel", "political_militia", "identity_militia"})


def _homeland(ev: Event, ctx: _Ctx) -> Place | None:
    """"An operation against Baloch insurgents", "Tigrayan forces advanced": an armed group
    named by its people fights in that people's province. Used only when the text gives the
    event no place closer than a country; the province must lie in the event's own country,
    else a state party's, else the report's main country, and be the only one that does."""
    for party, other in ((ev.actor1, ev.actor2), (ev.actor2, ev.actor1)):
        if party is None or party.type not in _ARMED:
            continue
        span = ctx.doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            cands = ctx.homelands.get(tok.i)
            if not cands:
                continue
            if ev.place is not None:
                want = ev.place.country
            elif other is not None and other.type == "state" and other.country:
                want = other.country
            else:
                want = ctx.focus
            chosen = [p for p in cands if p.country == want]
            if len(chosen) == 1:
                return replace(chosen[0], sentence=ev.sentence)
    return None


def _during_visit(ev: Event, events: list[Event]) -> None:
    """What a delegation is told just after its visit is told there and then: a political event
    with no time or place of its own, within two sentences of a visit, takes the visit's."""
    if ev.category != "political" or ev.plover == "CONSULT" or (ev.interval.known and ev.place is not None):
        return
    for prev in reversed(events[-3:]):
        if prev.plover != "CONSULT" or ev.sentence - prev.sentence > 2:
            continue
        if ev.interval.known and prev.interval != ev.interval:
            return
        if not ev.interval.known and prev.time is not None:
            ev.interval, ev.time, ev.time_basis = prev.interval, prev.time, "visit"
        if ev.place is None:
            ev.place = prev.place
        return


def _time_for(c: _Cand, si: int, ctx: _Ctx) -> tuple[TimeExpr | None, str | None]:
    """The expression that dates the trigger, and how it was found: ``clause`` (its own clause),
    ``governing`` (a clause above it), ``saying`` (when it was said), ``narrative`` (the story's
    last time), ``lead`` (the report's news date)."""
    doc = ctx.doc
    clause = _clause(c)
    best = None
    for te in ctx.times.get(si, []):
        if not te.interval.known or te.dateline or te.span.text.lower().startswith("since "):
            continue  # "since 2015" opens a span up to now: it dates no single happening
        span = doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
        if span is None:
            continue
        r = span.root
        # a year that modifies another noun dates that noun, not this event
        if re.fullmatch(r"(?:19|20)\d\d", te.span.text) and r.dep_ in ("nummod", "compound", "amod", "nmod") \
                and r.head.i != c.tok.i and r.head.pos_ == "NOUN":
            continue
        if r.i not in clause and not _governs(r, c):
            continue  # "…rounded up, and days later … arrested": the second clause's time
        # "claimed on Tuesday responsibility for the bombing": when it was said, a last resort
        saying = _reporting_time(r) or (c.noun and c.verb is not None and r.i not in _own_subtree(c)
                                        and c.verb.lemma_.lower() in _REPORTING | {"claim"})
        score = (2 if saying else 0 if r.i in clause else 1, abs(r.i - c.tok.i))
        if best is None or score < best[0]:
            best = (score, te)
    if best:
        return best[1], ("clause", "governing", "saying")[best[0][0]]
    # no date in the sentence: the narrative's time, the last one a main clause set
    for sj in range(si - 1, -1, -1):
        known = [te for te in ctx.times.get(sj, []) if te.interval.known and te.kind != "duration" and not te.dateline
                 and te.interval.precision != "year" and not te.span.text.lower().startswith("since")
                 and not _DEADLINE.search(doc_text(ctx.doc)[max(0, te.span.start - 24):te.span.start])
                 and _main_clause(te, ctx)]  # "since a coup in 2021" is background, not the story's time
        # ("had until midnight Thursday to respond": a deadline, not when the story's next acts happened)
        if known:
            return known[-1], "narrative"
    # an undated event in the lead is the report's news: the lead's date
    if ctx.lead_time is not None and si <= 4 and abs(si - ctx.lead_time.sentence) <= 3:
        return ctx.lead_time, "lead"
    return None, None


_DEADLINE = re.compile(r"\b(?:until|till|by|before|ahead of|deadline of)\s+(?:the\s+)?$", re.I)


def _reporting_time(tok) -> bool:
    """Whether a time word dates a saying ("told reporters on Monday", "claimed on Tuesday")."""
    h = clause_verb(tok)
    return h.lemma_.lower() in _REPORTING | _ANNOUNCING | {"tell", "claim", "quote", "cite"}


def _main_clause(te: TimeExpr, ctx: _Ctx) -> bool:
    """A time in its sentence's main clause sets the narrative's time; one in a "when …" clause does not."""
    span = ctx.doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
    if span is None:
        return False
    h = clause_verb(span.root)
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    return h.dep_ == "ROOT"


_LASTING = re.compile(r"\b(?:last(?:ed|ing)?|took|take|takes|continu\w*|went on|go on|dragged on|raged)\b", re.I)
_N_DAY = re.compile(rf"\b({_NUM})[-\s]day\b", re.I)


def _lasting(ev: Event, ctx: _Ctx) -> None:
    """A happening that went on for days ends later than it began: "a three-day siege that began
    on 2 February" (2–5 February); "it took the army three days to clear the sites"."""
    if ev.interval.precision != "day" or ev.interval.start != ev.interval.end:
        return
    days = None
    trig = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if trig is not None:
        phrase = ctx.doc[trig.root.left_edge.i: trig.root.i + 1].text
        m = _N_DAY.search(phrase)
        if m:
            days = number(m[1])
    for span in ev.evidence:
        if days is not None:
            break
        si = ctx.sentence_of(span)
        for te in ctx.times.get(si, []):
            m = re.fullmatch(rf"(?:for\s+|about\s+|more than\s+|nearly\s+|some\s+)*({_NUM})\s+days?", te.span.text, re.I)
            offset = re.match(r"\s*(?:after|before|ago|later|earlier|since|prior)\b",
                              doc_text(ctx.doc)[te.span.end:te.span.end + 12], re.I)
            if te.kind == "duration" and m and not offset and _LASTING.search(ctx.sents[si].text):
                days = number(m[1])
                break
    if days and 0 < days <= 60:
        ev.interval = Interval(ev.interval.start, ev.interval.start + dt.timedelta(days=days), "day")


_ONE = _W["one"]


def _one_victim(c: _Cand) -> Count | None:
    """"The murder of a Saudi diplomat", "gunmen killed a journalist": one death, said in so many words."""
    tok = c.tok
    victim = None
    if c.noun:
        of = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        victim = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    else:
        victim = next((ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")), None)
    if victim is None or victim.tag_ not in ("NN", "NNP") or any(ch.dep_ == "conj" for ch in victim.children):
        return None
    if victim.pos_ == "NOUN" and not any(ch.lower_ in _ONE for ch in victim.children if ch.dep_ in ("det", "nummod", "poss")):
        return None
    if victim.pos_ == "PROPN" and victim.ent_type_ != "PERSON":
        return None
    a = min(tok.idx, victim.left_edge.idx)
    b = max(tok.idx + len(tok), victim.idx + len(victim))
    return Count(1, Span(a, b, doc_text(tok.doc)[a:b]))


_AGENT_NOUNS = _W["agent_nouns"]
_HEDGED = _W["hedged"]


def _condemned_doer(ev: Event, events: list[Event], ctx: _Ctx, violent_words: set[str]) -> None:
    """"The minister condemned the attack": what is condemned is the attack's doer, the actor1 of the
    latest violence told before it (or in its sentence) — when that doer is known."""
    trig = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if trig is None:
        return
    objs = [ch for ch in trig.root.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not objs or objs[0].lemma_.lower() not in violent_words:
        return
    best = None
    for e in reversed(events):  # events are kept in the order they are first told
        if e.sentence < ev.sentence - _REACH:
            break
        if e is ev or e.sentence > ev.sentence or e.plover not in (_VIOLENT_PLOVER, "PROTEST") or e.actor1 is None:
            continue
        if best is None or (e.sentence, e.trigger.start) > (best.sentence, best.trigger.start):
            best = e
    if best is not None:
        ev.actor2 = best.actor1


def _report_doer(events: list[Event]) -> None:
    """A report that names one armed group as the doer of its violence (a claim, an attack told with
    its name) and no other: that group is the doer of the attacks it leaves unattributed in the same
    country, as a coder reading the whole report codes them ("gunmen stormed the post …" after "the
    BLA attacked …")."""
    doers = {ev.actor1.name: ev.actor1 for ev in events
             if ev.plover == _VIOLENT_PLOVER and ev.actor1 is not None and ev.actor1.type in _ARMED
             and ev.actor1.kind == "organisation" and not ev.actor1.name.startswith("Unidentified")}
    if len(doers) != 1:
        return
    group = next(iter(doers.values()))
    own = [ev for ev in events if ev.actor1 is not None and ev.actor1.name == group.name]
    home = {ev.place.country for ev in own if ev.place is not None and ev.place.country}
    when = [ev.interval for ev in own if ev.interval.known]
    for ev in events:
        if ev.plover != _VIOLENT_PLOVER or (ev.actor1 is not None and not (
                ev.actor1.kind == "description" and (ev.actor1.name.startswith("Unidentified")
                                                     or ev.actor1.type in _ARMED | {None}))):
            continue  # (only the unnamed: "gunmen", "Unidentified Armed Group (Pakistan)")
        if not ev.interval.known or not when or not any(
                abs((ev.interval.start - iv.start).days) <= 31 for iv in when):
            continue  # the group's violence told in the report is of another time: "the 2011 murder"
        if ev.actor2 is not None and ev.actor2.name == group.name:
            continue
        if ev.place is not None and ev.place.country and home and ev.place.country not in home:
            continue
        ev.actor1 = group


def _perpetrator(ev: Event, events: list[Event], ctx: _Ctx) -> None:
    """Who did it, when the event's own clause does not say but its sentence does:
    "… the 2011 murder of a diplomat … the alleged killer, a Sipah-e-Muhammad worker"; or an arrest
    "in connection with" the attack names its suspect; or an arrest told in the passive after
    the agency that made it ("the FIA raided … Thirteen employees were rounded up")."""
    sent = ctx.sents[ev.sentence]
    if ev.plover == "ASSAULT":
        for tok in sent:
            if tok.lemma_.lower() in _AGENT_NOUNS and any(c.lower_ == "the" for c in tok.children) \
                    and tok.idx > ev.trigger.start:
                named = next((c for c in tok.children if c.dep_ == "appos"), None)
                actor = _arg_actor(named, ctx) if named is not None else None
                if actor is None:
                    continue
                ev.actor1 = actor
                hedge = next((c for c in tok.children if c.lower_ in _HEDGED), None)
                if hedge is not None and ev.claim.status == "reported":
                    ev.claim.status, ev.claim.span = "alleged", Span(hedge.idx, hedge.idx + len(hedge), hedge.text)
                return
        for other in events:
            if other.plover != "COERCE" or other.sentence != ev.sentence or other.actor2 is None:
                continue
            trig = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            arrest = ctx.doc.char_span(other.trigger.start, other.trigger.end, alignment_mode="expand")
            if trig is None or arrest is None:
                continue
            path = [h for h in trig.root.ancestors][:5]
            if arrest.root in path and re.search(r"\bin connection with\b|\bover\b|\bfor\b",
                                                 doc_text(ctx.doc)[arrest.root.idx:trig.root.idx]):
                ev.actor1 = other.actor2  # the suspects of an arrest "in connection with the attack"
                if ev.claim.status == "reported":
                    ev.claim.status = "alleged"
                return
    if ev.plover == "COERCE" and ev.acled_subtype == "Arrests":
        trig = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if trig is None or not any(c.dep_ == "auxpass" for c in trig.root.children):
            return
        for sj in (ev.sentence - 1, ev.sentence - 2):
            if sj < 0 or ctx.paragraph[sj] != ctx.paragraph[ev.sentence]:
                return
            root = ctx.sents[sj].root
            for tok in ctx.sents[sj]:
                if tok.i >= root.i:
                    break
                a = ctx.actor_at.get(tok.i)
                if a is not None and a.type == "state" and a.kind != "country" and \
                        ("nsubj" in (tok.dep_, tok.head.dep_) or tok.dep_ == "appos"):
                    ev.actor1 = a  # the agency the paragraph is about, before its verb
                    return


def _later_tolls(events: list[Event], ctx: _Ctx) -> None:
    """Deaths and injuries told in the sentences after an attack ("The death toll rose to 15")
    belong to it, when the sentence tells no event of its own and no other attack stands between."""
    told = {ctx.sentence_of(s) for ev in events for s in ev.evidence} | {ev.sentence for ev in events}
    violent = [(max(ctx.sentence_of(s) for s in ev.evidence), ev) for ev in events if ev.plover == "ASSAULT"]
    for si, sent in enumerate(ctx.sents):
        if si in told:
            continue
        before = [(last, ev) for last, ev in violent if last < si]
        if not before:
            continue
        last = max(x[0] for x in before)
        group = [ev for l, ev in before if l == last]  # an attack on two towns: both told again
        if si - last > 2 or ctx.paragraph[si] - ctx.paragraph[last] > 1:
            continue
        told_here = Span(sent.start_char, sent.start_char + len(sent.text.rstrip()), sent.text.rstrip())
        if si - last == 1 and ctx.paragraph[si] == ctx.paragraph[last] and _LASTING.search(sent.text) and \
                any(te.kind == "duration" for te in ctx.times.get(si, [])):
            for ev in group:
                ev.evidence.append(told_here)
        if len(group) != 1:
            continue  # whose deaths these are is not said
        ev = group[0]
        killed, injured = _casualties(sent, ctx.doc)
        toll = bool(_TOLL.search(sent.text))
        if killed is not None and (ev.fatalities is None or (toll and killed.value > ev.fatalities.value)):
            ev.fatalities = killed
            if told_here not in ev.evidence:
                ev.evidence.append(told_here)
        if injured is not None and ev.injured is None:
            ev.injured = injured


def _count(pattern, sent, doc) -> Count | None:
    for m in pattern.finditer(sent.text):
        g = next((x for x in m.groups() if x), None)
        if g is None:
            continue
        n = number(g)
        if n is None or n > 100000:
            continue
        a = sent.start_char + m.start()
        return Count(n, Span(a, sent.start_char + m.end(), m[0]))
    return None


# A count told as a running tally of a campaign or a crisis, not as one event's dead
_CUMULATIVE_BEFORE = re.compile(r"\b(?:bringing|brings|bring|raising|raises|pushing|taking)\b[^.;]{0,40}$|"
                                r"\b(?:campaign|war|conflict|crisis|unrest|uprising|offensive)['’]s\s+(?:death\s+)?toll\b[^.;]{0,40}$",
                                re.I)
_CUMULATIVE_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:since|so far|to date|this year|in recent (?:days|weeks|months|years)|"
                               r"over the (?:past|last)|during the (?:war|conflict|crisis|unrest|uprising))\b", re.I)


_AND_ONE_MORE = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}?and\s+(?:a|an|one)\s+(?:[\w’'-]+\s+)?"
                           r"(?:civilian|soldier|policeman|police officer|officer|child|woman|man|boy|girl|"
                           r"militant|attacker|guard|resident|villager|passer-by|student|teacher|worker)\b", re.I)


def _casualties(sent, doc, trigger_at: int | None = None) -> tuple[Count | None, Count | None]:
    text = sent.text
    found = []
    for pat in (_KILLED, _DIED2, _DIED, _TOLL):
        for m in pat.finditer(text):
            ns = [number(x) for x in m.groups() if x]
            if not ns or any(n is None or n > 100000 or 1900 <= n <= 2100 for n in ns):
                continue
            if trigger_at is not None and sent.start_char + m.start() > trigger_at and \
                    _ANOTHER_EVENT.search(text[trigger_at - sent.start_char:m.start()]):
                continue  # "… killed on Monday, and another attack left dozens dead": the other one's
            if _CUMULATIVE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or \
                    _CUMULATIVE_AFTER.search(text[m.end():m.end() + 70]):
                continue  # "bringing the toll to 89", "300 have been killed since April": a tally
            n = sum(ns)
            more = _AND_ONE_MORE.match(text[m.end():m.end() + 60]) if pat is _KILLED else None
            if more:  # "killed 20 gendarmes and a civilian": one more
                found.append((m.start(), m.end() + more.end(), n + 1))
                continue
            found.append((m.start(), m.end(), n))
    killed = None
    if found:
        # distinct counts in one sentence ("10 soldiers and 4 attackers were killed") add up
        found.sort()
        total, last_end, spans = 0, -1, []
        for a, b, n in found:
            if a < last_end:
                continue
            total += n
            last_end = b
            spans.append((a, b))
        if pat is _TOLL or len(spans) > 1 and re.search(r"death toll|in total|in all", text, re.I):
            total = max(n for _, _, n in found)
        a, b = spans[0][0], spans[-1][1]
        killed = Count(total, Span(sent.start_char + a, sent.start_char + b, text[a:b]))
    injured = _count(_INJURED, sent, doc)
    if _NONE_KILLED.search(text):
        m = _NONE_KILLED.search(text)
        zero = Count(0, Span(sent.start_char + m.start(), sent.start_char + m.end(), m[0]))
        killed = killed or zero
        if injured is None and re.search(r"hurt|injur|wound", m[0]):
            injured = zero
    return killed, injured


_GROUP = {"ASSAULT", "COERCE"}

# How far back (in sentences) a mention looks for the event it retells; the lead's events are always
# within reach. Reports are read in windows so that a long situation report costs time in
# proportion to its length, not to the square of its number of events.
_REACH = 60


_REACH_EVENTS = 300  # and at most this many of the latest events are looked at, besides the lead's


def _within_reach(events: list[Event], sentence: int, ctx: _Ctx):
    """The earlier events, latest first, last told within ``_REACH`` sentences or in the lead."""
    recent = events[-_REACH_EVENTS:]
    for prev in reversed(recent):
        last = max((ctx.sentence_of(s) for s in prev.evidence), default=prev.sentence)
        if sentence - last <= _REACH or prev.sentence <= 4:
            yield prev
    if len(events) > _REACH_EVENTS:
        # events are kept in the order they are first told: the lead's come first
        lead = []
        for prev in events[:len(events) - _REACH_EVENTS]:
            if prev.sentence > 4:
                break
            lead.append(prev)
        yield from reversed(lead)


def _coreferent(ev: Event, c: _Cand, events: list[Event], ctx: _Ctx) -> Event | None:
    """The earlier event this mention names, if it is one ("the attack in Kech")."""
    if not events:
        return None
    own_time = ev.time is not None and ev.time.sentence == ev.sentence or _undated_time(ev, c, ctx)
    another = _told_as_another(c)  # (once per mention: it walks the sentence)
    also = not c.noun and any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in (c.verb or c.tok).children)
    own_place = ev.place is not None and ev.place.sentence == ev.sentence
    if c.noun and c.definite and c.tok.dep_ == "pobj":
        own_time = own_place = False  # the clause's time and place belong to its own verb
    if c.noun and any(ch.lower_ in ("a", "an", "another") and ch.dep_ == "det" for ch in c.tok.children) \
            and not (ctx.headline and events and events[-1].sentence == 0 and ev.sentence <= 4):
        return None  # "a car bomb that injured 23": a new happening, not the one told before
    plovers = _COREF_PLOVERS.get(c.tok.lemma_.lower(), {ev.plover})
    framed = _framed_by_told_event(ev, c, events, ctx)
    if framed is not None:
        return framed
    latest_violence = True
    for prev in _within_reach(events, ev.sentence, ctx):
        told_in = {ctx.sentence_of(s) for s in prev.evidence}
        if ctx.headline and prev.sentence == 0 and ev.sentence <= 4 and prev.plover == ev.plover and \
                (ev.plover == "ASSAULT" or _lemma(prev.trigger, ctx) == c.tok.lemma_.lower()) and \
                not (prev.time and prev.time.sentence == 0) and ev.sentence not in told_in and len(told_in) <= 2 \
                and not (own_place and prev.place is not None and prev.place.sentence > 0
                         and not _same_place(prev.place, ev.place)) \
                and not _objects_differ(prev, c, ctx):
            return prev  # the headline's event, told again in the lead
        if prev.plover not in plovers:
            continue
        if also and not own_time and not own_place and prev.plover in _GROUP and ev.plover in _GROUP \
                and ev.sentence - max(ctx.sentence_of(s) for s in prev.evidence) <= 2 and not another:
            return prev  # "two guards were killed …; one soldier was also killed": more of its toll
        if _different_targets(prev, ev):
            continue  # "the 2011 murder of a diplomat" is not "the 2011 attack on the consulate"
        if own_place and prev.place is not None and not _same_place(prev.place, ev.place):
            continue
        if own_time and not _overlap(prev.interval, ev.interval):
            continue
        last = max(ctx.sentence_of(s) for s in prev.evidence)  # where it was last told
        near = ev.sentence - last <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[last] <= 1
        vague_prev = (prev.time is None or prev.time_basis in ("saying", "lead", "narrative")) and \
            (prev.place is None or prev.place.feature == "country")
        lead_retold = prev.sentence <= 2 and ev.sentence - last <= 4  # the lead's vague news, told in full
        # "31 soldiers were killed on Monday in northern Burkina Faso" … "the convoy was ambushed on Monday
        # in Namsiguia": the same day, the place made finer
        coarse = prev.place is None or prev.place.feature == "country" or (
            prev.place.feature == "admin1" and ev.place is not None and ev.place.feature in ("admin2", "city")
            and ev.place.admin1 == prev.place.admin1)  # "in Zamfara State" … "in Bungudu LGA"
        refinable = coarse and (ev.interval.known or prev.interval.known) and \
            _overlap(prev.interval, ev.interval) and \
            (ev.place is None or prev.place is None or ev.place.country == prev.place.country)
        if (near or lead_retold) and (vague_prev or refinable) and (own_time or own_place) and ev.plover in _GROUP \
                and not _different_targets(prev, ev) and not another and not _different_doers(prev, ev):
            return prev  # "Five police were killed in a rebel attack. FARC attacked the station in Sipi on Sunday"
        if c.noun and c.definite:
            recent = ev.sentence - last <= 8  # within eight sentences of where it was last told
            if own_place or own_time or near or recent or _shares_actor(prev, ev):
                return prev
            continue
        if not own_time and not own_place and near and ev.plover in _GROUP and not another \
                and not _different_doers(prev, ev):
            return prev
        if not own_time and not own_place and ev.plover in _GROUP and prev.plover in _GROUP and latest_violence \
                and not another and not _different_doers(prev, ev) \
                and (prev.place is not None and prev.place.feature != "country" or prev.time is not None
                     or prev.sentence <= 3) \
                and ev.sentence - last <= 6 and not ev.negated:
            # "Military officer X said 12 soldiers were killed", "He said attackers killed 15 soldiers":
            # the report's attack told again, by another source, with no time or place of its own
            return prev
        if prev.plover in _GROUP:
            latest_violence = False
        if own_place and own_time and ev.plover in _GROUP and prev.place is not None \
                and _same_town(prev.place, ev.place) and not another \
                and prev.place.feature in ("city", "admin2") \
                and ev.place.feature in ("city", "admin2") and prev.interval.known \
                and _overlap(prev.interval, ev.interval) and prev.interval.precision == "day" \
                and ev.sentence - last <= 4:
            return prev  # the same town, the same day or the next (a quote's "this afternoon")
        if own_place and ev.plover in _GROUP and prev.place is not None and prev.acled_subtype == ev.acled_subtype \
                and prev.place.feature != "country" and ev.place.feature != "country" \
                and prev.place.admin1 and prev.place.admin1 == ev.place.admin1 and prev.place.country == ev.place.country \
                and ev.sentence - last <= 6 and _overlap(prev.interval, ev.interval) and _split_sibling(prev, events):
            # "drones were downed over Bryansk and Belgorod" … "another drone was downed over Belgorod":
            # the lead's part in that province, told in full
            return prev
    return None


def _overlap(a: Interval, b: Interval) -> bool:
    if not a.known or not b.known:
        return True
    return not (a.start > b.end + dt.timedelta(days=1) or b.start > a.end + dt.timedelta(days=1))


def _split_sibling(ev: Event, events: list[Event]) -> bool:
    """Whether ``ev`` is one part of a happening the text told at several places at once."""
    return any(o is not ev and o.trigger == ev.trigger for o in events)


_COREF_PLOVERS = _W["coref_plovers"]


def _objects_differ(prev: Event, c: _Cand, ctx: _Ctx) -> bool:
    """"Closes airspace" and "closed the Wagah border post": one verb, two things done. True when
    both verbs have a noun object and any told mention's object is not this one's."""
    def obj(tok):
        return next((ch.lemma_.lower() for ch in tok.children
                     if ch.dep_ in ("dobj", "nsubjpass") and ch.pos_ in ("NOUN", "PROPN") and not ch.like_num), None)
    mine = obj(c.tok) if not c.noun else None
    if mine is None:
        return False
    for s in (prev.trigger, *prev.evidence):
        span = ctx.doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lemma_.lower() == c.tok.lemma_.lower() and tok.pos_ == "VERB":
                theirs = obj(tok)
                if theirs is not None and theirs != mine and not (_is_people(theirs, ctx) and _is_people(mine, ctx)):
                    return True  # ("10 persons" and "at least 10 people" are the same victims)
    return False


_ANOTHER = _W["another"]


_AWAY_IN_TIME = re.compile(r"\b(?:ago|last|earlier|previous|prior|before|since|(?:19|20)\d\d|january|february|"
                           r"march|april|may|june|july|august|september|october|november|december)\b", re.I)


_FRAME_NOUNS = _W["frame_nouns"]


def _framed_by_told_event(ev: Event, c: _Cand, events: list[Event], ctx: _Ctx) -> Event | None:
    """"Soldiers killed three militants during the attack", "… stormed the base they had attacked":
    a violent act framed by an event already told ("during the attack"), or done again to the
    thing already named with "the" ("attacked the military base"), is part of it."""
    if c.noun or ev.plover not in _GROUP or _told_as_another(c) or _undated_time(ev, c, ctx):
        return None
    verb = c.verb or c.tok
    framed = any(ch.dep_ == "prep" and ch.lower_ in ("during", "in", "amid") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FRAME_NOUNS and any(d.lower_ in ("the", "that", "this") for d in g.children)
        for g in ch.children) for ch in verb.children)
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"
                and any(d.lower_ == "the" for d in ch.children)), None)
    if not framed and obj is None:
        return None
    for prev in reversed(events):
        if prev.plover not in _GROUP:
            continue
        last = max(ctx.sentence_of(s) for s in prev.evidence)
        if ev.sentence - last > 8:
            return None
        if ev.time is not None and ev.time.sentence == ev.sentence and ev.interval.known and prev.interval.known \
                and (ev.interval.start > prev.interval.end or prev.interval.start > ev.interval.end):
            return None  # its own, other time: another act
        if framed:
            return prev
        told = " ".join(doc_text(ctx.doc)[s.start:s.end].lower() for s in prev.evidence)
        if re.search(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(obj.lower_)}\b", told) and \
                not (ev.place is not None and prev.place is not None and not _same_place(prev.place, ev.place)):
            return prev  # "attacked a military base" … "we attacked the military base near Baidoa"
        return None
    return None


def _undated_time(ev: Event, c: _Cand, ctx: _Ctx) -> bool:
    """"Two weeks ago, al Shabaab attacked a base": a time of its own, even one the report's
    unknown date leaves unplaced, sets the event apart from the one told before."""
    clause = _clause(c)
    for te in ctx.times.get(ev.sentence, []):
        if te.interval.known or te.dateline or not _AWAY_IN_TIME.search(te.span.text):
            continue  # "today", "on Friday": maybe the very day of the event told before
        span = ctx.doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
        if span is not None and (span.root.i in clause or _governs(span.root, c)):
            return True
    return False


def _habitual(verb) -> bool:
    """"Have regularly carried out attacks since 2015": a habit or a record, not a happening."""
    return any(ch.dep_ == "advmod" and ch.lower_ in ("regularly", "frequently", "often", "repeatedly", "routinely",
                                                     "usually", "sporadically", "increasingly")
               or ch.dep_ == "prep" and ch.lower_ == "since" for ch in verb.children)


def _aggregate_np(tok) -> bool:
    """"A number of attacks", "several raids", "dozens of strikes", "five attacks": many happenings."""
    if tok.lemma_.lower() in _AGGREGATE_HEAD or tok.lower_ in ("dozens", "hundreds", "scores"):
        return True
    dets = {ch.lower_ for ch in tok.children if ch.dep_ in ("det", "amod", "nummod", "quantmod")}
    plural = tok.tag_ in ("NNS", "NNPS")
    return plural and (bool(dets & _AGGREGATE_DET) or any(ch.dep_ == "nummod" for ch in tok.children))


def _told_as_another(c: _Cand) -> bool:
    """"A second drone struck a car", "In a separate attack", "Separately, …": a new happening."""
    verb = c.verb or c.tok
    verbs = [verb, c.tok] + ([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [])  # "struck …, killing one"
    near = set()
    for v in verbs:
        near.add(v.i)
        for ch in v.children:  # the doer, the weapon, the target, "in a separate attack"
            if ch.dep_ != "prep":
                near.add(ch.i)
            near.update(g.i for g in ch.children if ch.dep_ == "prep" and g.dep_ == "pobj"
                        and g.lemma_.lower() in _FRAME_NOUNS | {"incident", "strike", "bombing", "blast", "shooting"})
    return any(t.lower_ in _ANOTHER and t.dep_ in ("amod", "det", "advmod", "npadvmod") and t.head.i in near
               for t in c.tok.sent)


def _different_doers(prev: Event, ev: Event) -> bool:
    """The later mention names who acted, and not as the earlier one does: Israel's strike (or an
    unattributed one) is not Hezbollah's reply."""
    x, y = prev.actor1, ev.actor1
    if y is None or _vague(y):
        return False
    if prev.actor2 is not None and prev.actor2.name == y.name:
        return False  # the attacked side striking back ("the military retook the base"): one fight
    return x is None or (x.name != y.name and not _vague(x))


def _vague(a: Actor) -> bool:
    """"Gunmen", "the attackers", "Unidentified Armed Group (Niger)": could be anyone already named."""
    return a.kind == "description" and (a.type != "state" or a.name.startswith("Unidentified"))


def _is_people(word: str, ctx: _Ctx) -> bool:
    return word in ctx.people or word.removesuffix("s") in ctx.people  # a headline's "Persons"


def _different_targets(a: Event, b: Event) -> bool:
    x, y = a.actor2, b.actor2
    if x is None or y is None or x.name == y.name:
        return False
    if "civilians" in (x.type, y.type):
        other = y if x.type == "civilians" else x
        if other.type == "civilians" or other.kind == "person" and other.type is None or \
                re.search(r"\b(?:civilians?|people|persons|residents|villagers)\b", other.span.text, re.I):
            return False  # "two people were killed" … "Daw Ni Dain, a teacher, was killed": among them
    nx, ny = x.span.text.lower(), y.span.text.lower()
    return nx not in ny and ny not in nx


def _lemma(span: Span, ctx: _Ctx) -> str:
    s = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return s.root.lemma_.lower() if s is not None else span.text.lower()


def _same_town(a: Place, b: Place) -> bool:
    """The very same town or district ("Kabul" and "Kabul"), not two towns of one province."""
    if a.geonames_id and b.geonames_id:
        return a.geonames_id == b.geonames_id
    if a.country != b.country:
        return False
    if (a.feature == "admin2" or b.feature == "admin2") and a.admin2 and b.admin2:
        return a.admin2 == b.admin2
    return normalise(a.name) == normalise(b.name) or bool(set(map(normalise, (a.name, *a.alternatives))) &
                                                          set(map(normalise, (b.name, *b.alternatives))))


def _same_place(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    if a.admin2 and b.admin2:
        return a.admin2 == b.admin2
    return (a.admin1 or "") == (b.admin1 or "") or not a.admin1 or not b.admin1


def _shares_actor(a: Event, b: Event) -> bool:
    for x in (a.actor1, a.actor2):
        for y in (b.actor1, b.actor2):
            if x is not None and y is not None and x.name == y.name:
                return True
    return False


_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}  # a year never replaces a day


def _absorb(target: Event, mention: Event, headline: bool = False) -> None:
    if mention.evidence[0] not in target.evidence:
        target.evidence.append(mention.evidence[0])
    if headline and target.sentence == 0 and mention.sentence > 0 and len(target.evidence) == 2 \
            and (target.acled_type != mention.acled_type or target.acled_type == "Explosions/Remote violence"
                 and target.acled_subtype != mention.acled_subtype) \
            and mention.acled_type is not None \
            and not (target.acled_type == "Explosions/Remote violence" and mention.acled_subtype in ("Attack", "Armed clash")):
        # the headline's few words type it by default; the lead's full sentence knows better
        target.acled_type, target.acled_subtype, target.mode = mention.acled_type, mention.acled_subtype, mention.mode
    if headline and target.sentence == 0 and mention.sentence > 0:
        # a headline's event takes the lead's place and time, once: the first body mention's
        if mention.place is not None and (target.place is None or target.place.sentence == 0):
            target.place = mention.place
        if mention.interval.known and (target.time is None or target.time.sentence == 0):
            target.interval, target.time, target.time_basis = mention.interval, mention.time, mention.time_basis
        for attr in ("actor1", "actor2"):
            m = getattr(mention, attr)
            if m is not None and m.kind != "description" and len(target.evidence) == 2:
                setattr(target, attr, m)  # the lead's named parties, not a later detail's
    for attr in ("actor1", "actor2", "fatalities", "injured", "arrested"):
        if getattr(target, attr) is None and getattr(mention, attr) is not None:
            setattr(target, attr, getattr(mention, attr))
    if target.place is None and mention.place is not None:
        target.place = mention.place
    specific = mention.time is not None and mention.time_basis in ("clause", "governing") and \
        _FINENESS.get(mention.interval.precision, 9) <= _FINENESS.get(target.interval.precision, 9)
    if mention.interval.known and (not target.interval.known or
                                   (specific and target.time_basis in ("saying", "lead", "narrative"))):
        target.interval, target.time, target.time_basis = mention.interval, mention.time, mention.time_basis
    if mention.place is not None and target.place is not None and target.place.feature == "country" \
            and mention.place.country == target.place.country and mention.place.feature != "country":
        target.place = mention.place  # "in Mali" … "the base in Nampala": the finer place
    elif mention.place is not None and target.place is not None and target.place.feature == "admin1" \
            and mention.place.feature in ("admin2", "city") and mention.place.country == target.place.country \
            and mention.place.admin1 == target.place.admin1:
        target.place = mention.place  # "in Zamfara State" … "Gidan Zuma village in Bungudu LGA"
    if mention.claim.status != "reported" and target.claim.status == "reported":
        target.claim = mention.claim
    if target.acled_subtype in ("Armed clash", "Attack") and mention.acled_type == "Explosions/Remote violence" \
            and mention.sentence - max(target.sentence, 1) <= 2:  # the lead's weapon, not a later aside's
        target.acled_type, target.acled_subtype, target.mode = mention.acled_type, mention.acled_subtype, mention.mode


_JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _split_by_actor(ev: Event, ctx: _Ctx) -> list[Event]:
    """"Saudi Arabia, Bahrain and Egypt cut ties with Qatar": each state's act is an event of its own
    (as ACLED and the keys code it) — political acts whose doers are states listed together. Joint acts
    ("India and Bangladesh signed an agreement", talks, cooperation) stay one event between the two."""
    if ev.category != "political" or ev.plover in _JOINT or ev.actor1 is None or ev.actor1.type != "state":
        return [ev]
    span = ctx.doc.char_span(ev.actor1.span.start, ev.actor1.span.end, alignment_mode="expand")
    if span is None:
        return [ev]
    out = [ev]
    for t in span.root.conjuncts:
        other = ctx.actor_at.get(t.i)
        if other is None or other.type != "state" or other.name == ev.actor1.name or \
                any(o.actor1.name == other.name for o in out):
            continue
        twin = replace(ev, actor1=other, evidence=list(ev.evidence), claim=replace(ev.claim))
        if twin.place is not None and twin.place.feature == "country" and ev.actor1.country and \
                twin.place.country == ev.actor1.country and other.country:
            # each state acts from its own country
            twin.place = Place(name=ctx.country_names.get(other.country, other.country), span=other.span,
                               country=other.country, precision="country", feature="country",
                               sentence=ev.sentence)
        out.append(twin)
    return out


def _split_by_place(ev: Event, c: _Cand, ctx: _Ctx) -> list[Event]:
    """An attack on two towns is two events."""
    if ev.category != "conflict" or ev.place is None or ev.place.feature not in ("city", "admin2"):
        return [ev]
    doc = ctx.doc
    span = doc.char_span(ev.place.span.start, ev.place.span.end, alignment_mode="expand")
    if span is None:
        return [ev]
    root = span.root
    coordinated = {t.i for t in root.conjuncts}  # "in Cairo, Alexandria, Damietta and Suez": every one
    others = []
    for p in ctx.places.get(ev.sentence, []):
        if p is ev.place or p.feature not in ("city", "admin2"):
            continue
        ps = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if ps is None:
            continue
        if ps.root.i in coordinated and all(o.name != p.name for o in others) and p.name != ev.place.name:
            others.append(p)
    if not others:
        return [ev]
    # the sentence's counts are for all the places together: no one place's toll is known
    ev.fatalities = ev.injured = ev.arrested = None
    out = [ev]
    for p in others:
        twin = replace(ev, place=p, evidence=list(ev.evidence), claim=replace(ev.claim))
        out.append(twin)
    out.sort(key=lambda e: e.place.span.start)
    return out
