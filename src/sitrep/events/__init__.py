"""Stage 6, events: find each happening, type it, and fill its arguments, in three stages.

1. :mod:`.mentions` reads each sentence's trigger words into mentions, each with what its own
   clause says;
2. :mod:`.incidents` folds the mentions of one report into incidents;
3. :mod:`.slots` fills each incident's fields from the whole report;
4. :mod:`.reunion` joins incidents that, their fields filled, are one happening told far apart.

Reads: the spaCy ``Doc`` (dependency parse), the trigger lexicon (``data/triggers.yaml``), and the
times, places and actors of the earlier stages.
Adds: :class:`~sitrep.records.Event` records: one per happening at one place and time, with ACLED
type and sub-type, PLOVER type and mode, actor1 (agent, also of passives), actor2 (target or
counterpart), place, date interval, deaths and injuries, and every evidence span.

Entry point: :meth:`EventFinder.find`. The helpers the stages share are :mod:`.clauses` (what a
clause says), :mod:`.parties` (its actors), :mod:`.scenes` (its place and time) and :mod:`.tolls`
(its counts).
"""
from __future__ import annotations

from ..actors import state_force
from ..language import sentences, span_text, token_index, words_at
from ..lexicon import Triggers, load_event_words
from ..records import Event, Findings, Mention, Note, Place, ReportContext, Span, TimeExpr
from .clauses import _VIOLENT_PLOVER, _is_headline, _paragraphs, _told_as_another
from .parties import _PEOPLE
from .scenes import _article_scene, _caption_spans, _lead_time, date_undated
from . import incidents, reunion, slots
from .mentions import MentionReader

_APART_IN_PLACE = load_event_words()["apart_in_place"]


__all__ = ["EventFinder"]


