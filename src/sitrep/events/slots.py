"""Stage 6c, slots: each incident's fields from the whole report.

Reads: the incidents of :mod:`.incidents` and the report's context.
Adds: the report's scene to incidents their own clauses do not place; a later toll that replaces
an earlier one; the doer named elsewhere in the report (a claim, the one armed group it names, what
a condemnation calls "the attack"); the duration of a lasting event; local forces by the place's
country; protest types from the crowd's own violence or the force used on it; the target an act's
own clauses leave unnamed (the forces a crowd faced, a battle's other side, the civilians of an
attack, a curfew or a mob, the crowd forces were sent against, the accuser a denial answers, the
other state of a report between two).

Entry point: :func:`fill`.
"""
from __future__ import annotations

import bisect
import collections
import datetime as dt
import re
from dataclasses import replace

from ..language import doc_text, lower_words, regex, span_text, token_sentence, words_at
from ..actors import state_agent, state_force
from ..lexicon import Triggers, load_event_words, load_place_words, load_triggers
from ..records import Actor, Count, Event, Interval, Place, ReportContext, Span
from .clauses import _INCIDENT_NOUNS, _REPORTING, _VIOLENT_PLOVER, _occurring, _stepped_in, saying_over
from .tolls import continues_tally, disputed_lower, rival_toll, _DIED_OF_WOUNDS, _LASTING, _NUM, _N_DAY, _TOLL, _casualties, added_later, counted_as_bodies, counted_as_toll, \
    made_whole, number, told_as_total, vague
from .parties import _ARMED, _LAYING, _arg_actor, _local, _struck_words, forces_in, national_done_to, town_as_place
from .scenes import _article_scene, _origin, _province_of, paragraph_scene, reference_point
from .incidents import _REACH, _names_agent, _one_state, _same_side, bound_made_precise

_W = load_event_words()  # word classes: data/event_words.yaml
_CLAIMING = _W["claiming"]
_BLAMING = _W["blaming"]
_ASCRIBING = _W["ascribing"]
_ANSWERABLE = _W["answerable"]
_HALLMARKS = _W["hallmark_nouns"]
_SUSPECTING = _W["suspecting"]
_SEAT_ACTS = _W["seat_acts"]


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
    if first is not None and (first.type == "state" or first.type in _ARMED and ev.acled_type == "Protests"
                              and _subject_of_trigger(first, ev, ctx)):
        # (an armed group that fell on the crowd, "pro-government militias attacked the marchers", is
        # the side it faced, as the police are; a group behind a riot's crowd stays its alias)
        if ev.actor2 is None or ev.actor2.type in ("protesters", "rioters", "civilians"):
            ev.actor2 = first
    elif first is not None:
        aliases = (first.name,)  # "Brotherhood supporters rallied": the Brotherhood behind the crowd
    ev.actor1 = Actor(name=pattern.format(country=ctx.country_names[iso]), span=ev.trigger, aliases=aliases,
                      type=crowd_type, country=iso, kind="description", sentence=ev.sentence, named=False)


def _subject_of_trigger(a: Actor, ev: Event, ctx: ReportContext) -> bool:
    """Whether ``a`` is told as the subject of the event's own verb ("militias attacked the marchers"),
    not a party that only claims or tells it ("Hezbollah says its rivals attacked the marchers")."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None or a.span is None:
        return False
    for ch in trig.root.children:
        if ch.dep_ in ("nsubj", "agent"):
            sub = list(ch.subtree)
            if sub[0].idx <= a.span.start < sub[-1].idx + len(sub[-1]):
                return True
    return False


def _crowd_actor(a: Actor | None, ctx: ReportContext) -> bool:
    """Whether an actor is a crowd (protesters or rioters): not one activist or supporter, nor activists
    told with no gathering ("shot dead a rights activist", "abducted two activists"): people of a
    protesting kind harmed one by one (word class lone_partisans)."""
    if a is None or a.type not in ("protesters", "rioters"):
        return False
    span = words_at(ctx.doc, a.span.start, a.span.end)
    if span is None:
        return True
    root = span.root
    if root.lemma_.lower() not in _LONE_PARTISANS:
        return True
    # (one of them, or a few activists counted: "two activists"; but "2,000 agitating activists" and
    # "two opposition supporters shot dead" are a crowd)
    few = any(ch.dep_ == "nummod" and _NUMWORDS.get(ch.lower_, 99 if not ch.lower_.isdigit() else int(ch.lower_)) < 10
              for ch in root.children)
    return not (root.tag_ in ("NN", "NNP") or few and root.lemma_.lower() == "activist")


_LONE_PARTISANS = _W["lone_partisans"]
_NUMWORDS = _W["numwords"]


def _crowd_told(ev: Event, ctx: ReportContext) -> bool:
    """Whether protesters or rioters are named in the sentence that first tells the event."""
    if "_crowds" not in ctx.__dict__:  # the report's crowd mentions by position, built once
        ctx.__dict__["_crowds"] = sorted({a.span.start: a for a in ctx.actor_at.values()
                                          if _crowd_actor(a, ctx)}.items(), key=lambda x: x[0])
    crowds = ctx.__dict__["_crowds"]
    first = ev.evidence[0] if ev.evidence else None
    if first is None:
        return False
    k = bisect.bisect_left(crowds, first.start, key=lambda x: x[0])
    # "…, killing 16, activists said": a crowd that only tells of the event afterwards is its source;
    # so is one that tells before it an act with a doer of its own ("activists said government
    # forces shelled the town"; but "protesters said they were beaten": their own fate)
    return any(start < first.end and not (_speaker(a, ctx) and (start > ev.trigger.start or _told_by_crowd(a, ev, ctx)))
               for start, a in crowds[k:k + 8])


def _told_by_crowd(a: Actor, ev: Event, ctx: ReportContext) -> bool:
    """Whether the crowd speaker ``a``, told before the event, says of an act another did: its saying
    verb holds the event's verb, and that verb has a subject of its own that is not a pronoun and
    does its act to no pronoun ("activists said warplanes struck a hospital", not "said police beat them")."""
    words = words_at(ctx.doc, a.span.start, a.span.end)
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if words is None or trig is None:
        return False
    saying, v = words.root.head, trig.root
    if v.pos_ != "VERB" or saying not in v.ancestors:
        return False
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ not in ("PRON", "DET") and \
        not any(ch.dep_ in ("dobj", "pobj") and ch.pos_ == "PRON" for ch in v.subtree)


def _done_to(ev: Event, ctx: ReportContext) -> bool:
    """Whether the event's verb tells what was done to its subject: a passive ("two protesters were
    killed", "were believed to have been killed") or a headline's "X shot dead in …" (no object);
    a crowd named there suffered the violence and did none."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return False
    v = trig.root
    if v.pos_ not in ("VERB", "AUX") or any(ch.dep_ in ("dobj", "agent") for ch in v.children):
        return False  # (a passive's agent is its doer: "two policemen were killed by a mob of supporters")
    if any(ch.dep_ in ("auxpass", "nsubjpass") for ch in v.children):
        return True
    return any(ch.dep_ in ("oprd", "acomp") and ch.lower_ == "dead" for ch in v.children)


def _at_gathering(ev: Event, ctx: ReportContext, scenes: frozenset, held: bool = False) -> bool:
    """Whether the event's verb is told as done at a gathering (word class crowd_scenes): "one person
    was killed in protests that spread", "shot dead during a demonstration". ``held``: the people it
    was done to may carry the scene too ("detained 300 people at protests", as the parser hangs it)."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return False
    # the act and the attack it is told as ("were killed in an attack on a demonstration")
    acts = [trig.root, *(g for ch in trig.root.children if ch.dep_ == "prep" and ch.lower_ == "in"
                         for g in ch.children if g.dep_ == "pobj")]
    if not held and ev.acled_type != "Explosions/Remote violence" and any(
            ch.dep_ == "prep" and ch.lower_ in _DONE_ON and any(
                g.dep_ == "pobj" and g.lemma_.lower() in scenes for g in ch.children) for a in acts for ch in a.children):
        return True  # "police fired on the march", "the attack on the demonstration": force done to the crowd
        # (not a bomb: "a suicide bombing on a rally" is the bomber's, as ACLED codes it)
    if trig.root.pos_ not in ("VERB", "AUX"):
        return False
    v = trig.root
    # (the verbs it is coordinated with share the scene: "one was killed and others injured in protests")
    verbs = [v, *(ch for ch in v.children if ch.dep_ == "conj" and ch.pos_ == "VERB")]
    if held:
        verbs += [ch for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")]
    if any(ch.dep_ == "advcl" and ch.lemma_.lower() in _GATHERING_VERBS and any(
            m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in ch.children)
           for h in verbs for ch in h.children):
        return True  # "was arrested as the students marched towards parliament", "shot as they protested"
    return any(g.lemma_.lower() in scenes and g.ent_type_ not in ("DATE", "TIME")  # (not "in late March")
               for h in verbs for ch in h.children
               if ch.dep_ == "prep" and ch.lower_ in ("in", "at", "during", "amid")
               for g in ch.children if g.dep_ == "pobj")


_GATHERING_VERBS = _W["gathering_verbs"]
_DONE_ON = ("on", "against", "upon")


def _speaker(actor: Actor, ctx: ReportContext) -> bool:
    """Whether a mention is the subject of a saying ("…, activists said"): the source, not a party."""
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    return span is not None and span.root.dep_ == "nsubj" and \
        span.root.head.lemma_.lower() in _REPORTING | _CLAIMING


def _forces_told(ev: Event, ctx: ReportContext) -> Actor | None:
    """The state's police or military named in a sentence that tells the event, if any."""
    if "_forces" not in ctx.__dict__:  # the report's police and military mentions by position, built once
        forces = sorted({a.span.start: a for a in ctx.actor_at.values() if state_force(a)}.items(),
                        key=lambda x: x[0])
        ctx.__dict__["_forces"] = ([x[0] for x in forces], forces)
    starts, forces = ctx.__dict__["_forces"]
    for span in ev.evidence:
        k = bisect.bisect_left(starts, span.start)
        while k < len(forces) and forces[k][0] < span.end:
            if not _only_telling(forces[k][1], ctx):
                return forces[k][1]
            k += 1
    return None


def _forces_faced(ev: Event, ctx: ReportContext) -> None:
    """A riot, or a protest the authorities stepped into, whose own sentences name no forces: the
    crowd faced the state's police or military the report names elsewhere, those of the event's
    country told nearest to it ("Police fired tear gas in the capital. … Rioters torched cars in
    the port city"). What the crowd protested against ("a protest against the president") is no
    side of the force used, and gives way to the forces."""
    if ev.acled_subtype not in _FACED or ev.actor1 is None or ev.actor1.type not in ("protesters", "rioters"):
        return
    if ev.actor2 is not None and ev.actor2.name != ev.actor1.name and \
            (state_force(ev.actor2) or ev.actor2.type in _ARMED | {"protesters", "rioters"}):
        return  # (the crowd named again, "a protester was killed", is no other side; nor are the
        # civilians its victims were read as, "they opened fire on us", when forces are told)
    iso = ev.actor1.country or (ev.place.country if ev.place is not None else None)
    if "_forces" not in ctx.__dict__:
        _forces_told(ev, ctx)  # builds the report's forces by position
    best = None
    for start, a in ctx.__dict__["_forces"][1]:
        if a.country != iso or _only_telling(a, ctx) and any(sp.start <= start < sp.end for sp in ev.evidence):
            continue  # (the teller of this event; not "police said they had acted within the law")
        d = abs(start - ev.trigger.start)
        if best is None or d < best[0]:
            best = (d, a)
    if best is not None:
        ev.actor2 = best[1]


_UNNAMED_FORCES = _W["unnamed_forces"]


def _crowd_police(ev: Event, ctx: ReportContext) -> None:
    """Forces that face a crowd told by no arm of the state ("security forces fired tear gas at the
    protesters", "clashes between rioters and Iraqi security forces"): the police, as ACLED codes the
    side that polices a demonstration, not the military ("soldiers", "troops" and "the army" stay the
    military's)."""
    if ev.acled_type not in ("Protests", "Riots"):
        return
    for attr in ("actor1", "actor2"):
        a = getattr(ev, attr)
        if a is None or a.kind not in ("description", "organisation") or not a.name.startswith("Military Forces of "):
            continue  # (an army's name the actor file lists, "Iraqi Security Forces", is read by its words too)
        words = words_at(ctx.doc, a.span.start, a.span.end)
        if words is None:
            continue
        content = [t for t in words if t.is_alpha and t.pos_ not in ("DET", "PRON", "PROPN")
                   and t.ent_type_ not in ("NORP", "GPE")]
        if not content or any(t.lemma_.lower() not in _UNNAMED_FORCES and t.lower_ not in _UNNAMED_FORCES
                              for t in content):
            continue
        setattr(ev, attr, replace(a, name="Police Forces of " + a.name[len("Military Forces of "):],
                                  aliases=(a.name, *a.aliases)))


_SPEAKING = _W["speaking"]


def _only_telling(a: Actor, ctx: ReportContext) -> bool:
    """Whether a force named is only the teller of what happened ("…, killing five people, a police
    officer said"), not a side the crowd faced."""
    words = words_at(ctx.doc, a.span.start, a.span.end)
    if words is None:
        return False
    t = words.root
    while t.dep_ in ("compound", "amod") and t.head.i != t.i and t.head.i < t.i + 3:
        t = t.head  # ("a police officer said": the officer)
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEAKING or \
        t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def _other_side(ev: Event, ctx: ReportContext) -> None:
    """A battle told with one side only ("militants stormed an army post", "troops raided the
    hideout"): its other side is the report's armed party of the other camp told nearest to it, the
    state's forces for an armed group and an armed group for the state's forces (or its government,
    "authorities raided a camp")."""
    if ev.actor2 is not None or ev.acled_type != "Battles" or ev.actor1 is None:
        return
    state = ev.actor1.type == "state"  # its forces, or the government whose forces they are
    if not state and ev.actor1.type not in _ARMED:
        return
    iso = ev.place.country if ev.place is not None else None
    best = None
    for a in {a.span.start: a for a in ctx.actor_at.values()}.values():
        if a.name == ev.actor1.name or a.name in ev.actor1.aliases:
            continue
        if state and a.type not in _ARMED or not state and not (state_force(a) and a.country == iso):
            continue
        d = abs(a.span.start - ev.trigger.start)
        if best is None or d < best[0]:
            best = (d, a)
    if best is not None:
        ev.actor2 = best[1]


def _denied_accuser(ev: Event, events: list[Event]) -> None:
    """A denial told without whom it answers ("the group has denied the allegation", "Kigali rejected
    the accusations"): it answers the latest accusation told before it (or in its sentence: "X blamed
    Y for the killings, an allegation Y has denied") made against the one denying; its other side is
    the accuser."""
    if ev.plover != "REJECT" or ev.actor2 is not None or ev.actor1 is None:
        return
    a = ev.actor1
    best = None
    for e in events:
        if e is ev or e.plover != "ACCUSE" or e.actor1 is None or e.actor1.name == a.name \
                or e.sentence > ev.sentence or e.sentence < ev.sentence - _REACH:
            continue
        against = e.actor2 is not None and (e.actor2.name == a.name or _one_state(e.actor2, a) or
                                            a.type == e.actor2.type == "state" and a.country is not None
                                            and e.actor2.country == a.country)
        if (e.sentence == ev.sentence or against) and (best is None or (e.sentence, e.trigger.start) > (best.sentence, best.trigger.start)):
            best = e
    if best is not None:
        ev.actor2 = best.actor1


