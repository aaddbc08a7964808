"""Typed records passed between pipeline stages.

Every value a stage extracts carries the :class:`Span` of article text it came
from (character offsets into ``Document.text``), so that an analyst can check
each field against the report.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import TriggerClass

PRECISIONS = ("day", "week", "month", "year", "decade")
PLACE_PRECISIONS = ("point", "admin2", "admin1", "country", "region")
STATUSES = ("reported", "claimed", "alleged", "confirmed", "denied", "planned")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of the article text, and the text itself."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Document:
    """An article as read from its source, before any analysis."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    origin: str | None = None  # the file (and line) it was read from
    dateline: Span | None = None  # "MOGADISHU, March 9 (Reuters) -": where and when it was filed


@dataclass(frozen=True, slots=True)
class Interval:
    """The dates an expression allows, both ends inclusive."""

    start: dt.date | None
    end: dt.date | None
    precision: str | None

    @classmethod
    def unknown(cls) -> "Interval":
        return cls(None, None, None)

    @property
    def known(self) -> bool:
        return self.start is not None

    def to_dict(self) -> dict:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
        }


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression and the interval it resolves to."""

    span: Span
    interval: Interval
    kind: str  # absolute | deictic | anaphoric | anchored | duration | unresolved
    sentence: int
    anchor: str | None = None  # what a relative expression was resolved against
    dateline: bool = False  # the filing date of the report, not an event's date


@dataclass(slots=True)
class PublicationDate:
    """The article's publication date: given, or inferred from its content."""

    date: dt.date | None
    inferred: bool = False
    confidence: float = 1.0
    evidence: list[Span] = field(default_factory=list)
    reason: str | None = None


@dataclass(slots=True)
class Place:
    """A place mention resolved against the gazetteer."""

    name: str
    span: Span
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    precision: str = "point"
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | region
    sentence: int = 0
    alternatives: tuple[str, ...] = ()
    admin1_alternatives: tuple[str, ...] = ()  # other spellings of admin1 ("Ḩalab" beside "Aleppo")
    admin2_alternatives: tuple[str, ...] = ()
    dateline: bool = False  # the place the report was filed from, not where anything happened
    # how the text names it: "name" ("in Kharkiv"), or, naming no scene, "people" (its people's
    # word: "Russian troops"), "modifier" ("a US drone") or "in_name" ("the Jamaica Cancer Society");
    # an event's place may also be "seat": its government's capital, the text naming the government
    # but no place (a state's statement, as ACLED places them), or "scene": the province or district
    # every place the report names lies in, or the town an earlier sentence of its paragraph is set
    # in, the event's own clauses naming none
    mention: str = "name"


@dataclass(slots=True)
class Actor:
    """An actor mention: who it is (canonical name) and how the text named it."""

    name: str
    span: Span
    aliases: tuple[str, ...] = ()
    type: str | None = None  # state | rebel | political_militia | identity_militia | rioters | protesters | civilians | external
    country: str | None = None
    kind: str = "organisation"  # organisation | person | description | country
    role: str | None = None
    affiliation: str | None = None
    sentence: int = 0
    assumed_country: bool = False  # the country is the report's main one, not named with it
    named: bool = True  # the span names the actor; False: it is the act the actor was read from ("attacked"
    # for the civilians it struck, "rallied" for the crowd), evidence but no name for it

    def names(self) -> list[str]:
        out = [self.name]
        for n in (self.span.text if self.named else None, *self.aliases, self.affiliation):
            if n and n not in out:
                out.append(n)
        return out


@dataclass(slots=True)
class Claim:
    """Who the text credits for an event, and how firmly."""

    status: str = "reported"
    source: str | None = None
    anonymity: str = "outlet"  # outlet | named | anonymous
    span: Span | None = None


@dataclass(slots=True)
class Count:
    """A number of people (killed, injured, arrested) with its evidence."""

    value: int
    span: Span


@dataclass(slots=True)
class Event:
    """One happening at one place and time, with every field's evidence."""

    id: str
    trigger: Span
    sentence: int
    category: str
    acled_type: str | None
    acled_subtype: str | None
    plover: str
    mode: str | None = None
    interval: Interval = field(default_factory=Interval.unknown)
    time: TimeExpr | None = None
    time_basis: str | None = None  # clause | governing | after | saying | narrative | lead | publication | visit (how the date was found)
    place: Place | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    claim: Claim = field(default_factory=Claim)
    historical: bool = False
    negated: bool = False
    summary: str = ""
    evidence: list[Span] = field(default_factory=list)
    retold: list[Span] = field(default_factory=list)  # the triggers of the later mentions folded into it


@dataclass(frozen=True, slots=True)
class Findings:
    """What the stages before events found in one article: the events stage reads it whole
    (``EventFinder.find(doc, findings)``)."""

    times: list[TimeExpr]
    places: list[Place]
    actors: list[Actor]
    focus: str | None = None  # the country the report is about (ISO alpha-2)
    published: dt.date | None = None  # dates the report's lead
    homelands: dict[int, list[Place]] = field(default_factory=dict)  # token -> provinces a people's word names
    seats: dict[str, Place] = field(default_factory=dict)  # ISO alpha-2 -> its capital, for the states named


