"""Stage 6b, incidents (its last part): one telling of several places or several doers made into
an event each.

Reads: a new incident (a mention not folded into an earlier one) with its clause, and the report's
places and actors by sentence and token. Adds: nothing new; returns the incident alone, or one copy
per town of a list ("in Cairo, Alexandria and Suez"), per state of a list of states acting alone
("Saudi Arabia, Bahrain and Egypt cut ties"), or per state of a list a plural noun stands for ("the
four nations have also severed all contacts").

Entry point: :func:`split`.
"""
from __future__ import annotations

from dataclasses import replace

from ..language import words_at
from ..lexicon import load_event_words
from ..records import Event, Mention, Place, ReportContext
from .clauses import _subject
from .parties import _arg_actor
from .tolls import number

_W = load_event_words()  # word classes: data/event_words.yaml


def split(ev: Event, c: Mention, ctx: ReportContext) -> list[Event]:
    """Entry point: ``ev`` (the new incident of mention ``c``) as one event per place and per doer."""
    listed = _split_by_listed_states(ev, c, ctx)
    if listed is not None:
        return listed
    return [one for part in _split_by_place(ev, c, ctx) for one in _split_by_actor(part, ctx)]


def accusations(made: list[Event], c: Mention, incidents: list[Event]) -> list[Event]:
    """The accusations a sanction told with a grievance as its ground makes (see :func:`_grievance_ground`):
    one for each event ``made`` (or retold) of mention ``c`` with both its parties, unless the same
    doer's accusation of the same target is told already."""
    if c.noun or c.cls.plover != "SANCTION" or not _grievance_ground(c.tok):
        return []
    out = []
    for one in made:
        if one.plover != "SANCTION" or one.actor1 is None or one.actor2 is None or any(
                e.plover == "ACCUSE" and e.actor1 is not None and e.actor2 is not None and e.actor1.name == one.actor1.name
                and e.actor2.name == one.actor2.name for e in [*incidents, *out]):
            continue
        out.append(_accusation_of(one))
    return out


_GRIEVANCES = _W["grievances"]
_GROUND_WORDS = frozenset(("over", "for", "due", "because", "citing", "owing", "following", "after"))


def _grievance_ground(tok) -> bool:
    """"Cut ties with Morocco over its hostile actions", "expelled the envoy due to gross violations by
    Doha", "severed relations, citing its meddling in Bahrain's affairs": a sanction whose stated ground
    is a wrong the other side did; the sanctioning state accuses it too (as ACLED and the keys code
    it). Not a ground that blames no one ("over the poisoning", "for security reasons")."""
    # (or of the decision it is: "decided to revoke his accreditation following hostile actions")
    for ch in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ())]:
        if ch.lower_ in _GROUND_WORDS and ch.dep_ in ("prep", "advcl", "advmod", "mark", "pcomp"):
            if any(g.lemma_.lower() in _GRIEVANCES or g.lower_ in _GRIEVANCES for g in ch.subtree):
                return True
    return False


def _accusation_of(ev: Event) -> Event:
    """The accusation a sanction's stated grievance makes: the same doer, target, time and place."""
    return replace(ev, plover="ACCUSE", mode=None, acled_type=None, acled_subtype=None, fatalities=None,
                   injured=None, arrested=None, evidence=list(ev.evidence), retold=list(ev.retold),
                   claim=replace(ev.claim))


_JOINT = frozenset(_W["joint_plovers"]["acts_of_two"])
# statements: said by states told together with one verb, one statement of them all ("Cairo and Addis
# Ababa rejected the Sudanese proposal", "Saudi Arabia and the US urge both parties", "issued a joint
# statement condemning"), unless each says it of the other ("accused each other", "traded accusations");
# a measure (a sanction, a curfew, a deployment) is each state's own act
_SAID_TOGETHER = frozenset(_W["joint_plovers"]["said_together"])