def _counterpart(ev: Event, ctx: ReportContext) -> None:
    """A decision, protest or demand told without its object ("Riyadh closed its borders with its
    neighbour", "Tokyo had already rejected the idea", "the council condemned the launch"): the state
    the report names most besides the actor's own (in a report between two states, the other one),
    when it is named more than once; of two named as often, the one named nearest the act."""
    armed = ev.actor1 is not None and ev.actor1.type in _ARMED
    if ev.actor2 is not None or not (ev.category == "political" or armed and ev.plover == "AGREE") or ev.actor1 is None \
            or _every_side_told(ev, ctx):
        return  # (a group's truce is a conflict's act, but made with the other side as any accord is)
    if "_states" not in ctx.__dict__:  # the report's state actors, once
        # (not a capital named as where something was done: "talks in Nairobi" names no party)
        ctx.__dict__["_states"] = [a for a in {a.span.start: a for a in ctx.actor_at.values()}.values()
                                   if a.type == "state" and a.country and not _named_as_town(a, ctx)]
    states = ctx.__dict__["_states"]
    # an armed group's act is aimed at the state it fights, its own country's ("the ELN announced a
    # truce", "the rebels rejected the offer": Colombia's, the country's government); a state's or
    # anyone else's at another state
    own = None if armed and not _told_party(ev, ctx) else ev.actor1.country
    counts = [(n, iso) for iso, n in collections.Counter(a.country for a in states).most_common()
              if iso != own]
    if not counts or counts[0][0] < 2:
        return
    top = {iso for n, iso in counts if n == counts[0][0]}  # (tied: the one named nearest the act)
    told = min((a for a in states if a.country in top), key=lambda a: abs(a.span.start - ev.trigger.start))
    iso = told.country
    name = ctx.country_names.get(iso)
    if not name:
        return
    ev.actor2 = Actor(name=f"Government of {ctx.of_names.get(iso, name)}", span=told.span, aliases=(name,),
                      type="state", country=iso, kind="country", sentence=told.sentence)  # (where it is named)


_EVERY_SIDE_NOUNS, _EVERY_SIDE_MARKS = _W["every_side_nouns"], _W["every_side_marks"]


def _told_party(ev: Event, ctx: ReportContext) -> bool:
    """Whether the words after an act's trigger, in its own clause, name people or a party of their own
    ("demanded that villagers pay a fee", "swore allegiance to IS"): whom it is aimed at is told there,
    whether or not it is a party the report knows."""
    span = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if span is None:
        return False
    return any(t.i > span.root.i and (t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or t.lemma_.lower() in ctx.people)
               for t in span.root.subtree)


def _every_side_told(ev: Event, ctx: ReportContext) -> bool:
    """Whether the act is told to every side at once ("urged all parties to halt attacks", "called on both
    sides to return to talks", "warned the warring parties"): its object is named, and is no one state."""
    span = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if span is None:
        return False
    v = span.root
    objs = [ch for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")] + [
        g for ch in v.children if ch.dep_ in ("prep", "prt") or ch.dep_ == "dative" for g in ch.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _EVERY_SIDE_NOUNS and any(
        ch.dep_ in ("det", "amod", "predet", "nummod", "compound") and ch.lower_ in _EVERY_SIDE_MARKS for ch in o.children)
        for o in objs)


def _named_as_town(a: Actor, ctx: ReportContext) -> bool:
    """Whether a government's mention is its capital named as a place ("agreed in Nairobi")."""
    span = words_at(ctx.doc, a.span.start, a.span.end)
    return span is not None and town_as_place(span.root, ctx)


def _deployed(ev: Event, ctx: ReportContext) -> None:
    """A state's own forces sent in ("deployed the National Guard to enforce a curfew", "police
    commandos were deployed to restore order") are the means of the deployment, not its object: it
    is aimed at the crowd the report names nearest, and forces sent in by no one named are its doers."""
    forces = ev.actor2
    if ev.plover != "MOBILIZE" or not state_force(forces) or \
            ev.actor1 is not None and ev.actor1.country not in (None, forces.country):
        return
    crowds = [a for a in {a.span.start: a for a in ctx.actor_at.values()}.values()
              if a.type in ("protesters", "rioters") and a.country == forces.country]
    if not crowds:
        return
    ev.actor1 = ev.actor1 or forces
    ev.actor2 = min(crowds, key=lambda a: abs(a.span.start - ev.trigger.start))


def _population_measure(ev: Event, ctx: ReportContext) -> bool:
    """Whether the event is a curfew, a state of emergency, a lockdown or an internet shutdown imposed,
    defied or lifted."""
    if ev.plover not in ("COERCE", "RETREAT"):
        return False
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return False
    words = {t.lemma_.lower() for t in trig}
    for ch in trig.root.children:
        if ch.dep_ in ("dobj", "nsubjpass", "prep"):
            words.update(t.lemma_.lower() for t in ch.subtree if t.dep_ in ("dobj", "nsubjpass", "pobj", "compound"))
    return bool(words & _MEASURES) or "ban" in words and bool(words & _BANNED_GATHERINGS)


def _state_arm(ev: Event, ctx: ReportContext, arm: str, kind: str) -> Actor | None:
    """The state's ``arm`` ("Government", "Police Forces") of the country an event happened in (or,
    placed nowhere, the report's), as the doer of an act only a state does; its evidence is the
    report's mention of that arm nearest the trigger, or else the trigger. None when the country
    is not known."""
    iso = (ev.place.country if ev.place is not None and ev.place.country else None) or ctx.focus
    if not iso or iso not in ctx.country_names:
        return None
    name = f"{arm} of {ctx.of_names.get(iso, ctx.country_names[iso])}"
    told = [a for a in ctx.actor_at.values() if a.name == name]
    span = min(told, key=lambda a: abs(a.span.start - ev.trigger.start)).span if told else ev.trigger
    aliases = (ctx.country_names[iso],) if kind == "country" else ()
    return Actor(name=name, span=span, aliases=aliases, type="state", country=iso, kind=kind,
                 sentence=ctx.sentence_of(span))


def _restricting_state(ev: Event, ctx: ReportContext) -> None:
    """A curfew, a state of emergency or a lockdown told with no one laying it ("a curfew was
    clamped on the district"), or told by those who defied it ("protesters defied the curfew"), was
    laid by the government of the country it is in: only a state's authorities lay one. The
    report's own mention of that government is the evidence where it names it; otherwise the
    measure's words are."""
    if ev.actor1 is not None and ev.actor1.type not in ("protesters", "rioters", "civilians"):
        return
    if not _population_measure(ev, ctx):
        return
    ev.actor1 = _state_arm(ev, ctx, "Government", "country") or ev.actor1


def _restricted(ev: Event, ctx: ReportContext) -> None:
    """A curfew, a state of emergency, a lockdown or an internet shutdown imposed, defied or lifted,
    told with no one it is laid on ("officials suspended mobile internet in the district"): it is laid
    on the civilians of the place, as ACLED codes it."""
    if ev.actor2 is not None or not _population_measure(ev, ctx):
        return
    iso = (ev.place.country if ev.place is not None and ev.place.country else None) or ctx.focus
    if not iso or iso not in ctx.country_names:
        return
    ev.actor2 = Actor(name=f"Civilians ({ctx.country_names[iso]})", span=ev.trigger, type="civilians",
                      country=iso, kind="description", sentence=ev.sentence, named=False)


_MEASURES = _W["population_measures"]
_BANNED_GATHERINGS = _W["banned_gatherings"]


def _ousted_government(ev: Event, ctx: ReportContext, triggers: Triggers) -> None:
    """A coup told with no one it ousted ("the army seized power in a coup", "the crisis began with a
    coup in 2012"): it ousted the government of the country it happened in, as ACLED codes it. The
    report's own mention of that government is the evidence where it names it."""
    if ev.actor2 is not None:
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return
    lemma = trig.root.lemma_.lower()
    classes = {cls.name for _, cls in [*triggers.nouns.get(lemma, ()), *triggers.verbs.get(lemma, ())]}
    if "coup" not in classes and not ("power_grab" in classes and any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in (cls.objects or ()) for ch in trig.root.children
            for _, cls in triggers.verbs.get(lemma, ()) if cls.name == "power_grab")):
        return  # (power seized is a coup: "the army seized power"; not weapons seized)
    gov = _state_arm(ev, ctx, "Government", "country")
    if gov is not None and not (ev.actor1 is not None and ev.actor1.name == gov.name):
        ev.actor2 = gov
_FACED = ("Violent demonstration", "Protest with intervention", "Excessive force against protesters")


def _lasting(ev: Event, ctx: ReportContext) -> None:
    """A happening that went on for days ends later than it began: "a three-day siege that began
    on 2 February" (2–5 February); "it took the army three days to clear the sites"."""
    if ev.interval.precision != "day" or ev.interval.start != ev.interval.end:
        return
    days = None
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
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
            m = regex(rf"(?:for\s+|about\s+|more than\s+|nearly\s+|some\s+)*({_NUM})\s+days?", re.I).fullmatch(te.span.text)
            offset = regex(r"\s*(?:after|before|ago|later|earlier|since|prior)\b", re.I).match(doc_text(ctx.doc)[te.span.end:te.span.end + 12])
            if te.kind == "duration" and m and not offset and _LASTING.search(span_text(ctx.sents[si])):
                days = number(m[1])
                break
    if days and 0 < days <= 60:
        ev.interval = Interval(ev.interval.start, ev.interval.start + dt.timedelta(days=days), "day")


_AGENT_NOUNS = _W["agent_nouns"]
_HEDGED = _W["hedged"]


