"""The example phrases of the events stage's comments, as test cases (tests/data/event_examples.yaml).

Each comment in src/sitrep/events/ that says what a rule does with a phrase ("forced thousands to
flee": not one party coercing another) is a case here: a sentence written around the phrase, and
what the comment says the pipeline makes of it. The vocabulary of expectations is documented at the
top of the YAML file; ``check`` below is its one reading. A case the current code gets wrong is kept
as a strict xfail, so that fixing the code makes the case fail until its ``xfail`` is removed.
"""
from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest
import yaml

TABLE = Path(__file__).resolve().parent / "data" / "event_examples.yaml"
PUBLISHED = "2024-03-10"
MIN_CASES = 150

META_KEYS = {"id", "rule", "text", "xfail"}
SELECTOR = "plover"  # picks the events the other expectations are about
EXPECTATION_KEYS = {"plover", "count", "acled_type", "acled_subtype", "fatalities", "injured", "arrested",
                    "actor1", "actor2", "status", "place", "date"}
COUNTS = {"fatalities", "injured", "arrested"}
NULLABLE = {"acled_type", "acled_subtype", "actor1", "actor2", "place", "date"} | COUNTS
STATUSES = {"reported", "claimed", "alleged", "confirmed", "denied", "planned"}


class TableError(Exception):
    """The YAML table is malformed: the message names the case and what is wrong."""


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a key given twice in one mapping (PyYAML keeps the last silently)."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise TableError(f"{mark.name}, line {mark.line + 1}: key {key!r} given twice in one case")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _check_case(i: int, case) -> None:
    where = f"case #{i + 1}"
    if not isinstance(case, dict):
        raise TableError(f"{where}: a case is a mapping, not {type(case).__name__}")
    cid = case.get("id")
    if not isinstance(cid, str) or not cid:
        raise TableError(f"{where}: missing or empty 'id'")
    where = f"case {cid!r}"
    if cid != cid.lower() or not all(part.isalnum() for part in cid.split("-")):
        raise TableError(f"{where}: the id must be kebab-case (lower-case words joined by '-')")
    unknown = set(case) - META_KEYS - EXPECTATION_KEYS
    if unknown:
        raise TableError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(META_KEYS | EXPECTATION_KEYS)}")
    for key in ("text", "rule"):
        if not isinstance(case.get(key), str) or not case[key].strip():
            raise TableError(f"{where}: missing or empty {key!r}")
    if not set(case) & (EXPECTATION_KEYS - {SELECTOR}):
        raise TableError(f"{where}: no expectation (one of {sorted(EXPECTATION_KEYS - {SELECTOR})})")
    if "xfail" in case and (not isinstance(case["xfail"], str) or not case["xfail"].strip()):
        raise TableError(f"{where}: 'xfail' must say what happens instead")
    if "count" in case and (not isinstance(case["count"], int) or isinstance(case["count"], bool) or case["count"] < 0):
        raise TableError(f"{where}: 'count' must be a whole number >= 0")
    if case.get("count") == 0 and set(case) & (EXPECTATION_KEYS - {SELECTOR, "count"}):
        raise TableError(f"{where}: 'count: 0' leaves no event for the other expectations")
    for key in COUNTS:
        v = case.get(key)
        if key in case and v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise TableError(f"{where}: {key!r} must be a whole number >= 0 or null")
    for key in EXPECTATION_KEYS - NULLABLE - {"count"}:  # plover, status
        if key in case and not isinstance(case[key], str):
            raise TableError(f"{where}: {key!r} must be a string")
    for key in ("acled_type", "acled_subtype", "actor1", "actor2", "place"):
        if key in case and case[key] is not None and not isinstance(case[key], str):
            raise TableError(f"{where}: {key!r} must be a string or null")
    if "status" in case and case["status"] not in STATUSES:
        raise TableError(f"{where}: 'status' must be one of {sorted(STATUSES)}")
    if case.get("date") is not None:
        _dates(case["date"], where)


def _dates(value, where: str = "") -> tuple[dt.date, dt.date | None]:
    """``date``: "YYYY-MM-DD" (the interval's start) or "YYYY-MM-DD..YYYY-MM-DD" (start and end)."""
    if isinstance(value, dt.date):
        return value, None
    if not isinstance(value, str):
        raise TableError(f"{where}: 'date' must be a string YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, not {value!r}")
    try:
        if ".." in value:
            a, b = value.split("..")
            return dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        return dt.date.fromisoformat(value.strip()), None
    except ValueError:
        raise TableError(f"{where}: 'date' must be YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, not {value!r}") from None


def _absences(case: dict) -> set[str]:
    """The expectations of a case that say something is missing (no event, no count, no party)."""
    return {k for k in case if k in EXPECTATION_KEYS - {SELECTOR} and (
        case[k] is None or (k == "count" and case[k] == 0))}


