"""Where and when one mention happened: the place and time expressions its clause governs, and
the report's scene, lead date and datelines where the clause names none.

Used by the mentions stage; no stage of its own."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..dates import _DAY, _MON, NUMBERS, UNITS, _is_future, _num, day_interval
from ..language import clause_verb, coarse_tags, doc_text, lower_words, regex, span_text, token_tree, words_at
from ..lexicon import load_event_words, load_place_words
from ..records import Event, Interval, Mention, Place, ReportContext, Span, TimeExpr
from .clauses import (
    _REPORTING, _clause, _governs, _hurt_when, _locative, _occurring, _own_subtree, _raid_clause, _reporting_time,
    _verb_above, apart_mark, named_noun, said_right_before, _place_named, _BESIDE, years_remembered, remembered_act,
)
from .tolls import number
from .parties import _ARMED

_W = load_event_words()  # word classes: data/event_words.yaml
_AFTER_WORDS = _W["after_words"]
_ACT_NOUNS = _W["frame_nouns"] | _W["incident_nouns"]


def _province_of(p: Place) -> Place | None:
    """The province of a dateline's place, as a place of admin1 precision without coordinates; None
    without one. The town's own district stays named: a report is coded to the district it was filed
    from ("TORONTO —": Toronto), though no spot in it is known."""
    if not p.admin1:
        return None
    return Place(name=p.admin1, span=p.span, country=p.country, admin1=p.admin1, admin2=p.admin2,
                 precision="admin1", feature="admin1", sentence=p.sentence,
                 admin1_alternatives=p.admin1_alternatives, admin2_alternatives=p.admin2_alternatives, dateline=True)


def _owned_by_noun(span, own: int | None = None) -> bool:
    """Whether a time expression is a noun's possessor ("last week's election"): it dates that noun
    (unless the noun is the trigger ``own``: "last week's attack"), not the clause around it."""
    return any(t.dep_ == "poss" and not span.start <= t.head.i < span.end and t.head.i != own
               and t.head.pos_ in ("NOUN", "PROPN") and not _after_it(t.head) for t in span)


def _owns_an_act(span) -> bool:
    """Whether a time is the possessor of a word that names a violent act ("Monday's attack",
    "Friday's bombing")."""
    return any(t.dep_ == "poss" and t.head.lemma_.lower() in _ACT_NOUNS for t in span)


def _after_it(noun) -> bool:
    """"…, following Sunday's strike": a clause told after a dated act is dated from it."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _AFTER_WORDS


def _lead_time(times: list[TimeExpr], published: dt.date | None, doc,
               captions: list[tuple[int, int]] | None = None) -> TimeExpr | None:
    """The date a report's lead gives its news: the first recent, day-precise date near the top
    that dates a happening, not a saying."""
    saying = None
    captions = _caption_spans(doc) if captions is None else captions
    for te in times:
        if any(a <= te.span.start < b for a, b in captions):
            continue  # a photo caption's date is the photo's
        span = words_at(doc, te.span.start, te.span.end)
        if span is not None and _reporting_time(span.root):
            saying = saying or te
            continue
        if span is not None and _owned_by_noun(span) and not _owns_an_act(span):
            continue  # "the candidate in last week's election": the election's time, not the news
            # ("in the wake of Monday's attack": the attack's day is the news's)
        if te.sentence > 6:
            break
        if span is not None and te.sentence >= 2 and _dates_another(span):
            continue  # "In a separate attack on Friday, …": the day of another happening, not the lead's news
        if te.dateline or not te.interval.known or te.interval.precision not in ("day", "week"):
            continue
        if published and not (published - dt.timedelta(days=14) <= te.interval.end <= published + dt.timedelta(days=1)):
            continue
        if span is not None and te.sentence > 0 and _told_apart_before(span):
            continue  # "In a separate attack on Friday, a drone hit the hospital": another act's day, not the lead's
        if published and te.interval.start > published and span is not None and _is_future(span.root):
            continue  # "we have a cabinet meeting on Monday, and we will decide": a plan, not the news's day
        return te
    return saying


def _told_apart_before(span) -> bool:
    """Whether the words of a time's sentence before it set its act apart from the one told before ("In
    a separate attack on Friday", "In another incident on Monday"; data class another_beside, but
    "other")."""
    sent = span.sent
    return any(t.lower_ in _BESIDE and t.lower_ not in _W["loose_beside"] and t.dep_ in ("amod", "advmod")
               for t in sent.doc[sent.start:span.start])


_OTHER_HAPPENING = _W["apart_in_place"]


def _dates_another(span) -> bool:
    """Whether a time expression dates a happening its clause tells apart from the news before it ("In a
    separate attack on Friday", "Separately, on Friday, …", "On Friday, another drone struck …"): the
    words of the apart_in_place class on the way up from the time to its verb, or on that verb's doer."""
    tok, steps = span.root, 0
    while steps < 8:
        kids = list(tok.children)
        if tok.pos_ in ("VERB", "AUX"):
            kids += [g for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass") for g in ch.children]
        if any(ch.dep_ in ("amod", "det", "advmod") and ch.lower_ in _OTHER_HAPPENING and not span.start <= ch.i < span.end
               for ch in kids):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok, steps = tok.head, steps + 1
    return False


_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)[^)]*(?:Photo|Images)|\bPhoto:|\bPHOTO:|"
                      r"\(Photo|Image:|Credit:|/ (?:AFP|Reuters|AP)\b|\bfile photo\b", re.I)
# a caption whose credit was cut still has its form: the picture's file name, or a first sentence that
# ends on the day the photo was taken, set off by a comma ("Police stand guard outside the court in
# Lahore, Tuesday, March 5, 2019."): a narrative sentence says "on March 5"
# An embedded social-media post is one too: its paragraph ends on the post's signature ("— Jane (@jane)
# August 10, 2022"), and its words and days are the post's
_CAPTION_FORM = re.compile(rf"\.(?:jpe?g|png|gif)\b|^[^.!?\n]*\w,\s+(?:{_DAY},\s+)?{_MON}\s*\d{{1,2}},\s+(?:19|20)\d\d\.(?:\s|$)"
                           rf"|\(@\w{{1,30}}\)\s+{_MON}\s*\d{{1,2}},\s+(?:19|20)\d\d\s*$", re.I)


def _may_credit(text: str) -> bool:
    """Whether ``_CAPTION`` may match somewhere in ``text``: each of its matches holds "photo",
    "image", "credit" or "/ " in some case (and re.I also reads "ı" and "İ" as "i"). A quick test
    of the whole text that spares most reports the slow search of each paragraph."""
    low = text.lower()
    return "photo" in low or "image" in low or "credit" in low or "/ " in low or "ı" in low or "İ" in text


def _caption_spans(doc) -> list[tuple[int, int]]:
    """Paragraphs that are photo captions (a photo credit in them, or a caption's form)."""
    out, start = [], 0
    text = doc_text(doc)
    credited = _may_credit(text)
    for para in text.split("\n"):
        if credited and _CAPTION.search(para) or _CAPTION_FORM.search(para):
            out.append((start, start + len(para)))
        start += len(para) + 1
    return out


def _gapped(c: Mention) -> set[int]:
    """The words of a clause that shares the mention's verb with its verb left out: "two were
    killed and others injured in the town of X" (the parser hangs "injured in …" on "others"):
    its place is the killing's too."""
    if c.noun:
        return set()
    v = c.verb or c.tok
    out: set[int] = set()
    for w in [v] + ([v.head] if v.dep_ == "xcomp" else []):
        for ch in w.children:
            if ch.dep_ == "conj" and ch.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                for g in ch.children:
                    if g.dep_ == "acl" and g.tag_ == "VBN":
                        out.update(t.i for t in g.subtree)
    return out


_ATTESTING = _W["attesting"]
_TOLL_SUBJECT_VERBS = _W["toll_subject_verbs"]
_STRIKING_SUBJECT_VERBS = _W["striking_subject_verbs"]
_SIMILAR = _W["similar"]
_TELLING = _REPORTING | _W["quoting"]  # "a spokesman said in Srinagar", "told reporters in Gusau"