def _condemned_doer(ev: Event, events: list[Event], ctx: ReportContext, violent_words: set[str]) -> Event | None:
    """"The minister condemned the attack": what is condemned is the attack's doer, the actor1 of the
    latest violence told before it (or in its sentence) — when that doer is known."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
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
        if e.acled_subtype == "Peaceful protest":
            continue  # "protesters gathered … leaders condemned the violence": no gathering's crowd is condemned
        if best is None or (e.sentence, e.trigger.start) > (best.sentence, best.trigger.start):
            best = e
    if best is not None:
        ev.actor2 = best.actor1
    return best


def _report_doer(events: list[Event], doc=None) -> None:
    """A report that names one armed group as the doer of its violence (a claim, an attack told with
    its name) and no other: that group is the doer of the attacks it leaves unattributed in the same
    country, as a coder reading the whole report codes them ("gunmen stormed the post …" after "the
    BLA attacked …"). Not an attack the report (``doc``) tells as a separate happening ("In a
    separate incident, gunmen …"), nor any when all the group's own are told so ("Separately, a bomb
    … Boko Haram said it carried out the bombing"): the group's word is then of its own act only."""
    doers = {ev.actor1.name: ev.actor1 for ev in events
             if ev.plover == _VIOLENT_PLOVER and ev.actor1 is not None and ev.actor1.type in _ARMED
             and ev.actor1.kind == "organisation" and not ev.actor1.name.startswith("Unidentified")}
    if not doers:
        _unnamed_report_doer(events, doc)
        return
    if len(doers) != 1:
        return
    group = next(iter(doers.values()))
    own = [ev for ev in events if ev.actor1 is not None and ev.actor1.name == group.name]
    if doc is not None and all(_told_apart(ev, doc) for ev in own):
        return
    unclaimed = _unclaimed_at(doc) if doc is not None else []
    home = {ev.place.country for ev in own if ev.place is not None and ev.place.country}
    when = [ev.interval for ev in own if ev.interval.known]
    for ev in events:
        if ev.plover != _VIOLENT_PLOVER or (ev.actor1 is not None and not (
                ev.actor1.kind == "description" and (ev.actor1.name.startswith("Unidentified")
                                                     or ev.actor1.type in _ARMED | {None}))):
            continue  # (only the unnamed: "gunmen", "Unidentified Armed Group (Pakistan)")
        if not ev.interval.known or not when or not any(
                abs((ev.interval.start - iv.start).days) <= (31 if ev.actor1 is not None else _GROUP_SEASON)
                for iv in when):
            continue  # the group's violence told in the report is of another time: "the 2011 murder"; an
            # attack told with no doer at all is the group's within its season ("Boko Haram attacked a post
            # on Thursday … In April, 23 soldiers were killed when their position came under attack"), one
            # told with doers of its own ("in October, gunmen killed 20 traders") only within its month
        if ev.actor2 is not None and ev.actor2.name == group.name:
            continue
        if ev.acled_subtype == _AIR_STRIKE and not any(o.acled_subtype == _AIR_STRIKE for o in own):
            continue  # "air strikes killed seven … in retaliation for an ambush by IS": a group told of
            # other acts (an ambush, a killing) is not lent strikes from the air, which it is never told to make
        if ev.place is not None and ev.place.country and home and ev.place.country not in home:
            continue
        if ev.actor1 is not None and ev.place is not None and own and not any(_one_area(ev.place, o.place) for o in own):
            continue  # "bandits killed nine in Zamfara … a week after IS fighters killed 12 in Borno": doers
            # told in another province than all the group's acts are not lent its name
        if doc is not None and _told_apart(ev, doc):
            continue
        if unclaimed and any(0 <= ev.trigger.start < at and _sentences_apart(doc, ev.trigger.start, at) <= _UNCLAIMED_REACH
                             for at in unclaimed):
            continue  # "… In both attacks, the gunmen fled. No one claimed responsibility for either attack":
            # the report says whose they are is not known (a group it names for another act is not lent to them)
        if ev.actor1 is not None and doc is not None and set(
                doc_text(doc)[ev.actor1.span.start:ev.actor1.span.end].lower().split()) & _UNKNOWN_MODS:
            continue  # "in Dori, unidentified gunmen killed four traders": the report says the doers are unknown
        ev.actor1 = group


def _office_holders_state(ev: Event, ctx: ReportContext) -> Actor | None:
    """The doer of a state's act at home (a curfew, a ban, a deployment) told as a national office's
    holder with no country of his own ("President X imposed a curfew in the capital", "Interior
    Minister X banned all protests in Nairobi"): he acts for the government of the country the act
    is in, a name he goes by. Else the doer as it is."""
    a = ev.actor1
    if a is None or a.kind != "person" or a.affiliation or a.role not in _HOME_OFFICES \
            or ev.plover.lower() not in _HOME_STATE_ACTS or ev.place is None or ev.place.country not in ctx.of_names:
        return a
    return replace(a, affiliation=f"Government of {ctx.of_names[ev.place.country]}")


_HOME_OFFICES = _W["home_offices"]
_HOME_STATE_ACTS = _W["home_state_acts"]


def _speakers_forces(actor: Actor | None, ctx: ReportContext) -> Actor | None:
    """A state's forces told only by what they are ("troops", "soldiers"), with no country of their
    own, in what another state's government or forces say ("The Israeli military said troops opened
    fire" in the West Bank; "the Kenyan army said soldiers repulsed an attack" in Somalia): the
    speaker's forces, not those of the country the act is in. Else the actor as it is."""
    if not state_force(actor) or not actor.assumed_country:
        return actor
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    if span is None:
        return actor
    said = saying_over(span.root, 4)
    if said is None:
        return actor
    subj = next((ch for ch in said.children if ch.dep_ == "nsubj"), None)
    speaker = ctx.actor_at.get(subj.i) if subj is not None else None
    if speaker is None or not state_agent(speaker) or speaker.assumed_country or not speaker.country \
            or speaker.country == actor.country or speaker.country not in ctx.of_names \
            or actor.country not in ctx.of_names:
        return actor
    old, new = ctx.of_names[actor.country], ctx.of_names[speaker.country]
    if f" of {old}" not in actor.name:
        return actor
    return replace(actor, name=actor.name.replace(f" of {old}", f" of {new}"), country=speaker.country)


def _speakers_body(ev: Event, ctx: ReportContext) -> None:
    """A state body told without its country ("the Foreign Ministry", "the interior ministry"), that
    the actors stage gave the report's main country only for want of another, in a political act that
    one state's officials or sources tell ("… were summoned to the Foreign Ministry, Turkish diplomatic
    sources said", "according to Indian officials"): the speakers' state's body, not that of a country
    named inside another noun ("the ambassadors of France"). The place the body alone gave moves with it."""
    a = ev.actor1
    if ev.category != "political" or a is None or not a.assumed_country or a.kind != "description" \
            or not a.name.startswith("Government of") or a.country not in ctx.of_names:
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return
    root = trig.root
    said = saying_over(root, 3)
    speakers = [ch for ch in said.children if ch.dep_ == "nsubj"] if said is not None else []
    speakers += [g for ch in root.children if ch.dep_ == "prep" and ch.lower_ == "according"
                 for to in ch.children for g in to.children if g.dep_ == "pobj"]
    iso = None
    for subj in speakers:
        sp = ctx.actor_at.get(subj.i)
        if sp is not None and state_agent(sp) and not sp.assumed_country and sp.country:
            iso = sp.country
        else:
            iso = next((ctx.country_words[t.lower_] for t in subj.subtree if t.i < subj.i
                        and t.ent_type_ in ("NORP", "GPE") and t.lower_ in ctx.country_words), None)
        if iso is not None:
            break
    if iso is None or iso == a.country or iso not in ctx.of_names:
        return
    old = a.country
    ev.actor1 = replace(a, name=a.name.replace(f" of {ctx.of_names[old]}", f" of {ctx.of_names[iso]}"), country=iso)
    p = ev.place
    if p is not None and p.feature == "country" and p.country == old and p.span == a.span:
        ev.place = replace(p, name=ctx.country_names.get(iso, iso), country=iso)


def _unclaimed_at(doc) -> list[int]:
    """Where the report says an act is claimed by no one ("No group has claimed the attack", "no one
    claimed responsibility for either attack", "nobody has claimed it", "there was no claim of
    responsibility"): the character offsets of those words of claiming."""
    out = []
    lemmas = lower_words(doc)[1]
    for i, lemma in enumerate(lemmas):
        if lemma != "claim":
            continue
        tok = doc[i]
        if tok.pos_ == "NOUN":
            denied = any(ch.dep_ == "det" and ch.lower_ == "no" for ch in tok.children)
        elif tok.pos_ == "VERB":
            subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            denied = any(ch.dep_ == "neg" for ch in tok.children) or subj is not None and (
                subj.lower_ in ("nobody", "none") or any(ch.dep_ == "det" and ch.lower_ == "no" for ch in subj.children))
        else:
            denied = False
        if denied:
            out.append(tok.idx)
    return out


_GROUP_SEASON = 183  # (days: the run of a named group's attacks a report tells as its campaign)
_UNCLAIMED_REACH = 4  # (sentences: "no one claimed it" tells of the acts just told)


def _sentences_apart(doc, a: int, b: int) -> int:
    """How many sentence breaks lie between character offsets a <= b of ``doc``."""
    x, y = doc.char_span(a, a + 1, alignment_mode="expand"), doc.char_span(b, b + 1, alignment_mode="expand")
    if x is None or y is None:
        return 99
    return sum(1 for s in doc[x.start:y.end].sents) - 1


def _told_apart(ev: Event, doc) -> bool:
    """The event's first telling marks it as a separate happening: "Separately, …", "Elsewhere, …"
    opening its clause, or "in a separate incident", "in another attack", "another strike hit …"
    (event_words.yaml apart_in_place, on the act's word or on a word of incidents or attacks)."""
    trig = words_at(doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return False
    root = trig.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    sent = token_sentence(root)
    first = sent[1] if sent[0].lower_ in _W["opening_conjunctions"] and len(sent) > 1 else sent[0]
    for t in sent:
        if t.i >= root.i or t.lower_ not in _APART_WORDS:
            continue
        h = t.head
        if t.dep_ == "advmod" and (h.i in (verb.i, root.i) or h.head.i == verb.i and h.dep_ == "prep"
                                   or t.i == first.i and any(a.i == h.i for a in verb.ancestors)):
            return True  # "Separately, a bomb killed …", "Elsewhere on Tuesday, …", "Separately, the army
            # said a soldier was killed …" (the opener hung on the verb that tells it)
        if t.dep_ in ("amod", "det") and (h.i == root.i or h.lemma_.lower() in _APART_FRAMES
                                          and (h.head.i in (verb.i, root.i) or h.head.head.i in (verb.i, root.i))):
            return True  # "another strike hit …", "in a separate incident, gunmen …"
    return False


_APART_WORDS = _W["apart_in_place"]
_UNKNOWN_MODS = frozenset(_W["unknown_mods"])
_APART_FRAMES = frozenset(_W["frame_nouns"]) | frozenset(_W["incident_nouns"])


def _aimed_at(root) -> bool:
    """Whether the head word of a noun phrase names the one an act was done to, not its doer: the
    object of a verb ("troops killed suspected militants"), the subject of a passive ("suspected
    rebels were arrested"), or what an act was aimed at ("a raid on suspected militants", "an
    operation against insurgents"; not "blamed on militants", a blame)."""
    if root.dep_ in ("dobj", "nsubjpass"):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("on", "against") and prep.head.lemma_.lower() not in _BLAMING


def _one_area(a: Place, b: Place | None) -> bool:
    """Whether two acts' places lie in one province (a place not named, or named only by its country,
    is no other province): "a minibus was attacked near Macomia … insurgents killed four farmers
    outside Muidumbe" (one insurgency's ground), not a round-up's act in another province."""
    return b is None or not a.admin1 or not b.admin1 or a.admin1 == b.admin1


def _unnamed_report_doer(events: list[Event], doc=None) -> None:
    """A report whose violence is all done by one unnamed armed group ("insurgents attacked a bus …
    the insurgents set it on fire"), and by no one else: an attack it tells with no doer at all ("a
    second vehicle was attacked the same day") is that group's, in the same country and days, as a
    coder reading the whole report codes it. Not where the state's forces or anyone else is told
    doing violence too: whose it is is then not said."""
    doers = {ev.actor1.name: ev.actor1 for ev in events if ev.plover == _VIOLENT_PLOVER and ev.actor1 is not None}
    if len(doers) != 1:
        return
    group = next(iter(doers.values()))
    if not (group.kind == "description" and group.name.startswith("Unidentified")):
        return
    own = [ev for ev in events if ev.actor1 is not None and ev.actor1.name == group.name]
    if doc is not None and all(_told_apart(ev, doc) for ev in own):
        return  # "… Separately, gunmen killed a shopkeeper in Turbat": the doers of an act told apart
    if doc is not None:
        # (not the acts of a fight the group was only raided in: "two soldiers were killed in a shootout
        # during a raid on suspected militants" makes no doer of the report's other acts)
        own = [ev for ev in own if not any(_aimed_at(span.root) for span in
                                           [words_at(doc, ev.actor1.span.start, ev.actor1.span.end)] if span is not None)]
    home = {ev.place.country for ev in own if ev.place is not None and ev.place.country}
    when = [ev.interval for ev in own if ev.interval.known]
    unclaimed = _unclaimed_at(doc) if doc is not None else []
    for ev in events:
        if ev.plover != _VIOLENT_PLOVER or ev.actor1 is not None or not ev.interval.known or not any(
                abs((ev.interval.start - iv.start).days) <= 31 for iv in when):
            continue
        if doc is not None and _told_apart(ev, doc):
            continue  # "Separately, a bomb exploded …": a happening of its own, its doer not said
        if ev.place is not None and not any(_one_area(ev.place, o.place) for o in own):
            continue  # a round-up's act in another district or province: whose it is is not said
        if unclaimed and any(0 <= ev.trigger.start < at and _sentences_apart(doc, ev.trigger.start, at) <= _UNCLAIMED_REACH
                             for at in unclaimed):
            continue  # "… No one claimed responsibility for the attack": its doer, the report says, is not known
        if ev.actor2 is not None and (ev.actor2.name == group.name or ev.actor2.type in _ARMED):
            continue  # ("three gunmen were killed": the group's own dead, done to it by another)
        if ev.place is not None and ev.place.country and ev.place.country not in home:
            continue  # (told nowhere: the report's one group's country, where it did the rest)
        ev.actor1 = group


def _blame(tok, violent_words) -> tuple | None:
    """The (accused, act) tokens of a word that lays an act at someone's door, or None: "blamed X
    for the bombing", "accused X of the killings", "blamed the attack on X", "X was behind the
    attack", "X was responsible for the attack", "held X responsible for the killings". The act is
    None where the sentence names none ("officials blamed X"), and where it names one that is no
    violence ("accused X of backing the rebels") the word is no blame for violence at all. A verb of
    belief in the passive lays it too ("X are believed behind the attack")."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in _AGENT_NOUNS and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        return _doers_believed(tok)
    if lemma in _BELIEVING and tok.pos_ == "VERB":
        found = _act_believed(tok, violent_words)
        if found is not None or lemma not in _LAYING:
            return found  # ("police suspect Boko Haram": a blaming verb, read below)
    if lower not in _ANSWERABLE and not (lemma in _LAYING and tok.pos_ == "VERB") and lemma not in _HALLMARKS:
        return None  # (most words: asked first, as every word of the report is asked)

    def pobj(prep_words, head):
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ in prep_words:
                g = next((g for g in ch.children if g.dep_ in ("pobj", "pcomp")), None)
                if g is not None and g.ent_type_ in ("DATE", "TIME"):
                    continue  # "blamed the bombing on Tuesday on the Front": the day, not the one blamed
                if g is not None and g.dep_ == "pcomp" and not _names_violence(g, violent_words):
                    g = next((x for x in g.children if x.dep_ == "dobj"), g)  # "of carrying out the attack"
                return g if g is not None else False
        return None
    if lemma in _HALLMARKS:
        # "the bombing bore the hallmarks of al Shabaab", "had all the hallmarks of an IS attack"
        if tok.pos_ != "NOUN" or any(ch.dep_ == "neg" for ch in tok.head.children) or not (
                tok.dep_ == "dobj" and tok.lemma_.lower() != "work" or tok.dep_ == "attr" and tok.head.lemma_ == "be"):
            return None  # ("the attack was the work of X": what the act is, told by "be")
        act = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
        if act is None and tok.head.dep_ == "xcomp" and tok.head.head != tok.head:
            # "the bombing was believed to be the work of X", "appeared to be the work of X": the act is
            # the subject of the verb whose "to be" tells what it is
            act = next((ch for ch in tok.head.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        who = pobj(("of",), tok)
        return (who, act) if who and act is not None and act.lemma_.lower() in violent_words else None
    if tok.pos_ == "VERB" and lemma in _LAYING and any(ch.dep_ == "auxpass" for ch in tok.children):
        # "the attack was attributed to X", "the bombing was blamed on X"
        act = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
        if act is not None and act.lemma_.lower() not in violent_words and lemma in _BLAMING:
            # "X was blamed for the attack", "X has been accused of the bombing": the subject is the one blamed
            done = pobj(("for", "of"), tok)
            return (act, done) if done and _names_violence(done, violent_words) else None
        who = pobj(("to",) if lemma in _ASCRIBING else ("on",), tok)
        return (who, act) if who and act is not None and act.lemma_.lower() in violent_words else None
    if tok.pos_ == "VERB" and lemma in _LAYING and tok.dep_ == "acl" and tok.tag_ == "VBN" \
            and tok.head.lemma_.lower() in violent_words:
        # "killed in an attack blamed on X", "an ambush attributed to X": the act the participle hangs on
        who = pobj(("to",) if lemma in _ASCRIBING else ("on",), tok)
        return (who, tok.head) if who else None
    if tok.pos_ == "VERB" and lemma in _ASCRIBING:
        # "the army attributed the attack to X"
        act = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
        if act is not None and act.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            act = tok.head  # "a strike that the group attributed to X": the noun the clause tells of
        who = pobj(("to",), tok) or (pobj(("to",), act) if act is not None else None)
        return (who, act) if who and act is not None and act.lemma_.lower() in violent_words else None
    if tok.pos_ == "VERB" and lemma in _BLAMING:
        if tok.tag_ == "VB" or any(ch.dep_ == "neg" for ch in tok.children):
            return None  # "it is wrong to blame us", "did not blame": no one is blamed
        obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
        if obj is None:
            return None
        if obj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            obj = tok.head  # "an attack that residents blamed on X": the noun the clause tells of
        if obj.lemma_.lower() in violent_words:  # "blamed the attack on X" (the parser may hang "on X" on either)
            on = pobj(("on",), tok) or pobj(("on",), obj)
            return (on, obj) if on else None
        act = pobj(("for", "of"), tok)
        if act is None and lemma in _SUSPECTING:
            act = pobj(("of",), obj)  # "suspected X of the attack", the parser hanging "of" on X
        return (obj, act or None) if act is not False else None
    if lower in _ANSWERABLE:
        head = tok.head
        if head.lemma_.lower() in _BELIEVING and tok.dep_ in ("prep", "oprd", "acomp", "xcomp") and any(
                ch.dep_ == "auxpass" for ch in head.children) and not any(ch.dep_ == "neg" for ch in head.children):
            # "X are believed behind the attack", "X is suspected responsible for the killings": the
            # subject of the verb of belief is the one believed answerable
            act = next((g for g in tok.children if g.dep_ == "pobj"), None) if lower == "behind" else pobj(("for",), tok) or None
            who = next((ch for ch in head.children if ch.dep_ == "nsubjpass"), None)
            return (who, act) if who is not None and act is not None else None
        if lower == "behind" and tok.dep_ == "prep" and head.lemma_ == "be":
            act = next((g for g in tok.children if g.dep_ == "pobj"), None)
        elif lower != "behind" and tok.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "amod", "advcl"):
            act = pobj(("for",), tok) or (pobj(("for",), head) if head.lemma_ != "be" and tok.dep_ != "amod" else None) or None
            # ("held X responsible on Saturday for the bombing": the parser hangs "for" on the verb)
        else:
            return None
        if act is None and not (head.lemma_ == "be" and tok.dep_ == "acomp") or any(ch.dep_ == "neg" for ch in head.children):
            return None  # (no act named: "X was responsible", of the violence just told, for an armed group only)
        if head.lemma_ == "be":
            who = next((ch for ch in head.children if ch.dep_ == "nsubj"), None)
            if who is None and head.dep_ == "xcomp":
                # "X is believed to be behind the attack", "X was thought to be responsible": the
                # subject of the verb the clause hangs on
                who = next((ch for ch in head.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        elif tok.dep_ == "amod":  # "held X responsible", parsed as X's modifier
            who = head if head.dep_ == "dobj" else None
        else:  # "held X responsible"
            who = next((ch for ch in head.children if ch.dep_ == "dobj"), None)
        return (who, act) if who is not None else None
    return None


def _doers_believed(tok) -> tuple | None:
    """"The attackers were believed to be Boko Haram fighters", "the gunmen were suspected members of
    the BLA": the doers of the act just told, said (hedged) to be a party: (that party, None). None
    when the sentence says no such thing."""
    verb = tok.head
    if verb.i == tok.i or any(ch.dep_ == "neg" for ch in verb.children):
        return None
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in _BELIEVING:
        be = next((ch for ch in verb.children if ch.dep_ == "xcomp" and ch.lemma_.lower() == "be"), None)
        who = next((ch for ch in be.children if ch.dep_ == "attr"), None) if be is not None else None
        return (who, None) if who is not None else None
    if tok.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        who = next((ch for ch in verb.children if ch.dep_ == "attr"), None)
        if who is not None and (any(ch.lower_ in _HEDGED for ch in who.children) or any(
                ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children)):
            return who, None  # ("the attackers were members of the TTP": the doers just told; the
            # caller takes only an armed body the words name)
    if tok.dep_ == "nsubj" and verb.lemma_.lower() == "belong" and any(ch.dep_ == "det" and ch.lower_ == "the"
                                                                      for ch in tok.children):
        # "the attackers belonged to Boko Haram"
        who = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children if g.dep_ == "pobj"), None)
        return (who, None) if who is not None else None
    return None


def _act_believed(verb, violent_words) -> tuple | None:
    """"Police suspect the bomb was planted by Boko Haram", "officials believe the attack was carried
    out by X", "police believe X carried out the attack": (X, the act) when a verb of belief governs
    a clause that gives the act a doer; or, in the passive, when what is believed is the act done by
    X ("the attack is believed to have been carried out by X") or X doing the act ("X are believed
    to have carried out the killing"); None otherwise."""
    if any(ch.dep_ == "neg" for ch in verb.children):
        return None
    told = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
    done = next((ch for ch in verb.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"), None)
    if told is not None and done is not None and not any(ch.dep_ == "neg" for ch in done.children):
        # "the attack is believed to have been carried out by X": the act believed done by X;
        # "X are believed to have carried out the killing": X believed to have done the act
        if told.lemma_.lower() in violent_words and any(ch.dep_ == "auxpass" for ch in done.children):
            agent = next((ch for ch in done.children if ch.dep_ == "agent"), None)
            who = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            return (who, told) if who is not None else None
        act = next((ch for ch in done.children if ch.dep_ == "dobj"), None)
        if act is not None and act.lemma_.lower() in violent_words and done.lemma_.lower() in _OWN_ACT_VERBS:
            return told, act
        return None
    clause = next((ch for ch in verb.children if ch.dep_ == "ccomp"), None)
    if clause is None or any(ch.dep_ == "neg" for ch in clause.children):
        return None
    done = next((ch for ch in clause.children if ch.dep_ == "nsubjpass"), None)
    if done is not None and done.lemma_.lower() in violent_words:
        agent = next((ch for ch in clause.children if ch.dep_ == "agent"), None)
        who = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return (who, done) if who is not None else None
    act = next((ch for ch in clause.children if ch.dep_ == "dobj"), None)
    who = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
    if act is not None and who is not None and act.lemma_.lower() in violent_words and \
            clause.lemma_.lower() in _OWN_ACT_VERBS:
        return who, act
    if clause.lemma_ == "be" and who is not None:
        # "police believe insurgents were behind the killing", "… may be behind the attack": X believed
        # the act's doer
        act = next((g for p in clause.children if p.dep_ == "prep" and p.lower_ == "behind"
                    for g in p.children if g.dep_ == "pobj"), None)
        if act is not None and act.lemma_.lower() in violent_words:
            return who, act
    return None


_BELIEVING = _W["believing"]
_OWN_ACT_VERBS = _W["own_act_verbs"]


def _names_violence(tok, violent_words) -> bool:
    """Whether a word names violence: a violent noun ("the attack"), or the gerund of one told with
    what it did ("blamed for killing four farmers", "accused of shelling the town", "of torching the
    church"), or of a weapon verb told with the weapon ("accused of planting the device")."""
    if tok.lemma_.lower() in violent_words or tok.tag_ == "VBG" and tok.lower_ in violent_words:
        return True
    if tok.tag_ != "VBG":
        return False
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if obj is None:
        return False
    lemma = tok.lemma_.lower()
    return lemma in _ACCUSED_ACT_VERBS or lemma in _WEAPON_VERBS_BLAMED and obj.lemma_.lower() in _ACCUSED_WEAPONS


_ACCUSED_ACT_VERBS = _W["accused_act_verbs"]
_ACCUSED_WEAPONS = _W["accused_weapons"]
_WEAPON_VERBS_BLAMED = _W["weapon_verbs"]


def _one_act(noun) -> bool:
    """Whether a noun names one act ("the bombing", "Monday's attack", "this killing"), not a kind
    of act ("such bombings", "attacks on civilians"); a gerund told with whom it struck ("killing four
    farmers") is one act."""
    if noun.tag_ == "VBG" and any(ch.dep_ == "dobj" for ch in noun.children):
        return True
    return any(ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those"))
               for ch in noun.children)


def _an_act(noun) -> bool:
    """Whether a noun a participle of blame hangs on tells one act: "killed in an attack blamed on
    X", "the ambush attributed to X", "Monday's bombing linked to X"; not a kind or a stretch of
    acts, told with no article ("years of violence linked to al-Qaida", "attacks blamed on jihadists")."""
    return _one_act(noun) or any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in noun.children)


def _names_head(actor: Actor, tok) -> bool:
    """Whether an actor found in a phrase names the phrase's head ("al Shabaab", "agents of the
    Indian government"), or is part of its name (a compound of it: "Parbatya Chattoggram Jana
    Samity", or of a group's noun: "the CODECO group"), or names its apposition ("the largest rebel group, the FARC"); not a modifier of it
    ("Turkey-backed factions" are not Turkey)."""
    if actor.span.start <= tok.idx < actor.span.end:
        return True
    for t in tok.subtree:
        if actor.span.start <= t.idx < actor.span.end:
            h = t
            while (h.dep_ == "compound" or h.dep_ == "nmod" and h.head.lemma_.lower() in _SELF_NOUNS) \
                    and h.head.i != h.i and h.i != tok.i:
                h = h.head  # ("the CODECO group": the name a modifier of a group's noun, word class self_nouns)
            if h.i == tok.i:
                return True
    if any(ch.dep_ == "appos" and _names_head(actor, ch) for ch in tok.children):
        return True
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.dep_ == "pobj" and actor.span.start <= g.idx < actor.span.end + 1 for g in ch.children)
        for ch in tok.children)


def _blamed_doer(events: list[Event], ctx: ReportContext, violent_words) -> None:
    """An attack whose doer the report leaves unknown or unnamed, and that someone lays at a
    party's door ("Officials blamed al Shabaab for the bombing", "Police said Boko Haram was
    behind the attack"): that party is its doer, as the report read as a whole names it, and the
    event is alleged (an accusation), unless it was stated or claimed. The act blamed is the
    violent event the blamed words tell, else the latest violence told before them."""
    lows, lemmas = lower_words(ctx.doc)
    for si, sent in enumerate(ctx.sents):
        for i in range(sent.start, sent.end):
            if lows[i] not in _ANSWERABLE and lemmas[i] not in _LAYING and lemmas[i] not in _HALLMARKS and \
                    lemmas[i] not in _AGENT_NOUNS and lemmas[i] not in _BELIEVING:
                continue  # (_blame's first question, asked of the words' forms: no Token for most words)
            tok = ctx.doc[i]
            found = _blame(tok, violent_words)
            if found is None:
                continue
            who, act = found
            if act is not None and (not _names_violence(act, violent_words) or not _one_act(act) and not (
                    act == tok.head and _an_act(act)) and not (si == 0 and act.tag_ == "NN")):
                # (an act the blaming clause tells of is one act: "an attack that residents blamed on X"; a
                # headline names one with no article: "Police blame Boko Haram for market bombing")
                continue  # "accused Rwanda of backing M23", "of using such bombings": not this act
            own = _own_word(tok, who, ctx) if lows[i] in _ANSWERABLE else None
            accused = own or (_arg_actor(who, ctx) if who.pos_ != "PRON" else None)
            if act is None and lows[i] in _ANSWERABLE and (accused is None or accused.type not in _ARMED):
                continue  # "the government is responsible": no act, and no armed group to have done the violence
            if accused is not None and own is None and not _names_head(accused, who):
                continue  # "Turkey-backed factions": not Turkey
            if accused is None:
                continue
            unnamed = accused.kind == "description" and (
                accused.type not in (_ARMED | {"state"} if act is not None or lemmas[i] in _BLAMING
                                     and state_force(accused) else _ARMED)
                or accused.name.startswith("Unidentified"))
            believed = lemmas[i] in _BELIEVING and tok.pos_ == "VERB" and accused.type in _ARMED \
                and accused.name.startswith("Unidentified")  # "police believe insurgents were behind the killing": a hedged doer
            if unnamed and not believed and not (act is not None and act.i == tok.head.i and tok.dep_ == "acl"
                                                 and accused.name.startswith("Unidentified")):
                continue  # "gunmen were behind the attack": no one named (but "accused soldiers of the
                # killings": a state's forces, named by what they are, blamed for an act the words name;
                # and "an attack blamed on jihadists": the armed men its own words give it, where none else)
            target = None
            if act is not None:
                target = next((e for e in events if e.plover == _VIOLENT_PLOVER and any(
                    s.start <= act.idx < s.end for s in e.evidence)), None)
            if unnamed and target is not None and target.actor1 is not None and target.actor1.name != accused.name:
                continue  # (the same armed men the blame names, given the act by its words: known by the blame)
            if target is None:
                told = [e for e in events if e.plover == _VIOLENT_PLOVER and si - _REACH <= e.sentence <= si
                        and e.trigger.start < tok.idx]
                target = max(told, key=lambda e: (e.sentence, e.trigger.start), default=None)
            if target is None and si == 0 and act is not None:
                # a headline's blame ("Police blame Boko Haram for market bombing"): the act the body's
                # lead then tells, when it tells one violence only (within three sentences)
                after = [e for e in events if e.plover == _VIOLENT_PLOVER and 0 < e.sentence <= 3]
                target = after[0] if len(after) == 1 else None
            if target is None or (target.actor1 is not None and target.actor1.name != accused.name and not (
                    target.actor1.kind == "description" and (target.actor1.name.startswith("Unidentified")
                                                             or target.actor1.type in _ARMED | {None}))):
                continue  # a doer the report names stays (the blamed one itself: the blame is how it is known)
            if target.actor2 is not None and target.actor2.name == accused.name:
                continue
            target.actor1 = accused
            if own is not None and target.claim.status in ("reported", "alleged"):
                # "the BLA said it was responsible": the group's own word on the act, its claim
                target.claim.status, target.claim.source = "claimed", own.name
                target.claim.span = Span(tok.idx, tok.idx + len(tok), tok.text)
            elif target.claim.status == "reported":
                target.claim.status, target.claim.span = "alleged", Span(tok.idx, tok.idx + len(tok), tok.text)
                blamer = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
                if blamer is not None and blamer.pos_ != "PRON" and target.claim.source is None:
                    # "police accused X of killing …": on the police's word
                    said = _arg_actor(blamer, ctx)
                    if said is not None and said.kind != "description":
                        target.claim.source = said.name
                    elif blamer.lemma_.lower() not in _SELF_NOUNS:  # ("the organisation blamed …": whose, unsaid)
                        target.claim.source = ctx.doc[blamer.left_edge.i:blamer.i + 1].text


def _own_word(tok, who, ctx: ReportContext) -> Actor | None:
    """The armed group that says it was behind or responsible for an act ("the BLA said it was
    responsible", "a spokesman for the BLA said the group was behind the blast", or a body the actor
    file does not know, so owning it): the one answerable
    is the speaker, told by a pronoun or by "the group", in the clause its saying verb governs."""
    if not (who.pos_ == "PRON" and who.lower_ in _SELF_PRONOUNS or
            who.lemma_.lower() in _SELF_NOUNS and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in who.children)):
        return None
    said = saying_over(tok, 3)
    if said is None:
        return None
    subj = next((ch for ch in said.children if ch.dep_ == "nsubj"), None)
    if subj is None:
        return None
    speaker = _arg_actor(subj, ctx)
    if speaker is None or speaker.kind == "description":
        of = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for g in p.children if g.dep_ == "pobj"), None)  # "a spokesman for the BLA"
        speaker = _arg_actor(of, ctx) if of is not None else None
    if speaker is None or speaker.kind == "description":
        return None
    # a body the actor file does not know ("a spokesman for Prepak said the group was responsible for
    # Sunday's attack"): one that owns an attack is an armed group
    return speaker if speaker.type in _ARMED or speaker.kind == "organisation" and speaker.type is None else None


