"""Stage 6b, incidents: the mentions of one report folded into the incidents they tell.

Reads: each mention's event from :mod:`.mentions`, in the report's order, and the incidents made
so far.
Adds: a mention that tells an earlier incident again ("the attack in Kech", a toll restated, a
claim of "the attack") becomes evidence of that incident, its fields merged (the finer date, the
more specific place, the parties it adds); one that names an incident told elsewhere ("in
connection with the raid") is dropped; the rest are new incidents, split (:mod:`.splits`) where
one sentence tells the same act in two places or by several states. The features are named, one function each
(same type family, compatible time and place, parties that agree, definite reference).

Entry point: :func:`add`.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from ..actors import load_lexicon
from ..gazetteer import normalise
from ..language import doc_text, regex, token_sentence, words_at
from ..lexicon import load_event_words
from ..records import Actor, Count, Event, Interval, Mention, Place, ReportContext, Span
from .clauses import _ANOTHER, _FRAME_NOUNS, _accused_noun, _clause, _counted_victims, _governs, _is_people, _lemma, _own_anchor, _singling_superlative, \
    _told_as_another, _deaths_told_in, _relative_tells_act, years_remembered
from .scenes import _crosshead, _occasion_day
from .splits import accusations, split
from .tolls import _COUNTED_ALREADY, _NUM, _TOLL_ARMED_RANKS, _TOLL_FORCE_RANKS, counted_as_toll, disputed_lower, made_whole, rival_toll, number, told_as_total, vague
from .mentions import _raid_or_search, _speaker_told, shared_counts
from ..actors import state_force

_W = load_event_words()  # word classes: data/event_words.yaml
_MORE_DEAD = _W["more_dead"]
_AGENT_NOUNS = _W["agent_nouns"]
_REFLEXIVE = _W["reflexive_pronouns"]
_FACILITIES = _W["facilities"]
_FRAMING = _W["framing_verbs"]


def _during_visit(ev: Event, events: list[Event]) -> None:
    """What a delegation is told just after its visit is told there and then: a political event
    with no time or place of its own, within two sentences of a visit, takes the visit's."""
    if ev.category != "political" or ev.plover == "CONSULT" or (ev.interval.known and ev.place is not None):
        return
    for prev in reversed(events[-3:]):
        if prev.plover != "CONSULT" or ev.sentence - prev.sentence > 2 or prev.claim.status == "planned":
            continue  # ("he would invite her to the White House": a visit to come is no scene of what is told now)
        if ev.interval.known and prev.interval != ev.interval:
            return
        if not ev.interval.known and prev.time is not None:
            ev.interval, ev.time, ev.time_basis = prev.interval, prev.time, "visit"
        if ev.place is None and not _only_home(prev):
            ev.place = prev.place
        return


def _only_home(ev: Event) -> bool:
    """Whether an event is placed only in its actor's own country, for want of a place its text names
    (mentions: a state's act placed at home, the place's evidence the actor's): no scene another act
    told beside it can be set in."""
    p, a = ev.place, ev.actor1
    return p is not None and a is not None and p.feature == "country" and p.span == a.span


_GROUP = {"ASSAULT", "COERCE"}


# How far back (in sentences) a mention looks for the event it retells; the lead's events are always
# within reach. Reports are read in windows so that a long situation report costs time in
# proportion to its length, not to the square of its number of events.
_REACH = 60
_REACH_EVENTS = 300  # and at most this many of the latest events are looked at, besides the lead's


def _titled_by_crosshead(ev: Event, prev: Event, ctx: ReportContext) -> Event | None:
    """The crosshead's event when the mention opens the section it titles ("Inspector shot dead in
    Peshawar" over "In a separate incident in Peshawar, an inspector was shot dead …"): the title's
    act told in full, "separate" from the section before, not from its title. None otherwise."""
    if prev.sentence != ev.sentence - 1 or not _crosshead(prev.sentence, ctx) or not same_kind(prev, ev) \
            or any(ctx.sentence_of(s) != prev.sentence for s in prev.evidence) \
            or ctx.paragraph[ev.sentence] - ctx.paragraph[prev.sentence] != 1:
        return None
    # (the title's own place and day, not those it borrowed from the story before it)
    if prev.place is not None and prev.place.sentence == prev.sentence and ev.place is not None \
            and not _same_place(prev.place, ev.place):
        return None
    if prev.time is not None and prev.time.sentence == prev.sentence and ev.interval.known \
            and not _overlap(prev.interval, ev.interval):
        return None
    return prev


def _other_toll(prev: Event, ev: Event) -> bool:
    """Whether two tellings give different counts of the dead, both stated ("three rebels were
    killed in a gunbattle" … "four rebels were killed in a clash near Handwara"): not one act made
    finer, when the later has a place the earlier lacked."""
    return prev.fatalities is not None and ev.fatalities is not None and bool(prev.fatalities.value) \
        and bool(ev.fatalities.value) and prev.fatalities.value != ev.fatalities.value


def same_kind(a: Event, b: Event) -> bool:
    """Whether two events are acts of one kind as a summing-up clause counts them: any two acts of
    violence ("killed in separate attacks": a shooting, a bombing), else the same ACLED sub-type (an
    arrest is not a seizure of arms, though both are coercion)."""
    return a.plover == b.plover and (a.plover == "ASSAULT" or a.acled_subtype == b.acled_subtype)


_ORDINALS = {"first": 0, "second": 1, "former": 0, "latter": 1}
_GENERIC_ACTS = frozenset(_W["generic_acts"])