class EventFinder:
    """Finds events in a parsed document; build once, use for many."""

    def __init__(self, triggers: Triggers, lexicon=None):
        """``lexicon`` (:func:`sitrep.lexicon.load_lexicon`): country names, the nouns that name people,
        the words that name countries and their "of" names; without it, none."""
        self.t = triggers
        self.mentions = MentionReader(triggers)
        self.country_names: dict[str, str] = dict(lexicon.countries) if lexicon is not None else {}
        self.people: frozenset = frozenset(lexicon.people) if lexicon is not None else frozenset()
        self.country_words: dict = dict(lexicon.country_words) if lexicon is not None else {}
        self.of_names: dict = dict(lexicon.of_names) if lexicon is not None else {}
        # the words that name violence ("the attack", "the killings", "the violence"): what a
        # condemnation can point at (see slots._condemned_doer); built once from the trigger lexicon,
        # from the head noun of each phrase ("attack" of "militant attack", "operation" of "army
        # operation"), not its modifiers: "blamed the army for the attack" blames the army)
        self.violent_words = frozenset(head for head, entries in triggers.nouns.items()
                                       if any(cls.plover in (_VIOLENT_PLOVER, "PROTEST") for _, cls in entries)) | {"violence"}

    def find(self, doc, found: Findings, notes: list[Note] | None = None) -> list[Event]:
        """Entry point: the events of ``doc``, mentions folded into the events they name, from what
        the earlier stages ``found`` (times, places, actors, the report's country and date, the
        provinces peoples' words name). ``notes``, when given, gets what became of each trigger
        mention and why (``sitrep extract --explain``)."""
        made: list[tuple[Note, Event]] = []  # notes whose event gets its id at the end

        def note(c: Mention, si: int, outcome: str, rule: str, why: str, ev: Event | None = None) -> None:
            if notes is None:
                return
            n = Note(Span(c.start, c.end, c.tok.text), si, c.cls.name, outcome, rule, why)
            notes.append(n)
            if ev is not None:
                made.append((n, ev))

        ctx = self.context(doc, found)
        events: list[Event] = []
        apart: set[int] = set()  # the events told as another happening ("in a separate attack")
        elsewhere: set[int] = set()  # of those, the ones told apart as a happening elsewhere, not later
        again = _told_again_below(ctx.sents)
        for si, sent in enumerate(ctx.sents):
            first = len(notes) if notes is not None else 0  # (this sentence's notes come after)
            for c, ev in self.mentions.read(sent, si, ctx, note):
                if si in again:
                    note(c, si, "dropped", "told again", "its sentence is told again word for word below "
                         "(a standfirst over the body): read there, with what the body adds")
                    continue
                for one in incidents.add(c, ev, events, ctx, self.t.support_verbs, note):
                    events.append(one)
                    if c.another:
                        apart.add(id(one))
                        if _told_as_another(c, _APART_IN_PLACE):
                            elsewhere.add(id(one))  # ("in a separate incident"; not "hours later")
                    if c.summary:
                        ctx.summaries.add(id(one))
                    note(c, si, "event", "trigger", f"trigger class {c.cls.name!r} ({c.cls.plover}"
                         f"{', ' + c.cls.acled_subtype if c.cls.acled_subtype else ''}) in a clause that tells "
                         "a happening", one)
                    if notes is not None:  # the mentions its sentence folded into it
                        made.extend((n, one) for n in notes[first:] if n.outcome == "folded" and n.rule == "same sentence"
                                    and n.sentence == si and n.event is None
                                    and n.why.endswith(f"(\"{c.tok.text}\")"))
        self._add_named_acts(events, ctx, note)
        doers: list[Event] = []  # the dropped summaries that name a doer of the acts they sum up
        events = _without_told_summaries(events, ctx, made, doers)
        events = _without_searches_told_by_takings(events, ctx, made)
        slots.fill(events, ctx, self.t, self.violent_words, found.places, elsewhere)
        for summary in doers:
            _summary_doer(summary, events)
        events, joined = reunion.reunite(events, ctx, apart)
        date_undated(events, ctx, found.published)
        for i, ev in enumerate(events, 1):
            ev.id = f"E{i}"
        for n, ev in made:
            if id(ev) in joined and n.outcome == "event":
                n.outcome, n.rule = "folded", "same happening"
                n.why = ("tells an event told elsewhere in the report again: the same kind, day, place and parties, "
                         "or the undated headline's act told in the body")
            n.event = n.event or joined.get(id(ev), ev).id
        if notes is not None:
            notes.sort(key=lambda n: n.trigger.start)
        return events

    def _add_named_acts(self, events: list[Event], ctx: ReportContext, note) -> None:
        """The acts named only as what an accusation is about ("the UN condemned the killing of two
        protesters by police in Nairobi", "held al-Shabaab responsible for the bombing at the market"):
        each an event of its own when the report tells no event of its kind otherwise (a condemnation
        presumes the act); else the report's own telling is the event, and the name only points at it."""
        told = {e.plover for e in events}
        named, ctx.named_acts = ctx.named_acts, None  # (read now: incidents.add no longer sets them aside)
        for c, ev in named:
            si = ev.sentence
            if ev.plover in told:
                note(c, si, "dropped", "told elsewhere", "an act named by an accusation, in a report that tells "
                     "an event of its kind (the one it names)")
                continue
            accuser = next((ch for ch in c.verb.children if ch.dep_ == "nsubj"), None) if c.verb is not None else None
            if ev.actor1 is not None and accuser is not None and \
                    accuser.left_edge.idx <= ev.actor1.span.start < accuser.idx + len(accuser):
                ev.actor1 = None  # ("the government held al-Shabaab responsible for the bombing": not the government's
                # bombing; the one blamed is its doer, slots._blamed_doer)
            for one in incidents.add(c, ev, events, ctx, self.t.support_verbs, note):
                events.append(one)
                note(c, si, "event", "named act", "an act named by an accusation, in a report that tells none of "
                     "its kind otherwise", one)

    def context(self, doc, found: Findings) -> ReportContext:
        """What every stage reads of the report: its sentences and paragraphs, and the times, places
        and actors of the earlier stages by sentence and token."""
        sents = list(sentences(doc))
        by_sent_times: dict[int, list[TimeExpr]] = {}
        for te in found.times:
            by_sent_times.setdefault(te.sentence, []).append(te)
        by_sent_places: dict[int, list[Place]] = {}
        for p in found.places:
            by_sent_places.setdefault(p.sentence, []).append(p)
        ctx = ReportContext(doc, sents, _paragraphs(doc, sents), by_sent_times, by_sent_places,
                            token_index(doc, found.actors), self.country_names,
                            people=self.people | _PEOPLE | self.t.civilian_targets,
                            headline=bool(sents) and _is_headline(doc, sents[0]), country_words=self.country_words)
        ctx.captions = _caption_spans(doc)
        ctx.lead_time = _lead_time(found.times, found.published, doc, ctx.captions)
        ctx.published = found.published
        ctx.of_names = self.of_names
        ctx.focus, ctx.homelands, ctx.seats = found.focus, found.homelands or {}, found.seats or {}
        ctx.dateline_place = _desk_or_scene(found)
        return ctx


def _desk_or_scene(found: Findings) -> Place | None:
    """The dateline's place, when it can be the news's scene: not when the report names its country
    nowhere else and is about another ("Tehran - Fars" over a report of arrests in Atlanta: the
    agency's desk, not where anything happened)."""
    dl = next((p for p in found.places if p.dateline), None)
    if len({(p.country, p.admin1) for p in found.places if p.dateline and p.feature != "country"}) > 1:
        return None  # "KABUL/ISLAMABAD (Reuters) -": filed from two desks, neither of them the scene
    if dl is None or not dl.country:
        return dl
    scene = _article_scene([p for p in found.places if not p.dateline], found.focus)
    if scene is not None and (scene.country, scene.admin1) != (dl.country, dl.admin1):
        return None  # "ABUJA — … a village in Borno state …": a report set in another province, filed at a desk
    if found.focus in (None, dl.country):
        return dl
    return dl if any(p.country == dl.country for p in found.places if not p.dateline) else None


_STANDFIRST_MIN = 40  # characters: a sentence this long told twice word for word is one telling
_RUNNING_TEXT_WORDS = 12  # words: a line this long is the body's running text, not a byline or a dateline


