"""Stage 8, merging: events that different reports give of one happening become one incident.

Reads: stored events as :class:`Report` records (one per event and article),
the rules in ``data/merging.yaml`` and the actor descriptions in
``data/actor_patterns.yaml``. Adds: for a new report, the incident it joins
(or that it founds a new one) with the reasons (:meth:`Merger.choose`), and
for an incident, its merged values (:meth:`Merger.combine`). The store
(``store.py``) runs it once per stored event, inside the article's transaction.

Two reports describe one happening when all of these hold:

* **type**: the same ACLED sub-event type, or two that reports of one incident
  are known to give it (``co_describe``); events with no ACLED type need the
  same PLOVER type. A planned act never merges with a done one.
* **date**: both intervals known, none wider than ``max_interval_days``, and
  they overlap (``date_slack_days`` of slack).
* **place**: the same country, then the finest level both give: two points
  within ``near_km``; else the same district (admin2); else the same province
  (admin1) — accepted only when exactly one incident fits.
* **actors**, side by side (crosswise too for ``symmetric`` types): the same
  named actor, or a named actor and a description that fits it (an
  unidentified armed group fits any non-state named group), or two
  descriptions of one kind (soldiers / troops). Two different named actors,
  or descriptions of different kinds (police / labourers), are two happenings.

A report joins an incident only if it fits **every** report already in it,
and never when the incident already holds an event of the same article (the
extractor keeps an article's events apart on purpose). Among fitting
incidents the closest wins (finer place, same type, exact date overlap);
a tie is ambiguous and the report founds its own incident, saying so.

Merged values: the tightest date interval (the intersection of the reports'
intervals, or the narrowest one if they only meet within the slack); the
finest place; the type most reports give; a named perpetrator over a
description, with the strongest status among the reports naming it.
Fatalities (ACLED's "most conservative credible estimate"): a toll is
*credible* when its report states the event as fact (``credible_statuses``);
a toll from a party's own claim, a hedge or a denial is shown but not used
unless no credible toll exists. A credible toll is *superseded* when the same
outlet later published another credible toll for the incident (its own
update). ``best`` = the lowest current credible toll; ``low``/``high`` = the
lowest/highest credible toll any report gave, superseded ones included.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .datafiles import strict_yaml
from .errors import ConfigError
from .records import Figure, Incident, Interval, Report
from .summary import verb

DATA = Path(__file__).parent / "data"
PRECISION_RANK = {"point": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}


@dataclass(frozen=True)
class Rules:
    """The merge rules of ``data/merging.yaml``."""

    date_slack_days: int = 1
    max_interval_days: int = 7
    near_km: float = 10.0
    co_describe: tuple[frozenset[str], ...] = ()
    symmetric: frozenset[str] = frozenset()
    credible_statuses: frozenset[str] = frozenset({"reported", "confirmed"})
    status_order: tuple[str, ...] = ("confirmed", "reported", "claimed", "alleged", "denied", "planned")

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Rules":
        path = Path(path) if path else DATA / "merging.yaml"
        try:
            raw = strict_yaml(path.read_text(encoding="utf-8")) or {}
            return cls(date_slack_days=int(raw["date_slack_days"]),
                       max_interval_days=int(raw["max_interval_days"]),
                       near_km=float(raw["near_km"]),
                       co_describe=tuple(frozenset(g) for g in raw["co_describe"]),
                       symmetric=frozenset(raw["symmetric"]),
                       credible_statuses=frozenset(raw["credible_statuses"]),
                       status_order=tuple(raw["status_order"]))
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"cannot read the merge rules {path}: {e}") from None


@dataclass(frozen=True)
class ActorView:
    """What an actor name says about who it is: a named actor (``key``) or a kind of actor."""

    name: str
    key: str | None  # a named actor, case-folded
    kind: str | None  # military | police | civilians | unidentified ... (actor_patterns.yaml)
    type: str | None  # ACLED actor type
    canonical: str | None = None  # "Military Forces of {country}" for a kind
    acled_type: str | None = None  # the type an incident records (an unidentified group's too)


@dataclass
class Check:
    ok: bool
    level: int
    text: str


@dataclass
class Decision:
    """Where a new report goes: ``incident`` (None: it founds one), and why."""

    incident: int | None
    matched: Report | None
    reasons: dict = field(default_factory=dict)


class Merger:
    """Compares reports and merges them; build once (it reads its data files), use for many."""

    def __init__(self, rules: Rules | None = None, patterns_path: str | Path | None = None):
        self.rules = rules or Rules.load()
        path = Path(patterns_path) if patterns_path else DATA / "actor_patterns.yaml"
        try:
            patterns = strict_yaml(path.read_text(encoding="utf-8")) or []
        except (OSError, yaml.YAMLError) as e:
            raise ConfigError(f"cannot read the actor patterns {path}: {e}") from None
        self._prefixes: list[tuple[str, dict]] = []
        self._nouns: dict[str, dict] = {}
        for p in patterns:
            self._prefixes.append((p["canonical"].split("{country}")[0].casefold(), p))
            for noun in p["nouns"]:
                self._nouns[noun.casefold()] = p
        self._countries = _country_names()

    # --- comparing -----------------------------------------------------------------------

    def actor(self, name: str | None, type: str | None, kind: str | None) -> ActorView | None:
        if not name:
            return None
        low = name.casefold()
        for prefix, p in self._prefixes:
            if low.startswith(prefix):
                return ActorView(name, None, p["kind"], _kind_type(p), p["canonical"], p.get("type"))
        if kind in ("organisation", "person", "country") or (kind is None and type is not None):
            return ActorView(name, low, None, type, None, type)  # (no kind: stored by an older sitrep)
        words = re.findall(r"[a-z][a-z-]*", low)
        for n in (2, 1):
            if len(words) >= n:
                p = self._nouns.get(_singular(" ".join(words[-n:])))
                if p:
                    return ActorView(name, None, p["kind"], _kind_type(p), p["canonical"], p.get("type"))
        return ActorView(name, None, None, type, None, type)

    def compare(self, new: Report, old: Report) -> tuple[bool, tuple, dict]:
        """Whether two reports describe one happening: (fits, closeness, reasons by field)."""
        reasons: dict[str, str] = {}
        checks = (("type", self._type(new, old)), ("date", self._date(new, old)),
                  ("place", self._place(new, old)))
        for name, c in checks:
            reasons[name] = c.text
            if not c.ok:
                return False, (), {"apart": f"{name}: {c.text}"}
        actors = self._actors(new, old)
        reasons["actors"] = actors.text
        if not actors.ok:
            return False, (), {"apart": f"actors: {actors.text}"}
        score = (checks[2][1].level, checks[0][1].level, checks[1][1].level, actors.level)
        return True, score, reasons

    def _type(self, a: Report, b: Report) -> Check:
        if (a.status == "planned") != (b.status == "planned"):
            return Check(False, 0, "one report has it planned, the other done")
        if a.category != b.category:
            return Check(False, 0, f"{a.category} vs {b.category} event")
        if a.acled_subtype or b.acled_subtype:
            x, y = a.acled_subtype, b.acled_subtype
            if x == y:
                return Check(True, 2, f"both {x}")
            if x and y and any(x in g and y in g for g in self.rules.co_describe):
                return Check(True, 1, f"{x} and {y} co-describe one incident")
            return Check(False, 0, f"{x or 'no ACLED type'} vs {y or 'no ACLED type'}")
        if a.plover == b.plover:
            return Check(True, 2, f"both {a.plover}")
        return Check(False, 0, f"{a.plover} vs {b.plover}")

    def _date(self, a: Report, b: Report) -> Check:
        ia, ib = a.interval, b.interval
        if not ia.known or not ib.known:
            return Check(False, 0, "undated")
        for iv in (ia, ib):
            days = (iv.end - iv.start).days + 1
            if days > self.rules.max_interval_days:
                return Check(False, 0, f"{_iv(iv)} is too vague ({days} days)")
        slack = dt.timedelta(days=self.rules.date_slack_days)
        if ia.start <= ib.end and ib.start <= ia.end:
            return Check(True, 2, f"{_iv(ia)} overlaps {_iv(ib)}")
        if ia.start <= ib.end + slack and ib.start <= ia.end + slack:
            return Check(True, 1, f"{_iv(ia)} is within {self.rules.date_slack_days} day of {_iv(ib)}")
        return Check(False, 0, f"{_iv(ia)} vs {_iv(ib)}")

    def _place(self, a: Report, b: Report) -> Check:
        if not a.country or not b.country:
            return Check(False, 0, "no place")
        if a.country != b.country:
            return Check(False, 0, f"{a.country} vs {b.country}")
        if a.geo_precision == b.geo_precision == "point" and None not in (a.lat, a.lon, b.lat, b.lon):
            km = _km(a.lat, a.lon, b.lat, b.lon)
            if km <= self.rules.near_km:
                return Check(True, 3, f"{a.location} and {b.location} are {km:.1f} km apart")
            return Check(False, 0, f"{a.location} and {b.location} are {km:.0f} km apart")
        if a.admin2 and b.admin2:
            if _norm(a.admin2) == _norm(b.admin2):
                return Check(True, 2, f"both in {a.admin2} district")
            return Check(False, 0, f"{a.admin2} vs {b.admin2} district")
        if a.admin1 and b.admin1:
            if _norm(a.admin1) == _norm(b.admin1):
                return Check(True, 1, f"both in {a.admin1} (province only)")
            return Check(False, 0, f"{a.admin1} vs {b.admin1}")
        return Check(False, 0, "place known only to the country")

    def _actors(self, a: Report, b: Report) -> Check:
        a1, a2 = self.actor(a.actor1, a.actor1_type, a.actor1_kind), self.actor(a.actor2, a.actor2_type, a.actor2_kind)
        b1, b2 = self.actor(b.actor1, b.actor1_type, b.actor1_kind), self.actor(b.actor2, b.actor2_type, b.actor2_kind)
        side = (_fits(a1, b1), _fits(a2, b2))
        if side[0].ok and side[1].ok:
            return Check(True, side[0].level + side[1].level,
                         f"actor1: {side[0].text}; actor2: {side[1].text}")
        if a.acled_subtype in self.rules.symmetric and b.acled_subtype in self.rules.symmetric:
            cross = (_fits(a1, b2), _fits(a2, b1))
            if cross[0].ok and cross[1].ok:
                return Check(True, cross[0].level + cross[1].level,
                             f"crosswise: {cross[0].text}; {cross[1].text}")
        bad = side[0] if not side[0].ok else side[1]
        return Check(False, 0, f"{'actor1' if bad is side[0] else 'actor2'}: {bad.text}")

    def choose(self, new: Report, candidates: dict[int, list[Report]]) -> Decision:
        """The incident ``new`` joins among ``candidates`` (incident id → its reports), or None."""
        fits, apart = [], []
        for iid in sorted(candidates):
            members = candidates[iid]
            if any(m.article_id == new.article_id for m in members):
                apart.append(f"incident {iid}: already holds an event of this article")
                continue
            best, why_not = None, None
            for m in members:
                ok, score, reasons = self.compare(new, m)
                if not ok:
                    why_not = f"incident {iid}: {reasons['apart']} (event {m.event_id})"
                    break
                if best is None or score > best[0]:
                    best = (score, m, reasons)
            if why_not:
                apart.append(why_not)
            else:
                fits.append((best[0], iid, best[1], best[2], len(members)))
        if not fits:
            return Decision(None, None, {"founded": "no earlier incident fits", **({"apart": apart} if apart else {})})
        fits.sort(key=lambda f: (tuple(-x for x in f[0]), f[1]))
        score, iid, member, reasons, n = fits[0]
        rivals = [f[1] for f in fits[1:] if f[0] == score or score[0] <= 1]
        if rivals:
            return Decision(None, None, {"founded": "ambiguous: fits incidents "
                                         + ", ".join(str(i) for i in [iid, *rivals]) + " equally",
                                         **({"apart": apart} if apart else {})})
        reasons = dict(reasons, fits=f"fits all {n} report{'s' if n > 1 else ''} of incident {iid}",
                       matched=member.event_id)
        return Decision(iid, member, reasons)

    # --- merging -------------------------------------------------------------------------

    def combine(self, reports: list[Report]) -> Incident:
        """The merged values of an incident's reports (in the order they joined)."""
        rules = self.rules
        typed = _most_common(reports, lambda r: r.acled_subtype or r.plover)
        place = min((r for r in reports if r.country), default=None,
                    key=lambda r: (PRECISION_RANK.get(r.geo_precision or "country", 9),
                                   -sum(1 for x in reports if x.location == r.location and x.country),
                                   reports.index(r)))
        a1, a1_type, status, source = self._side(reports, 1, place)
        a2, a2_type, _, _ = self._side(reports, 2, place)
        figures, low, best, high = self._fatalities(reports)
        credible_injured = [r.injured for r in reports if r.injured is not None
                            and r.status in rules.credible_statuses]
        inc = Incident(
            reports=list(reports), interval=_tightest([r.interval for r in reports]),
            category=typed.category, acled_type=typed.acled_type, acled_subtype=typed.acled_subtype,
            plover=typed.plover, mode=typed.mode, place=place,
            actor1=a1, actor1_type=a1_type, actor2=a2, actor2_type=a2_type,
            status=status, source=source,
            fatalities_low=low, fatalities_best=best, fatalities_high=high,
            injured=min(credible_injured) if credible_injured else None,
            figures=figures, historical=all(r.historical for r in reports))
        inc.summary = _summary(inc)
        inc.notes = _notes(inc)
        return inc

    def _side(self, reports: list[Report], n: int, place: Report | None):
        rank = {s: i for i, s in enumerate(self.rules.status_order)}
        views = [(r, self.actor(getattr(r, f"actor{n}"), getattr(r, f"actor{n}_type"),
                                getattr(r, f"actor{n}_kind"))) for r in reports]
        views = [(r, v) for r, v in views if v is not None]
        named = [(r, v) for r, v in views if v.key]
        pool = named or views
        if not pool:
            r = min(reports, key=lambda r: rank.get(r.status, 99))
            return None, None, r.status, r.source
        counts = Counter(v.key or v.kind or v.name for _, v in pool)
        top = max(counts.values())
        chosen = [(r, v) for r, v in pool if counts[v.key or v.kind or v.name] == top]
        r, v = min(chosen, key=lambda rv: (rank.get(rv[0].status, 99), reports.index(rv[0])))
        same = [rv[0] for rv in pool if (rv[1].key or rv[1].kind or rv[1].name) == (v.key or v.kind or v.name)]
        strongest = min(same, key=lambda x: (rank.get(x.status, 99), reports.index(x)))
        name = getattr(r, f"actor{n}")
        prefix = v.canonical.split("{")[0] if v.canonical else ""
        if not v.key and v.canonical and place is not None and place.country and \
                not (name or "").startswith(prefix):
            # a bare description ("gunmen") takes the place's country; a resolved one
            # ("Government of Iran", acting in Pakistan) keeps its own
            name = v.canonical.format(country=self._countries.get(place.country, place.country))
        return name, getattr(r, f"actor{n}_type") or v.acled_type, strongest.status, strongest.source

    def _fatalities(self, reports: list[Report]):
        credible_st = self.rules.credible_statuses
        figures: list[Figure] = []
        given = [r for r in reports if r.fatalities is not None]
        credible = [r for r in given if r.status in credible_st]
        current = []
        for r in given:
            if r not in credible:
                who = f" by {r.source}" if r.source else ""
                figures.append(Figure(r.event_id, r.fatalities, "not credible", f"{r.status}{who}"))
                continue
            later = [x for x in credible if r.outlet and x.outlet and x.outlet.casefold() == r.outlet.casefold()
                     and x.published and r.published and x.published > r.published]
            if later:
                last = max(later, key=lambda x: x.published)
                figures.append(Figure(r.event_id, r.fatalities, "superseded",
                                      f"{r.outlet} later reported {last.fatalities} ({last.published})"))
            else:
                current.append(r)
                figures.append(Figure(r.event_id, r.fatalities, "credible", "stated as fact"))
        if not given:
            return figures, None, None, None
        if current:
            best = min(r.fatalities for r in current)
            values = [r.fatalities for r in credible]
        else:
            best = min(r.fatalities for r in given)
            values = [r.fatalities for r in given]
        for f in figures:
            if f.value == best and (f.role == "credible" or (not current and f.role == "not credible")):
                f.role, f.why = "best", ("lowest current credible toll" if current
                                         else f"no credible toll; lowest claimed ({f.why})")
        return figures, min(values), best, max(values)