def _fronted_scene(at, said) -> bool:
    """Whether a place opens its sentence ahead of the telling verb and its teller ("In Nekemte, a
    witness said he saw four people shot dead"): the scene of what is told, not where it was said
    ("…, a spokesman said in Srinagar")."""
    prep = at.head
    return at.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == said.i and prep.i == at.sent.start \
        and prep.lower_ in ("in", "at", "near") and prep.i < said.i


def _place_read(p: Place, doc, ctx: ReportContext) -> tuple:
    """What :func:`_place_for` reads of a place the same whatever the mention (read once per place of
    a report, not once per mention of its sentence): its words, a distance told before it, whether
    it is only a far town's province, whether it is only a reference point, whether "from" comes right
    before it, and whether a bearing does."""
    return _per_report(ctx, "_place_reads", p, lambda: _place_reading(p, doc))


def _place_reading(p: Place, doc) -> tuple:
    span = words_at(doc, p.span.start, p.span.end)
    if span is None:
        return None, None, False, False, False, False
    before = doc_text(doc)[max(0, p.span.start - _DISTANCE_REACH):p.span.start].lower()
    far = _DISTANCE.search(before)
    after = doc_text(doc)[p.span.end:p.span.end + 12]
    # "a village some 50 km from X": a place told by its distance from a town further than its
    # district, the town's province (not a border's: no province's)
    reference = bool(far and _NEAR_KM < _km(far) <= _PROVINCE_KM and p.feature in ("city", "admin2")
                     and p.admin1 and not regex(r"\bborder\b").search(far[0]))
    point_only = bool(far and _km(far) > _NEAR_KM and not reference or regex(r"\bborder with\s*$").search(before) or
                      (p.feature == "country" and regex(r"[’']?s?\s*(?:border|frontier)\b").match(after)))
    return span, far, reference, point_only, bool(regex(r"\bfrom\s*$").search(before)), bool(_BEARING.search(before))


def _per_report(ctx: ReportContext, name: str, thing, read):
    """``read()``, what ``thing`` (a place, a time of the report) says whichever mention asks, kept in the
    report's context under ``name``: read once per thing of a report, not once per mention."""
    made = ctx.__dict__.setdefault(name, {})
    hit = made.get(id(thing))
    if hit is not None and hit[0] is thing:
        return hit[1]
    found = read()
    made[id(thing)] = (thing, found)
    return found


def _place_for(c: Mention, si: int, ctx: ReportContext) -> Place | None:
    cands = ctx.places.get(si, [])
    if not cands:
        return None
    doc = ctx.doc
    in_clause = _clause(c)
    raid = _raid_clause(c) if c.cls.plover == "ASSAULT" else None
    if raid is not None:
        in_clause = in_clause | {t.i for t in raid.subtree}  # "… killed when bandits attacked X in Bungudu"
    if (frame := _hurt_when(c)) is not None:
        in_clause = in_clause | {t.i for t in frame.subtree}  # "… and four wounded when a bomb went off in Sukkur"
    for x in c.extra:  # "… killed and seven wounded in a missile strike on the city of X": the strike's place
        if x.noun:
            in_clause = in_clause | {t.i for t in x.tok.subtree}
    in_clause = in_clause | _gapped(c)
    where = _where_antecedent(c)
    in_clause = in_clause | where
    occasion: set[int] = set()  # the words of the occasion the act was done at, outside its own clause
    for t, sub in ctx.other_triggers.items():
        if t >= 0 and t != c.tok.i and c.cls.category == "political" and _held_at(doc[t], c):
            occasion |= sub - in_clause  # "the minister, who is on a visit to Beijing, held talks …": there
    in_clause = in_clause | occasion
    mention = c.noun and c.definite
    own = _own_subtree(c)
    if mention and c.tok.dep_ in ("nsubj", "nsubjpass") and (
            _occurring(c.tok.head) or c.tok.dep_ == "nsubjpass" and c.verb is not None and c.verb.i == c.tok.head.i):
        # "the raid took place near X", "the detentions were carried out in X" (the act's own
        # support verb): the act's place
        own |= {t.i for t in c.tok.head.subtree}
    if mention and c.tok.dep_ == "nsubj" and c.tok.head.lemma_.lower() in _TOLL_SUBJECT_VERBS:
        # "the heaviest attack left 12 soldiers dead at Nassoumbou", "the blast killed five in the market":
        # the place the verb of its toll names is the act's
        own |= {t.i for ch in c.tok.head.children if ch.dep_ == "prep" for t in ch.subtree}
    if mention and c.tok.dep_ == "nsubj" and c.cls.plover == "ASSAULT" \
            and c.tok.head.lemma_.lower() in _STRIKING_SUBJECT_VERBS:
        # "the strike hit a market in Nyala", "the attack targeted the city centre of X": where it landed
        own |= {t.i for ch in c.tok.head.children if ch.dep_ in ("prep", "dobj") for t in ch.subtree}
    if mention and c.tok.dep_ == "dobj" and c.tok.head.lemma_.lower() in _ATTESTING:
        # "police confirmed the abduction of nine women by bandits in Kauru on Friday": where and when
        # the verb attests it are the act's (not the subject's "Police in Kaduna")
        own |= {t.i for ch in c.tok.head.children if ch.dep_ in ("prep", "npadvmod") for t in ch.subtree}
    ranked = []
    roots = set()
    for p in cands:
        span = words_at(doc, p.span.start, p.span.end)
        if span is not None and not p.dateline:
            roots.add(span.root.i)
    in_clause = in_clause | _where_it_lies(in_clause, doc, roots)
    for p in cands:
        if p.dateline:
            continue
        span, far, reference, point_only, from_before, bearing = _place_read(p, doc, ctx)
        if span is None or point_only:
            continue  # "some 180 km from the border", "a town near the Kenya border": a reference point
        ptok = span.root
        first = ptok.head if ptok.dep_ == "conj" else ptok
        if c.cls.name == "revert" and ptok.i not in _passing_words(c):
            continue  # "Hong Kong returned to China": the land that passed, not the state it passed to
        if first.dep_ == "pobj" and first.head.lower_ == "between" and first.head.head.pos_ != "NOUN":
            continue  # "the kingdom wedged between India and China": neighbours, not the scene (but
            # "clashes between India and China" is not a place's reading either)
        if from_before and c.cls.name != "arrest" and not reference and not far and \
                (c.cls.category == "conflict" or _verb_above(ptok).lemma_.lower() in _AWAY_VERBS):
            continue  # "fired from Lebanon", "recalled its ambassador from Caracas": not where it happened
            # (but "18 km from Quetta" is a distance, near the town: its district, kept below)
        if ptok.i in ctx.actor_at and ctx.actor_at[ptok.i].kind == "organisation" and \
                len(ctx.actor_at[ptok.i].span.text) > len(p.span.text) + 3:
            continue  # "the Islamic State of Iraq and the Levant": a word of a name, not a place
        if ptok.i in ctx.actor_at and ctx.actor_at[ptok.i].kind == "country" and ptok.dep_ == "poss" and \
                ptok.head.lemma_.lower() not in _SITES and not _named_part(ptok.head):
            continue  # "proof of Kigali's involvement", "Moscow's position": the state, not a scene
            # (but "Kabul's airport" is where it stands, and "Lima's Comas slum" holds a named part)
        if c.cls.category == "political" and p.feature == "country" and _people_of(ptok, ctx):
            continue  # "the ambassadors of France and the UK were summoned": whose envoys, not where
        if ptok.i in ctx.actor_at and ctx.actor_at[ptok.i].kind != "country":
            inside_org = 2
        else:
            inside_org = 0
        specific = {"city": 0, "admin2": 1, "region": 2, "admin1": 2, "country": 3}.get(p.feature or "", 3)
        if _contains_named(ptok, roots):
            specific += 4  # "in Pattani's Yarang district": Pattani holds the place named, it is not the scene
        at = named_noun(ptok, span[0])  # ("in the capital Dhaka protesting …": where the capital stands)
        if mention and at.i not in own:
            continue  # "the attack ... which operates out of Iran": Iran is not the attack's place
        if c.noun and not c.tok.left_edge.i <= at.i < _phrase_end(c.tok) and remembered_act(c.tok):
            continue  # "a rally in Bangkok to mark the anniversary of the 2021 coup": the rally's place
        if at.i not in in_clause and not _governs(at, c):
            continue  # another clause's place
        if c.cls.category == "political" and _in_occasion_clause(at, c):
            continue  # "summoned the envoy after militants attacked a post in Mandera": the attack's place
        if at.i not in in_clause and _told_of_a_party(at, roots):
            continue  # "Chad, an ally of the West against militants in West Africa, has been in turmoil
            # since its president was killed": the governing clause's description of a party, no scene
        if c.cls.category == "conflict" and at.i not in in_clause and p.feature != "country" and \
                (said := _verb_above(at)).lemma_.lower() in _TELLING and said.i != (c.verb or c.tok).i \
                and not _fronted_scene(at, said):
            continue  # "… were killed in encounters, a spokesman said in Srinagar": where it was said
            # (a country still tells the act's country: "…, officials in Pakistan said"; a place set
            # before the whole sentence is its scene: "In Gondar, a witness said police shot two")
        seat = not _locative(at, c) and _acting_place(at, p, c, ctx)
        if at.i not in where and not reference and not _locative(at, c) and not seat:
            continue  # "as the US decided to leave Afghanistan": named, but not where it happened
        if any(at.i in sub and c.tok.i not in sub for t, sub in ctx.other_triggers.items()
               if t != c.tok.i and t not in {x.tok.i for x in c.extra} and not (t >= 0 and _held_at(doc[t], c))):
            continue  # "arrest … over the 2011 attack on Karachi's consulate": the attack's place
        near = 0 if at.i in in_clause and at.i not in occasion else 1
        if seat:
            near += 1  # a town that acts is where it acts, unless the clause names where
        if bearing:
            near += 2  # only a reference point, unless the clause names no other place
        if reference:
            near += 4  # "a village some 50 km from X": X's province, when the clause names nothing closer
        if c.cls.mode == "deport" and _destination(first):
            continue  # "deported 300 migrants to Haiti", "two weeks to return to Qatar": where those put out
            # are sent, never where the state put them out
        if c.cls.category == "conflict" and _destination(first):
            near += 2  # "abducted near Kachia on their way to Kano", "en route to Delta State": where the
            # victims were going, not where it happened, unless the clause names no other place
        dist = abs(at.i - c.tok.i)
        if p.feature == "country" and ptok.i in ctx.actor_at:
            inside_org = 3
        ranked.append((near + inside_org, specific, dist, p, reference))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[:3])
    best = ranked[0][3]
    if ranked[0][4]:  # a town far from the scene: only the province it lies in is told
        return replace(best, name=best.admin1, precision="admin1", feature="admin1", admin2=None,
                       admin2_alternatives=(), lat=None, lon=None, geonames_id=None)
    before = doc_text(doc)[max(0, best.span.start - 40):best.span.start].lower()
    if best.precision == "point" and (_NEAR.search(before) or _DISTANCE.search(before)):
        # "near Turbat", "15 km east of Turbat": about there, not at the point (ACLED's
        # geo-precision 2); the place stays, its precision drops to the district
        return replace(best, precision="admin2")
    return best




