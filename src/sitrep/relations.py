"""Stage 8, relations: the ties between actors (funds, trains, supports, based in, part of),
and the ties every two-party event makes (fights, accuses, warns, cooperates with …).

Reads: the spaCy ``Doc``, the actors, places and events of the earlier stages, and
``data/relations.yaml``.
Adds: :class:`Relation` records, each with its type, status (a hedge such as
"said to" makes it alleged; "confirmed" makes it confirmed), the party the text
credits, and the evidence span. ``graph.py`` turns them into the actor graph.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from pathlib import Path

from .datafiles import alternation, check_keys, read_mapping
from .errors import ConfigError
from .language import doc_text, lower_words, sentences, span_text, token_index, token_sentence, words_at
from .records import Actor, Event, Place, Relation, Span

DATA = Path(__file__).parent / "data"
EVENT_TIES = {"ASSAULT": "fights", "ACCUSE": "accuses", "THREATEN": "warns", "COOPERATE": "cooperates with",
              "AID": "supports", "AGREE": "cooperates with", "CONSULT": "meets", "COERCE": "coerces",
              "SANCTION": "sanctions", "REQUEST": "asks", "MOBILIZE": "mobilises", "PROTEST": "protests against",
              "REJECT": "rejects", "RETREAT": "yields to", "SUPPORT": "supports", "CONCEDE": "concedes to"}
_TIE_KEYS = {"funds": {"verbs"}, "trains": {"verbs"}, "supports": {"verbs", "backers"},
             "based in": {"base_phrases"}, "part of": {"belongs"}}
_WORD_KEYS = {"hedges", "confirming", "relative_pronouns", "articles", "sayers", "sources", "to_preps", "from_preps"}


@cache
def load_patterns(path: str | None = None) -> dict:
    """``data/relations.yaml``, checked: the tie types and their word lists, and the stage's word
    classes, each a non-empty list of distinct lower-case strings; anything missing, unknown or
    ill-formed is one ConfigError naming the file and the key. Patterns are compiled once."""
    p = Path(path) if path else DATA / "relations.yaml"
    raw = read_mapping(p, {"ties", "words"})
    ties, words = raw["ties"], raw["words"]
    if not isinstance(ties, dict) or not isinstance(words, dict):
        raise ConfigError(f"{p}: ties and words must be mappings")
    check_keys(f"{p}: ties", set(ties), set(_TIE_KEYS))
    check_keys(f"{p}: words", set(words), _WORD_KEYS)
    lists = []
    for kind, spec in ties.items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{p}: ties: {kind}: a mapping of word lists")
        check_keys(f"{p}: ties: {kind}", set(spec), _TIE_KEYS[kind])
        lists += [(f"ties: {kind}: {k}", v) for k, v in spec.items()]
    lists += [(f"words: {k}", v) for k, v in words.items()]
    for where, value in lists:
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w and w == w.lower() for w in value) \
                or len(set(value)) != len(value):
            raise ConfigError(f"{p}: {where}: a list of distinct lower-case words")
    pats = {kind: dict(spec) for kind, spec in ties.items()}
    # one alternation per phrase list, compiled once
    pats["_base_re"] = re.compile(r"\b(?:" + alternation(ties["based in"]["base_phrases"]) + r")\b")
    pats["_belongs_re"] = re.compile(r"\b(?:" + alternation(ties["part of"]["belongs"]) + r")\b")
    pats["_verbs"] = {v: kind for kind, spec in ties.items() for v in spec.get("verbs") or ()}
    backers = ties["supports"]["backers"]
    pats["_backer_before"] = frozenset(b[:-1] for b in backers if b.endswith("-"))  # "pro-Iran"
    pats["_backer_after"] = frozenset(b[1:] for b in backers if b.startswith("-"))  # "Iranian-backed"
    pats["_backer_nouns"] = frozenset(b for b in backers if "-" not in b)  # "Iranian proxies"
    pats["_backer_words"] = pats["_backer_before"] | pats["_backer_after"] | pats["_backer_nouns"]
    suffixes = alternation(pats["_backer_after"])
    pats["_backed_re"] = re.compile(rf"^[A-Z][a-z]+-(?:{suffixes})$")
    pats["_backed_end"] = re.compile(rf"-(?:{suffixes})$")
    pats["_hedge_re"] = re.compile(rf"\b(?:{alternation(words['hedges'])})\b", re.I)
    pats["_confirm_re"] = re.compile(rf"\b(?:{alternation(words['confirming'])})\b", re.I)
    pats["_article_re"] = re.compile(rf"^(?:{alternation(words['articles'])})\s+", re.I)
    pats.update({f"_{k}": frozenset(v) for k, v in words.items()})
    return pats


TIE_KINDS = tuple(_TIE_KEYS)


def find_relations(doc, actors: list[Actor], places: list[Place], events: list[Event],
                   states: dict[str, str] | None = None) -> list[Relation]:
    """Entry point: event ties first, then the stated ties, without repeats.

    ``states``: lower-case country words ("iran", "iranian") → "Government of …", for backers
    named inside a group's name ("the pro-Iran Mehdi group")."""
    out: list[Relation] = []
    for ev in events:
        if ev.actor1 is None or ev.actor2 is None or ev.plover not in EVENT_TIES or ev.negated:
            continue
        kind = "hands over to" if ev.mode is None and ev.trigger.text.lower().startswith("hand") else EVENT_TIES[ev.plover]
        out.append(Relation(ev.actor1.name, ev.actor2.name, kind, ev.evidence[0], ev.claim.status, ev.claim.source))
    at = token_index(doc, actors)
    place_at = sorted(token_index(doc, places).items())
    pats = load_patterns()
    # the words the two word-by-word readings below can start from, found in one pass over the Doc's
    # lists (each sentence then reads its own from them by bisection, not every word again)
    lows, lemmas = lower_words(doc)
    verbs, backer_words = pats["_verbs"], pats["_backer_words"]
    verb_at = [i for i, lemma in enumerate(lemmas) if lemma in verbs]
    backer_at = [i for i, low in enumerate(lows) if low in backer_words or "-" in low]
    for sent in sentences(doc):
        out += _verb_ties(sent, at, pats, _within(verb_at, sent))
        out += _base_ties(doc, sent, at, place_at, pats)
        out += _backers(sent, at, pats, states or {}, _within(backer_at, sent))
        out += _belongs(doc, sent, at, pats)
    seen, unique = set(), []
    for r in out:
        key = (r.source, r.target, r.type, r.evidence.start)
        if key not in seen and r.source != r.target:
            seen.add(key)
            unique.append(r)
    return unique


