"""Stage 5, actors: who is named, and which canonical actor each name is.

Reads: the spaCy ``Doc``, ``data/actors.yaml`` (canonical actors, aliases,
ACLED types; users extend it), ``data/countries.csv`` (country names and
demonyms) and ``data/actor_patterns.yaml`` (descriptions such as "Pakistani
troopers" or "unidentified gunmen").
Adds: an :class:`Actor` per mention. Beyond spaCy's entities it finds the
actor file's names and acronyms, acronyms the article defines ("Baloch
Liberation Front (BLF)"), spelling variants within the article
("Vahidi"/"Vahidy"), descriptions, and people with their office and
affiliation ("Iran's interior minister Ahmad Vahidi" → Government of Iran).
Organisations the file does not know are still returned, typed by their words.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .datafiles import strict_yaml
from .errors import ConfigError
from .language import coarse_tags, doc_text, entities, in_dateline, lower_words, regex, sentences, word_class, token_ends, token_sentence, \
    token_starts, token_tree, words_at
from .lexicon import load_countries, load_event_words, load_place_words
from .records import Actor, Place, Span

DATA = Path(__file__).parent / "data"
_ACRONYM_DEF = re.compile(r"\b((?:[A-Z][\w'’-]*[ \t]+){1,7}?(?:(?:of|for|the|and|al|ul|e)[ \t]+)*[A-Z][\w'’-]*)[ \t]+\(([A-Z][A-Za-z-]{1,7})\)")
# (one line: a name and its initials are never split across a headline and a dateline)
# a province's or city's command of the national police ("Kaduna State Police Command", "the Lagos
# State Police", "Kano Police Command"): named by its seat, then the police's own words
# (event_words.yaml police_bodies: the words after "Police")
_POLICE_BODY = re.compile(r"(?:[A-Z][\w'-]+ ){1,3}(?:State )?Police(?: (?:%s))?" % "|".join(
    sorted(w.capitalize() for w in load_event_words()["police_bodies"])))

_ORG_TYPE = [
    (re.compile(r"\b(police|ministry|agency|department|army|navy|air force|guards?|corps|government|directorate|intelligence|council|court|commission)\b", re.I), "state"),
    (re.compile(r"\b(front|liberation|brigade|movement|mujahideen|jihad|jaish|lashkar|tehri[kq]|army|militia|group|organi[sz]ation|resistance|forces?)\b", re.I), "rebel"),
]


@dataclass(slots=True)
class Canon:
    name: str
    type: str | None
    country: str | None
    aliases: tuple[str, ...] = ()
    # the actor's type in reports published before a day ("the Taliban" were rebels until they took
    # Kabul): (the first day of its present type, the type before it), or None
    earlier: tuple | None = None
    # where an international body sits (its town, ISO alpha-2 of its country): its meetings and
    # statements are placed there when the text names no place; None for most actors
    seat: tuple | None = None


@dataclass
class Lexicon:
    """The actor file, the country table and the description patterns, indexed."""

    actors: dict[str, Canon] = field(default_factory=dict)  # normalised name/alias -> actor
    countries: dict[str, str] = field(default_factory=dict)  # iso2 -> name
    of_names: dict[str, str] = field(default_factory=dict)  # iso2 -> name as in "Government of the …"
    country_words: dict[str, str] = field(default_factory=dict)  # lower demonym/name/alias -> iso2
    patterns: list[dict] = field(default_factory=list)
    noun_kind: dict[str, dict] = field(default_factory=dict)  # description noun -> pattern
    # a noun of a needs_country pattern listed again in a later pattern: what it is when no country
    # is named with it ("Russian diplomats": Russia's government; "diplomats": civilians)
    countryless: dict[str, dict] = field(default_factory=dict)
    # iso2 -> (the words for its insurgents, the group they stand for): a country's one insurgency
    insurgents: dict[str, tuple[frozenset, Canon]] = field(default_factory=dict)

    @property
    def people(self) -> frozenset[str]:
        """Nouns that name people or armed groups (the description patterns' nouns)."""
        return frozenset(n for n in self.noun_kind if " " not in n)

    def canon(self, text: str) -> Canon | None:
        return self.actors.get(_key(text))

    def country_of(self, word: str) -> str | None:
        w = word.lower().strip().replace("’", "'")
        if "'" in w:
            w = _POSSESSIVE_END.sub("", w)  # "Israel's", "the United States'"
        return self.country_words.get(w) or (self.country_words.get(_THE.sub("", w)) if w.startswith("the") else None)


_POSSESSIVE_END = re.compile(r"'s$|(?<=s)'$")
_THE = re.compile(r"^the\s+")



# ACLED's names for a state's own agents: "Military Forces of Kenya", "Police Forces of Kenya" (its
# forces) and "Government of Kenya"; the other stages ask these predicates, not the names
STATE_FORCES = ("Military Forces", "Police Forces")
STATE_AGENTS = (*STATE_FORCES, "Government")


def state_force(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state's military or police (ACLED's "Military/Police Forces of X")."""
    return actor is not None and actor.type == "state" and actor.name.startswith(tuple(f"{k} of" for k in STATE_FORCES))


def state_agent(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state's forces or its government."""
    return actor is not None and actor.name.startswith(tuple(f"{k} of" for k in STATE_AGENTS))

def _key(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = regex(r"^the\s+").sub("", s.strip())
    return regex(r"[^a-z0-9]+").sub(" ", s).strip()


def _seat_of(item: dict, path: Path) -> tuple | None:
    """An actor entry's ``seat``: [town, ISO alpha-2], or None."""
    seat = item.get("seat")
    if seat is None:
        return None
    if not (isinstance(seat, list) and len(seat) == 2 and all(isinstance(x, str) and x for x in seat)
            and regex(r"[A-Z]{2}").fullmatch(seat[1])):
        raise ConfigError(f"{path}: {item['name']}: seat must be [town, ISO alpha-2 country]")
    return tuple(seat)


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    lex = Lexicon()
    actors_path = Path(path) if path else DATA / "actors.yaml"
    try:
        entries = strict_yaml(actors_path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the actor file {actors_path}: {e}") from None
    for item in entries:
        c = Canon(item["name"], item.get("type"), item.get("country"), tuple(item.get("aliases") or ()),
                  _earlier(item, actors_path), _seat_of(item, actors_path))
        for n in (c.name, *c.aliases):
            lex.actors.setdefault(_key(n), c)
        of = _insurgents_of(item, actors_path)
        if of is not None:
            lex.insurgents[of[0]] = (of[1], c)
    for country in load_countries():
        lex.countries[country.iso2] = country.name
        for w in (country.name, *country.demonyms, *country.aliases):
            lex.country_words.setdefault(w.lower(), country.iso2)
    for iso, name in lex.countries.items():
        # "Government of the United Arab Emirates": follow the actor file where it says "the"
        the = any(_key(f"{kind} of the {name}") in lex.actors for kind in STATE_AGENTS)
        lex.of_names[iso] = f"the {name}" if the else name
    lex.patterns = _check_patterns(strict_yaml((DATA / "actor_patterns.yaml").read_text(encoding="utf-8")),
                                   DATA / "actor_patterns.yaml")
    for p in lex.patterns:
        for noun in p["nouns"]:
            if noun in lex.noun_kind:
                lex.countryless[noun] = p
            else:
                lex.noun_kind[noun] = p
    return lex


def _insurgents_of(item: dict, path) -> tuple[str, frozenset] | None:
    """An entry's ``insurgents_of``, checked: ``{country: TH, words: [insurgent, separatist]}`` says
    that a country's insurgents named by those words alone ("insurgents ambushed a patrol",
    "separatist fighters") are this group, the one insurgency ACLED names there."""
    e = item.get("insurgents_of")
    if e is None:
        return None
    if not isinstance(e, dict) or set(e) != {"country", "words"} or not isinstance(e["country"], str) \
            or e["country"] != item.get("country") or not isinstance(e["words"], list) or not e["words"] \
            or not all(isinstance(w, str) and w and w == w.lower() for w in e["words"]):
        raise ConfigError(f"{path}: {item.get('name')!r}: insurgents_of must be {{country: <the entry's country>, "
                          f"words: [lower-case words]}}")
    return e["country"], frozenset(e["words"])


def _earlier(item: dict, path) -> tuple | None:
    """An entry's ``earlier`` type, checked: ``{since: YYYY-MM-DD, type: rebel}`` says the entry's
    ``type`` holds from that day and ``type`` before it."""
    e = item.get("earlier")
    if e is None:
        return None
    if not isinstance(e, dict) or set(e) != {"since", "type"} or not isinstance(e["since"], dt.date) \
            or not isinstance(e["type"], str):
        raise ConfigError(f"{path}: {item.get('name')!r}: earlier must be {{since: YYYY-MM-DD, type: ...}}")
    return e["since"], e["type"]


_PATTERN_KEYS = {"kind": str, "canonical": str, "type": str, "nouns": list, "needs_country": bool}


def _check_patterns(patterns, path) -> list[dict]:
    """``data/actor_patterns.yaml``, checked: a misspelt or missing key, or a canonical name without
    ``{country}``, is one ConfigError naming the file and the entry (it would silently drop actors)."""
    if not isinstance(patterns, list) or not patterns:
        raise ConfigError(f"{path}: a list of description patterns")
    for i, p in enumerate(patterns, 1):
        if not isinstance(p, dict):
            raise ConfigError(f"{path}: entry {i}: a mapping")
        where = f"{path}: entry {i} ({p.get('kind', '?')})"
        unknown = set(p) - set(_PATTERN_KEYS)
        missing = {"kind", "canonical", "type", "nouns"} - set(p)
        if unknown or missing:
            raise ConfigError(f"{where}: " + "; ".join(
                ([f"unknown key(s) {', '.join(sorted(unknown))}"] if unknown else []) +
                ([f"missing key(s) {', '.join(sorted(missing))}"] if missing else [])))
        for k, t in _PATTERN_KEYS.items():
            if k in p and not isinstance(p[k], t):
                raise ConfigError(f"{where}: {k} must be a {t.__name__}")
        if "{country}" not in p["canonical"] or not p["nouns"] or \
                not all(isinstance(n, str) and n == n.lower() and n for n in p["nouns"]):
            raise ConfigError(f"{where}: canonical needs {{country}}, nouns a list of lower-case words")
    first: dict[str, dict] = {}
    for i, p in enumerate(patterns, 1):
        for n in p["nouns"]:
            if n in first and (not first[n].get("needs_country") or p.get("needs_country") or first[n].get("again")):
                raise ConfigError(f"{path}: entry {i} ({p['kind']}): {n!r} is listed again; a noun may be listed "
                                  f"twice only once, first in a needs_country entry, then in one for no country")
            if n in first:
                first[n] = {**first[n], "again": True}
            else:
                first[n] = p
    return patterns


class ActorFinder:
    """Finds actor mentions in parsed documents; build once, use for many."""

    def __init__(self, nlp, lexicon: Lexicon):
        from spacy.matcher import PhraseMatcher

        self.lex = lexicon
        # English common nouns, from the model's own lemmatizer tables: a title-case headline's first
        # word tagged as a person's name ("Flurry of Rebel Attacks …") is one of them
        self.nouns = word_class(nlp, "noun")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        seen = set()
        for key, c in lexicon.actors.items():
            for n in (c.name, *c.aliases):
                if n in seen:
                    continue
                seen.add(n)
                target = self.exact if (n.isupper() or len(n) <= 4) else self.lower
                target.add(c.name, [nlp.make_doc(n)])
        # an actor's name -> its entry (the first so named): what a match of the actor file names
        self.by_name: dict[str, Canon] = {}
        for c in lexicon.actors.values():
            self.by_name.setdefault(c.name, c)
        # the lemmas a description can end in: its nouns and the last words of its phrases
        # ("police" and "force" of "police force"); other words are passed over at once
        self.description_ends = frozenset(lexicon.noun_kind) | frozenset(
            k[i + 1:] for k in lexicon.noun_kind for i, ch in enumerate(k) if ch == " ")
        # a plural left as written -> its description noun (what _headline_singular gives), and every
        # lemma step 4 of find() reads further: all others are passed over in one sweep
        self.singular_of = headline_plurals(lexicon)
        self.description_scan = self.description_ends | frozenset(self.singular_of) | _ARMED_ACT_MODS

    def _lexicon_matches(self, doc) -> list[tuple[int, int, int]]:
        """The actor file's names in ``doc`` (match id, start, end), found once per document."""
        cached = doc.user_data.get("sitrep_actor_matches")
        if cached is None:
            cached = [*self.lower(doc), *self.exact(doc)]
            doc.user_data["sitrep_actor_matches"] = cached
        return cached

    def place_words_in_names(self, doc) -> set[int]:
        """Tokens of a place named inside a known group's name after "in" or "of" ("the Islamic State
        in the Sahel", "al-Qaeda in the Islamic Maghreb"): part of the name, not a place of the report."""
        out: set[int] = set()
        for _, s, e in self._lexicon_matches(doc):
            words = [t.lower_ for t in doc[s:e]]
            for k, w in enumerate(words[:-1]):
                if w in ("in", "of") and k > 0:
                    out.update(range(s + k + 1, e))
                    break
        return out

    def find(self, doc, focus_country: str | None = None, places=(), published: dt.date | None = None) -> list[Actor]:
        """Entry point: the actor mentions of ``doc``, in text order.

        ``places``: the places stage's mentions; a name resolved as a place there is
        not taken for a person ("visited Zahedan"), and none in the dateline is an actor.
        ``published``: the report's day, which gives an actor whose type changed its type of that
        time (the Taliban before August 2021: rebels).
        """
        lex = self.lex
        found: list[Actor] = []
        taken: set[int] = set()
        armed: set[int] = set()  # the tokens of armed groups' names ("a Sipah-e-Muhammad worker": its member)
        place_chars = {(p.span.start, p.span.end) for p in places}
        sent_of = _sentence_index(doc)
        for p in places:  # "KANO, Nigeria –": a dateline says where the report was filed, names no party
            if p.dateline and (span := words_at(doc, p.span.start, p.span.end)) is not None:
                taken.update(range(span.start, span.end))

        def add(start: int, end: int, actor_kwargs: dict) -> None:
            if any(i in taken for i in range(start, end)):
                return
            if start < 60 and all(in_dateline(doc[i]) for i in range(start, end)):
                return  # nor does its agency: "KABUL (PAN):", "CAIRO (MENA) --"
            span = doc[start:end]
            taken.update(range(start, end))
            if actor_kwargs.get("type") in _ARMED_TYPES:
                armed.update(range(start, end))
            found.append(Actor(span=Span(span.start_char, span.end_char, span.text),
                               sentence=sent_of[start], **actor_kwargs))

        # 1. acronyms defined in this article: "Baloch Liberation Front (BLF)"
        local: dict[str, Canon] = {}
        for m in _ACRONYM_DEF.finditer(doc_text(doc)):
            long_, short = m[1].strip(), m[2]
            if long_.isupper() and " " not in long_:
                continue  # "KABUL (PAN):": a dateline's town and its news agency, no name defined
            if short.lower() in _WEAPON_AGENTS:
                continue  # "an Improvised Explosive Device (IED)": a weapon's initials, no party's
            long_ = regex(r"^(?:The|the)\s+").sub("", long_)
            long_ = _spelt_by_initials(doc_text(doc)[:m.start(1)], long_, short)
            c = lex.canon(long_) or lex.canon(short)
            iso = lex.country_of(long_) if c is None else None
            if iso:  # "United Arab Emirates (UAE)": a state, not a body named by its initials
                c = Canon(f"Government of {lex.of_names[iso]}", "state", iso, (lex.countries[iso],))
            c = c or Canon(long_, _guess_type(long_), None)
            local[short] = Canon(c.name, c.type, c.country, tuple(dict.fromkeys((*c.aliases, short, long_))))
            local[long_] = local[short]
        # 2. names from the actor file (longest first)
        matches = [(s, e, doc.vocab.strings[mid]) for mid, s, e in self._lexicon_matches(doc)]
        for s, e, name in _local_matches(doc, local):
            matches.append((s, e, local[name].name))
        for s, e, name in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
            c = _lookup_canon(self.by_name, local, name)
            if c.name.startswith("Government of") and _forces_noun_after(doc, e, lex):
                continue  # "Philippine government forces": the state's forces, read as a description below
            add(s, e, dict(name=c.name, aliases=c.aliases, type=c.type, country=c.country))
        # 2b. names joined by a Persian or Arabic linking word ("Jaish-e Fursan-e Muhammad",
        # "Tehreek-e-Jihad Pakistan", "Hizb-ul-Mujahideen") whose words say they are a body: one
        # name, which the parser splits into a man's name and pieces
        for m in _LINKED_NAME.finditer(doc_text(doc)):
            text = regex(r"\s+").sub(" ", m[0])
            if not _BODY_WORDS.match(text) or lex.canon(text) is not None:
                continue  # ("Operation Zarb-i-Azb": no body; the actor file's names are read above)
            tail = m.end()
            nxt = regex(r"[ \t]+([A-Z][\w'’]+)").match(doc_text(doc)[tail:])
            if nxt and lex.country_of(nxt[1]):
                text, tail = f"{text} {nxt[1]}", tail + nxt.end()  # "Tehreek-e-Jihad Pakistan"
            span = words_at(doc, m.start(), tail)
            if span is not None:
                add(span.start, span.end, dict(name=text, type=_guess_type(text), kind="organisation"))
        # 2c. "US-led strikes", "Turkish-led forces", "the U.S.-led coalition": the leading state's forces
        if "-led" in doc_text(doc):
            for start, end, iso in _led_by_state(doc, lex):
                add(start, end, dict(name=f"Military Forces of {lex.of_names[iso]}", aliases=(doc[start:end].text,),
                                     type="state", country=iso, kind="description"))
        # 3. spaCy's people and organisations
        place_names = {ent.text for ent in entities(doc) if ent.label_ in ("GPE", "LOC")}
        for ent in entities(doc):
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_quote):
                s += 1  # (an opening quote mark is no part of the name: 'said the "Government of Ghana has …')
            while e > s and (doc[e - 1].text in ("’s", "'s", "(", ")") or doc[e - 1].is_quote):
                e -= 1
            if s >= e:
                continue
            text = doc[s:e].text
            if doc[s].lower_ in _VAGUE_MODS and e < len(doc) and doc[e - 1].head.i == e \
                    and doc[e].lemma_.lower() in lex.noun_kind and lex.canon(text) is None:
                continue  # "Armed Dinka herders", "Unknown Lendu gunmen": a description's words spaCy took
                # for a name, read below
            label = ent.label_
            if label in ("PERSON", "ORG") and doc[e - 1].dep_ == "poss" and (iso := lex.country_of(text)) \
                    and text == lex.countries.get(iso) and lex.canon(text) is None:
                label = "GPE"  # "Mali's expulsion of …", "Togo's arrest of …": a country's short name the model
                # took, as a possessive, for a person's or a body's (as a clause's subject or object the
                # events stage reads the word itself as the state)
            if label == "PERSON":
                if lex.country_of(text) and doc[e - 1].dep_ in ("amod", "compound") \
                        and doc[e - 1].head.lemma_.lower() in lex.noun_kind:
                    continue  # "Azerbaijani troops", "Sri Lankan police": a people's word spaCy took for a
                    # name, read below
                if (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) in place_chars or text in place_names or \
                        (e < len(doc) and doc[e].lower_ in _PLACE_KINDS) or text in kind_named(doc):
                    continue  # a place spaCy took for a name ("the Zrariyeh assassination", "Tlanglo village";
                    # "the assault on Kindaw", where the report wrote "Kindaw village" before)
                if doc[ent.start].lower_ in ("a", "an") or (ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an")):
                    continue  # "a Land Cruiser": people's names take no article
                if _not_a_name(doc[s:e]):
                    continue  # "Roadside Bomb Kills 4 Soldiers": a title-case headline's words, no one's name
                if not any(t.text[:1].isupper() for t in doc[s:e]):
                    continue  # "two 122mm rockets": a unit spaCy took for a name (a name has a capital)
                root = doc[s:e].root
                if root.dep_ == "pobj" and root.head.lower_ in _NEAR_PREPS and not any(
                        ch.dep_ in ("poss", "case") for ch in root.children):
                    continue  # "clashed at Jangalpotty", "killed in Gornaya": a place the gazetteer lacks
                if e - s == 1 and sent_of[s] == 0 and doc[s].is_sent_start and doc[s].lower_ in self.nouns \
                        and not any(t.text == doc[s].text for t in doc[s + 1:] if sent_of[t.i] != 0):
                    continue  # a title-case headline's first word, a common noun the body never names
                    # ("Flurry of Rebel Attacks …"; but "Trump Vows …" over a body that names Trump)
                if e - s == 1 and doc[s].dep_ == "compound" and doc[s].head.lemma_.lower() in lex.noun_kind:
                    continue  # "Riot police": a word of a description spaCy took for a name
                if e - s == 1 and (doc[s].lemma_.lower() in lex.noun_kind or
                                   _headline_singular(doc[s].lower_, lex) in lex.noun_kind):
                    continue  # "Bandits raided …": a description spaCy took for a name, read below
                add(s, e, _person(doc, s, e, lex, focus_country))
            elif label == "ORG":
                c = lex.canon(text)
                last = _headline_singular(doc[e - 1].lower_, lex) if doc[e - 1].pos_ == "PROPN" else None
                if c is None and last is not None and e - s > 1 and lex.country_of(doc[s].text):
                    # "Armenian Armed Forces": a country's forces, their words capitalised as a name's
                    d = _description(doc, doc[e - 1], lex, focus_country, last, taken, armed)
                    if d is not None and d[0] == s and d[1] == e:
                        add(*d)
                        continue
                if c is None and (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) in place_chars:
                    continue  # a town spaCy took for an organisation ("Panjgur")
                if c is None and e - s > 1 and lex.noun_kind.get(doc[e - 1].lemma_.lower(), {}).get("kind") == "military" \
                        and any(t.lower_ in _INSURGENT_NAME_WORDS for t in doc[s:e - 1]) and not lex.country_of(doc[s].text):
                    # "the Zomi Revolutionary Army", "the National Liberation Army": an insurgency's
                    # name, not a description of a state's army
                    add(s, e, dict(name=text, type="rebel", kind="organisation"))
                    continue
                if c is None and (doc[e - 1].lemma_.lower() in lex.noun_kind or
                                  e - s == 1 and _headline_singular(doc[s].lower_, lex) in lex.noun_kind):
                    continue  # "foreign ministry", "security forces", a lead's "Bandits": a description, read below
                if c:
                    add(s, e, dict(name=c.name, aliases=c.aliases, type=c.type, country=c.country))
                elif (iso := _army_unit(doc, s, e, lex, focus_country)) is not None:
                    # "the 72nd Brigade", "Ukraine's 47th Mechanized Brigade": a numbered unit of the
                    # state's army (Military Forces of Ukraine), not a group of its own
                    add(s, e, dict(name=f"Military Forces of {lex.of_names[iso]}", aliases=(text,),
                                   type="state", country=iso, kind="organisation"))
                elif focus_country and focus_country in lex.of_names and _POLICE_BODY.fullmatch(text) \
                        and lex.country_of(doc[s].text) in (None, focus_country):
                    # "the Kaduna State Police Command", "Lagos State Police": a command of the country's
                    # police, as ACLED names it (Police Forces of Nigeria)
                    add(s, e, dict(name=f"Police Forces of {lex.of_names[focus_country]}", aliases=(text,),
                                   type="state", country=focus_country, kind="organisation"))
                elif (iso := _state_organ(doc, s, e, lex)) is not None:
                    # "South Korea's Ministry of Foreign Affairs": the state's government
                    add(s, e, dict(name=f"Government of {lex.of_names[iso]}", aliases=(text,),
                                   type="state", country=iso, kind="organisation"))
                elif lex.country_of(text) is None and (_looks_like_body(text) or (
                        e < len(doc) and _BODY_WORDS.fullmatch(doc[e].text))):  # "the … Mehdi group"
                    add(s, e, dict(name=text, type=_guess_type(text), kind="organisation"))
            elif label == "NORP" and len(ent) == 1 and (doc[s].head.lemma_.lower() in _WEAPONS | _STRIKES
                                                             or _weapon_compound(doc[s])):
                iso = lex.country_of(text)
                if iso:  # "an Israeli drone": Israel's forces
                    add(s, e, dict(name=f"Military Forces of {lex.of_names[iso]}", aliases=(text,),
                                   type="state", country=iso, kind="description"))
            elif label == "GPE":
                iso = lex.country_of(text)
                root = doc[s:e].root
                if iso and root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in _WEAPONS:
                    # "the United States' drones", "Turkey's warplanes": the state's forces
                    add(s, e, dict(name=f"Military Forces of {lex.of_names[iso]}", aliases=(lex.countries[iso],),
                                   type="state", country=iso, kind="description"))
                elif iso and root.dep_ in ("compound", "nmod") and root.head.i >= e and any(
                        w.lemma_.lower() in _REBEL_MODS for w in doc[e:root.head.i + 1]):
                    continue  # "the Tanzania opposition leader", "Myanmar resistance fighters": not the state's
                elif iso and not _inside_description(doc, s, e, lex):
                    name = lex.countries[iso]
                    add(s, e, dict(name=f"Government of {lex.of_names[iso]}", aliases=(name,), type="state",
                                   country=iso, kind="country"))
        # 4. descriptions: "Pakistani troopers", "unidentified gunmen", "the army"
        lemmas, scan = lower_words(doc)[1], self.description_scan
        for i in [i for i, lemma in enumerate(lemmas) if lemma in scan]:
            lemma = lemmas[i]
            if lemma in _ARMED_ACT_MODS and _armed_act_mod(doc[i], lemma, lex) and i not in taken:
                lemma = "militant"  # "an Islamist attack": armed men of no name, as "a militant attack"
            tok = doc[i]
            if lemma not in self.description_ends:
                lemma = self.singular_of.get(lemma)  # a title-case headline's "Soldiers", left unlemmatised
                if lemma is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                        or tok.ent_type_ == "ORG" and not _lone_entity(tok) \
                        or (sent_of[i] != 0 and not tok.is_sent_start
                                                         and not (i and in_dateline(doc[i - 1]))):
                    continue  # (no description ends in any other word; "Lebanese Forces" is a party's name;
                    # the lead's first word after "KANO, Nigeria –" is capitalised as a sentence's is)
            if i in taken:
                continue
            if tok.pos_ not in ("NOUN", "PROPN") and not _armed_act_mod(tok, lemma, lex) and not _force_unit_mod(tok, lemma, lex):
                continue
            d = _description(doc, tok, lex, focus_country, lemma, taken, armed)
            if d:
                s, e, kw = d
                add(s, e, kw)
        # 4b. "a Russian attack on Bakhmut": a foreign state's attack, where the report names that state's
        # forces as a party elsewhere ("Russian troops"); "a Palestinian attack" names no state's army
        forces = {a.country for a in found if a.type == "state" and a.name.startswith("Military Forces of")}
        if forces:
            for ent in entities(doc):
                if ent.label_ == "NORP" and len(ent) == 1 and ent.start not in taken \
                        and ent.root.dep_ == "amod" and ent.root.head.lemma_.lower() in _ARMED_STRIKE_HEADS \
                        and (iso := lex.country_of(ent.text)) in forces:
                    add(ent.start, ent.end, dict(name=f"Military Forces of {lex.of_names[iso]}", aliases=(ent.text,),
                                                 type="state", country=iso, kind="description"))
        # 5. spelling variants of people already named (Vahidi / Vahidy)
        _variants(doc, found, taken, add, lex)
        _full_names(found)
        if published is not None:
            for a in found:
                c = self.by_name.get(a.name)
                if c is not None and c.earlier is not None and published < c.earlier[0]:
                    a.type = c.earlier[1]
        found.sort(key=lambda a: a.span.start)
        return found


_NEAR_PREPS = frozenset(load_place_words()["near_preps"])  # "in", "near", "outside", "at"
_NON_STATE_ARMED = frozenset({"rebel", "political_militia", "identity_militia"})
# how a name hangs in the phrase a preposition of place governs: "in the Kenyan capital, Nairobi",
# "in Nairobi and Kampala", "at Kampala's State House"
_PLACE_PHRASE_DEPS = frozenset({"appos", "compound", "conj", "poss"})


def town_named_as_place(p: Place, doc) -> bool:
    """Whether a town the places stage found (a country's capital among them) is named as where
    something was done: the object of a preposition of place ("met in Kampala", "near Bamako"), not a
    subject or object standing for its government ("Kampala accused Nairobi")."""
    if p.feature != "city" or p.mention != "name":
        return False
    span = words_at(doc, p.span.start, p.span.end)
    if span is None:
        return False
    t = span.root
    for _ in range(4):
        if t.dep_ == "pobj":
            return t.head.lower_ in _NEAR_PREPS
        if t.dep_ not in _PLACE_PHRASE_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def _army_unit(doc, s: int, e: int, lex: Lexicon, focus: str | None) -> str | None:
    """The country whose army a name spaCy took for an organisation is a numbered unit of ("the 72nd
    Brigade", "3rd Infantry Division", "the Army's 86th Infantry Battalion"; word class army_units):
    the country named just before it ("Ukraine's 72nd Brigade", "the Ukrainian 72nd Brigade"), or
    else the report's own. None for any other name, or where no country is known."""
    if doc[e - 1].lower_ not in _ARMY_UNITS or not _UNIT_NUMBER.fullmatch(doc[s].lower_):
        return None
    for t in doc[max(0, s - 2):s]:
        iso = lex.country_of(t.text)
        if iso:
            return iso if iso in lex.of_names else None
    return focus if focus in lex.of_names else None


_ARMY_UNITS = frozenset(load_event_words()["army_units"])
_UNIT_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


def kind_named(doc) -> frozenset[str]:
    """The names a report writes before a word for a kind of place anywhere ("Kindaw village", "Rahim
    Yar Khan district"): places wherever else they are written alone (found once per document)."""
    out = doc.user_data.get("sitrep_kind_named")
    if out is None:
        out = set()
        lows = lower_words(doc)[0]
        for i in (i for i, w in enumerate(lows) if w in _PLACE_KINDS and i > 0):
            t = doc[i]
            if doc[t.i - 1].pos_ == "PROPN":
                k = t.i - 1
                while k > 0 and doc[k - 1].pos_ == "PROPN" and k > t.i - 4:
                    k -= 1
                out.update(doc[j:t.i].text for j in range(k, t.i))  # (its last words too: "Yar Khan")
        out = doc.user_data["sitrep_kind_named"] = frozenset(out)
    return out


def _forces_noun_after(doc, e: int, lex: Lexicon) -> bool:
    """Whether the name ending before token ``e`` modifies a noun for a state's armed men after it
    ("Philippine government forces", "government troops")."""
    if e >= len(doc):
        return False
    nxt = doc[e]
    kind = lex.noun_kind.get(nxt.lemma_.lower(), {}).get("kind")
    return kind in ("military", "police") and doc[e - 1].head.i == nxt.i


def _sentence_index(doc) -> dict[int, int]:
    out = {}
    for si, s in enumerate(sentences(doc)):
        out.update(dict.fromkeys(range(s.start, s.end), si))
    return out


def _local_matches(doc, local: dict[str, Canon]):
    """Token spans where a name the article defined occurs, with that name (the tokens' text may
    differ from it where a match ends inside a token)."""
    for name in local:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span):
                yield span.start, span.end, name


def _lookup_canon(by_name: dict[str, Canon], local: dict[str, Canon], name: str) -> Canon:
    c = by_name.get(name)
    if c is not None:
        return c
    return local.get(name) or Canon(name, None, None)


_BODY_WORDS = re.compile(r"\b(front|army|group|party|council|ministry|police|forces?|movement|brigade|union|"
                         r"committee|agency|department|association|company|corporation|bank|court|commission|"
                         r"office|institute|network|organi[sz]ation|coalition|alliance|league|militia|guards?|"
                         r"corps|service|authority|assembly|parliament|government|federation|foundation|"
                         r"centre|center|fund|society|tribunal|mission|directorate|battalion|regiment|wing|"
                         r"cell|faction|jamaat|tehreek|tehrik|lashkar|jaish|harakat|hizb|ansar|al-\w+)\b", re.I)


# a name of words joined by a Persian or Arabic linking word: "Jaish-e-Fursan-e Muhammad",
# "Lashkar-e-Taiba", "Hizb-ul-Mujahideen", "Tehrik-i-Taliban"
_LINKED_NAME = re.compile(r"\b[A-Z][\w'’]+(?:-(?:e|i|ul|ud|un|us|ut|al|el)(?:-|[ \t]+)[A-Z][\w'’]+)+")


def _looks_like_body(text: str) -> bool:
    """An organisation spaCy names but the actor file does not know: kept when its words say it is
    a body ("… Liberation Front", "Interior Ministry") or it is an acronym ("CNF"); spaCy's stray
    organisations ("Land Cruiser", "Teargas") are not."""
    bare = text.replace(".", "")
    return bool(_BODY_WORDS.search(text)) or (bare.isupper() and 2 <= len(bare) <= 8)


_STATE_ORGANS = frozenset(load_event_words()["state_organs"])


def _state_organ(doc, s: int, e: int, lex: Lexicon) -> str | None:
    """The country of a state's organ named as a name from ``s`` to ``e`` after its country's name or
    people's word ("South Korea's Ministry of Foreign Affairs", "the Ethiopian Ministry of Defence"), or
    None."""
    if s == 0 or doc[s:e].root.lemma_.lower() not in _STATE_ORGANS:
        return None
    last = s - 2 if doc[s - 1].text in ("’s", "'s") and s > 1 else s - 1
    iso = next((c for n in (3, 2, 1) if last - n + 1 >= 0
                and (c := lex.country_of(doc[last - n + 1:last + 1].text)) is not None), None)
    return iso if iso in lex.of_names else None


def _guess_type(text: str) -> str | None:
    for pat, kind in _ORG_TYPE:
        if pat.search(text):
            return kind
    return None


def _inside_description(doc, s: int, e: int, lex: Lexicon) -> bool:
    """A country name used as a modifier ("Pakistan Army", "Pakistan's foreign ministry")
    belongs to the description."""
    i = e
    while i < len(doc) and i < e + 4 and (doc[i].text in ("’s", "'s") or doc[i].pos_ == "ADJ"):
        i += 1
    return i < len(doc) and doc[i].lemma_.lower() in lex.noun_kind and doc[i].pos_ in ("NOUN", "PROPN")


_LOCAL_OFFICES = frozenset({"governor", "mayor"})
_TITLE = re.compile(r"\b(president|prime minister|minister|foreign minister|interior minister|defen[cs]e minister|"
                    r"spokes(?:man|person|woman)|general|commander|chief|governor|ambassador|king|prince|"
                    r"crown prince|secretary|envoy|official|director|senator|mayor)\b", re.I)


def _person(doc, s: int, e: int, lex: Lexicon, focus: str | None) -> dict:
    """A named person, with the office and country the text gives them."""
    text = doc[s:e].text
    window = doc[max(0, s - 8):s].text
    role = None
    affiliation = iso = None
    m = None
    for m in _TITLE.finditer(window):
        pass
    if m is None:
        # "Ahmad Vahidi, Iran's interior minister,": the office in apposition after the name
        root = doc[s:e].root
        for ch in root.children:
            if ch.dep_ == "appos":
                phrase = doc[ch.left_edge.i: ch.i + 1].text
                m = None
                for m in _TITLE.finditer(phrase):
                    pass
                if m:
                    window = phrase
                    break
    if m:
        role = m[0].lower()
        # the words of the title's own phrase: "… its embassy in Tehran, Foreign Secretary William
        # Hague": Tehran is not his country
        # (nor is a word of the sentence before, or of a headline over it: "… visited China. Foreign
        # Minister X", "… at G7 Summit\n\nChina's Vice Foreign Minister X")
        before = regex(r"[,;:(\"“”\n]|\s[–—-]\s|(?<=[a-z]{2})\.\s").split(window[: m.start()])[-1]
        iso = None
        # each capitalised word, its possessive ending dropped ("China's Vice …"), alone or with the
        # next one or two ("Sri Lankan", "South Korea's", "Papua New Guinean")
        words = [regex(r"['’]s?$").sub("", w) for w in regex(r"[A-Z][\w’'-]*").findall(before)]
        k = 0
        while k < len(words):
            n = next((n for n in (3, 2, 1) if k + n <= len(words)
                      and lex.country_of(" ".join(words[k:k + n])) is not None), 0)
            iso = lex.country_of(" ".join(words[k:k + n])) if n else iso
            k += n or 1
        if iso:
            affiliation = f"Government of {lex.of_names[iso]}"
        elif role in _LOCAL_OFFICES and focus in lex.of_names:
            # "Governor Abba Yusuf", "Kano Governor X": a state's or a city's head, of the report's country
            # (its government as a name he goes by, not its state: his acts are not placed at its capital)
            return dict(name=text, type=None, kind="person", role=role,
                        affiliation=f"Government of {lex.of_names[focus]}", country=None)
    # (the country the title names, not one whose name is a part of it: Nigeria's president is not
    # Niger's, nor South Sudan's Sudan's)
    return dict(name=text, type="state" if affiliation else None, kind="person", role=role,
                affiliation=affiliation, country=iso if affiliation else None)


def _lone_entity(tok) -> bool:
    """Whether a token is a named entity on its own ("Bandits" opening a sentence, taken for an
    organisation), not a word of a longer name ("Lebanese Forces")."""
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def headline_plurals(lex: Lexicon) -> dict[str, str]:
    """Every word _headline_singular reads as a description noun's plural -> that noun: the same
    answers, looked up in place of worked out word by word."""
    out: dict[str, str] = {}
    for noun in lex.noun_kind:  # the rules in reverse order of precedence, each later one overriding
        out[noun + "s"] = noun
        if noun.endswith("me"):
            out[noun + "n"] = noun
    for noun in lex.noun_kind:
        if noun.endswith("y"):
            out[noun[:-1] + "ies"] = noun
    for noun in lex.noun_kind:
        if noun.endswith("man"):
            out[noun[:-3] + "men"] = noun
    return out


def _headline_singular(word: str, lex: Lexicon) -> str | None:
    """The description noun a plural is of, when the parser left it as written ("Soldiers",
    "Gunmen" in a title-case headline, taken for names), or None."""
    if not word.endswith("s") and not word.endswith("men"):
        return None
    for form in (word[:-3] + "man" if word.endswith("men") else None, word[:-3] + "y" if word.endswith("ies") else None,
                 word[:-1]):
        if form and form in lex.noun_kind:
            return form
    return None


def _demonym_ending_at(doc, last, lo: int, lex: Lexicon, taken) -> tuple[str | None, int]:
    """The country of the longest demonym or country name of up to three words that ends at ``last`` and
    starts at ``lo`` or later ("Sri Lankan", "South Sudanese", "Central African", "Sudanese"), with its first
    token's position; (None, ``last.i``) when there is none."""
    text, starts, ends = doc_text(doc), token_starts(doc), token_ends(doc)  # (the words read without Tokens)
    for n in (3, 2):
        first = last.i - n + 1
        if first >= lo and not any(i in taken for i in range(first, last.i)) \
                and all(text[starts[i]:starts[i] + 1].isupper() for i in range(first, last.i + 1)):
            c = lex.country_of(text[starts[first]:ends[last.i]])
            if c:
                return c, first
    return lex.country_of(last.text), last.i


def _description(doc, tok, lex: Lexicon, focus: str | None, lemma: str | None = None, taken=frozenset(),
                 armed=frozenset()):
    """The description ``tok`` heads, as (start, end, Actor fields), or None. ``taken``: tokens already
    read as another actor: a description whose country is named stops before them ("UN-backed
    Congolese forces": the forces are Congo's), and so does a crowd's ("Morcha activists"); armed men
    or officials without a country, and people named after an armed group (``armed``: its tokens), are
    no description ("BLA fighters", "a Sipah-e-Muhammad worker": the group's own)."""
    lemma = lemma or tok.lemma_.lower()
    two = None
    if tok.i > 0:
        two = f"{doc[tok.i - 1].lemma_.lower()} {lemma}"
    pattern = None
    start = tok.i
    if two and two in lex.noun_kind and not (tok.i >= 3 and doc[tok.i - 2].text == "-" and not doc[tok.i - 3].whitespace_
                                             and doc[tok.i - 3].lower_ in _OPPOSING_PREFIXES):
        # ("an anti-government militia": a militia, not the government's)
        pattern, start = lex.noun_kind[two], tok.i - 1
        before = doc[start - 1].lemma_.lower() if start > 0 else ""
        if lex.noun_kind.get(before, {}).get("kind") == "police" and doc[start - 1].dep_ == "compound":
            pattern, start = lex.noun_kind[before], start - 1  # "police force members": the police
    elif lemma in lex.noun_kind:
        pattern = lex.noun_kind[lemma]
    if pattern is None:
        return None
    # only the head of its noun phrase ("police station" is a place, not the police)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() not in _WEAPONS and not (
            pattern["kind"] in _FORCE_KINDS and tok.head.lower_ in _FORCE_ACTS) and not (
            pattern["kind"] == "unidentified" and tok.head.lemma_.lower() in _ARMED_MARKED):
        return None  # "police station" is a place; but "junta jets" are the junta's, a "police shooting" the
        # police's, a "militant attack" the militants', "rebel positions" the rebels'
    if tok.pos_ == "ADJ" and not _armed_act_mod(tok, lemma, lex) and not _force_unit_mod(tok, lemma, lex):
        return None  # (a word of a description read as an adjective names armed men only in an armed act)
    # its modifiers: a demonym or country, "unidentified", an ethnic or group name
    iso = None
    mods = []
    s = start
    lefts = list(doc[max(0, start - 4):start])
    skip = 0
    for k in range(len(lefts) - 1, -1, -1):
        if skip:
            skip -= 1
            continue
        left = lefts[k]
        if in_dateline(left):
            break  # "GUSAU, March 5 (SW) Gunmen attacked …": the dateline's words qualify no one in the lead
        if left.ent_type_ in ("DATE", "TIME"):
            break  # "Last Wednesday insurgents attacked …": a time told before the doers names none of them
        if left.i in taken:
            if iso is None and (pattern["kind"] not in _CROWD_KINDS or pattern["kind"] == "civilians" and left.i in armed):
                return None  # "BLA fighters", "a Sipah-e-Muhammad worker": members of the group named before them
            while s < start and not doc[s - 1].whitespace_:
                s += 1  # ("UN-backed Congolese forces": "-backed" goes with the UN)
            break  # "Morcha activists": a crowd, whoever it stands with (ACLED's "Protesters (Nepal)")
        if left.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "det") or left.ent_type_ in ("NORP", "GPE"):
            s = left.i
            c, first = _demonym_ending_at(doc, left, lefts[0].i, lex, taken)
            if c:
                iso = c
                skip, s = left.i - first, first  # ("Sri Lankan police", "South Sudanese soldiers": one demonym)
            elif left.pos_ in ("PROPN", "ADJ") and left.text[:1].isupper() and left.lower_ not in _VAGUE_MODS \
                    and not _capitalised_as_first(left):
                mods.insert(0, left.text)  # (read leftwards: "Free Syrian" stays in its order)
            continue
        if left.text in ("’s", "'s"):
            s = left.i
            continue
        break
    if tok.lower_ in _BARE_NOT_BODIES and start == tok.i and iso is None and _force_as_thing(tok):
        return None  # "excessive force", "the use of force", "remained in force": no body of men
    while s < start and doc[s].pos_ in ("DET", "NUM", "PUNCT") or (s < start and doc[s].like_num):
        s += 1
    if pattern.get("needs_country") and iso is None:
        # "the ambassador": whose is not said; but bare "diplomats" are people all the same
        pattern = lex.countryless.get(two if start < tok.i else lemma)
        if pattern is None:
            return None
    kind = pattern["kind"]
    if kind == "civilians" and any(w.lower_ == "armed" and w.dep_ in ("amod", "compound") for w in doc[s:tok.i]):
        # "armed civilians fired on them": armed men; "armed Murle youth", "armed Lendu villagers": a
        # people's armed men, ACLED's ethnic militia of that people ("Murle Ethnic Militia (South Sudan)")
        pattern, kind = lex.noun_kind["ethnic militia" if mods else "gunman"], "ethnic" if mods else "unidentified"
    if kind == "civilians" and _doing_as_crowd(doc, s, tok):
        pattern, kind = lex.noun_kind["protester"], "protesters"  # "protesting garment workers": a crowd
    lemmas = lower_words(doc)[1]  # (the words' lemmas read from the per-Doc list: a Token only for a hit)
    rebel = [doc[i] for i in range(s, tok.i) if lemmas[i] in _REBEL_MODS]
    if not rebel and start < tok.i and two in _DEFENCE_FORCES:
        # "local defence forces", "village defense forces": a place's own armed men, not the state's army
        rebel = [doc[i] for i in range(s, start) if lemmas[i] in _LOCAL_WORDS]
    if rebel and kind in ("government", "military", "police", "security"):
        # "resistance forces", "rebel troops", "opposition fighters": not the state's
        return s, tok.i + 1, dict(name=doc[rebel[0].i:tok.i + 1].text, type="rebel", kind="description",
                                  country=iso or focus, assumed_country=iso is None and focus is not None)
    insurgency = lex.insurgents.get(iso or focus) if kind == "unidentified" else None
    if insurgency is not None and all(m.lower() in insurgency[0] for m in mods) and \
            any(w.lemma_.lower() in insurgency[0] or w.lower_ in insurgency[0] for w in doc[s:tok.i + 1]):
        # "insurgents" in Thailand's deep south, "separatist fighters" in Cameroon: the one insurgency
        group = insurgency[1]
        return s, tok.i + 1, dict(name=group.name, aliases=group.aliases, type=group.type, country=group.country)
    if kind == "unidentified" and mods:
        # "Baloch militants", "Maoist rebels": a group known only by its description
        name = " ".join(mods + [tok.text])
        return s, tok.i + 1, dict(name=name, type="rebel", kind="description", country=iso or focus,
                                  assumed_country=iso is None and focus is not None)
    if kind in ("communal", "ethnic") and mods and (iso or focus):
        # "Kandep tribesmen", "the Amala tribe": the militia of the people named
        country = iso or focus
        return s, tok.i + 1, dict(name=f"{' '.join(mods)} {pattern['canonical'].format(country=lex.countries.get(country, country))}",
                                  type=pattern["type"], kind="description", country=country, assumed_country=iso is None)
    country = iso or focus
    if not country:
        return None
    # (bare "people" or "workers" are still civilians of the country the report is about)
    # "Military Forces of the Philippines", but "Civilians (Philippines)", as ACLED writes them
    of_name = lex.of_names.get(country, country)
    name = pattern["canonical"].format(country=lex.countries.get(country, of_name)
                                       if "({country})" in pattern["canonical"] else of_name)
    return s, tok.i + 1, dict(name=name, type=pattern["type"], kind="description", country=country,
                              assumed_country=iso is None)


