"""How the gazetteer index is built: rules checked on small tables of invented places."""
from __future__ import annotations

import sqlite3

import pytest

from sitrep.gazetteer import (_add_names, _create, _insert, _towns_in_their_own_district, _without_unit_prefix,
                              _towns_without_their_article, load_alternate_names)


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


def _alternates_index(tmp_path) -> sqlite3.Connection:
    """Xland's towns Dorvik (90,000 people, GeoNames id 11) and Tavor (20,000, id 12), the village
    Pashin (600, id 13), and Kelmir (50,000, id 14), with the other spellings a cities500 table gives them."""
    import json
    db = sqlite3.connect(":memory:")
    _create(db)
    for name, pop, gid in (("Dorvik", 90_000, 11), ("Tavor", 20_000, 12), ("Pashin", 600, 13), ("Kelmir", 50_000, 14)):
        pid = _insert(db, name, "city", "XL", "Ostrava", None, pop, 10.0, 10.0, gid, "test")
        db.execute("INSERT INTO names VALUES (?, ?)", (name.lower(), pid))
    towns = {
        "11": {"geonameid": 11, "name": "Dorvik", "alternatenames": ["Dorwick", "Dorvique", "DRV", "dorvika", "Do", "Dorvik 2"]},
        "12": {"geonameid": 12, "name": "Tavor", "alternatenames": ["Tavoria", "Kelmir", "Dorwick"]},
        "13": {"geonameid": 13, "name": "Pashin", "alternatenames": ["Pashino"]},
        "14": {"geonameid": 14, "name": "Kelmir", "alternatenames": ["Kjelmir"]},
    }
    path = tmp_path / "cities500.json"
    path.write_text(json.dumps(towns), encoding="utf-8")
    load_alternate_names(db, path)
    return db


def _bearers(db, key: str) -> list[str]:
    return [r[0] for r in db.execute("SELECT p.name FROM names n JOIN places p ON p.id = n.place_id"
                                     " WHERE n.key = ? ORDER BY p.population DESC", (key,))]


def test_a_town_answers_to_its_other_spellings(tmp_path):
    db = _alternates_index(tmp_path)
    assert _bearers(db, "dorwick") == ["Dorvik"]  # (Tavor's "Dorwick" too: the larger town keeps it)
    assert _bearers(db, "dorvique") == ["Dorvik"]
    assert _bearers(db, "tavoria") == ["Tavor"]
    assert _bearers(db, "kjelmir") == ["Kelmir"]


def test_a_town_answers_to_its_other_spellings_twin(tmp_path):
    # codes, machine transliterations in lower case, short forms, numbered forms, a hamlet's
    # spellings, and the name of a more populous town: none is taken
    db = _alternates_index(tmp_path)
    for key in ("drv", "dorvika", "do", "dorvik 2", "pashino"):
        assert _bearers(db, key) == [], key
    assert _bearers(db, "kelmir") == ["Kelmir"]  # not Tavor, which GeoNames also calls so


def test_a_town_of_an_arabic_speaking_land_answers_to_its_name_without_the_article():
    # Syria's towns Al Qarmeen (40,000 people) and Ar Rasfa (2,000), and Morocco's As Samir (30,000)
    # beside Samir, a town of 60,000 of that very name
    db = sqlite3.connect(":memory:")
    _create(db)
    for name, country, pop in (("Al Qarmeen", "SY", 40_000), ("Ar Rasfa", "SY", 2_000), ("As Samir", "MA", 30_000),
                               ("Samir", "MA", 60_000), ("Al Dorvik", "XL", 50_000)):
        pid = _insert(db, name, "city", country, None, None, pop, 10.0, 10.0, None, "test")
        db.execute("INSERT INTO names VALUES (?, ?)", (name.lower(), pid))
    _towns_without_their_article(db)
    assert _bearers(db, "qarmeen") == ["Al Qarmeen"]
    assert _bearers(db, "samir") == ["Samir"]  # the name another town bears is not taken


def test_a_town_of_an_arabic_speaking_land_answers_to_its_name_without_the_article_twin():
    # a village, and a town of a land whose names do not come from Arabic, keep their article
    db = sqlite3.connect(":memory:")
    _create(db)
    for name, country, pop in (("Ar Rasfa", "SY", 2_000), ("Al Dorvik", "XL", 50_000)):
        pid = _insert(db, name, "city", country, None, None, pop, 10.0, 10.0, None, "test")
        db.execute("INSERT INTO names VALUES (?, ?)", (name.lower(), pid))
    _towns_without_their_article(db)
    assert _bearers(db, "rasfa") == [] and _bearers(db, "dorvik") == []


def _two_towns(tmp_path, arabic_namesake: bool) -> sqlite3.Connection:
    """Xland's Slavyorsk (50,000 people) and Nikor (60,000), to both of which GeoNames gives
    "Slaviorsk", and to Nikor "Qarmiyah"; with ``arabic_namesake``, Syria's village Al Qarmiya."""
    import json
    db = sqlite3.connect(":memory:")
    _create(db)
    for name, pop, gid in (("Slavyorsk", 50_000, 21), ("Nikor", 60_000, 22)):
        _add_names(db, _insert(db, name, "city", "XL", "Ostrava", None, pop, 10.0, 10.0, gid, "test"), [name], "XL")
    if arabic_namesake:
        _add_names(db, _insert(db, "Al Qarmiya", "city", "SY", "Halab", None, 900, 36.0, 37.0, 23, "test"),
                   ["Al Qarmiya"], "SY")
    towns = {"21": {"geonameid": 21, "name": "Slavyorsk", "alternatenames": ["Slaviorsk"]},
             "22": {"geonameid": 22, "name": "Nikor", "alternatenames": ["Slaviorsk", "Qarmiyah"]}}
    path = tmp_path / "cities500.json"
    path.write_text(json.dumps(towns), encoding="utf-8")
    load_alternate_names(db, path)
    return db


def test_a_spelling_goes_to_the_town_whose_own_name_it_spells(tmp_path):
    db = _two_towns(tmp_path, arabic_namesake=False)
    assert _bearers(db, "slaviorsk") == ["Slavyorsk"]  # not the more populous Nikor's other name
    assert _bearers(db, "qarmiyah") == ["Nikor"]


def test_a_spelling_goes_to_the_town_whose_own_name_it_spells_twin(tmp_path):
    # a name a place of another land answers to, spelled from Arabic, is no town's other name
    db = _two_towns(tmp_path, arabic_namesake=True)
    assert _bearers(db, "qarmiyah") == []