def _within(indices: list[int], sent) -> list[int]:
    """The token indices of ``indices`` (ascending) that fall in ``sent``."""
    return indices[bisect.bisect_left(indices, sent.start):bisect.bisect_left(indices, sent.end)]


def _party(tok, at) -> Actor | None:
    """The actor a token stands for, or one named in its phrase; an unnamed party by its words."""
    if tok is None:
        return None
    if tok.lower_ in load_patterns()["_relative_pronouns"]:
        h = tok.head
        while h.dep_ not in ("relcl", "acl") and h.head.i != h.i and h.pos_ in ("VERB", "AUX"):
            h = h.head
        tok = h.head if h.dep_ in ("relcl", "acl") else None  # "groups, which operate out of …"
        if tok is None:
            return None
    if tok.i in at:
        return at[tok.i]
    named = next((c for c in tok.children if c.dep_ == "appos" and c.i in at), None)
    if named is not None:  # "the pro-Iran sectarian group, Sipah-e-Muhammad Pakistan"
        return at[named.i]
    for t in tok.subtree:
        if t.i in at and t.i <= tok.i:  # its own words, not a place phrase hung on it
            return at[t.i]
    if tok.pos_ in ("NOUN", "PROPN"):
        a, b = tok.left_edge.idx, tok.idx + len(tok)
        text = doc_text(tok.doc)[a:b].strip("“”\"' ")
        text = load_patterns()["_article_re"].sub("", text)
        if 0 < len(text) <= 60:
            return Actor(name=text, span=Span(a, b, doc_text(tok.doc)[a:b]), kind="description")
    return None