_HELD_AT = _W["held_at_nouns"]
_HELD_AT_PREPS = _W["held_at_preps"]
_JOURNEYS = _W["journey_nouns"]


def _phrase_end(noun) -> int:
    """Where a noun's own phrase ends: before a comma that sets off what follows it (the parse may hang
    on it ", outside the embassy in Bangkok", which belongs to the clause), else after its last word."""
    return min((ch.i for ch in noun.children if ch.dep_ == "punct" and ch.lower_ == "," and ch.i > noun.i),
               default=noun.right_edge.i + 1)


def _held_at(noun, c: Mention) -> bool:
    """Whether another trigger's noun is the occasion a political act was done at: a visit, talks, a
    summit its clause (or its subject, or the saying over it) is told "during" or "at", or a journey it
    is told "on" ("condemned the attack during a visit to Geneva", "The president, on a visit to Paris,
    urged …", "said at a summit in Doha that …"): the place of that occasion is the act's."""
    if c.cls.category != "political" or noun.dep_ != "pobj" or noun.lemma_.lower() not in _HELD_AT:
        return False
    prep = noun.head
    if not (prep.lower_ in _HELD_AT_PREPS or prep.lower_ == "on" and noun.lemma_.lower() in _JOURNEYS):
        return False
    v = c.verb or c.tok
    tops = {v.i}
    for _ in range(3):  # (up to the saying verb a complement clause hangs on: "said during a visit … that …")
        if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
        tops.add(v.i)
    h = prep.head
    if h.dep_ == "relcl" and h.head.dep_ in ("nsubj", "nsubjpass"):
        h = h.head  # "the minister, who is on a visit to Beijing, held talks …": the subject's occasion
    own_journey = noun.lemma_.lower() in _JOURNEYS and not any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in noun.children)
    for _ in range(2):
        if own_journey and h.dep_ == "pcomp" and h.head.i not in tops and h.head.dep_ == "prep":
            h = h.head.head  # "accused Rwanda of backing the rebels during a visit to Goma": the parse
            # hangs the speaker's journey on the accusation's complement; it is the accusation's (but
            # "accused police of beating supporters during a rally in Gulu": the rally is the beating's)
        elif own_journey and h.dep_ == "xcomp" and h.head.i in tops:
            h = h.head  # "urged the government to free them during a visit to Mombasa"
    return h.i in tops or h.head.i in tops and h.dep_ in ("nsubj", "nsubjpass", "advcl")


_TIME_MARKS = _W["occasion_marks"]


def _in_occasion_clause(at, c: Mention) -> bool:
    """Whether a place word lies in a clause of time hung below the trigger's ("warned Somalia on
    Thursday, days after he had met its president in Addis Ababa", "summoned the envoy after militants
    attacked a post in Mandera"): that clause tells another happening, at its own place; a statement
    or a measure is not made there."""
    top = (c.verb or c.tok).i
    own = {t.i for t in c.tok.subtree} if c.noun else set()
    h = at
    for _ in range(12):
        if h.i == top or h.head.i == h.i or h.i in own:
            return False
        if h.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in _TIME_MARKS for ch in h.children) \
                and c.tok.i not in {t.i for t in h.subtree}:
            return True
        h = h.head
    return False


_LOCATING = _W["locating_verbs"]
_LIES_IN = _W["place_nouns"]
_LIES_PREPS = _W["lies_in_preps"]


def _where_it_lies(words, doc, roots: set[int]) -> set[int]:
    """The words of a participle or relative clause of location hung on a place the clause names
    but the gazetteer lacks ("the town of X, located in Y's Z region", "X village, which lies in Y
    district"): where that place lies, its "in" phrase, so the clause's place (its province). Only a
    proper name or a place noun holds one ("the group, based in Y" tells the group's seat, no scene);
    a place found (``roots``: the root words of the sentence's place names) is told itself."""
    out: set[int] = set()
    tags, lemmas = coarse_tags(doc), lower_words(doc)[1]
    for i in words:
        if tags[i] != "PROPN" and not (tags[i] == "NOUN" and lemmas[i] in _LIES_IN) or i in roots:
            continue  # (no Token for the other words)
        t = doc[i]
        if any(ch.i in roots and ch.dep_ == "compound" for ch in t.children):
            continue
        for ch in t.children:
            if ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() in _LOCATING:
                for prep in ch.children:
                    if prep.dep_ == "prep" and prep.lower_ in _LIES_PREPS:
                        out.update(g.i for g in prep.subtree)
    return out


def _told_of_a_party(at, roots: set[int]) -> bool:
    """Whether a place word lies inside an appositive that describes a place named as a party ("Chad,
    a regional power and ally of the West against militants in West Africa, …"), on its way up to its
    clause's verb: what that state is, no scene. ``roots``: the root words of the sentence's place
    names. (An appositive place noun, "Kheret, a town in Amhara region", tells a place; one of a
    person, "a police officer from Afgoye", tells where the speaker is.)"""
    h = at
    for _ in range(12):
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False
        if h.dep_ == "appos" and h.pos_ == "NOUN" and h.lemma_.lower() not in _PLACE_KINDS and h.head.i in roots:
            return True
        h = h.head
    return False


def _passing_words(c: Mention) -> set[int]:
    """The words of the land a passing verb tells of ("Hong Kong returned to China": Hong Kong)."""
    land = _place_named(c.tok)
    return set() if land is None else {t.i for t in land.subtree} - {t.i for t in c.tok.subtree}


