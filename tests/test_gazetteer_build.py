"""How the gazetteer index is built: rules checked on small tables of invented places."""
from __future__ import annotations

import sqlite3

import pytest

from sitrep.gazetteer import _create, _insert, _towns_in_their_own_district, _without_unit_prefix


@pytest.mark.parametrize("key,rest", [
    ("nahiyat al qarmusiyah", "al qarmusiyah"),
    ("qada tell dorin", "tell dorin"),
    ("markaz e hukumat e zarbel", "zarbel"),
    ("markaz e zarbel", "zarbel"),
    ("shahrestan e kolvar", "kolvar"),
    ("nahiyat", None),  # the kind alone is no name
    ("qadamabad", None),  # a name that merely begins with the kind's letters
    ("zarbel", None),
])
def test_a_name_loses_the_administrative_kind_geonames_writes_before_it(key, rest):
    assert _without_unit_prefix(key) == rest


def _index(town_lat: float, own_name: str = "Kelmir District") -> sqlite3.Connection:
    """Province Ostrava of Xland: districts Dorvik (towns near 10N 10E) and Kelmir (near 11N 11E);
    the town of Dorvik, given the district ``own_name``, at ``town_lat`` N, 10E."""
    db = sqlite3.connect(":memory:")
    _create(db)
    for name in ("Dorvik District", "Kelmir District", "Dorvik Town"):
        _insert(db, name, "admin2", "XL", "Ostrava", name, 0, None, None, None, "test")
    _insert(db, "Kelmir", "city", "XL", "Ostrava", "Kelmir District", 50_000, 11.0, 11.0, None, "test")
    _insert(db, "Pashin", "city", "XL", "Ostrava", "Kelmir District", 20_000, 11.1, 10.9, None, "test")
    _insert(db, "Tavor", "city", "XL", "Ostrava", "Dorvik District", 5_000, 10.05, 10.05, None, "test")
    _insert(db, "Dorvik", "city", "XL", "Ostrava", own_name, 90_000, town_lat, 10.0, None, "test")
    return db


def _district_of(db, town: str) -> str:
    return db.execute("SELECT admin2 FROM places WHERE name = ? AND feature = 'city'", (town,)).fetchone()[0]


def test_a_town_given_another_district_moves_to_the_district_of_its_name():
    db = _index(town_lat=10.0)  # among Dorvik District's towns, far from Kelmir's
    _towns_in_their_own_district(db)
    assert _district_of(db, "Dorvik") == "Dorvik District"
    assert _district_of(db, "Kelmir") == "Kelmir District"


def test_a_town_given_another_district_moves_to_the_district_of_its_name_twin():
    # the same town among Kelmir District's towns: a namesake of a district that lies elsewhere
    db = _index(town_lat=11.05)
    _towns_in_their_own_district(db)
    assert _district_of(db, "Dorvik") == "Kelmir District"


def test_a_town_whose_own_district_bears_its_name_stays_in_it():
    # "Dorvik Town" is the town's own district (a town council beside the rural district)
    db = _index(town_lat=10.0, own_name="Dorvik Town")
    _towns_in_their_own_district(db)
    assert _district_of(db, "Dorvik") == "Dorvik Town"
