"""Stage 2b of events, reunion: incidents that are one happening, told far apart, become one.

The incidents stage (:mod:`.incidents`) folds a mention into an earlier incident from what the two
clauses say, within a few sentences. Once :mod:`.slots` has given every incident its date, place
and parties from the whole report, two incidents can be seen to be one happening even when their
tellings are paragraphs apart: ACLED's rule, "same actors, same day, same place = one event".

Reads: the report's incidents with their slots filled, and the parse (the thing a political act is
done to). Adds: nothing new; an incident that is another's happening is absorbed into the earlier
one (its evidence, retold triggers and any field the earlier one lacks) and removed.

Two incidents are one happening when all of these hold:

* **told apart**: the later one is not told as another ("in a separate attack", "a second drone");
* **type**: the same PLOVER type, neither negated, neither planned unless both are;
* **day**: both dated to the same single day;
* **place**: the same country and province, and the same town, or both told only to that province;
  an incident placed only in a country, or not placed, is never joined (a country is too wide to
  say "same place"), save a protest with no place at all, joined to the protest of its day (see
  :func:`_unplaced_protest`), and a state's political act placed only in its own country, joined to
  its act of that day done to the same thing (see :func:`_state_at_home`); a political act placed by
  the report's scene, a district named after a town, is in that town (see :func:`_scene_of_its_town`);
  any other one placed by the report's scene (slots) counts as placed only in its province;
* **parties**: doers that agree (the same name, one state's forces, an unidentified group
  beside a named non-state one, or a doer that is only the clause's own words, matched to no actor:
  "rival leaders", "the men"; in one town, a country's protesters and its rioters: the protest
  turned riot, coded as the riot) and targets that do not differ;
* or, for a headline's act that is undated (or dated only by the report: its lead or its
  publication), or unplaced and dated as the later act is, the first
  later act of its type that nothing contradicts (the same country, doers and targets as above):
  the headline's news told in the body;
* **act**: for political acts, not two things done: "closes its airspace" and "suspends trade"
  on one day by one government are two measures; and a curfew, state of emergency or lockdown is
  never the same act as another coercion ("a curfew was clamped" and "the army launched a
  crackdown": two acts).

And a protest's arrests told just before it (the crowd's people held by the state's forces, that day
and in that town, in the sentence before it or its own) are the protest's, met with intervention
(see :func:`_arrests_before_protest`).
"""
from __future__ import annotations

import datetime as dt

from ..language import words_at
from ..gazetteer import normalise
from ..records import Actor, Event, Place, ReportContext
from .clauses import _is_people
from .incidents import _NEWS_DAYS, _absorb, _different_targets, _one_state, _recalled_before_news, _same_town
from .slots import _other_sides_dead, _population_measure
from .tolls import counted_as_bodies, counted_as_toll