def _singled_out(ev: Event, c: Mention, events: list[Event], ctx: ReportContext) -> Event | None:
    """Of two or more acts of its kind told before, the one a definite noun's own words single out:
    "the checkpoint attack" / "the attack on the checkpoint" (the one whose telling names the
    checkpoint), "the first attack" of two (by the order told). None when its words single out none,
    or more than one."""
    if not c.noun or not c.definite or c.another or ev.plover != "ASSAULT":
        return None
    told = [p for p in _within_reach(events, ev.sentence, ctx) if p.plover == ev.plover and p.sentence < ev.sentence
            and ev.sentence - _last_told(p, ctx) <= _DEFINITE_WITHIN]
    if len(told) < 2:
        return None
    marks = set()
    for ch in c.tok.children:
        if ch.dep_ in ("amod", "compound") and ch.lower_ in _ORDINALS and len(told) == 2:
            return sorted(told, key=lambda p: min(s.start for s in p.evidence))[_ORDINALS[ch.lower_]]
        if ch.dep_ in ("amod", "compound") and ch.pos_ == "NOUN":
            marks.add(ch.lemma_.lower())
        elif ch.dep_ == "prep" and ch.lower_ in ("on", "at"):  # (its target; its place is weighed apart)
            marks.update(g.lemma_.lower() for g in ch.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    noun = c.tok.lemma_.lower()
    marks.discard(noun)
    if not marks:
        if noun in _GENERIC_ACTS:
            return None
        # "claimed the ambush": the one act told by the same word ("militants ambushed a convoy"), the
        # only one whose telling has the word at all
        marks = {noun}
        told = [p for p in told if _lemma(p.trigger, ctx) == noun] + [p for p in told if _lemma(p.trigger, ctx) != noun]
        if _lemma(told[0].trigger, ctx) != noun:
            return None
    hits = []
    for p in told:
        words = set()
        for s in p.evidence:
            span = words_at(ctx.doc, s.start, s.end)
            if span is not None:
                words.update(t.lemma_.lower() for t in span.sent)
        if marks & words:
            hits.append(p)
    return hits[0] if len(hits) == 1 and (hits[0] is told[0] or noun not in marks) else None


def _within_reach(events: list[Event], sentence: int, ctx: ReportContext):
    """The earlier events, latest first, last told within ``_REACH`` sentences or in the lead."""
    recent = events[-_REACH_EVENTS:]
    for prev in reversed(recent):
        last = _last_told(prev, ctx, prev.sentence)
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


_LAST_TOLD_KEY, _NO_DEFAULT = "_last_told", object()


def _last_told(ev: Event, ctx: ReportContext, default=_NO_DEFAULT) -> int:
    """The sentence an event was last told in (the last of its evidence's), ``default`` when it has no
    evidence (else max()'s error, as before). Kept per report and event while the event keeps the same
    evidence list at the same length (evidence is only added to): it is asked for every earlier event
    on every mention, several times."""
    evidence = ev.evidence
    if not evidence:
        if default is _NO_DEFAULT:
            raise ValueError("max() arg is an empty sequence")
        return default
    memo = ctx.__dict__.get(_LAST_TOLD_KEY)
    if memo is None:
        memo = ctx.__dict__[_LAST_TOLD_KEY] = {}
    kept = memo.get(id(ev))
    # (the event itself is kept with it, so that its id names no other event while the report is read)
    if kept is not None and kept[0] is ev and kept[1] is evidence and kept[2] == len(evidence):
        return kept[3]
    last = max(ctx.sentence_of(s) for s in evidence)
    memo[id(ev)] = (ev, evidence, len(evidence), last)
    return last


# How far (in sentences) after an attack (or a political act) was last told a bare retelling of it, with no time or place
# of its own, still names it ("Witnesses said two gunmen opened fire": a report's quotes and details
# come paragraphs after its lead)
_RETOLD_WITHIN = 10
# and how far "the attack", named with "the", still names the one told (a report's later paragraphs
# of quotes and background often name it again)
_DEFINITE_WITHIN = 12


def _coreferent(ev: Event, c: Mention, events: list[Event], ctx: ReportContext) -> Event | None:
    """The earlier event this mention names, if it is one ("the attack in Kech")."""
    if not events:
        return None
    if c.noun and years_remembered(c.tok) is not None:
        # "a vigil on the 20th anniversary of the massacre": the act its count dates, told before only
        # by an event of its kind dated then
        return next((p for p in reversed(events) if same_kind(p, ev) and p.interval.known and ev.interval.known
                     and _overlap(p.interval, ev.interval)), None)
    titled = _titled_by_crosshead(ev, events[-1], ctx)
    if titled is not None:
        return titled
    own_time = ev.time is not None and ev.time.sentence == ev.sentence or _undated_time(ev, c, ctx)
    another = c.another
    also = not c.noun and any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in (c.verb or c.tok).children)
    own_place = ev.place is not None and ev.place.sentence == ev.sentence
    if c.noun and c.definite and c.tok.dep_ == "pobj":
        # the clause's time and place belong to its own verb, save those the noun's own words give
        # ("since the bombing of a market in Sokoto in 2022": its own place and year)
        own_time = own_time and ev.time is not None and _in_noun_phrase(ev.time.span, c)
        own_place = own_place and _in_noun_phrase(ev.place.span, c)
    if own_place and c.noun and _possessor(ev.place.span, c):
        own_place = False  # "Iran's recent attacks": the country named as the doer, no place of its own
    if c.noun and any(ch.lower_ in ("a", "an", "another") and ch.dep_ == "det" for ch in c.tok.children) \
            and not (ctx.headline and events and events[-1].sentence == 0 and ev.sentence <= 4) \
            and not _bare_indefinite(ev, own_time, own_place):
        return None  # "a car bomb that injured 23": a new happening, not the one told before
    plovers = _COREF_PLOVERS.get(c.tok.lemma_.lower(), {ev.plover})
    latest = events[-1]
    if not another and (c.cls.name == "seizure" and latest.acled_subtype == "Arrests" and _taken_from_them(c)
                        or c.cls.name in ("arrest", "seizure") and id(latest) in ctx.searches) \
            and latest.sentence < ev.sentence and not _split_sibling(latest, events) \
            and ev.sentence - _last_told(latest, ctx) <= _RETOLD_WITHIN \
            and not (own_place and latest.place is not None and not _same_place(latest.place, ev.place)) \
            and not (own_time and not _overlap(latest.interval, ev.interval)):
        # "police arrested two men … Two pistols were recovered from their possession"; "troops launched
        # a search operation … they detained three suspects": the arrest's arms, the search's takings
        return latest
    if c.told_object and not another:
        # "Three rebel groups signed the agreement" … "the minister signed the ceasefire": one accord
        told = next((p for p in _within_reach(events, ev.sentence, ctx) if p.plover == ev.plover), None)
        if told is not None:
            return told
    framed = _framed_by_told_event(ev, c, events, ctx)
    if framed is not None:
        return framed
    singled = _singled_out(ev, c, events, ctx)
    if singled is not None:
        return singled
    if c.noun and c.definite and not another and not c.extra and c.tok.dep_ == "nsubj" \
            and c.tok.head.lemma_.lower() in _FRAMING:
        # "The clashes came on the anniversary of …", "The attacks came as a response to a raid": the
        # happening told, set against another time or cause (its date there is the other's)
        kinds = plovers | (_GROUP | {"PROTEST"} if ev.plover in _GROUP | {"PROTEST"} else set())
        for prev in _within_reach(events, ev.sentence, ctx):
            if prev.plover in kinds and id(prev) not in ctx.summaries and not _other_weapon(prev, ev) and \
                    ev.sentence - _last_told(prev, ctx) <= _DEFINITE_WITHIN:
                return prev  # (of its weapon: "the roadside bomb attack came …" is the blast's, not the clash's)
    if c.noun and c.definite and not another and ev.plover == "ASSAULT" and _on_a_crowd(c):
        # "forces shot dead seven women protesters … the attack on the women's march": the force the
        # protest met, named again (ACLED: one event, excessive force against protesters)
        for prev in _within_reach(events, ev.sentence, ctx):
            if (prev.plover == "PROTEST" and prev.acled_subtype == "Excessive force against protesters"
                    or prev.plover == "ASSAULT" and prev.actor2 is not None and prev.actor2.type == "protesters") \
                    and ev.sentence - _last_told(prev, ctx) <= _DEFINITE_WITHIN \
                    and not (own_place and prev.place is not None and not _same_place(prev.place, ev.place)) \
                    and not (own_time and not _overlap(prev.interval, ev.interval)):
                return prev
    latest_violence = True
    for prev in _within_reach(events, ev.sentence, ctx):
        if prev.plover == ev.plover == "COERCE" and prev.category != ev.category and "deport" in (prev.mode, ev.mode):
            continue  # "police detained two activists … they will be deported": an arrest and an expulsion,
            # two acts of coercion of two kinds, not one retold
        if id(prev) in ctx.summaries and same_kind(prev, ev):
            if c.noun and c.plural and c.definite and not another and ev.sentence - prev.sentence <= 2:
                return prev  # "A wave of attacks killed 19 … The attacks struck in nine cities": the sum told again
            continue  # a summing-up clause's event is no single act a later one of its kind tells again
        if _counter_account(prev, ev, c) and not another and not also \
                and (not own_time or _overlap(prev.interval, ev.interval)) \
                and (not own_place or prev.place is None or _same_place(prev.place, ev.place)):
            return prev  # "Azerbaijan said an Armenian offensive was repulsed … Yerevan accused Baku of using
            # artillery in an attack on its positions": the other side's account of the same fight
        if _answered_from_afar(prev, ev):
            continue  # "the army responded to the attack by carrying out airstrikes": its answer, not it
        if c.noun and c.definite and ev.acled_subtype in _FROM_AFAR and prev.acled_type not in (None, _EXPLOSIONS) \
                and any(o.acled_subtype == ev.acled_subtype for o in _within_reach(events, ev.sentence, ctx)):
            continue  # "air strikes hit the town … the pilot's killing … the strikes were revenge": "the
            # strikes" are the strikes told before, not a nearer act done in person
        if _retaken(prev, ev):
            continue  # "militants overran the base … troops recaptured it": the state's retaking, its own event
        if _aside_act(prev, ev, own_time, ctx):
            continue  # "Police clashed with marchers on Tuesday. It was called after a rally on June 11. The
            # marchers threw stones": the story's day, carried over the aside, is not the aside's act's day
        # (the sentences it was told in, read only where the headline test below asks for them)
        told_in = {ctx.sentence_of(s) for s in prev.evidence} if ctx.headline and prev.sentence == 0 and ev.sentence <= 4 else ()
        if ctx.headline and prev.sentence == 0 and ev.sentence <= 4 and prev.plover == ev.plover and \
                (ev.plover == "ASSAULT" or _lemma(prev.trigger, ctx) == c.tok.lemma_.lower()) and \
                not (prev.time and prev.time.sentence == 0) and ev.sentence not in told_in and len(told_in) <= 2 \
                and not (own_place and prev.place is not None and prev.place.sentence > 0
                         and not _same_place(prev.place, ev.place)) \
                and not (_objects_differ(prev, c, ctx) and not _one_state_done_to(prev, ev)) \
                and not (another and any(i > 0 for i in told_in)) \
                and not (own_time and _named_days_apart(prev, ev)) \
                and not (own_time and _years_before(ev.interval, prev.interval)) \
                and not (own_time and _recalled_before_news(prev, ev, ctx.published)) \
                and not (own_time and prev.time_basis in ("clause", "governing") and ev.interval.known
                         and not _overlap(prev.interval, ev.interval)):
            return prev  # the headline's event, told again in the lead (not a background act a year before it,
            # nor one its own clause dates apart from the day the lead gave it: "Last month, the army …")
        if ev.plover in ("ASSAULT", "COERCE") and prev.plover == ev.plover and latest_violence and not another \
                and _pronoun_victims(c) and ev.sentence - _last_told(prev, ctx) <= _RETOLD_WITHIN \
                and not _different_doers(prev, ev, events) \
                and (ev.place is None or prev.place is None or ev.place.country == prev.place.country):
            return prev  # "two people were killed in a clash … They were killed in police action in Saptari"
        if prev.plover == "PROTEST" and ev.plover == "ASSAULT" and _toll_of_protest(prev, ev, own_time or own_place or another, ctx):
            return prev  # "police broke up the protest … two protesters were killed": its dead
        if prev.plover == "PROTEST" and ev.plover == "ASSAULT" and not another and _crowd_clash_there(prev, ev, own_time):
            return prev  # "supporters rallied in Cairo … clashes between protesters and police were reported in Cairo"
        if prev.plover == ev.plover == "CONSULT" and not another and not also and _visit_and_talks(prev, c, ctx) \
                and _same_counterpart(prev.actor2, ev.actor2):
            return prev  # "the minister visited Dhaka and held talks with his counterpart": one visit (not "arrived
            # for a summit of regional leaders and met the opposition leader": two meetings, ACLED's two events)
        if prev.plover == "PROTEST" and ev.plover == "THREATEN" and not another and not also \
                and _crowd_warned(prev, ev, c, own_time, own_place, ctx):
            return prev  # "opposition supporters marched … police warned the crowd to disperse": the
            # protest's policing, not a threat of its own
        if prev.plover == "PROTEST" and ev.plover == "ASSAULT" and not another and not also \
                and _crowd_fight_after(prev, ev, c, own_time, ctx):
            # "thousands gathered in the square … protesters clashed with police": the gathering turned
            # violent (ACLED: one event, a violent demonstration)
            prev.acled_type, prev.acled_subtype = "Riots", "Violent demonstration"
            state = next((a for a in (ev.actor1, ev.actor2) if a is not None and a.type == "state"), None)
            if prev.actor2 is None and state is not None:
                prev.actor2 = state
            return prev
        if prev.plover == ev.plover == "PROTEST" and c.cls.mode == "riot" and not c.noun and not another \
                and not own_time and not own_place and _crowd_told(c) \
                and ev.sentence - _last_told(prev, ctx) <= 2:
            return prev  # "… clashed with police in the town. The protesters threw rocks and set tyres on fire"
        if prev.plover == ev.plover == "PROTEST" and c.cls.mode == "riot" and not c.noun and not another \
                and not own_time and own_place and (prev.place is None or _same_town(prev.place, ev.place)) \
                and (_crowd_told(c) or _crowd_named_again(c, prev)) \
                and ev.sentence - _last_told(prev, ctx) <= 1:
            return prev  # "police fired tear gas to disperse crowds … Crowds burnt tyres in the centre of
            # Kampala": the same crowd's violence, told where it was (the protest's own place unnamed, or
            # that town)
        if prev.plover == ev.plover == "PROTEST" and c.cls.name == "disperse" and not c.noun \
                and not another and (prev.place is None or not own_place or _same_town(prev.place, ev.place)) \
                and (not own_time or _overlap(prev.interval, ev.interval)) and _crowd_dispersed(c) \
                and ev.sentence - _last_told(prev, ctx) <= 1:
            return prev  # "some protesters threw stones at the gates. Police dispersed the crowd": the riot's end;
            # "nurses marched on the ministry. Police used tear gas to disperse the marchers": the march broken up
        if prev.plover == ev.plover == "PROTEST" and not also and not c.noun \
                and (not own_place or prev.place is None or _same_place(prev.place, ev.place)) \
                and _crowd_of_the_protest(prev, c, ctx):
            return prev  # "police fired tear gas to disperse protesters who gathered in the park, … barricading
            # roads": the crowd the sentence's protest told, its own doings (one gathering)
        if prev.plover == "PROTEST" and ev.plover == "ASSAULT" and not another and not also \
                and _force_joined_to_protest(prev, ev, c, ctx):
            ev.actor2 = prev.actor1 if prev.actor1 is not None and prev.actor1.type in ("protesters", "rioters") else None
            if prev.acled_type == "Protests":
                hurt = any(n is not None and n.value for n in (ev.fatalities, ev.injured))
                if hurt or prev.acled_subtype == "Peaceful protest":
                    prev.acled_subtype = "Excessive force against protesters" if hurt else "Protest with intervention"
            if prev.actor2 is None and ev.actor1 is not None and ev.actor1 is not prev.actor1:
                prev.actor2 = ev.actor1
            return prev  # "students protested in the capital, and police beat them": the force the protest met
        if prev.plover == "PROTEST" and ev.acled_subtype == "Arrests" and not another and not also \
                and _arrests_joined_to_protest(prev, ev, c, ctx):
            # (those arrested are the crowd's people, however the clause names them: "several leaders")
            ev.actor2 = prev.actor1 if prev.actor1 is not None and prev.actor1.type in ("protesters", "rioters") else None
            if prev.acled_subtype == "Peaceful protest":
                prev.acled_subtype = "Protest with intervention"
            if prev.actor2 is None and ev.actor1 is not None and ev.actor1 is not prev.actor1:
                prev.actor2 = ev.actor1  # (the forces that arrested them)
            return prev  # "police broke up the sit-in and arrested several leaders", "dispersed the crowd,
            # arresting 12": the arrests of the same clause's breaking up (ACLED: one event)
        if (prev.plover == "PROTEST" or _crowd_fight(prev)) and ev.acled_subtype == "Arrests" and not another and not also \
                and _arrests_at_protest(prev, ev, c, own_time, own_place, ctx):
            return prev  # "police fired tear gas at the marchers … 40 people were detained": the protest's
            # arrests (ACLED: one event, a protest met with intervention)
        if _mob_killing_retold(prev, ev, c, own_time, own_place, another or also, ctx) \
                and ev.sentence - _last_told(prev, ctx) <= _RETOLD_WITHIN:
            return prev  # "two men were lynched by villagers … the two were beaten to death by people in a
            # village": the mob's killing told again, with no armed doer
        if _crowd_out_again(prev, ev, c):
            return prev  # "police beat protesters on Tuesday … crowds gathered again on Tuesday": that day's protest
        if prev.plover not in plovers and not _same_summons(prev, c, ctx):
            continue
        if also and not own_time and not own_place and prev.plover in _GROUP and ev.plover in _GROUP and not another \
                and (ev.sentence - _last_told(prev, ctx) <= 2
                     or latest_violence and ctx.paragraph[ev.sentence] - ctx.paragraph[_last_told(prev, ctx)] <= 2):
            return prev  # "two guards were killed …; one soldier was also killed": more of its toll (two
            # paragraphs on, past a list of the dead whose ranks' full stops make many "sentences")
        if _same_arrests(prev, ev, ctx) and not another and not _different_doers(prev, ev, events):
            return prev  # "troops arrested three suspected kidnappers in the forest …" … "troops also arrested
            # three suspected kidnappers: A, B and C": the arrest told again, its people named
        if _same_toll(prev, ev, ctx) and not another and not also and not _different_doers(prev, ev, events):
            return prev  # "killing five members of the security forces" … "killing five soldiers": one attack retold
        # (or its doers named again as the victims: "… killing nine soldiers. Security forces killed six of
        # the assailants": the attackers' dead, the same fight's other side)
        if _shots_of(c) and prev.plover == ev.plover == "ASSAULT" and latest_violence and not own_time \
                and (not own_place or prev.place is not None and _same_town(prev.place, ev.place)) \
                and not another and not also and not ev.negated and not _different_doers(prev, ev, events) \
                and ev.sentence - _last_told(prev, ctx) <= _RETOLD_WITHIN:
            return prev  # "four worshippers were killed by gunmen at a church … the gunmen fired at the mission",
            # "police and rioters clashed in the town … a youth was shot in the town": its shots
        if prev.acled_type == "Violence against civilians" and _doers_hit_back(prev, ev) and _in_forces_operation(c):
            continue  # "bandits abducted 12 travellers … two of the bandits were killed during the operation":
            # the police's rescue, not the abduction's own fight
        struck_back = _struck_back(prev, ev) and _strikes_back(c) or \
            _doers_hit_back(prev, ev) and ev.acled_type != "Explosions/Remote violence" and _doers_told_again(c)
        if _different_targets(prev, ev) and not struck_back and not _one_of_the_force(prev, ev, c) and not _owned_again(c, prev, ev) \
                and not (ev.category == "political" and _official_alike(prev.actor2, ev.actor2)) \
                and not _own_account(prev, ev, c) \
                and not (ev.plover == prev.plover == "SANCTION" and _envoy_named_again(prev, ev)
                         and _expulsion_retold(prev, c, ctx, ev)):
            continue  # "the 2011 murder of a diplomat" is not "the 2011 attack on the consulate"
        if own_place and prev.place is not None and not _same_place(prev.place, ev.place):
            continue
        if own_time and not _overlap(prev.interval, ev.interval):
            continue
        last = _last_told(prev, ctx)  # where it was last told
        if not own_time and not own_place and ev.plover in _GROUP:
            own = _paragraph_incident(prev, ev, events, last, ctx)
            if own is not None:
                return own
        if struck_back and latest_violence and not another and not also and prev.interval.known == ev.interval.known \
                and _overlap(prev.interval, ev.interval) and ev.sentence - last <= 2 \
                and ctx.paragraph[ev.sentence] - ctx.paragraph[last] <= 1:
            # "militants stormed a post, killing four soldiers … the troops retaliated, killing six
            # militants": the fire returned in one fight, the same armed clash (its dead added)
            return prev
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
            _overlap(prev.interval, ev.interval) and not (own_time and _named_days_apart(prev, ev)) and \
            (ev.place is None or prev.place is None or ev.place.country == prev.place.country) and \
            not (own_place and not own_time and prev.time is not None and prev.time_basis == "clause"
                 and prev.interval.precision in ("month", "year"))
        # (a new place with no time of its own does not refine an act its own clause dated only by a month
        # or a year — "Last month, NATO launched an offensive there. In Paktika, militants attacked a post":
        # any overlap is borrowed, not told)
        if (near or lead_retold) and (vague_prev or refinable) and (own_time or own_place) and ev.plover in _GROUP \
                and not _different_targets(prev, ev) and not another and not _different_doers(prev, ev, events) \
                and not (also and own_place) and not (own_place and prev.place is None and _other_toll(prev, ev)):  # "Also on Sunday, gunmen killed two policemen in Karachi": more acts
            return prev  # "Five police were killed in a rebel attack. FARC attacked the station in Sipi on Sunday"
        if _political_restatement(prev, ev, c, ctx, own_time and not _source_retells_day(prev, ev, c, ctx) or also or another,
                                  last, events):
            return prev
        if c.noun and c.definite:
            recent = ev.sentence - last <= _DEFINITE_WITHIN
            if own_place or own_time or near or recent or _shares_actor(prev, ev):
                return prev
            continue
        # (a day or a town of its own that is the incident's own sets nothing apart: "militants ambushed a
        # convoy in Khyber on Thursday, killing four soldiers" … "an official said four soldiers were killed when
        # militants opened fire on the convoy on Thursday"; its town, only told just after it: "the attack took
        # place in Ahwar district" … "militants attacked the checkpoint in al-Mahsama, Ahwar district")
        agreeing = (own_time or own_place) and ev.plover in _GROUP and prev.plover in _GROUP and not also \
            and (not own_time or _same_day_told(prev, ev)) and (not own_place or _same_town_told(prev, ev)) \
            and not _other_toll(prev, ev) and not _other_weapon(prev, ev)
        if (not own_time and not own_place or agreeing) and near and ev.plover in _GROUP and not another \
                and not _different_doers(prev, ev, events):
            return prev
        if (not own_time and not own_place or agreeing and not own_place) and ev.plover in _GROUP \
                and prev.plover in _GROUP and latest_violence \
                and not another and not _different_doers(prev, ev, events) and not _forces_came_after(prev, ev) \
                and (prev.place is not None and prev.place.feature != "country" or prev.time is not None
                     or prev.sentence <= 3) \
                and ev.sentence - last <= _RETOLD_WITHIN and not ev.negated:
            # "Military officer X said 12 soldiers were killed", "He said attackers killed 15 soldiers":
            # the report's attack told again, by another source, with no time or place of its own
            return prev
        if prev.plover in _GROUP:
            latest_violence = False
        if own_place and own_time and ev.plover in _GROUP and prev.place is not None \
                and _same_town(prev.place, ev.place) and not another and not also \
                and prev.place.feature in ("city", "admin2") \
                and ev.place.feature in ("city", "admin2") and prev.interval.known \
                and _overlap(prev.interval, ev.interval) and prev.interval.precision == "day" \
                and not _named_days_apart(prev, ev) \
                and ev.sentence - last <= 4 and not _other_weapon(prev, ev) and not _forces_came_after(prev, ev):
            return prev  # the same town, the same day or the next (a quote's "this afternoon"; but "Also on
            # Saturday, a vehicle was attacked 11 km from the town": more acts, as above)
        if own_place and ev.plover in _GROUP and prev.place is not None and prev.acled_subtype == ev.acled_subtype \
                and prev.place.feature != "country" and ev.place.feature != "country" \
                and prev.place.admin1 and prev.place.admin1 == ev.place.admin1 and prev.place.country == ev.place.country \
                and ev.sentence - last <= 6 and _overlap(prev.interval, ev.interval) and _split_sibling(prev, events):
            # "drones were downed over Bryansk and Belgorod" … "another drone was downed over Belgorod":
            # the lead's part in that province, told in full
            return prev
    return None


_CHARGING_VERBS = frozenset(_W["blaming"])


def _counter_account(prev: Event, ev: Event, c: Mention) -> bool:
    """Whether a violent act told as one side's charge against the other ("Yerevan accused Baku of using
    artillery in an attack on its positions") is the fight already told with its sides the other way round
    (an Armenian offensive on Azerbaijan's forces): each side lays the same clash on the other. Only for
    a fight (Battles) already told, and a charge (word class blaming) that holds the act's clause."""
    if prev.acled_type != "Battles" or ev.plover != "ASSAULT" or ev.acled_type != "Battles":
        return False
    if None in (prev.actor1, prev.actor2, ev.actor1, ev.actor2):
        return False
    if not (_same_party(prev.actor1, ev.actor2) and _same_party(prev.actor2, ev.actor1)):
        return False
    tok = c.verb or c.tok
    return any(a.pos_ == "VERB" and a.lemma_.lower() in _CHARGING_VERBS for a in [tok, *list(tok.ancestors)[:3]])


def _same_party(x: Actor, y: Actor) -> bool:
    return x.name == y.name or _one_state(x, y)


def _own_account(prev: Event, ev: Event, c: Mention) -> bool:
    """Whether a violent clause is its doer's own account of the act told ("Israeli warplanes struck
    houses in the village, killing 12 people" … "the Israeli military said it had targeted Hezbollah
    infrastructure in the area"): told by the doer as its own act (a pronoun under its saying verb),
    the doer the act's own (named, not vague), it says what it meant to hit, not that it struck again."""
    if c.noun or prev.plover != "ASSAULT" or ev.plover != "ASSAULT":
        return False
    verb = c.verb or c.tok
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None or _speaker_told(verb, subj) is subj:
        return False
    x, y = prev.actor1, ev.actor1
    return x is not None and y is not None and not _vague(y) and (x.name == y.name or _one_state(x, y))


def _named_days_apart(prev: Event, ev: Event) -> bool:
    """Whether two tellings name two different days, each by a weekday or a calendar date of its own
    ("on Friday" … "On Saturday, insurgents attacked"): two acts, not one told again with a day's slack
    (which is kept for a day told relatively, "last night", "this afternoon", and for a night's hours)."""
    x, y = prev.interval, ev.interval
    if prev.time is None or ev.time is None or not (x.known and y.known) or x.precision != "day" \
            or y.precision != "day" or x.start != x.end or y.start != y.end or x.start == y.start \
            or prev.time_basis not in ("clause", "governing") or ev.time_basis != "clause":
        # (the later day its own clause's: "the people killed in Ndzorov were buried on Tuesday" gives the
        # burial's day, not the killing's)
        return False
    return all(_NAMED_DAY.search(t.span.text) and not _ROUND_MIDNIGHT.search(t.span.text) for t in (prev.time, ev.time))


# (a night's or an early hour's act may be told on either of its two days: "on Friday night" … "early on Saturday")
_ROUND_MIDNIGHT = re.compile(r"\b(?:night|overnight|midnight|early|late|dawn|evening|predawn|pre-dawn)\b", re.I)
_NAMED_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                        r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|"
                        r"oct|nov|dec)\b", re.I)