def load_table(path: Path = TABLE) -> list[dict]:
    """The cases, checked: raises TableError with a clear message on any malformed case."""
    if not path.exists():
        raise TableError(f"{path} is missing")
    with path.open(encoding="utf-8") as f:
        cases = yaml.load(f, Loader=_StrictLoader)  # (a stream, so that marks name the file)
    if not isinstance(cases, list):
        raise TableError(f"{path.name}: the table is a YAML list of cases")
    ids = set()
    for i, case in enumerate(cases):
        _check_case(i, case)
        if case["id"] in ids:
            raise TableError(f"case {case['id']!r}: id used twice")
        ids.add(case["id"])
    by_id = {c["id"]: c for c in cases}
    for case in cases:
        missing = _absences(case)
        if not missing:
            continue
        # an expectation of absence passes when the rule (or the whole stage) does nothing: its twin,
        # a near-identical sentence, must show the same field present, so that the pair cannot both pass
        twin = by_id.get(case["id"] + "-twin")
        if twin is None:
            raise TableError(f"case {case['id']!r}: expects {sorted(missing)} absent, but has no "
                             f"positive twin {case['id'] + '-twin'!r}")
        if twin.get(SELECTOR) != case.get(SELECTOR):
            raise TableError(f"case {twin['id']!r}: a twin selects the same events ({SELECTOR}) as its case")
        for k in missing:
            if k == "count":
                if twin.get("count") == 0:
                    raise TableError(f"case {twin['id']!r}: the twin of a 'count: 0' case must expect an event")
            elif twin.get(k) is None:
                raise TableError(f"case {twin['id']!r}: the twin must give {k!r} a value (its case expects none)")
    return cases


def _resolve_rule(rule: str):
    """The object a ``rule`` names ("mentions.MentionReader._why_not"; "__init__.EventFinder.find" for
    the package itself), or raise ImportError/AttributeError."""
    module, _, rest = rule.partition(".")
    obj = importlib.import_module("sitrep.events" if module == "__init__" else f"sitrep.events.{module}")
    for part in rest.split(".") if rest else []:
        obj = getattr(obj, part)
    return obj


def _show(events) -> str:
    lines = []
    for e in events:
        lines.append(f"  {e.trigger.text!r}: {e.plover} {e.acled_type}/{e.acled_subtype} "
                     f"actor1={e.actor1.name if e.actor1 else None!r} actor2={e.actor2.name if e.actor2 else None!r} "
                     f"dead={e.fatalities.value if e.fatalities else None} "
                     f"injured={e.injured.value if e.injured else None} "
                     f"arrested={e.arrested.value if e.arrested else None} status={e.claim.status} "
                     f"place={e.place.name if e.place else None!r} date={e.interval.start}..{e.interval.end}")
    return "\n".join(lines) or "  (no events)"


def check(case: dict, events) -> list[str]:
    """What of ``case`` the ``events`` do not bear out (empty: the case holds)."""
    selected = [e for e in events if SELECTOR not in case or e.plover == case[SELECTOR]]
    what = f"events of PLOVER {case[SELECTOR]}" if SELECTOR in case else "events"
    problems = []
    if "count" in case:
        if len(selected) != case["count"]:
            problems.append(f"expected {case['count']} {what}, got {len(selected)}")
    elif not selected:
        problems.append(f"expected at least one of the {what}, got none")
    if not selected or case.get("count") == 0:
        return problems
    ev = selected[0]  # the other expectations are about the first one told
    actual = {
        "acled_type": ev.acled_type,
        "acled_subtype": ev.acled_subtype,
        "fatalities": ev.fatalities.value if ev.fatalities is not None else None,
        "injured": ev.injured.value if ev.injured is not None else None,
        "arrested": ev.arrested.value if ev.arrested is not None else None,
        "status": ev.claim.status,
        "place": ev.place.name if ev.place is not None else None,
    }
    for key, got in actual.items():
        if key in case and case[key] != got:
            problems.append(f"{key}: expected {case[key]!r}, got {got!r}")
    for key in ("actor1", "actor2"):
        if key not in case:
            continue
        actor = getattr(ev, key)
        want = case[key]
        if want is None and actor is not None:
            problems.append(f"{key}: expected none, got {actor.name!r}")
        elif want is not None and (actor is None or want.lower() not in actor.name.lower()):
            problems.append(f"{key}: expected a name containing {want!r}, got {actor.name if actor else None!r}")
    if "date" in case and case["date"] is None:
        if ev.interval.known:
            problems.append(f"date: expected none, got {ev.interval.start}..{ev.interval.end}")
    elif "date" in case:
        start, end = _dates(case["date"])
        if ev.interval.start != start or (end is not None and ev.interval.end != end):
            problems.append(f"date: expected {start}{'..' + str(end) if end else ''}, "
                            f"got {ev.interval.start}..{ev.interval.end}")
    return problems


try:
    CASES = load_table()
    LOAD_ERROR = None
except (TableError, yaml.YAMLError) as e:  # reported by test_table_is_well_formed, not at collection
    CASES, LOAD_ERROR = [], e


def test_table_is_well_formed():
    assert LOAD_ERROR is None, str(LOAD_ERROR)


def test_table_is_large_and_names_real_rules():
    assert len(CASES) >= MIN_CASES, f"{len(CASES)} cases; at least {MIN_CASES} expected"
    bad = []
    for case in CASES:
        try:
            target = _resolve_rule(case["rule"])
        except (ImportError, AttributeError) as e:
            bad.append(f"{case['id']}: {case['rule']} ({e})")
            continue
        if not callable(target):
            bad.append(f"{case['id']}: {case['rule']} is not a function")
    assert not bad, "rules that name no function of sitrep.events:\n" + "\n".join(bad)


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_event_example(pipeline, case):
    events = pipeline.extract(case["text"], published=PUBLISHED).events
    problems = check(case, events)
    assert not problems, (f"{case['rule']}: {case['text']}\n" + "\n".join(problems)
                          + "\nevents:\n" + _show(events))