_SELF_PRONOUNS = _W["self_pronouns"]
_SELF_NOUNS = _W["self_nouns"]


def _identified_doer(events: list[Event], ctx: ReportContext) -> None:
    """A report that names its attacker by identifying the one it calls the suspect or the gunman
    ("officials identified the suspect as Vance Boelter", "the gunman, identified as …"): that
    person did the violence the report tells with no doer, or with an unnamed one, in the same days
    (a month apart at most), as a coder reading the whole report codes it. Two people so named, or
    suspects in the plural ("the suspects were identified as A and B"): no one. A doer known as "the
    suspect" is only suspected: the act is alleged."""
    named: dict[str, Actor] = {}
    suspected: set[str] = set()
    lemmas = lower_words(ctx.doc)[1]  # (a Token made only for the words of "identify")
    for i in (i for i, lemma in enumerate(lemmas) if lemma == "identify"):
        tok = ctx.doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        who = tok.head if tok.dep_ == "acl" else next(
            (ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")), None)
        if who is None or who.lemma_.lower() not in _AGENT_NOUNS | _SUSPECTS or who.tag_ in ("NNS", "NNPS"):
            continue  # ("the suspects were identified as …": those arrested, not one attacker)
        as_ = next((ch for ch in (*tok.children, *who.children) if ch.dep_ == "prep" and ch.lower_ == "as"), None)
        person = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ is not None else None
        a = ctx.actor_at.get(person.i) if person is not None else None
        if a is not None and a.kind == "person" and not any(ch.dep_ == "conj" for ch in person.children):
            named[a.name] = a
            if who.lemma_.lower() in _SUSPECTS:
                suspected.add(a.name)
    if len(named) != 1:
        return
    doer = next(iter(named.values()))
    # "identified the suspect as Vance Boelter": the doer is only suspected, the act as coded alleged
    hedge = doer.name in suspected
    violent = [ev for ev in events if ev.plover == _VIOLENT_PLOVER and ev.interval.known]
    for ev in violent:
        if not _unnamed(ev.actor1) or (ev.actor2 is not None and ev.actor2.name == doer.name):
            continue
        if any(abs((ev.interval.start - o.interval.start).days) > 31 for o in violent):
            continue  # (a report of violence far apart: whose is not said)
        ev.actor1 = doer
        if hedge and ev.claim.status == "reported":
            ev.claim.status = "alleged"


_SUSPECTS = _W["suspect_words"]


def _unnamed(actor: Actor | None) -> bool:
    """No doer, or one the text does not name: "gunmen", "Unidentified Armed Group (Pakistan)"."""
    return actor is None or (actor.kind == "description" and (
        actor.name.startswith("Unidentified") or actor.type in _ARMED | {None}))


def _strike_doer(events: list[Event], ctx: ReportContext) -> None:
    """An air or drone strike, or a shelling, the report tells with no doer, where the report names
    one force as the doer of its strikes of that kind ("Israeli warplanes pounded Gaza … An air
    strike on a home in Khan Younis killed seven"; "Russian drones attacked Kharkiv … A drone hit an
    apartment block"): that force struck, as a coder reading the whole report codes it. Only strikes
    of the same days (a month apart at most) in the same country; two forces striking: no one."""
    forces: dict[str, dict[str, Actor]] = {}  # the report's striking forces by kind, read once
    by_kind: dict[str | None, list[Event]] = {}
    for e in events:
        by_kind.setdefault(e.acled_subtype, []).append(e)
    for ev in events:
        if ev.plover != _VIOLENT_PLOVER or (ev.acled_subtype or "").lower() not in _REMOTE or not _unnamed(ev.actor1):
            continue
        doers = {e.actor1.name: e.actor1 for e in by_kind[ev.acled_subtype]
                 if e is not ev and not _unnamed(e.actor1)
                 and e.actor1.type not in ("civilians", "protesters", "rioters")
                 and not (e.interval.known and ev.interval.known
                          and abs((e.interval.start - ev.interval.start).days) > 31)
                 and not (e.place is not None and ev.place is not None and e.place.country and ev.place.country
                          and e.place.country != ev.place.country)}
        if not doers:
            if ev.acled_subtype not in forces:
                forces[ev.acled_subtype] = _striking_forces(ev, events, ctx)
            doers = forces[ev.acled_subtype]
        if len(doers) == 1:
            ev.actor1 = next(iter(doers.values()))


def _bombed_from_the_air(ev: Event, ctx: ReportContext) -> None:
    """A bombing a state's military is told doing by a verb of striking from the air ("government forces
    bombed a market", "the junta's air force bombed a school"): an air strike, as ACLED codes it (an army
    lays no roadside bomb it is told to have "bombed" a town with; an armed group's "bombed" stays a bomb)."""
    if ev.acled_subtype != _LAID_BOMB or not state_force(ev.actor1) or not ev.actor1.name.startswith("Military Forces"):
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is not None and trig.root.pos_ == "VERB" and trig.root.lemma_.lower() in _AIR_VERBS:
        ev.acled_subtype, ev.mode = _AIR_STRIKE, "aerial"


_LAID_BOMB = "Remote explosive/landmine/IED"


def _striking_forces(ev: Event, events: list[Event], ctx: ReportContext) -> dict[str, Actor]:
    """The state forces and armed groups the report names with the means of a strike of ``ev``'s
    kind, in their own words ("Myanmar's air force", "Russian drones") or in the clause they lead
    ("Russian forces have intensified their drone campaign"), by name; not those that only tell of
    strikes or stop them."""
    means = _STRIKE_MEANS["air" if ev.acled_subtype == "Air/drone strike" else "shelling"]
    defenders = {e.actor1.name for e in events if e.actor1 is not None and e.acled_subtype == "Disrupted weapons use"}
    out: dict[str, Actor] = {}
    for i, a in ctx.actor_at.items():
        if a.name in out or _unnamed(a) or a.type not in _ARMED | {"state"} or a.kind == "country":
            continue
        tok = ctx.doc[i]
        if a.name in defenders or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _REPORTING | _CLAIMING):
            continue  # "Ukraine's air force said …", "… shot down 20 drones": who tells or stops strikes
        words = {t.lemma_.lower() for t in words_at(ctx.doc, a.span.start, a.span.end) or []}
        if tok.dep_ == "nsubj":  # the clause it leads: what it did and with what
            words |= {t.lemma_.lower() for ch in tok.head.children if ch.dep_ in ("dobj", "prep")
                      for t in ch.subtree}
            if ev.acled_subtype == "Air/drone strike" and state_force(a) and tok.head.lemma_.lower() in _AIR_VERBS:
                out[a.name] = a  # "the Myanmar military bombed a village"
                continue
        if words & means:
            out[a.name] = a
    return out


_REMOTE = _W["remote_strikes"]
_AIR_STRIKE = "Air/drone strike"
_AIR_VERBS = _W["air_verbs"]
_STRIKE_MEANS = {"air": _W["air_means"], "shelling": _W["shelling_means"]}


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
            trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
            arrest = words_at(ctx.doc, other.trigger.start, other.trigger.end)
            if trig is None or arrest is None:
                continue
            path = [h for h in trig.root.ancestors][:5]
            if arrest.root in path and regex(r"\bin connection with\b|\bover\b|\bfor\b").search(doc_text(ctx.doc)[arrest.root.idx:trig.root.idx]):
                ev.actor1 = other.actor2  # the suspects of an arrest "in connection with the attack"
                if ev.claim.status == "reported":
                    ev.claim.status = "alleged"
                return
    if ev.plover == "COERCE" and ev.acled_subtype == "Arrests":
        trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
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


def _speaker_doer(ev: Event, ctx: ReportContext) -> None:
    """A state's act told in the passive, with no one doing it, in what a state body or official
    says ("'The charge d'affaires was asked to leave within 24 hours,' the Indian foreign ministry
    said"; "the ministry reported that the ambassador was recalled"): the speaker's state did it,
    as a government announces its own measures. Not violence, crowds or arrests, and not what
    witnesses or a party's opponents say (the speaker must be of the state)."""
    if ev.actor1 is not None or ev.plover in (_VIOLENT_PLOVER, "PROTEST") or ev.acled_subtype == "Arrests":
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return
    verb = trig.root
    if verb.pos_ not in ("VERB", "AUX"):  # "a request was made": the noun's verb
        verb = verb.head if verb.dep_ == "nsubjpass" else verb
    if not any(ch.dep_ == "auxpass" for ch in verb.children) or any(ch.dep_ == "agent" for ch in verb.children):
        return
    for anc in verb.ancestors:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _REPORTING:
            subj = next((ch for ch in anc.children if ch.dep_ == "nsubj"), None)
            speaker = _arg_actor(subj, ctx) if subj is not None else None
            if speaker is not None and speaker.type == "state" and (ev.actor2 is None or speaker.name != ev.actor2.name):
                ev.actor1 = speaker
            return


def _clash_sides(ev: Event, ctx: ReportContext) -> None:
    """A clash told by its dead, with no side doing it ("a Chadian soldier, as well as 20 Boko Haram
    members, were killed in a clash"; "a shootout killed three Tajik and one Kyrgyz border
    officer"): the armed sides its dead belong to are its sides, the first named first, as a coder
    codes the two parties of a battle. Only where the dead are of two sides or more."""
    if ev.acled_subtype != "Armed clash" or ev.actor1 is not None:
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return
    tok = trig.root
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return
    own = {t.i for t in tok.subtree} if verb.i != tok.i else set()  # a noun trigger's own words are not its dead
    dead = next((ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj") and ch.i not in own), None)
    if dead is None:
        return
    sides: dict[str, Actor] = {}
    demonyms = []
    for t in dead.subtree:
        a = ctx.actor_at.get(t.i)
        if a is not None and a.name not in sides and (a.type in _ARMED or a.type == "state") and a.kind != "country":
            sides[a.name] = a
        elif (a is None or a.type is None) and t.pos_ in ("PROPN", "ADJ") and ctx.country_words.get(t.lower_):
            demonyms.append(t)  # "killed three Tajik and one Kyrgyz border officer": a side by its people
    forces = next((a.name.split(" of ")[0] for a in sides.values() if state_force(a)), None)
    if forces is not None:
        for t in demonyms:
            iso = ctx.country_words[t.lower_]
            if iso not in ctx.country_names:
                continue
            name = f"{forces} of {ctx.of_names.get(iso, ctx.country_names[iso])}"
            if name not in sides:
                sides[name] = Actor(name=name, span=Span(t.idx, t.idx + len(t), t.text), type="state", country=iso,
                                    kind="description", sentence=ev.sentence)
        sides = dict(sorted(sides.items(), key=lambda kv: kv[1].span.start))
    if len(sides) >= 2:
        first, second = list(sides.values())[:2]
        ev.actor1, ev.actor2 = first, second


def _arresting_police(ev: Event, ctx: ReportContext) -> None:
    """An arrest the report tells with no one making it ("Sonko was arrested on Friday", "two
    suspects had been arrested") was made by the police of the country it happened in, as ACLED
    codes an arrest that names no agency: a detention is the state's act, and the police are the
    state's arm that makes it. The report's own mention of that police is the evidence where it
    names them; otherwise the arrest's words are."""
    if ev.acled_subtype != "Arrests" or ev.actor1 is not None:
        return
    ev.actor1 = _state_arm(ev, ctx, "Police Forces", "description")


def _operating_forces(ev: Event, ctx: ReportContext) -> None:
    """A violent act the report tells by its dead or its targets, with no one doing it, inside an
    operation or a crackdown no one is said to run ("six militants were killed in an
    intelligence-based operation", "two died during a crackdown in the district"): the forces of
    the country it happened in ran it, as ACLED codes it: the police where the operation is named
    theirs ("a police operation"), the army otherwise; a force the operation's own words name
    ("a Rangers operation") is that force."""
    if ev.actor1 is not None or ev.plover != _VIOLENT_PLOVER:
        return
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return
    root = trig.root
    ops = [root] if root.lemma_.lower() in _OPERATIONS else [
        g for p in root.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _OPERATIONS]
    if not ops:
        return
    op = ops[0]
    if any(ch.dep_ in ("prep", "agent") and ch.lower_ == "by" for ch in op.children):
        return  # ("an operation by the militants": read as its doer where it is one)
    named = [ctx.actor_at[t.i] for ch in op.children if ch.dep_ in ("compound", "amod", "nmod", "poss")
             for t in ch.subtree if t.i in ctx.actor_at]  # (its own words, not "in the area of …")
    if named:
        if all(state_force(a) for a in named):
            ev.actor1 = named[0]
        return  # (an operation named another's is not the state's)
    police = any(t.lemma_.lower() in _POLICE_WORDS for t in op.children if t.dep_ in ("compound", "amod"))
    ev.actor1 = _state_arm(ev, ctx, "Police Forces" if police else "Military Forces", "description")


_OPERATIONS = _W["state_operations"]
_POLICE_WORDS = _W["police_words"]


def _seated(ev: Event, ctx: ReportContext) -> bool:
    """Whether an event is a government's statement, placed at its seat when the text places it no
    closer (:func:`_seat`)."""
    a = ev.actor1
    return ev.category == "political" and ev.plover in _SEAT_ACTS["statements"] and a is not None \
        and a.type == "state" and a.country in ctx.seats


def _body_seat(ev: Event, ctx: ReportContext) -> None:
    """A meeting or a statement of an international body that sits in one town (the UN Security
    Council in New York), the text placing it nowhere: placed at that seat (ctx.seats holds the seats
    of the bodies the report names, by canonical name)."""
    a = ev.actor1
    if ev.place is not None and not ev.place.dateline or ev.category != "political" or a is None or \
            a.type == "state" or a.name not in ctx.seats or ev.plover not in (*_SEAT_ACTS["statements"], "CONSULT"):
        return  # (a report filed elsewhere, "TOKYO - The UN Security Council condemned …": still its seat)
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    r = trig.root if trig is not None else None
    if r is not None and any(t.lemma_.lower() in _JOURNEY_WORDS for t in (
            r, *([r.head] if r.dep_ == "conj" else []), *(ch for ch in r.children if ch.dep_ == "conj"))):
        return  # "members of the council visited Goma and met displaced families": a journey, away from its seat
    ev.place = replace(ctx.seats[a.name], span=a.span, sentence=a.sentence)


_JOURNEY_WORDS = frozenset(_W["motion"]) | frozenset(_W["journey_nouns"])


def _seat(ev: Event, ctx: ReportContext) -> None:
    """A government's own statement the text places nowhere, or only in its own country ("Japan
    accused Seoul …", "Egypt demanded …"), is placed at that government's capital, as ACLED places a
    state's statements; the place's evidence is the government's mention (``mention="seat"``). Not in
    a report filed from another country's town (the statement may be made where the reporter is)."""
    if not _seated(ev, ctx):
        return
    a = ev.actor1
    topic = ev.place is not None and _foreign_topic(ev, ctx)
    if ev.place is not None and not (ev.place.feature == "country" and ev.place.country == a.country) \
            and not topic:
        return
    filed = ctx.dateline_place
    if filed is not None and filed.feature != "country" and filed.country != a.country and not topic:
        return  # (a report filed from another country's town, the act placed nowhere: it may be made there;
        # not one placed only by its topic or target, "KHARTOUM - The United States condemned the shelling of
        # a market in Omdurman": a dateline places a state's act only when it is that state's own)
    ev.place = replace(ctx.seats[a.country], span=a.span, sentence=a.sentence)


def _body_topic(ev: Event, ctx: ReportContext) -> None:
    """A statement of a body of no one state (the African Union, the UN's Secretary-General) that the
    text places only by its topic, a place of a country inside what it is about ("the African Union
    condemned the coup in Gabon", "the UN chief condemned the attack on peacekeepers in Aguelhok"): not
    where it was made; placed at the body's seat when it has one (:func:`_body_seat`), else nowhere."""
    a = ev.actor1
    if ev.category != "political" or a is None or a.type == "state" or a.country is not None or \
            not (a.type == "external" or a.kind == "organisation") or ev.place is None or \
            not (ev.place.mention == "scene" or _foreign_topic(ev, ctx)):
        return  # (not a person or a description of no state, "the mayor", "rights groups": of the place told)
    # (nor the town the report or the paragraph is set in, a scene no clause of its own gives it: "Gunmen
    # killed 12 villagers in Kara. The African Union condemned the killings": placed nowhere)
    ev.place = replace(ctx.seats[a.name], span=a.span, sentence=a.sentence) if a.name in ctx.seats else None


def _foreign_topic(ev: Event, ctx: ReportContext) -> bool:
    """Whether a state's accusation, demand or warning is placed only by what it is about, a place of
    another country inside its own clause ("Iran condemned the attack on its consulate in Basra",
    "Kenya accused Somalia of deploying troops in Gedo"): not where the state spoke, which is its seat
    (:func:`_seat`); but a place the statement itself is told at stays ("said in Kinshasa", "the
    minister, speaking in Kinshasa, …", "during a visit to Kinshasa"), as does an embassy's ("the
    Chinese embassy condemned the attack in Peshawar") and another sentence's place."""
    p = ev.place
    if ev.plover not in _SEAT_ACTS["topic_placed"]:
        return False
    if p is None or p.dateline or p.mention != "name" or not p.country or p.country == ev.actor1.country:
        return False
    if any(w in _ABROAD_AGENTS for w in ev.actor1.span.text.lower().split()):
        return False  # "the Chinese embassy condemned …": a state's mission speaks where it sits, abroad
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    at = words_at(ctx.doc, p.span.start, p.span.end)
    if trig is None or at is None:
        return False
    trig, h = trig.root, at.root
    if token_sentence(h).start != token_sentence(trig).start:
        return False  # (another sentence's place: left as it is)
    verbs = {trig.i} | {v.i for v in trig.ancestors if v.pos_ in ("VERB", "AUX")}
    if h.head.i in verbs and h.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod", "compound", "poss"):
        return False  # the act's own object or subject ("closed the Torkham crossing"): a party, not a topic
    for _ in range(10):
        if h.i in verbs:
            return True  # (climbed from inside what the act is about)
        if h.head.i == h.i:
            return False
        if h.lemma_.lower() in _SAID_AT_NOUNS:
            return False  # the occasion it was said at: "during a visit to Kinshasa", "at talks in Geneva"
        if h.dep_ == "pobj" and h.head.lower_ in _SAID_AT_PREPS:
            g = h.head.head
            if g.i in verbs or g.pos_ == "VERB" and g.dep_ in ("advcl", "acl", "conj") and (
                    g.head.i in verbs or g.head.dep_ in ("nsubj", "nsubjpass") and g.head.head.i in verbs):
                return False  # "said in Kinshasa that …", "the minister, speaking in Kinshasa, called for …": there
        h = h.head
    return True


_SAID_AT_NOUNS = frozenset(_W["held_at_nouns"]) | frozenset(_W["journey_nouns"])
_SAID_AT_PREPS = frozenset(_W["scene_preps"])
_ABROAD_AGENTS = frozenset(_W["abroad_agents"])


def _later_tolls(events: list[Event], ctx: ReportContext) -> None:
    """Deaths and injuries told in the sentences after an attack ("The death toll rose to 15")
    belong to it, when the sentence tells no event of its own and no other attack stands between, up
    to three sentences on (a toll often follows a quote or two) in the same paragraph or the next.
    An attack told again later ("… a massacre had occurred") has the toll told straight after its
    first telling too, in the same paragraph ("Security forces opened fire on the marchers. At least
    eight people died."); further on, what stands between its tellings may be of something else."""
    # (a sentence that tells only a political act tells no dead of its own: "officials said eight people
    # died in an incident that threatens efforts to restore stability following the resignation")
    counting = [ev for ev in events if ev.category != "political"]
    told = {ctx.sentence_of(s) for ev in counting for s in ev.evidence} | {ev.sentence for ev in counting}
    violent = [(max(ctx.sentence_of(s) for s in ev.evidence), ev) for ev in events if _violent(ev)]
    by_last = sorted(violent, key=lambda x: x[0])  # (stable: events of one sentence keep their order)
    lasts = [x[0] for x in by_last]
    tellings: dict[int, list[Event]] = {}  # each sentence that tells violence: the events it tells
    for _, ev in violent:
        for t in {ctx.sentence_of(s) for s in ev.evidence} | {ev.sentence}:
            tellings.setdefault(t, []).append(ev)
    other_side: set[int] = set()  # the attacks whose other side's dead a later sentence has added
    for si, sent in enumerate(ctx.sents):
        if si in told or si in ctx.tallies:
            continue  # (nor the dead of a tally of many acts: "its fighters have killed hundreds in the province")
        k = bisect.bisect_left(lasts, si)  # the violent events last told before this sentence: by_last[:k]
        last = lasts[k - 1] if k else -1
        if k and si - last <= 3 and ctx.paragraph[si] - ctx.paragraph[last] <= 1:
            group = [ev for l, ev in by_last[bisect.bisect_left(lasts, last):k]]  # an attack on two towns: both told again
        elif si - 1 in tellings and ctx.paragraph[si] - ctx.paragraph[si - 1] <= 1:
            # told just before (in the same paragraph or the one before, as a toll told after its last
            # telling), and again after this sentence
            last, group = si - 1, tellings[si - 1]
        elif (between := _between_tellings(si, tellings)) is not None:
            last, group = between
        elif not k:
            _toll_before(si, sent, violent, ctx)
            continue
        elif len(violent) == 1 and _far_toll(span_text(sent)):
            # the death toll told further on, in a report of one attack ("… the death toll later rose to
            # seven", "three of the wounded later died", paragraphs below): that attack's, a larger toll
            # replacing its count, the wounded who died added to it
            last, group = lasts[k - 1], [by_last[k - 1][1]]
        else:
            continue
        text = span_text(sent).rstrip()
        told_here = Span(sent.start_char, sent.start_char + len(text), text)
        if si - last == 1 and ctx.paragraph[si] == ctx.paragraph[last] and _LASTING.search(span_text(sent)) and \
                any(te.kind == "duration" for te in ctx.times.get(si, [])):
            for ev in group:
                ev.evidence.append(told_here)
        if len(group) != 1:
            continue  # whose deaths these are is not said
        ev = group[0]
        if _dated_apart(si, ev, ctx):
            continue
        if si and continues_tally(ctx.sents[si - 1], sent):
            continue  # "More than 300 have been killed since April." "The government puts the toll at 200": the tally's
        killed, injured = _casualties(sent, ctx.doc)
        toll = bool(_TOLL.search(span_text(sent))) or told_as_total(sent)  # ("… 21 had been killed in all")
        if killed is not None and (ev.fatalities is None or (toll or vague(ev.fatalities) and not vague(killed)
                                                             or not ev.fatalities.value or made_whole(ev.fatalities, killed)
                                                             or bound_made_precise(ev.fatalities, killed)  # ("more than 20 died" … "24 died": 24)
                                                             or killed.span.end <= ev.fatalities.span.start  # (see below)
                                                             or counted_as_bodies(killed) and not _other_sides_dead(ev, killed, ctx))
                                   # ("killing three" … "saw the bodies of four": 4; not "the bodies of nine rebels", the other side's)
                                   and (killed.value > ev.fatalities.value  # ("the bomb missed the patrol" … "one passenger was killed")
                                        or toll and killed.value and (_revised(sent) or rival_toll(sent, killed, ctx.sents[ctx.sentence_of(ev.fatalities.span)])))
                                   # ("the group said it killed 47 soldiers" … "an officer said 10 soldiers died": 10)
                                   or disputed_lower(ctx.sents[ctx.sentence_of(ev.fatalities.span)], ev.fatalities, sent, killed)):
            # ("… later revised the toll to 27"; "killed 46" … "the military put the toll at 27": the lower figure)
            # ("six people are reported dead after a fight between two clans" … "the raiders hacked two
            # men to death": the larger count told first is the whole, the detail told after a part of it)
            ev.fatalities = killed
            if told_here not in ev.evidence:
                ev.evidence.append(told_here)
        elif killed is not None and not toll and killed.value and killed.span.start > ev.fatalities.span.end \
                and added_later(sent, killed) and not _whole_toll(ev.fatalities, ctx) \
                and not (_names_agent(ev.fatalities.span, ctx) and _names_agent(killed.span, ctx)) \
                and not _restated_after(ev, si, ctx):
            # "the blast killed seven people" … "three of the wounded later died": ten (not after "the toll
            # has reached 10", nor "killing 20 people including the bomber" … "the bomber also died")
            a, b = ev.fatalities.span, killed.span
            ev.fatalities = Count(ev.fatalities.value + killed.value, Span(a.start, b.end, doc_text(ctx.doc)[a.start:b.end]))
            if told_here not in ev.evidence:
                ev.evidence.append(told_here)
        elif killed is not None and not toll and id(ev) not in other_side and killed.value \
                and _other_sides_dead(ev, killed, ctx) \
                and not (_names_agent(ev.fatalities.span, ctx) and _names_agent(killed.span, ctx)):
            # (not "killing 30 worshippers including the bomber" … "the bomber also died": counted already)
            other_side.add(id(ev))  # (once: a second telling of the other side's dead is the same dead)
            a, b = ev.fatalities.span, killed.span
            start, end = min(a.start, b.start), max(a.end, b.end)
            ev.fatalities = Count(ev.fatalities.value + killed.value, Span(start, end, doc_text(ctx.doc)[start:end]))
            if told_here not in ev.evidence:
                ev.evidence.append(told_here)
        if injured is not None and ev.injured is None:
            ev.injured = injured


def _revised(sent) -> bool:
    """Whether a sentence that tells a toll tells it as revised ("the ministry later revised the toll to 27",
    "police lowered the death toll to 12"; data class toll_revisions): a later total, smaller or not."""
    return not _TOLL_REVISIONS.isdisjoint(lower_words(sent.doc)[1][sent.start:sent.end])


_TOLL_REVISIONS = _W["toll_revisions"]


def _restated_after(ev: Event, si: int, ctx: ReportContext) -> bool:
    """Whether a sentence after sentence ``si`` that tells the event again counts its dead as its toll so
    far ("six soldiers were killed" … "one of the wounded died in hospital" … "an official confirmed
    that six soldiers had been killed in the attack"): the report's toll, told after the death of
    wounds, holds that death already."""
    for t in sorted({ctx.sentence_of(s) for s in ev.evidence}):
        if t > si:
            killed, _ = _casualties(ctx.sents[t], ctx.doc)
            if killed is not None and killed.value == ev.fatalities.value:
                return True
    return False


def _far_toll(text: str) -> bool:
    """Whether a sentence tells a death toll ("the death toll rose to seven") or the wounded who died
    ("three of the wounded later died", "a policeman succumbed to his injuries"): dead a report of one
    attack tells of it anywhere below it (words searched for first: most sentences have none)."""
    low = text.lower()
    return "toll" in low and bool(_TOLL.search(text)) or \
        any(w in low for w in ("wound", "injur", "succumb")) and bool(_DIED_OF_WOUNDS.search(text))


def _between_tellings(si: int, tellings: dict[int, list[Event]]) -> tuple[int, list[Event]] | None:
    """The one attack a sentence lies between two tellings of, a few sentences apart, with no other
    violence told between or in them ("… the Taliban raided the post" … "12 bodies of Taliban fighters
    were left on the battlefield" … "ten soldiers were killed during the raid"): the sentence before's
    and the attack. Its tellings may be paragraphs apart, a quote or two between them."""
    before = max((t for t in tellings if t < si), default=None)
    after = min((t for t in tellings if t > si), default=None)
    if before is None or after is None or after - before > 4:
        return None
    told, again = tellings[before], tellings[after]
    if len({id(ev) for ev in told}) != 1 or len({id(ev) for ev in again}) != 1 or told[0] is not again[0]:
        return None
    return before, told[:1]


def _violent(ev: Event) -> bool:
    """Whether an event is violence whose dead a later sentence may count: an attack, a riot, or a
    protest met with force ("the Army opened fire on the stone-throwers" … "he died in hospital")."""
    return ev.plover == "ASSAULT" or ev.plover == "PROTEST" and (
        ev.acled_type == "Riots" or ev.acled_subtype == "Excessive force against protesters")


def _whole_toll(count: Count, ctx: ReportContext) -> bool:
    """Whether a count is told as the event's whole toll ("the death toll has reached 10", "21 were
    killed in all"), which later deaths told in detail do not add to."""
    return counted_as_toll(count) or told_as_total(ctx.sents[ctx.sentence_of(count.span)])


def _sides_in(span: Span, ctx: ReportContext) -> list[Actor]:
    """The parties named in a count's words ("25 insurgents died", "12 bodies of Taliban fighters"),
    with the noun its number counts ("killing four [soldiers]") and the words its nouns govern by "of"."""
    words = words_at(ctx.doc, span.start, span.end)
    if words is None:
        return []
    toks = list(words) + [t.head for t in words if t.dep_ == "nummod"]  # "killing four [soldiers]"
    for t in list(toks):
        for ch in t.children:
            if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i >= words.end:
                toks.extend(ch.subtree)
    found = []
    for t in toks:
        a = ctx.actor_at.get(t.i)
        if a is not None and a.kind != "country" and a not in found:
            found.append(a)
    return found


def _other_sides_dead(ev: Event, killed: Count, ctx: ReportContext) -> bool:
    """Whether a later sentence's dead, told with no event word of their own, are the attack's other
    side, whose dead its toll so far leaves out ("four soldiers were killed in the fighting" … "the
    army said 25 insurgents died"): the dead are of one of its sides (or armed, where it names no
    doer), the toll so far names the other side's dead and none of theirs."""
    dead = _sides_in(killed.span, ctx)
    so_far = _sides_in(ev.fatalities.span, ctx)
    if len(dead) != 1 or not so_far:
        return False
    d = dead[0]
    if d.type in (None, "civilians") or any(_same_side(d, t) for t in so_far):
        return False
    for this, other in ((ev.actor1, ev.actor2), (ev.actor2, ev.actor1)):
        if other is None or not any(_same_side(other, t) for t in so_far) or _same_side(d, other):
            continue
        if this is not None and _same_side(d, this) or this is None and d.type in _ARMED:
            return True
    return False


def _dated_apart(si: int, ev: Event, ctx: ReportContext) -> bool:
    """Whether a sentence that tells deaths and no event of its own is dated apart from the event told
    before it, so that its dead are another happening's: a date before the event began ("13 people
    had died in October"), or a day more than a month after it ended ("a villager saw seven bodies
    on Friday" after a war that began the year before)."""
    if not ev.interval.known or ev.interval.end is None:
        return False
    for te in ctx.times.get(si, []):
        iv = te.interval
        if te.dateline or te.kind == "duration" or not iv.known or iv.end is None:
            continue
        if iv.end < ev.interval.start or (iv.precision == "day" and (iv.start - ev.interval.end).days > 31):
            return True
    return False


def _toll_before(si: int, sent, violent: list, ctx: ReportContext) -> None:
    """A toll told before any attack is ("Two explosions rocked the finish line, leaving at least 2
    dead." … "The explosions happened in quick succession"): the report's first attack, when it is told
    in the next sentence or the one after, in the same paragraph or the next, and no other with it."""
    after = [ev for _, ev in violent if 0 < ev.sentence - si <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[si] <= 1]
    if len(after) != 1 or any(ev.sentence < si for _, ev in violent) or after[0].fatalities is not None:
        return  # (asked before the sentence is read: most sentences are not just before an attack)
    killed, _ = _casualties(sent, ctx.doc)
    if killed is None:
        return
    ev = after[0]
    if ev.fatalities is None:
        ev.fatalities = killed
        text = span_text(sent).rstrip()
        told_here = Span(sent.start_char, sent.start_char + len(text), text)
        if told_here not in ev.evidence:
            ev.evidence.append(told_here)


def _occurred_at(events: list[Event], ctx: ReportContext) -> None:
    """"… killed one man. The incident occurred in Sirjan": a sentence telling that an incident
    (a word of `incident_nouns`) or a death occurred somewhere places the violence told just before
    it (the sentence before, in its paragraph; or, with none before, the sentence after), when that was
    placed nowhere or only in its country."""
    _, lemmas = lower_words(ctx.doc)  # (a Token made only for a word a verb of occurring can begin with)
    for si, sent in enumerate(ctx.sents):
        if si == 0 or ctx.paragraph[si] - ctx.paragraph[si - 1] > 1:
            continue  # (the sentence before it is in its paragraph or the one before)
        words = (ctx.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _OCCURRING_HEADS)
        verb = next((t for t in words if t.pos_ == "VERB" and _occurring(t) and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in _INCIDENT_NOUNS | _OCCURRED_NOUNS and
            any(d.dep_ == "det" and d.lower_ == "the" for d in ch.children) for ch in t.children)), None)
        if verb is None:
            continue
        towns = [p for p in ctx.places.get(si, []) if p.feature in ("city", "admin2", "admin1") and not p.dateline
                 and not reference_point(p, ctx.doc)]  # ("in Musayyib, 40 miles south of Baghdad")
        if len({(p.country, p.admin1, p.name) for p in towns}) != 1:
            continue
        before = [ev for ev in events if ev.plover == _VIOLENT_PLOVER and ev.sentence in (si - 1, si - 2)]
        if not before and si + 1 < len(ctx.sents) and ctx.paragraph[si + 1] - ctx.paragraph[si] <= 1:
            # (or, when none is told before it, the violence told in the sentence after it: "The incident
            # occurred at a polling station in Kambia … a teenager was killed in the clashes")
            before = [ev for ev in events if ev.plover == _VIOLENT_PLOVER and ev.sentence == si + 1]
        if len(before) != 1:
            continue
        ev = before[0]
        if ev.place is None or ev.place.feature == "country" and ev.place.country == towns[0].country:
            ev.place = towns[0]


_OCCURRED_NOUNS = _W["occurred_nouns"]
_OCCURRING_HEADS = frozenset(w.split()[0] for w in _W["occurring_verbs"])


def _paragraph_place(ev: Event, ctx: ReportContext, another: bool = False) -> None:
    """An event its own sentences place nowhere, or only in a country, happened in the town a
    sentence just before it in its paragraph is set in (:func:`paragraph_scene`), when that town
    lies in the event's country (or, the event placed nowhere, in the report's)."""
    if ev.place is not None and ev.place.feature != "country" or _seated(ev, ctx):
        return  # (a government's statement is made at its seat)
    p = paragraph_scene(ev.sentence, ctx)
    if p is None or p.country != (ev.place.country if ev.place is not None else ctx.focus or p.country):
        return  # (unplaced: a town of the report's own country)
    if another and not (p.feature == "city" and _in_that_town(ev, ctx)):
        # "Gunmen killed two traders in Quetta. Another attack left three soldiers dead": another
        # happening, not at the last one's town; only its province is known
        if not p.admin1:
            return
        ev.place = replace(p, name=p.admin1, admin2=None, admin2_alternatives=(), feature="admin1",
                           precision="admin1", lat=None, lon=None, geonames_id=None, mention="scene")
        return
    ev.place = replace(p, mention="scene")


_PROVINCE_OFFICIALS = frozenset(load_place_words()["province_officials"])
_UNIT_KINDS = frozenset(load_place_words()["kind_words"])


def _titled_province(ev: Event, ctx: ReportContext) -> None:
    """"The governor of Hadjer-Lamis province said gunmen killed five herders", "the Borno State police
    commissioner said insurgents killed nine farmers": a conflict event that an official answering for a
    province tells, in the sentence that tells it, and that the text places no closer than its country,
    happened in that province (at the province's precision; a district's official: the district). The
    province must lie in the event's country (placed nowhere: the report's)."""
    if ev.category != "conflict" or ev.place is not None and ev.place.feature != "country":
        return
    want = ev.place.country if ev.place is not None else ctx.focus
    for p in ctx.places.get(ev.sentence, []):
        if p.feature not in ("admin1", "admin2", "city") or not p.admin1 or p.dateline or \
                (want is not None and p.country != want):
            continue
        span = words_at(ctx.doc, p.span.start, p.span.end)
        if span is None:
            continue
        tok = span.root
        while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.lower_ in _UNIT_KINDS:
            tok = tok.head  # "the Far North region", "Mali's Segou region"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in"):
            title = tok.head.head  # "the governor of Hadjer-Lamis province", "police in Benue State"
        elif tok.dep_ in ("compound", "poss", "nmod", "amod"):
            title = tok.head  # "the Borno State police commissioner", "Kharkiv's governor"
        else:
            continue
        while title.lemma_.lower() not in _PROVINCE_OFFICIALS and title.dep_ == "compound" and \
                title.head.lemma_.lower() in _PROVINCE_OFFICIALS:
            title = title.head  # "the Benue State police spokesperson"
        if title.lemma_.lower() not in _PROVINCE_OFFICIALS:
            continue
        speaker = title
        while speaker.dep_ == "compound" and speaker.head.pos_ == "PROPN":
            speaker = speaker.head  # "Hadjer-Lamis governor Mahamat Ali said"
        while speaker.dep_ in ("appos", "conj") and speaker.head.i != speaker.i:
            speaker = speaker.head  # "Midjiyawa Bakari, the governor of the Far North region, said"
        verb = speaker.head
        told = speaker.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _REPORTING | {"tell"} or \
            speaker.dep_ == "pobj" and speaker.head.lower_ == "to" and speaker.head.head.lower_ == "according"
        if not told:
            continue
        if p.feature == "admin2" and p.admin2:
            ev.place = replace(p, precision="admin2", lat=None, lon=None, geonames_id=None, mention="scene")
        else:
            ev.place = replace(p, name=p.admin1, feature="admin1", precision="admin1", admin2=None,
                               admin2_alternatives=(), lat=None, lon=None, geonames_id=None, mention="scene")
        return


_SETTLEMENTS = frozenset(load_place_words()["settlement_kinds"])
_NEAR_PREPS = frozenset(load_place_words()["near_preps"])


def _in_that_town(ev: Event, ctx: ReportContext) -> bool:
    """Whether the event's sentence sets it "in the town" (or "the same village", "the city"): the
    town just named, not merely its province ("In another attack in the town, …")."""
    for t in ctx.sents[ev.sentence]:
        if t.lower_ in _SETTLEMENTS and t.dep_ == "pobj" and t.head.lower_ in _NEAR_PREPS and \
                any(ch.lower_ == "the" for ch in t.children) and \
                not any(ch.dep_ in ("prep", "compound", "amod", "appos") and ch.lower_ != "same" for ch in t.children):
            return True
    return False


def _dateline_lead(events: list[Event], ctx: ReportContext) -> None:
    """"GUSAU, Nigeria (AP) — Gunmen attacked a village on Monday": a conflict event told in the
    dateline's own sentence, or in the headline over it, that no mention places, happened in the
    dateline town's province (a wire lead names the place when the event is elsewhere). Not when
    those sentences name another country or a border ("a shootout on the frontier"): the lead's
    place is then where two countries meet, not the town the report was filed from; nor when the
    event is told again beyond the headline and the lead's paragraph."""
    dl = ctx.dateline_place
    if dl is None or dl.feature not in ("city", "admin2") or not dl.admin1:
        return
    for ev in events:
        if ev.place is not None or ev.category != "conflict" or \
                not (ev.sentence == dl.sentence or (ev.sentence == 0 and ctx.headline and dl.sentence <= 8)):
            continue
        lead_paragraph = ctx.paragraph[dl.sentence]
        if any(ctx.paragraph[ctx.sentence_of(sp)] not in (0, lead_paragraph) for sp in ev.evidence):
            continue  # told again further on, where the dateline's town is no longer the scene
        told = ctx.places.get(ev.sentence, []) + ctx.places.get(dl.sentence, [])
        if any(_part_of(p, ctx) for p in ctx.places.get(ev.sentence, [])):
            continue  # "BEIRUT — An air strike in south Lebanon killed …": a part of the country the
            # desk's town is not said to be in
        lead = {ev.sentence, dl.sentence, dl.sentence + 1}  # (a dateline on a line of its own: the next)
        if all(p.country == dl.country for p in told) and not any(
                t.lemma_.lower() in _BORDER for sj in lead if sj < len(ctx.sents) for t in ctx.sents[sj]):
            ev.place = _province_of(dl)


_BORDER = _W["border_words"]
_PW = load_place_words()


def _part_of(p: Place, ctx: ReportContext) -> bool:
    """Whether a country is named by a part of it ("south Lebanon", "northwestern Syria")."""
    return p.feature == "country" and bool(_PART_OF.search(doc_text(ctx.doc)[max(0, p.span.start - 20):p.span.start]))


_PART_OF = re.compile(rf"\b(?:(?:{'|'.join(_PW['directions'])})(?:ern)?|(?:{'|'.join(_PW['joining_directions'])})-?"
                      rf"(?:east|west)(?:ern)?)\s+$", re.I)  # "south Lebanon", "northwestern Syria"


def _filed_scene(events: list[Event], ctx: ReportContext, places: list[Place]) -> None:
    """"BUJUMBURA (Reuters) - … Police fired tear gas at protesters": a conflict event the text places
    nowhere, or only in the dateline's country, happened in the dateline town's province when the
    report names no town, district or province of that country outside it (the desk is then where
    the news is). Placed at the province's precision (:func:`_province_of`)."""
    dl = ctx.dateline_place
    if dl is None or dl.feature not in ("city", "admin2") or not dl.admin1:
        return
    if any(p.country == dl.country and p.feature in ("city", "admin2", "admin1") and p.admin1 != dl.admin1
           and not p.dateline for p in places):
        return
    lead = ctx.lead_time.interval if ctx.lead_time is not None else None
    for ev in events:
        if ev.category != "conflict" or not (ev.place is None or ev.place.feature == "country"
                                             and ev.place.country == dl.country):
            continue
        if ev.place is not None and _part_of(ev.place, ctx):
            continue  # "… (AP) — An air strike in south Lebanon killed …": not the desk's province
        iv = ev.interval
        if iv.known and (iv.precision not in ("day", "week") or lead is not None and lead.known
                         and iv.end < lead.start - dt.timedelta(days=_FILED_DAYS)):
            continue  # an earlier happening the report recalls: not the desk's news
        told = {ev.sentence} | {ctx.sentence_of(sp) for sp in ev.evidence}
        if any(p.country and p.country != dl.country for si in told for p in ctx.places.get(si, [])) or \
                any(t.lemma_.lower() in _BORDER for si in told for t in ctx.sents[si]):
            continue  # "missiles fired into the waters around Taiwan", "a post on the border": told with
            # a place abroad, or where two countries meet
        ev.place = _province_of(dl)


_FILED_DAYS = 14  # an event dated this long before the lead's day is not the news filed


def _victims(ev: Event, ctx: ReportContext) -> None:
    """A bombing, a shelling or an attack on people whose victims the text leaves unnamed ("two bombs
    exploded at the finish line", "rockets were fired at the city"), an armed group's blockade, arson
    or threat aimed at no one named ("gunmen blocked roads and torched buses", "the group threatened
    to unleash terror"), or a mob's violence with no one named ("rioters torched shops"): its target
    is the civilians of the country it struck (placed nowhere: of the report's country), as ACLED
    codes it. Evidence: the event's trigger."""
    struck = ev.plover == _VIOLENT_PLOVER and ev.acled_type in ("Explosions/Remote violence", "Violence against civilians")
    menaced = ev.actor1 is not None and ev.actor1.type in _ARMED and ev.plover in ("COERCE", "THREATEN")
    mob = ev.acled_subtype == "Mob violence"
    plain = ev.actor2 is not None and (_plain_people(ev.actor2, ctx) or _everyday_target(ev.actor2, ctx))
    counted = struck and ev.actor2 is not None and _people_counted(ev.actor2, ctx)
    if ev.actor2 is not None and not (struck and (plain or counted or _nationals(ev.actor2, ctx)) or mob and plain):
        return  # ("killing a 42-year-old man": a man is no one named; "a mob lynched a man": the same;
        # "opened fire at a bar": the bar's people)
    wrecked = ev.acled_subtype == "Violent demonstration" and ev.mode == "riot" and ev.actor2 is None
    if not (struck or menaced or wrecked or mob):
        return
    iso = (ev.place.country if ev.place is not None and ev.place.country else None) or ctx.focus
    nationals = _nationals(ev.actor2, ctx) if ev.actor2 is not None else national_done_to(ev.trigger, ctx) if struck else None
    iso = nationals or iso  # ("killed three Kenyans", "kidnapped a Briton": Kenya's, Britain's civilians, wherever
    # they were)
    if not iso or iso not in ctx.country_names:
        return
    if ev.actor1 is not None and ev.actor1.type == "civilians":
        return  # the civilians are the doers as told; their victims are not known
    hurt = _hurt_forces(ev, ctx) if struck else None
    if hurt is not None:
        ev.actor2 = hurt  # "the blast wounded two soldiers": the soldiers were struck, not civilians
        return
    post = None
    if (struck or wrecked or mob) and (ev.actor2 is None or plain or counted):
        # (any telling's words: a headline's "Militants attack check post" may parse as no act; and
        # "attacked a security check post, killing three persons": the post's forces, whoever fell there)
        for span in (ev.trigger, *ev.retold):
            trig = words_at(ctx.doc, span.start, span.end)
            root = trig.root if trig is not None else None
            if root is not None and root.dep_ == "nsubj" and root.head.pos_ == "VERB":
                root = root.head  # ("the blast struck an army checkpoint": what its verb struck)
            post = forces_in(_struck_words(root) if counted else root.subtree, iso, ctx) if root is not None else None
            # (victims counted as people fell at the post only where the act was done to it, not "near" it)
            if post is None and root is not None and root.dep_ == "advcl" and root.tag_ == "VBG" \
                    and root.head.pos_ == "VERB":
                # "a truck bomb hit a police station, killing six people": the killing's victims fell
                # at the post its head verb struck (what that verb was done to, not where)
                post = forces_in(_struck_words(root.head), iso, ctx)
            if post is not None:
                break
    if post is not None:
        ev.actor2 = post  # "shelled a police station": its police (the place told later, in another sentence);
        # a mob that stormed or torched a police station fell on its police, as ACLED codes it
        if ev.acled_subtype == "Mob violence":
            ev.acled_subtype = "Violent demonstration"  # (a crowd's violence on the state's forces: a riot's)
        return
    if wrecked or counted:
        return  # ("rioters torched cars": no one's property named, no victims; "killing six people":
        # the people as told)
    # (its words, when the text names them: "a man", "a bar"; else the act's)
    ev.actor2 = Actor(name=f"Civilians ({ctx.country_names[iso]})", span=ev.actor2.span if plain else ev.trigger,
                      type="civilians", country=iso, kind="description", sentence=ev.sentence, named=plain)


def _hurt_forces(ev: Event, ctx: ReportContext) -> Actor | None:
    """The armed men a strike or an attack told with no victims of its own wounded, in its own
    sentence ("a roadside bomb wounded three soldiers", "five policemen were injured when a bomb
    went off"): a state's forces or an armed group hurt and not killed are its target; None when the
    sentence hurts no one, or only people."""
    sent = ctx.sents[ev.sentence]
    for tok in sent:
        if tok.lemma_.lower() not in _WOUNDING or tok.pos_ not in ("VERB", "AUX"):
            continue
        passive = any(ch.dep_ == "auxpass" for ch in tok.children)
        hurt = next((ch for ch in tok.children if ch.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if hurt is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            hurt = tok.head  # "five policemen injured in the blast"
        a = _arg_actor(hurt, ctx) if hurt is not None else None
        if a is not None and (state_force(a) or a.type in _ARMED):
            return a
    return None


_WOUNDING = _W["wounding_verbs"]


def _nationals(actor: Actor, ctx: ReportContext) -> str | None:
    """The country of people told only by their nationality in the plural ("three Kenyans", "two
    Israelis") or as one of them ("a Nigerian"), a description of no known kind: None for anyone else."""
    if actor.kind != "description" or actor.type is not None:
        return None
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    if span is None:
        return None
    root = span.root
    if not (root.ent_type_ == "NORP" and root.tag_ == "NNPS"
            or root.text[:1].isupper() and not root.text.isupper()
            and any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in root.children)):
        return None  # ("three Kenyans", "a Nigerian", "a Briton")
    iso = ctx.country_words.get(root.lower_)
    return None if iso is None or root.lower_ == ctx.country_names.get(iso, "").lower() else iso


def _people_counted(actor: Actor, ctx: ReportContext) -> bool:
    """Whether an actor is victims told only by their number as people ("killing six people", "two
    persons died"): the civilians the description makes of them, no one named."""
    if actor.kind != "description" or actor.type != "civilians":
        return False
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    return span is not None and span.root.lemma_.lower() in _W["counted_people"]


def _plain_people(actor: Actor, ctx: ReportContext) -> bool:
    """Whether an actor is people told only as people ("a man", "a 42-year-old man", "two
    individuals"): a description of no known kind whose head word is a plain word for a person, and
    whose men are no one's ("its three men" are a group's)."""
    if actor.kind != "description" or actor.type is not None:
        return False
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    return span is not None and span.root.lemma_.lower() in _PLAIN_PEOPLE and \
        not any(ch.dep_ == "poss" for ch in span.root.children)


_PLAIN_PEOPLE = _W["plain_people"]


def _everyday_target(actor: Actor, ctx: ReportContext) -> bool:
    """Whether an actor is a place or a gathering of everyday life the text names where a party
    could be ("opened fire at a bar", "attacked a wedding", "stormed a market"): a description of no
    known kind whose head word is one of the civilian targets of the trigger lexicon and names no
    people of its own (those are told by their own words); whoever was there are civilians."""
    if actor.kind != "description" or actor.type is not None:
        return False
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    return span is not None and span.root.lemma_.lower() in _EVERYDAY_TARGETS and \
        span.root.lemma_.lower() not in ctx.people - _EVERYDAY_TARGETS and \
        not any(ch.dep_ == "poss" for ch in span.root.children)


_EVERYDAY_TARGETS = frozenset(w for w in load_triggers().civilian_targets if " " not in w) - frozenset(
    load_event_words()["plain_people"])
_FIGHTING_TYPES = ("Battles", "Explosions/Remote violence")


def _fighting_state(ev: Event, ctx: ReportContext) -> None:
    """A state named as the doer of a battle or a strike by its name alone ("Israel struck a house",
    "a US drone strike", "Turkey bombed PKK positions"): its armed forces fought or struck, as ACLED
    codes a state's violence ("Military Forces of Israel"), never its government."""
    a = ev.actor1
    if ev.acled_type not in _FIGHTING_TYPES or a is None or a.type != "state" or a.country not in ctx.country_names:
        return
    state = ctx.of_names.get(a.country, ctx.country_names[a.country])
    if a.kind != "country" and a.name != f"Government of {state}":
        return  # (but "the Somali government carried out an air strike": its forces did, too)
    if ev.actor2 is not None and ev.actor2.type == "state" and ev.actor2.country == a.country:
        return  # "… border guards were killed in southwest Iran": a state at war with its own forces is no reading
    ev.actor1 = replace(a, name=f"Military Forces of {state}", kind="description")


def _struck_state(ev: Event, ctx: ReportContext) -> None:
    """A state named by its name alone as the target of violence ("an air strike on Yemen", "shelled
    Afghanistan", "border guards clashed with Tajikistan"): not its government, which ACLED never
    codes as the side of a battle or a strike. A battle was fought with its armed forces; a strike or
    an attack on the country's ground struck no one the text names (the civilians of the place, as
    :func:`_victims` codes them)."""
    a = ev.actor2
    if ev.plover != _VIOLENT_PLOVER or a is None or a.kind != "country" or a.type != "state":
        return
    if ev.acled_type == "Battles" and a.country in ctx.country_names and \
            not (ev.actor1 is not None and ev.actor1.country == a.country and state_agent(ev.actor1)):
        name = f"Military Forces of {ctx.of_names.get(a.country, ctx.country_names[a.country])}"
        ev.actor2 = replace(a, name=name, kind="description")
    else:
        ev.actor2 = None


def _sideless_clash_at_protest(ev: Event, events: list[Event]) -> bool:
    """A clash whose sides the report never names, told of the day and place of a protest it tells
    ("At least 32 people were arrested in connection with the protests … The clashes centred around a
    stranded police van"): the protest's own clashes, a riot as ACLED codes it."""
    if ev.acled_subtype != "Armed clash" or ev.actor1 is not None or ev.actor2 is not None or ev.place is None:
        return False
    return any(o.plover == "PROTEST" and o.place is not None and o.place.country == ev.place.country
               and _same_days(o, ev) for o in events if o is not ev)


_CLASH_VERBS = _W["crowd_clashing"]


def _people_fight_forces(ev: Event, ctx: ReportContext) -> bool:
    """A clash of people of no armed body, told in the plural, with a state's forces ("youths clashed
    with police", "villagers clashed with the army", "police and mourners clashed"): a crowd that fights back, a riot as ACLED codes
    it (the crowd the rioters, the forces the other side), not a battle or an attack on civilians."""
    if ev.acled_subtype == "Armed clash" and (ev.actor1 is None) != (ev.actor2 is None) \
            and state_force(ev.actor1 or ev.actor2):
        trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
        return trig is not None and _crowd_side_named(trig.root)
    if ev.acled_subtype != "Armed clash" or ev.actor1 is None or ev.actor2 is None:
        return False
    people = next((a for a in (ev.actor1, ev.actor2) if a.type == "civilians" and a.kind == "description"), None)
    if people is None or not state_force(ev.actor2 if people is ev.actor1 else ev.actor1):
        return False
    span = words_at(ctx.doc, people.span.start, people.span.end)
    if span is None or span.root.tag_ not in ("NNS", "NNPS"):
        return False
    root = span.root  # a side of the clash's own clause, not its dead ("two farmers were killed when …")
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head  # "police and mourners clashed": a subject joined to the forces' own
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if root.dep_ == "nsubj" and trig is not None and root.head.i == trig.root.i and trig.root.pos_ == "VERB" \
            and not _done_to(ev, ctx):
        return True  # "residents fired live rounds at police": people of no armed body who fight the forces
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _CLASH_VERBS or \
        root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in _CLASH_VERBS or \
        _between_sides(root)


_CLASHING_CROWDS = frozenset(_W["clashing_crowds"])


def _crowd_side_named(v) -> bool:
    """Whether a clash's own words name a crowd's people as its side where no party was found for them:
    its subject, whom it was "with", or between whom ("traders clashed with police", "hundreds of
    students clashed with police", "after clashes with protesters"), a count standing for its people."""
    sides = [ch for ch in v.children if ch.dep_ == "nsubj"]
    if not sides and v.dep_ == "conj" and v.pos_ == "VERB":
        sides = [ch for ch in v.head.children if ch.dep_ == "nsubj"]  # ("traders stoned buses and clashed with police")
    sides += [g for ch in v.children if ch.dep_ == "prep" and ch.lower_ in ("with", "between")
              for g in ch.children if g.dep_ == "pobj"]
    sides += [g for o in sides for g in o.children if g.dep_ == "conj"]
    sides += [g for o in sides if o.lower_ in _W["crowd_masses"]
              for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CLASHING_CROWDS or o.lower_.rstrip("s") in _CLASHING_CROWDS for o in sides)


def _between_sides(root) -> bool:
    """A side named in a fight's "between" ("clashes between students and police", "scuffles broke out
    between police and traders"): the "between" hangs on the fight's noun, or on the verb whose subject
    that noun is."""
    side = root.head if root.dep_ == "conj" else root
    if side.dep_ != "pobj" or side.head.lower_ != "between":
        return False
    head = side.head.head
    return head.lemma_.lower() in _CLASH_VERBS or head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in _CLASH_VERBS for c in head.children)


def _same_days(x: Event, y: Event, slack: int = 0) -> bool:
    """Whether two events' dates meet (within ``slack`` days), or neither is dated yet: both are then
    the report's news, dated alike later (date_undated)."""
    a, b = x.interval, y.interval
    if not a.known or not b.known:
        return not a.known and not b.known
    gap = dt.timedelta(days=slack)
    return a.start <= (b.end or b.start) + gap and b.start <= (a.end or a.start) + gap


def _crowd_violence_next(ev: Event, events: list[Event], ctx: ReportContext, triggers: Triggers) -> bool:
    """The sentence just after (or just before) one telling a protest, in its paragraph and telling no event of its own,
    that tells the crowd's violence ("Many of the protesters hurled stones and scuffled with the
    police"): the protest's own, a riot. Its sentence is added to the evidence."""
    told = {ctx.sentence_of(sp) for other in events for sp in other.evidence}
    for si, nxt in sorted((si, si + step) for si in {ctx.sentence_of(sp) for sp in ev.evidence} for step in (1, -1)):
        # (or just before it: "Protesters storm the embassy. Police dispersed the crowd with tear gas.")
        if not 0 <= nxt < len(ctx.sents) or nxt in told or ctx.paragraph[nxt] != ctx.paragraph[si]:
            continue
        sent = ctx.sents[nxt]
        if not triggers.violent_crowd.search(span_text(sent)):
            continue
        if any((a := ctx.actor_at.get(t.i)) is not None and a.type in ("protesters", "rioters") for t in sent):
            ev.evidence.append(Span(sent.start_char, sent.end_char, span_text(sent)))
            return True
    return False


def fill(events: list[Event], ctx: ReportContext, triggers: Triggers, violent_words: frozenset,
         places: list[Place], apart: frozenset | set = frozenset()) -> None:
    """Entry point: fill the fields of the report's ``events`` (its incidents) from the whole report,
    in place; ``apart``: the ``id()`` of each event told as another happening elsewhere ("in a separate
    attack"; not "hours later": event_words.yaml apart_in_place)."""
    scene = _article_scene([p for p in places if not _origin(p, ctx.doc)], ctx.focus)
    if scene is not None and (ctx.focus is None or scene.country == ctx.focus):  # not a byline's home town
        for ev in events:
            if ev.place is None or (ev.place.feature == "country" and ev.place.country == scene.country):
                if ev.place is None and ev.actor1 is not None and ev.actor1.country not in (None, scene.country) \
                        and ev.category == "political":
                    continue  # a foreign government's statement is not made in the report's province
                if _seated(ev, ctx):
                    continue  # nor its own government's: that is made at its seat (_seat)
                level = "admin1" if scene.feature == "admin1" else "admin2"
                ev.place = replace(scene, precision=level, name=scene.admin2 if level == "admin2" else scene.admin1,
                                   feature=level,
                                   lat=None, lon=None, geonames_id=None, mention="scene")
    _dateline_lead(events, ctx)
    _occurred_at(events, ctx)
    for ev in events:
        _paragraph_place(ev, ctx, id(ev) in apart)
        _titled_province(ev, ctx)
    _filed_scene(events, ctx, places)
    _later_tolls(events, ctx)
    for ev in events:
        if ev.actor1 is None:
            _perpetrator(ev, events, ctx)
            _speaker_doer(ev, ctx)
            _clash_sides(ev, ctx)
            _arresting_police(ev, ctx)
            _operating_forces(ev, ctx)
    _blamed_doer(events, ctx, violent_words)
    for ev in events:
        _bombed_from_the_air(ev, ctx)
    _strike_doer(events, ctx)
    _report_doer(events, ctx.doc)
    _identified_doer(events, ctx)
    condemned = {}  # ACCUSE event -> the violent event whose doer it condemns
    for ev in events:
        if ev.plover == "ACCUSE" and ev.actor2 is None:
            condemned[id(ev)] = _condemned_doer(ev, events, ctx, violent_words)
    for ev in events:
        _speakers_body(ev, ctx)
        _seat(ev, ctx)
        _body_topic(ev, ctx)
        _body_seat(ev, ctx)
        _lasting(ev, ctx)
        if ev.place is not None and ev.place.country:  # (parties told in later mentions too)
            ev.actor1, ev.actor2 = _local(ev.actor1, ev.place.country, ctx), _local(ev.actor2, ev.place.country, ctx)
        ev.actor1 = _speakers_forces(ev.actor1, ctx)
        ev.actor1 = _office_holders_state(ev, ctx)
        fights_back = _people_fight_forces(ev, ctx)
        bombed = ev.acled_type == "Explosions/Remote violence" and not (
            ev.actor1 is not None and ev.actor1.type in ("protesters", "rioters"))
        # (a bomb at a rally, a suicide bombing of a march: the bomber's act as ACLED codes it, not force
        # met by the crowd; but a crowd's own grenade is its riot)
        if ev.plover == _VIOLENT_PLOVER and not bombed and (any(_crowd_actor(a, ctx) for a in (ev.actor1, ev.actor2))
                                                             or _crowd_told(ev, ctx)
                                        or _at_gathering(ev, ctx, triggers.crowd_scenes)
                                        or _sideless_clash_at_protest(ev, events) or fights_back):
            # force between a crowd and the authorities is a protest event as ACLED codes it: a riot
            # where the crowd fights back, excessive force where it is only fired on
            violent = fights_back or any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence) or \
                (ev.actor1 is not None and ev.actor1.type in ("protesters", "rioters") and not _done_to(ev, ctx))
            beaten = ev.mode == "beat" and not (ev.fatalities is not None and ev.fatalities.value)
            ev.plover, ev.category, ev.mode = "PROTEST", "conflict", "riot" if violent else "demo"
            ev.acled_type, ev.acled_subtype = ("Riots", "Violent demonstration") if violent else \
                ("Protests", "Protest with intervention") if beaten else ("Protests", "Excessive force against protesters")
            # (protesters beaten and none killed: a crowd the forces stepped in on, as ACLED codes it)
        elif ev.acled_subtype == "Arrests" and _at_gathering(ev, ctx, triggers.crowd_scenes, held=True):
            # "police detained 3,000 people at protests": the gathering the police stepped in on, as
            # ACLED codes it (a protest with intervention), not arrests of their own
            ev.plover, ev.category, ev.mode = "PROTEST", "conflict", "demo"
            ev.acled_type, ev.acled_subtype = "Protests", "Protest with intervention"
            if ev.actor1 is not None and state_force(ev.actor1):
                ev.actor2 = ev.actor1  # the forces that stepped in face the crowd, not the people they held
        if ev.acled_type == "Violence against civilians" and ev.actor2 is not None and ev.actor2.type == "protesters" \
                and not _crowd_actor(ev.actor2, ctx) and ev.actor2.country in ctx.country_names:
            # "gunmen shot dead a rights activist": a civilian of the country struck, as ACLED names the victim
            ev.actor2 = replace(ev.actor2, name=f"Civilians ({ctx.country_names[ev.actor2.country]})", type="civilians",
                                aliases=(ev.actor2.name, *ev.actor2.aliases))
        if ev.acled_type == "Protests" and ev.acled_subtype in ("Peaceful protest", "Protest with intervention") \
                and ev.fatalities is not None \
                and ev.fatalities.value and not any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence):
            # protesters killed at a peaceful protest: force was used on them (ACLED's excessive force)
            ev.acled_subtype = "Excessive force against protesters"
        if ev.acled_type == "Protests" and ev.acled_subtype in ("Peaceful protest", "Protest with intervention") \
                and (any(triggers.violent_crowd.search(sp.text) for sp in ev.evidence)
                     or _crowd_violence_next(ev, events, ctx, triggers)):
            # the crowd's violence told in any sentence about the protest makes it a riot
            ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Violent demonstration", "riot"
        elif ev.acled_subtype == "Peaceful protest" and any(
                _stepped_in(words_at(ctx.doc, sp.start, sp.end) or (), sp.text.lower(),
                            triggers.intervention) for sp in ev.evidence[1:]):
            # the authorities stepping in, told in a later sentence about the protest ("farmers rallied
            # … officers fired water cannon, forcing the farmers to disperse"), as in its own
            ev.acled_subtype = "Protest with intervention"
        if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name:
            ev.actor2 = None  # one side named twice ("police killed in Taliban attacks … the Taliban
            # attacked"): the other is not known yet, and the rules below may find it
        _struck_state(ev, ctx)
        _crowd_side(ev, triggers.crowd_sides, ctx)
        _forces_faced(ev, ctx)
        _crowd_police(ev, ctx)
        _other_side(ev, ctx)
        _victims(ev, ctx)
        _restricting_state(ev, ctx)
        _restricted(ev, ctx)
        _ousted_government(ev, ctx, triggers)
        _deployed(ev, ctx)
        _denied_accuser(ev, events)
        _counterpart(ev, ctx)
        _fighting_state(ev, ctx)
        if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name:
            ev.actor2 = None  # one side named twice: the other is not known
        _communal_clash(ev)
        _one_sided_fight(ev)
        _held_by_armed_group(ev)
        _deadly_abduction(ev)
    _crowd_deaths_after(events, ctx)
    _protesters_held(events, ctx)
    for ev in events:
        done = condemned.get(id(ev))
        if done is not None and done.actor1 is not None and done.actor1.type == "rioters" \
                and ev.actor2 is not None and ev.actor2.type in ("protesters", "rioters"):
            # the crowd as its own event names it in the end: a crowd that rioted is "Rioters (X)", named
            # so only after the condemnation read it ("the mayor condemned the violence"; but not the
            # crowd put first as ACLED orders it when the forces' violence was the one condemned)
            ev.actor2 = done.actor1