def reunite(events: list[Event], ctx: ReportContext,
            apart: set[int] = frozenset()) -> tuple[list[Event], dict[int, Event]]:
    """Entry point: ``events`` (slots filled) with each one that is an earlier one's happening
    absorbed into it, except those whose ``id()`` is in ``apart`` (told as another happening: "in
    a separate attack", "a second drone"). Returns the events kept and, by ``id()`` of each absorbed event, the event
    it joined (for ``--explain``'s notes)."""
    kept: list[Event] = []
    joined: dict[int, Event] = {}
    by_day: dict[tuple, list[Event]] = {}  # (type, day) -> the kept events of that type and day: linear cost
    of_type: dict[str, int] = {}  # how many kept events of each type
    for ev in events:
        key = (ev.plover, ev.interval.start, ev.interval.end) if _one_day(ev) else None
        told = by_day.get(key, []) if key is not None and not ev.negated and id(ev) not in apart else []
        target = next((prev for prev in told if one_happening(prev, ev, ctx)), None)
        headline = kept[0] if kept and ctx.headline and kept[0].sentence == 0 else None
        if target is None and headline is not None and of_type.get(ev.plover) == 1 and id(ev) not in apart \
                and headline_retold(headline, ev, ctx):
            _retype_crowd(headline, ev)
            sides = _sides_of_clash(headline, ev)
            _absorb_all(headline, ev, headline=True, body_toll=True, ctx=ctx)  # the headline's news, told in full below the page's furniture
            if sides and ev.actor2 is not None:
                headline.actor2 = ev.actor2  # (the headline's side hit is the body's doer: the body's other side)
            joined[id(ev)] = headline
            continue
        if target is None:
            if headline is None or not _recalled(headline, ev, ctx.published):  # (a past act recalled is no rival to the news)
                of_type[ev.plover] = of_type.get(ev.plover, 0) + 1
            kept.append(ev)
            if key is not None:
                by_day.setdefault(key, []).append(ev)
        else:
            _retype_crowd(target, ev)
            _absorb_all(target, ev, ctx=ctx)
            joined[id(ev)] = target
    out: list[Event] = []
    for ev in kept:  # (each protest looks back at the few events kept just before it: linear)
        k = next((k for k in range(len(out) - 1, max(len(out) - 1 - _LOOK_BACK, -1), -1)
                  if _arrests_before_protest(out[k], ev, ctx)), None) if ev.plover == "PROTEST" else None
        if k is not None:
            arrest = out.pop(k)
            if ev.acled_subtype == "Peaceful protest":
                ev.acled_subtype = "Protest with intervention"
            ev.actor2 = ev.actor2 or arrest.actor1
            _absorb_all(ev, arrest, ctx=ctx)
            joined[id(arrest)] = ev
        out.append(ev)
    return out, joined


_CROWD_HELD = ("protesters", "rioters", "civilians")
_LOOK_BACK = 3  # events: a protest's arrests told first, perhaps beside its shots or its tear gas


def _arrests_before_protest(arrest: Event, protest: Event, ctx: ReportContext) -> bool:
    """Whether ``arrest``, the event told just before a protest, is that protest's arrests told first
    ("police deployed tear gas, 31 people were arrested and two people were shot. … police dispersed
    the crowd shortly before midnight"): people of the crowd held by the state's forces or by no one
    named, on the protest's one day and in its town, in the sentence before it or its own (ACLED: one
    protest event, met with intervention; the other order is incidents._arrests_at_protest's)."""
    if arrest.acled_subtype != "Arrests" or arrest.negated or protest.negated or arrest.claim.status == "planned":
        return False
    if arrest.actor2 is None or arrest.actor2.type not in _CROWD_HELD or arrest.actor2.kind != "description":
        return False
    if arrest.actor1 is not None and arrest.actor1.type != "state":
        return False
    if ctx.headline and {ctx.sentence_of(s) for s in arrest.evidence} == {0} and protest.sentence > 0 \
            and protest.acled_subtype != "Peaceful protest" and arrest.time is None and not arrest.interval.known \
            and protest.interval.known and protest.interval.precision == "day" and ctx.published is not None \
            and protest.interval.start >= ctx.published - dt.timedelta(days=7) and arrest.place is not None \
            and protest.place is not None and arrest.place.country == protest.place.country \
            and _same_town(arrest.place, protest.place):
        return True  # the undated headline's arrests ("Police arrest anti-government protesters"), the
        # protest of the news's days in their town met with intervention, told below the page's furniture
    if not (arrest.interval.known and protest.interval.known and arrest.interval.precision == protest.interval.precision == "day"
            and (arrest.interval.start, arrest.interval.end) == (protest.interval.start, protest.interval.end)):
        return False
    if arrest.place is None or protest.place is None or arrest.place.country != protest.place.country \
            or not _same_town(arrest.place, protest.place):
        return False
    told = {ctx.sentence_of(s) for s in arrest.evidence}
    # (the protest told first in the headline, the two told together again in the lead: "150 arrested at
    # Montreal protest" … "police arrested 150 protesters as the march turned violent")
    return any(max(told) <= p and p - max(told) <= 1 and ctx.paragraph[p] - ctx.paragraph[max(told)] <= 1
               for p in {protest.sentence, *(ctx.sentence_of(s) for s in protest.evidence)})