def _same_day_told(prev: Event, ev: Event) -> bool:
    """Whether a clause's own day is the very day an incident was told on ("on Thursday" … "on
    Thursday"), the incident dated by words of its own to one day."""
    x, y = prev.interval, ev.interval
    return prev.time is not None and x.known and y.known and x.precision == y.precision == "day" \
        and (x.start, x.end) == (y.start, y.end)


def _same_town_told(prev: Event, ev: Event) -> bool:
    """Whether a clause's own place is the very town or district an incident was placed in, or a town
    of that district ("in Ahwar district" … "in al-Mahsama, Ahwar district")."""
    a, b = prev.place, ev.place
    if a is None or b is None or a.feature not in ("city", "admin2") or b.feature not in ("city", "admin2"):
        return False
    return _same_town(a, b) or a.feature == "admin2" and b.feature == "city" and a.country == b.country \
        and bool(a.admin2) and a.admin2 == b.admin2


_AGAIN = frozenset(_W["repeat_marks"])
_GATHERINGS = frozenset(_W["banned_gatherings"])


def _on_a_crowd(c: Mention) -> bool:
    """Whether a violent noun is done "on" or "against" a gathering ("the attack on the march", "the
    assault on a rally"): force met by a protest, not an act of its own kind."""
    return any(p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _GATHERINGS for g in p.children) for p in c.tok.children)


def _mob_killing_retold(prev: Event, ev: Event, c: Mention, own_time: bool, own_place: bool, another: bool,
                        ctx: ReportContext) -> bool:
    """Whether a killing or a wounding told after a mob's violence, by no armed man or force (its doer
    unnamed, or people, a crowd), in no other district and on no other day (an undated mob's: the report's
    few last days), is the mob's act told again (ACLED codes one mob violence event, not an attack
    beside it)."""
    if not (prev.acled_subtype == "Mob violence" and ev.plover == "ASSAULT" and c.cls.name in ("kill", "wound")
            and not another and not c.noun
            and (ev.actor1 is None or ev.actor1.type in ("civilians", "rioters", "protesters"))
            and (not own_place or prev.place is None or _same_place(prev.place, ev.place))):
        return False
    if not own_time or not ev.interval.known:
        return True
    if prev.interval.known:
        return _overlap(prev.interval, ev.interval)
    return ctx.published is not None and ev.interval.start is not None \
        and (ctx.published - ev.interval.start).days <= _MOB_NEWS_DAYS


_MOB_NEWS_DAYS = 3  # (the days before a report's own that its undated news may fall on)


def _crowd_out_again(prev: Event, ev: Event, c: Mention) -> bool:
    """Whether a protest told as a crowd out "again" ("crowds gathered again in the suburb on Tuesday")
    falls on the very day of a protest already told, at no other town: "again" sets it against the days
    before, and the day's protest is the one told (ACLED codes one event a place and a day)."""
    crowd_met = prev.plover == "ASSAULT" and any(a is not None and a.type == "protesters" for a in (prev.actor1, prev.actor2))
    if ev.plover != "PROTEST" or not (prev.plover == "PROTEST" or crowd_met) or c.noun:
        return False  # (force on a crowd is its protest, as ACLED codes it: slots reads it so later)
    verb = c.verb or c.tok
    if not any(ch.dep_ == "advmod" and ch.lower_ in _AGAIN for ch in verb.children):
        return False
    a, b = prev.interval, ev.interval
    if not (a.known and b.known and a.precision == b.precision == "day" and a.start == b.start and a.end == b.end):
        return False
    return prev.place is None or ev.place is None or _same_town(prev.place, ev.place)


def _answered_from_afar(prev: Event, ev: Event) -> bool:
    """Whether ``ev`` is a strike from afar (ACLED's explosions and remote violence: an air strike, a
    shelling) by the side an earlier act in person was done to: the attacked side's answer, which
    ACLED codes apart ("militants attacked a police post … the army carried out airstrikes")."""
    return ev.acled_subtype in _FROM_AFAR and prev.acled_type not in (None, _EXPLOSIONS) \
        and ev.actor1 is not None and prev.actor2 is not None and _same_side(prev.actor2, ev.actor1) \
        and not (prev.actor1 is not None and _same_side(prev.actor1, ev.actor1))


def _retaken(prev: Event, ev: Event) -> bool:
    """Whether ``ev`` is the state's forces retaking ground (ACLED's government regains territory) after
    an earlier act by another side: "militants stormed the base and briefly occupied it … the military
    recaptured the base" — the retaking is a battle of its own, not the raid told again."""
    if prev.acled_subtype == "Government regains territory" and ev.acled_subtype != prev.acled_subtype \
            and prev.actor1 is not None and ev.plover == "ASSAULT":
        # (and the other way: the raid's own dead or doers told after the retaking are the raid's:
        # "… the military recaptured the base. Twelve soldiers were killed")
        return ev.actor1 is not None and not _same_side(prev.actor1, ev.actor1) \
            or ev.actor2 is not None and _same_side(prev.actor1, ev.actor2)
    return ev.acled_subtype == "Government regains territory" and prev.acled_subtype != ev.acled_subtype \
        and prev.plover == "ASSAULT" and prev.actor1 is not None and ev.actor1 is not None \
        and not _same_side(prev.actor1, ev.actor1)


_FROM_AFAR = ("Air/drone strike", "Shelling/artillery/missile attack")  # (a grenade or a petrol bomb is thrown in person)


def _shots_of(c: Mention) -> bool:
    """Whether a mention tells shots fired at someone (trigger class shooting, alone or beside another
    trigger of its clause: "fired at the mission", "was shot in the head")."""
    return c.cls.name == "shooting" or any(x.cls.name == "shooting" for x in c.extra)


def _more_shot(c: Mention) -> bool:
    """Whether the only mark of another happening on a shooting is "other" on whom it hit ("two other
    people were shot and wounded"): more of its victims, not another act."""
    if not _shots_of(c):
        return False
    verb = c.verb or c.tok
    victims = [ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj")]
    marks = [t for t in token_sentence(verb) if t.lower_ in _ANOTHER and t.dep_ in ("amod", "det", "advmod", "npadvmod")
             and (t.head == verb or t.head.head == verb and t.head.dep_ != "prep")]  # (as _told_as_another reads them)
    return bool(victims) and bool(marks) and all(t.lower_ == "other" and t.dep_ == "amod" and t.head in victims
                                                  for t in marks)


def _paragraph_incident(prev: Event, ev: Event, events: list[Event], last: int, ctx: ReportContext) -> Event | None:
    """A round-up's paragraphs each tell one incident ("In Pirojpur, two were killed … In Barisal,
    villagers protested. The police opened fire …"): a bare violent clause whose paragraph has already
    told a happening of its own (a protest, or an act of its kind), after the earlier event was last
    told in an earlier paragraph, tells that paragraph's incident, not the earlier one."""
    here = ctx.paragraph[ev.sentence]
    if ctx.paragraph[last] >= here:
        return None
    return next((e for e in reversed(events) if e is not prev and e.sentence < ev.sentence
                 and ctx.paragraph[e.sentence] == here and e.plover in (ev.plover, "PROTEST")), None)


def _years_before(earlier, later) -> bool:
    """Whether an interval ends more than a year before another begins: an act so dated is background,
    not the news the other tells ("since 2008, when militias clashed in the streets")."""
    return earlier.known and later.known and (later.start - earlier.end).days > 365


def _recalled_before_news(prev: Event, ev: Event, published: dt.date | None) -> bool:
    """Whether ``ev``, dated by its own clause a month or more before publication, is a past act recalled
    under an undated headline (the news of the days before publication: "In May, about 20 people died in
    fighting" under a July headline of clashes that killed ten), not that headline told again."""
    return prev.time is None and not prev.interval.known and ev.interval.known and ev.interval.end is not None \
        and published is not None and ev.interval.end < published - _NEWS_DAYS


_NEWS_DAYS = dt.timedelta(days=31)


def _in_noun_phrase(span: Span, c: Mention) -> bool:
    """Whether ``span`` lies in the words the trigger noun governs ("the attack in Kech on Sunday")."""
    words = list(c.tok.subtree)
    return words[0].idx <= span.start and span.end <= words[-1].idx + len(words[-1])


def _possessor(span: Span, c: Mention) -> bool:
    """Whether ``span`` lies in the possessor of the trigger noun ("Iran's attacks", "the army's
    raid"): who did it, not where."""
    for ch in c.tok.children:
        if ch.dep_ == "poss":
            words = list(ch.subtree)
            return words[0].idx <= span.start and span.end <= words[-1].idx + len(words[-1])
    return False


def _same_toll(prev: Event, ev: Event, ctx: ReportContext) -> bool:
    """A violent act told again with the very toll (two or more dead) of one told within
    ``_RETOLD_WITHIN`` sentences before, on a day that agrees, in a town or district of the province
    it was placed in ("stormed a roadblock in Abyan province, killing five men of the guard" …
    "shot at troops of the roadblock in Ahwar district, killing five soldiers"): the same attack,
    its place made finer and its victims named otherwise. (Placed in the same province, or in two
    towns, equal tolls are often two acts.)"""
    if ev.plover not in _GROUP or prev.plover not in _GROUP or ev.fatalities is None or prev.fatalities is None \
            or ev.fatalities.value is None or ev.fatalities.value < 2 or ev.fatalities.value != prev.fatalities.value:
        return False
    last = _last_told(prev, ctx)
    if ev.sentence - last > _RETOLD_WITHIN or not _overlap(prev.interval, ev.interval):
        return False
    return prev.place is not None and ev.place is not None and prev.place.feature == "admin1" \
        and ev.place.feature in ("admin2", "city") and ev.place.admin1 == prev.place.admin1 \
        and ev.place.country == prev.place.country


def _same_arrests(prev: Event, ev: Event, ctx: ReportContext) -> bool:
    """An arrest told again with the very count (two or more) and the same kind of people arrested
    (the same head noun: "three suspected kidnappers" … "three suspected kidnappers: A, B and C"),
    within ``_RETOLD_WITHIN`` sentences, on a day that agrees and in no other town: the same arrest."""
    if prev.acled_subtype != "Arrests" or ev.acled_subtype != "Arrests" or prev.arrested is None \
            or ev.arrested is None or prev.arrested.value is None or prev.arrested.value < 2 \
            or ev.arrested.value != prev.arrested.value or prev.actor2 is None or ev.actor2 is None:
        return False
    head = [w.lower() for w in prev.actor2.span.text.split()[-1:]]
    again = [w.lower() for w in ev.actor2.span.text.split()[-1:]]
    # (or named the second time only as people: "arrested 12 opposition activists" … "12 people had been
    # detained", the count's own words)
    if not head or head != again and not again[0] in _PLAIN_HELD:
        return False
    last = _last_told(prev, ctx)
    if ev.sentence - last > _RETOLD_WITHIN or not _overlap(prev.interval, ev.interval):
        return False
    return ev.place is None or prev.place is None or ev.place.feature == "country" or _same_place(prev.place, ev.place)


_PLAIN_HELD = frozenset(_W["people_nouns"])


def _pronoun_victims(c: Mention) -> bool:
    """Whether the victims of a violent clause are only a personal pronoun ("they were killed",
    "police shot him"): people already told of, so an act already told."""
    verb = c.verb or c.tok
    if c.noun or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False  # "… Romanos, who stood beside him when he was shot dead": another time's act
    victims = [ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj")]
    return bool(victims) and all(v.lower_ in _VICTIM_PRONOUNS or _told_people(v) for v in victims)


def _told_people(v) -> bool:
    """"These people", "those detained", "the six", "three of them": people pointed back to, already
    told of."""
    if v.like_num and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in _VICTIM_PRONOUNS for g in p.children) for p in v.children):
        return True
    dets = {d.lower_ for d in v.children if d.dep_ == "det"}
    if dets == {"the"} and v.lemma_.lower() in _TOLD_BACK_PEOPLE and all(
            d.dep_ in ("det", "punct") for d in v.children):
        return True  # "the men were killed instantly": those the act told hit (not "the men in the car")
    return bool(dets & {"these", "those"}) and v.lemma_.lower() in _PEOPLE_WORDS or \
        v.tag_ == "CD" and "the" in dets and not any(d.dep_ in ("prep", "compound", "amod") for d in v.children)


_VICTIM_PRONOUNS = _W["pronouns"] - {"it", "its", "their", "we"}
_PEOPLE_WORDS = _W["people"]
_TOLD_BACK_PEOPLE = _W["told_back_people"]


def _toll_of_protest(protest: Event, ev: Event, apart: bool, ctx: ReportContext) -> bool:
    """A killing of protesters told just after a protest, with no time, place or other doer of its
    own, is the protest's toll (ACLED: one event, force against protesters)."""
    if apart or ev.actor2 is None or ev.actor2.type not in _PROTEST_VICTIMS:
        return False
    if ev.actor1 is not None and not (protest.actor1 is not None and _one_state(protest.actor1, ev.actor1)) \
            and not (state_force(ev.actor1) and ev.actor1.type == "state"):
        return False  # (the state's forces that fired on the crowd are the force the protest met: "Police
        # fired live bullets, killing two protesters")
    last = _last_told(protest, ctx)
    return ev.sentence - last <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[last] <= 1


_PROTEST_VICTIMS = ("protesters",)


def _arrests_at_protest(protest: Event, ev: Event, c: Mention, own_time: bool, own_place: bool,
                        ctx: ReportContext) -> bool:
    """An arrest of the crowd's people ("two protesters were detained", "dozens of people were
    arrested") told just after a protest, by the state's forces or by no one named, with no day
    or other town of its own and no cause of its own ("arrested over the riots", "in connection with
    the storming": a round-up afterwards, which ACLED codes apart): the protest's arrests."""
    if (ev.actor2 is None or ev.actor2.type not in _ARRESTED_CROWD or ev.actor2.kind != "description") \
            and not (ev.actor2 is None and (_crowd_held_again(c) or _only_counted(c))):
        return False  # (or no one named but the crowd again or a count: "arrested 12 of them", "police
        # fired tear gas and arrested dozens")
    if ev.actor1 is not None and ev.actor1.type != "state":
        return False
    if own_place and (protest.place is None or not _same_place(protest.place, ev.place)):
        return False
    if own_time:
        return False  # "about 30 people were arrested in Cotonou on Thursday": the arrests told as an act of their own
    v = c.verb or c.tok
    if any(ch.dep_ == "prep" and (ch.lower_ in _ARREST_CAUSES or any(g.lower_ in _ARREST_CAUSES for g in ch.children))
           for ch in v.children):
        return False
    last = _last_told(protest, ctx)
    return 0 <= ev.sentence - last <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[last] <= 1