def _people_of(first, ctx: ReportContext) -> bool:
    """Whether a country's name (``first``: the first of its conjuncts) is told by "of" after a noun
    a state's envoys ("the ambassadors of France, Italy and the UK", "two diplomats of Belgium"):
    whose they are, not a scene (but "the embassy of X" is a place, and "the government of X" acts
    at its seat)."""
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        if first.lemma_.lower() in _ENVOY_NOUNS and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in first.children):
            return True  # (the last of a long list hung by the parser on the envoys themselves)
    if first.dep_ in ("nsubj", "nsubjpass") and any(
            ch.dep_ == first.dep_ and ch.i < first.i and ch.lemma_.lower() in _ENVOY_NOUNS and any(
                g.dep_ == "prep" and g.lower_ == "of" for g in ch.children) for ch in first.head.children):
        return True  # ("the ambassadors of A, B and the UK were summoned": the last read as a subject of its own)
    if first.dep_ != "pobj" or first.head.lower_ != "of" or first.head.head.i == first.head.i:
        return False
    noun = first.head.head
    low = noun.lemma_.lower()
    return noun.pos_ in ("NOUN", "PROPN") and (low in _ENVOY_NOUNS or noun.lower_ in _ENVOY_NOUNS) \
        and low not in _SITES and low not in _LIES_IN


_ENVOY_NOUNS = frozenset(_W["envoys"]) | frozenset(_W["abroad_agents"])


def _acting_place(at, p: Place, c: Mention, ctx: ReportContext) -> bool:
    """Whether a town, district or province is the subject of a political act's verb, or names its
    subject's office ("Seattle called in the National Guard", "Minnesota Gov. Tim Walz said he was
    mobilizing …"): the act is done there, at the town's or
    province's seat. Not a country (a state, whose seat is found elsewhere), nor a conflict act
    ("Islamabad struck hideouts": the forces strike elsewhere), nor a capital read as its state ("Paris
    deployed gendarmes to its embassy", "an accusation Kigali rejected": the state's seat is placed
    by the slots stage, and its act may be done abroad)."""
    if c.cls.category == "conflict" or c.noun or p.feature not in ("city", "admin2", "admin1") or \
            ctx.focus is not None and p.country != ctx.focus:
        return False
    if (a := ctx.actor_at.get(at.i)) is not None and a.type == "state" or \
            any((s.country, s.name) == (p.country, p.name) for s in ctx.seats.values()):
        return False
    verb = c.verb or c.tok
    verbs = {verb.i} | ({verb.head.i} if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING else set())
    h = at
    for _ in range(4):
        if h.dep_ == "nsubj" and h.head.i in verbs:  # (or the saying's: "X's governor said he was sending …")
            return True
        if h.dep_ not in ("compound", "poss") or h.head.i == h.i or h.head.pos_ not in ("PROPN", "NOUN"):
            return False
        h = h.head
    return False


def _contains_named(ptok, roots: set[int]) -> bool:
    """Whether a place name is only the container of another place its own phrase names: the
    possessor of a named place ("Pattani's Yarang district", "Canada's Surrey"), the word before a
    town's kind ("the Gaza city of Khan Younis"). ``roots`` are the
    root words of the sentence's place names."""
    head = ptok.head
    if ptok.dep_ == "compound" and head.lemma_.lower() in _SETTLEMENTS:
        # "the southern Gaza city of Khan Younis": the town is the one "of" names
        return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.i in roots for g in ch.children)
                   for ch in head.children)
    if ptok.dep_ != "poss":
        return False
    return head.i in roots or any(ch.i in roots and ch.dep_ == "compound" for ch in head.children)


_SETTLEMENTS = frozenset(load_place_words()["settlement_kinds"])
# the nouns that tell a place by its kind ("a town", "a state", "a district"): an appositive of one tells a place
_PLACE_KINDS = frozenset(_LIES_IN) | _SETTLEMENTS | frozenset(load_place_words()["admin1_kinds"]) | \
    frozenset(load_place_words()["admin2_kinds"])


def _named_part(noun) -> bool:
    """Whether a possessed common noun is a named part of its possessor: a proper name stands
    before it as its compound ("Lima's Comas slum", "the capital's Zamalek quarter"), a part of the
    city the gazetteer may lack, not the city's stance or deed ("Moscow's position")."""
    return noun.pos_ == "NOUN" and any(
        ch.dep_ == "compound" and ch.pos_ == "PROPN" and ch.i < noun.i for ch in noun.children)


def _where_antecedent(c: Mention) -> set[int]:
    """The words of the noun phrase a "where" clause that tells the trigger hangs on ("the city of
    Thessaloniki, where demonstrations were held"): "where" is "in which", so that phrase names the
    trigger's place. Empty for any other clause."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "relcl" or not any(ch.lower_ == "where" and ch.dep_ == "advmod" for ch in head.children):
        return set()
    inside = {t.i for t in head.subtree}
    return {t.i for t in head.head.subtree if t.i not in inside}


_NEAR = re.compile(r"\b(?:near|nearby|outside|around|close to|not far from|(?:on )?the outskirts of|"
                   r"in the vicinity of|area of|areas of|suburbs? of)\s+(?:the\s+)?"
                   r"(?:(?:[a-z-]+\s+){0,2}(?:town|city|village|district)\s+of\s+)?$")


# (up to five words between "of" and the name: "120 km north of the provincial capital city of Tikrit")
_DISTANCE = re.compile(r"\b(\d+(?:\.\d+)?|\w+)[\s-]*(km|kilomet\w*|miles?)\s+(?:\w+\s+){0,3}(?:from|of|away)\s+"
                       r"(?:(?:the|a|its|town|city|village|district|provincial|capital|border|of|with)\s+){0,5}$")
_DISTANCE_REACH = 64  # characters before a place that such a phrase is looked for in


_NEAR_KM = 30  # a town's district, roughly: a place further than this is only a reference point
_PROVINCE_KM = 80  # ... whose province is still the place's (when the clause names nothing closer)
# "in Camarines Sur province, south of Manila": a bearing from a place, which is a reference point
_BEARING = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$")
_VAGUE_KM = _W["vague_km"]


def _km(m: re.Match) -> float:
    """The distance a "N km from …" phrase gives, in km (unknown counts as far)."""
    n = m[1]
    value = float(n) if n[0].isdigit() else (number(n) or _VAGUE_KM.get(n.lower(), 1000))
    return value * (1.609 if m[2].startswith("mile") else 1.0)


_AWAY_VERBS = _W["away_verbs"]


def reference_point(p: Place, doc) -> bool:
    """Whether a place is named only as a reference point: a bearing or a distance beyond a town's
    district is told from it ("a town 40 miles south of Baghdad", "south of Manila")."""
    before = doc_text(doc)[max(0, p.span.start - _DISTANCE_REACH):p.span.start].lower()
    far = _DISTANCE.search(before)
    return bool(_BEARING.search(before) or far and _km(far) > _NEAR_KM)


_ORIGIN_PREPS = frozenset(load_place_words()["origin_preps"])
_SITES = frozenset(load_place_words()["site_nouns"]) | frozenset(load_place_words()["kind_nouns"])


_HEADING = frozenset(load_place_words()["destination_heads"])


def _destination(tok) -> bool:
    """Whether a place word is where someone was going: brought by "to" or "for" on a word of heading
    ("on their way to Kano", "en route to Delta State", "a bus bound for Lagos", "heading for the border";
    place_words.yaml destination_heads)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("to", "for", "towards") \
        and prep.head.i != prep.i and prep.head.lemma_.lower() in _HEADING


def _origin(p: Place, doc) -> bool:
    """Whether a place is where people or things came from ("some had come from as far away as
    New York and California"), not where anything in the report happened: a preposition of origin
    governs it, within its own phrase (no verb between). Read once per Doc and place: each mention
    of a paragraph asks of the places of the sentences before it."""
    made = doc.user_data.get(_ORIGIN_KEY)
    if made is None:
        made = doc.user_data[_ORIGIN_KEY] = {}
    key = (p.span.start, p.span.end)
    found = made.get(key)
    if found is None:
        found = made[key] = _origin_read(p, doc)
    return found


_ORIGIN_KEY = "sitrep.origin"