def _retype_crowd(target: Event, ev: Event) -> None:
    """A protest that ``ev``, one happening with it, tells as a riot or as met with force is coded as
    what it became or met."""
    if target.acled_subtype in ("Peaceful protest", "Protest with intervention") and ev.acled_type == "Riots":
        # the protest turned riot the same day and place (the police's dispersal met with stones):
        # coded as what it became
        target.acled_type, target.acled_subtype, target.mode = ev.acled_type, ev.acled_subtype, ev.mode
        target.actor1 = ev.actor1 or target.actor1
    elif target.acled_subtype == "Peaceful protest" and ev.acled_type == "Protests" \
            and ev.acled_subtype != "Peaceful protest":
        # the peaceful protest the authorities stepped into the same day and place (its
        # dispersal told far below): coded as what it met, the forces its second side
        target.acled_subtype = ev.acled_subtype
        target.actor2 = target.actor2 or ev.actor2


def _absorb_all(target: Event, ev: Event, headline: bool = False, body_toll: bool = False,
                ctx: ReportContext | None = None) -> None:
    """Absorb the whole incident ``ev``, not only its first telling: every evidence span and every
    retold trigger the incidents stage folded into it (whose stance claims.attribute reads)."""
    if target.fatalities is not None and ev.fatalities is not None and ev.fatalities.value > target.fatalities.value \
            and (counted_as_bodies(ev.fatalities) or counted_as_toll(ev.fatalities)) and ev.claim.status != "claimed" \
            and not (ctx is not None and _other_sides_dead(target, ev.fatalities, ctx)):
        # "mortar bombs killed three civilians" … "a witness saw the bodies of four victims", "the death toll
        # rose to 12": the happening's dead counted one by one, or its toll, which the smaller count does not hold
        target.fatalities = ev.fatalities
    _absorb(target, ev, headline, body_toll)
    target.retold.extend(t for t in ev.retold if t not in target.retold)


def one_happening(a: Event, b: Event, ctx: ReportContext) -> bool:
    """Whether ``b``, told after ``a``, is the same happening (the module docstring's rules)."""
    if not _same_day(a, b):
        return False
    if a.category == "political" and (_scene_of_its_town(a.place, b.place) or _scene_of_its_town(b.place, a.place)):
        return _nothing_differs(a, b, ctx)
    if _same_place(a.place, b.place) and a.plover == "PROTEST" and a.actor1 is not None and b.actor1 is not None \
            and _one_crowd(a.actor1, b.actor1):
        return _nothing_differs(a, b, ctx, crowd=True)
    return (_same_place(a.place, b.place) or _unplaced_protest(a, b) or _state_at_home(a, b, ctx)) \
        and _nothing_differs(a, b, ctx)


def _state_at_home(a: Event, b: Event, ctx: ReportContext) -> bool:
    """Two political acts placed only in one country, each by that country's state or by no one
    named, done to the same thing ("four states were severing ties with Qatar" … "Bahrain was cutting
    ties with Doha": Bahrain's act again): one state does one thing once a day, a country being no
    scene too wide to tell its own government's act from another's. (Acts done to no thing the
    parse names stay apart: "signed a trade agreement" … "agreed to reopen the border".)"""
    if a.category != "political" or b.category != "political" or a.place is None or b.place is None:
        return False
    if a.place.feature != "country" or b.place.feature != "country" or a.place.country != b.place.country:
        return False
    if not all(x is None or x.type == "state" and x.country == a.place.country for x in (a.actor1, b.actor1)):
        return False
    thing = _thing_done_to(a, ctx)
    return thing is not None and thing == _thing_done_to(b, ctx)


def _unplaced_protest(a: Event, b: Event) -> bool:
    """A protest told with no place at all, on the day of another protest of the report, is that
    protest told again ("police fired on protesters in the city on Sunday" … "protesters had
    gathered on a bridge that day"): the crowd a report follows is where its protest was."""
    return a.plover == b.plover == "PROTEST" and (a.place is None or b.place is None)