def _only_counted(c: Mention) -> bool:
    """Whether those an arrest verb takes are told by a count alone ("arrested dozens", "detained 30",
    "dozens were arrested"): the crowd's people, no other group named."""
    v = c.verb or c.tok
    if c.noun:
        return False
    held = [ch for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")]
    return len(held) == 1 and (held[0].like_num or held[0].lower_ in _CROWD_PARTS) \
        and not any(ch.dep_ in ("prep", "compound", "amod", "poss", "relcl", "acl") for ch in held[0].children)


def _crowd_fight(ev: Event) -> bool:
    """A clash one of whose sides is a crowd ("protesters clashed with police"): a riot, read as a
    clash until its slots are filled."""
    return ev.plover == "ASSAULT" and ev.acled_subtype == "Armed clash" \
        and any(a is not None and a.type in ("protesters", "rioters") for a in (ev.actor1, ev.actor2))


def _joined_to_protest_verb(protest: Event, c: Mention, ctx: ReportContext):
    """The verb of ``c`` when it is joined ("and", or a participle's clause) to the verb of the protest
    ``protest`` (or of its breaking up) in one sentence; else None."""
    span = words_at(ctx.doc, protest.trigger.start, protest.trigger.end)
    if span is None:
        return None
    p = span.root
    if p.pos_ != "VERB" and p.dep_ in ("dobj", "nsubjpass"):
        p = p.head  # ("broke up a sit-in": the verb that breaks it up)
    v = c.verb or c.tok
    if v.dep_ in ("conj", "advcl") and v.head.i == p.i or p.dep_ in ("conj", "advcl") and p.head.i == v.i:
        return v
    return None


def _crowd_of_the_protest(protest: Event, c: Mention, ctx: ReportContext) -> bool:
    """Whether the protest verb of ``c`` tells, in the sentence of ``protest``, what that protest's crowd
    did: a clause on the crowd it names ("dispersed protesters who gathered in the park"), or a
    participle's clause hung on one that is ("…, who gathered in the park, barricading roads")."""
    span = words_at(ctx.doc, protest.trigger.start, protest.trigger.end)
    if span is None:
        return False
    p = span.root
    v = c.verb or c.tok
    if token_sentence(v).start != token_sentence(p).start or v.i == p.i:
        return False
    p_verb = p.head if p.pos_ != "VERB" and p.dep_ in ("dobj", "nsubjpass") else p
    node = v
    for _ in range(4):  # (v itself, or the clause it hangs on by a participle or "and")
        if node.dep_ == "relcl" and node.head.dep_ in ("dobj", "nsubjpass", "pobj") and node.head.head.i in (p.i, p_verb.i):
            return True  # ("to disperse protesters who gathered")
        if node.dep_ in ("advcl", "conj") and node.tag_ == "VBG" and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "conj" and node.head.dep_ == "relcl":
            node = node.head
            continue
        break
    return False


def _force_joined_to_protest(protest: Event, ev: Event, c: Mention, ctx: ReportContext) -> bool:
    """Force by the state's forces (or by no one named) told in a clause joined to a protest's verb in
    its sentence and done to the crowd, named again by a pronoun or as people ("students protested in
    the capital, and police beat them", "teachers rallied …, and police wounded three of them"): the
    force the protest met (ACLED: one event, a protest with intervention or excessive force)."""
    if c.noun or ev.sentence != protest.sentence or ev.plover != "ASSAULT" \
            or ev.actor1 is not None and ev.actor1.type not in ("state", None):
        return False
    v = _joined_to_protest_verb(protest, c, ctx)
    if v is None:
        return False
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.lemma_.lower() in _CROWD_AGAIN or o.lemma_.lower() in _CROWD_PEOPLE or any(
                ch.dep_ == "prep" and ch.lower_ == "of" and any(g.lemma_.lower() in _CROWD_AGAIN for g in ch.children)
                for ch in o.children):
            return True
    return False


_CROWD_AGAIN = frozenset(_W["crowd_again"])
_CROWD_PEOPLE = frozenset(_W["people"])


def _arrests_joined_to_protest(protest: Event, ev: Event, c: Mention, ctx: ReportContext) -> bool:
    """An arrest verb joined to the verb of a protest or of its breaking up in one sentence ("police
    dispersed the crowd and arrested 12 of them", "broke up the sit-in, arresting several leaders"), by
    the state's forces or by no one named, with no cause of its own: the protest's arrests, whoever the
    clause names as arrested."""
    if c.noun or ev.sentence != protest.sentence or ev.actor1 is not None and ev.actor1.type not in ("state", None):
        return False
    v = _joined_to_protest_verb(protest, c, ctx)
    if v is None:
        return False
    return not any(ch.dep_ == "prep" and (ch.lower_ in _ARREST_CAUSES or any(g.lower_ in _ARREST_CAUSES for g in ch.children))
                   for ch in v.children)


def _crowd_held_again(c: Mention) -> bool:
    """Whether an arrest verb's object is the crowd told before, named again by a pronoun ("arrested 12
    of them", "detained them", "several of them were held")."""
    v = c.verb or c.tok
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.lemma_.lower() in _CROWD_AGAIN or any(
                ch.dep_ == "prep" and ch.lower_ == "of" and any(g.lemma_.lower() in _CROWD_AGAIN for g in ch.children)
                for ch in o.children):
            return True
    return False


_ARRESTED_CROWD = ("protesters", "rioters", "civilians")  # ("40 students were detained": the marchers)
_ARREST_CAUSES = _W["arrest_causes"]


def _crowd_clash_there(protest: Event, ev: Event, own_time: bool) -> bool:
    """A fight one of whose sides is the crowd ("clashes between protesters and security forces"), in
    the town of a protest told before it and on its day: the protest's own violence (a riot, as ACLED
    codes a demonstration whose crowd fights), not a second event."""
    if not any(a is not None and a.type in ("protesters", "rioters") for a in (ev.actor1, ev.actor2)):
        return False
    if protest.place is None or ev.place is None or not _same_town(protest.place, ev.place):
        return False
    return not own_time or _overlap(protest.interval, ev.interval)


def _visit_and_talks(prev: Event, c: Mention, ctx: ReportContext) -> bool:
    """Whether a verb of meeting is joined by "and" to the verb of the meeting or visit ``prev`` told
    in its sentence, of one subject ("visited Dhaka and held talks with his counterpart", "arrived in
    Kabul and met the president"): one visit told by two verbs (PLOVER: one CONSULT)."""
    if c.noun or c.verb is None:
        return False
    v = c.verb
    # (its trigger, or a telling folded into it in this sentence: "Minister visits Borduria" … "the
    # minister visited Borduria on Tuesday and held talks with his counterpart")
    for told in (prev.trigger, *prev.evidence):
        span = words_at(ctx.doc, told.start, told.end)
        if span is None:
            continue
        p = span.root
        if p.pos_ != "VERB" and p.dep_ in ("dobj", "nsubjpass"):
            p = p.head  # ("held talks": the verb that holds them)
        if token_sentence(v).start != token_sentence(p).start or v.i == p.i:
            continue
        if not (v.dep_ == "conj" and v.head.i == p.i or p.dep_ == "conj" and p.head.i == v.i):
            continue
        return not any(ch.dep_ == "nsubj" for ch in (v if v.dep_ == "conj" else p).children)  # (one subject)
    return False


def _same_counterpart(x: Actor | None, y: Actor | None) -> bool:
    """Whether two meetings' counterparts may be one: either untold, one name, one state, or the later
    told only by words matched to no actor ("his counterpart", "officials")."""
    return x is None or y is None or x.name == y.name or _one_state(x, y) \
        or y.kind == "description" and y.type is None and y.country is None and not y.aliases


def _crowd_warned(protest: Event, ev: Event, c: Mention, own_time: bool, own_place: bool, ctx: ReportContext) -> bool:
    """A warning by the state's forces (or by no one named) to the crowd of a protest told in its
    sentence or the next two ("police warned the crowd that the march was unauthorised", "warned them to
    leave the road"), with no time or other town of its own: the protest's policing (ACLED codes the
    protest, not a threat)."""
    if c.noun or own_time or ev.actor1 is None or ev.actor1.type != "state":
        return False
    if own_place and (protest.place is None or protest.place.country != ev.place.country
                      or ev.place.feature != "country" and not _same_town(protest.place, ev.place)):
        return False  # (a country's forces named, "Kenyan police", set no scene of their own)
    v = c.verb or c.tok
    crowd = ev.actor2 is not None and ev.actor2.type in ("protesters", "rioters") or any(
        ch.dep_ == "dobj" and (ch.lower_ in _W["crowd_objects"] or ch.lemma_.lower() == "crowd")
        for ch in v.children)
    if not crowd:
        return False
    last = _last_told(protest, ctx)
    return 0 <= ev.sentence - last <= 2 and ctx.paragraph[ev.sentence] - ctx.paragraph[last] <= 1


def _crowd_fight_after(protest: Event, ev: Event, c: Mention, own_time: bool, ctx: ReportContext) -> bool:
    """A clash verb one of whose sides is the crowd ("protesters clashed with police"), told within two
    sentences of a peaceful protest (or one the police met), with no place or time of its own: the
    protest's crowd fighting, not a second happening (_crowd_clash_there covers the clash told in the
    protest's town)."""
    if c.cls.name != "clash" or c.noun or ev.place is not None or own_time:
        return False
    if protest.acled_subtype not in ("Peaceful protest", "Protest with intervention"):
        return False
    if not any(a is not None and a.type in ("protesters", "rioters") for a in (ev.actor1, ev.actor2)):
        return False
    return 0 <= ev.sentence - _last_told(protest, ctx) <= 2


def _bare_indefinite(ev: Event, own_time: bool, own_place: bool) -> bool:
    """"The post faced a cowardly attack", "triggering a firefight": an indefinite violent noun that
    tells nothing of its own (no time, place or toll in its clause) may be the attack already told,
    named again; one that does ("a car bomb that injured 23") is a new happening."""
    return ev.plover in _GROUP and not own_time and not own_place \
        and ev.fatalities is None and ev.injured is None and ev.arrested is None


def _aside_act(prev: Event, ev: Event, own_time: bool, ctx: ReportContext) -> bool:
    """Whether an earlier incident is a background act told as the occasion of its clause ("after a
    rally on June 11", "since an ambush on February 20"), dated by its own day, and an act with no time
    of its own took the story's day from before it, another day: the act does not go on telling it."""
    if own_time or ev.time_basis != "narrative" or ev.time is None or prev.time is None or \
            prev.time_basis != "clause" or ev.time.sentence > prev.sentence or ev.time.span == prev.time.span or \
            prev.interval.precision != "day" or ev.interval.precision != "day" or _overlap(prev.interval, ev.interval):
        return False
    if _occasion_day(prev.time, ctx):
        return True  # ("the town had been besieged since an attack on January 8")
    words = words_at(ctx.doc, prev.trigger.start, prev.trigger.end)
    noun = words.root if words is not None else None
    return noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _OCCASIONS


_OCCASIONS = frozenset(load_event_words()["occasion_marks"])


def _political_restatement(prev: Event, ev: Event, c: Mention, ctx: ReportContext, apart: bool, last: int,
                           events: list[Event]) -> bool:
    """"Pakistan declared a staff member persona non grata … the Foreign Office said it declared the
    staffer persona non grata": a political act (or a protest, see _restatable) told again by the same verb (or by another of its
    kind that says nothing of its own: no object, no content), within
    ``_RETOLD_WITHIN`` sentences of where it was last told, with no
    time, doer or target of its own (a place, often the doer's country, must agree: the caller
    checks), is the act already told. ``apart``: the clause has its own time, or says "also" or
    "another"."""
    if ev.plover == prev.plover == "SANCTION" and not ev.negated and not c.planned and ev.sentence - last <= _RETOLD_WITHIN \
            and _overlap(prev.interval, ev.interval) and not _different_doers(prev, ev, events) \
            and (not _different_targets(prev, ev) or _envoy_named_again(prev, ev)) and _expulsion_retold(prev, c, ctx, ev):
        return True  # (told on its own day too: "the junta decided on Friday to revoke his accreditation"; the
        # envoy both verbs act on, however each names him: "the ambassador" … "the envoy")
    if ev.plover == prev.plover == "ACCUSE" and not c.noun and c.tok.lemma_.lower() in _BLAME_TELLING_WORDS \
            and not ev.negated and not c.planned and ev.sentence - last <= _RETOLD_WITHIN \
            and _overlap(prev.interval, ev.interval) and _named_alike(prev.actor1, ev.actor1) \
            and not _different_targets(prev, ev):
        return True  # "Trudeau blames New Delhi for the killing" … "on Monday Justin Trudeau alleged that the Indian
        # government played a role": the blame told again in what the accuser says, on its own day too
    if ev.plover == prev.plover == "ACCUSE" and _lemma(prev.trigger, ctx) in _TRADING_VERBS and not ev.negated \
            and not c.planned and ev.sentence - last <= _RETOLD_WITHIN and _overlap(prev.interval, ev.interval) \
            and prev.actor1 is not None and ev.actor1 is not None and prev.actor1.name == ev.actor1.name \
            and prev.actor2 is not None and ev.actor2 is not None and prev.actor2.country == ev.actor2.country:
        return True  # "Armenia and Azerbaijan traded accusations … Yerevan accused Baku of shelling": each
        # side's part of the accusations told in the lead, told again (on its own day too)
    if apart or c.noun or not _restatable(ev) or not _restatable(prev) or ev.negated \
            or c.planned or ev.sentence - last > _RETOLD_WITHIN:
        return False
    now = ev.interval.start if ev.interval.known else ctx.published
    if prev.time_basis == "clause" and prev.interval.known and prev.interval.end is not None and now is not None \
            and (now - prev.interval.end).days > 365:
        return False  # "memories of the 1992 riots … in Philadelphia, demonstrators broke into a store": a
        # past act its own words date years before the day the story has reached (or, undated, the
        # report's) is not told again
    if _different_doers(prev, ev, events) and not _official_alike(prev.actor1, ev.actor1) \
            and not _office_and_holder(prev.actor1, ev.actor1, ctx):
        return False
    if (_different_targets(prev, ev) or _objects_differ(prev, c, ctx)) and not _official_alike(prev.actor2, ev.actor2):
        return False  # ("summoned the ambassador" … "summoning Ambassador Nam": one person, by office and name)
    lemma = c.tok.lemma_.lower()
    if any(_lemma(s, ctx) == lemma for s in (prev.trigger, *prev.evidence)):
        return True
    if ev.plover == "ACCUSE" and lemma in _BLAME_TELLING_WORDS:
        return True  # "Ottawa blames New Delhi for the killing" … "Ottawa alleged that India played a role"
    # another verb of the same kind with no object of its own ("the two countries agreed" after "signed")
    return not any(ch.dep_ in ("dobj", "nsubjpass", "attr", "ccomp", "xcomp") for ch in c.tok.children)


_ENVOY_WORDS = frozenset(_W["envoys"])
_BLAME_TELLING_WORDS = frozenset(_W["blame_telling"])
_TRADING_VERBS = _W["trading_verbs"]
_ORDERING = frozenset(("order", "tell"))


def _named_alike(x: Actor | None, y: Actor | None) -> bool:
    """Two names of one party, the one's words all in the other's ("Trudeau", "Justin Trudeau")."""
    if x is None or y is None:
        return False
    a, b = set(x.name.lower().split()), set(y.name.lower().split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def _envoy_act(tok) -> bool:
    """Whether a verb acts on a state's envoy ("expelled the ambassador", "revoked the accreditation
    of the French ambassador")."""
    return any(t.lemma_.lower() in _ENVOY_WORDS for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")
               for t in ch.subtree)


def _envoy_named_again(prev: Event, ev: Event) -> bool:
    """Whether two targets are one envoy named by two words for envoys ("the Bordurian ambassador" …
    "the envoy"; not "the Kantoan ambassador" … "the Lorvian ambassador")."""
    x, y = prev.actor2, ev.actor2
    if x is None or y is None:
        return False

    def words(a: Actor) -> str:
        return " ".join("envoy" if w in _ENVOY_WORDS else w for w in
                        (regex(r"s$").sub("", w) for w in regex(r"[\w'-]+").findall(a.span.text.lower())) if w != "the")
    a, b = words(x), words(y)
    if "envoy" in a.split() and "envoy" in b.split() and (a in b or b in a):
        return True
    # ("expelled the Bordurian ambassador" … "declared Ambassador Ivan Petrov persona non grata": the
    # envoy by office, then by name)
    return any(_envoy_person(p) and "envoy" in words(q).split() and q.kind != "person"
               and (p.country is None or p.country == q.country) for p, q in ((x, y), (y, x)))


def _envoy_person(a: Actor | None) -> bool:
    """Whether an actor is a person named with an envoy's office ("Ambassador Ivan Petrov", "envoy
    Marc Dubois")."""
    return a is not None and a.kind == "person" and bool(a.role) \
        and regex(r"s$").sub("", a.role.split()[-1].lower()) in _ENVOY_WORDS


def _expulsion_retold(prev: Event, c: Mention, ctx: ReportContext, ev: Event | None = None) -> bool:
    """"Ordered the French ambassador to leave within 48 hours" … "decided to revoke the ambassador's
    accreditation": an envoy told to leave and the measure that sends him, one expulsion."""
    if c.noun:
        return False
    span = words_at(ctx.doc, prev.trigger.start, prev.trigger.end)
    if span is None:
        return False
    told = span.root
    if c.cls.name == "order_out":
        return _envoy_act(told)
    if told.lemma_.lower() in _ORDERING:
        return _envoy_act(c.tok)
    # ("expelled the ambassador" … "the ambassador was declared persona non grata": the envoy sent away,
    # told by a second verb of the measure; not "Ghana also expelled a trade attaché": another envoy)
    # (the envoy named by his name: "declaring him persona non grata", the clause's target the envoy
    # "envoy Daniel Kriener")
    return _envoy_act(told) and (_envoy_act(c.tok) or ev is not None and _envoy_person(ev.actor2)) and not c.another \
        and not any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in c.tok.children) \
        and not any(ch.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another")
                                                              for d in ch.children) for ch in c.tok.children)


def _crowd_told(c: Mention) -> bool:
    """Whether a crowd's act is done by the crowd already told: its subject is "the protesters",
    "the crowd", "they", "some protesters" (not "a mob", "hundreds of villagers"), or it is told in the
    passive with no doer ("stones were thrown at police")."""
    v = c.verb or c.tok
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    while subj is None and v.dep_ == "conj" and v.head.i != v.i:  # "the protesters threw rocks and set …"
        v = v.head
        subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None:
        # "stones were thrown at police": a crowd's act told in the passive with no doer named is the
        # crowd's already told
        return any(ch.dep_ == "nsubjpass" for ch in v.children) and not any(ch.dep_ == "agent" for ch in v.children)
    if subj.lower_ in _CROWD_PARTS:  # "some of them", "many of the protesters", "some in the crowd": a part of it
        whole = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "among")
                      for g in p.children if g.dep_ == "pobj"), None)
        subj = whole if whole is not None else subj
    if subj.lower_ in ("they", "them"):
        return True
    # ("some protesters threw stones", "many demonstrators": a part of the crowd told, its word led by one
    # of crowd_parts)
    return any(ch.dep_ == "det" and ch.lower_ in ("the", "these", "those")
               or ch.dep_ in ("det", "amod") and ch.lower_ in _CROWD_PARTS for ch in subj.children)