def _origin_read(p: Place, doc) -> bool:
    span = words_at(doc, p.span.start, p.span.end)
    if span is None:
        return False
    heads, deps, _kids = token_tree(doc)  # (the climb reads the per-Doc lists: no Token made)
    pos, lows = coarse_tags(doc), lower_words(doc)[0]
    tok = span.root.i
    while deps[tok] == "conj" and heads[tok] != tok:
        tok = heads[tok]  # "from New York and California": the list's first name
    for _ in range(5):
        if deps[tok] in ("prep", "agent") and lows[tok] in _ORIGIN_PREPS:
            return True
        if heads[tok] == tok or pos[tok] in ("VERB", "AUX"):
            return False
        tok = heads[tok]
    return False


def _article_scene(places: list[Place], focus: str | None = None) -> Place | None:
    """The one province a report is set in: every town, district and province it names lies in it
    (at least two mentions). One mention of a place abroad, outside the report's country ``focus``
    ("the ousted leader fled to Lima": another story's), is let pass when the province is named three times
    or more. Events the text places no closer are placed there, at province precision, or at the
    district's when every town the report names lies in one district (the place returned then has
    its ``admin2`` and a town's feature; a province's scene has the feature ``admin1``, and the
    district of the one district the body names, else the dateline's, else none). Places people
    came from (:func:`_origin`) are left out by the caller."""
    specific = [p for p in places if p.feature in ("city", "admin2", "admin1") and p.admin1]
    home = [p for p in specific if focus is None or p.country == focus]
    if len(specific) - len(home) > 1 or (len(specific) > len(home) and len(home) < 3):
        return None
    if len(home) < 2 or len({(p.country, p.admin1) for p in home}) != 1:
        return None
    towns = [p for p in home if p.feature in ("city", "admin2")]
    if len(towns) >= 2 and all(p.admin2 for p in towns) and len({p.admin2 for p in towns}) == 1:
        return towns[0]  # every town it names lies in one district, too: the scene is that district
    named = [p for p in towns if not p.dateline]
    if named and all(p.admin2 for p in named) and len({p.admin2 for p in named}) == 1:
        # the one district the body names, rather than the desk's ("PESHAWAR — … officials told AFP
        # in Orakzai district")
        return replace(named[0], feature="admin1")
    if home[0].dateline:  # the province, coded to the district the report was filed from (_province_of)
        return replace(home[0], feature="admin1")
    return replace(home[0], admin2=None, admin2_alternatives=(), feature="admin1")


def _in_time(p: Place, si: int, ctx: ReportContext) -> bool:
    """"Three days after the attack in Kech": a place inside a date names where the anchor was (a
    place the parser took for a date of its own, "Turbat" alone, is still a place)."""
    return any(te.span.start <= p.span.start and p.span.end <= te.span.end and
               te.span.end - te.span.start > p.span.end - p.span.start for te in ctx.times.get(si, []))


def _scene(si: int, ctx: ReportContext) -> Place | None:
    """The one town or district the paragraph's previous two sentences are set in, if just one."""
    found = []
    for sj in (si - 1, si - 2):
        if sj < 0 or ctx.paragraph[sj] != ctx.paragraph[si]:
            break
        found += [p for p in ctx.places.get(sj, []) if p.feature in ("city", "admin2") and not p.dateline
                  and not _in_time(p, sj, ctx)]
    return found[0] if len({(p.country, p.admin1, p.admin2, p.name) for p in found}) == 1 else None


_SCENE_BACK = 2  # sentences: how far back a paragraph's town still sets the scene


def paragraph_scene(si: int, ctx: ReportContext) -> Place | None:
    """The town or district an earlier sentence of the paragraph is set in: the nearest of the two
    before ``si`` that names a place, when it names just one town ("Protesters gathered in Sirjan on Friday. Police
    fired on them."). Not a dateline's town, one inside a date, or one people came from; none when
    that sentence also names a province the town is not in ("marched in New York and California")."""
    for sj in range(si - 1, max(si - 1 - _SCENE_BACK, -1), -1):
        if ctx.paragraph[sj] != ctx.paragraph[si]:
            return None
        named = [p for p in ctx.places.get(sj, []) if p.feature != "country" and not p.dateline
                 and not _in_time(p, sj, ctx) and not _origin(p, ctx.doc) and not reference_point(p, ctx.doc)]
        found = [p for p in named if p.feature in ("city", "admin2")]
        if named:  # the nearest sentence that names a place: one town, or none
            if len({(p.country, p.admin1, p.admin2, p.name) for p in found}) != 1:
                return None
            return found[0] if all((p.country, p.admin1) == (found[0].country, found[0].admin1) for p in named) else None
    return None


def _place_in_actor(ev: Event, ctx: ReportContext) -> Place | None:
    """A province or town in the acting body's own name: "the provincial Sindh Police" acts in Sindh."""
    if ev.actor1 is None or ev.actor1.kind not in ("organisation", "description"):
        return None
    span = words_at(ctx.doc, ev.actor1.span.start, ev.actor1.span.end)
    if span is None:
        return None
    inside = {t.i for t in span.root.subtree} | {t.i for t in span}
    for p in ctx.places.get(ev.sentence, []):
        ps = words_at(ctx.doc, p.span.start, p.span.end)
        if ps is not None and ps.root.i in inside and p.feature in ("admin1", "admin2", "city") \
                and not _origin(p, ctx.doc):  # ("gunmen from Sokoto": where they came from, not where they struck)
            return p
    return None


def _homeland(ev: Event, ctx: ReportContext) -> Place | None:
    """"An operation against Baloch insurgents", "Tigrayan forces advanced": an armed group
    named by its people fights in that people's province. Used only when the text gives the
    event no place closer than a country; the province must lie in the event's own country,
    else a state party's, else the report's main country, and be the only one that does."""
    for party, other in ((ev.actor1, ev.actor2), (ev.actor2, ev.actor1)):
        if party is None or party.type not in _ARMED:
            continue
        span = words_at(ctx.doc, party.span.start, party.span.end)
        if span is None:
            continue
        for tok in span:
            cands = ctx.homelands.get(tok.i)
            if not cands:
                continue
            if ev.place is not None:
                want = ev.place.country
            elif other is not None and other.type == "state" and other.country:
                want = other.country
            else:
                want = ctx.focus
            chosen = [p for p in cands if p.country == want]
            if len(chosen) == 1:
                return replace(chosen[0], sentence=ev.sentence)
    return None


def _time_for(c: Mention, si: int, ctx: ReportContext) -> tuple[TimeExpr | None, str | None]:
    """The expression that dates the trigger, and how it was found: ``clause`` (its own clause),
    ``governing`` (a clause above it), ``saying`` (when it was said), ``narrative`` (the story's
    last time), ``lead`` (the report's news date). A clause told "a day after" (or "two days
    before") the clause above it is dated from that clause's day, moved by the count: "soldiers
    patrolled the city on Thursday, a day after protesters were killed" dates the killing Wednesday."""
    te, basis = _time_found(c, si, ctx)
    years = years_remembered(c.tok) if c.noun else None
    if years and te is not None and te.interval.known:
        # "a ceremony on Saturday marking the 20th anniversary of the massacre": that day, 20 years back
        return TimeExpr(te.span, _years_back(te.interval, years), "anchored", si, anchor=te.span.text), "clause"
    if years and ctx.published is not None:
        # no day for the remembering: the year, counted back from the report's
        y = ctx.published.year - years
        return TimeExpr(Span(c.start, c.end, c.tok.text), Interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"),
                        "anchored", si, anchor="published"), "clause"
    if basis != "clause" and _long_before(c):
        # "tense months after the president was ousted": an act long before the time it is told
        # beside, whose own day the clause does not give (a later telling may)
        return None, "long_before"
    if te is not None and basis == "clause" and te.interval.precision == "day" and \
            (below := _counted_below(c, te, ctx)) is not None:
        # "police clashed with students two days after a teacher was killed on Tuesday": Thursday
        days, span = below
        return TimeExpr(span, day_interval(te.interval.start - dt.timedelta(days=days)), "anchored", si,
                        anchor=te.span.text), "clause"
    if te is not None and basis == "clause" and te.interval.precision == "day" and c.noun and \
            c.tok.dep_ == "pobj" and (apart := days_apart(c)) is not None:
        span = words_at(ctx.doc, te.span.start, te.span.end)
        if span is not None and not c.tok.left_edge.i <= span.root.i <= c.tok.right_edge.i:
            # "struck on Sunday, one day after a car bombing in the capital": the bombing on Saturday
            days, words = apart
            return TimeExpr(words, day_interval(te.interval.start + dt.timedelta(days=days)), "anchored", si,
                            anchor=te.span.text), "clause"
    if te is None and ctx.lead_time is not None and days_apart(c) is not None:
        # "the latest assault came a day after it bombed …", the assault dated by nothing nearer than
        # the report's news day: the day before that day
        te, basis = ctx.lead_time, "lead"
    if te is None or basis == "clause" or te.interval.precision != "day":
        return te, basis
    apart = days_apart(c)
    if apart is None:
        if basis == "governing" and (vague := _days_apart_uncounted(c)) is not None:
            # "warned Somalia on Thursday, days after he had met its president": some days before
            # Thursday (two to seven, as "days earlier" is read), not that Thursday
            sign, words = vague
            lo, hi = te.interval.start + dt.timedelta(days=2 * sign), te.interval.start + dt.timedelta(days=7 * sign)
            return TimeExpr(words, Interval(min(lo, hi), max(lo, hi), "week"), "anchored", si,
                            anchor=te.span.text), "clause"
        if basis == "governing" and _told_after(c):
            return te, "after"
        return te, basis
    days, span = apart
    moved = TimeExpr(span, day_interval(te.interval.start + dt.timedelta(days=days)), "anchored", si,
                     anchor=te.span.text)
    return moved, "clause"