_CROWD_FORCE = ("Excessive force against protesters", "Violent demonstration")


def _crowd_deaths_after(events: list[Event], ctx: ReportContext) -> None:
    """Deaths no one is named for ("at least one person was killed in Yangon", "fresh violence killed
    three in Gaibandha"), told just after (two sentences at most, no other event's telling between) a
    protest put down by force or a riot, in its country and within a day of it: more of that crackdown
    or that riot, typed as it is, with its sides, not an attack by unknown men. A crackdown the headline
    tells is the story's subject: the deaths its body tells further on ("Protesters shot dead in …" over
    "four people were shot dead in the north") are of it however far down they come."""
    tellings = sorted(((sp.start, ctx.sentence_of(sp), e) for e in events for sp in e.evidence),
                      key=lambda x: x[0])
    starts = [x[0] for x in tellings]
    headline_force = ctx.headline and any(e.sentence == 0 and e.acled_subtype in _CROWD_FORCE for e in events)
    for ev in events:
        if ev.plover != _VIOLENT_PLOVER or ev.acled_subtype not in ("Attack", "Armed clash") \
                or ev.actor1 is not None or (ev.actor2 is not None and ev.actor2.type != "civilians") \
                or ev.fatalities is None or not ev.fatalities.value or ev.place is None or not ev.place.country \
                or ev.place.precision in ("country", "region") or ev.place.mention != "name" or not ev.evidence:
            # (a place the death's own telling names; not "14 people were killed across the country")
            continue
        first = ev.evidence[0]
        k = bisect.bisect_left(starts, first.start) - 1
        while k >= 0 and tellings[k][2] is ev:
            k -= 1
        if k < 0:
            continue
        _, si, o = tellings[k]
        if o.acled_subtype in _CROWD_FORCE and (ctx.sentence_of(first) - 2 <= si or headline_force) \
                and (o.place.country if o.place is not None and o.place.country else ctx.focus) == ev.place.country \
                and _same_days(o, ev, slack=1):
            ev.plover, ev.category, ev.mode = o.plover, o.category, o.mode
            ev.acled_type, ev.acled_subtype = o.acled_type, o.acled_subtype
            ev.actor1, ev.actor2 = o.actor1, o.actor2