_CROWD_PARTS = frozenset(_W["crowd_parts"])


def _crowd_named_again(c: Mention, prev: Event) -> bool:
    """Whether a crowd's act has for subject a bare plural the protest just told was told with
    ("… to disperse crowds protesting the arrest … Crowds burnt tyres"): the same crowd named again."""
    v = c.verb or c.tok
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or any(ch.dep_ in ("det", "nummod", "amod", "poss") for ch in subj.children):
        return False
    word = subj.lower_
    return any(re.search(rf"\b{re.escape(word)}\b", sp.text.lower()) for sp in prev.evidence)


def _crowd_dispersed(c: Mention) -> bool:
    """Whether a dispersal is done to the crowd already told ("dispersed the crowd", "broke up the
    protesters", "dispersed them")."""
    v = c.verb or c.tok
    # (or the crowd the force was aimed at: "fired tear gas at the marchers", "used batons on them")
    objs = [ch for ch in v.children if ch.dep_ == "dobj"] + [
        g for p in v.children if p.dep_ == "prep" and p.lower_ in _AIMED_AT for g in p.children if g.dep_ == "pobj"]
    return any(obj.lower_ in ("them", "it") or any(ch.dep_ == "det" and ch.lower_ in ("the", "these", "those")
                                                   for ch in obj.children) for obj in objs)


_AIMED_AT = _W["aimed_at_preps"]


def _official_alike(x: Actor | None, y: Actor | None) -> bool:
    """A person named by an office ("Foreign Minister Taro Kono", "Ambassador Nam") and the state or
    the office-holder a political act was first credited to ("Japan", "South Korea's ambassador"):
    one party, told first by the state and then by the official acting for it."""
    if x is None or y is None:
        return False
    for p, q in ((x, y), (y, x)):
        if p.kind != "person" or not p.role:
            continue
        if q.type == "state" and p.type is None and (p.country is None or p.country == q.country):
            return True
        # the office named by a description ("its ambassador"), whether or not the actors stage counts
        # the office-holder a state's man ("Iraqi Ambassador Nassir Mohsen": type state)
        if q.kind == "description" and p.role.split()[-1].lower() in q.span.text.lower().split() \
                and (p.type is None or q.type in (None, p.type)):
            return True
    return False


def _office_and_holder(x: Actor | None, y: Actor | None, ctx: ReportContext) -> bool:
    """An organisation named by the office of its head ("the UN secretary-general is calling …") and the
    person the report introduced with that organisation and office ("United Nations Secretary-General
    Antonio Guterres"): one party, by office and by name. (Not another body's holder of a like office:
    "the secretary-general of the Organization of American States".)"""
    if x is None or y is None:
        return False
    for p, q in ((x, y), (y, x)):
        if p.kind != "person" or not p.role or q.kind != "organisation" or not q.named:
            continue
        office = p.role.split()[-1].lower()
        told = words_at(ctx.doc, q.span.start, q.span.end)
        if told is None or told.root.head.i == told.root.i or told.root.head.lower_ != office:
            continue  # (the organisation's own word heads no office: "the UN said")
        held = words_at(ctx.doc, p.span.start, p.span.end)
        if held is None:
            continue
        before = ctx.doc[max(held.sent.start, held.start - 6):held.start]
        said = before.text.lower()
        if any(t.lower_ == office for t in before) and any(re.search(rf"\b{re.escape(n.lower())}\b", said)
                                                           for n in q.names() if n):
            return True
    return False


def _restatable(ev: Event) -> bool:
    """Political acts and protests: told again by their verb with nothing of its own, they are the
    act already told (violence has rules of its own in :func:`_coreferent`)."""
    return ev.category == "political" or ev.plover == "PROTEST"


def _source_retells_day(prev: Event, ev: Event, c: Mention, ctx: ReportContext) -> bool:
    """A political act a source reports ("the ministry said the envoy was recalled on Tuesday") dated to
    the very day of the act told before ("recalled its envoy on Tuesday"): the source's account of
    that act, its date no mark of another one. (Protests in several towns on one day are several
    events; an act joined to another in the narrative, "suspended trade on Thursday and closed its
    airspace", is its own.)"""
    if ev.category != "political" or c.noun:
        return False
    reported = c.tok.dep_ == "ccomp" and c.tok.head.lemma_.lower() in _REPORT_VERBS
    if not reported and not _same_object(prev, c, ctx):
        return False  # (or the very verb and thing of the told act: "slammed the vote" … "who slammed the vote")
    x, y = prev.interval, ev.interval
    return x.known and y.known and x.precision == y.precision == "day" and x.start == y.start and x.end == y.end


_REPORT_VERBS = _W["report_verbs"]


def _overlap(a: Interval, b: Interval) -> bool:
    if not a.known or not b.known:
        return True
    return not (a.start > b.end + dt.timedelta(days=1) or b.start > a.end + dt.timedelta(days=1))


def _split_sibling(ev: Event, events: list[Event]) -> bool:
    """Whether ``ev`` is one part of a happening the text told at several places at once."""
    return any(o is not ev and o.trigger == ev.trigger for o in events)


_COREF_PLOVERS = _W["coref_plovers"]
_SUMMONING = _W["summoning"]


def _same_summons(prev: Event, c: Mention, ctx: ReportContext) -> bool:
    """A summons told again ("Zheng, who summoned the US charge, …") names the summons told before,
    whatever type that was given: a meeting, or the objection it was made for
    (mentions._summoned_to_protest)."""
    if c.tok.lemma_.lower() not in _SUMMONING:
        return False
    span = words_at(ctx.doc, prev.trigger.start, prev.trigger.end)
    return span is not None and span.root.lemma_.lower() in _SUMMONING


def _objects_differ(prev: Event, c: Mention, ctx: ReportContext) -> bool:
    """"Closes airspace" and "closed the Wagah border post": one verb, two things done. True when
    both verbs have a noun object and any told mention's object is not this one's."""
    def obj(tok):
        return next((ch for ch in tok.children
                     if ch.dep_ in ("dobj", "nsubjpass") and ch.pos_ in ("NOUN", "PROPN") and not ch.like_num), None)

    def person(w) -> bool:
        # a word for people, or a person named ("the opposition leader was arrested" … "Nikol
        # Pashinyan was arrested": one man, told first by his office, then by name)
        return _is_people(w.lemma_.lower(), ctx) or w.ent_type_ == "PERSON"
    mine = obj(c.tok) if not c.noun else None
    if mine is None:
        return False
    if mine.lemma_.lower() in _ACT_SHELLS and any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "these", "that", "those")
                                                  for ch in mine.children):
        return False  # "rejected the US sanctions" … "rejected the measures as illegal": the thing told, named again
    for s in (prev.trigger, *prev.evidence):
        span = words_at(ctx.doc, s.start, s.end)
        if span is None:
            continue
        for tok in span:
            if tok.lemma_.lower() == c.tok.lemma_.lower() and tok.pos_ == "VERB":
                theirs = obj(tok)
                if theirs is not None and theirs.lemma_.lower() != mine.lemma_.lower() \
                        and not (person(theirs) and person(mine)) \
                        and not (theirs.lemma_.lower() in _VIOLENT_ACT_NOUNS and mine.lemma_.lower() in _VIOLENT_ACT_NOUNS) \
                        and not (theirs.lemma_.lower() in _FACILITIES and mine.lemma_.lower() in _FACILITIES):
                    return True  # ("10 persons" and "at least 10 people" are the same victims; "stormed a
                    # checkpoint" and "stormed a check post" the same post)
    return False


_ACT_SHELLS = frozenset(_W["act_shell_nouns"])
_VIOLENT_ACT_NOUNS = frozenset(_W["violent_act_nouns"])  # ("condemns attack" … "condemned the bombing")


def _one_state_done_to(prev: Event, ev: Event) -> bool:
    """Whether two political acts are done to one state, however each names it ("Pyongyang warns
    Seoul" … "North Korea warned South Korea": its capital and its name, one counterpart)."""
    x, y = prev.actor2, ev.actor2
    return prev.category == ev.category == "political" and x is not None and y is not None \
        and x.type == y.type == "state" and x.name == y.name


def _same_object(prev: Event, c: Mention, ctx: ReportContext) -> bool:
    """Whether the clause's verb and its noun object are those of the told act's own trigger
    ("slammed the vote" … "Cisse, who slammed the vote, …"): the one act, named again. (Only its
    trigger: a verb folded into it may be another measure of the same day, "suspends trade, closes
    airspace".)"""
    def obj(tok):
        return next((ch for ch in tok.children
                     if ch.dep_ in ("dobj", "nsubjpass") and ch.pos_ in ("NOUN", "PROPN") and not ch.like_num), None)
    mine = obj(c.tok)
    if mine is None:
        return False
    span = words_at(ctx.doc, prev.trigger.start, prev.trigger.end)
    for tok in span if span is not None else ():
        if tok.i != c.tok.i and tok.lemma_.lower() == c.tok.lemma_.lower() and tok.pos_ == "VERB":
            theirs = obj(tok)
            if theirs is not None and theirs.lemma_.lower() == mine.lemma_.lower():
                return True
    return False


_AWAY_IN_TIME = re.compile(r"\b(?:ago|last|earlier|previous|prior|before|since|(?:19|20)\d\d|january|february|"
                           r"march|april|may|june|july|august|september|october|november|december)\b", re.I)


def _framed_by_told_event(ev: Event, c: Mention, events: list[Event], ctx: ReportContext) -> Event | None:
    """"Soldiers killed three militants during the attack", "… stormed the base they had attacked":
    a violent act framed by an event already told ("during the attack"), or done again to the
    thing already named with "the" ("attacked the military base"), is part of it."""
    if c.noun or ev.plover not in _GROUP or _undated_time(ev, c, ctx):
        return None
    verb = c.verb or c.tok
    frames = [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in ("during", "in", "amid")
              for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in _FRAME_NOUNS
              and any(d.lower_ in ("the", "that", "this") for d in g.children)
              and not _singling_superlative(g)]
    # (not "In the deadliest attack, gunmen shot dead three police": one of a round-up's acts singled out
    # and told here, not one told before)
    framed = bool(frames)
    # "two of the bandits were killed during the operation": the forces' operation, never the doers' own
    # attack on civilians told before it (a rescue or a pursuit, ACLED's battle apart)
    forces_op = framed and all(g.lemma_.lower() in _FORCES_FRAMES for g in frames)
    if _told_as_another(c) and not (framed and _more_victims(verb)):
        return None  # ("three other observers were also killed in the incident": more dead of the act told)
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"
                and any(d.lower_ == "the" for d in ch.children)), None)
    if not framed and obj is None:
        return None
    for prev in reversed(events):
        if prev.plover not in _GROUP:
            continue
        last = _last_told(prev, ctx)
        if ev.sentence - last > 8:
            return None
        if ev.time is not None and ev.time.sentence == ev.sentence and ev.interval.known and prev.interval.known \
                and (ev.interval.start > prev.interval.end or prev.interval.start > ev.interval.end):
            return None  # its own, other time: another act
        if framed and forces_op and prev.acled_type == "Violence against civilians":
            continue
        if _retaken(prev, ev):
            continue  # ("… stormed the base" … "the military recaptured the base": taken back, not stormed again)
        if framed:
            return _struck_in(prev, ev, events, ctx)
        raw = " ".join(doc_text(ctx.doc)[s.start:s.end] for s in prev.evidence)
        told = raw.lower()
        # (or named before it: "stormed Banki community" … "attacked the community")
        if (re.search(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(obj.lower_)}\b", told)
                or re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(obj.lower_)}\b", raw)) and \
                not (ev.place is not None and prev.place is not None and not _same_place(prev.place, ev.place)):
            return prev  # "attacked a military base" … "we attacked the military base near Baidoa"
        return None
    return None


def _struck_in(latest: Event, ev: Event, events: list[Event], ctx: ReportContext) -> Event:
    """The told act a killing "in the fighting" belongs to: the latest, unless its dead are that act's
    own doers while an act just before it was done to them ("militants attacked a post … the military
    responded with airstrikes … four soldiers were killed in the fighting": the soldiers fell in the
    attack on them, not in their own airstrikes)."""
    dead = ev.actor2
    if dead is None or latest.actor1 is None or not _same_side(dead, latest.actor1) \
            or latest.actor2 is not None and _same_side(dead, latest.actor2):
        return latest
    for prev in reversed(events):
        if prev is latest or prev.plover not in _GROUP:
            continue
        if ev.sentence - _last_told(prev, ctx) > 8:
            continue
        if prev.actor2 is not None and _same_side(dead, prev.actor2) and _overlap(prev.interval, ev.interval):
            return prev
    return latest


_FORCES_FRAMES = _W["forces_frames"]


def _in_forces_operation(c: Mention) -> bool:
    """Whether a violent clause is set in an operation of armed forces or police ("were killed during the
    operation", "in the operation"; word class forces_frames)."""
    verb = c.verb or c.tok
    return any(ch.dep_ == "prep" and ch.lower_ in ("during", "in", "amid") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FORCES_FRAMES for g in ch.children) for ch in verb.children)


def _more_victims(verb) -> bool:
    """"Three other observers were also killed": "other" says more people, not another act."""
    return any(ch.dep_ in ("nsubjpass", "dobj") and any(d.dep_ == "amod" and d.lower_ == "other" for d in ch.children)
               for ch in verb.children)


def _undated_time(ev: Event, c: Mention, ctx: ReportContext) -> bool:
    """"Two weeks ago, al Shabaab attacked a base": a time of its own, even one the report's
    unknown date leaves unplaced, sets the event apart from the one told before."""
    clause = _clause(c)
    for te in ctx.times.get(ev.sentence, []):
        if te.interval.known or te.dateline or not _AWAY_IN_TIME.search(te.span.text):
            continue  # "today", "on Friday": maybe the very day of the event told before
        span = words_at(ctx.doc, te.span.start, te.span.end)
        if span is not None and (span.root.i in clause or _governs(span.root, c)):
            return True
    return False


def _different_doers(prev: Event, ev: Event, events: list[Event]) -> bool:
    """The later mention names who acted, and not as the earlier one does: Israel's strike (or an
    unattributed one told among Israel's) is not Hezbollah's reply. An unattributed act told before
    any attributed one ("two were killed") may be the one whose doer is named later."""
    x, y = prev.actor1 or _implied_doer(prev, events), ev.actor1
    if y is None or _vague(y):
        return False
    if prev.actor2 is not None and prev.actor2.name == y.name:
        return False  # the attacked side striking back ("soldiers fought back"): one fight (a retaking of
        # the ground is its own: _retaken)
    if x is not None and _one_state(x, y):
        return False  # "troops shelled the village" … "the army said its soldiers fired": one state's forces
    return x is not None and x.name != y.name and not _vague(x)


def _implied_doer(prev: Event, events: list[Event]) -> Actor | None:
    """Who the report credits with an unattributed act ("A second drone struck a car"): the doer
    named for the violent events told before it, if any."""
    for other in reversed(events[:next((i for i, e in enumerate(events) if e is prev), 0)]):
        if other.plover in _GROUP and other.actor1 is not None and not _vague(other.actor1):
            return other.actor1
    return None


def _vague(a: Actor) -> bool:
    """"Gunmen", "the attackers", "Unidentified Armed Group (Niger)": could be anyone already named."""
    return a.kind == "description" and (a.type != "state" or a.name.startswith("Unidentified"))


def _different_targets(a: Event, b: Event) -> bool:
    x, y = a.actor2, b.actor2
    if x is None or y is None or x.name == y.name:
        return False
    if _one_state_side(x, y):
        return False  # "eleven soldiers were killed" … "the army convoy was attacked": one side
    if "civilians" in (x.type, y.type):
        other = y if x.type == "civilians" else x
        if other.type == "civilians" or other.kind == "person" and other.type is None or \
                regex(r"\b(?:civilians?|people|persons|residents|villagers)\b", re.I).search(other.span.text):
            return False  # "two people were killed" … "Daw Ni Dain, a teacher, was killed": among them
    nx, ny = x.span.text.lower(), y.span.text.lower()
    return nx not in ny and ny not in nx and _name_words(x.span.text) != _name_words(y.span.text) \
        and _uncounted(_name_words(x.span.text)) != _uncounted(_name_words(y.span.text))