def _split_by_actor(ev: Event, ctx: ReportContext) -> list[Event]:
    """"Saudi Arabia, Bahrain and Egypt cut ties with Qatar": each state's act is an event of its own
    (as ACLED and the keys code it) — political acts whose doers are states listed together. Joint acts
    ("India and Bangladesh signed an agreement", talks, cooperation) stay one event between the two."""
    if ev.category != "political" or ev.plover in _JOINT or ev.actor1 is None or ev.actor1.type != "state":
        return [ev]
    span = words_at(ctx.doc, ev.actor1.span.start, ev.actor1.span.end)
    if span is None:
        return [ev]
    if ev.plover in _SAID_TOGETHER and _says_it_together(ev, span.root, ctx):
        return [ev]  # "Cairo and Addis Ababa rejected the proposal": one statement of both (the first its doer)
    out = [ev]
    for t in span.root.conjuncts:
        # (a state the actors stage left unread, named by its country alone: "Kyrgyzstan and Tajikistan")
        other = ctx.actor_at.get(t.i) or (_arg_actor(t, ctx) if t.pos_ == "PROPN" else None)
        if other is None or other.type != "state" or other.name == ev.actor1.name or \
                any(o.actor1.name == other.name for o in out):
            continue
        twin = replace(ev, actor1=other, evidence=list(ev.evidence), retold=list(ev.retold), claim=replace(ev.claim))
        if twin.place is not None and twin.place.feature == "country" and ev.actor1.country and \
                twin.place.country == ev.actor1.country and other.country:
            # each state acts from its own country
            twin.place = Place(name=ctx.country_names.get(other.country, other.country), span=other.span,
                               country=other.country, precision="country", feature="country",
                               sentence=ev.sentence)
        elif twin.place is not None and twin.place.dateline and other.country and twin.place.country != other.country:
            twin.place = None  # the dateline's province was given as the first state's, its speaker's, not the other's
        out.append(twin)
    if out[0].actor2 is None and _reciprocal(ev, ctx):
        # "Kyrgyzstan and Tajikistan accused each other": each the other's party (a state the actors
        # stage left unread, named by its country alone, too)
        if len(out) == 2:
            out[0].actor2, out[1].actor2 = out[1].actor1, out[0].actor1
        elif len(out) == 1 and len(span.root.conjuncts) == 1:
            out[0].actor2 = _arg_actor(span.root.conjuncts[0], ctx)
    return out


def _says_it_together(ev: Event, doer, ctx: ReportContext) -> bool:
    """Whether the states told together are the statement's own subject ("Cairo and Addis Ababa
    rejected the proposal"), each not saying it of the other ("accused each other", "traded
    accusations"). Not states read from another clause's subject ("announced they were cutting ties,
    as they accused Doha"): those are each state's own, as their measures are."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None or _reciprocal(ev, ctx):
        return False
    while doer.dep_ == "conj" and doer.head.i != doer.i:
        doer = doer.head
    v = trig.root
    for _ in range(3):  # (or of the verb whose statement it is: "issued a joint statement condemning the attack")
        if doer.dep_ == "nsubj" and doer.head.i == v.i:
            return True
        if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children) or v.dep_ not in ("acl", "advcl", "dobj", "xcomp") \
                or v.head.i == v.i:
            return False
        v = v.head
    return False


def _reciprocal(ev: Event, ctx: ReportContext) -> bool:
    """Whether the act's object is "each other" or "one another"."""
    trig = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    if trig is None:
        return False
    if trig.root.pos_ == "VERB" and trig.root.lemma_.lower() in _TRADING:
        return True  # "traded accusations", "exchanged threats"
    doc = ctx.doc
    for t in trig.root.subtree:  # (parsed "each" det of "other", or "one" object with "another" det)
        if t.dep_ in ("dobj", "pobj") and any(doc[a:a + 2].text.lower() in _RECIPROCALS
                                               for a in (t.i - 1, t.i) if a >= 0):
            return True
    return False


_RECIPROCALS = _W["reciprocals"]
_TRADING = _W["trading_verbs"]


def _split_by_listed_states(ev: Event, c: Mention, ctx: ReportContext) -> list[Event] | None:
    """"Saudi Arabia, Egypt, Bahrain and the UAE cut ties with Qatar. The four nations have also
    severed all land, sea and air contacts": a plural noun for states ("the four nations", "both
    countries") as the doer of a political act is each state of the list told just before (of that
    many, where a number says so), an event each. None where it names no such list."""
    if ev.category != "political" or ev.plover in _JOINT or ev.actor1 is not None or c.noun:
        return None
    subj = _subject(c.verb or c.tok)
    if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in _STATE_NOUNS:
        subj = _states_of_the_done_to(c.verb or c.tok)
    if subj is None:
        return None
    size = next((number(ch.text) for ch in subj.children if ch.dep_ == "nummod"), None)
    if any(ch.lower_ == "both" for ch in subj.children):
        size = 2
    for si in range(ev.sentence - 1, max(ev.sentence - _LIST_REACH - 1, -1), -1):
        for tok in ctx.sents[si]:
            head = ctx.actor_at.get(tok.i)
            if head is None or head.type != "state" or tok.dep_ == "conj" or not tok.conjuncts:
                continue
            states = [head] + [a for a in (ctx.actor_at.get(t.i) for t in tok.conjuncts) if a is not None and a.type == "state"]
            names = list(dict.fromkeys(a.name for a in states))
            if len(names) < 2 or size is not None and len(names) != size:
                continue
            out = []
            for name in names:
                a = next(x for x in states if x.name == name)
                place = ev.place
                if place is None and a.country:  # each state acts from its own country, as when named
                    place = Place(name=ctx.country_names.get(a.country, a.country), span=a.span, country=a.country,
                                  precision="country", feature="country", sentence=ev.sentence)
                out.append(replace(ev, actor1=a, place=place, evidence=list(ev.evidence), retold=list(ev.retold),
                                   claim=replace(ev.claim)))
            return out
    return None


