"""Stage 6c, slots: each incident's fields from the whole report.

Reads: the incidents of :mod:`.incidents` and the report's context.
Adds: the report's scene to incidents their own clauses do not place; a later toll that replaces
an earlier one; the doer named elsewhere in the report (a claim, the one armed group it names, what
a condemnation calls "the attack"); the duration of a lasting event; local forces by the place's
country; protest types from the crowd's own violence or the force used on it.

Entry point: :func:`fill`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from ..language import doc_text
from ..lexicon import Triggers, load_event_words
from ..records import Actor, Event, Interval, Place, ReportContext, Span
from .clauses import _REPORTING, _VIOLENT_PLOVER
from .tolls import _LASTING, _NUM, _N_DAY, _TOLL, _casualties, number
from .parties import _ARMED, _arg_actor, _local
from .scenes import _article_scene
from .incidents import _REACH

_W = load_event_words()  # word classes: data/event_words.yaml
_CLAIMING = _W["claiming"]


def _crowd_side(ev: Event, sides: dict[str, str], ctx: ReportContext) -> None:
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


def _crowd_told(ev: Event, ctx: ReportContext) -> bool:
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


def _speaker(actor: Actor, ctx: ReportContext) -> bool:
    """Whether a mention is the subject of a saying ("…, activists said"): the source, not a party."""
    span = ctx.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj" and \
        span.root.head.lemma_.lower() in _REPORTING | _CLAIMING


def _forces_told(ev: Event, ctx: ReportContext) -> Actor | None:
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


def _lasting(ev: Event, ctx: ReportContext) -> None:
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


_AGENT_NOUNS = _W["agent_nouns"]
_HEDGED = _W["hedged"]


def _condemned_doer(ev: Event, events: list[Event], ctx: ReportContext, violent_words: set[str]) -> None:
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


def _perpetrator(ev: Event, events: list[Event], ctx: ReportContext) -> None:
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


def _later_tolls(events: list[Event], ctx: ReportContext) -> None:
    """Deaths and injuries told in the sentences after an attack ("The death toll rose to 15")
    belong to it, when the sentence tells no event of its own and no other attack stands between, up
    to three sentences on (a toll often follows a quote or two) in the same paragraph or the next."""
    told = {ctx.sentence_of(s) for ev in events for s in ev.evidence} | {ev.sentence for ev in events}
    violent = [(max(ctx.sentence_of(s) for s in ev.evidence), ev) for ev in events if ev.plover == "ASSAULT"]
    for si, sent in enumerate(ctx.sents):
        if si in told:
            continue
        before = [(last, ev) for last, ev in violent if last < si]
        if not before:
            _toll_before(si, sent, violent, ctx)
            continue
        last = max(x[0] for x in before)
        group = [ev for l, ev in before if l == last]  # an attack on two towns: both told again
        if si - last > 3 or ctx.paragraph[si] - ctx.paragraph[last] > 1:
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


def _toll_before(si: int, sent, violent: list, ctx: ReportContext) -> None:
    """A toll told before any attack is ("Two explosions rocked the finish line, leaving at least 2
    dead." … "The explosions happened in quick succession"): the report's first attack, when it is told
    in the next sentence or the one after, in the same paragraph or the next, and no other with it."""
    killed, _ = _casualties(sent, ctx.doc)
    if killed is None:
        return
    after = [ev for _, ev in violent if 0 < ev.sentence - si <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[si] <= 1]
    if len(after) != 1 or any(ev.sentence < si for _, ev in violent):
        return
    ev = after[0]
    if ev.fatalities is None:
        ev.fatalities = killed
        told_here = Span(sent.start_char, sent.start_char + len(sent.text.rstrip()), sent.text.rstrip())
        if told_here not in ev.evidence:
            ev.evidence.append(told_here)


def fill(events: list[Event], ctx: ReportContext, triggers: Triggers, violent_words: frozenset,
         places: list[Place]) -> None:
    """Entry point: fill the fields of the report's ``events`` (its incidents) from the whole report,
    in place."""
    scene = _article_scene(places)
    if scene is not None and (ctx.focus is None or scene.country == ctx.focus):  # not a byline's home town
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
            _condemned_doer(ev, events, ctx, violent_words)
    for ev in events:
        _lasting(ev, ctx)
        if ev.place is not None and ev.place.country:  # (parties told in later mentions too)
            ev.actor1, ev.actor2 = _local(ev.actor1, ev.place.country, ctx), _local(ev.actor2, ev.place.country, ctx)
        if ev.plover == _VIOLENT_PLOVER and (any(a is not None and a.type in ("protesters", "rioters")
                                                for a in (ev.actor1, ev.actor2)) or _crowd_told(ev, ctx)):
            # force between a crowd and the authorities is a protest event as ACLED codes it: a riot
            # where the crowd fights back, excessive force where it is only fired on
            violent = any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence) or \
                (ev.actor1 is not None and ev.actor1.type in ("protesters", "rioters"))
            ev.plover, ev.category, ev.mode = "PROTEST", "conflict", "riot" if violent else "demo"
            ev.acled_type, ev.acled_subtype = ("Riots", "Violent demonstration") if violent else \
                ("Protests", "Excessive force against protesters")
        if ev.acled_type == "Protests" and ev.acled_subtype == "Peaceful protest" and ev.fatalities is not None \
                and ev.fatalities.value and not any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence):
            # protesters killed at a peaceful protest: force was used on them (ACLED's excessive force)
            ev.acled_subtype = "Excessive force against protesters"
        if ev.acled_type == "Protests" and ev.acled_subtype in ("Peaceful protest", "Protest with intervention") \
                and any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence):
            # the crowd's violence told in any sentence about the protest makes it a riot
            ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Violent demonstration", "riot"
        _crowd_side(ev, triggers.crowd_sides, ctx)
        if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name:
            ev.actor2 = None  # one side named twice: the other is not known