def _held_by_armed_group(ev: Event) -> None:
    """People "captured" or "detained" by a rebel group or a militia ("the rebels captured two soldiers
    in the ambush", "militiamen detained three traders at a roadblock"): an abduction, as ACLED codes a
    seizure of people by a non-state group (its Arrests are the state's)."""
    if ev.acled_subtype == "Arrests" and ev.actor1 is not None and ev.actor1.type in _ARMED:
        ev.plover, ev.category, ev.mode = _VIOLENT_PLOVER, "conflict", "abduct"
        ev.acled_type, ev.acled_subtype = "Violence against civilians", "Abduction/forced disappearance"


def _deadly_abduction(ev: Event) -> None:
    """An abduction in which people were killed ("bandits stormed the village, abducted 20 residents and
    killed three"): an attack on civilians with its dead, the abduction a part of it, as ACLED codes it
    (the killing decides the sub-type)."""
    if ev.acled_subtype == "Abduction/forced disappearance" and ev.fatalities is not None and ev.fatalities.value > 0:
        ev.acled_subtype = "Attack"


def _communal_clash(ev: Event) -> None:
    """A clash of communal militias with no other side named ("two rival tribes clashed", "warring
    tribesmen fought"): a fight between communities, each side the country's communal militia, as ACLED
    codes one whose sides it does not name apart ("Communal Militia (Papua New Guinea)" on both)."""
    if ev.acled_subtype == "Armed clash" and ev.actor2 is None and ev.actor1 is not None \
            and ev.actor1.type == "identity_militia" and ev.actor1.kind == "description":
        ev.actor2 = ev.actor1