# --- helpers ------------------------------------------------------------------------------

def _kind_type(p: dict) -> str | None:
    return None if p["kind"] == "unidentified" else p.get("type")


def _fits(a: ActorView | None, b: ActorView | None) -> Check:
    if a is None or b is None:
        return Check(True, 0, "named by one report only")
    if a.name.casefold() == b.name.casefold():
        return Check(True, 2, f"both {a.name}")
    if a.key and b.key:
        if a.key == b.key:
            return Check(True, 2, f"both {a.name}")
        return Check(False, 0, f"{a.name} vs {b.name}")
    if a.key or b.key:
        named, other = (a, b) if a.key else (b, a)
        if other.kind == "unidentified":
            if named.type == "state":
                return Check(False, 0, f"{named.name} (state) vs {other.name} (unidentified)")
            return Check(True, 1, f"unidentified {other.name} fits {named.name}")
        if other.kind is None and other.type is None or named.type is None or named.type == other.type:
            return Check(True, 1, f"{other.name} fits {named.name}")
        return Check(False, 0, f"{named.name} ({named.type}) vs {other.name} ({other.kind or other.type})")
    if a.kind and b.kind:
        if a.kind == b.kind:
            return Check(True, 1, f"{a.name} and {b.name} are both {a.kind}")
        return Check(False, 0, f"{a.name} ({a.kind}) vs {b.name} ({b.kind})")
    if a.type and b.type and a.type != b.type:
        return Check(False, 0, f"{a.name} ({a.type}) vs {b.name} ({b.type})")
    return Check(True, 0, f"{a.name} and {b.name} may be the same")