def _crosshead(si: int, ctx: ReportContext) -> bool:
    """Whether a sentence below the headline is a crosshead: a few words standing as a paragraph of
    their own, with no closing stop ("Checkpoint attack in Lawdar district"); it titles the section
    that follows it."""
    par = ctx.paragraph
    if si == 0 or si + 1 >= len(ctx.sents) or par[si - 1] == par[si] or par[si + 1] == par[si]:
        return False
    sent = ctx.sents[si]
    if _CLOSED.search(span_text(sent).strip()):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 10


_CLOSED = re.compile(r"[.!?:;\"”’')\]]$")


def _time_to_come(te: TimeExpr, ctx: ReportContext) -> bool:
    """Whether a time dates a clause told as yet to come ("will be held on Friday", "plan to march
    next week")."""
    span = words_at(ctx.doc, te.span.start, te.span.end)
    return span is not None and _is_future(span.root)


def _saying_time(te: TimeExpr, ctx: ReportContext) -> bool:
    span = words_at(ctx.doc, te.span.start, te.span.end)
    return span is not None and _reporting_time(span.root)


def _counted_below(c: Mention, te: TimeExpr, ctx: ReportContext) -> tuple[int, Span] | None:
    """The count of a time that dates not the trigger's clause but a clause hung on it "a day after"
    or "two weeks before" (days_apart seen from above); None for a time of the clause itself."""
    span = words_at(ctx.doc, te.span.start, te.span.end)
    if span is None:
        return None
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    v = clause_verb(span.root)
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.i == head.i or v.head.i != head.i:
        return None
    return _counted(v)