def _one_sided_fight(ev: Event) -> None:
    """An armed clash whose other side, read from the whole report, is civilians ("M23 fighters
    attacked the village … the victims were residents"): no battle, as ACLED codes it, but an attack
    on civilians; its type follows its parties."""
    if ev.acled_subtype == "Armed clash" and ev.actor2 is not None and ev.actor2.type == "civilians" \
            and ev.actor1 is not None and ev.actor1.type not in ("civilians", "protesters", "rioters"):
        ev.acled_type, ev.acled_subtype = "Violence against civilians", "Attack"



def _protesters_held(events: list[Event], ctx: ReportContext) -> None:
    """People the state's forces arrested, told only by their number ("about two dozen people were
    arrested"), in a report of a protest the same day in the same country: the protesters (ACLED's
    "Protesters (Benin)"), not the country's civilians at large; arrests of no one named ("made 25
    arrests over the unrest"), the crowd of that protest or riot."""
    protests = [e for e in events if e.acled_type in ("Protests", "Riots") and e.place is not None and e.place.country]
    for ev in events:
        a = ev.actor2
        if a is None and ev.acled_subtype in _HELD_SUBTYPES and ev.place is not None and ev.place.country \
                and (ev.actor1 is None or state_force(ev.actor1)):
            # "officers made 25 arrests over the unrest", "arrests were made after the riot": arrests of
            # no one named, in a report of a crowd's riot or protest of those days in that country, are
            # of the crowd (ACLED's "Rioters (France)" as the side arrested)
            crowd = next((p.actor1 for p in protests if p.place.country == ev.place.country and _same_days(p, ev, slack=1)
                          and p.actor1 is not None and p.actor1.type in ("protesters", "rioters")), None)
            if crowd is not None:
                ev.actor2 = crowd
            continue
        if ev.acled_subtype not in _HELD_SUBTYPES or a is None or a.type != "civilians" or not a.country \
                or (ev.actor1 is not None and not state_force(ev.actor1)):
            continue
        span = words_at(ctx.doc, a.span.start, a.span.end)
        if span is None or span.root.lemma_.lower() not in _COUNTED_PEOPLE:
            continue
        if not any(p.place.country == a.country and _same_days(p, ev, slack=1) for p in protests):
            continue
        ev.actor2 = replace(a, name=f"Protesters ({ctx.country_names.get(a.country, a.country)})", type="protesters")


_HELD_SUBTYPES = ("Arrests",)
_COUNTED_PEOPLE = _W["counted_people"]