def _singular(noun: str) -> str:
    for end, repl in (("men", "man"), ("ies", "y"), ("ses", "s"), ("s", "")):
        if noun.endswith(end) and len(noun) > len(end) + 2:
            return noun[: -len(end)] + repl
    return noun


def _norm(name: str) -> str:
    return re.sub(r"\s+(district|division|province|region|agency|tehsil)$", "", name.strip().casefold())


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _iv(iv: Interval) -> str:
    if iv.start == iv.end:
        return iv.start.isoformat()
    return f"{iv.start.isoformat()}..{iv.end.isoformat()}"


def _tightest(intervals: list[Interval]) -> Interval:
    known = [iv for iv in intervals if iv.known]
    if not known:
        return Interval.unknown()
    start, end = max(iv.start for iv in known), min(iv.end for iv in known)
    narrowest = min(known, key=lambda iv: ((iv.end - iv.start).days, iv.start))
    if start > end:
        return narrowest
    same = [iv for iv in known if (iv.start, iv.end) == (start, end)]
    precision = same[0].precision if same else ("day" if start == end else narrowest.precision)
    return Interval(start, end, precision)


def _most_common(reports: list[Report], key):
    counts = Counter(key(r) for r in reports)
    top = max(counts.values())
    return next(r for r in reports if counts[key(r)] == top)