def _uncounted(words: frozenset[str]) -> frozenset[str]:
    """A party's name words without its count and the count's hedges: "19 people" and "at least 25
    people" are one party, counted two ways (word class count_hedges)."""
    return frozenset(w for w in words if w not in _COUNT_HEDGES and number(w) is None)


_COUNT_HEDGES = _W["count_hedges"]


# (a pure function of the name, asked again for each pair of events compared)
@functools.lru_cache(maxsize=4096)
def _name_words(text: str) -> frozenset[str]:
    """The words of a party's name, its country's name or people word read as the country and the
    words that only join them dropped: "the Indian High Commission" and "the High Commission of
    India" are one body, named two ways (country words from the country table)."""
    words = regex(r"[\w’'-]+").findall(text.lower().replace("’", "'"))
    out, i = set(), 0
    while i < len(words):
        for n in (3, 2, 1):  # "the United States", "South Korea": the longest country name first
            iso = _LEXICON.country_of(" ".join(words[i:i + n])) if i + n <= len(words) else None
            if iso:
                out.add(iso.upper())
                i += n
                break
        else:
            if words[i] not in _JOINING:
                out.add(regex(r"'s$").sub("", words[i]))
            i += 1
    return frozenset(out)


_LEXICON = load_lexicon()
_JOINING = frozenset({"the", "of", "in", "for", "to"})


def _one_of_the_force(prev: Event, ev: Event, c: Mention) -> bool:
    """"Eleven soldiers were killed in an ambush" … "Colonel X and his men survived the attack": a
    person named (nothing else known of him) as the target of the act named again with "the", where
    the act told hit a state's forces, is one of those it hit, not the target of another act. (A
    person killed in a clause of its own may be a villager: not so read.)"""
    if not (c.noun and c.definite) or prev.plover not in _GROUP or ev.plover not in _GROUP:
        return False
    x, y = prev.actor2, ev.actor2
    return x is not None and y is not None and y.kind == "person" and y.type is None \
        and x.type == "state" and x.kind in ("description", "country")


def _one_state_side(x: Actor, y: Actor) -> bool:
    """The government, army and police of one country, named by the generic names the actors stage
    gives described forces ("soldiers": Military Forces of X; "troops": Government of X), are one
    side of one fight as a target: two of its descriptions do not make two attacks."""
    return x.type == y.type == "state" and x.country is not None and x.country == y.country \
        and x.kind in ("description", "country") and y.kind in ("description", "country")


def _one_state(x: Actor, y: Actor) -> bool:
    """The government, army and police of one country (by any name: "Armenian Armed Forces",
    "Military Forces of Armenia") as doers: one state's forces acting, not two doers."""
    return x.type == y.type == "state" and x.country is not None and x.country == y.country


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


def _adds_to_toll(c: Mention, counted: Span) -> bool:
    """Whether a mention tells deaths added to those told before: "one attacker was also killed",
    "two more soldiers died", "another civilian was killed" (its verb, or its victims, say so), its
    count (``counted``) of those dead: not "recovered 17 bodies and then more people were shot", whose
    17 are no more dead; not the doer of an active killing ("the attackers killed the three police"),
    nor "more than a dozen", which only rounds."""
    verb = c.verb or c.tok

    def told(t) -> bool:  # (a word of the count's own words)
        return counted.start <= t.idx < counted.end

    def more(t) -> bool:
        return t.lower_ in _MORE_DEAD and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than")

    if told(verb) and any(ch.dep_ == "advmod" and more(ch) for ch in verb.children):
        return True
    victims = [ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj")]
    if not any(ch.dep_ == "dobj" for ch in verb.children):  # (an active killing's subject is its doer)
        victims += [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if not victims and verb.dep_ == "conj":  # "the assailant was shot and killed": the first verb's subject
        victims = [ch for ch in verb.head.children if ch.dep_ in ("nsubjpass", "nsubj")]
    victims = [v for v in victims if told(v)]
    if any(v.lemma_.lower() in _AGENT_NOUNS and any(ch.lower_ == "the" for ch in v.children) for v in victims):
        return True  # "the gunman was killed": the attacker, dead besides his victims
    # (a word of more in a later member of the victims' list counts within the list: "a woman and her three
    # children, as well as another child, were killed" is five, no more than a toll told before)
    return any(more(t) and t.dep_ in ("amod", "det", "advmod") for v in victims for t in _own_words(v))


def _own_words(v) -> list:
    """The words of a noun phrase without the phrases joined to it by a conjunction ("a woman and her
    three children, as well as another child": "a woman")."""
    joined = {t.i for ch in v.children if ch.dep_ == "conj" for t in ch.subtree}
    return [t for t in v.subtree if t.i not in joined]


def _struck_back(prev: Event, ev: Event) -> bool:
    """Whether a violent act is done by an earlier one's target to its doer, reversed roles ("the
    troops returned fire, killing two attackers", "police retaliated, killing six militants"): the
    other side of one fight. Its doer is the target (by name, or the same state's forces); its
    target the doer (by name, the same state's forces, or a vague "militants" for a named armed
    group). Not a strike from afar, which ACLED codes apart."""
    if prev.plover != "ASSAULT" or ev.plover != "ASSAULT" or ev.acled_type == "Explosions/Remote violence":
        return False
    a1, a2, b1, b2 = prev.actor1, prev.actor2, ev.actor1, ev.actor2
    if a1 is None or a2 is None or b2 is None:
        return False
    # (a doer left untold: "one attacker was killed in return fire", the target's fire)
    return (b1 is None or _same_side(a2, b1)) and _same_side(a1, b2) and not _same_side(a1, a2)


def _forces_came_after(prev: Event, ev: Event) -> bool:
    """Whether a state's forces fight the doers of an earlier act done to others, not to them ("bandits
    kidnapped six farmers in the village … police engaged the kidnappers in a gun duel there the same
    day"): a rescue or a pursuit, a battle ACLED codes apart from the abduction or attack on civilians."""
    a1, a2, b1, b2 = prev.actor1, prev.actor2, ev.actor1, ev.actor2
    return ev.acled_type == "Battles" and prev.acled_type == "Violence against civilians" \
        and b1 is not None and b1.type == "state" and a1 is not None and a1.type != "state" \
        and (b2 is None or _same_side(a1, b2)) and (a2 is None or not _same_side(a2, b1))


def _doers_hit_back(prev: Event, ev: Event) -> bool:
    """Whether a violent act is done to an earlier attack's doers ("… killed six of the assailants"), by
    none of them: its target is the attack's doer (by name, or vaguely as the same non-state side)."""
    a1, b1, b2 = prev.actor1, ev.actor1, ev.actor2
    return a1 is not None and b2 is not None and _same_side(a1, b2) and a1.type != "state" \
        and (b1 is None or not _same_side(a1, b1))


def _doers_told_again(c: Mention) -> bool:
    """Whether a violent clause's victims are named as people already told of by an agent noun or a
    definite phrase: "killed six of the assailants", "shot dead the gunmen", "all four attackers were
    killed", "the soldier who opened fire on the attacker" (data class agent_nouns; "the", "all", "of the")."""
    verb = c.verb or c.tok
    if c.noun:
        return False
    victims = [ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj")]
    # and those fired on: "opened fire on the attacker", "shot at the gunmen"
    victims += [g for h in (verb, *victims) for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "upon")
                for g in p.children if g.dep_ == "pobj"]
    for v in victims:
        heads = [v] + [g for p in v.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for h in heads:
            dets = {d.lower_ for d in h.children if d.dep_ in ("det", "predet")}
            if h.lemma_.lower() in _AGENT_NOUNS and (dets & {"the", "all"} or h is not v):
                return True  # "the attackers", "all four attackers", "six of the assailants"
            if h is not v and "the" in dets and h.pos_ == "NOUN":
                return True  # "four of the militants"
    return False


def _strikes_back(c: Mention) -> bool:
    """Whether a violent clause (or the clause it hangs on) says it answers an attack: "retaliated",
    "repulsed the attack", "returned fire", "fought back" (word classes striking_back, hitting_back,
    returned_fire)."""
    verb = c.verb or c.tok
    heads = [verb] + ([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp", "ccomp") and verb.head.i != verb.i else [])
    for v in heads:
        for t in [v, *v.children, *(g for ch in v.children if ch.dep_ == "prep" for g in ch.children)]:
            lemma = t.lemma_.lower()
            if lemma in _STRIKING_BACK:
                return True
            if lemma == "return" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _RETURNED_FIRE for ch in t.children):
                return True
            if lemma in _RETURNED_FIRE and t.dep_ == "pobj" and any(
                    ch.dep_ in ("compound", "amod", "nmod") and (ch.lemma_.lower() == "return" or ch.lemma_.lower() in _STRIKING_BACK)
                    for ch in t.children):
                return True  # "killed in return fire", "killed in retaliatory fire"
            if lemma in _HITTING_BACK and any(ch.dep_ in ("prt", "advmod") and ch.lower_ == "back" for ch in t.children):
                return True
    return False


_STRIKING_BACK = _W["striking_back"]
_HITTING_BACK = _W["hitting_back"]
_RETURNED_FIRE = _W["returned_fire"]


def _same_side(x: Actor, y: Actor) -> bool:
    """One party by two names: the same name, one state's forces, or a vague description
    ("gunmen", "the militants") of a party that is not a state's."""
    if x.name == y.name or _one_state(x, y):
        return True
    return x.type != "state" and y.type != "state" and "civilians" not in (x.type, y.type) \
        and (_vague(x) or _vague(y))


def _doers_dead(target: Event, ev: Event, ctx: ReportContext | None = None) -> bool:
    """Whether a retelling's dead are the incident's doers, its toll so far their victims ("seven
    soldiers were killed in the assault" … "all six militants were killed"): every side's dead count.
    A retelling with no victim of its own ("20 militants died in the fighting") has for its dead the
    one party its count names."""
    if target.plover != "ASSAULT":
        return False  # a protest's first side is its crowd, who are not the ones who struck
    dead, doers, victims = ev.actor2, target.actor1, target.actor2
    if dead is None and ctx is not None and ev.fatalities is not None:
        dead = _counted_party(ev.fatalities.span, ctx)
        if dead is None and ev.actor1 is None and doers is not None and victims is not None:
            # "rebels attacked an army base, killing five soldiers" … "15 rebels died in the fighting": the
            # count's noun of the doers' side (data classes toll_armed_ranks, toll_force_ranks), its victims of the other
            # (not a retelling dated or placed apart: "Last month, 15 rebels died in fighting near Dorvo")
            if ev.interval.known and target.interval.known and None not in (
                    ev.interval.start, ev.interval.end, target.interval.start, target.interval.end) and (
                    ev.interval.end < target.interval.start or
                                                                 target.interval.end < ev.interval.start) \
                    or ev.place is not None and target.place is not None and ev.place.name != target.place.name:
                return False
            side = _rank_side(ev.fatalities.span, ctx)
            return side is not None and side == _rank_side(doers.span, ctx) and _rank_side(victims.span, ctx) not in (None, side)
    killers = ev.actor1  # (none told, or the incident's other side striking back: not a third party's killing)
    # (or the dead themselves, the doers of a clause that describes them: "all six terrorists who attacked
    # the post were shot dead")
    return dead is not None and doers is not None and _same_side(dead, doers) and \
        (victims is None or not _same_side(victims, dead)) and \
        (killers is None or victims is not None and _same_side(killers, victims) or killers.name == dead.name)


def _rank_side(span: Span, ctx: ReportContext) -> str | None:
    """The side of a fight whose people the words at ``span`` count or name: "force" (soldiers,
    policemen: data class toll_force_ranks), "armed" (militants, rebels: toll_armed_ranks), or None
    (neither, or both)."""
    words = words_at(ctx.doc, span.start, span.end)
    if words is None:
        return None
    lemmas = {(t.head if t.dep_ == "nummod" and t.head.i >= t.i else t).lemma_.lower() for t in words}
    force, armed = not lemmas.isdisjoint(_TOLL_FORCE_RANKS), not lemmas.isdisjoint(_TOLL_ARMED_RANKS)
    return None if force == armed else "force" if force else "armed"


def _counted_party(span: Span, ctx: ReportContext) -> Actor | None:
    """The one party a count of the dead names ("20 militants died": the militants); None when it
    names none or several."""
    words = words_at(ctx.doc, span.start, span.end)
    if words is None:
        return None
    named = {a.name: a for a in (ctx.actor_at.get(t.i) for t in words if not _speaker_word(t)) if a is not None}
    return next(iter(named.values())) if len(named) == 1 else None


_SPEAKING = _W["speaking"]


def _speaker_word(t) -> bool:
    """Whether a word of a count's span names who tells the count, not whom it counts ("the officer put
    the dead at 15; al Shabaab said 21 were killed": al Shabaab says, it is not the dead)."""
    while t.dep_ in ("compound", "flat", "amod", "det") and t.head.i != t.i:
        t = t.head  # (a word of a name: its head)
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEAKING


def _names_agent(span: Span, ctx: ReportContext) -> bool:
    """Whether a toll names the attacker among its dead ("five, including the gunman, were
    killed", "killing five worshippers including the gunman", "killed only himself"): in its words,
    or "including" him in its sentence."""
    words = words_at(ctx.doc, span.start, span.end)
    if words is None:
        return False
    if any(t.lower_ in _REFLEXIVE and t.dep_ == "dobj" for t in words):
        return True  # "the bomber killed only himself": the attacker is its dead
    return any(t.lemma_.lower() in _AGENT_NOUNS for t in words) or any(
        t.lemma_.lower() in _AGENT_NOUNS and (t.head.lower_ in ("including", "among") or t.head.lemma_ == "include")
        for t in words.sent)


def _agents_dead(target: Event, ev: Event, ctx: ReportContext) -> bool:
    """Whether a retelling's dead are the attackers ("the gunman was also killed", "all six militants
    died"), whom a toll that names the attacker among its dead counts already; others it adds
    ("five soldiers and two attackers were killed" … "three civilians were also killed")."""
    words = words_at(ctx.doc, ev.fatalities.span.start, ev.fatalities.span.end)
    return _doers_dead(target, ev) or words is None or any(t.lemma_.lower() in _AGENT_NOUNS for t in words)


def _rest_of_toll(target: Event, ev: Event, ctx: ReportContext) -> bool:
    """Whether a retelling's dead are the rest of a toll told as the death toll with a part of it named
    ("the death toll rose to 15, including nine soldiers" … "five militants were also killed": among
    the 15, who are nine soldiers and six others), its count no more than the toll less that part."""
    toll = target.fatalities
    if not counted_as_toll(toll) or not ev.fatalities.value:
        return False
    sent = ctx.sents[ctx.sentence_of(toll.span)]
    parts = [number(g.text) or 0 for t in sent if t.lower_ in _INCLUDING for g in t.subtree if g.like_num]
    return any(0 < p < toll.value and ev.fatalities.value <= toll.value - p for p in parts)


def _named_among(target: Event, ev: Event, ctx: ReportContext) -> bool:
    """Whether a retelling's dead are people named one by one whom the toll already counted as a part
    ("seven soldiers, including two officers, were killed" … "Lieutenant Colonel A and Captain B were
    also killed": the two officers, not two more)."""
    words = words_at(ctx.doc, ev.fatalities.span.start, ev.fatalities.span.end)
    if words is None or not ev.fatalities.value or not any(t.ent_type_ == "PERSON" for t in words):
        return False
    sent = ctx.sents[ctx.sentence_of(target.fatalities.span)]
    if any(t.lower_ in _INCLUDING and any(g.like_num and (number(g.text) or 0) >= ev.fatalities.value
                                          for g in t.subtree) for t in sent):
        return True
    # "eleven soldiers and a civilian were killed" … "a civilian identified as A was also killed": the
    # civilian the toll counted, named (the person's kind is a word of the toll's own count)
    told = words_at(ctx.doc, target.fatalities.span.start, target.fatalities.span.end)
    kinds = {t.lemma_.lower() for t in words if t.pos_ == "NOUN" and _is_people(t.lemma_.lower(), ctx)}
    return told is not None and ev.fatalities.value == 1 and any(
        t.lemma_.lower() in kinds and t.pos_ == "NOUN" for t in told)


_INCLUDING = _W["including"]


def _one_of_part(c: Mention, target: Event, ev: Event, ctx: ReportContext) -> bool:
    """Whether a retelling's dead are among a toll told as a part of the dead already counted ("two of
    the victims died in the clashes" … "a 19-year-old man was shot and died in hospital": one of the
    two, told in detail, not a third); not when its words tell more dead ("another man", "a third",
    "two more"), nor more than the part."""
    if not _COUNTED_ALREADY.search(target.fatalities.span.text) or \
            not 0 < ev.fatalities.value <= target.fatalities.value:
        return False
    words = words_at(ctx.doc, ev.fatalities.span.start, ev.fatalities.span.end)
    if words is None or any(t.lower_ in _FRESH_DEAD or t.ent_type_ == "ORDINAL" for t in words):
        return False
    return not _adds_to_toll(c, ev.fatalities.span)


def _side_counted(target: Event, ev: Event, ctx: ReportContext) -> bool:
    """Whether a retelling's dead are of a party whose dead the toll so far counts already ("six soldiers
    and four militants were killed" … "four militants were also killed", "five terrorists died in the
    clash"): the same dead told again (by another source, with another count), not more; unless its
    words say they are more ("two more soldiers", "another militant"; data class fresh_dead)."""
    so_far = _parties_counted(target.fatalities.span, ctx)
    if not so_far:
        return False
    words = words_at(ctx.doc, ev.fatalities.span.start, ev.fatalities.span.end)
    if words is None or any(t.lower_ in _FRESH_DEAD and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than")
                            for t in words):
        return False
    dead = _counted_party(ev.fatalities.span, ctx)
    if dead is None:
        # "12 soldiers and six militants were killed" … "twelve soldiers died and six militants were
        # killed": a count naming several parties, each one whose dead the toll so far counts, is the
        # same dead told again
        named = _parties_counted(ev.fatalities.span, ctx)
        return len({a.name for a in named}) > 1 and all(any(_same_side(a, p) for p in so_far) for a in named)
    return any(_same_side(dead, p) for p in so_far)


_FRESH_DEAD = _W["fresh_dead"]


def _parties_counted(span: Span, ctx: ReportContext) -> list[Actor]:
    """The parties a count of the dead names ("six soldiers, four militants killed": the soldiers and the
    militants), not who tells it."""
    words = words_at(ctx.doc, span.start, span.end)
    if words is None:
        return []
    return [a for a in (ctx.actor_at.get(t.i) for t in words if not _speaker_word(t) and not _in_aside(t, words))
            if a is not None]


def _in_aside(t, words) -> bool:
    """Whether a word of a count's words lies in a phrase of a preposition other than "of" or "including"
    ("the death toll from the militant attack", "killed by rebels"): not whom the count counts."""
    for _ in range(6):
        if t.dep_ == "pobj" and t.head.lower_ not in _COUNTING_PREPS:
            return True
        if t.head.i == t.i or not words.start <= t.head.i < words.end:
            return False
        t = t.head
    return False


_COUNTING_PREPS = frozenset({"of"}) | _INCLUDING  # ("five, including two rebels", "among them")


def _headline_toll_told(target: Event, ev: Event, c: Mention, ctx: ReportContext) -> bool:
    """Whether a body mention's count of the dead is the headline's count told again ("Clashes between
    herders and farmers leave 15 dead" … "At least 15 people were killed in clashes"): the toll the
    incident has only from its headline, the very number, with no word of more dead."""
    return ctx.headline and ctx.sentence_of(target.fatalities.span) == 0 and ev.sentence > 0 \
        and ev.fatalities.value == target.fatalities.value and not _adds_to_toll(c, ev.fatalities.span)


def _toll_soon_after(target: Event, mention: Event, ctx: ReportContext) -> bool:
    """Whether a retelling counts the incident's toll as such ("killing six" … "the death toll from the
    bombing rose to 15"), within three sentences of its last telling, in the same paragraph or the next
    (as slots._later_tolls reads a toll told with no event word): a toll told further on may be of more."""
    if not counted_as_toll(mention.fatalities):
        return False
    last = _last_told(target, ctx)
    return mention.sentence - last <= 3 and ctx.paragraph[mention.sentence] - ctx.paragraph[last] <= 1


_LOWER_BOUND = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _W["toll_lower_bounds"]), key=len, reverse=True))
                          + rf")\s+({_NUM})", re.I)