def _armed_act_mod(tok, lemma: str, lex: Lexicon) -> bool:
    """Whether a word names, as the modifier of an armed act, the armed men who did it ("a jihadist
    attack", "a rebel ambush", "an Islamist raid": the parser reads the word as an adjective), which
    a description of armed men of no name stands for; or of a place or thing they hold ("rebel
    positions", "a militant hideout": the rebels', the militants')."""
    return tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _ARMED_MARKED \
        and tok.head.pos_ == "NOUN" and (lemma in _ARMED_ACT_MODS or lex.noun_kind.get(lemma, {}).get("kind") == "unidentified")


def _force_unit_mod(tok, lemma: str, lex: Lexicon) -> bool:
    """Whether a force's word, read as an adjective, names the force whose unit or machine it
    modifies ("a military column", "a military convoy": the army's, as "an army column" is)."""
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in _WEAPONS and tok.head.pos_ == "NOUN" \
        and lex.noun_kind.get(lemma, {}).get("kind") in _FORCE_KINDS


def _capitalised_as_first(tok) -> bool:
    """Whether a capitalised word opens its sentence and the report writes it in lower case
    elsewhere ("Cartel gunmen unleashed …" beside "a cartel camp"): a common word, not a name."""
    if not (tok.is_sent_start or tok.i == 0 or tok.nbor(-1).is_space or _in_title_case_headline(tok)):
        return False
    lower = tok.doc.user_data.get("sitrep_lower_words")
    if lower is None:
        from spacy.attrs import ORTH

        # (the words' texts read from the Doc's array, each distinct one decoded once: no Token made)
        strings = tok.doc.vocab.strings
        lower = tok.doc.user_data["sitrep_lower_words"] = frozenset(
            w for w in map(strings.__getitem__, set(tok.doc.to_array([ORTH]).tolist())) if w.islower())
    return tok.lower_ in lower or (tok.is_sent_start is False and f"{tok.lower_}s" in lower)