def _status(sent) -> tuple[str, str | None]:
    text = span_text(sent)
    pats = load_patterns()
    if pats["_hedge_re"].search(text):
        return "alleged", None
    if pats["_confirm_re"].search(text):
        return "confirmed", None
    return "reported", None


def _clause_span(sent) -> Span:
    text = span_text(sent).rstrip()
    return Span(sent.start_char, sent.start_char + len(text), text)


def _verb_ties(sent, at, pats, candidates=None) -> list[Relation]:
    """``candidates``: the sentence's words whose lemma is a tie verb's, if found already."""
    out = []
    verbs = pats["_verbs"]
    if candidates is None:
        lemmas = lower_words(sent.doc)[1]
        candidates = [i for i in range(sent.start, sent.end) if lemmas[i] in verbs]  # (no Token for the others)
    for i in candidates:
        tok = sent.doc[i]
        if tok.pos_ != "VERB":
            continue
        kind = verbs[tok.lemma_.lower()]
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if tok.dep_ in ("acl", "relcl") and subj is None:
            subj = tok.head  # "a network funnelling money", "attackers who were trained"
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        own = [t for t in tok.subtree if not (t.pos_ == "VERB" and t != tok)]
        to = next((g for c in own if c.dep_ == "prep" and c.lower_ in pats["_to_preps"]
                   for g in c.children if g.dep_ == "pobj"), None)
        frm = next((g for c in own if c.dep_ == "prep" and c.lower_ in pats["_from_preps"]
                    for g in c.children if g.dep_ == "pobj"), None)
        if passive:
            source, target = _party(agent, at), _party(subj, at)
        else:
            source = _party(frm, at) if frm is not None and kind == "funds" else _party(subj, at)
            target = _party(to, at) if to is not None and kind == "funds" else _party(obj, at)
        if source is None or target is None:
            continue
        status, _ = _status(sent)
        out.append(Relation(source.name, target.name, kind, _clause_span(sent), status, _credited(tok, at, pats)))
    return out


def _base_ties(doc, sent, at, place_at, pats) -> list[Relation]:
    out = []
    low = span_text(sent).lower()
    for m in pats["_base_re"].finditer(low):
        start = sent.start_char + m.end()
        place = next((p for i, p in place_at if start <= doc[i].idx < start + 60), None)
        if place is None:
            continue
        tok = words_at(doc, sent.start_char + m.start(), sent.start_char + m.end())
        if tok is None:
            continue
        head = tok.root
        holder = None
        owner = next((c for c in head.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("PROPN", "ADJ", "NOUN")
                      and c.text[:1].isupper()), None)
        if owner is not None:  # "Baloch havens in Iran": the Baloch (insurgents)' havens
            holder = _party(owner, at)
        for h in ([] if holder else [head, *head.ancestors]):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.pos_ != "PRON" or subj.lower_ in pats["_relative_pronouns"]):
                holder = _party(subj, at)
                break
            if h.dep_ in ("relcl", "acl", "appos"):
                holder = _party(h.head, at)
                break
        if holder is not None and holder.type == "state" and holder.country and place.country \
                and holder.country != place.country:
            # "… against the Pakistan Army, which operates out of Iran": a state's forces do not
            # operate out of another state; the group the sentence is about does
            holder = None
        if holder is None:  # the nearest group named before the phrase
            holder = next((at[i] for i in range(tok.start - 1, sent.start - 1, -1)
                           if i in at and at[i].type not in ("state", "civilians")
                           and at[i].kind != "country"), None)
        if holder is None:
            continue
        status, credited = _status(sent)
        target = place.name
        out.append(Relation(holder.name, target, "based in", _clause_span(sent), status, credited))
    return out