def _told_again_below(sents) -> set[int]:
    """The body sentences (not the headline) that a later sentence repeats word for word, whole or
    as its opening ("They refused to surrender and were killed, the centre said" … "…, the centre
    said on Sunday"): a page's standfirst over its body. The later telling is the one read. And the
    lines within the body's running text that repeat the headline word for word: the headline is read."""
    texts = [" ".join(span_text(s).split()).rstrip(".").lower() for s in sents]
    opening: dict[str, list[int]] = {}  # the sentences each opening of _STANDFIRST_MIN characters opens
    for i, t in enumerate(texts):
        if len(t) >= _STANDFIRST_MIN:
            opening.setdefault(t[:_STANDFIRST_MIN], []).append(i)
    # the headline told again word for word within the body, once its running text has begun (a
    # gallery's or a crosshead's title over a photo: "Police officers injured in Belfast rioting"
    # thrice): the page's furniture, the headline read (not its copy over the body, after a byline:
    # the body's own title, its first line)
    out, begun = set(), False
    for i in range(1, len(texts)):
        if begun and texts[0] and texts[i] == texts[0]:
            out.add(i)
        begun = begun or len(texts[i].split()) >= _RUNNING_TEXT_WORDS
    for same in opening.values():  # (sentences compared only with those of their opening: linear in the report)
        for k, i in enumerate(same):
            if i and any(texts[j].startswith(texts[i]) for j in same[k + 1:]):
                out.add(i)
    return out


def _without_told_summaries(events: list[Event], ctx: ReportContext, made: list, doers: list[Event]) -> list[Event]:
    """Drop a summing-up clause's event ("seven militants were killed in three separate encounters")
    when the report goes on to tell two or more acts of its kind one by one: those are the events
    (ACLED codes each); a summary told alone stays, being the only telling."""
    out = []
    for ev in events:
        if id(ev) in ctx.summaries and sum(
                1 for o in events if o is not ev and incidents.same_kind(o, ev) and o.sentence > ev.sentence
                and id(o) not in ctx.summaries) >= 2:
            for n, e in made:
                if e is ev:
                    n.outcome, n.rule = "dropped", "summary"
                    n.why = "sums up several acts the report tells one by one after it"
            made[:] = [(n, e) for n, e in made if e is not ev]
            doers.append(ev)
            continue
        out.append(ev)
    return out


_TAKINGS = ("Arrests", "Disrupted weapons use")


def _without_searches_told_by_takings(events: list[Event], ctx: ReportContext, made: list) -> list[Event]:
    """Drop a forces' search or raid told with no fight, no dead and nothing taken of its own (ctx.searches,
    still typed as violence: "Army launches search operation in Mardan") when the report tells the
    arrests or the arms seizures of such an operation by the same force nearby ("… conducted search
    operations and arrested dozens of suspects"): those are the events, as ACLED codes them, and a
    search with no fight is no armed clash. Only a state's forces' search, and takings told in
    another sentence (one sentence's are read by events/mentions.py _raids_of_arrests; "arrested two
    men in connection with a raid on a bank" keeps the raid)."""
    out = []
    for ev in events:
        if id(ev) in ctx.searches and ev.plover == _VIOLENT_PLOVER and ev.fatalities is None and ev.injured is None \
                and any(o is not ev and o.acled_subtype in _TAKINGS and 0 < abs(o.sentence - ev.sentence) <= incidents._RETOLD_WITHIN
                        and _forces_search(ev, ctx) and (o.actor1 is None or ev.actor1 is None or o.actor1.name == ev.actor1.name)
                        for o in events):
            for n, e in made:
                if e is ev:
                    n.outcome, n.rule = "dropped", "search told by its takings"
                    n.why = "a search or raid with no fight, whose arrests or seized arms the report tells as events"
            made[:] = [(n, e) for n, e in made if e is not ev]
            continue
        out.append(ev)
    return out


def _forces_search(ev: Event, ctx: ReportContext) -> bool:
    """Whether a search or raid event is the state's forces': done by them, or told by a search
    operation's noun with no doer named ("a search operation was conducted": forces' by its name;
    a raid with no doer named may be robbers')."""
    if ev.actor1 is not None:
        return state_force(ev.actor1)
    span = words_at(ctx.doc, ev.trigger.start, ev.trigger.end)
    return span is not None and any(t.lemma_.lower() in _SEARCHING_OPS for t in span)


_SEARCHING_OPS = frozenset(load_event_words()["searching_operations"])


def _summary_doer(summary: Event, events: list[Event]) -> None:
    """The doer a dropped summing-up clause names ("Unidentified armed men have killed four policemen
    and four labourers in two separate incidents") is the doer of each act it sums up that names
    none of its own ("In the second incident, four labourers were killed in …"), its fields filled: not
    an act whose doer the report names otherwise ("13 insurgents were killed in an army operation")."""
    if summary.actor1 is None:
        return
    for o in events:
        if o is not summary and o.actor1 is None and o.sentence > summary.sentence \
                and incidents.same_kind(o, summary) and (o.actor2 is None or o.actor2.name != summary.actor1.name):
            o.actor1 = summary.actor1