def _bound_made_precise(target: Event, mention: Event) -> bool:
    """Whether a retelling's larger count makes precise a toll told as a bound it exceeds ("killed more
    than 20 people" … "at least 21 people were killed": 21, "… 26 people were killed in the raid": 26); at
    most half as many again, a count of the same dead (not "more than 20 … 45 people died in the week's
    raids")."""
    return bound_made_precise(target.fatalities, mention.fatalities)


def bound_made_precise(told: Count, later: Count) -> bool:
    """Whether the larger count ``later`` makes precise the count ``told`` as a bound it exceeds (see
    :func:`_bound_made_precise`)."""
    m = _LOWER_BOUND.search(told.span.text)
    if m is None or number(m.group(1)) != told.value:
        return False
    return later.value <= told.value * 1.5 + 1


_PARTS = "|".join(sorted(_W["toll_parts"], key=len, reverse=True))
# "eight of those killed were children", "five children were among the dead", "among the dead were five"
_TOLL_PART = re.compile(rf"\b({_NUM})\s+(?:[\w’'-]+\s+){{0,2}}?(?:(?:were|was)\s+)?(?:{_PARTS})\b|"
                        rf"\b(?:{_PARTS})\s+(?:were|was)\s+(?:at least\s+)?({_NUM})\b", re.I)


def _parts_told(target: Event, mention: Event, ctx: ReportContext) -> bool:
    """Whether the deaths a later mention adds are the rest of a toll told in parts: a part of the
    toll told between the two ("killed 15 people" … "eight of those killed were children" … "three women
    and four men were also killed"), with which they make up no more than the toll."""
    a, b = target.fatalities.span, mention.fatalities.span
    if b.start <= a.end:
        return False
    parts = 0
    for m in _TOLL_PART.finditer(doc_text(ctx.doc), a.end, b.start):
        n = number(m.group(1) or m.group(2))
        parts += n or 0
    return 0 < parts and parts + mention.fatalities.value <= target.fatalities.value


def _add_toll(target: Event, mention: Event, ctx: ReportContext) -> None:
    """Deaths a later mention adds ("one attacker was also killed") join the incident's toll told in
    another clause ("ten soldiers were killed": 11); the span runs from the one to the other. Not the
    rest of a toll told in parts (_parts_told)."""
    a, b = target.fatalities.span, mention.fatalities.span
    if not mention.fatalities.value or a.start < b.end and b.start < a.end or _parts_told(target, mention, ctx):
        return
    start, end = min(a.start, b.start), max(a.end, b.end)
    target.fatalities = Count(target.fatalities.value + mention.fatalities.value,
                              Span(start, end, doc_text(ctx.doc)[start:end]))


def _sides_turned(target: Event, mention: Event, attr: str) -> bool:
    """Whether the party a folded mention would give ``target`` for its empty side ``attr`` is the
    state's force already on its other side: "three policemen were killed … the police launched a
    search operation for the assailants" — the force struck, acting afterwards, did not strike."""
    other = target.actor2 if attr == "actor1" else target.actor1
    given = getattr(mention, attr)
    return other is not None and given is not None and given.name == other.name and given.type == "state"


def _country_told(was: Actor | None, m: Actor) -> bool:
    """Whether the lead tells as one state's ("Pakistan's foreign minister") the party a headline named
    by what it is alone ("Minister visits Kabul"), whose country was only assumed: the lead's."""
    return was is not None and was.kind == "description" and was.assumed_country and m.type == "state" \
        and m.country is not None and not m.assumed_country


def _absorb(target: Event, mention: Event, headline: bool = False, body_toll: bool = False) -> None:
    """Fold ``mention`` into ``target``; ``body_toll``: ``mention`` is the headline's event (``target``)
    told in full in the body, whose count of the dead replaces the headline's."""
    if mention.evidence[0] not in target.evidence:
        target.evidence.append(mention.evidence[0])
    target.retold.append(mention.trigger)  # its own stance is read with the event's (claims.attribute)
    if headline and target.sentence == 0 and mention.sentence > 0 and len(target.evidence) == 2 \
            and (target.acled_type != mention.acled_type or target.acled_type == "Explosions/Remote violence"
                 and target.acled_subtype != mention.acled_subtype) \
            and mention.acled_type is not None \
            and not (target.acled_type == "Explosions/Remote violence" and mention.acled_subtype in ("Attack", "Armed clash")):
        # the headline's few words type it by default; the lead's full sentence knows better
        target.acled_type, target.acled_subtype, target.mode = mention.acled_type, mention.acled_subtype, mention.mode
    if headline and target.sentence == 0 and mention.sentence > 0:
        # a headline's event takes the lead's place and time, once: the first body mention's
        if mention.place is not None and (target.place is None or target.place.sentence == 0) \
                and not _finer_inside(target.place, mention.place):
            target.place = mention.place
        if mention.interval.known and (target.time is None or target.time.sentence == 0 or body_toll
                                       and target.time_basis in ("lead", "publication")
                                       and mention.interval.precision == "day"):
            # (told in full below the page's furniture, a headline dated only by the report's dateline
            # takes the body's day)
            target.interval, target.time, target.time_basis = mention.interval, mention.time, mention.time_basis
        for attr in ("actor1", "actor2"):
            m = getattr(mention, attr)
            other = target.actor2 if attr == "actor1" else target.actor1
            if m is not None and (m.kind != "description" or _country_told(getattr(target, attr), m)) \
                    and len(target.evidence) == 2 and not (
                    other is not None and other.name == m.name):
                # (not the side the other already holds: "China and India accuse each other" … "India and
                # China accused each other", the body's one reading of two doers, would make one state
                # accuse itself)
                setattr(target, attr, m)  # the lead's named parties, not a later detail's
        if body_toll and target.fatalities is not None and mention.fatalities is not None \
                and _in_headline(target.fatalities.span, target) and not _in_headline(mention.fatalities.span, target) \
                and not (vague(mention.fatalities) and not vague(target.fatalities)) \
                and not (counted_as_toll(target.fatalities) and not counted_as_toll(mention.fatalities)
                         and mention.fatalities.value < target.fatalities.value):
            # (a headline told as the death toll, "Death toll in village attacks rises to 70", is the
            # event's whole toll, not a day's sum: a body's smaller count is a part or another's dead)
            # "23 killed as militias fight over airport" over "fighting that killed at least three": a
            # headline's count may sum a day's happenings; the body's telling counts this one's dead (but
            # "dozens of the victims were killed" does not make "death toll jumps to 70" vaguer)
            target.fatalities = mention.fatalities
    if target.fatalities is not None and mention.fatalities is not None and (
            vague(target.fatalities) and not vague(mention.fatalities) or not target.fatalities.value) \
            and mention.fatalities.value > target.fatalities.value:
        # "leaves dozens dead" … "killing four soldiers and 11 civilians": 15; "the bomb missed the patrol" …
        # "the bomb killed a passenger": 1
        target.fatalities = mention.fatalities
    crowd_done_to = target.plover == "PROTEST" and (mention.plover == "PROTEST" or mention.acled_subtype == "Arrests") \
        and mention.actor2 is not None \
        and mention.actor2.type in (_ARRESTED_CROWD if mention.plover == "COERCE" else ("protesters", "rioters")) \
        and (mention.actor1 is None or mention.actor1.type == "state")
    if crowd_done_to and mention.acled_subtype == "Arrests" and target.acled_subtype == "Peaceful protest":
        # "students marched … 20 of them were detained": a protest met with arrests (ACLED's intervention)
        target.acled_subtype = "Protest with intervention"
    if crowd_done_to and target.actor2 is None and mention.actor1 is not None:
        target.actor2 = mention.actor1  # "students marched … police dispersed the marchers": the forces they faced
    for attr in ("actor1", "actor2", "fatalities", "injured", "arrested"):
        if attr == "actor2" and crowd_done_to:
            continue  # (the crowd it was done to is the protest's own, no second side)
        if getattr(target, attr) is None and getattr(mention, attr) is not None \
                and not (attr in ("actor1", "actor2") and _sides_turned(target, mention, attr)):
            setattr(target, attr, getattr(mention, attr))
    if _names_the_unnamed(target.actor1, mention.actor1) and not mention.negated:
        target.actor1 = mention.actor1  # "Gunmen stormed the post … the BLA said it had carried out the assault"
    if target.place is None and mention.place is not None:
        target.place = mention.place
    specific = mention.time is not None and mention.time_basis in ("clause", "governing") and (
        _FINENESS.get(mention.interval.precision, 9) <= _FINENESS.get(target.interval.precision, 9)
        or target.time_basis in ("lead", "publication") and mention.interval.precision == "week")
    # a day counted from another ("a week after five soldiers were killed") yields to the day the
    # retelling names ("the attack on April 20"): the count is the writer's rounding
    counted = target.time is not None and target.time.kind == "anchored" and mention.time is not None \
        and mention.time.kind == "absolute" and mention.time_basis == "clause" \
        and mention.interval.precision == "day" == target.interval.precision
    # a period ("in recent days", "this month") made precise by a day inside it ("On Friday, …"): the day;
    # a year ("last year's raid") by the day or month a retelling gives inside it ("the raid on 12 May 2023")
    refined = specific and (mention.interval.precision == "day" and target.interval.precision in ("week", "month")
                            or target.interval.precision == "year" and mention.interval.precision in ("day", "month")) \
        and target.interval.start is not None and target.interval.end is not None \
        and target.interval.start <= mention.interval.start <= target.interval.end
    if mention.interval.known and (not target.interval.known or counted or refined or
                                   (specific and target.time_basis in ("saying", "lead", "narrative", "after"))):
        target.interval, target.time, target.time_basis = mention.interval, mention.time, mention.time_basis
    if mention.place is not None and target.place is not None and target.place.feature == "country" \
            and mention.place.country == target.place.country and mention.place.feature != "country":
        target.place = mention.place  # "in Mali" … "the base in Nampala": the finer place
    elif mention.place is not None and target.place is not None and target.place.feature == "admin1" \
            and mention.place.feature in ("admin2", "city") and mention.place.country == target.place.country \
            and mention.place.admin1 == target.place.admin1:
        target.place = mention.place  # "in Zamfara State" … "Gidan Zuma village in Bungudu LGA"
    elif mention.place is not None and target.place is not None and target.place.feature == "region" \
            and target.place.country is not None and not target.place.admin1 \
            and mention.place.feature in ("admin1", "admin2", "city") and mention.place.country == target.place.country:
        target.place = mention.place  # "in the western Darfur region" … "targeted the centre of the town of X"
    if mention.claim.status not in ("reported", "planned") and target.claim.status == "reported":
        target.claim = mention.claim  # (a retelling of what was done never makes it a plan: "… wanted to set fire")
    if target.acled_type == "Protests" and (mention.plover == "ASSAULT" or mention.acled_subtype == "Mob violence") \
            and (mention.actor1 is not None and mention.actor1.type in ("protesters", "rioters")
                 or mention.actor1 is None and mention.acled_subtype == "Mob violence"):
        # "protesters gathered in the square … the protesters attacked two policemen": the crowd's own
        # violence, told again as the protest's, makes it a riot (as it would the act told apart); so does a
        # crowd's violence with no doer named yet ("Crowds burnt tyres": only a crowd is the `mob` class's doer)
        target.acled_type, target.acled_subtype, target.mode = "Riots", "Violent demonstration", "riot"
    if target.acled_subtype in ("Armed clash", "Attack") and mention.acled_type == "Explosions/Remote violence" \
            and mention.sentence - max(target.sentence, 1) <= 2:  # the lead's weapon, not a later aside's
        target.acled_type, target.acled_subtype, target.mode = mention.acled_type, mention.acled_subtype, mention.mode


def _finer_inside(fine: Place | None, coarse: Place) -> bool:
    """Whether ``fine`` (a headline's town or district) lies inside ``coarse`` (the lead's country,
    province or a country's region): the headline's "in Kadugli" is more precise than the lead's "in
    the Kordofan region", and the event's place is the most specific the report gives."""
    if fine is None or fine.dateline or fine.feature not in ("city", "admin2") or fine.country != coarse.country:
        return False
    return coarse.feature == "country" or coarse.feature == "region" and not coarse.admin1 \
        or coarse.feature == "admin1" and coarse.admin1 == fine.admin1


def _in_headline(span: Span, headline_event: Event) -> bool:
    """Whether ``span`` lies in the headline an event (of sentence 0) was first told in."""
    told = headline_event.evidence[0]
    return told.start <= span.start and span.end <= told.end


def _names_the_unnamed(told: Actor | None, retold: Actor | None) -> bool:
    """Whether a retelling names the armed group behind a doer the first telling left unnamed
    ("gunmen", "Unidentified Armed Group (Pakistan)"): the report read as a whole names it."""
    return told is not None and retold is not None and told.kind == "description" \
        and (told.name.startswith("Unidentified") or told.type is None) \
        and retold.kind == "organisation" and retold.type in _ARMED_GROUPS


_ARMED_GROUPS = frozenset({"rebel", "political_militia", "identity_militia"})