@dataclass
class Mention:
    """One clause-level telling of a happening (the events stage's mentions, ``events/mentions.py``):
    its trigger word, the trigger class it matched, and what its own clause says of its stance."""

    tok: object  # the trigger token (spaCy)
    cls: TriggerClass
    start: int  # trigger span in characters
    end: int
    noun: bool
    planned: bool = False
    negated: bool = False
    definite: bool = False  # "the attack": may be a mention of an earlier event
    plural: bool = False
    verb: object = None  # the verb that carries the clause (itself, or a support verb)
    another: bool = False  # its clause tells it as another happening ("in a separate attack")
    summary: bool = False  # its clause sums up several happenings ("seven were killed in three separate clashes")
    set_apart: bool = False  # its sentence sets its clause against another act of another kind ("a bomb killed
    # four police, while 25 militants were killed in a clash"): another happening (events/mentions.py)
    told_object: bool = False  # its verb's object names, with "the", a happening of its kind ("signed the agreement")
    extra: list[Mention] = field(default_factory=list)  # further trigger words of its clause folded in
    named_only: bool = False  # an act named only as what an accusation is about ("condemned the killing of two
    # protesters in Nairobi"): an event when the report tells none of its kind otherwise (events/__init__.py)
    named_inside: bool = False  # of those, one the accusation's clause holds as its object (not told on its own)


@dataclass
class ReportContext:
    """What the three event stages read of one report: its parse, its sentences and paragraphs, and
    what the earlier stages found, by sentence (times, places) and by token (actors)."""

    doc: object  # the spaCy Doc
    sents: list
    paragraph: list[int]  # each sentence's paragraph number
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
    seats: dict = field(default_factory=dict)  # ISO alpha-2 -> its capital (Findings.seats)
    country_words: dict = field(default_factory=dict)
    captions: list = field(default_factory=list)  # (start, end) of each photo caption's paragraph
    summaries: set = field(default_factory=set)  # ids of the events a summing-up clause made
    searches: set = field(default_factory=set)  # ids of the events a forces' raid or search with no fight made
    published: dt.date | None = None  # the report's publication date (Findings.published)
    tallies: set = field(default_factory=set)  # sentences whose violent verb tells a tally of many acts
    named_acts: list | None = field(default_factory=list)  # (mention, event) of acts named only by an accusation
    # (events/__init__.py reads them last, and sets this None)

    def sentence_of(self, span: Span) -> int:
        """The number of the sentence ``span`` starts in."""
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.sents):  # built once per report
            starts = self.__dict__["_starts"] = [s.start_char for s in self.sents]
        return max(bisect.bisect_right(starts, span.start) - 1, 0)


@dataclass(slots=True)
class Relation:
    """A tie between two actors (funds, harbours, accuses, fights ...)."""

    source: str
    target: str
    type: str
    evidence: Span
    status: str = "reported"
    credited_to: str | None = None


@dataclass(slots=True)
class Note:
    """What the events stage did with one mention (``sitrep extract --explain``): made an event of it,
    folded it into an event told elsewhere, or dropped it, by which rule and why."""

    trigger: Span  # the trigger word
    sentence: int
    trigger_class: str  # the class of data/triggers.yaml it matched
    outcome: str  # event | folded | dropped
    rule: str
    why: str
    event: str | None = None  # the event it made or was folded into (E1, E2 …)


@dataclass(slots=True)
class Article:
    """Everything sitrep extracted from one document."""

    document: Document
    published: PublicationDate
    language: str = "en"
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    explain: list[Note] = field(default_factory=list)  # what became of each trigger mention


@dataclass(slots=True)
class Report:
    """One stored event as one article reported it: what merging compares.

    ``actor1_kind``/``actor2_kind`` are :attr:`Actor.kind` (organisation, person,
    description, country); ``outlet`` is the article's source (publisher).
    """

    event_id: int
    article_id: int
    article: str
    outlet: str | None
    published: dt.date | None
    category: str
    acled_type: str | None
    acled_subtype: str | None
    plover: str
    mode: str | None
    interval: Interval
    location: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    geonames_id: int | None = None
    actor1: str | None = None
    actor1_type: str | None = None
    actor1_kind: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    actor2_kind: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    status: str = "reported"
    source: str | None = None  # whom the article credits ("a military spokesman", "Balochistan Liberation Army")
    historical: bool = False
    summary: str = ""


@dataclass(slots=True)
class Figure:
    """The death toll one report gave for an incident, and what the merged toll made of it."""

    event_id: int
    value: int
    role: str  # best | credible | superseded | not credible
    why: str


@dataclass(slots=True)
class Incident:
    """One happening told by one or more reports, with merged values (see ``merging.combine``)."""

    reports: list[Report]
    interval: Interval
    category: str
    acled_type: str | None
    acled_subtype: str | None
    plover: str
    mode: str | None
    place: Report | None  # the report whose place is the finest
    actor1: str | None
    actor1_type: str | None
    actor2: str | None
    actor2_type: str | None
    status: str
    source: str | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    injured: int | None
    figures: list[Figure] = field(default_factory=list)
    historical: bool = False
    summary: str = ""
    notes: str = ""