def _backers(sent, at, pats, states: dict[str, str], candidates=None) -> list[Relation]:
    """"pro-Iran sectarian group", "Iranian-backed militias", "Iranian proxy groups".
    ``candidates``: the sentence's words of a backer's form or with a hyphen, if found already."""
    out = []
    before, after, nouns = pats["_backer_before"], pats["_backer_after"], pats["_backer_nouns"]
    if candidates is None:
        lows = lower_words(sent.doc)[0]
        candidates = [i for i in range(sent.start, sent.end) if lows[i] in before or lows[i] in after
                      or lows[i] in nouns or "-" in lows[i]]  # (a word of none of the forms below: no Token made for it)
    for i in candidates:
        tok = sent.doc[i]
        t = tok.text.lower()
        country = None
        if t in before and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
            country = tok.nbor(2)
        elif pats["_backed_re"].match(tok.text):
            country = tok
        elif tok.lower_ in after and tok.i >= 2 \
                and tok.nbor(-1).text == "-" and tok.nbor(-2).text[:1].isupper():
            country = tok.nbor(-2)  # "Iranian-backed" split in three
        elif tok.lower_ in nouns and tok.i > 0 and tok.nbor(-1).ent_type_ in ("NORP", "GPE"):
            country = tok.nbor(-1)
        if country is None:
            continue
        backer = at.get(country.i)
        word = pats["_backed_end"].sub("", country.text.lower())
        if (backer is None or backer.kind not in ("country",)) and word in states:
            backer = Actor(name=states[word], span=Span(country.idx, country.idx + len(country), country.text),
                           type="state", kind="country")
        head = country.head if country.head != country else tok.head
        if head.lower_ in after or head.lower_ == "-":
            head = head.head
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head
        backed = _party(head, at)
        if backer is None or backed is None or backed is backer:
            continue
        status, credited = _status(sent)
        out.append(Relation(backer.name, backed.name, "supports", _clause_span(sent), status, credited))
    return out


def _belongs(doc, sent, at, pats) -> list[Relation]:
    """"… confirmed that it belonged to Iran": the part and the whole."""
    out = []
    low = span_text(sent).lower()
    for m in pats["_belongs_re"].finditer(low):
        span = words_at(doc, sent.start_char + m.start(), sent.start_char + m.end())
        if span is None:
            continue
        verb = span.root
        whole = next((g for t in span for c in t.children if c.dep_ == "pobj" for g in [c]), None)
        if whole is None:
            whole = next((g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
        part_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if part_tok is not None and part_tok.pos_ == "PRON":
            part_tok = _antecedent_noun(part_tok)
        part, whole_a = _party(part_tok, at), _party(whole, at)
        if part is None or whole_a is None:
            continue
        status = "confirmed" if pats["_confirm_re"].search(span_text(sent)) else _status(sent)[0]
        credited = _credited(verb, at, pats)
        out.append(Relation(part.name, whole_a.name, "part of", _clause_span(sent), status, credited))
    return out


def _antecedent_noun(pron):
    """"… the agency behind the racket … confirmed that it belonged to Iran": the last noun
    phrase of the previous sentence that is a subject."""
    doc = pron.doc
    sent = token_sentence(pron)
    prev = token_sentence(doc[sent.start - 1]) if sent.start > 0 else None
    for s in (sent, prev):
        if s is None:
            continue
        for t in s:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i < pron.i:
                return t
    return None


def _credited(verb, at=None, pats=None) -> str | None:
    """Whom the text credits: the subject of the saying verb above ``verb``, or of an
    aside inside its clause ("attackers who, it said, were trained …")."""
    pats = pats or load_patterns()
    saying, sources = pats["_sayers"], pats["_sources"]
    sayers = [h for h in verb.ancestors if h.lemma_.lower() in saying]
    sayers += [c for c in verb.subtree if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in saying]
    for h in sayers:
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        if subj is None:  # a misparsed sayer: the nearest source-like noun before the verb
            subj = next((t for t in reversed(list(token_sentence(h))[: h.i - token_sentence(h).start])
                         if t.lemma_.lower() in sources and t.pos_ == "NOUN"), None)
        if subj is None:
            continue
        if subj.pos_ == "PRON" and at is not None:
            # "it said": the nearest earlier body (not a person), singular for "it"
            singular = subj.lower_ == "it"
            for i in range(subj.i - 1, max(subj.i - 40, -1), -1):
                a = at.get(i)
                if a is None or a.kind == "person":
                    continue
                span = words_at(verb.doc, a.span.start, a.span.end)
                if singular and span is not None and span.root.tag_ in ("NNS", "NNPS"):
                    continue
                return a.name
            return None
        return verb.doc[subj.left_edge.i: subj.i + 1].text
    return None