def _in_title_case_headline(tok) -> bool:
    """Whether a word stands in a headline written in title case ("13 Police Killed in an Ambush by
    Suspected Cartel Gunmen"), where every word is capitalised, names or not (the report's first
    sentence, most of its words capitalised)."""
    if token_sentence(tok).start != 0:
        return False
    title = tok.doc.user_data.get("sitrep_title_case")
    if title is None:
        words = [t for t in token_sentence(tok) if t.is_alpha and len(t) > 3]
        title = tok.doc.user_data["sitrep_title_case"] = len(words) >= 4 and \
            sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
    return title


def _doing_as_crowd(doc, s: int, tok) -> bool:
    """Whether people are told, by a participle just before them, as doing what a crowd does
    ("protesting garment workers", "striking miners"; the parse makes the participle a modifier, or
    a verb whose object they are): the crowd, not civilians at large."""
    before = [w for w in doc[s:tok.i] if w.tag_ == "VBG" and w.dep_ == "amod"]
    if s > 0 and doc[s - 1].tag_ == "VBG" and tok.dep_ == "dobj" and tok.head.i == s - 1:
        before.append(doc[s - 1])
    return any(w.lemma_.lower() in _CROWD_ACTS for w in before)


_CROWD_KINDS = frozenset({"civilians", "protesters", "partisans", "rioters"})
_FORCE_KINDS = frozenset({"military", "police"})
_FORCE_ACTS = load_event_words()["force_acts"]
_ARMED_ACTS = load_event_words()["armed_acts"]
_ARMED_ACT_MODS = load_event_words()["armed_act_mods"]
_ARMED_MARKED = _ARMED_ACTS | load_event_words()["armed_posts"]  # (what armed men are named as doing or holding)
_OPPOSING_PREFIXES = load_event_words()["opposing_prefixes"]
_ARMED_TYPES = frozenset({"rebel", "political_militia", "identity_militia"})
_LOCAL_WORDS = load_event_words()["local_words"]
_BARE_NOT_BODIES = load_event_words()["bare_not_bodies"]
_FORCE_MANNERS = load_event_words()["force_manners"]
_CROWD_ACTS = load_event_words()["crowd_acts"]
_INSURGENT_NAME_WORDS = load_event_words()["insurgent_name_words"]


