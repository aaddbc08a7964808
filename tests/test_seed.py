"""The seed article end to end (read from ../shared/eval/dev, never copied here)."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


@pytest.fixture(scope="module")
def seed(pipeline, seed_text):
    return pipeline.extract(seed_text, id="seed")


@pytest.fixture(scope="module")
def seed_dated(pipeline, seed_text):
    return pipeline.extract(seed_text, published="2022-02-25", id="seed")


def _find(article, plover, place=None, start=None):
    out = []
    for e in article.events:
        if e.plover != plover:
            continue
        if place and (e.place is None or place.lower() not in (e.place.name + " " + (e.place.admin2 or "")).lower()):
            continue
        if start and e.interval.start != start:
            continue
        out.append(e)
    return out


def test_publication_date_is_inferred_from_the_content(seed):
    pub = seed.published
    assert pub.inferred and pub.date is not None
    assert D(2022, 2, 1) <= pub.date <= D(2022, 3, 31)
    assert pub.evidence, "the inferred date must cite the spans it relied on"


def test_kech_checkpost_attack(seed):
    (kech,) = _find(seed, "ASSAULT", "Kech")
    assert kech.interval.start == D(2022, 1, 25)
    assert kech.place.country == "PK" and kech.place.admin1 == "Balochistan"
    assert "Kech" in (kech.place.admin2 or "")
    assert kech.fatalities is not None and kech.fatalities.value == 10
    assert kech.claim.status == "claimed"
    assert kech.actor1 is not None and kech.actor1.name == "Baloch Liberation Front"
    # the later "attack in Kech" is a mention of this event, not a new one
    assert len(kech.evidence) >= 2


def test_panjgur_and_noshki_attacks_are_two_events(seed):
    panjgur = _find(seed, "ASSAULT", "Panjgur", D(2022, 2, 2))
    noshki = _find(seed, "ASSAULT", "Nushki", D(2022, 2, 2)) or _find(seed, "ASSAULT", "Noshki", D(2022, 2, 2))
    assert len(panjgur) == 1 and len(noshki) == 1
    assert panjgur[0] is not noshki[0]
    assert noshki[0].place.admin1 == "Balochistan"


def test_vahidi_visits_islamabad_on_14_february(seed):
    (visit,) = _find(seed, "CONSULT", "Islamabad", D(2022, 2, 14))
    assert visit.actor1 is not None and "Vahidi" in visit.actor1.name
    assert visit.actor1.affiliation == "Government of Iran"
    assert visit.place.country == "PK"


def test_event_dates_do_not_depend_on_a_given_publication_date(seed, seed_dated):
    """The seed carries no date: what sitrep infers must date events as 25 Feb 2022 would."""
    def dates(article):
        return [(e.plover, e.trigger.start, e.interval) for e in article.events]
    assert dates(seed) == dates(seed_dated)


def test_every_field_points_into_the_text(seed, seed_text):
    for e in seed.events:
        for span in [e.trigger, *e.evidence]:
            assert seed_text[span.start:span.end] == span.text
        for part in (e.place, e.actor1, e.actor2, e.fatalities, e.time):
            if part is not None:
                assert seed_text[part.span.start:part.span.end] == part.span.text
