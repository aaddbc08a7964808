"""Stage 4, places: find place mentions and resolve them to the gazetteer.

Reads: the spaCy ``Doc`` (GPE/LOC/FAC entities, proper nouns), the
:class:`~sitrep.gazetteer.Gazetteer`.
Adds: a :class:`Place` per mention with country (ISO alpha-2), admin1, admin2,
coordinates, GeoNames id and precision. Candidates are ranked by the
document's own context (which countries and provinces it talks about), the
kind of feature (a town over a district of the same name, unless the text says
"district" or "province") and population.
"""
from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path

import numpy
from spacy.attrs import LOWER, POS
from spacy.symbols import PROPN

from .datafiles import alternation
from .errors import ConfigError
from .gazetteer import Entry, Gazetteer, normalise
from .language import doc_text, entities, in_dateline, lower_words, regex, sentences, span_text, token_ends, token_sentence, \
    token_starts, words_at
from .lexicon import load_countries, load_place_words
from .records import Place, Span

DATA = Path(__file__).parent / "data"
_FEATURE_BONUS = {"country": 3.0, "admin1": 1.6, "admin2": 1.2, "city": 1.0, "region": 1.0}
_PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2", "city": "point", "region": "region"}
_PW = load_place_words()


_KIND_WORD = re.compile(rf"\s+({alternation(_PW['kind_words'])})$", re.I)
_KIND_HEAD = re.compile(rf"(?:{alternation(_PW['kind_words'])})s?", re.I)  # a kind word as a modified noun
# a subdivision's kind word just after a name: the name is a place's, whatever spaCy tagged it
_KIND_AFTER = re.compile(rf"\s+(?:{alternation(_PW['subdivision_after'])})\b", re.I)
_KIND_TOLD = re.compile(rf"\s+({alternation(_PW['told_kinds'])})\b", re.I)
_TYPE_END = re.compile(rf"\s(?:{alternation(_PW['name_kind_endings'], capital=True)})$")
_LEAD = re.compile(rf"^(?:{alternation(_PW['articles'])})\s+", re.I)
_JOINING = alternation(_PW["joining_directions"])
_COMPASS = re.compile(rf"({_JOINING})((?:east|west)(?:ern)?)", re.I)  # a compass point written as one word
_FRENCH_COMPASS = dict(pair.split() for pair in _PW["compass_french"])


def _in_french(name: str) -> str | None:
    """A province's name of compass words in English, as French names it: "Center-North" ->
    "centre nord", "Far North" -> "extreme nord"; None for any other name."""
    words = regex(r"[\s-]+").split(name.lower())
    if len(words) < 2 or not all(w in _FRENCH_COMPASS for w in words):
        return None
    return " ".join(_FRENCH_COMPASS[w] for w in words)


_DIRECTION = re.compile(rf"^(?:(?:{alternation(_PW['directions'])})(?:ern)?|(?:{_JOINING})-?(?:east|west)(?:ern)?)\s+",
                        re.I)
_POINT_ALONE = re.compile(rf"(?:{alternation(_PW['compass_points'])})", re.I)  # "the West", "the North"
_TOWN_SAID = re.compile(rf"\b(?:{alternation(_PW['settlement_kinds'])}) of\s+$", re.I)
# "the Nigerian state of Katsina", "the province of Kandahar": the province, not its namesake capital
_PROVINCE_SAID = re.compile(rf"\b(?:{alternation(_PW['admin1_kinds'])}) of\s+$", re.I)
_RANKED = re.compile(rf"\b(?:{alternation(_PW['ranking_words'])})\b[^.]*$", re.I)
# a bearing or a distance from a place, which makes it a reference point ("south-west of", "40 km from")
_REFERENCE_BEFORE = re.compile(rf"(?:\b(?:{alternation(_PW['directions'])})(?:-?(?:east|west))?(?:ern)?|"
                               rf"\d\s*(?:{alternation(_PW['distance_units'])})|\b(?:{alternation(_PW['distance_units'])}))"
                               rf"\s+(?:away\s+)?(?:of|from)\s+$", re.I)