def headline_retold(headline: Event, b: Event, ctx: ReportContext) -> bool:
    """Whether ``b`` is the headline's event told in the body: the headline's act, undated (or
    dated only by the report's lead or publication) or unplaced and dated as ``b`` is, is the only one of its type so far, and nothing of ``b``
    contradicts it (a byline, an update stamp or a photo caption between the two can put the body's
    telling beyond the incidents stage's reach)."""
    a = headline
    undated = not a.interval.known or a.time_basis in ("lead", "publication", "saying")  # dated only by the report
    unplaced = a.place is None and a.interval.known and (a.interval.start, a.interval.end) == (b.interval.start, b.interval.end)
    # (a headline's protesters and the body's rioters of one country, in one province, or on the day of
    # an unplaced headline: the one crowd, its protest turned riot; not a country's protests over one
    # town's riot)
    crowd = a.plover == "PROTEST" and a.actor1 is not None and b.actor1 is not None and _one_crowd(a.actor1, b.actor1) \
        and (a.place is None and unplaced or a.place is not None and b.place is not None and a.place.feature != "country"
             and a.place.admin1 is not None and a.place.admin1 == b.place.admin1)
    return (undated or unplaced) and not _recalled(a, b, ctx.published) \
        and (a.place is None or b.place is None or a.place.country == b.place.country) \
        and not _other_province(a.place, b.place) \
        and _nothing_differs(a, b, ctx, crowd=crowd, sides=_sides_of_clash(a, b))


def _other_province(a: Place | None, b: Place | None) -> bool:
    """Whether two places, each named below its country, lie in two provinces: a round-up's incidents
    ("two died in Mandalay … four were shot dead in Sagaing region"), not one happening, whatever the
    headline that sums them up ("protesters shot dead in Myanmar") took its place from."""
    return a is not None and b is not None and "country" not in (a.feature, b.feature) \
        and None not in (a.feature, b.feature) and a.country == b.country \
        and a.admin1 is not None and b.admin1 is not None and a.admin1 != b.admin1 \
        and b.admin1 not in a.admin1_alternatives and a.admin1 not in b.admin1_alternatives


def _sides_of_clash(headline: Event, b: Event) -> bool:
    """Whether the headline's armed clash names no doer and, as its side hit, the side the body's clash
    names as its doer ("4 killed in clashes on the Tajik border" … "Tajik guards and Kyrgyz police traded
    fire"): a clash has two sides, either of them the one a headline counts the dead of."""
    x, y = headline.actor2, b.actor1
    return headline.actor1 is None and headline.acled_type == b.acled_type == "Battles" and x is not None \
        and y is not None and (x.name == y.name or _one_state(x, y))


def _recalled(headline: Event, b: Event, published: dt.date | None = None) -> bool:
    """Whether ``b`` is a past act the report recalls, not the headline's news: the headline dated by the
    lead, give or take the days a report takes, and ``b`` dated by its own clause a month or more away
    ("In April 2017, the Maoists killed 25 …" under news of a Saturday's ambush); or the headline undated
    (its news of the days before ``published``) and ``b`` so dated a month or more before publication
    ("In May, about 20 people died in fighting" under a July report of clashes that killed ten)."""
    a = headline
    if b.time_basis != "clause" or not b.interval.known:
        return False
    if not a.interval.known:
        return _recalled_before_news(a, b, published)
    return a.time_basis == "lead" \
        and (b.interval.end < a.interval.start - _NEWS_DAYS or b.interval.start > a.interval.end + _NEWS_DAYS)



def _nothing_differs(a: Event, b: Event, ctx: ReportContext, crowd: bool = False, sides: bool = False) -> bool:
    """The same type, neither negated, both planned or neither, doers that agree (``crowd``: a
    protest's and a riot's crowds of one country agree, see :func:`_one_crowd`), targets that do
    not differ (``sides``: a headline's clash counted from the side the body names as doer) and, for a political act, not two things done."""
    return a.plover == b.plover and not a.negated and not b.negated \
        and (a.claim.status == "planned") == (b.claim.status == "planned") \
        and (crowd or _doers_agree(a.actor1, b.actor1)) and (sides or not _different_targets(a, b)) \
        and not _acts_differ(a, b, ctx) \
        and not _remote_and_in_person(a, b)


_IN_PERSON = ("Abduction/forced disappearance", "Sexual violence")


def _remote_and_in_person(a: Event, b: Event) -> bool:
    """Whether one act is done from afar (ACLED's explosions and remote violence: a bombardment, a drone)
    and the other only in person (an abduction): never one happening, whatever day and place they share
    ("women were abducted by bandits … whose camps were destroyed after military bombardment")."""
    types = {a.acled_type, b.acled_type}
    return "Explosions/Remote violence" in types and (a.acled_subtype in _IN_PERSON or b.acled_subtype in _IN_PERSON)