def _told_after(c: Mention) -> bool:
    """Whether the trigger's clause is told as happening after the clause it hangs on, without saying
    how long after ("on edge on Thursday after troops opened fire"): that clause's day bounds its own."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ == "after" for ch in head.children)


def days_apart(c: Mention) -> tuple[int, Span] | None:
    """The days between the trigger's clause and the clause it hangs on, when the clause is told
    "a day after" or "two weeks before" it (a counted day or week just before the clause's "after"
    or "before"); with the words that say so. None for any other clause, or an uncounted span
    ("days after", "hours after": the same day or no day known)."""
    if c.noun and c.tok.dep_ == "pobj" and c.tok.head.lower_ in ("after", "before"):
        if any(ch.dep_ == "amod" and ch.lower_ in _SIMILAR for ch in c.tok.children):
            return None  # "a week after a similar ambush on the same road": a comparison, not news of its own
        return _counted(c.tok)  # "struck on Sunday, one day after a car bombing in the capital"
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return _counted(head)


def _days_apart_uncounted(c: Mention) -> tuple[int, Span] | None:
    """The direction (-1: before the clause above, +1: after it) of a clause told "days after" or
    "days before" the clause it hangs on, the days not counted; with the words that say so. None
    for any other clause (a counted span is days_apart's; "hours after" is the same day)."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if (found := apart_mark(head)) is None:
        return None
    mark, unit = found
    if unit.lower_ != "days" or any(ch.dep_ in ("det", "nummod") for ch in unit.children):
        return None  # ("two days after": counted; "a few days after", "several days after": a count of a kind)
    text = doc_text(head.doc)[unit.idx:mark.idx + len(mark)]
    return (-1 if mark.lower_ == "after" else 1), Span(unit.idx, unit.idx + len(text), text)


def _speaker_dated(r, c: Mention) -> bool:
    """Whether a time is told in a "who" clause on the subject of the trigger's verb, or of the verbs it
    is joined to or said under ("Hifter, who appeared Saturday on Libyan television, said … and vowed
    …", "the minister, who spoke to reporters on Monday, accused …"): the day the speaker spoke is the
    day of what is said."""
    v = clause_verb(r)
    if v.dep_ != "relcl" or v.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if _noun_dated(r) is not None or any(ch.dep_ == "auxpass" for ch in v.children):
        return False  # "Arden, who ran in the March 3 election, called for …", "the commander, who was
        # captured on April 2, urged …": the day of another act of the speaker's past, not of his speaking
    h = c.verb or c.tok
    for _ in range(4):
        if v.head.head.i == h.i:
            return True
        if h.dep_ not in ("conj", "ccomp", "xcomp") or h.head.i == h.i:
            return False
        h = h.head
    return False


def _years_back(iv: Interval, years: int) -> Interval:
    """An interval moved back a whole number of years (29 February to the 28th)."""
    def back(d):
        try:
            return d.replace(year=d.year - years)
        except ValueError:
            return d.replace(year=d.year - years, day=28)
    return Interval(back(iv.start), back(iv.end or iv.start), iv.precision)


def _long_before(c: Mention) -> bool:
    """Whether the trigger's clause is told "months after" or "years after" the clause it hangs on
    (the span left uncounted or counted: "two years after rebels attacked it")."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("advcl", "pcomp"):
        return False
    mark = next((ch for ch in head.children if ch.dep_ in ("mark", "prep") and ch.lower_ == "after"), None)
    if mark is None and head.dep_ == "pcomp" and head.head.lower_ == "after":
        mark = head.head
    return mark is not None and mark.i > 0 and UNITS.get(head.doc[mark.i - 1].lower_) in ("month", "year")


def _counted(head) -> tuple[int, Span] | None:
    """days_apart for the clause whose verb is ``head`` (or the act a noun after "after" names)."""
    if head.dep_ not in ("advcl", "pcomp", "pobj"):
        return None
    mark = next((ch for ch in head.children if ch.dep_ in ("mark", "prep") and ch.lower_ in ("after", "before")), None)
    if mark is None and head.dep_ in ("pcomp", "pobj") and head.head.lower_ in ("after", "before"):
        mark = head.head
    if mark is None or mark.i == 0:
        return None
    doc = head.doc
    unit = doc[mark.i - 1]
    if UNITS.get(unit.lower_) not in ("day", "week") or unit.dep_ != "npadvmod":
        return None
    count = [ch for ch in unit.children if ch.dep_ in ("det", "nummod") and ch.i < unit.i]
    n = _num(count[0].text) if count else (1 if unit.lower_ in ("day", "week") else None)
    if n is None or (count and count[0].lower_ not in NUMBERS and not count[0].text.isdigit()):
        return None
    days = n * (7 if UNITS[unit.lower_] == "week" else 1) * (-1 if mark.lower_ == "after" else 1)
    first = count[0] if count else unit
    text = doc_text(doc)[first.idx:mark.idx + len(mark)]
    return days, Span(first.idx, first.idx + len(text), text)


def _time_found(c: Mention, si: int, ctx: ReportContext) -> tuple[TimeExpr | None, str | None]:
    doc = ctx.doc
    clause = _clause(c)
    best = None
    hung = _date_hung_on(c)
    frame = _hurt_when(c)
    hurt_when = {t.i for t in frame.subtree} if frame is not None else None
    for te in ctx.times.get(si, []):
        span = words_at(doc, te.span.start, te.span.end)
        if te.interval.known and not te.dateline and span is not None and hung is not None and \
                span.start <= hung.i < span.end:
            return te, "clause"  # "since 2008, when militias clashed": the date the clause hangs on
        if not te.interval.known or te.dateline or te.span.text.lower().startswith("since "):
            continue  # "since 2015" opens a span up to now: it dates no single happening
        if span is None:
            continue
        r = span.root
        if c.noun and te.interval.precision == "day" and (owner := _noun_dated(r)) is not None and owner.i == c.tok.i:
            return te, "clause"  # "was announced last week after a rally on June 11": the rally's own day
        if regex(r"(?:19|20)\d\d").fullmatch(te.span.text) and _dates_antecedent(r, c, ctx):
            score = (0, abs(r.i - c.tok.i))  # "the 2011 crackdown, in which security forces killed 50": then
            if best is None or score < best[0]:
                best = (score, te)
            continue
        # a year that modifies another noun dates that noun, not this event
        if regex(r"(?:19|20)\d\d").fullmatch(te.span.text) and r.dep_ in ("nummod", "compound", "amod", "nmod") \
                and r.head.i != c.tok.i and r.head.pos_ == "NOUN" and not _names_own_act(r.head, c) \
                and not (r.head.dep_ == "compound" and r.head.head.i == c.tok.i):  # ("the 1998 embassy bombings")
            continue
        if _owned_by_noun(span, c.tok.i):
            continue  # "arrested …, the candidate in last week's election": the election's time
        if r.i not in clause and not _governs(r, c) and not (hurt_when is not None and r.i in hurt_when) \
                and not (c.cls.category == "political" and te.interval.precision == "day" and _speaker_dated(r, c)):
            continue  # "…rounded up, and days later … arrested": the second clause's time
        if r.i not in clause and _to_come_below(r, c):
            continue  # "firebombed a bank last month, saying they would protest at the summit": not then
        # "claimed on Tuesday responsibility for the bombing": when it was said, a last resort
        saying = _reporting_time(r) or said_right_before(r) or (c.noun and c.verb is not None and r.i not in _own_subtree(c)
                                        and c.verb.lemma_.lower() in _REPORTING | {"claim"})
        if saying and not c.noun and clause_verb(r).i == c.tok.i and c.cls.category == "political" and \
                not said_right_before(r):
            saying = False  # "denied on Wednesday that troops had fired at the weekend": the denial's own day
            # (but "said on Tuesday it had summoned the envoy on Sunday", the saying's time hung by the
            # parse on the said clause's verb, is the saying's)
        score = (2 if saying else 0 if r.i in clause else 1, abs(r.i - c.tok.i))
        if best is None or score < best[0]:
            best = (score, te)
    if best:
        return best[1], ("clause", "governing", "saying")[best[0][0]]
    # no date in the sentence: the narrative's time, the last one a main clause set (a crosshead's: the
    # first its section's opening sentence sets)
    ahead = [si + 1] if _crosshead(si, ctx) else []
    act_to_come = _is_future(c.verb or c.tok)
    # ("a meeting will be held on Thursday to discuss the attacks. The governor condemned the killings":
    # a plan's day is not the time of a done act told after it)
    reported = None  # the nearest day a reported clause gives ("MONUSCO said two bombs struck Goma on Saturday")
    for sj in [*ahead, *range(si - 1, -1, -1)]:
        known = [te for te in ctx.times.get(sj, []) if _story_time(te, ctx)
                 and not (te.interval.precision == "day" and any(a <= te.span.start < b and not a <= c.tok.idx < b
                                                                 for a, b in ctx.captions))
                 and (_main_clause(te, ctx) if sj < si else not _saying_time(te, ctx))
                 and not (sj < si and not act_to_come and _time_to_come(te, ctx))
                 and not (_aside_before_news(te, sj, si, ctx) and not (sj == si - 1 and _came_with_it(si, ctx)))]
        # ("since a coup in 2021" is background, not the story's time; "had until midnight Thursday to
        # respond": a deadline, not when the story's next acts happened;
        # a photo caption's day is the day the photo was taken: it dates only what its own caption tells)
        if known and sj < si and \
                (kept := [te for te in known if not _background_to_lead(te, sj, si, ctx, c.cls.category != "political")]) != known:
            # "Police clashed with marchers on Tuesday. The campaign was announced last week after a
            # rally on June 11. The marchers threw stones": the story goes on from the lead's day, not
            # from a background act's day or an earlier announcement's
            if not kept:
                continue
            known = kept
        if len(known) > 1 and sj < si and (kept := [te for te in known if not _occasion_day(te, ctx)]):
            known = kept  # "attacked a post on Monday, a week after an ambush on February 26": Monday goes on
        if len(known) > 1 and not c.noun:
            # "The EU on Thursday condemned Wednesday's attack. UNAMA also condemned it.": the day
            # that owns a noun dates that noun (and a later "the attack"); the clause's own day sets
            # the time of the next clause's act
            own = [te for te in known if not _owned_by_noun(words_at(ctx.doc, te.span.start, te.span.end))]
            known = own or known
        if known:
            te = known[0 if sj > si else -1]
            if sj < si and c.cls.category != "political" and te.interval.precision == "day" and _saying_time(te, ctx):
                # "gunmen stormed a bank on Monday, the ministry said on Wednesday. Residents protested
                # after the raid.": the story's next act goes on from the day of what was said, not the day
                # it was said (a reaction, a political act, is told on the day of the saying: left to it)
                told = [t for t in ctx.times.get(sj, []) if t.interval.known and not t.dateline
                        and t.interval.precision == "day" and t is not te
                        and t.interval.end <= te.interval.start and _reported_clause(t, ctx, perfect=True)]
                if told:
                    te = told[-1]
            if reported is not None and te.interval.end is not None and reported.interval.start > te.interval.end:
                return reported, "narrative"  # the story has moved on to a later day its sources told
            return te, "narrative"
        if reported is None and sj < si:
            reported = next((te for te in reversed(ctx.times.get(sj, [])) if te.interval.known and not te.dateline
                             and te.interval.precision == "day" and _reported_clause(te, ctx)), None)
    # an undated event in the lead is the report's news: the lead's date
    if ctx.lead_time is not None and si <= 4 and abs(si - ctx.lead_time.sentence) <= 3:
        return ctx.lead_time, "lead"
    return None, None


def _story_time(te: TimeExpr, ctx: ReportContext) -> bool:
    """Whether a time can carry a story's day on to the acts told after it, by its own words (known, no
    duration, no dateline's, no year alone, no "since", no deadline, nothing up to now): the tests of
    :func:`_time_found`'s narrative time that ask nothing of the mention, read once per time of a report."""
    return _per_report(ctx, "_story_times", te, lambda: _story_time_reading(te, ctx))


def _story_time_reading(te: TimeExpr, ctx: ReportContext) -> bool:
    ok = te.interval.known and te.kind != "duration" and not te.dateline \
        and te.interval.precision != "year" and not te.span.text.lower().startswith("since") \
        and not _DEADLINE.search(doc_text(ctx.doc)[max(0, te.span.start - 24):te.span.start]) \
        and not _UP_TO_NOW.search(doc_text(ctx.doc)[max(0, te.span.start - 24):te.span.start]) \
        and not (te.interval.precision != "day" and _UP_TO_NOW_WORDS.intersection(te.span.text.lower().split()))
    return bool(ok)


def _noun_dated(r):
    """The noun a time (its root ``r``) is hung on: "a rally on June 11" (by a preposition), "the May 3
    attack" (as a modifier), "Sunday's strike"; None for a time hung on a verb."""
    if r.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and r.head.pos_ == "NOUN":
        return r.head
    if r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.head.pos_ == "NOUN" and r.head.head.i != r.head.i:
        return r.head.head
    return None


def _occasion_day(te: TimeExpr, ctx: ReportContext) -> bool:
    """Whether a time is hung on a noun told as the occasion of its clause ("a week after an ambush on
    February 26", "since the May 3 attack"): it dates that act alone."""
    span = words_at(ctx.doc, te.span.start, te.span.end)
    noun = _noun_dated(span.root) if span is not None else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _TIME_MARKS


def _background_to_lead(te: TimeExpr, sj: int, si: int, ctx: ReportContext, saying: bool = True) -> bool:
    """Whether a time told after the lead, before the lead's day, dates only a background act: one
    hung on a noun told as the occasion of the clause ("after a rally on June 11", "since the May 3
    attack") or the day of a saying ("was announced last week"). It does not set the time of the
    story's next acts."""
    lead = ctx.lead_time
    if lead is None or lead.interval.precision != "day" or lead.interval.start is None or sj <= lead.sentence \
            or te.interval.start is None or te.interval.start >= lead.interval.start:
        return False
    span = words_at(ctx.doc, te.span.start, te.span.end)
    if span is None:
        return False
    noun = _noun_dated(span.root)
    if _occasion_day(te, ctx):
        return te.interval.end < lead.interval.start
    if not saying or noun is not None or not _reporting_time(span.root) or sj == si - 1 and _came_with_it(si, ctx):
        return False
    verb = clause_verb(span.root)
    return not any(ch.dep_ in ("ccomp", "xcomp", "dobj") for ch in verb.children)
    # ("was announced last week": a bare saying; "reported last month that three soldiers had been
    # killed", "announced a curfew on Monday": what it tells happened about then)


def _names_own_act(noun, c: Mention) -> bool:
    """Whether ``noun`` is a word of the trigger itself ("a 2016 peace accord") or a trigger word of
    the same kind folded into its clause ("killed thousands in the 1982 Hama massacre", "was ousted in
    a 2014 coup"): a year that modifies it dates the act the clause tells."""
    if c.start <= noun.idx < c.end:
        return True
    return any(x.noun and x.tok.i == noun.i and x.cls.plover == c.cls.plover for x in c.extra)


def _dates_antecedent(year, c: Mention, ctx: ReportContext) -> bool:
    """Whether ``year`` modifies the act noun a relative clause telling the trigger hangs on ("the 2011
    crackdown, in which security forces killed 50 demonstrators", "the 2014 massacre in Dorsa, in which
    soldiers killed 80", "the 2011 uprising that ousted the president"): the act the clause tells
    happened then. (Only an act noun: "the 2019 law, which the court struck down" is no time.)"""
    if year.dep_ not in ("nummod", "compound", "amod", "nmod") or year.head.pos_ != "NOUN":
        return False
    noun = year.head
    v = c.verb or c.tok
    if v.dep_ != "relcl":
        return False
    ante = v.head
    if ante.i != noun.i and not (ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.i == noun.i
                                 and ante.pos_ == "PROPN"):
        return False  # (or the place the act noun names: "the 2014 massacre in Dorsa, in which …")
    return noun.lemma_.lower() in _ACT_NOUNS or noun.i in ctx.other_triggers


_TO_COME = frozenset(_W["future"]) | {"would"}


def _to_come_below(r, c: Mention) -> bool:
    """Whether the trigger's clause, below the clause of the time ``r`` that governs it, is told as
    yet to come ("would protest", "will meet"): the governing clause's time is not its time."""
    top = clause_verb(r)
    v = c.verb or c.tok
    for _ in range(6):
        if v.i == top.i or v.head.i == v.i:
            return False
        if v.pos_ in ("VERB", "AUX") and any(ch.dep_ == "aux" and ch.lower_ in _TO_COME for ch in v.children):
            return True
        v = v.head
    return False


def _came_with_it(si: int, ctx: ReportContext) -> bool:
    """Whether the sentence is told of the one before it: "It came as fighting took place at Arge",
    "This came amid clashes in the north" (the pronoun is what the sentence before told, and its time
    is this sentence's, even a background month)."""
    root = ctx.sents[si].root
    return root.lemma_ == "come" and any(ch.dep_ == "nsubj" and ch.lower_ in ("it", "this") for ch in root.children)


def _aside_before_news(te: TimeExpr, sj: int, si: int, ctx: ReportContext) -> bool:
    """A month or a year told in an earlier paragraph, before the day the lead gives the news ("Last
    month, NATO launched its offensive there." … "In Paktika, militants attacked a post"): background
    the story stepped into, not the time of what its next paragraph tells. With no lead day, a month told
    from the publication day ("last month") in a paragraph after the lead's is such an aside."""
    lead = ctx.lead_time
    if lead is None:
        # a lead that gives no day of its own tells the news of the day the report came out: a month
        # told from that day ("last month") in a later paragraph is an aside ("TORONTO (Reuters) -
        # Protesters set police cars ablaze …" … "last month, a bank was firebombed" … "The march began
        # in the early afternoon": not last month; but "in June 2021, …" opens a past the story tells on)
        return ctx.published is not None and te.kind == "deictic" and te.interval.precision in ("month", "year") \
            and te.interval.end is not None and te.interval.end < ctx.published - dt.timedelta(days=1) \
            and ctx.paragraph[sj] != ctx.paragraph[si] and sj > 1 and ctx.paragraph[sj] > ctx.paragraph[1]
    return lead.interval.precision == "day" and te.interval.precision in ("month", "year") \
        and te.interval.end is not None and lead.interval.start is not None and te.interval.end < lead.interval.start \
        and ctx.paragraph[sj] != ctx.paragraph[si] and lead.sentence < sj


def _date_hung_on(c: Mention):
    """The date a "when" clause holding the trigger hangs on ("since 2008, when militias clashed in the
    streets", "on July 3, when the army ousted him"): that date is the clause's own time. None
    otherwise."""
    head = c.verb or c.tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "relcl" or head.head.ent_type_ != "DATE":
        return None
    return head.head if any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in head.children) else None