def _owned_again(c: Mention, prev: Event, ev: Event) -> bool:
    """Whether a definite act noun is owned by its doer, who did the act told before ("Red Tabara admitted
    to carrying out the December attack, but said it killed only soldiers"; word classes admitting and
    claiming): that act retold by its claim, whatever victims the claim gives."""
    if not (c.noun and c.definite) or prev.actor1 is None or ev.actor1 is None or not _same_side(prev.actor1, ev.actor1):
        return False
    if any(ch.dep_ == "prep" and ch.lower_ in _AIMED_AT for ch in c.tok.children):
        return False  # ("admitted the Monday attack on an army post": a target of its own, another act)
    return any(h.lemma_.lower() in _OWNING_VERBS for h in list(c.tok.ancestors)[:3])


_OWNING_VERBS = _W["admitting"] | _W["claiming"]


def _other_weapon(prev: Event, ev: Event) -> bool:
    """Whether two violent acts are of kinds no retelling changes: a bomb that went off and a shooting
    (ACLED's types, both known, one of them explosions and the other not)."""
    kinds = [prev.acled_type, ev.acled_type]
    return None not in kinds and (kinds[0] == _EXPLOSIONS) != (kinds[1] == _EXPLOSIONS)


_EXPLOSIONS = "Explosions/Remote violence"

def _also_leading(c: Mention) -> bool:
    """"Also on Saturday, a vehicle was attacked", "Also, gunmen killed a farmer": a sentence that opens
    with "also" before its day or a comma, a round-up's next item, tells another happening (not "Also
    killed was a child", more of the same toll, nor "Also in the attack, …")."""
    verb = c.verb or c.tok
    sent = token_sentence(verb)
    first = sent[0]
    if first.lower_ != "also" or first.dep_ != "advmod" or first.head.i != verb.i or first.i + 1 >= sent.end:
        return False
    nxt = first.doc[first.i + 1]
    if nxt.text == ",":
        return True
    if nxt.ent_type_ in ("DATE", "TIME"):
        return True
    return nxt.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in nxt.children if g.dep_ == "pobj")


_APART_OPENERS = _W["apart_in_place"]
_INCIDENT_FRAMES = frozenset(_W["incident_nouns"]) | frozenset(_W["frame_nouns"])


def _opened_apart(c: Mention) -> bool:
    """"Separately, the army said a soldier died when a mine exploded", "Elsewhere, police said …", "In
    another incident, officials said gunmen killed …": a sentence that opens with a word that sets what
    it tells apart in place (event_words.yaml apart_in_place), hung on a verb over the act's own (a
    saying verb whose report holds it), tells a round-up's next happening, not the last one again."""
    verb = c.verb or c.tok
    sent = token_sentence(verb)
    first = sent[0]
    if first.lower_ in _W["opening_conjunctions"] and first.i + 1 < sent.end:
        first = first.doc[first.i + 1]
    if first.i + 1 >= sent.end:
        return False
    if first.lower_ in _APART_OPENERS and first.dep_ == "advmod":
        head = first.head
    elif first.lower_ == "in" and first.dep_ == "prep":
        frame = next((g for g in first.children if g.dep_ == "pobj"), None)
        if frame is None or frame.lemma_.lower() not in _INCIDENT_FRAMES or frame.tag_ == "NNS" or not any(
                m.dep_ in ("amod", "det") and m.lower_ in _APART_OPENERS for m in frame.children):
            return False
        head = first.head
    else:
        return False
    return head.i != verb.i and head.pos_ in ("VERB", "AUX") and any(a.i == head.i for a in verb.ancestors)


def add(c: Mention, ev: Event, incidents: list[Event], ctx: ReportContext, support_verbs, note) -> list[Event]:
    """Entry point: fold mention ``c`` (its clause's event ``ev``) into ``incidents``, the report's
    incidents so far. Returns the new incidents it makes (none when it tells an earlier one again or
    names one told elsewhere); the caller appends them. ``note`` as in :meth:`MentionReader.read`,
    with the incident a mention was folded into."""
    si = ev.sentence
    if c.named_inside and ctx.named_acts is not None:
        ctx.named_acts.append((c, ev))  # ("condemned the killing of two protesters in Nairobi": read last)
        return []
    c.another = bool(incidents) and (c.set_apart or _told_as_another(c) and not _more_shot(c) or _also_leading(c)
                                     or _opened_apart(c))
    # (once per mention: it walks the sentence)
    target = _coreferent(ev, c, incidents, ctx)
    if target is not None:
        target = _toll_names_the_incident(target, ev, c, incidents, ctx)
        shared = shared_counts(ctx.doc)
        if shared and ev.fatalities is not None and (ev.fatalities.span.start, ev.fatalities.span.end) in shared:
            ev.fatalities = None  # a count of several happenings is not lent to one of them
        if shared and target.fatalities is not None and ev.fatalities is not None \
                and (target.fatalities.span.start, target.fatalities.span.end) in shared:
            # "gunmen killed 30 people in separate attacks" … "attacked Janbako, killing 24": the act's own toll
            target.fatalities = ev.fatalities
        if target.fatalities is not None and ev.fatalities is not None and ev.fatalities.value > target.fatalities.value \
                and (told_as_total(ctx.sents[ctx.sentence_of(ev.fatalities.span)]) or _toll_soon_after(target, ev, ctx)
                     or _bound_made_precise(target, ev) or made_whole(target.fatalities, ev.fatalities)):
            # "two soldiers were killed" … "in total, three people including the attacker"; "killing six" …
            # "the death toll from the bombing rose to 15"
            target.fatalities = ev.fatalities
        elif target.fatalities is not None and ev.fatalities is not None \
                and 0 < ev.fatalities.value < target.fatalities.value \
                and (rival_toll(ctx.sents[ctx.sentence_of(ev.fatalities.span)], ev.fatalities,
                                ctx.sents[ctx.sentence_of(target.fatalities.span)])
                     or disputed_lower(ctx.sents[ctx.sentence_of(target.fatalities.span)], target.fatalities,
                                       ctx.sents[ctx.sentence_of(ev.fatalities.span)], ev.fatalities)):
            # "gunmen killed 46 people" … "officials said the death toll from the attack was 27": a source's
            # own lower figure, the most conservative kept (FIELD.md)
            target.fatalities = ev.fatalities
        elif target.fatalities is not None and ev.fatalities is not None and (
                _adds_to_toll(c, ev.fatalities.span) or _doers_dead(target, ev, ctx) and not _pronoun_victims(c)
                or _doers_hit_back(target, ev) and _doers_told_again(c)) \
                and not (_names_agent(target.fatalities.span, ctx) and _agents_dead(target, ev, ctx)) \
                and not _named_among(target, ev, ctx) and not _COUNTED_ALREADY.search(ev.fatalities.span.text) \
                and not _one_of_part(c, target, ev, ctx) \
                and not counted_as_toll(ev.fatalities) and not _rest_of_toll(target, ev, ctx) \
                and not _side_counted(target, ev, ctx) and not _headline_toll_told(target, ev, c, ctx):
            # ("Captain B was among those killed", "two of them were officers": a part of the toll told)
            # ("five, including the gunman, were killed" … "the gunman was also killed": counted already)
            # (nor a count told as the death toll, "the toll from the raid has risen to 58": the whole, no more dead)
            _add_toll(target, ev, ctx)
        _absorb(target, ev, ctx.headline)
        if target.claim.status == "planned" and ev.claim.status == "reported" and not c.noun and not c.planned \
                and ev.plover == "ASSAULT":
            # "will track down those responsible for Sunday's attack" … "the blast killed five people": an act
            # named in a plan's clause, told as done by a verb of its own, was done
            target.claim = ev.claim
        if id(target) in ctx.searches:
            _search_told_by_takings(target, c, ev, ctx)
        elif target.acled_subtype == "Disrupted weapons use" and ev.acled_subtype == "Arrests" and c.cls.name == "arrest":
            # "recovered four rifles and detained three suspects": an arrest, its arms seized with it
            target.acled_subtype, target.mode = ev.acled_subtype, ev.mode
        if c.summary and ctx.headline and target.sentence == 0:
            # "5 killed in SW Pakistan attacks" … "five were killed in two separate attacks": the
            # headline sums up as the lead does, and goes if the acts are then told one by one
            ctx.summaries.add(id(target))
        note(c, si, "folded", "retelling", "tells an earlier event again (same kind of happening, compatible "
             "time, place and parties)", target)
        # ("Bahrain was cutting ties with Doha over its meddling": the ground a retold sanction gives)
        return accusations([target], c, incidents) + _listed_doers_retold(target, ev, c, ctx, incidents)
    names_told = c.noun and c.definite and c.tok.dep_ == "pobj" and c.verb is not None \
        and c.verb.lemma_.lower() not in support_verbs and years_remembered(c.tok) is None \
        and not any(ch.dep_ == "poss" for ch in c.tok.children) and not _own_anchor(c.tok) \
        and not (_counted_victims(c.tok) and _accused_noun(c.tok) is not None) \
        and (ev.category != "political" or any(i.plover == ev.plover for i in incidents)) \
        and not (_deaths_told_in(c.tok, ctx) and not any(i.category == ev.category for i in incidents)) \
        and not (_relative_tells_act(c.tok) and not any(i.category == ev.category for i in incidents))
    # ("ten fighters died in the battle for X on Wednesday", no battle told before: the battle told)
    if names_told and c.named_only and ctx.named_acts is not None:
        ctx.named_acts.append((c, ev))  # ("held them responsible for the shelling of Sake": read last)
        return []
    if names_told and not c.named_only:  # (one named by an accusation, read last: the report tells none of its kind)
        note(c, si, "dropped", "told elsewhere", "names an event told elsewhere (\"in connection with the raid\")")
        return []  # "in connection with the raid": names an event told elsewhere (a political one only
        # where one of its kind is told: "raised it during the talks" with no talks told tells them)
    if ev.category == "political" and _possessed_ground(c, support_verbs):
        note(c, si, "dropped", "told elsewhere", "a political act named by its doer's possessive as another "
             "clause's ground or object (\"failed due to the rebels' refusal\", \"to respond to Japan's request\")")
        return []
    if c.cls.name == "shell_hit" and any(i.acled_subtype == ev.acled_subtype for i in incidents):
        note(c, si, "dropped", "told elsewhere", "a shell's hit that the dead died by, in a report that tells "
             "shelling: a part of it (\"… a woman died when a mortar shell hit her home\")")
        return []
    _during_visit(ev, incidents)
    made = split(ev, c, ctx)
    if len(made) > 1:  # "as Congo and Rwanda traded accusations", each state's accusation told before
        made = [one for one in made if not _accused_before(one, incidents)]
    made += accusations(made, c, incidents)
    if ev.fatalities is None and _fightless_search(c):
        ctx.searches.update(id(e) for e in made)
    return made


def _accused_before(one: Event, incidents: list[Event]) -> bool:
    """Whether one state's part of an accusation told of several ("Congo and Rwanda traded accusations")
    is an accusation already told: the same doer, a target of the same country, an overlapping day."""
    if one.plover != "ACCUSE" or one.actor1 is None or one.actor2 is None or not one.actor2.country:
        return False
    return any(i.plover == "ACCUSE" and i.actor1 is not None and i.actor1.name == one.actor1.name
               and i.actor2 is not None and i.actor2.country == one.actor2.country
               and _overlap(i.interval, one.interval) for i in incidents)


def _possessed_ground(c: Mention, support_verbs) -> bool:
    """Whether a political act's noun, its doer told by a possessive, is the object of a preposition
    of another verb ("the talks failed due to the rebels' refusal to disarm", "had until Thursday to
    respond to Japan's request"): the ground or the thing answered of that clause's act, named, not
    told as a happening of its own (no date in its own words; not a support verb's: "made a request")."""
    if not c.noun or c.verb is None or c.tok.dep_ != "pobj" or c.verb.lemma_.lower() in support_verbs:
        return False
    if not any(ch.dep_ == "poss" for ch in c.tok.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in c.tok.subtree):
        return False
    h = c.tok.head
    for _ in range(3):
        if h.dep_ not in ("prep", "pcomp", "pobj") or h.i == h.head.i:
            break
        h = h.head
    return h.i == c.verb.i and h.pos_ in ("VERB", "AUX")


def _toll_names_the_incident(target: Event, ev: Event, c: Mention, incidents: list[Event], ctx: ReportContext) -> Event:
    """The incident a retelling names by its toll: in a round-up, "Six soldiers were killed in the Djibo
    attack" or "the attack on Mocimboa left five dead" retells the one earlier act of its kind whose dead
    were that many, not the latest act told (whose count differs). ``target``, the incident the
    retelling was folded into, otherwise: when it has that count, no count, or no other one has it, or
    the clause tells more dead ("also", "another") or a toll risen."""
    if ev.fatalities is None or not ev.fatalities.value or target.fatalities is None \
            or target.fatalities.value == ev.fatalities.value or c.another \
            or ctx.sentence_of(ev.fatalities.span) != ev.sentence \
            or any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in (c.verb or c.tok).children) \
            or told_as_total(ctx.sents[ev.sentence]):
        return target
    own_place = ev.place is not None and ev.place.sentence == ev.sentence
    own_time = ev.time is not None and ev.time.sentence == ev.sentence
    told = [p for p in _within_reach(incidents, ev.sentence, ctx)
            if p is not target and p.plover == ev.plover and p.fatalities is not None
            and p.fatalities.value == ev.fatalities.value and id(p) not in ctx.summaries
            and not (own_place and p.place is not None and not _same_place(p.place, ev.place))
            and not (own_time and not _overlap(p.interval, ev.interval))]
    return told[0] if len(told) == 1 else target


def _listed_doers_retold(target: Event, ev: Event, c: Mention, ctx: ReportContext, incidents: list[Event]) -> list[Event]:
    """A political act retold with more doers than the telling it retells ("Egypt accused Qatar of
    backing terrorism" … "Saudi Arabia, Egypt, Bahrain and the UAE cut ties with Qatar, as they accused the
    Gulf state of supporting terrorism"): each other state's act is an event of its own (as
    :func:`split` makes of a first telling), unless one of that doer's kind against that side is told."""
    if ev.category != "political" or ev.plover in _JOINT_PLOVER or ev.actor1 is None:
        return []
    out = []
    for twin in split(ev, c, ctx)[1:]:
        if twin.actor1 is None or target.actor1 is not None and twin.actor1.name == target.actor1.name:
            continue
        if any(e.plover == twin.plover and e.actor1 is not None and e.actor1.name == twin.actor1.name
               and (e.actor2 is None or twin.actor2 is None or e.actor2.name == twin.actor2.name)
               for e in [*incidents, *out]):
            continue
        out.append(twin)
    return out


_JOINT_PLOVER = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _taken_from_them(c: Mention) -> bool:
    """Whether a seizure's verb says the arms were taken from people told before: "from them", "from
    their possession", "from the suspects" (a pronoun, a pronoun's holding, or a suspect noun)."""
    if c.noun:
        return False
    verb = c.tok
    # ("recovered a pistol and two grenades from their possession": the parser may hang "from" on the
    # last thing seized; it is the verb's still, with no other verb between)
    froms = [ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "from"]
    froms += [p for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for g in o.subtree
              if g.pos_ == "NOUN" and g.dep_ in ("dobj", "nsubjpass", "conj") for p in g.children
              if p.dep_ == "prep" and p.lower_ == "from"]
    return any(g.dep_ == "pobj" and (g.pos_ == "PRON" or g.lemma_.lower() in _SUSPECT_NOUNS
                                     or any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children))
               for ch in froms for g in ch.children)


_SUSPECT_NOUNS = frozenset(_W["suspect_nouns"])


def _fightless_search(c: Mention) -> bool:
    """Whether a mention tells a forces' raid or search operation ("conducted a search operation",
    "police raided the house") with no fight or killing folded into it."""
    return _raid_or_search(c) and not any(x.cls.plover == "ASSAULT" and x.cls.name != "attack" for x in c.extra)


def _search_told_by_takings(target: Event, c: Mention, ev: Event, ctx: ReportContext) -> None:
    """A raid or search operation by forces, told with no fight (``target``, in ctx.searches), whose
    arrests or seized arms a later sentence tells ("troops launched a search operation in the
    district … During the search, they recovered four rifles"): the arrest, or the seizure where no
    one is arrested, as ACLED codes it, not an armed clash (as events/mentions.py _raids_of_arrests
    does within one sentence). A fight or a death told of it keeps it a clash."""
    takes = c.cls.name in ("arrest", "seizure") and ev.fatalities is None and target.fatalities is None \
        and (target.actor1 is None or state_force(target.actor1))
    if not takes:
        if c.cls.plover == "ASSAULT" and not _fightless_search(c) or target.fatalities is not None:
            ctx.searches.discard(id(target))
        return
    if target.plover == "ASSAULT" or c.cls.name == "arrest" and target.acled_subtype != ev.acled_subtype:
        target.plover, target.acled_type, target.acled_subtype, target.mode = \
            ev.plover, ev.acled_type, ev.acled_subtype, ev.mode
    if c.cls.name == "arrest":
        ctx.searches.discard(id(target))