@cache
def not_places() -> frozenset[str]:
    words = set()
    for line in (DATA / "not_places.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(normalise(line))
    return frozenset(words)


@cache
def abbreviations(path: Path | None = None) -> dict[str, tuple[str, str, str]]:
    """``data/place_abbreviations.csv``: a short form as written ("US", "Ky.") -> the (name,
    country, feature) of the gazetteer entry it stands for. Checked: a missing column, an unknown
    feature or an empty cell is a ConfigError naming the file and line."""
    path = path or DATA / "place_abbreviations.csv"
    out: dict[str, tuple[str, str, str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        if rows.fieldnames != ["abbreviation", "name", "country", "feature"]:
            raise ConfigError(f"{path}: columns must be abbreviation,name,country,feature, not {rows.fieldnames}")
        for n, row in enumerate(rows, 2):
            cells = [(row[k] or "").strip() for k in ("abbreviation", "name", "country", "feature")]
            if not all(cells) or cells[3] not in _PRECISION or None in row:
                raise ConfigError(f"{path}: row {n} ({','.join(cells)}) needs an abbreviation, a name, a "
                                  f"country and one of the features {', '.join(_PRECISION)}")
            out[cells[0]] = (cells[1], cells[2], cells[3])
    return out


def _clean(text: str) -> str:
    t = _LEAD.sub("", text.strip())
    t = regex(r"['’]s$").sub("", t)
    return t.strip(" ,.;:-–—\"“”'")


_PLACE_PREPS = frozenset(_PW["place_preps"])
_NEAR_PREPS = frozenset(_PW["near_preps"])
_DATE_WORDS = frozenset(_PW["date_words"])


def _after_place_word(ent) -> bool:
    """Whether a name stands where places stand: "in X", "near X", "the area of X"."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _KIND_NOUNS:
        return True  # "the Gourma Rharous base", "Tlanglo village"
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.lower_ in _NEAR_PREPS:
        return True
    return prev.lower_ == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in _AREA_WORDS


_KIND_NOUNS = frozenset(_PW["kind_nouns"])  # "the Gourma Rharous base": the name is a place's
_AREA_WORDS = frozenset(_PW["area_words"])
_SITE_NOUNS = frozenset(_PW["site_nouns"])  # "a Hong Kong park": the park is in Hong Kong
_DOER_NOUNS = frozenset(_PW["doer_nouns"])  # "Israeli strikes": the doer's people, not the scene
_GROUP_NOUNS = frozenset(_PW["group_nouns"])  # "the Juarez drug cartel": a group's name


@cache
def _long_country_names() -> re.Pattern | None:
    """Country names of several words joined by "of", "the" or "and" ("Democratic Republic of the
    Congo", "Bosnia and Herzegovina"), which the model tends to cut ("Democratic Republic" … "Congo").
    (No "\\b" before the names: a pattern that starts with the names' first letters is searched for
    those letters only, about five times as fast; :func:`_long_names_in` asks for the boundary. A name
    after "the" is found as itself: the names begin with a capital letter.)"""
    names = sorted({n for c in load_countries() for n in (c.name, *c.aliases)
                    if regex(r"\s(?:of|the|and)\s").search(n)}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None


def _long_names_in(text: str) -> Iterator[re.Match]:
    """The long country names of ``text`` at a word boundary, as ``finditer`` finds them with "\\b" first."""
    if (long := _long_country_names()) is None:
        return
    at = 0
    while (m := long.search(text, at)) is not None:
        if not _at_boundary(text, m.start()):
            at = m.start() + 1  # within a word, where "\b" fails: look again from the next letter
            continue
        yield m
        at = m.end()


def _at_boundary(text: str, i: int) -> bool:
    """Whether "\\b" matches before ``text[i]`` (a word character, as "\\w" reads it, on one side only)."""
    def word(c: str) -> bool:
        return c.isalnum() or c == "_"
    return (i > 0 and word(text[i - 1])) != word(text[i])


# a name's linking word between hyphens, from Persian and Arabic ("Qala-i-Zal", "Dasht-e-Archi",
# "Mazar-i-Sharif"): the words after it are part of the one name (place_words.yaml name_links)
_LINKED_NAME = re.compile(r"-(?:" + "|".join(map(re.escape, _PW["name_links"])) + r")-[^\W\d_]+(?:-[^\W\d_]+)*")


def _mentions(doc, blocked: set[int]):
    """(start_char, end_char, text, label) of every likely place name."""
    seen = []
    whole = set()  # tokens of a country's long name, found whole
    for m in _long_names_in(doc_text(doc)):
        span = words_at(doc, m.start(), m.end())
        if span is not None:
            seen.append((span.start, span.end, "GPE"))
            whole.update(range(span.start, span.end))
    for ent in entities(doc):
        if whole & set(range(ent.start, ent.end)):
            continue
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("ORG", "PERSON", "NORP") and len(ent) == 1) \
                or (ent.label_ in ("ORG", "PERSON") and _KIND_WORD.search(ent.text)):
            seen.append((ent.start, ent.end, ent.label_))
            if ent.label_ in ("GPE", "LOC") and len(ent) > 2 and any(t.text == "," for t in ent[1:-1]):
                # "Jos, Port Harcourt" tagged one name (a list's names run together): each name too
                a = ent.start
                for k in range(ent.start, ent.end + 1):
                    if k == ent.end or doc[k].text == ",":
                        if k > a:
                            seen.append((a, k, ent.label_))
                        a = k + 1
        elif ent.label_ == "ORG" and len(ent) <= 3:
            seen.append((ent.start, ent.end, "ORG"))  # "Dera Bugti" tagged as an organisation
        elif ent.label_ == "PERSON" and len(ent) <= 4 and _after_place_word(ent):
            seen.append((ent.start, ent.end, "PERSON"))  # "in the area of Dera Ismail Khan", tagged a person
        if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and len(ent) >= 3:
            # "Goma in North Kivu" tagged one name: a town and the province it lies in, each a name
            # (the words either side of "in" proper nouns: not "Bank in Lagos"'s common one)
            for k in range(ent.start + 1, ent.end - 1):
                if doc[k].lower_ == "in" and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
                    part = ent.label_ if ent.label_ in ("GPE", "LOC") else "PROPN"
                    seen += [(ent.start, k, part), (k + 1, ent.end, part)]
                    break
    for ent in entities(doc):  # "Pattani’s Yarang" tagged one name: the owner and the place it owns
        # (not a site's own name: "St. Michael's Hospital" is no town's hospital)
        # (a name tagged a person's or a body's, "Songkhla’s Saba Yoi", gives names outside places': the
        # owner a possessor's, the rest a proper noun's, each a place only as those are)
        if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and len(ent) > 2 \
                and not whole & set(range(ent.start, ent.end)) and ent[-1].lower_ not in _SITE_NOUNS:
            place = ent.label_ in ("GPE", "LOC", "FAC")
            for k in range(ent.start + 1, ent.end - 1):
                if doc[k].text in ("’s", "'s") and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
                    seen += [(ent.start, k, ent.label_ if place else "POSS"),
                             (k + 1, ent.end, ent.label_ if place else "PROPN")]
                    break
    covered = {i for a, b, _ in seen for i in range(a, b)}
    # proper nouns outside entities, and "X and Y" names spaCy split ("Sistan and Baluchestan");
    # the words' tags and forms read from the Doc's arrays: Token objects only for proper nouns
    n = len(doc)
    proper = (doc.to_array(POS) == PROPN).tolist() if n else []
    lows = lower_words(doc)[0]
    past = 0  # (only the proper nouns are visited, in order; a run read as one name is passed over)
    proper_at = [k for k, p in enumerate(proper) if p]
    for i in proper_at:
        if i < past or i in covered:
            continue
        t = doc[i]
        if t.ent_type_ not in ("PERSON", "NORP", "ORG") \
                and not (t.ent_type_ == "DATE" and (t.lower_ in _DATE_WORDS or t.like_num)):
            j = i
            while j + 1 < n and proper[j + 1] and j + 1 not in covered:
                j += 1
            seen.append((i, j + 1, "PROPN"))
            past = j + 1
    for a in [k - 1 for k in range(1, n - 1) if lows[k] == "and"]:
        if doc[a].text[:1].isupper() and doc[a + 2].text[:1].isupper():
            seen.append((a, a + 3, "AND"))
    for ent in entities(doc):  # "Sindh Police", "Kano State Government": a province in a body's name
        if ent.label_ == "ORG" and len(ent) > 1 and ent[0].pos_ == "PROPN" and ent[1].pos_ == "PROPN":
            seen.append((ent.start, ent.start + 1, "INORG"))
    for i in proper_at:  # "Karachi’s Saudi Consulate": a place owning the name of a building or body
        if i < n - 1 and i not in covered and doc[i + 1].text in ("’s", "'s"):
            seen.append((i, i + 1, "POSS"))
    out = []
    text, starts, ends = doc_text(doc), token_starts(doc), token_ends(doc)  # (the offsets without a Span each)
    for a, b, label in seen:
        if any(i in blocked for i in range(a, b)):
            continue
        out.append((starts[a], ends[b - 1], text[starts[a]:ends[b - 1]], label, a))
    return out


_DATELINE_TOWN = re.compile(r"[A-Z][A-Z'’. -]*[A-Z](?=\s*(?:,|\(|[—–-])|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# ("PHNOM PENH Nov 12 Cambodian riot police …": a dateline's date right after its town, no comma)


def _dateline_town(doc, dateline: Span | None, blocked: set[int], told: list = ()) -> list:
    """The town a dateline opens with in capitals ("MONROVIA, Liberia —", "GOMA —"), as a mention
    when the tagger made it no name of its own (a word in capitals is often read as a common noun)."""
    if dateline is None:
        return []
    m = _DATELINE_TOWN.match(doc_text(doc), dateline.start)
    span = words_at(doc, m.start(), m.end()) if m else None
    if span is None or any(t.i in blocked for t in span) or any(t.ent_type_ in ("GPE", "LOC") for t in span) \
            or all(t.pos_ == "PROPN" for t in span) and any(m[0] == span.start_char and m[1] == span.end_char for m in told):
        return []  # (a name the tagger found is a mention already; not when it ran the filing date into
        # it: "PHNOM PENH Nov 12 Cambodian riot police …" read as one name "PHNOM PENH Nov")
    return [(span.start_char, span.end_char, span_text(span), "DATELINE", span.start)]


def _score(e: Entry, focus: Counter, admin1s: Counter, total: int, text: str, famous: int = 0,
           townless: frozenset = frozenset()) -> float:
    s = _FEATURE_BONUS.get(e.feature, 0.0) + math.log10(e.population + 10) / 3
    if total and e.country:
        s += 3.0 * focus[e.country] / total
    if e.admin1 and e.feature not in ("admin1", "country") and admin1s[e.admin1] and \
            normalise(e.admin1) != normalise(_KIND_WORD.sub("", text)) and \
            (admin1s[e.admin1] > 1 or famous < _FAMOUS or e.population * _FAMOUS_RATIO > famous):
        s += 1.5  # in a province the report names (Hawaii County is not in a named Hawaii: it is Hawaii)
        # (a province named once, by one of its towns, does not make a hamlet of a famous city's name
        # that city's namesake there: "Atlanta, Chicago, Denver": Atlanta is Georgia's, not Illinois's)
    if e.capital and total and focus[e.country] and \
            not any(admin1s[k] and normalise(k) == normalise(text) for k in admin1s):
        s += 1.0  # the capital of a country the report is about outranks a town that shares a named
        # province ("in Washington" after "Chicago": the US capital, not Washington, Illinois), unless
        # the report's towns lie in a province of that very name ("Seattle … in Washington": the state)
    if e.feature in ("admin1", "admin2") and normalise(e.name) != normalise(text) and \
            _TYPE_END.search(e.name) and not _KIND_WORD.search(text):
        s -= 1.0  # "Texas" is the state, not Texas County: a district whose type word the text leaves out
    kind = _KIND_WORD.search(text)
    if kind:
        word = kind[1].lower()
        if word in _ADMIN1_KINDS and e.feature == "admin1":
            s += 2.5
        if word in _ADMIN2_KINDS and e.feature == "admin2":
            s += 2.5
        if word in _PW["settlement_kinds"] and (e.feature == "city" or e.feature == "admin2" and e.country in townless):
            s += 2.5  # ("Palma town" where the gazetteer knows only Palma district: the district's seat,
            # not a city of that name abroad)
        if e.feature == "country":
            s -= 2.5  # "Niger state": a country is never told as a province, a district or a town
    return s


# a town smaller than this, known in one country only, does not by itself say the report is about it
_SMALL_TOWN = 50_000
# a place this populous, and this many times more than any namesake abroad, says which country is meant
_FAMOUS = 100_000
_TOWN_KNOWN = 5_000  # a city "the city of X" may name: a hamlet of that name abroad does not stop the spelling search
_FAMOUS_RATIO = 10


def _acronym_of_a_name(text: str, key: str, cands: list[Entry], doc, tok: int) -> bool:
    """Whether a word written in capitals ("NAN", "PAN") is a body's initials that happen to spell a
    place's own name ("Nan"): in a sentence written in ordinary case, outside a dateline ("KABUL
    (PAN) -"), and not a short form the gazetteer lists for a place ("FCT": its name is longer)."""
    if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 5) or in_dateline(doc[tok]):
        return False
    if any(normalise(c.name) != key for c in cands):
        return False
    sent = token_sentence(doc[tok])
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return sum(t.is_upper for t in words) * 2 < len(words)  # (not a headline written in capitals)


def _told_units(kept, kinds: dict) -> set[str]:
    """The countries of the provinces and districts a report names with their kind word ("Hangu
    district", "Soum province"), each only where the units of that name and kind lie in one country."""
    out = set()
    for span, cands, _ in kept:
        word = (kinds.get(span.start) or "").lower()
        feature = "admin1" if word in _ADMIN1_KINDS else "admin2" if word in _ADMIN2_KINDS else None
        units = {c.country for c in cands if c.feature == feature}
        if feature and len(units) == 1 and None not in units:
            out |= units
    return out


_STATE_BODIES = frozenset(_PW["state_bodies"])
_ADMIN1_KINDS = frozenset(_PW["admin1_kinds"])
_ADMIN2_KINDS = frozenset(_PW["admin2_kinds"])


def find_places(doc, gazetteer: Gazetteer, blocked_tokens: set[int] | None = None,
                dateline: Span | None = None, adjectives: frozenset[str] = frozenset()) -> list[Place]:
    """Entry point: every place mention of ``doc``, resolved in context.

    A place in the report's dateline is marked ``dateline``: the report was filed
    there, which says nothing of where its events happened.
    """
    blocked = blocked_tokens or set()
    stop = not_places()
    sent_of = {}
    for si, s in enumerate(sentences(doc)):
        sent_of.update(dict.fromkeys(range(s.start, s.end), si))
    raw = []
    guessed: set[int] = set()  # entries found only by their consonants: never vouch, only confirm
    spelled: dict[str, list] = {}  # a name found only by its consonants: its entries
    unfound: list = []  # (start, name, token) of the names the gazetteer lacks as written
    town_told: set[int] = set()  # the starts of names told as a settlement's ("the village of X")
    in_org = {t.i for ent in entities(doc) if ent.label_ == "ORG" and len(ent) > 1 for t in ent}
    # "President Alvaro Uribe … Uribe said": a surname told again is the person, not a town
    # (a "person" with a possessive inside is the tagger's misreading: "Azerbaijan's Ganja" names no one)
    surnames = {ent[-1].text for ent in entities(doc) if ent.label_ == "PERSON" and len(ent) > 1
                and not any(t.tag_ == "POS" or t.text in ("’s", "'s") for t in ent)}
    told = _mentions(doc, blocked)
    for start, end, text, label, tok in told + _dateline_town(doc, dateline, blocked, told):
        name = _clean(text)
        if name in surnames and label in ("PERSON", "PROPN", "ORG") and not (
                doc[tok].dep_ == "poss" and doc[tok].head.lemma_.lower() in _STATE_BODIES and
                any(c.feature == "country" and normalise(c.name) == normalise(name) for c in gazetteer.lookup(name))):
            continue  # (but a country that owns a state's body or office is that country, whoever shares its
            # name: "Madhav Kumar Nepal … Nepal's royal government")
        if dateline and dateline.start <= start < dateline.end and \
                "(" in doc_text(doc)[dateline.start:start] and ")" not in doc_text(doc)[dateline.start:start]:
            continue  # "RAMALLAH (Ma'an) --": the agency that filed the report, not Ma'an, a town of Jordan
        if doc[tok].dep_ in ("dobj", "dative") and doc[tok].head.lemma_.lower() == "tell" and doc[tok].head.i < tok:
            continue  # "the union chief told Ma'an", "told Fars": whom he told, an outlet, no place
        if short := abbreviations().get(text.strip()):  # "US", "Ky.": only exactly as written
            name = text.strip()
            cands = [c for c in gazetteer.lookup(short[0]) if (c.name, c.country, c.feature) == short]
            if cands and (label != "INORG" or cands[0].feature in ("admin1", "admin2")) and tok not in in_org:
                raw.append((Span(start, start + len(name), name), cands[:1], sent_of.get(tok, 0), None, True))
            continue
        key = normalise(name)
        if not key or key in stop or len(key) < 3:
            continue
        if name.lower() in _people_words() and not any(
                normalise(c.name) == key and (c.feature in ("country", "admin1") or c.population >= _FAMOUS)
                for c in gazetteer.lookup(name)):
            continue  # "Canadian" is a people's word (below), not Canadian County nor Canadian, Texas
        if name.lower() in _people_words() and doc[tok].dep_ == "amod" and doc[tok].head.i > tok \
                and doc[tok].head.pos_ == "NOUN" and not _KIND_HEAD.fullmatch(doc[tok].head.lower_):
            continue  # "expelled the German ambassador", "Somali troops": the people's word before whom it
            # names, not a province that shares it (the Isle of Man's German); "the Somali region" stays one
        linked = _LINKED_NAME.match(doc_text(doc)[end:end + 40])
        whole = None
        if linked:
            whole = name + linked[0]
            whole_cands = gazetteer.lookup(whole) or gazetteer.lookup(regex(r"-i-").sub("-e-", whole)) \
                or gazetteer.lookup_spelling(whole)
            if not whole_cands:
                continue  # "Qala-i-Zal": one name joined by its linking word, not the town its first word
                # spells (Malta's Qala); a name the gazetteer lacks whole is no place
        joined = regex(r"-[^\W\d_]+").match(doc_text(doc)[end:end + 30])
        if whole is not None:
            # "Mazar-i-Sharif" (Mazar-e Sharif): the whole name, its linking word in either spelling
            name, text, end = whole, text + linked[0], end + len(linked[0])
            cands = whole_cands
        elif joined and (longer := gazetteer.lookup(name + joined[0]) or
                       ((french := _in_french(name + joined[0])) and gazetteer.lookup(french))):
            # "Centre-nord", "Kasai-Oriental": the hyphenated name, not its first half ("Center-North":
            # Burkina Faso's Centre-Nord, by the French of its compass words)
            name, text, end = name + joined[0], text + joined[0], end + len(joined[0])
            cands = longer
        else:
            cands = gazetteer.lookup(name)
        if compass := _COMPASS.fullmatch(name):
            # "Northwest" is also spelled "North-West" (Cameroon's region): both spellings' places
            cands = cands + [c for c in gazetteer.lookup(f"{compass[1]} {compass[2]}") if c not in cands]
        if not cands:
            bare = _KIND_WORD.sub("", name)
            cands = gazetteer.lookup(bare) if bare != name else []
        if not cands and (french := _in_french(_KIND_WORD.sub("", name))):
            cands = gazetteer.lookup(french)  # "Far North region": Cameroon's Extreme-Nord
        lead_in = doc_text(doc)[max(0, start - 40):start]
        town_said = _TOWN_SAID.search(lead_in) and not _RANKED.search(lead_in)
        # ("the second largest city of Sindh": a city *of* a province, not a city called Sindh)
        kind_after = _KIND_AFTER.match(doc_text(doc), end)  # "Shah Walikot district", tagged an organisation
        if (label in ("GPE", "LOC") or kind_after or town_said) and name.lower() not in _demonyms() and \
                (not cands or town_said and not any(c.feature == "city" and c.population >= _TOWN_KNOWN for c in cands)):
            # a name spaCy calls a place, spelled another way: "Sloviansk" (Slovyansk), "the city of
            # Mykolaiv" (Mykolayiv, beside the province of that name)
            others = [c for c in gazetteer.lookup_spelling(name) if c.feature == "city" or not cands]
            if others:
                guessed.update(id(c) for c in others)
                spelled.setdefault(name, others)
            cands = (cands + others) if cands else others
        if town_said and any(c.feature == "city" for c in cands):
            # "the city of Mykolaiv", not its province; but "the town of Palma" may be the seat of a
            # district the gazetteer knows without its town (Mozambique's Palma), not only a city abroad
            towns = {c.country for c in cands if c.feature == "city"}
            cands = [c for c in cands if c.feature == "city"]
        elif _PROVINCE_SAID.search(lead_in) and any(c.feature == "admin1" for c in cands) \
                and not any(c.feature == "country" for c in cands):
            # "the north-western state of Katsina": the state, not its capital city of that name (but "a
            # region of Niger" is the country)
            cands = [c for c in cands if c.feature == "admin1"]
        elif any(c.feature == "region" for c in cands):
            # "the Middle East": not a hamlet or a county of that name
            cands = [c for c in cands if c.feature not in ("city", "admin2")]
        if _POINT_ALONE.fullmatch(name) and not kind_after and \
                (_LEAD.match(text.strip()) or regex(r"\bthe\s+$", re.I).search(lead_in)):
            # "a challenge to the West", "unrest in the North": a bloc of states or a vague part of a
            # land, not a town or a district of that name (West, Texas); a province of that very name
            # stays ("the West" of Cameroon, where the report names Cameroon)
            cands = [c for c in cands if c.feature == "admin1"]
        if not cands and _DIRECTION.match(name):
            # "southern Lebanon", "north Kashmir": the place, less precisely
            shorter = _DIRECTION.sub("", name)
            cands = gazetteer.lookup(shorter)
            if cands:
                off = text.find(shorter)
                if off >= 0:
                    name = shorter
        if cands and _acronym_of_a_name(text.strip(), key, cands, doc, tok):
            continue  # "told NAN" (the News Agency of Nigeria): not Nan, a province of Thailand
        if not cands:
            unfound.append((start, name, tok))
            continue
        if label == "INORG":
            cands = [c for c in cands if c.feature in ("admin1", "admin2")]
            if not cands:
                continue
        elif tok > 0 and doc[tok - 1].pos_ == "PROPN" and doc[tok - 1].ent_type_ not in ("GPE", "LOC") \
                and not doc[tok - 1].whitespace_ == "" and len(doc[tok - 1]) > 1 and \
                all(c.feature == "country" for c in cands):
            continue  # "Tehrik-i-Taliban Pakistan": the end of a longer name
        elif tok in in_org and label != "ORG":
            # "Tehrik-i-Taliban Pakistan", "Pakistan Army": a country in a body's name is no place
            cands = [c for c in cands if c.feature != "country"]
            if not cands:
                continue
        after = regex(r"\s+([a-z]+)", re.I).match(doc_text(doc)[end:end + 16])
        placed = after is not None and after[1].lower() in _KIND_NOUNS
        if label in ("PROPN", "ORG", "PERSON", "AND", "NORP", "POSS") and not placed and not town_said:
            # outside spaCy's place entities, only well-attested places count (unless the text
            # says what kind of place it is: "the Gourma Rharous base", "Tlanglo village")
            admin = [c for c in cands if c.feature in ("country", "admin1", "admin2", "region")]
            cands = [c for c in cands if c in admin or c.population >= 5000
                     or (c.feature == "city" and any(a.country == c.country for a in admin))]
            if not cands or (label == "PROPN" and not doc[tok].text[:1].isupper()):
                continue
            words = words_at(doc, start, end)
            nxt = doc[words.end] if words is not None and words.end < len(doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and label != "PERSON":
                continue  # "King Gyanendra", "General Haftar": a title before a person's name
        off = text.find(name)
        a = start + max(off, 0)
        kind = _KIND_TOLD.match(doc_text(doc)[end:end + 20])
        first = doc[tok]  # "in the Bungudu Local Government Area": the name's own first word, past its article
        while first.pos_ == "DET" and first.i + 1 < len(doc) and doc[first.i + 1].idx < end:
            first = doc[first.i + 1]
        if town_said:
            town_told.add(a)
        after_prep = first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPS or \
            (first.head.dep_ == "pobj" and first.head.head.lower_ in _PLACE_PREPS and first.dep_ == "compound")
        raw.append((Span(a, a + len(name), name), cands, sent_of.get(tok, 0), kind[1] if kind else None,
                    label in ("GPE", "LOC", "FAC") or (after_prep and label != "INORG") or
                    (label == "INORG" and any(c.feature == "admin1" for c in cands))))
    for start, name, tok in unfound:
        # a name the report has called a place in another spelling's guise ("the Gaza city of Khan
        # Younis") is that place again where it recurs bare ("a cafe in Khan Younis", tagged a person)
        if name in spelled:
            raw.append((Span(start, start + len(name), name), spelled[name], sent_of.get(tok, 0), None, False))
    # drop mentions inside longer ones
    raw.sort(key=lambda r: (r[0].start, -(r[0].end - r[0].start)))
    kept = []
    for r in raw:
        if kept and r[0].start < kept[-1][0].end:
            continue
        kept.append(r)
    kinds = {r[0].start: r[3] for r in kept}
    # only names spaCy itself calls places say which countries a report is about: a word it took
    # for an organisation ("Fano") must not vouch for its own country
    vouch = {r[0].start for r in kept if r[4]}
    kept = [r[:3] for r in kept]
    # context: countries and provinces named unambiguously
    focus: Counter = Counter()
    small: Counter = Counter()
    admin1s: Counter = Counter()
    fames: list = []  # (the famous place's country, the candidates) of names a famous place bears
    shared: Counter = Counter()  # the most populous of the countries that bear a country's name told
    # the countries whose provinces or districts the report names unambiguously ("Cabo Delgado",
    # "Muidumbe"), whatever the tagger called them: a town of middling size abroad ("Mandela", Ghana's,
    # 77,000 people) does not outvote them; there it is a namesake of a village the gazetteer lacks
    regional = Counter(next(iter(cs)) for span, cands, _ in kept
                       if all(c.feature in ("admin1", "admin2") for c in cands)
                       and len(cs := {c.country for c in cands}) == 1 and None not in cs)
    regional = {iso for iso, n in regional.items() if n >= 3}  # (named three times at least)

    def bare_district(span, cands) -> bool:  # a district's name told without its kind word
        told = span.text + (" " + kinds[span.start] if kinds.get(span.start) else "")
        return all(c.feature == "admin2" for c in cands) and not _KIND_WORD.search(told)

    # the countries the report names places of (towns, provinces, districts told as such, that the
    # tagger calls places and that lie in one country)
    local = {next(iter(cs)) for span, cands, _ in kept
             if span.start in vouch and len(cs := {c.country for c in cands}) == 1 and None not in cs
             and all(c.feature != "country" for c in cands) and not all(id(c) in guessed for c in cands)
             and not bare_district(span, cands)}
    # and the countries it names by their own names as places (not "a US drone")
    local |= {c.country for span, cands, _ in kept for c in cands
              if c.feature == "country" and normalise(c.name) == normalise(span.text)
              and not _modifies_a_noun(doc, span)}
    for span, cands, _ in kept:
        if all(id(c) in guessed for c in cands):
            continue  # a spelling guess does not say which country a report is about
        if _BORDER_WITH.search(doc_text(doc)[max(0, span.start - 40):span.start]):
            continue  # "a post in Rafah on the border with the Gaza Strip": the neighbour, a
            # reference point, says nothing of where the report's places lie
        own = [c for c in cands if c.feature == "country" and normalise(c.name) == normalise(span.text)]
        if own and len({c.country for c in cands if c.feature == "country"}) == 1:
            # a country's own name vouches for it, whatever the tagger called it ("northern Mali"),
            # unless another country bears it too ("Congo": the towns the report names decide)
            focus[own[0].country] += 1
            continue
        lands = [c for c in cands if c.feature == "country"]
        if len({c.country for c in lands}) > 1 and not _modifies_a_noun(doc, span):
            shared[max(lands, key=lambda c: c.population).country] += 1  # ("Congo": DR Congo, unless …)
        if span.start not in vouch:
            continue
        countries = {c.country for c in cands}  # a region has none: "Africa" does not vouch for Mexico
        # part of a place already named ("Nairobi's Central Business District"), a photo credit
        # in brackets ("[Jane Doe, Standard]") or a town named by an English adjective ("Plain")
        # says nothing of the report's countries
        if len(countries) == 1 and None not in countries and not _owned_or_credit(doc, span, kept) and \
                not (span.text.lower() in adjectives and all(c.feature in ("city", "admin2") for c in cands)):
            iso = next(iter(countries))
            if all(c.feature == "city" and c.population < _SMALL_TOWN for c in cands) or \
                    (local - {iso} and bare_district(span, cands)) or \
                    (regional and iso not in regional and all(c.feature == "city" and c.population < _FAMOUS
                                                              for c in cands)):
                small[next(iter(countries))] += 1  # counted below, only where nothing says otherwise
                # (so is a district told bare, with no kind word, in a report naming places of another
                # country: "the police post at Sarband" in a story of Peshawar is a village the
                # gazetteer lacks, not Tajikistan's Sarband district)
            else:
                focus[next(iter(countries))] += 1
        elif len(countries) > 1 and None not in countries and not _owned_or_credit(doc, span, kept):
            # a name a famous place bears ("Belfast": 400,000 people, the next of that name 20,000) vouches
            # for the famous one's country, as a reader takes it
            famous = max(cands, key=lambda c: c.population)
            rest = max((c.population for c in cands if c.country != famous.country), default=0)
            if famous.population >= _FAMOUS and famous.population >= _FAMOUS_RATIO * max(rest, 1):
                fames.append((famous.country, cands))
        if cands[0].feature == "admin1" and len(cands) == 1:
            admin1s[cands[0].admin1] += 1
    # the provinces the report names by a province's or a district's name of one reading
    provinces = {(cands[0].country, cands[0].admin1) for span, cands, _ in kept
                 if all(c.feature in ("admin1", "admin2") for c in cands)
                 and len({(c.country, c.admin1) for c in cands}) == 1 and cands[0].admin1}
    for iso, cands in fames:
        if not any(c.country != iso and c.feature == "admin2" and (c.country, c.admin1) in provinces
                   for c in cands):
            focus[iso] += 1  # (not when a district of that name lies in a province the report names:
            # "Palma … in Cabo Delgado province" is Mozambique's Palma district, not Majorca's city)
    demonyms = _demonyms()
    doers: Counter = Counter()
    for ent in entities(doc):  # demonyms say which countries a report is about ("Ukrainian", even tagged GPE)
        if ent.label_ == "NORP" or ent.label_ == "GPE" and not gazetteer.lookup(ent.text):
            iso = demonyms.get(ent.text.lower().replace("’", "'").removesuffix("'s"))
            if iso is None and ent.label_ == "NORP" and len(ent) > 1:
                iso = demonyms.get(ent[0].lower_)  # a title's "Nepalese Protests", tagged as one people's name
            if iso and ent.label_ == "NORP" and ent.root.head.lemma_.lower() in _DOER_NOUNS:
                doers[iso] += 1  # "Israeli strikes", "Turkish drones": who acted, not where
            elif iso:
                focus[iso] += 1
    # a small town known in one country only ("Woodvale": Western Australia's) vouches for that country
    # only when it is already named or nothing else is: in a Belfast story it is a Belfast street
    if not focus and len(regional) == 1:
        focus[next(iter(regional))] += 1  # no country named, but provinces or districts of one country
    if not focus and len(told := _told_units(kept, kinds)) == 1:
        # no country named, but a district or province told as one ("in Hangu district") that only one
        # country has: that country (a town of that name abroad, China's Hangu, is no district)
        focus[next(iter(told))] += 1
    if not focus and len(agreed := _town_and_province_agree(doc, kept)) == 1:
        # no country named, but a town told with the province it lies in ("in Mubi, Adamawa state"), the
        # two of one country only (Nigeria's Mubi in Nigeria's Adamawa, not Cameroon's Adamawa)
        focus[next(iter(agreed))] += 1
    if not focus and len(shared) == 1:
        # no country named but by a name several bear ("in eastern Congo"): the most populous of them,
        # as a reader takes it, unless the report's towns or provinces say otherwise ("Brazzaville")
        focus.update(shared)
    for iso, n in small.items():
        if iso in focus or not focus:
            focus[iso] += n
    for iso, n in doers.items():  # a force's people named only: its land, unless another is named
        if iso in focus or not focus or iso in small:  # (or a town of its own: "Chadian soldiers … near Adre")
            focus[iso] += n
    total = sum(focus.values())
    places = []
    named = set(focus)
    top = max(focus.values(), default=0)  # (how often the country the report is most about is named)
    # towns and districts that lie in one province whatever they are say which provinces the
    # report is about too: "Sukma" and "Narayanpur" make "Bijapur" the Chhattisgarh one
    for span, cands, _ in kept:
        local = [c for c in cands if c.country in named]
        if local and all(c.feature in ("city", "admin2") for c in local) and \
                len({(c.country, c.admin1) for c in local}) == 1 and local[0].admin1:
            admin1s[local[0].admin1] += 1
    by_sentence: dict[int, list] = {}  # (a list's fellow names and a place's container are in its sentence)
    for r in kept:
        by_sentence.setdefault(r[2], []).append(r)
    for span, cands, si in kept:
        # a province a list of provinces names is named too ("activated in Georgia, Kentucky and
        # Ohio": Atlanta is then the Georgia one, not a namesake in a province a town implies)
        if len(cands) > 1 and (listed := _listed_with(doc, span, by_sentence[si])) and listed[1] == "admin1":
            mine = [c for c in cands if (c.country, c.feature) == listed]
            if len(mine) == 1 and mine[0].admin1:
                admin1s[mine[0].admin1] += 1
    pinned = _town_and_its_province(doc, kept)
    for span, cands, si in kept:
        cands = read = pinned.get(span.start, cands)  # "Atlanta, Georgia": the state, not the country
        # a spelling guess counts only in a country the report is mostly about or names beside it
        # ("Sloviansk" in a Ukraine story; not "Mansour" as Mansura, Louisiana, in a Baghdad story that
        # quotes US officials once)
        cands = [c for c in cands if id(c) not in guessed or c.country in named and (
            2 * focus[c.country] >= top or _country_beside(span, si, c.country, by_sentence, guessed))]
        # a small town in a country the report never names is a false friend ("Plain", "Africa")
        cands = [c for c in cands if c.feature in ("country", "region", "admin1") or c.country in named
                 or c.population >= 1_000_000]
        # a province or district of a country the report never names, when several countries have
        # one of that name, is a common word ("Central Police Station", "Eastern" in a team's name)
        if named and (len({c.country for c in cands if c.feature in ("admin1", "admin2")}) > 1 or
                      any(c.feature == "region" for c in cands)):
            cands = [c for c in cands if c.feature not in ("admin1", "admin2") or c.country in named]
            # (so is one that shares its name with a land of several countries: "the arid Sahel" of a
            # Chad story is the Sahel, not Burkina Faso's Sahel region)
        if not cands:
            continue
        if len({c.country for c in cands}) > 1 and (listed := _listed_with(doc, span, by_sentence[si])):
            cands = [c for c in cands if (c.country, c.feature) == listed] or cands  # "Georgia, Kentucky and Ohio"
        told_kind = _KIND_WORD.search(span.text + " " + (kinds.get(span.start) or "")) or span.start in town_told
        # ("the village of Bagong Silang, in the town of Lope de Vega, Northern Samar": told as a village too)
        guess = all(id(c) in guessed for c in cands)
        if (len({c.admin1 for c in cands}) > 1 or told_kind or guess) and not _in_a_list(doc, span) and \
                (within := _within(span, si, by_sentence[si], named, doc_text(doc))):
            # "Bijapur village … in Sukma district": the namesake in the province the text names next
            there = [c for c in cands if c.admin1 == within]
            if not there and (told_kind or guess):
                continue  # "Aurora village in Pudtol, Apayao province": a village the gazetteer lacks,
                # not a namesake in another province or abroad (the names beside it place the event)
            cands = there or cands
        elif not _in_a_list(doc, span) and (within := _within(span, si, by_sentence[si], named, doc_text(doc))) \
                and not any(c.admin1 == within for c in cands) and \
                not {c.country for c in cands} & _countries_of_province(within, si, by_sentence[si], named) \
                and all(focus[c.country] <= 1 for c in cands):
            continue  # "Ambo in central Oromia": a town the gazetteer lacks, in the province named beside
            # it, not a namesake abroad (Peru's Ambo) in a land nothing else names; the province places
            # the event (but "Erbil in Kurdistan", in a report of Iraq, is Iraq's Erbil, not in Iran's
            # Kurdistan province)
        if len({c.country for c in read}) > 1 and not _in_a_list(doc, span) and \
                (lands := _country_after(span, si, by_sentence[si], doc_text(doc))) and lands & named:
            # "Victoria, a coastal town in Cameroon", "Beni in Congo": the namesake in the country
            # named after it; none there (the gazetteer lacks the town): the country places the event
            there = [c for c in cands if c.country in lands]
            if not there:
                continue
            cands = there
        said = span.text + (" " + kinds[span.start] if kinds.get(span.start) else "")
        if _KIND_WORD.search(said):
            # "Gwada Village", "Niger state": a country is never told with a district's or a town's kind
            cands = [c for c in cands if c.feature != "country"]  # (but "the Lake Chad region" is one)
            if not cands:
                continue
        famous = max((c.population for c in cands if c.feature == "city"), default=0)
        townless = frozenset(c.country for c in cands if c.feature == "admin2") - \
            {c.country for c in cands if c.feature == "city"}
        best = max(cands, key=lambda e: _score(e, focus, admin1s, total, said, famous, townless))
        # a town and an administrative unit of the same name: the town, unless the text says otherwise
        if best.feature in ("admin1", "admin2") and not _KIND_WORD.search(said):
            towns = [c for c in cands if c.feature == "city" and c.country == best.country
                     and (c.admin1 == best.admin1 or best.feature == "admin1" and c.admin1 == best.name)]
            if towns and (best.feature == "admin2" or max(t.population for t in towns) >= 1000):
                best = max(towns, key=lambda c: c.population)
            elif (capital := next((c for c in cands if c.capital and c.country == best.country), None)) \
                    and not (best.feature == "admin1" and admin1s[best.admin1]):
                # "Washington": the capital, not the state, unless the text says "state" or names
                # the state's towns ("Seattle", "Spokane")
                best = capital
        place = _to_place(span, best, si, gazetteer)
        place.dateline = bool(dateline and dateline.start <= span.start < dateline.end)
        modifier = _modifies_a_noun(doc, span)
        if best.feature == "country" and modifier and not _modified_noun_in(doc, span, _SITE_NOUNS):
            place.mention = "modifier"  # "a US drone", "the Syria talks": no scene
        elif best.feature != "country" and modifier and _modified_noun_in(doc, span, _GROUP_NOUNS):
            place.mention = "in_name"  # "the Juarez drug cartel": the group's name, no scene
        places.append(place)
    top = focus.most_common(2)
    main = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    places += _capitals(doc, gazetteer, places, sent_of, main)
    places += _adjectival(doc, gazetteer, places, sent_of)
    places += _in_names(doc, gazetteer, places, sent_of, blocked)
    return sorted(places, key=lambda p: p.span.start)


def _town_province_pairs(doc, kept: list):
    """Each town followed by a name that may be the province it lies in ("Mubi, Adamawa state", "Mubi in
    Adamawa", "Atlanta, Georgia"): the town's span, its readings, the name's span, and the (town,
    province) readings of one country that fit together."""
    for (span, cands, si), (other, provinces, sj) in zip(kept, kept[1:]):
        if sj != si or not regex(r"\s*(?:,|in)\s*").fullmatch(doc_text(doc)[span.end:other.start]):
            continue
        pairs = [(c, p) for c in cands if c.feature == "city" and c.admin1 for p in provinces
                 if p.feature == "admin1" and p.country == c.country and p.name == c.admin1]
        if pairs:
            yield span, cands, other, pairs


def _town_and_province_agree(doc, kept: list) -> set[str]:
    """The countries in which a town and the province named right after it are one town of that province."""
    return {c.country for _, _, _, pairs in _town_province_pairs(doc, kept) for c, _ in pairs}


def _town_and_its_province(doc, kept: list) -> dict[int, list]:
    """The readings of a town and of the name right after it ("Atlanta, Georgia", "Mubi in Adamawa")
    where that name may be the province the town lies in, in one country only: those readings, by
    the names' starts (a reader takes "Georgia" after Atlanta for the state, not the country)."""
    pinned: dict[int, list] = {}
    for span, cands, other, pairs in _town_province_pairs(doc, kept):
        if len({(c.country, c.admin1) for c, p in pairs}) == 1:
            where = (pairs[0][0].country, pairs[0][0].admin1)
            pinned.setdefault(span.start, [c for c in cands if (c.country, c.admin1) == where])
            pinned[other.start] = [pairs[0][1]]
    return pinned


def _country_beside(span, si: int, country: str, by_sentence: dict, guessed: set[int]) -> bool:
    """Whether the sentence of a place name, or the one before it, names another place that may lie in
    ``country`` (not by a spelling guess): "… in western Baghdad. … in Mansour district"."""
    for sj in (si, si - 1):
        for other, cands, _ in by_sentence.get(sj, ()):
            if other is not span and any(c.country == country and id(c) not in guessed for c in cands):
                return True
    return False


def _listed_with(doc, span: Span, kept: list) -> tuple[str, str] | None:
    """The (country, feature) reading the other names of a list the place is listed in all share
    ("activated in Georgia, Kentucky and Ohio": US states, so Georgia is the state), the widest
    where they share several: a list names places of one kind. None when the place is in no list of
    two other names, or they share no reading."""
    tokens = words_at(doc, span.start, span.end)
    if tokens is None:
        return None
    conj = {t.idx for t in tokens.root.conjuncts}
    common, members = None, 0
    for other, cands, _ in kept:
        if other.start == span.start or not any(other.start <= i < other.end for i in conj):
            continue
        readings = {(c.country, c.feature) for c in cands}
        common = readings if common is None else common & readings
        members += 1
    if members < 2 or not common:
        return None
    rank = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}  # the widest reading all of them share
    return min(common, key=lambda r: (rank.get(r[1], 4), r[0] or ""))


def _in_a_list(doc, span: Span) -> bool:
    """Whether a name is one of a list of three or more ("Atlanta, Chicago, Louisville, Denver and
    Miami"): the name after it is the next of the list, not the province it lies in."""
    tokens = words_at(doc, span.start, span.end)
    return tokens is not None and len(tokens.root.conjuncts) >= 2


_BORDER_WITH = re.compile(rf"\b(?:{alternation(_PW['neighbour_marks'])})\s+(?:(?:{alternation(_PW['articles'])})\s+)?$", re.I)
_LINKING = frozenset("in of the a village town area district province county region state sector locality "
                    "tehsil division subdivision sub - ' ’ s".split())  # ("Mbonge sub-division of …", "Cameroon's Southwest region")


def _within(span: Span, si: int, kept: list, named: set, text: str) -> str | None:
    """The province a place is said to lie in by the name just after it ("Maligund village of
    Shopian area in Pulwama district", "Kauran, Katsina State"): that name's one province, when
    only linking words ("in", "of", "district", commas) stand between them."""
    after = [(other, cands) for other, cands, sj in kept if sj == si and other.start >= span.end]
    for other, cands in sorted(after, key=lambda r: r[0].start)[:2]:
        words = regex(r"[^\W\d_]+|\S").findall(text[span.end:other.start])
        # (a name the gazetteer lacks may stand between: "Aurora village in Pudtol, Apayao province";
        # so may a direction within the province: "Ambo in central Oromia", "in north-western Katsina")
        if len(words) > 10 or any(w.lower() not in _LINKING and w != "," and not w.istitle()
                                  and not _DIRECTION.match(w + " ") for w in words):
            return None
        if any(_DIRECTION.match(w + " ") and nxt.lower() == "of" for w, nxt in zip(words, words[1:])):
            return None  # "Iskandariyah, south of Baghdad": a point of reference outside the town, not
            # the province it lies in (but "in central Oromia" is)
        provinces = {c.admin1 for c in cands if c.country in named and c.feature in ("admin1", "admin2")}
        if len(provinces) == 1 and None not in provinces:
            return next(iter(provinces))
        span = other  # "Maligund village of Shopian area in Pulwama district": past Shopian to Pulwama
    return None


def _country_after(span: Span, si: int, kept: list, text: str) -> set[str]:
    """The countries of the country's name told just after a place as the land it lies in ("Victoria,
    Australia", "Victoria, a coastal town in Cameroon", "Beni in Congo"): none when other words stand
    between them."""
    after = [(other, cands) for other, cands, sj in kept if sj == si and other.start >= span.end]
    if not after:
        return set()
    other, cands = min(after, key=lambda r: r[0].start)
    words = regex(r"[^\W\d_]+|\S").findall(text[span.end:other.start])
    if not words or len(words) > 6 or words[-1] not in (",", "in", "of") or \
            not all(w in (",", "a", "an", "the") or _DIRECTION.match(w + " ") or w.islower() for w in words):
        return set()
    if len(words) > 1 and not any(w in _PW["settlement_kinds"] or w == "capital" for w in words):
        return set()  # (", a coastal town in", ", the capital of": told as a town of that land)
    return {c.country for c in cands if c.feature == "country" and normalise(c.name) == normalise(other.text)}


def _countries_of_province(province: str, si: int, kept: list, named: set) -> set:
    """The countries of the sentence's names whose province is ``province`` (as :func:`_within` reads it)."""
    return {c.country for other, cands, sj in kept if sj == si for c in cands
            if c.admin1 == province and c.country in named and c.feature in ("admin1", "admin2")}


def _in_names(doc, gazetteer: Gazetteer, found: list[Place], sent_of: dict[int, int],
              blocked: set[int]) -> list[Place]:
    """A country, a province of a country the report names, or a famous city named inside an
    organisation's or group's name ("the Jamaica Cancer Society", "HSBC Bank Malta"),
    flagged ``mention="in_name"``: the geoparse's, never a scene of the report."""
    countries = {p.country for p in found if p.mention == "name" and p.country}
    taken = {c for p in found for c in range(p.span.start, p.span.end)}
    runs = [(e.start, e.end) for e in entities(doc) if e.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT")
            and len(e) > 1]
    runs += [(i, i + 1) for i in sorted(blocked)]
    out = []
    if not runs:
        return out
    proper = set(numpy.nonzero(doc.to_array(POS) == PROPN)[0].tolist())  # (no Token objects)
    for a, b in runs:
        i = a
        while i < b:
            for n in (3, 2, 1):  # the longest name first: "South Sudan" before "Sudan"
                if i + n > b or not proper.issuperset(range(i, i + n)) or \
                        not all(t.text[:1].isupper() for t in doc[i:i + n]):
                    continue
                span = doc[i:i + n]
                if not taken.isdisjoint(range(span.start_char, span.end_char)):
                    continue
                fits = [c for c in gazetteer.lookup(span.text) if normalise(c.name) == normalise(span.text)
                        and (c.feature == "country" or c.capital or c.country in countries and
                             (c.feature == "admin1" or c.feature == "city" and c.population >= _FAMOUS))]
                # a country, else a capital ("the Washington Post"), else a province, else a city
                best = min(fits, key=lambda c: (c.feature != "country", not c.capital, c.feature != "admin1"),
                           default=None)
                if best is not None:
                    place = _to_place(Span(span.start_char, span.end_char, span.text), best, sent_of.get(i, 0),
                                      gazetteer)
                    out.append(replace(place, mention="in_name"))
                    taken.update(range(span.start_char, span.end_char))
                    i += n - 1
                    break
            i += 1
    return out


def _capitals(doc, gazetteer: Gazetteer, named: list[Place], sent_of: dict[int, int], main: str | None) -> list[Place]:
    """A country's capital named by what it is, not by its name: "the Colombian capital",
    "Afghanistan's capital", "the capital of Mali", and "the capital" alone in a report about one
    country more than any other (``main``), as a reader takes it. A capital qualified otherwise is
    not the country's ("the provincial capital", "the economic capital"); one whose name the text
    gives beside it ("Kabul, the Afghan capital") is that name's place already. The place is the
    capital's gazetteer entry, its span the noun "capital" (the country's word beside it stays the
    country's own mention)."""
    lows = lower_words(doc)[0]
    nouns = frozenset(_PW["capital_nouns"])
    demonyms = _demonyms()
    taken = [(p.span.start, p.span.end) for p in named if p.mention == "name"]
    found = []
    for i, low in enumerate(lows):
        if low not in nouns:
            continue
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod") or tok.tag_ in ("NNS", "NNPS"):
            continue  # "capital punishment", "capitals"
        if tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.children):
            continue  # "Kabul, the Afghan capital", "the capital, Kabul": the name says it
        if _REFERENCE_BEFORE.search(doc_text(doc)[max(0, tok.left_edge.idx - 40):tok.left_edge.idx]):
            continue  # "a base south-west of the capital", "40 km from the capital": a reference point
        iso, ok = None, True
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ == "the":
                continue
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                word = doc[c.left_edge.i: c.i + 1].text.replace("’", "'").removesuffix("'s").lower()
                iso = demonyms.get(word) if iso is None else None
                ok = ok and iso is not None
            elif c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                word = doc[obj.left_edge.i: obj.i + 1].text.lower() if obj is not None else ""
                iso = demonyms.get(word.removeprefix("the ")) if iso is None else None
                ok = ok and iso is not None
            elif c.dep_ not in ("punct", "cc", "conj", "relcl", "acl", "prep"):
                ok = False
        if not ok:
            continue
        if iso is None:
            if main is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            iso = main
        entry = gazetteer.capital(iso)
        if entry is None:
            continue
        start, end = tok.idx, tok.idx + len(tok)  # (the noun alone: "Colombian", "Mali" are the country's mentions)
        if any(a < end and start < b for a, b in taken):
            continue
        span = Span(start, end, doc_text(doc)[start:end])
        place = _to_place(span, entry, sent_of.get(i, 0), gazetteer)
        found.append(replace(place, name=entry.name, alternatives=()))
        taken.append((start, end))
    return found


def _adjectival(doc, gazetteer: Gazetteer, named: list[Place], sent_of: dict[int, int]) -> list[Place]:
    """A country named by its people's word modifying a noun ("Russian troops", "the South Korean
    navy"), flagged ``mention="people"``: a mention of the country for the geoparse, never by itself a
    scene. A people ("Russians", "the British said") or a language ("in French") is not the country."""
    demonyms = _people_words()
    taken = [(p.span.start, p.span.end) for p in named]
    found = []

    def key(text: str) -> str:
        return text.replace("’", "'").removesuffix("'s").lower()

    spans = [(e.start, e.end) for e in entities(doc) if e.label_ not in ("LANGUAGE", "PERSON", "ORG")
             and key(e.text) in demonyms]
    # single words outside entities, picked from the token array (no Token objects: this runs on every token)
    wanted = _hashes(doc.vocab, tuple(demonyms))
    spans += [(i, i + 1) for i, h in enumerate(doc.to_array(LOWER).tolist())
              if h in wanted and doc[i].ent_iob in (0, 2)]  # (IOB 2: outside any entity; 0: no entities set)
    for a, b in sorted(spans):
        span = doc[a:b]
        text = span.text.replace("’", "'").removesuffix("'s")
        iso = demonyms.get(text.lower())
        if iso is None or span[-1].tag_ in ("NNS", "NNPS") or not text[:1].isupper() \
                or span.root.dep_ not in ("amod", "compound", "nmod", "poss") \
                or normalise(text) in _country_keys(iso):
            continue  # a country's own name ("Russia") or abbreviation ("US") is a name, found above
        start, end = span.start_char, span.start_char + len(text)
        if any(s < end and start < e for s, e in taken):
            continue
        entry = next((c for c in gazetteer.lookup(_country_names(iso)[0])
                      if c.feature == "country" and c.country == iso), None)
        if entry is None:
            continue
        place = _to_place(Span(start, end, text), entry, sent_of.get(a, 0), gazetteer)
        found.append(replace(place, mention="people"))
        taken.append((start, end))
    return found


def _modifies_a_noun(doc, span: Span) -> bool:
    """Whether a name modifies the noun right after it ("a US drone"): it names no scene."""
    tokens = words_at(doc, span.start, span.end)
    if tokens is None:
        return False
    root = tokens.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.pos_ not in ("NOUN", "PROPN") \
            or root.head.i < tokens.end:
        return False
    # the noun phrase goes on at once ("a US drone", "India-Canada relations"; not "Chad two aircraft")
    j = tokens.end
    while j < len(doc) and (doc[j].text in ("-", "–") or doc[j].pos_ == "PROPN" and j < root.head.i):
        j += 1
    return j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and \
        (doc[j] == root.head or doc[j].head == root.head or doc[j] in root.ancestors)


def _modified_noun_in(doc, span: Span, nouns: frozenset[str]) -> bool:
    """Whether the noun a name modifies is one of ``nouns``: a site in it ("a central Hong Kong park":
    the name is where that is) or an armed group's ("the Juarez drug cartel": the group's name)."""
    tokens = words_at(doc, span.start, span.end)
    return tokens is not None and tokens.root.head.lemma_.lower() in nouns


_HASHES: dict[int, frozenset[int]] = {}


def _hashes(vocab, words: tuple[str, ...]) -> frozenset[int]:
    """The string-store hashes of ``words`` (one vocabulary, one word list: computed once)."""
    key = id(vocab)
    if key not in _HASHES:
        _HASHES[key] = frozenset(vocab.strings.add(w) for w in words if " " not in w)
    return _HASHES[key]


@cache
def _people_words() -> dict[str, str]:
    """"russian" -> RU: the demonyms of ``data/countries.csv``, lower case, without the
    abbreviations listed among them ("US", "UK": names of the country, found as names)."""
    return {w.lower(): c.iso2 for c in reversed(load_countries()) for w in c.demonyms
            if not regex(r"[A-Z.]+").fullmatch(w)}


@cache
def _country_keys(iso: str) -> frozenset[str]:
    return frozenset(normalise(n) for n in _country_names(iso))


@cache
def _country_names(iso: str) -> tuple[str, ...]:
    """A country's name and other names in ``data/countries.csv`` (the name first)."""
    for c in load_countries():
        if c.iso2 == iso:
            return (c.name, *c.aliases)
    return ()


def _to_place(span: Span, e: Entry, sentence: int, gazetteer: Gazetteer) -> Place:
    admin1 = e.admin1 if e.feature != "country" else None
    alts = tuple(n for n in (e.name,) if normalise(n) != normalise(span.text))
    return Place(name=span.text, span=span, country=e.country, admin1=admin1,
                 admin2=e.admin2, precision=_PRECISION[e.feature], lat=e.lat, lon=e.lon,
                 geonames_id=e.geonames_id, feature=e.feature, sentence=sentence,
                 alternatives=alts,
                 admin1_alternatives=_alternatives(e.admin1_alt) if admin1 else (),
                 admin2_alternatives=_alternatives(e.admin2_alt) if e.admin2 else ())


@lru_cache(maxsize=4096)
def _alternatives(names: str) -> tuple[str, ...]:
    """A gazetteer entry's "|"-joined other names of its province or district, as a tuple (split once
    for each list: a province's list is long, and read for every place in it)."""
    return tuple(a for a in names.split("|") if a)


def find_seats(actors, gazetteer: Gazetteer, bodies: dict | None = None) -> dict[str, Place]:
    """The capital of each state the report's actors name (ISO alpha-2 -> the capital as a place):
    where a government's statement or sanction is placed when the text names no place (the events
    stage decides which acts; the place's span is then the government's own mention). With
    ``bodies`` (an actor's canonical name -> its seat, (town, ISO alpha-2), as the actor file gives
    it), also the seat of each international body named (its canonical name -> the town: "United
    Nations Security Council" -> New York)."""
    out: dict[str, Place] = {}
    for iso in sorted({a.country for a in actors if a.type == "state" and a.country}):
        e = gazetteer.capital(iso)
        if e is not None:
            out[iso] = replace(_to_place(Span(0, 0, e.name), e, 0, gazetteer), mention="seat")
    for name in sorted({a.name for a in actors if bodies and a.name in bodies}):
        town, iso = bodies[name]
        e = next((e for e in gazetteer.lookup(town) if e.country == iso and e.feature == "city"), None)
        if e is not None:
            out[name] = replace(_to_place(Span(0, 0, e.name), e, 0, gazetteer), mention="seat")
    return out


def _owned_or_credit(doc, span: Span, kept) -> bool:
    text = doc_text(doc)
    before = text[max(0, span.start - 40):span.start]
    if regex(r"['’]s\s+$").search(before):
        owner_end = len(before.rstrip()) - 2 + max(0, span.start - 40)
        if any(abs(other.end - owner_end) <= 1 for other, _, _ in kept):
            return True
    line_start = text.rfind("\n", 0, span.start) + 1
    line = text[line_start:span.start]
    return line.count("[") > line.count("]") or line.count("(") > line.count(")")


@cache
def _demonyms() -> dict[str, str]:
    """"pakistani" -> PK: country names and demonyms, lower case."""
    return {w.lower(): c.iso2 for c in reversed(load_countries()) for w in (c.name, *c.demonyms)}


@cache
def _homeland_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """``data/homelands.csv``: a people's word -> the (province, country) pairs it names."""
    lines = (DATA / "homelands.csv").read_text(encoding="utf-8").splitlines()
    table: dict[str, list[tuple[str, str]]] = {}
    for row in csv.DictReader(line for line in lines if line.strip() and not line.startswith("#")):
        table.setdefault(row["word"].strip(), []).append((row["province"].strip(), row["country"].strip()))
    return {w: tuple(v) for w, v in table.items()}


@cache
def _homeland_words() -> frozenset[str]:
    """The people's words of ``data/homelands.csv`` in lower case."""
    return frozenset(w.lower() for w in _homeland_table())


def find_homelands(doc, gazetteer: Gazetteer) -> dict[int, list[Place]]:
    """Token index -> the provinces a people's word names ("Tigrayan" -> Tigray, Ethiopia).

    Each is a province-precision :class:`Place` whose evidence is the word itself;
    the events stage uses one only for an armed group named by that people, when the
    text gives the event no place of its own (``data/homelands.csv`` says which).
    """
    table = _homeland_table()
    found: dict[int, list[Place]] = {}
    sent_of = None
    lowered = _homeland_words()
    for i, low in enumerate(lower_words(doc)[0]):
        if low not in lowered:
            continue  # (asked of the words' forms first: no Token for the other words)
        tok = doc[i]
        rows = table.get(tok.text)
        if not rows:
            continue
        if sent_of is None:
            sent_of = {i: si for si, s in enumerate(sentences(doc)) for i in range(s.start, s.end)}
        span = Span(tok.idx, tok.idx + len(tok), tok.text)
        for province, country in rows:
            for e in gazetteer.lookup(province):
                if e.feature == "admin1" and e.country == country:
                    place = _to_place(span, e, sent_of[tok.i], gazetteer)
                    found.setdefault(tok.i, []).append(
                        replace(place, name=e.name, alternatives=()))
                    break
    return found