def _force_as_thing(tok) -> bool:
    """Whether "force" names violence or validity, not a body of men: said how much or how hard
    ("excessive force", "lethal force"), used ("the use of force", "force used", "used force"), or
    held in or taken by ("remained in force", "annexed by force", "deployed in force")."""
    if any(ch.dep_ == "amod" and ch.lower_ in _FORCE_MANNERS for ch in tok.children):
        return True
    if any(ch.dep_ == "acl" and ch.lemma_.lower() == "use" for ch in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "use":
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("of", "in", "by") and not any(ch.dep_ in ("det", "poss") for ch in tok.children):
        return head.lower_ != "of" or head.head.lemma_.lower() == "use"
    return False
_DEFENCE_FORCES = load_event_words()["defence_forces"]
_REBEL_MODS = frozenset("""resistance rebel insurgent opposition separatist guerrilla guerilla jihadist
    militant anti-junta anti-government""".split())
_STRIKES = load_event_words()["state_strikes"]
_ARMED_STRIKE_HEADS = load_event_words()["armed_strike_heads"]
_STRIKE_ARMS = load_event_words()["strike_arms"]


_WEAPON_AGENTS = frozenset(load_event_words()["weapon_agents"])


def _not_a_name(span) -> bool:
    """Whether words spaCy took for a person's name are a title-case headline's ("Roadside Bomb Kills
    4 Soldiers", "Killed by Roadside Bomb"): a name holds no verb and does not end in a weapon that
    strikes on its own (event_words.yaml weapon_agents, also in the plural)."""
    last = span[-1].lower_
    return any(t.pos_ == "VERB" for t in span) or last in _WEAPON_AGENTS or \
        (last.endswith("s") and last[:-1] in _WEAPON_AGENTS)


_LED = re.compile(r"\b([A-Z][\w.]*?)\.?[ \t]?-[ \t]?led\b")
_LED_BODIES = load_event_words()["led_bodies"]


def _led_by_state(doc, lex: Lexicon):
    """The token spans and countries of "US-led strikes", "Turkish-led forces", "the U.S.-led coalition
    aircraft": a state's word leading its forces, a strike, a weapon or a body it leads (event_words.yaml
    led_bodies; not "a Turkish-backed militia", nor "Kurdish-led forces", no state's word)."""
    military = lex.noun_kind.get("troop", {}).get("nouns", ())
    for m in _LED.finditer(doc_text(doc)):
        iso = lex.country_of(m[1]) or lex.country_of(m[1] + ".")
        span = words_at(doc, m.start(), m.end()) if iso else None
        if span is None:
            continue
        led = span[-1]
        heads = _STRIKES | _ARMED_STRIKE_HEADS | _WEAPONS | _LED_BODIES
        if led.head.lemma_.lower() not in heads and led.head.lemma_.lower() not in military:
            continue
        end = span.end
        if end < len(doc) and (doc[end].lemma_.lower() in _LED_BODIES or doc[end].lemma_.lower() in military):
            end += 1  # "the U.S.-led coalition aircraft": the coalition, "Turkish-led forces"
        yield span.start, end, iso


def _weapon_compound(tok) -> bool:
    """"a Russian missile strike": the demonym's head is the weapon of a strike."""
    h = tok.head
    if h.lemma_.lower() in _STRIKES | _ARMED_STRIKE_HEADS and any(
            ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _WEAPONS | _STRIKE_ARMS for ch in h.children):
        return True  # "a Russian missile attack", "a Kenyan air raid" (both words hung on the act)
    return h.dep_ == "compound" and h.lemma_.lower() in _WEAPONS | _STRIKE_ARMS \
        and h.head.lemma_.lower() in _STRIKES | _ARMED_STRIKE_HEADS


_PLACE_KINDS = frozenset("""village town city district township province region area camp county state
    valley neighbourhood neighborhood suburb""".split())
_WEAPONS = frozenset("""drone jet aircraft warplane helicopter plane gunship missile rocket shell artillery
    tank vehicle convoy boat ship vessel unit patrol""".split()) | load_event_words()["force_units"]


_VAGUE_MODS = frozenset("""unidentified unknown armed suspected alleged masked heavily several many some
    other local foreign rival two three four five six seven eight nine ten dozens hundreds""".split())


def _full_names(found: list[Actor]) -> None:
    """"Ahmad Vahidi … Vahidi said": the later surname is the person named in full before; so is a
    name's first word, where one person named before bears it and no one has it as a surname (a
    surname written first: "Ban Ki-moon … accused Ban")."""
    people = [a for a in sorted(found, key=lambda a: a.span.start) if a.kind == "person"]
    for i, a in enumerate(people):
        if " " in a.name:
            continue
        full = [e.name.split() for e in people[:i] if " " in e.name]
        leading = len({" ".join(p) for p in full if p[0] == a.name}) == 1 and not any(p[-1] == a.name for p in full)
        for earlier in reversed(people[:i]):
            parts = earlier.name.split()
            if len(parts) > 1 and (parts[-1] == a.name or leading and parts[0] == a.name):
                a.name, a.aliases = earlier.name, tuple(dict.fromkeys((*earlier.aliases, a.span.text)))
                a.role, a.affiliation = a.role or earlier.role, a.affiliation or earlier.affiliation
                a.country, a.type = a.country or earlier.country, a.type or earlier.type
                break


_NAME_JOINS = frozenset(("of", "for", "the", "and", "al", "ul", "e"))


def _spelt_by_initials(before: str, long_: str, short: str) -> str:
    """The name its initials spell, where the words matched before the brackets are only its tail: "the
    Convention of Patriots for Justice and Peace (CPJP)" is the whole name, not "Justice and Peace" (its
    words read back, on the same line, until their capitals' initials are ``short``)."""
    def initials(words):
        return "".join(w[0] for w in words if w[:1].isupper()).upper()
    words = long_.split()
    if initials(words) == short.upper() or len(initials(words)) >= len(short):
        return long_
    back = before[before.rfind("\n") + 1:].split()
    for w in reversed(back[-8:]):
        if not (w[:1].isupper() and w.isalpha() or w in _NAME_JOINS):
            break
        words.insert(0, w)
        if initials(words) == short.upper():
            return " ".join(words)
    return long_


def _variants(doc, found: list[Actor], taken: set[int], add, lex: Lexicon) -> None:
    surnames = {}
    firsts: dict = {}
    for a in found:
        if a.kind == "person":
            parts = a.name.split()
            if len(parts) >= 2:
                if not lex.country_of(parts[-1]):  # "Sovetskaya Belarus" (a paper): "Belarus" is no surname
                    surnames[parts[-1]] = a
                firsts.setdefault(parts[0], set()).add(a.name)
    if not surnames:
        return
    # a name's first word alone, where only one person named in full bears it: a surname written
    # first ("Kim Jong Un … Kim", "Ban Ki-moon … Ban"), compared exactly
    leading = {w: next(a for a in found if a.kind == "person" and a.name == next(iter(names)))
               for w, names in firsts.items() if len(names) == 1 and w not in surnames}
    # (both passes read proper nouns only, their words, labels and heads from the per-Doc lists: no Token made)
    pos, (heads, deps, _kids) = coarse_tags(doc), token_tree(doc)
    text, starts, ends = doc_text(doc), token_starts(doc), token_ends(doc)
    n = len(pos)
    proper = [(i, text[starts[i]:ends[i]]) for i, p in enumerate(pos) if p == "PROPN"]
    for i, word in proper:
        a = leading.get(word)
        if a is None or i in taken or deps[i] == "compound" or (i + 1 < n and pos[i + 1] == "PROPN"):
            continue
        add(i, i + 1, dict(name=a.name, aliases=tuple(dict.fromkeys((*a.aliases, word))), type=a.type,
                           kind="person", role=a.role, affiliation=a.affiliation, country=a.country))
    # one matcher per surname, compared with many words (difflib keeps what it learns of the surname)
    matchers = {sur: difflib.SequenceMatcher(None, "", sur.lower()) for sur in surnames}
    seen: dict = {}
    for i, word in proper:
        if i in taken or len(word) < 4:
            continue
        if deps[i] in ("compound", "amod") and pos[heads[i]] == "NOUN":
            continue  # "Baloch havens": a people's name, not Hafeez Baloch again
        if word not in seen:  # each spelling compared with the surnames once per report
            seen[word] = _surname_of(word, surnames, matchers)
        a = seen[word]
        if a is not None:
            add(i, i + 1, dict(name=a.name, aliases=tuple(dict.fromkeys((*a.aliases, word))),
                               type=a.type, kind="person", role=a.role,
                               affiliation=a.affiliation, country=a.country))


def _surname_of(word: str, surnames: dict, matchers: dict):
    """The person whose surname ``word`` is, or is spelt close to (difflib ratio ≥ 0.8); ``matchers``:
    each surname's ``difflib.SequenceMatcher`` (its second sequence the surname in lower case)."""
    low = word.lower()
    for sur, a in surnames.items():
        if word == sur:
            return a
        # a ratio of 0.8 needs lengths within 2·min/(a+b) ≥ 0.8: skip pairs that cannot reach it
        if 2 * min(len(low), len(sur)) < 0.8 * (len(low) + len(sur)):
            continue
        matcher = matchers[sur]
        matcher.set_seq1(low)
        # (quick_ratio is an upper bound of ratio, found without matching blocks)
        if matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8:
            return a
    return None


def _first_name(ent) -> bool:
    """Whether a one-word country's or people's name stands right before a person's name, the
    tagger having split one name in two ("Bharat Mohan Adhikari": Bharat tagged India's name): a
    given name, no country."""
    doc = ent.doc
    return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON" and \
        doc[ent.end].ent_iob_ == "B" and doc[ent.end].text[:1].isupper() and ent[0].whitespace_ == " "


def focus_country(doc, lex: Lexicon, places=()) -> str | None:
    """The country an article is mostly about: the most named, by name or demonym, or by the
    towns and provinces it names (``places``, a geoparse; its datelines and countries not counted
    again): a report of a raid in two districts of one country that names another only in "a China
    gun" is about the first."""
    counts: Counter = Counter()
    counted = []  # the character spans of the entities counted, so a place is not counted again
    for ent in entities(doc):
        if ent.label_ in ("GPE", "NORP") and not _first_name(ent):
            iso = lex.country_of(ent.text)
            if iso is None and ent.label_ == "NORP" and len(ent) > 1:
                iso = lex.country_of(ent[0].text)  # a title's "Nepalese Protests", tagged as one people's name
            if iso is None and ent.label_ == "GPE":  # "northwest Nigeria": the country the geoparse found in it
                iso = next((p.country for p in places if p.feature == "country" and not p.dateline and
                            ent.start_char <= p.span.start and p.span.end <= ent.end_char), None)
            if iso:
                counts[iso] += 1
                counted.append((ent.start_char, ent.end_char))
    capital = frozenset(load_place_words()["capital_nouns"])
    for p in places:
        if p.country and not p.dateline and p.feature != "country" and p.span.text.lower() not in capital:
            counts[p.country] += 1  # ("the Colombian capital", "the capital": the country is counted or assumed)
        elif p.country and not p.dateline and p.feature == "country" and p.mention == "name" and \
                not any(a <= p.span.start and p.span.end <= b for a, b in counted):
            counts[p.country] += 1  # a country's name the tagger took for a person's ("Togo") or a body's
    return counts.most_common(1)[0][0] if counts else None
