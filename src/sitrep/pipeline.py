"""Runs the stages in order: reading → language → time → places → actors → events → claims → relations.

``Pipeline`` loads the spaCy model, the gazetteer and the lexicons once; each
call to :meth:`Pipeline.extract_document` then costs one parse plus sitrep's
own stages. Stage timings accumulate in ``Pipeline.timings`` (seconds).
"""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator

from . import claims, dates, places, relations
from .actors import ActorFinder, focus_country, load_lexicon
from .config import Settings
from .budget import Budget
from .errors import InputError, InternalError, SitrepError
from .events import EventFinder
from .gazetteer import Gazetteer
from .language import Language, check_english, cut_at_dateline, release, repair_lemmas, verb_exceptions
from .lexicon import known_verbs, load_triggers
from .reading import check_published, find_dateline, without_surrogates
from .records import Article, Document, Event, Findings
from .summary import summarise


class Pipeline:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self.language = Language(self.settings)
        self.gazetteer = Gazetteer(self.settings.gazetteer_path)
        self.lexicon = load_lexicon()
        self.actor_finder = ActorFinder(self.language.nlp, self.lexicon)
        self.event_finder = EventFinder(load_triggers(), self.lexicon)
        # the international bodies' seats, by canonical name (find_seats)
        self.bodies = {c.name: c.seat for c in self.lexicon.actors.values() if c.seat is not None}
        self.verbs = known_verbs(load_triggers())  # the lemmas repair_lemmas gives back
        self.irregular = verb_exceptions(self.language.nlp)  # ("retook" -> "retake", when the tagger misreads it)
        self.nouns = frozenset(w for w in load_triggers().nouns if w.isalpha())  # (and the nouns)
        self.timings: dict[str, float] = defaultdict(float)
        self.states = {w: f"Government of {self.lexicon.of_names[iso]}"
                       for w, iso in self.lexicon.country_words.items() if iso in self.lexicon.of_names}

    def extract(self, text: str, published: dt.date | str | None = None, id: str = "text", **meta) -> Article:
        """One article from its text. Bad arguments raise :class:`InputError` naming the argument:
        ``published`` must be a ``datetime.date`` or a YYYY-MM-DD string between 1900 and 2100."""
        if not isinstance(text, str):
            raise InputError(f"text must be a str, not {type(text).__name__}", source=str(id))
        published = check_published(published, "published", source=str(id))
        text = without_surrogates(text)
        meta.setdefault("dateline", find_dateline(text))  # as when reading files
        return self.extract_document(Document(id=id, text=text, published=published, **meta))

    def extract_document(self, document: Document, parsed=None) -> Article:
        """All stages on one document (``parsed``: its spaCy Doc, when already parsed).

        Raises :class:`InputError` for an article sitrep refuses (not English, over its time
        budget) and :class:`InternalError` for a fault of sitrep's own, naming the stage.
        """
        check_english(document.text, self.settings, document.origin or document.id, self.language.vocabulary)
        budget = Budget(self.settings)
        with budget.guard(len(document.text), document.origin or document.id):
            t0 = time.perf_counter()
            doc = parsed if parsed is not None else self._guarded(budget, "parse", document,
                                                                  self.language.parse, document.text)
            t1 = time.perf_counter()
            self.timings["language"] += t1 - t0
            return self._guarded(budget, None, document, self._analyse, document, doc, t1, budget)

    def _guarded(self, budget: Budget, stage: str | None, document: Document, fn, *args):
        """``fn(*args)``; an unexpected exception becomes an InternalError naming the stage."""
        if stage:
            budget.stage = stage
        try:
            return fn(*args)
        except SitrepError:
            raise
        except (Exception, RecursionError) as e:  # a bug of sitrep's own: name it, go on with the rest
            where = document.origin or document.id
            raise InternalError(f"{type(e).__name__} in the {budget.stage} stage: {str(e)[:160]}",
                                source=where) from e

    def stream(self, items: Iterable[Document | InputError], batch_size: int = 16) -> Iterator[Article | InputError]:
        """Articles (or the errors that stopped them) in input order; parses in batches."""
        batch: list[Document | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch):
        ready = []
        for item in batch:
            if isinstance(item, Document):
                try:
                    check_english(item.text, self.settings, item.origin or item.id, self.language.vocabulary)
                except InputError as e:
                    item = e
            ready.append(item)
        docs = [d for d in ready if isinstance(d, Document)]
        t0 = time.perf_counter()
        parsed = iter(list(self.language.pipe(d.text for d in docs)))
        self.timings["language"] += time.perf_counter() - t0
        for item in ready:
            if isinstance(item, InputError):
                yield item
                continue
            doc = next(parsed)
            budget = Budget(self.settings)
            try:
                with budget.guard(len(item.text), item.origin or item.id):
                    result = self._guarded(budget, None, item, self._analyse, item, doc, time.perf_counter(),
                                           budget)
            except SitrepError as e:
                e.document = item  # so that ingest can remember which text it gave up on
                result = e
            yield result  # outside the guard: the timer never runs while the caller writes

    def _analyse(self, document: Document, doc, t: float, budget: Budget | None = None) -> Article:
        try:
            return self._stages(document, doc, t, budget)
        finally:
            release(doc)  # (the Doc's kept sentences point back at it: let it go with its report)

    def _stages(self, document: Document, doc, t: float, budget: Budget | None = None) -> Article:
        repair_lemmas(doc, self.verbs, self.irregular, self.nouns)
        cut_at_dateline(doc, document.dateline.end if document.dateline else None,
                        document.dateline.start if document.dateline else None)
        tick = _Ticker(self.timings, t, budget)
        tick.begin("time")
        published, times = dates.resolve(doc, document.published, document.dateline)
        tick("time")
        found_places = places.find_places(doc, self.gazetteer, dateline=document.dateline,
                                          adjectives=self.language.adjectives,
                                          blocked_tokens=self.actor_finder.place_words_in_names(doc))
        tick("places")
        # "Russian troops", "a US drone", "the Jamaica Cancer Society" name a country in the geoparse,
        # but no scene: the later stages place and attribute events by places named as such
        named_places = [p for p in found_places if p.mention == "name"]
        focus = focus_country(doc, self.lexicon, named_places)
        found_actors = self.actor_finder.find(doc, focus, named_places, published.date)
        tick("actors")
        notes: list = []
        events = self.event_finder.find(doc, Findings(times, named_places, found_actors, focus, published.date,
                                                      places.find_homelands(doc, self.gazetteer),
                                                      places.find_seats(found_actors, self.gazetteer, self.bodies)), notes)
        tick("events")
        claims.attribute(doc, events, found_actors)
        for ev in events:
            _finish(ev, published.date)
        tick("claims")
        ties = relations.find_relations(doc, found_actors, named_places, events, self.states)
        tick("relations")
        return Article(document=document, published=published, times=times, places=found_places,
                       actors=found_actors, events=events, relations=ties, explain=notes)


class _Ticker:
    """Adds each stage's time to the pipeline's timings and tells the budget which stage runs."""

    _NEXT = {"time": "places", "places": "actors", "actors": "events", "events": "claims",
             "claims": "relations"}

    def __init__(self, timings, t, budget: Budget | None = None):
        self.timings, self.t, self.budget = timings, t, budget

    def begin(self, stage: str) -> None:
        if self.budget is not None:
            self.budget.stage = stage

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] += now - self.t
        self.t = now
        if stage in self._NEXT:
            self.begin(self._NEXT[stage])


def _finish(ev: Event, published: dt.date | None) -> None:
    if published and ev.interval.known:
        ev.historical = (published - ev.interval.end).days > 365
    ev.summary = summarise(ev)