def _one_day(ev: Event) -> bool:
    return ev.interval.known and ev.interval.precision == "day"


def _same_day(a: Event, b: Event) -> bool:
    return _one_day(a) and _one_day(b) and (a.interval.start, a.interval.end) == (b.interval.start, b.interval.end)


def _same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or a.country != b.country or "country" in (a.feature, b.feature):
        return False
    if a.admin1 != b.admin1:
        return False
    level_a, level_b = (("admin1" if p.mention == "scene" else p.feature) for p in (a, b))
    if level_a in ("city", "admin2") and level_b in ("city", "admin2"):
        return _same_town(a, b)
    return level_a == level_b  # a province and a town in it: maybe another town's happening


def _scene_of_its_town(scene: Place | None, town: Place | None) -> bool:
    """A political act placed by the report's scene, the district named after the town the other
    act is placed in ("troops were deployed" in a report naming only Kandy, placed in Kandy district,
    and "commandos were deployed to Kandy"): the same place. (Protests and violence stay apart: a
    city sees several of them a day.)"""
    return scene is not None and town is not None and scene.country == town.country and scene.mention == "scene" \
        and scene.feature == "admin2" and town.mention != "scene" \
        and town.feature == "city" and bool(town.admin2) and normalise(town.admin2) == normalise(scene.name) \
        and normalise(town.name) == normalise(scene.name)


def _doers_agree(x: Actor | None, y: Actor | None) -> bool:
    if x is None or y is None or x.name == y.name or _one_state(x, y) or _bare_words(x) or _bare_words(y):
        return True
    unnamed = [a for a in (x, y) if a.name.startswith("Unidentified")]
    return len(unnamed) == 1 and x.type != "state" and y.type != "state"


def _one_crowd(x: Actor, y: Actor) -> bool:
    """Protesters and rioters of one country: one crowd, its protest turned riot the same day in the
    same town (ACLED codes it once, as what it became), not two doers."""
    return {x.type, y.type} <= {"protesters", "rioters"} and x.country is not None and x.country == y.country


def _bare_words(a: Actor) -> bool:
    """A doer that is only the clause's own words, matched to no actor ("rival leaders", "the men"):
    it names no one who could differ from a named doer."""
    return a.kind == "description" and a.type is None and a.country is None and not a.aliases


def _acts_differ(a: Event, b: Event, ctx: ReportContext) -> bool:
    if a.category != b.category and "deport" in (a.mode, b.mode):
        return True  # "authorities expelled two reporters … officers detained them on Monday": two acts
    if _population_measure(a, ctx) != _population_measure(b, ctx):
        return True  # a curfew laid and a crackdown made the same day: two acts of one state
    if a.category == "conflict" or a.plover == "PROTEST":
        return False
    x, y = _thing_done_to(a, ctx), _thing_done_to(b, ctx)
    # (two words for people are the one person the act was done to: "the expulsion of a staffer" …
    # "declared a staff member persona non grata", as incidents._objects_differ reads them; not when
    # the later says "also": "Ghana also expelled a trade attaché", one more)
    return x is not None and y is not None and x != y and not (
        _is_people(x, ctx) and _is_people(y, ctx) and not _said_also(b, ctx))


def _said_also(ev: Event, ctx: ReportContext) -> bool:
    """Whether the verb that tells a political act says "also" (one more act of its kind)."""
    span = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    return span is not None and any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in span.root.children)


def _thing_done_to(ev: Event, ctx: ReportContext) -> str | None:
    """The noun a political act is done to: "closes its airspace", "the suspension of trade"."""
    span = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if span is None:
        return None
    tok = span.root
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass") and ch.pos_ in ("NOUN", "PROPN") and not ch.like_num:
            return ch.lemma_.lower()
        if tok.pos_ == "NOUN" and ch.dep_ == "prep" and ch.lower_ in ("of", "on", "to"):
            obj = next((g for g in ch.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                return obj.lemma_.lower()
    return None