def date_undated(events: list[Event], ctx: ReportContext, published: dt.date | None) -> None:
    """The last resort for an event nothing in its own sentences dates, once the report's incidents
    are joined (a reaction, an arrest or a measure told without a day of its own: "police arrested a
    suspect in the shooting", "the four states have also closed their borders"): the report's news
    date, the lead's day (basis ``lead``); in a report whose top names no recent day at all, the day
    it was published and the day before (basis ``publication``: its news is of those days, and the
    text allows either: a morning paper tells the day before's news, a live page the same day's). A
    lead dated only to a week ("last week") dates no such event: its day is not known."""
    for ev in events:
        if ev.time is not None or ev.interval.known or ev.time_basis == "long_before":
            continue
        if ctx.lead_time is not None:
            if ctx.lead_time.interval.precision == "day":
                ev.time, ev.time_basis, ev.interval = ctx.lead_time, "lead", ctx.lead_time.interval
        elif published is not None:
            ev.time_basis, ev.interval = "publication", day_interval(published - dt.timedelta(days=1), published)


_DEADLINE = re.compile(r"\b(?:until|till|by|before|ahead of|deadline of)\s+(?:the\s+)?$", re.I)
# a period counted up to now ("so far this month, attacks have killed 55"): a tally's span, not the time of
# the acts told after it
_UP_TO_NOW = re.compile(r"\b(?:so far|to date|thus far)\s*,?\s*$", re.I)
# ("in recent months", "over the past weeks": a span up to now, the background of the news)
_UP_TO_NOW_WORDS = _W["up_to_now_words"]


def _reported_clause(te: TimeExpr, ctx: ReportContext, perfect: bool = False) -> bool:
    """A time in the clause a main saying verb reports, told as done ("said two mortar bombs struck …
    on Saturday morning"; with ``perfect``, also in the past perfect: "said troops had killed …")."""
    h = _time_clause(te, ctx)
    return h is not None and h.dep_ == "ccomp" and h.head.dep_ == "ROOT" and h.head.lemma_.lower() in _TELLING \
        and (h.tag_ == "VBD" or perfect and h.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had"
                                                                     for a in h.children))


def _main_clause(te: TimeExpr, ctx: ReportContext) -> bool:
    """A time in its sentence's main clause sets the narrative's time; one in a "when …" clause does not."""
    h = _time_clause(te, ctx)
    return h is not None and h.dep_ == "ROOT"


def _time_clause(te: TimeExpr, ctx: ReportContext):
    """The verb of the clause a time is told in, the first of verbs joined by "and" (None where the time's
    words are no tokens' span)."""
    span = words_at(ctx.doc, te.span.start, te.span.end)
    if span is None:
        return None
    h = clause_verb(span.root)
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    return h
