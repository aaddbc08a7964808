"""`sitrep gazetteer import` on GeoNames-format sample files written for these tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.errors import GazetteerError
from sitrep.gazetteer import Gazetteer, import_geonames

SAMPLE = Path(__file__).parent / "data" / "geonames"


@pytest.fixture
def index(pipeline, tmp_path):
    """A copy of the built index, so that imports do not touch the shared cache."""
    path = tmp_path / "gazetteer.sqlite"
    shutil.copy(pipeline.gazetteer.path, path)
    return path


def test_import_adds_villages_with_their_province_and_district(index):
    counts = import_geonames(index, SAMPLE)
    assert counts == {"read": 4, "added": 3, "skipped": 0}  # the mountain (class T) is not a place to code
    g = Gazetteer(index)
    (village,) = [e for e in g.lookup("Qila Safed") if e.geonames_id == 9900001]
    assert (village.feature, village.country, village.admin1, village.admin2) == \
        ("city", "PK", "Balochistan", "Kech District")
    assert village.population == 1200 and abs(village.lat - 29.21) < 1e-6


@pytest.mark.parametrize("spelling", ["Killa Safed", "Kila Safed", "Qilla Safed"])
def test_alternate_spellings_find_the_place(index, spelling):
    import_geonames(index, SAMPLE)
    assert 9900001 in {e.geonames_id for e in Gazetteer(index).lookup(spelling)}


def test_links_and_non_latin_names_are_not_names(index):
    import_geonames(index, SAMPLE)
    g = Gazetteer(index)
    assert not g.lookup("https://example.invalid/tamp")
    assert [e.geonames_id for e in g.lookup("Tump")] == [9900002]
    assert not [e for e in g.lookup("Zarghun Ghar") if e.geonames_id == 9900003]


def test_import_twice_adds_nothing(index):
    import_geonames(index, SAMPLE)
    assert import_geonames(index, SAMPLE) == {"read": 4, "added": 0, "skipped": 3}


def test_folder_without_a_geonames_table(index, tmp_path):
    with pytest.raises(GazetteerError, match="no allCountries.txt or citiesN.txt"):
        import_geonames(index, tmp_path)


def test_malformed_row_is_reported_with_its_line(index, tmp_path):
    (tmp_path / "cities500.txt").write_text("1\tOnly\tthree columns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"cities500.txt:1: 3 columns"):
        import_geonames(index, tmp_path)


def test_cli_import(run, pipeline, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy(pipeline.gazetteer.path, cache / "gazetteer.sqlite")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    result = run("gazetteer", "import", SAMPLE)
    assert result.exit_code == 0, result.output
    assert "3 places added" in result.output
    assert [e.name for e in Gazetteer(cache / "gazetteer.sqlite").lookup("Tamp Bazar")] == ["Tamp"]


def test_an_index_built_from_another_alias_file_is_rebuilt(index):
    import sqlite3

    with sqlite3.connect(index) as db:
        db.execute("PRAGMA user_version = 1")  # as if built by an older sitrep or before an alias edit
        db.execute("DELETE FROM names")
    g = Gazetteer(index)  # rebuilt on opening
    assert any(e.country == "PK" for e in g.lookup("Noshki"))
    g.close()