def _country_names() -> dict[str, str]:
    import csv

    with open(DATA / "countries.csv", encoding="utf-8", newline="") as f:
        return {row["iso2"].strip(): row["name"].strip() for row in csv.DictReader(f)}


def _summary(inc: Incident) -> str:
    who = inc.actor1 or "Someone"
    whom = f" {inc.actor2}" if inc.actor2 else ""
    where = f" in {inc.place.location}" if inc.place and inc.place.location else ""
    when = ""
    if inc.interval.known:
        when = f" on {_iv(inc.interval)}"
    dead = ""
    if inc.fatalities_best is not None:
        dead = f" ({inc.fatalities_best} killed"
        if inc.fatalities_low != inc.fatalities_high:
            dead += f"; reports give {inc.fatalities_low}-{inc.fatalities_high}"
        dead += ")"
    status = "" if inc.status == "reported" else f" [{inc.status}]"
    n = len({r.article_id for r in inc.reports})
    return f"{who} {verb(inc.acled_subtype, inc.plover)}{whom}{where}{when}{dead}{status} - {n} report{'s' if n > 1 else ''}"


def _notes(inc: Incident) -> str:
    if len(inc.reports) < 2:
        return ""
    by_id = {r.event_id: r for r in inc.reports}
    parts = []
    if len({f.value for f in inc.figures}) > 1:
        tolls = "; ".join(f"{_who(by_id[f.event_id])} {f.value} ({f.role}{': ' + f.why if f.role != 'credible' else ''})"
                          for f in inc.figures)
        parts.append(f"Fatalities by report: {tolls}.")
    names = {r.actor1 for r in inc.reports if r.actor1}
    if len(names) > 1:
        parts.append("Perpetrator by report: " + "; ".join(
            f"{_who(r)} {r.actor1 or 'not named'} ({r.status}{' by ' + r.source if r.source else ''})"
            for r in inc.reports) + ".")
    return " ".join(parts)


def _who(r: Report) -> str:
    return f"{r.outlet or r.article} {r.published.isoformat() if r.published else ''}".strip() + ":"
