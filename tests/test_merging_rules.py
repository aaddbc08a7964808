"""The merge rules (sitrep/merging.py) on hand-built reports: places, dates, types, actors,
ambiguity, and the low/best/high fatality rule. No spaCy needed; milliseconds each."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merging import Merger
from sitrep.records import Interval, Report

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def merger():
    return Merger()


def rep(event_id=1, article_id=None, **kw) -> Report:
    base = dict(event_id=event_id, article_id=article_id or event_id, article=f"a{article_id or event_id}",
                outlet=None, published=D("2024-03-15"), category="conflict", acled_type="Battles",
                acled_subtype="Armed clash", plover="ASSAULT", mode=None,
                interval=Interval(D("2024-03-13"), D("2024-03-13"), "day"),
                location="Panjgur", country="PK", admin1="Balochistan", admin2="Panjgur District",
                lat=26.97, lon=64.09, geo_precision="point",
                actor1="Balochistan Liberation Army", actor1_type="rebel", actor1_kind="organisation",
                actor2="Military Forces of Pakistan", actor2_type="state", actor2_kind="organisation",
                fatalities=None, status="reported")
    base.update(kw)
    return Report(**base)


def fits(merger, a, b) -> bool:
    return merger.compare(a, b)[0]


# --- places -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kw, expected", [
    (dict(lat=27.00, lon=64.12), True),                      # about 4 km away
    (dict(lat=27.20, lon=64.30, location="Elsewhere"), False),  # about 33 km away, same district
    (dict(geo_precision="admin2", lat=None, lon=None, location="Panjgur District"), True),
    (dict(geo_precision="admin2", admin2="Kech", location="Kech", lat=None, lon=None), False),
    (dict(country="IR", admin1="Sistan and Baluchestan", admin2=None), False),
    (dict(country=None, admin1=None, admin2=None, location=None, lat=None, lon=None, geo_precision=None), False),
])
def test_place_rule(merger, kw, expected):
    assert fits(merger, rep(1), rep(2, **kw)) is expected


def test_province_only_report_joins_only_when_one_incident_fits(merger):
    vague = rep(9, geo_precision="admin1", admin2=None, location="Balochistan", lat=None, lon=None)
    panjgur = [rep(1)]
    kech = [rep(2, admin2="Kech", location="Turbat", lat=26.0, lon=63.05)]
    alone = merger.choose(vague, {1: panjgur})
    assert alone.incident == 1 and "province only" in alone.reasons["place"]
    both = merger.choose(vague, {1: panjgur, 2: kech})
    assert both.incident is None and "ambiguous" in both.reasons["founded"]


# --- dates and types --------------------------------------------------------------------------

@pytest.mark.parametrize("interval, expected", [
    (Interval(D("2024-03-13"), D("2024-03-14"), "day"), True),     # "Wednesday night"
    (Interval(D("2024-03-14"), D("2024-03-14"), "day"), True),     # a day later: within the slack
    (Interval(D("2024-03-16"), D("2024-03-16"), "day"), False),
    (Interval(D("2024-03-01"), D("2024-03-31"), "month"), False),  # "in March": too vague to merge
    (Interval(None, None, None), False),
])
def test_date_rule(merger, interval, expected):
    assert fits(merger, rep(1), rep(2, interval=interval)) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("Armed clash", "Armed clash", True),
    ("Armed clash", "Attack", True),
    ("Suicide bomb", "Remote explosive/landmine/IED", True),
    ("Armed clash", "Peaceful protest", False),
    ("Attack", "Abduction/forced disappearance", False),
    ("Arrests", "Armed clash", False),
])
def test_type_rule(merger, a, b, expected):
    assert fits(merger, rep(1, acled_subtype=a), rep(2, acled_subtype=b)) is expected


def test_political_events_need_the_same_plover_type(merger):
    pol = dict(category="political", acled_type=None, acled_subtype=None)
    assert fits(merger, rep(1, plover="CONSULT", **pol), rep(2, plover="CONSULT", **pol))
    assert not fits(merger, rep(1, plover="CONSULT", **pol), rep(2, plover="THREATEN", **pol))
    assert not fits(merger, rep(1, plover="ASSAULT"), rep(2, plover="THREATEN", **pol))


def test_a_planned_attack_is_not_the_attack(merger):
    assert not fits(merger, rep(1), rep(2, status="planned"))


# --- actors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kw, expected", [
    (dict(actor1="Gunmen", actor1_type=None, actor1_kind="description"), True),
    (dict(actor1="Unidentified Armed Group (Pakistan)", actor1_type="rebel", actor1_kind="description"), True),
    (dict(actor1=None, actor1_type=None, actor1_kind=None), True),
    (dict(actor1="Baloch Liberation Front", actor1_type="rebel", actor1_kind="organisation"), False),
    (dict(actor2="seven soldiers", actor2_type=None, actor2_kind="description"), True),
    (dict(actor2="two policemen", actor2_type=None, actor2_kind="description"), False),
    (dict(actor2="Police Forces of Pakistan", actor2_type="state", actor2_kind="organisation"), False),
    (dict(actor2="five labourers", actor2_type=None, actor2_kind="description"), False),
])
def test_actor_rule(merger, kw, expected):
    assert fits(merger, rep(1), rep(2, **kw)) is expected


def test_unidentified_gunmen_do_not_fit_named_state_forces(merger):
    soldiers_fired = rep(1, actor1="Military Forces of Pakistan", actor1_type="state",
                         actor2="Civilians (Pakistan)", actor2_type="civilians", acled_subtype="Attack")
    gunmen_fired = rep(2, actor1="Gunmen", actor1_type=None, actor1_kind="description",
                       actor2="Civilians (Pakistan)", actor2_type="civilians", acled_subtype="Attack")
    ok, _, why = merger.compare(gunmen_fired, soldiers_fired)
    assert not ok and "unidentified" in why["apart"]


def test_clash_sides_are_also_compared_crosswise(merger):
    a = rep(1)
    swapped = rep(2, actor1="Military Forces of Pakistan", actor1_type="state",
                  actor2="Balochistan Liberation Army", actor2_type="rebel")
    assert fits(merger, a, swapped)
    assert not fits(merger, rep(3, acled_subtype="Attack"), rep(4, acled_subtype="Attack", actor1=swapped.actor1,
                                                                 actor1_type="state", actor2=swapped.actor2,
                                                                 actor2_type="rebel"))


def test_events_of_one_article_never_merge(merger):
    d = merger.choose(rep(2, article_id=7), {1: [rep(1, article_id=7)]})
    assert d.incident is None and "already holds an event of this article" in d.reasons["apart"][0]


def test_a_report_must_fit_every_report_of_the_incident(merger):
    incident = [rep(1), rep(2, actor1="Gunmen", actor1_type=None, actor1_kind="description")]
    blf = rep(3, actor1="Baloch Liberation Front", actor1_type="rebel", actor1_kind="organisation")
    assert fits(merger, blf, incident[1])  # the gunmen could be anyone...
    assert merger.choose(blf, {1: incident}).incident is None  # ...but the BLA is not the BLF


def test_equal_fits_are_ambiguous(merger):
    new = rep(9, actor2=None, actor2_type=None, actor2_kind=None)
    police = [rep(1, actor2="Police Forces of Pakistan", actor2_type="state")]
    army = [rep(2, actor2="Military Forces of Pakistan", actor2_type="state")]
    d = merger.choose(new, {1: police, 2: army})
    assert d.incident is None and "ambiguous" in d.reasons["founded"]


# --- merged values ----------------------------------------------------------------------------

def test_fatalities_low_best_high(merger):
    inc = merger.combine([
        rep(1, outlet="Courier", published=D("2024-03-14"), fatalities=4),
        rep(2, outlet="Times", published=D("2024-03-15"), fatalities=7),
        rep(3, outlet="Courier", published=D("2024-03-15"), fatalities=9),
        rep(4, outlet="Gazette", published=D("2024-03-14"), fatalities=20, status="claimed",
            source="Balochistan Liberation Army"),
    ])
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high) == (4, 7, 9)
    assert [(f.value, f.role) for f in inc.figures] == [
        (4, "superseded"), (7, "best"), (9, "credible"), (20, "not credible")]


def test_fatalities_best_is_the_lowest_current_credible_toll_not_the_latest(merger):
    # the latest report says 12, an earlier one from another outlet 8: ACLED keeps the conservative 8
    inc = merger.combine([rep(1, outlet="A", published=D("2024-03-14"), fatalities=8),
                          rep(2, outlet="B", published=D("2024-03-16"), fatalities=12)])
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high) == (8, 8, 12)


def test_same_outlet_same_day_is_not_an_update(merger):
    inc = merger.combine([rep(1, outlet="A", fatalities=5), rep(2, outlet="A", fatalities=6)])
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high) == (5, 5, 6)


def test_claimed_tolls_count_only_without_a_credible_one(merger):
    inc = merger.combine([rep(1, fatalities=30, status="claimed", source="X"),
                          rep(2, fatalities=12, status="alleged")])
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high) == (12, 12, 30)
    assert "no credible toll" in next(f.why for f in inc.figures if f.role == "best")
    assert merger.combine([rep(1)]).fatalities_best is None


def test_tightest_interval(merger):
    night = rep(1, interval=Interval(D("2024-03-13"), D("2024-03-14"), "day"))
    dated = rep(2, interval=Interval(D("2024-03-13"), D("2024-03-13"), "day"))
    week = rep(3, interval=Interval(D("2024-03-11"), D("2024-03-17"), "week"))
    inc = merger.combine([week, night, dated])
    assert (inc.interval.start, inc.interval.end, inc.interval.precision) == (D("2024-03-13"), D("2024-03-13"), "day")
    apart = merger.combine([rep(1, interval=Interval(D("2024-03-14"), D("2024-03-14"), "day")), night])
    assert (apart.interval.start, apart.interval.end) == (D("2024-03-14"), D("2024-03-14"))


def test_named_perpetrator_and_its_strongest_status(merger):
    inc = merger.combine([rep(1, actor1="Gunmen", actor1_type=None, actor1_kind="description"),
                          rep(2, status="claimed", source="Balochistan Liberation Army")])
    assert inc.actor1 == "Balochistan Liberation Army" and inc.status == "claimed"
    assert inc.source == "Balochistan Liberation Army"
    unnamed = merger.combine([rep(1, actor1="Gunmen", actor1_type=None, actor1_kind="description")])
    assert unnamed.actor1 == "Unidentified Armed Group (Pakistan)" and unnamed.actor1_type == "rebel"


def test_finest_place_wins(merger):
    inc = merger.combine([rep(1, geo_precision="admin1", admin2=None, location="Balochistan", lat=None, lon=None),
                          rep(2)])
    assert inc.place.location == "Panjgur" and inc.place.geo_precision == "point"


def test_a_foreign_state_actor_keeps_its_own_country(merger):
    """"Iran recruited men in Pakistan": the incident's actor is Iran's government, not Pakistan's."""
    r = rep(1, category="political", acled_type=None, acled_subtype=None, plover="MOBILIZE",
            location="Pakistan", admin1=None, admin2=None, geo_precision="country", lat=None, lon=None,
            actor1="Government of Iran", actor1_type="state", actor1_kind="country",
            actor2=None, actor2_type=None, actor2_kind=None)
    assert merger.combine([r]).actor1 == "Government of Iran"


def test_a_bare_description_takes_the_places_country(merger):
    r = rep(1, actor1="gunmen", actor1_type=None, actor1_kind="description")
    assert merger.combine([r]).actor1 == "Unidentified Armed Group (Pakistan)"