_STATE_NOUNS = _W["state_nouns"]
# how many sentences back a plural noun for states ("the four nations", "these countries") reaches for the
# list it stands for (a report may tell two or three of the states' other acts in between)
_LIST_REACH = 5


def _states_of_the_done_to(v):
    """A passive with no agent whose subject's own words name the states of a list told before as
    where those it was done to live ("Qatari citizens residing in these countries have been given two
    weeks to return"): those states did it, each (their plural noun, pointed back at by "these",
    "those" or a number); None otherwise."""
    if any(ch.dep_ == "agent" for ch in v.children):
        return None
    for ch in v.children:
        if ch.dep_ != "nsubjpass":
            continue
        for t in ch.subtree:
            if t.dep_ == "pobj" and t.tag_ == "NNS" and t.lemma_.lower() in _STATE_NOUNS and any(
                    g.dep_ in ("det", "nummod") and (g.lower_ in ("these", "those") or g.like_num) for g in t.children):
                return t
    return None
_LISTED_FEATURES = frozenset({"city", "admin2", "admin1"})


# political acts done in each place of a list (a deployment, a curfew, a closure); another political
# act told with a list of places is one act ("appointed all soldiers in Enga, Hela and Chimbu")
_PLACED_MEASURES = frozenset({"MOBILIZE", "COERCE", "SANCTION"})


def _qualified(root, other: Place, place: Place, doc) -> bool:
    """Whether two places of one coordination are a place and where it lies: only a comma between
    them, no "and" or "or" in the list, the same country and province ("in Kuje, Abuja")."""
    if not place.admin1 or place.admin1 != other.admin1 or place.country != other.country:
        return False
    heads = [root, *root.conjuncts]
    if len(heads) != 2 or any(ch.dep_ == "cc" or ch.dep_ == "preconj" for h in heads for ch in h.children):
        return False
    a, b = sorted(heads, key=lambda t: t.i)
    between = doc[a.i + 1:b.left_edge.i]
    return len(between) == 1 and between[0].text == ","


def _split_by_place(ev: Event, c: Mention, ctx: ReportContext) -> list[Event]:
    """An attack on two towns is two events, and so is a curfew or a deployment told for a list of
    towns, districts or provinces ("the Guard was activated in Kentucky, Ohio and Utah"): ACLED codes
    one event per place, whatever each place is ("in New York and Washington": a state and a city).
    Another political act told with a list of places is one act ("appointed
    all soldiers in Enga, Hela and Chimbu as special constables"). A joint act (talks, an agreement)
    is not split: "officials from Tehran and Riyadh held talks" names the parties by their capitals,
    not two meetings."""
    if ev.place is None or ev.place.feature not in _LISTED_FEATURES or ev.plover in _JOINT or \
            ev.category == "political" and ev.plover not in _PLACED_MEASURES:
        return [ev]
    doc = ctx.doc
    span = words_at(doc, ev.place.span.start, ev.place.span.end)
    if span is None:
        return [ev]
    root = span.root
    coordinated = {t.i for t in root.conjuncts}  # "in Cairo, Alexandria, Damietta and Suez": every one
    others = []
    for p in ctx.places.get(ev.sentence, []):
        if p is ev.place or p.feature != ev.place.feature and not {p.feature, ev.place.feature} <= _LISTED_FEATURES:
            continue
        ps = words_at(doc, p.span.start, p.span.end)
        if ps is None:
            continue
        if ps.root.i in coordinated and all(o.name != p.name for o in others) and p.name != ev.place.name:
            others.append(p)
    if not others:
        return [ev]
    if len(others) == 1 and _qualified(root, others[0], ev.place, doc):
        # "in Kuje, Abuja", "in Ikeja, Lagos": a town and the city or province it lies in, one place
        # named twice (a list of towns joins its last with "and"); the first named, the finer one
        ev.place = min((ev.place, others[0]), key=lambda p: p.span.start)
        return [ev]
    # the sentence's counts are for all the places together: no one place's toll is known
    ev.fatalities = ev.injured = ev.arrested = None
    out = [ev]
    for p in others:
        twin = replace(ev, place=p, evidence=list(ev.evidence), retold=list(ev.retold), claim=replace(ev.claim))
        out.append(twin)
    out.sort(key=lambda e: e.place.span.start)
    return out
