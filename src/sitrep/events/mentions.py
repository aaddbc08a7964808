"""Stage 6a, mentions: every clause-level telling of a happening, with what its own clause says.

Reads: one sentence of the spaCy ``Doc``, the trigger lexicon (``data/triggers.yaml``) and the
report's context (:class:`~sitrep.records.ReportContext`: times, places and actors of the earlier
stages, by sentence).
Adds: for each trigger word that tells a happening, a :class:`~sitrep.records.Mention` and the
one-mention :class:`~sitrep.records.Event` its clause tells: type, parties, place, time, counts,
stance. Triggers of one clause that tell one happening ("attacked, killing 10") are one mention;
aggregates ("five attacks in January"), habits, possibilities, conditions and what a statement is
about ("demanded the release") are none. Each dropped or folded trigger is noted with the rule
(``sitrep extract --explain``).

Entry point: :meth:`MentionReader.read`.
"""
from __future__ import annotations

import datetime as dt
import re

from ..language import doc_text, entities, entities_within, in_dateline, lower_words, span_text, subtree_indices, word_range, \
    token_sentence, token_tree, words_at
from ..actors import state_agent, state_force
from ..lexicon import Triggers, load_event_words, load_place_words
from ..records import Actor, Event, Mention, Place, ReportContext, Span
from .clauses import (
    _in_which_of_several,
    _remembered, _verdict_ground, years_remembered,
    _MOTION,
    _MULTITUDES,
    _AGGREGATE_DET, _AGGREGATE_HEAD, _ANNOUNCING, _CALLED_OFF, _FUTURE, _IDIOM_OBJECTS, _INTENDING,
    _HABITUAL, _MODAL_SKIP, _MONTHS, _PLACE_NOUNS, _VIOLENT_PLOVER, _agent_of, _aggregate_np, _repeated, _clause_span, _stepped_in, _up_by_preps, _conditional,
    _accused_noun, _accused_of, _answered_word, _counted_victims, _dated_or_placed, _going_to, _governing_verb, _habitual, _has_clause_object, _has_particles,
    _has_place_object, _ing_host, _noun_phrase, _spans_period, _object_is_party, _object_matches, _official, _own_anchor, _own_date,
    _BESIDE, _CONDITIONAL, _across_a_land, _by_mishap, _marked_apart, _past_chain, _over_places, _place_subject, _placed_plural, _caused_to_do, _reported_at_place, _occurred_or_caused, _deaths_told_in, _death_it_caused, _subject, _sums_up, _one_of_the_most, _told_as_another, _told_as_news,
    _singling_superlative, _FRAMES, _a_place,
    _fallen_place, _hands_owner, _HANDS_DEATHS, _returned_place, _occurring,
)
from .tolls import _ARRESTED, _casualties, _count, _one_victim, number as _toll_number
from .parties import _ARMED, _absolute_with, _arg_actor, _arguments, _forces_at, _local, _possessor, _recipient, _struck_words, \
    forces_in, national_done_to
from ..dates import _present_beside_will, day_interval
from .scenes import (
    _crosshead, _homeland, _place_for, _place_in_actor, _province_of, _saying_time, _scene, _time_for, days_apart,
)

_W = load_event_words()  # word classes: data/event_words.yaml
_UNNAMED_MODS = _W["unnamed_mods"]
_SIMILAR = _W["similar"]
_AILMENT_MODS = _W["ailment_mods"]
_RIOTING_GROUPS = _W["rioting_groups"]
_PAST_POSSIBLE = _W["past_possible"]
_SEIZED = _W["seized"]
_SEIZED_LOTS = frozenset(_W["seized_lots"])
_GOING_ON = _W["going_on"]
_VOWED_REPRISALS = _W["vowed_reprisals"]
_DANGER_BEARING = _W["danger_bearing"]
_GOING_ON_VERBS = _W["going_on_verbs"]
_TELLING_TO_ACT = _W["telling_to_act"]
_ASKING_NOUNS = _W["asking_nouns"]
_INSISTING = _W["insisting"]
_THREAT_ANSWER_PREPS = _W["threat_answer_preps"]
_OWN_RANKS = _W["own_ranks"]
_REFUSABLES = _W["refusables"]
# what a side that says it will not do it refuses: yielding ("would not lay down its arms", "will not withdraw")
_YIELDING_PLOVERS = frozenset(("RETREAT", "CONCEDE", "AGREE"))
_WORD_THINGS = _W["word_things"]
_TIME_UNITS = _W["time_units"]
_LASTING_HOLDS = _W["lasting_holds"]
_PRACTICE_VERBS = _W["practice_verbs"]
_LAYING_BLAME = frozenset(_W["laying_blame"])
_DECIDING = _W["deciding"]
_PLANNING_VERBS = _W["planning_verbs"]
_HURLING = frozenset(_W["hurling"])
_ESCAPING = frozenset(_W["escaping"])
_HURLED_AGAINST = frozenset(_W["hurled_against"])
_SUMMONING = _W["summoning"]
_DENYING = _W["denying"]
_BLAME_TELLING = frozenset(_W["blame_telling"])
_ALLEGING = frozenset(_W["alleging"])
_BEARING_VERBS = frozenset(_W["bearing_verbs"])
_BURDEN_NOUNS = frozenset(_W["burden_nouns"])
_WRONGDOER_NAMES = frozenset(_W["wrongdoer_names"])
_ANSWERABLE_WORDS = frozenset(_W["answerable"])
_WRONGS_ANSWERED = frozenset(_W["wrongs_answered"])
_WARNED_REPRISALS = frozenset(_W["warned_reprisals"])
_WARNED_PARTIES = frozenset(_W["warned_parties"])
_FORCEFUL_ANSWERS = frozenset(_W["forceful_answers"])
_ANSWER_WORDS = frozenset(_W["answer_nouns"])
_CHARGE_REPORTS = frozenset(_W["report_nouns"])
_ACCUSATION_NOUNS = _W["accusation_nouns"]
_ANSWERING_PREPS = _W["answering_preps"]
_SCHEDULING = _W["scheduling"]
_SUPPORT_OF_CONTENT = _W["support_of_content"]
_MEASURE_NOUNS = _W["measure_nouns"]
_QUESTION_MARKS = _W["question_marks"]
_ASKING_HEADLINE_OPENERS = _W["asking_headline_openers"]
_INVERTING = _W["inverting_auxiliaries"]
_FIRED_THINGS = _W["fired_things"]
_CROWD_MUNITIONS = _W["crowd_munitions"]
_MET_NOT_PARTIES = _W["met_not_parties"]
_SAYING_WITHHELD = _W["saying_withheld"]
_FIGHT_REFUSALS = _W["fight_refusals"]
_PRESS_WORDS = _W["press_words"]
_UNSANCTIONED = _W["unsanctioned"]
_ENVOYS = _W["envoys"]
_INQUIRING = _W["inquiring"]
_NO_ONE = _W["no_one_words"]
_BARE_PARTICLES = _W["bare_particles"]
_PEOPLE = _W["people"]
_WANTING = _W["wanting_nouns"]
_CAMPAIGNS = _W["campaign_nouns"]
_WARS = _W["war_nouns"]
_WAR_KILLING = _W["killing_verbs"]  # (the verbs of a war's tally told in the past: "the war killed 80,000")
_WAR_OR_FRAME = _WARS | _W["frame_nouns"] | _W["incident_nouns"]
_DELIBERATING = _W["deliberating"]
_OFFICIAL_VISITS = _W["official_visits"]
_BRIEFING_VERBS = _W["briefing_verbs"]
_WANTING_VERBS = _W["wanting_verbs"]
_LEAVING = _W["leaving_particles"]
_REFUSING = _W["refusing"]
_FAILING = _W["failing"]
_OFFICES_SOUGHT = _W["offices_sought"]
_CARE_SOUGHT = _W["care_sought"]
_CROWD_SPEAKERS = _W["crowd_speakers"]
_ANCHOR_PREPS = _W["anchor_preps"]
_HAPPENING_PRONOUNS = _W["happening_pronouns"]
_OWN_IDENTITY = _W["own_identity"]
_STAYING_PUT = _W["leaving_verbs"]
_PREVENTING = _W["preventing"]
_AVERTING = _W["averting"]
_PLACING_UNDER = _W["placing_under"]
_SHOWING_VERBS = _W["showing_verbs"]
_ANSWERED_VERBS = _W["answered_verbs"]
_REACHING = _W["reaching_verbs"]
_APPEALING = _W["appealing"]
_COURT_RULINGS = _W["court_rulings"]
_SEEKING_PREPS = _W["seeking_preps"]
_WORKING_TOWARD = _W["working_toward_verbs"]
_STATISTICS_NOUNS = _W["statistics_nouns"]
_INCLUDING = _W["including"]
_TOTAL_NOUNS = _W["total_nouns"]
_BREAKING_VERBS = _W["breaking_verbs"]
_ENDING_VERBS = _W["ending_verbs"]
_CONTENT_DEPS = {"dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "pcomp", "nsubjpass", "attr", "oprd"}
_LODGING = _W["lodging"]
_FORMAL_MARKS = _W["formal_marks"]
_PROTESTING_BODIES = _W["protesting_bodies"]
_NOT_SHOT = _W["not_shot"]
_FORBIDDING_NOUNS = _W["forbidding_nouns"]
# a consequence told to come ("will face consequences", "would pay dearly"): word -> the verbs it hangs on
_THREAT_OUTCOMES: dict[str, frozenset] = {}
for _phrase in _W["threat_outcomes"]:
    _verb, _word = _phrase.split()
    _THREAT_OUTCOMES[_word] = _THREAT_OUTCOMES.get(_word, frozenset()) | {_verb}
_TELLING = _W["telling_verbs"]
_DISMISSIVE = _W["dismissive_words"]
_ENDANGERED = _W["endangered_things"]
_PARTY_ONLY_REJECTIONS = _W["party_only_rejections"]
# the words (lemmas) that open either reading, looked up once per word
_UNJUST = _W["unjust_words"]
_CONTESTED = _W["contested_measures"]
_DEMANDING_MODALS = _W["demanding_modals"]
_ADDRESSED = _W["addressed_parties"] | _W["bodies"]
_CONDEMNING = _W["condemning_words"]
_GUILT = _W["guilt_words"]
_REACTING = _W["reacting_verbs"]
_OUTRAGE = _W["outrage_nouns"]
_KNOWING = _W["knowing_verbs"]
_OUTRAGED = _W["outraged_words"]
_ANSWER_NOUNS = _W["answer_nouns"]
_SPOKEN_STANCES = frozenset(_THREAT_OUTCOMES) | _DISMISSIVE | _UNJUST
_TO_COME = frozenset(_W["future"]) | {"would"}


_SUMMONING_OFFICES = _W["summoning_offices"]


def _no_one(subj) -> bool:
    """A subject that denies its verb's act: "nobody", "none (of them)", "no one"; any noun that "no"
    determines ("no soldiers were killed", "no civilians were hurt")."""
    low = subj.lower_
    return low in _NO_ONE and low != "one" or any(ch.dep_ == "det" and ch.lower_ == "no" for ch in subj.children)


def _inverted(v) -> bool:
    """Whether ``v``'s clause puts an auxiliary before its subject, with no "if": a yes-no question ("Will
    Ankara expel the envoy?", "Did soldiers fire on the crowd?") or a condition ("Had the bomb exploded, …",
    "Should the talks collapse, …"). Not a question that asks about a done act ("Why did the army shell the
    town?"), nor an inversion after a negative adverb ("Not only did the rebels attack the base, …")."""
    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((ch for ch in v.children if ch.dep_ in ("aux", "auxpass") and subj is not None and ch.i < subj.i), None)
    if first is None:
        return False
    if v.dep_ == "advcl":
        return first.lower_ in _INVERTING and not any(ch.dep_ == "mark" for ch in v.children)
    sent = v.sent
    if not span_text(sent).rstrip().rstrip("'\"’”").endswith("?"):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") or t.dep_ in ("neg", "preconj") for t in sent if t.i < first.i)


def _told_not_done(v) -> bool:
    """Whether negated verb ``v`` tells an act as not done in the past ("did not meet", "has not recalled",
    "had never spoken", "never spoke"), not a stance held now or to come ("does not support", "is not
    sending", "will not attend")."""
    if v.tag_ == "VBD":
        return True
    aux = [ch.lower_ for ch in v.children if ch.dep_ == "aux"]
    return v.tag_ in ("VB", "VBN") and bool(aux) and all(a in ("did", "has", "have", "had") for a in aux)


def _span_of_acts(tok) -> str | None:
    """The span of months or years an act word is told over, when it names their sum, not one act: the act
    word hung on a noun of months, years or decades ("nine years of fighting", "six months of clashes",
    "after more than a decade fighting Islamist insurgents", "spent 20 years battling the state"); not days
    or weeks, one fight's length ("three days of fighting"), nor "a month of"."""
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and head.head.i != head.i:
        unit = head.head
    elif tok.dep_ in ("acl", "advcl", "xcomp", "dep") and tok.tag_ == "VBG" and head.i != tok.i:
        # (the parser may hang "fighting" on the clause's verb: the span noun then stands just before it)
        before = tok.doc[tok.i - 1] if tok.i else None
        unit = head if head.pos_ == "NOUN" else before if before is not None and before.pos_ == "NOUN" else next(
            (ch for ch in head.children if ch.dep_ in ("dobj", "npadvmod") and ch.i < tok.i), None)
    else:
        return None
    if unit is None or unit.lemma_.lower() not in _W["summed_time_units"]:
        return None
    if not (unit.tag_ == "NNS" or unit.lemma_.lower() in _W["summed_time_units_single"]):
        return None
    return unit.text


def _act_denied(c: Mention, v, support, acts=frozenset()) -> bool:
    """Whether the negation on verb ``v`` denies ``c``'s act itself: the trigger verb negated ("police did not
    arrest anyone", "nobody was detained", "had never fired on the marchers"), or a trigger noun that is the
    negated verb's own object or subject of carrying out or occurring ("has not imposed sanctions", "no
    airstrike was carried out", "the talks did not take place"). Not a noun the negated verb says something
    else of ("no one was hurt in the attack", "the arrests did not stop the protests", "will not accept the
    request"): that act was done."""
    tok = c.tok
    if not c.noun:
        # (but "no Israelis have been killed", "nobody was hurt": a toll of none, told of an attack the report
        # tells, kept as that attack's, marked negated; not "no shots were fired", "no airstrike was carried
        # out": the act itself, or what it fires, denied)
        return v.i == tok.i and not ((c.cls.violent or c.cls.plover == _VIOLENT_PLOVER)
                                     and not any(ch.dep_ == "neg" for ch in v.children)
                                     and any(ch.dep_ == "nsubjpass" and _no_one(ch) and ch.lemma_.lower() not in acts
                                             and ch.lemma_.lower() not in _FIRED_THINGS for ch in v.children))
    if tok.head.i != v.i:
        return False
    lemma = v.lemma_.lower()
    return tok.dep_ in ("dobj", "nsubjpass") and lemma in support or tok.dep_ == "nsubj" and _occurring(v)


def _called_to_office(tok) -> bool:
    """Whether "call" ``tok`` calls someone to a ministry or office ("the chargé d'affaires was called to the
    Ministry of Foreign Affairs"): a summons."""
    return any(ch.dep_ == "prep" and ch.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SUMMONING_OFFICES for g in ch.children) for ch in tok.children)


def _called_in_envoy(tok) -> bool:
    """Whether "call" ``tok`` calls in an envoy ("called in the Chinese ambassador", "the envoy was called
    in"): a summons (not "called in the army", "called in reinforcements")."""
    def envoy(w) -> bool:  # ("the ambassador", "Ambassador Chung Jae-ho")
        return w.lemma_.lower() in _ENVOYS or any(g.dep_ == "compound" and g.lemma_.lower() in _ENVOYS
                                                       for g in w.children)
    if any(ch.dep_ == "prt" and ch.lower_ == "in" for ch in tok.children):
        return any(ch.dep_ in ("dobj", "nsubjpass") and envoy(ch) for ch in tok.children)
    # (the parser's "called [in the ambassador]", the particle read as a preposition)
    return not any(ch.dep_ == "dobj" for ch in tok.children) and any(
        ch.dep_ == "prep" and ch.lower_ == "in" and ch.i == tok.i + 1 and any(
            g.dep_ == "pobj" and envoy(g) for g in ch.children) for ch in tok.children)




def _formal_protest(tok) -> bool:
    """A protest that is a state's formal objection, not a crowd's: a noun lodged or marked formal ("lodged a
    strong protest", "handed her a formal protest", "a protest was lodged"), or the verb of officials or of a
    state ("the foreign ministry protested", "Deputy Foreign Minister Sun, who protested …", "Japan protested")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        before = tok.doc[tok.i - 1] if tok.i else None  # (a headline's "China lodges protest", parsed as nouns)
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _LODGING or any(
            ch.dep_ == "amod" and ch.lower_ in _FORMAL_MARKS for ch in tok.children) or \
            before is not None and before.pos_ in ("VERB", "NOUN") and before.lemma_.lower() in _LODGING
    if tok.dep_ in ("xcomp", "dobj") and tok.head.lemma_.lower() in _LODGING:
        return True  # a headline's "China lodges protest over …", the noun parsed as a verb
    subj = _subject(tok)
    if subj is None and tok.dep_ in ("advcl", "xcomp", "conj"):
        subj = _subject(tok.head)  # "… had called on the envoy, protesting against …"
    # ("Japan protested the move": a state, which makes no street protest)
    # (a body word inside a hyphened modifier names no speaker: "anti-government protesters marched")
    return subj is not None and (subj.ent_type_ == "GPE" and subj.dep_ == "nsubj" or any(
        t.lemma_.lower() in _PROTESTING_BODIES and not (t.i and t.doc[t.i - 1].text == "-")
        for t in subj.subtree if t.i <= subj.i))


def _denied_clause(tok, deny) -> bool:
    """Whether ``tok`` sits in a clause a verb of denying takes ("denied that troops had fired",
    "denied carrying out the attack"), not in a noun it takes ("denied involvement in the attack")."""
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return False
        if h.head == deny:
            return h.dep_ in ("ccomp", "xcomp") or h.tag_ == "VBG"
        h = h.head
    return False


def _told_to_act(v) -> bool:
    """"Told the media to leave the streets", "told residents to stay indoors": someone told to do
    something, an infinitive of the verb's own (not "told reporters that the attack was over", "told
    AFP", nor "was told to leave", the one told being the subject)."""
    if any(ch.dep_ in ("nsubjpass", "auxpass") or ch.dep_ == "dobj" and ch.lemma_.lower() in _OWN_RANKS
           for ch in v.children):
        return False  # (nor "told the officers to stock up on food": a commander's own ranks)
    return any(ch.dep_ in ("xcomp", "ccomp") and ch.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                        for g in ch.children)
               for ch in v.children)


def _warns_own_ranks(v) -> bool:
    """"Has warned our troops accordingly", "the ministry warned its staff to stay indoors": a warning to
    the speaker's own ranks (a possessive pronoun on them), an alert inside one side, no threat to a
    party (not "warned the rebels", "warned his rivals")."""
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in _OWN_RANKS and any(
        g.dep_ == "poss" and g.pos_ == "PRON" for g in ch.children) for ch in v.children)


def _insisted_on(v) -> bool:
    """"Insisted on the release of all detainees", "insists on maximizing the role of the experts": what
    is asked for hangs on "on" (not "insisted on Tuesday that ...", a day)."""
    return v.lemma_.lower() in _INSISTING and any(
        ch.dep_ == "prep" and ch.lower_ == "on" and any(g.dep_ == "pcomp" or g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                         for g in ch.children) for ch in v.children)


def _asks_for(n) -> bool:
    """"A call for calm", "the call by the leader to march on the camps", "calls for his release": the
    noun asks for something ("for" or an infinitive of its own), not "a phone call" or "a close call"."""
    if n.dep_ == "dobj" and any(ch.dep_ == "prep" and ch.lower_ == "for" and ch.i > n.i for ch in n.head.children):
        return True  # "made a plea for calm", the "for" hung on the verb that carries the noun
    for ch in n.children:
        if ch.dep_ == "prep" and ch.lower_ == "for":
            return True
        if ch.dep_ in ("acl", "relcl") and ch.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            return True
        if ch.dep_ == "acl" and ch.tag_ == "VBN":  # "a call given by the leader to march": the infinitive hung on "given"
            if any(g.dep_ in ("xcomp", "advcl", "prep") and (g.lower_ == "for" or g.tag_ == "VB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in g.children)) for g in ch.children):
                return True
    return False


def _denies_the_charge(tok) -> bool:
    """A relative clause of denial hung on an accusation ("an allegation the group has denied",
    "the charges, which Kigali denies"): a rejection of that accusation, though the verb has no
    object of its own."""
    return tok.lemma_.lower() in _DENYING and tok.dep_ == "relcl" and tok.head.lemma_.lower() in _ACCUSATION_NOUNS \
        and not any(ch.dep_ == "dobj" for ch in tok.children)


def _held_to_account(v) -> bool:
    """"Held the MDC Alliance responsible for the violence": an accusation only when someone holds a
    party named to account now, in the active voice (not "those responsible will be held accountable",
    a warning with no one accused; not "held no one responsible")."""
    if any(ch.dep_ in ("nsubjpass", "auxpass") or ch.dep_ == "aux" and ch.lower_ in ("will", "would", "'ll", "shall")
           for ch in v.children):
        return False
    obj = next((ch for ch in v.children if ch.dep_ == "dobj"), None) or next(
        (g for ch in v.children if ch.dep_ in ("ccomp", "xcomp", "oprd") for g in ch.children if g.dep_ == "nsubj"), None)
    # ("held the MDC Alliance accountable", parsed as a small clause whose subject is the party)
    return obj is not None and obj.lower_ not in ("nobody", "anyone", "anybody", "none", "everyone") \
        and not any(ch.dep_ == "det" and ch.lower_ in ("no", "any") for ch in obj.children)


def _discussed_together(v) -> bool:
    """"India and China discussed the border", "the foreign ministers of India and China discussed
    bilateral challenges", "discussed the dam with Egypt's minister": two sides talked, a consultation
    (not one body weighing a matter alone: "the cabinet discussed the budget")."""
    if any(ch.dep_ == "prep" and ch.lower_ == "with" for x in (v, *(o for o in v.children if o.dep_ == "dobj"))
           for ch in x.children):
        return True  # (the parser may hang "with" on the matter: "discussed the budget with Niger's ministers")
    subj = _subject(v)
    if subj is None:
        return False
    return any(ch.dep_ == "conj" for ch in subj.children) or any(
        g.dep_ == "conj" for ch in subj.children if ch.dep_ == "prep" and ch.lower_ == "of"
        for p in ch.children if p.dep_ == "pobj" for g in p.children)


def _compound_object(v, lemmas) -> bool:
    """Whether a verb's object is named by one of ``lemmas`` as its modifier ("blocked internet access",
    "shut down mobile phone access", a crowd's "cut off the railway line"): the thing itself is what is
    acted on."""
    return any(g.dep_ == "compound" and g.lemma_.lower() in lemmas
               for ch in v.children if ch.dep_ in ("dobj", "nsubjpass") for g in ch.children)


def _danger_named(tok, support_verbs) -> bool:
    """Whether "threat" names a danger ("citing the threat of disinformation", "the threat of violence
    remains high"), not a threat one party makes another: "of" brings what is feared, and no one is
    told to make it (no possessor, no verb that carries it: "issued a threat of sanctions")."""
    return any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children) \
        and not any(ch.dep_ == "poss" for ch in tok.children) \
        and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in support_verbs)


def _market_demand(tok) -> bool:
    """Whether the noun "demand" is buyers' want of goods ("demand for fuel has risen", "strong demand
    for VPNs"), not a party's demand: it rises or falls, or a market's word qualifies it, and it is
    singular with no possessor (not "the rebels' demand", "demands for his release")."""
    if tok.tag_ != "NN" or any(ch.dep_ == "poss" for ch in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _W["market_moves"]:
        return True
    return any(ch.dep_ in ("amod", "compound") and ch.lower_ in _W["market_marks"] for ch in tok.children)


def _envoys_told_to_leave(v) -> bool:
    """Whether a verb of asking tells a state's envoys to leave ("asked the envoy to leave", "asked
    that all diplomats from Qatar are to leave"): an expulsion, as ACLED and PLOVER code it."""
    for ch in v.children:
        if ch.dep_ == "xcomp" and ch.lemma_.lower() == "leave":
            told = [g for g in v.children if g.dep_ == "dobj"]
        elif ch.dep_ == "ccomp":
            go = ch if ch.lemma_.lower() == "leave" else next(
                (g for g in ch.children if g.dep_ == "xcomp" and g.lemma_.lower() == "leave"), None)
            if go is None:
                continue
            told = [g for x in (ch, go) for g in x.children if g.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        if any(g.lemma_.lower() in _ENVOYS for g in told):
            return True
    return False


def _paid_a_call(tok) -> bool:
    """A courtesy call ("the Russian envoy called on Foreign Secretary Janjua at the ministry", "called
    on the president in Accra on Monday"): "call on" a person, asking nothing of them (not "called on
    the government to release the prisoners", "called on the president for help": a request)."""
    if _has_clause_object(tok):
        return False
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ == "on" and ch.i == tok.i + 1:
            return any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or _official(g)) and g.ent_type_ not in ("GPE", "NORP", "ORG")
                       for g in ch.children)
    return False


_DEPARTING = _W["departing_verbs"]
_LACKING_PREPS = frozenset(_W["lacking_preps"])
_CLEARED_SITES = frozenset(load_place_words()["site_nouns"])  # ("told reporters to leave the square")
_GRACE_UNITS = frozenset(_W["time_units"]) | {"day", "hour"}  # (the time a state gives people to leave)
# political coercions whose passive is told with no object ("the town was quarantined", "the two
# activists will be deported", "journalists were barred from entering the region"): what they are done
# to is the passive's subject
_DONE_TO_PEOPLE_ALONE = frozenset(("quarantine", "deport", "bar"))


def _people_told_to_leave(v, people) -> bool:
    """Whether a verb of ordering or giving tells people of ``people`` (nationals, journalists, migrants)
    to leave the country: "ordered all foreign nationals to leave", "told the journalists to leave
    within a week", "gave Qatari citizens two weeks to return home", "were given 48 hours to depart".
    A grant of time must name the time ("gave them the right to return" puts no one out)."""
    go = next((ch for ch in v.children if ch.dep_ in ("xcomp", "advcl", "ccomp") and ch.lemma_.lower() in _DEPARTING
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)), None)
    if go is None:
        return False
    if any(g.dep_ == "dobj" and g.lemma_.lower() in _CLEARED_SITES for g in go.children):
        return False  # "told reporters to leave the square": a site cleared, no one put out of a land
    told = [g for g in v.children if g.dep_ in ("dobj", "dative", "nsubjpass")]
    if v.lemma_.lower() == "give" and not any(g.dep_ in ("dobj", "npadvmod") and g.lemma_.lower() in _GRACE_UNITS
                                              for g in v.children):
        return False  # (the time is parsed as the object or as a bare noun phrase: "gave them ten days to leave")
    told += [g for t in told for g in t.children if g.dep_ in ("conj", "appos")]
    return any(g.lemma_.lower() in people or g.lower_ in people for g in told)


def _barred_from(tok) -> bool:
    """Whether a verb of forbidding forbids a party to do a thing: "from" with a gerund ("barred him from
    leaving the country", "were banned from travelling")."""
    return any(ch.dep_ == "prep" and ch.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                 for g in ch.children) for ch in tok.children)


_LISTED_AS = _W["listed_as"]


def _named_terrorist(tok) -> bool:
    """Whether a verb of designating names its object a terrorist body ("designated the group a terrorist
    organisation", "as a foreign terrorist organization"; word class listed_as)."""
    for ch in tok.children:
        if ch.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp") or ch.dep_ == "prep" and ch.lower_ == "as":
            if any(w.lemma_.lower() in _LISTED_AS or w.lower_ in _LISTED_AS for w in ch.subtree):
                return True
    return False


_PERMITTING = _W["permitting_verbs"]
_PERMISSION_NOUNS = _W["permission_nouns"]
_GATHERINGS_BANNED = frozenset(_W["banned_gatherings"]) | {"sit-in", "vigil", "strike", "meeting", "parade"}


def _gathering_refused(tok) -> bool:
    """A refusal to let a gathering be held ("refused to authorise the protest", "refused to allow the
    march", "refused permission for the rally"): the gathering banned, a coercion, not a rejection of a
    proposal between parties."""
    for ch in tok.children:
        if ch.dep_ == "xcomp" and ch.lemma_.lower() in _PERMITTING:
            # (what is let be held, or let go ahead: "refused to allow the march to go ahead")
            if any(g.dep_ in ("dobj", "nsubj", "nsubjpass") and g.lemma_.lower() in _GATHERINGS_BANNED
                   for g in [*ch.children, *(x for c2 in ch.children if c2.dep_ in ("ccomp", "xcomp") for x in c2.children)]):
                return True
        if ch.dep_ == "dobj" and ch.lemma_.lower() in _PERMISSION_NOUNS:
            if any(p.dep_ == "prep" and p.lower_ in ("for", "to") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _GATHERINGS_BANNED for g in p.children)
                   for p in [*ch.children, *tok.children]):
                return True
    return False


def _summoned_to_protest(tok) -> bool:
    """A summons made to object ("summoned the US envoy to protest the arms sale", "summoned the
    chargé d'affaires to deliver a letter of protest"): the summons is the state's formal objection,
    one act, as the keys code it (not a meeting as well)."""
    if tok.lemma_.lower() not in _SUMMONING:
        return False
    for ch in tok.children:
        if ch.dep_ in ("xcomp", "advcl") and ch.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            if ch.lemma_.lower() == "protest" or any(
                    g.lemma_.lower() == "protest" and g.dep_ in ("dobj", "pobj") for g in ch.subtree if g.i != ch.i):
                return True
    return False


def _past_dateline_subject(v) -> bool:
    """A lead's subject that the parser hung on the dateline as its apposition ("MOGADISHU (AFP) -
    Fighting between rival groups left 25 people dead", the dateline's town taken for the subject of
    "left"): the subject of that past verb."""
    town = v.head
    return v.dep_ == "appos" and town.dep_ == "nsubj" and town.head.tag_ == "VBD" \
        and in_dateline(town) and not in_dateline(v)


_DEMANDING = _W["demanding_verbs"]


def _wanted(tok) -> bool:
    """"Pressure for a peace deal", "calls for a ceasefire", "called for an immediate ceasefire",
    "asked for an inquiry and an apology": what a noun or verb of wanting is "for" is wanted, not
    done (each of a list so asked for); so is what a verb of demanding takes ("demanded his release")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _DEMANDING:
        return True  # "marched to demand the release of the former governor": a release wanted
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    wanting = tok.head.head
    lemma = wanting.lemma_.lower()
    if wanting.pos_ in ("VERB", "AUX") and any(ch.dep_ in ("nsubjpass", "dobj") and ch.lemma_.lower() in _WANTING
                                               for ch in wanting.children):
        return True  # "a request was made for the release of the fishermen", "made an appeal for calm"
    # ("a dress rehearsal for an invasion", "a pretext for war": what is readied or excused, not done)
    return wanting.pos_ == "NOUN" and (lemma in _WANTING or lemma in _PREPARING) or wanting.pos_ == "VERB" and lemma in _WANTING_VERBS


_PREPARING = _W["preparing_nouns"]
# (verbs of asking a party to act, less those of one's own intending: "hoped to sign a deal" is an aim told)
_ASKING_TO_ACT = (_DEMANDING | _WANTING_VERBS) - _INTENDING


def _left_from(place, sent) -> bool:
    """Whether a place is named as what a withdrawal leaves ("withdrew its troops from Niger", "evacuated
    its embassy staff from Sudan"): the object of "from"."""
    tok = next((t for t in sent if t.idx == place.span.start), None)
    while tok is not None and tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _asked_to_do(tok) -> bool:
    """"Urged both sides to agree to a ceasefire", "asked the parties to reach an agreement", "called on
    donors to send aid": what a noun names in the infinitive that a verb of asking or demanding takes is
    asked for, not done (not "forced the rebels to sign a truce", "persuaded them to accept the deal":
    done; nor "decided to sign a deal": the speaker's own act)."""
    # (the noun is the infinitive's own object, or of its preposition: not a noun further off, "called in
    # to take control days ahead of a call given by the leader")
    v = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" else None
    if v is None or v.i == tok.i or v.pos_ not in ("VERB", "AUX") or v.tag_ != "VB" or v.dep_ != "xcomp" \
            or v.head.i == v.i:
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children):
        return False
    # (a verb with a particle asks nothing: "the army was called in to restore order")
    return v.head.pos_ == "VERB" and v.head.lemma_.lower() in _ASKING_TO_ACT \
        and not any(ch.dep_ == "prt" for ch in v.head.children)


def _threatened(tok) -> bool:
    """"Threatened a military offensive against the town", "warned of new attacks on the capital",
    "threatened them with air strikes", "the threat of an assault": what a threat or warning holds out
    is threatened, not done (the threat is the event; each of a list so threatened)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _THREATENING:
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in _THREAT_CONTENT_PREPS or tok.head.head.i == tok.head.i:
        return False
    return tok.head.head.lemma_.lower() in _THREATENING


_THREATENING = _W["threatening_words"]
_THREAT_CONTENT_PREPS = _W["threat_content_preps"]
_TALK_TOPIC_PREPS = _W["talk_topic_preps"]
_ENDING_NOUNS = _W["ending_nouns"]


def _ended_by_noun(tok) -> bool:
    """"Following the lifting of the curfew", "announced the suspension of military cooperation with France",
    "the end of the blockade": a measure, a pact or a campaign named after "of" by a noun of ending (word
    class ending_nouns) is what is ended, not an act of that day (the ending, when a trigger, is the news)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in _ENDING_NOUNS


def _past_ground_clause(v) -> bool:
    """A verb in a relative or participle clause of a noun named as a verdict's charge or as remembered
    ("sentenced for their role in an attack on a cafe that killed 20 people", "the commemoration of those
    killed", "commemorated the victims who died"): it tells that past act, not the news of its day."""
    if v.dep_ not in ("relcl", "acl") or v.head.i == v.i:
        return False
    for n in _up_by_preps(v.head, 2):
        if n.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        if _verdict_ground(n) or _remembered(n):
            return True
    return False


def _agreement_sought(tok) -> bool:
    """"Talks to reach a ceasefire", "in the hopes of reaching a ceasefire deal", "will focus on brokering
    a truce": an agreement named as the object of a verb of reaching in an infinitive of purpose, or in
    a gerund after "of", "on", "at" or "toward", or in an infinitive a verb of wishing takes ("is hoping to
    reach a peace deal"), is sought, not reached (not "managed to reach a
    truce", "succeeded in reaching a deal")."""
    if tok.dep_ != "dobj":
        return False
    v = tok.head
    if v.tag_ == "VBG" and v.lemma_.lower() in _WORKING_TOWARD and any(
            ch.dep_ == "aux" and ch.lemma_.lower() == "be" for ch in v.children):
        return True  # "is negotiating a ceasefire", "were hammering out a deal": under way, not reached
    if v.lemma_.lower() not in _REACHING:
        return False
    if v.tag_ == "VB" and v.dep_ in ("acl", "advcl"):
        return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
    if v.tag_ == "VB" and v.dep_ == "xcomp" and v.head.lemma_.lower() in _WISHING:
        return True  # "Santos is hoping to reach a peace deal", "wants to sign a truce": wished for, not reached
    return v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ in _SEEKING_PREPS


def _since_a_day(v) -> bool:
    """Whether verb ``v`` has "since" with a day of the week or a dated day ("since Saturday", "since
    March 3"), not a span ("since 2019", "since last year", "for months")."""
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ == "since":
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "DATE" and (obj.lower_ in _RECENT_DAYS or obj.lower_ in _MONTHS and any(
                    g.like_num and not _a_year(g) for g in obj.subtree)):
                return True
    return False


def _in_aggregate(noun) -> bool:
    """Whether a noun is the plural an aggregate counts ("attacks" in "a series of attacks")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _AGGREGATE_HEAD


def _agreement_broken(tok) -> bool:
    """"Ended a ceasefire", "accused them of violating the truce", "the truce collapsed": an agreement
    named as the object of a verb of breaking or as the subject of a verb of ending with no object is
    broken, not made (not "a breach of the treaty": the treaty named may be the one event told)."""
    def lemma(v) -> str:
        prt = next((ch.lower_ for ch in v.children if ch.dep_ == "prt"), None)
        return f"{v.lemma_.lower()} {prt}" if prt else v.lemma_.lower()
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return lemma(head) in _BREAKING_VERBS or head.lemma_.lower() in _BREAKING_VERBS
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and not any(ch.dep_ == "dobj" for ch in head.children):
        return lemma(head) in _ENDING_VERBS
    return False


def _over_a_period(v, ctx: ReportContext) -> bool:
    """Whether the sentence of ``v`` is dated only by a month, a season or a year ("in August 2019",
    "during the month of August"), no day or week, or not at all when ``v`` is a clause "in which" hung
    on a count of acts: a sum of several acts told so is a period's tally, not one happening ("seven
    were killed in three separate clashes on Monday" is the day's)."""
    times = [te.interval for te in ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx, "")), []) if te.interval.known]
    if not times:  # ("PICSS recorded eight attacks in the tribal areas in which nine people were killed": a count
        return _in_which_of_several(v)  # of acts told with no day of their own, each province's share of a round-up)
    return all(t.precision in ("month", "year") for t in times)


def _legal_appeal(tok) -> bool:
    """"He would appeal the verdict", "an appeal against the sentence": a step of a trial, no request
    between parties (not "appealed for calm")."""
    if tok.lemma_.lower() not in _APPEALING:
        return False
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in _COURT_RULINGS or ch.dep_ == "prep" and ch.lower_ in (
        "against", "over") and any(g.dep_ == "pobj" and g.lemma_.lower() in _COURT_RULINGS for g in ch.children)
        for ch in tok.children)


def _in_proper_name(tok) -> bool:
    """"The Rally for Culture and Democracy", "Conde's Rally of the Guinean People": a trigger word
    that is part of an organisation's or a site's name of several words (not in a headline, whose
    capitals the model often reads as a name)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("ORG", "FAC"):
        return False
    doc = tok.doc
    return tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


_STRIKING_TRADES = _W["striking_trades"]
_STRIKING_VERBS = _W["striking_verbs"]
_DRILL_MARCHES = _W["drill_marches"]
_CAMPAIGN_RALLIES = _W["campaign_rallies"]
_OCCASION_MARKS = _W["occasion_marks"]  # ("after", "before", "following": a clause of time under another act)


def _labour_strike(tok, report: bool = True) -> bool:
    """Whether the noun "strike" is a stoppage of work: named by its trade or its reach ("a teachers'
    strike", "a nationwide strike", "a 48-hour strike") or by those who strike ("a strike by transport
    workers", "transport workers launched a strike"), or held as a stoppage is ("traders observed a
    strike", "called off the strike": word class striking_verbs); or, with ``report``, any "strike" of a
    report that tells such a stoppage and no air war ("95% of workers on strike" … "the strike was the
    first step": _stoppage_report)."""
    if report and _stoppage_report(tok.doc):
        return True
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod", "poss", "nmod") and any(g.lemma_.lower() in _STRIKING_TRADES for g in ch.subtree):
            return True
        if ch.dep_ == "prep" and ch.lower_ == "by" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _STRIKING_TRADES for g in ch.children):
            return True
        if ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in _STRIKING_VERBS:
            return True  # "a strike called by traders", "the strike observed across the province"
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head
        prt = next((ch.lower_ for ch in verb.children if ch.dep_ == "prt"), None)
        if verb.lemma_.lower() in _STRIKING_VERBS or prt and f"{verb.lemma_.lower()} {prt}" in _STRIKING_VERBS:
            return True  # "traders observed a strike", "the union called off the strike"
        return any(ch.dep_ == "nsubj" and ch.lemma_.lower() in _STRIKING_TRADES for ch in verb.children)
        # ("transport workers launched a strike")
    return False


_AIR_WAR = _W["air_war_words"]
_STRIKERS = frozenset(_W["strikers"])


def _on_strike(tok) -> bool:
    """"Workers were on strike", "went on strike" (a headline's last word hangs loose: "dep")."""
    return tok.dep_ in ("pobj", "dep") and tok.head.lower_ == "on"


def _stoppage_report(doc) -> bool:
    """Whether the report tells a stoppage of work ("on strike", "a teachers' strike", "strikers") and
    no air war nor fire from afar (word class air_war_words): its every "strike" is a stoppage. Read once
    a report, and only when a "strike" noun is met."""
    known = doc.user_data.get("sitrep_stoppage")
    if known is None:
        stoppage = air = False
        prev = ""
        for t in doc:
            lemma = t.lemma_.lower()
            if lemma in _AIR_WAR or f"{prev} {lemma}" in _AIR_WAR:
                air = True
                break
            if lemma == "strike" and t.pos_ == "NOUN" and (_on_strike(t) or _labour_strike(t, report=False)) \
                    or lemma in _STRIKERS:
                stoppage = True
            prev = lemma
        known = doc.user_data["sitrep_stoppage"] = stoppage and not air
    return known


def _struggles_to(tok) -> bool:
    """Whether a verb of fighting tells one person striving to do something ("Modi battling to oust a
    bitter rival", "the president fought to keep his seat"): its subject a person's name, its own
    object an infinitive of purpose; no fight between sides."""
    subj = _subject(tok)
    return subj is not None and subj.ent_type_ == "PERSON" and not any(
        ch.dep_ == "prep" and ch.lower_ in ("with", "against") for ch in tok.children) and any(
        ch.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) for ch in tok.children)


def _walks_out(tok) -> bool:
    """"Stormed out of the meeting": a violent verb with "out" and no object of its own tells
    someone leaving, not an assault."""
    return not any(ch.dep_ == "dobj" for ch in tok.children) and any(
        ch.lower_ in _LEAVING and ch.dep_ in ("prt", "advmod", "prep") and ch.i > tok.i for ch in tok.children)


def _war_subject(v) -> bool:
    """Whether the subject of ``v`` names a whole war or a span of fighting: "the insurgency has killed
    6,000", "the conflict, which has killed thousands", "an end to months of fighting that has killed
    thousands" (a relative pronoun stands for the noun its clause hangs on)."""
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if v.dep_ == "relcl" and subj.tag_ in ("WDT", "WP"):
        subj = v.head
    if subj.lemma_.lower() in _WARS:
        return True
    if subj.lemma_.lower() in _TIME_UNITS:  # "months of fighting, which have killed …"
        return any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in subj.children)
    return subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.lemma_.lower() in _TIME_UNITS


def _tallied(v, ctx, why: str) -> str:
    """Note the sentence of a verb told as a tally of many acts (ReportContext.tallies), whose dead no
    attack told beside it takes (slots._later_tolls), and give the reason ``why`` it is no happening."""
    if ctx is not None:
        ctx.tallies.add(ctx.sentence_of(Span(v.idx, v.idx, "")))
    return why


def _tallied_in_multitudes(v, ctx) -> bool:
    """Whether a present perfect counts its victims in hundreds or thousands ("its fighters have killed
    hundreds of civilians in Ituri", "the militia has abducted thousands"; word class tally_multitudes),
    in a sentence with no day or week: the tally of many acts, no one happening (not "gunmen have
    killed hundreds in an attack on Monday", nor "have killed dozens": one raid's dead)."""
    if not any(ch.dep_ == "dobj" and (ch.lower_ in _TALLY_MULTITUDES or any(
            n.dep_ == "nummod" and (_toll_number(n.text) or 0) >= _TALLY_LEAST for n in ch.children)) for ch in v.children):
        return False  # (or counted in figures as large: "fighting has killed at least 2,000 people since January")
    times = ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx, "")), [])
    return all(te.interval.precision not in ("day", "week") or te.kind == "duration" for te in times)


_TALLY_MULTITUDES = _W["tally_multitudes"]
_EVIDENCE_NOUNS = _W["evidence_nouns"]


def _shown_by_none(v) -> bool:
    """A verb whose clause hangs on a noun of evidence that "no" denies ("there was no evidence that
    soldiers had shelled the village", "no indication that the rebels attacked"): an act not shown."""
    return v.dep_ in ("acl", "ccomp") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in _EVIDENCE_NOUNS \
        and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in v.head.children)
_TALLY_LEAST = 300  # the least toll a perfect with no day or week counts as a tally, as "hundreds" does


def _over_past_span(v) -> bool:
    """A verb whose own preposition spans months or years gone by ("have clashed in the past two years",
    "has met him several times over the last months", "in recent years"): what it tells is the sum of
    those months, not one act (with the perfect tense; not a week, which can be one act's news: "gunmen
    have killed five villagers over the past week", nor "been": "five have been killed in the past month")."""
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in ("in", "over", "during", "within"):
            for g in ch.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _W["summed_time_units"] and any(
                        m.lower_ in ("past", "last", "recent") for m in g.children if m.i < g.i):
                    return True
        if ch.dep_ == "prep" and ch.lower_ == "for":
            # "has fought the state for 40 years", "have carried out attacks in the province for years",
            # "for more than a decade": a span of months or years the perfect sums up (not "for weeks",
            # "for two days": one fight's length)
            for g in ch.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _W["summed_time_units"] and (
                        g.tag_ == "NNS" or g.lemma_.lower() in _W["summed_time_units_single"]):
                    return True
    return False


def _gone_to(place: Place, ctx: ReportContext) -> bool:
    """Whether a place is where a verb of motion took its subject: "visited Pakistan", "arrived in
    Pakistan", "a visit to Pakistan" (a country so named is the scene as well as the host)."""
    span = words_at(ctx.doc, place.span.start, place.span.end)
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _MOTION
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to") and tok.head.dep_ == "prep":
        return tok.head.head.lemma_.lower() in _MOTION
    return False


def _aid_curbed(noun):
    """The noun of the measure that curbs an aid noun, the aid under its "on"/"to"/"of" ("restrictions
    on economic and security assistance", "cuts to military aid", "a freeze of loans"), or None."""
    h = noun
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ in ("on", "to", "of", "in") and h.head.head.pos_ == "NOUN" \
            and h.head.head.lemma_.lower() in _CURBING_NOUNS:
        return h.head.head
    return None


_CURBING_NOUNS = _W["curbing_nouns"]


def _quoted_performative(v, aux) -> bool:
    """Whether a political act's verb in the present is the quoted words that do it: the complement,
    with its own subject and no auxiliary, of a past saying verb after the closing quote ("“We call on
    other governments to join us,” Blinken stated", "“We condemn this attack,” the minister said"):
    the act done when it was said, not a habit nor a standing aim (not "he said they want peace")."""
    if aux or v.dep_ != "ccomp" or v.head.i < v.i or v.head.tag_ != "VBD" or v.head.lemma_.lower() not in _TELLING:
        return False
    if not any(ch.dep_ == "nsubj" and (ch.lower_ in _SPEAKER_PRONOUNS or ch.pos_ == "PROPN") for ch in v.children):
        return False  # (the speaker's own act, or a named party's: not "“they always accuse us”")
    if _habitual(v) or any(ch.dep_ == "npadvmod" and any(w.lower_ == "every" for w in ch.children) for ch in v.children):
        return False  # "“every year we call on the government …”": a habit
    return any(t.text in _OPENING_QUOTES for t in token_sentence(v) if t.i < v.i) and \
        any(t.text in _CLOSING_QUOTES for t in v.doc[v.i:v.head.i])


def _reported_performative(v, aux) -> bool:
    """Whether an act done by saying it, in the present, is what a past saying verb reports a named party
    to say ("Pakistan condemns the attack, the spokeswoman said", "the ministry said Kenya rejects the
    report", "the government denies any role, its spokesman told reporters"): the act done when it was
    said, as the quoted first person is (_quoted_performative); not a habit, nor a pronoun's or a bare
    noun's ("he said they always blame us")."""
    if aux or v.dep_ != "ccomp" or v.head.tag_ != "VBD" or v.head.lemma_.lower() not in _TELLING:
        return False
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None or not _named_party(subj):
        return False
    return not _habitual(v) and not any(ch.dep_ in ("neg", "npadvmod") or ch.dep_ == "advmod" and ch.lower_ in _HABITUAL
                                        for ch in v.children)


def _statement_present(v, aux) -> bool:
    """Whether an act done by saying it is told in the present as the main clause of an organ's statement
    ("The Ministry of Foreign Affairs strongly condemns the attack", "the Commission calls on the authorities
    to release the journalists", "the Government rejects the baseless allegations"): a press release's own
    words, the act done when it was issued. Only an organ of a state or body by that word (word class
    stating_organs), not a group's or a state's standing stance ("Egypt and Sudan call for a binding
    agreement"), a person ("the minister accuses the army of lying"), a habit or a denial."""
    if aux or v.tag_ not in ("VBZ", "VBP") or v.dep_ != "ROOT":
        return False
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _STATING_ORGANS or any(x.ent_type_ == "PERSON" for x in subj.subtree):
        return False
    return not _habitual(v) and not any(ch.dep_ in ("neg", "npadvmod") or ch.dep_ == "advmod" and ch.lower_ in _HABITUAL
                                        for ch in v.children)


_STATING_ORGANS = frozenset(_W["stating_organs"])
_OPENING_QUOTES = frozenset(['“', '"', "‘"])
_SPEAKER_PRONOUNS = frozenset(_W["first_plural"]) | {"i"}
_CLOSING_QUOTES = frozenset(['”', '"', "’", ',”', '."'])


def _failed_to(v) -> bool:
    """A bare infinitive hung on a verb of failing ("the delegations failed to reach an agreement"):
    the act was not done."""
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in _FAILING and v.head.pos_ == "VERB"


def _refused(v) -> bool:
    """A verb of refusing ("rejected", "refused", "ruled out"): what it takes as its object is not done."""
    lemma = v.lemma_.lower()
    return v.pos_ == "VERB" and (lemma in _REFUSING or any(
        ch.dep_ == "prt" and f"{lemma} {ch.lower_}" in _REFUSING for ch in v.children))


def _words_as_doer(v) -> bool:
    """Whether a verb's doer is a thing of words ("messages attacking the authorities", "the
    editorial attacked the minister"): the attack is in words, not violence."""
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    if subj is None and v.dep_ in ("acl", "relcl") and v.tag_ in ("VBG", "VBD", "VBZ", "VBP"):
        subj = v.head
        if v.dep_ == "relcl" and not any(ch.dep_ == "nsubj" and ch.tag_ in ("WP", "WDT") for ch in v.children):
            return False
    elif subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
        subj = v.head
    # (but "a military column raided two villages": a body of troops, no writer's column)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _WORD_THINGS and not any(
        ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in _W["force_words"] for ch in subj.children)


def _time_anchor(tok, v) -> bool:
    """"The worst violence since the crackdown", "since July 3, when the army ousted him": a past act
    the report names to date what it tells, background rather than news of its own (not one dated by
    its own words: "since the ouster of Gadhafi in 2011"; nor "seven years after ties were cut",
    which keys code as the act it is)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _ANCHOR_PREPS:
        return not _own_date(tok)  # ("since the ouster of Gadhafi in 2011": dated, told as a happening)
    if v is None or v.pos_ != "VERB":
        return False
    # "since 2008, when militias clashed in the streets": the clause hangs on a date, which is its
    # act's own time (a dated happening keys code), not a news item named only as a starting point
    return v.dep_ == "relcl" and v.head.dep_ == "pobj" and v.head.head.lower_ in _ANCHOR_PREPS \
        and v.head.ent_type_ != "DATE"


def _standing_since(tok) -> bool:
    """"Has been under an arms embargo since 1992", "the embargo, in place since 1989": a measure told
    as it has stood since a time, a state of affairs, not its imposing ("imposed an arms embargo in 1992")."""
    holders = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        holders.append(tok.head.head)  # ("has been under an embargo since 1992": "since" on the verb)
    return any(ch.dep_ == "prep" and ch.lower_ == "since" for h in holders for ch in h.children)


def _on_condition(v) -> bool:
    """"If the results are not annulled, they will urge supporters to protest": the verb's own clause
    holds a condition ("if", "unless"; not "even if"; or one told by inversion: "should the ceasefire collapse,
    the rebels would attack") that what it tells waits on."""
    return any(ch.dep_ == "advcl" and (any(g.dep_ == "mark" and g.lower_ in _CONDITIONAL for g in ch.children)
                                       and not any(g.lower_ == "even" for g in ch.children) or _inverted(ch))
               for ch in v.children)


def _inquiry_of_nothing(tok) -> bool:
    """Whether an inquiry word (``inquiring``) names nothing looked into: "an investigation is under
    way", "investigators are investigating", "awaiting the outcome of an investigation" (a step of
    procedure, no one accused); not "investigating allegations against him", "a probe into the
    murder", "the blast probe"."""
    return not any(ch.dep_ in ("dobj", "nsubjpass", "compound", "poss") or
                   ch.dep_ == "prep" and ch.lower_ in ("into", "of", "against", "over") or
                   ch.dep_ == "prep" and ch.lower_ in ("on", "in") and any(  # not "on Tuesday", "in Kano"
                       g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
                       for g in ch.children)
                   for ch in tok.children)


def _scheduled(tok, verb) -> bool:
    """"The talks are scheduled for Friday", "a protest is planned", "the talks are due to take place",
    "the opposition plans a protest on Friday", "the rally scheduled for Friday is going ahead": a noun
    act that a scheduling word (``scheduling``) in the present tense puts in the time to come (not "the talks were scheduled for April": told
    after the fact, it may have happened)."""
    if tok.head != verb or tok.i == verb.i:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        ch.dep_ in ("aux", "auxpass") and ch.lower_ in ("is", "are", "am", "'s", "'re") for ch in verb.children)
    if not present and verb.tag_ == "VBG":
        aux = {ch.lower_ for ch in verb.children if ch.dep_ == "aux"}
        present = "been" in aux and bool(aux & {"has", "have", "'s", "'ve"})  # "have been planning a rally"
    if not present:
        return False
    if any(ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in _SCHEDULING for ch in tok.children):
        return True  # "the march scheduled for Friday is going ahead": a noun act set for a time to come
    if verb.lemma_.lower() in _SCHEDULING and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return tok.dep_ == "nsubj" and any(ch.dep_ in ("acomp", "xcomp") and ch.lemma_.lower() in _SCHEDULING
                                       for ch in verb.children)


_WISHING = frozenset(_W["wishing"])
_FORECASTING = frozenset(_W["forecasting"])


def _weighed_doing(tok, noun: bool, support_verbs) -> bool:
    """An act told by a verb in -ing that a verb of deliberating (``deliberating``) takes: "is considering
    imposing a curfew" (the noun under a support verb), "weighs deploying troops" (the trigger itself): weighed,
    not done (not "considering the attack", whose noun is the deliberating verb's own object, read elsewhere)."""
    g = tok.head if noun and tok.dep_ == "dobj" else tok
    if noun and (g is tok or g.lemma_.lower() not in support_verbs):
        return False
    return g.tag_ == "VBG" and g.dep_ in ("xcomp", "dobj", "ccomp") and g.head.pos_ == "VERB" \
        and g.head.lemma_.lower() in _DELIBERATING


def _summed_toll(v, ctx, nouns, noun=None) -> bool:
    """Whether a killing verb's subject is bare plural acts of violence, summed over a month or more by a
    time in the verb's own words ("violent acts and clashes killed 300 civilians in March across the
    country"): a month's toll, no single happening (not "airstrikes killed 12 people on Monday")."""
    if ctx is None:
        return False
    times = ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx + 1, "")), [])
    if not any(te.interval.known and te.interval.precision in ("month", "year") for te in times):
        return False  # (no month nor year in the sentence: the test at the end fails whatever the subject)
    subj = _subject(v)
    if subj is None or any(ch.dep_ in ("det", "nummod", "poss") for ch in subj.children):
        return False
    heads = [subj] + [g for g in subj.subtree if g.dep_ == "conj" and g.head.i in (subj.i, *(h.i for h in subj.subtree))]
    if not any(h.tag_ == "NNS" for h in heads) or not any(h.lemma_.lower() in nouns for h in heads) \
            or noun is not None and noun not in heads:
        return False  # (a noun of the sum: one of its subjects)
    words = range(v.left_edge.idx, v.right_edge.idx + len(v.right_edge))
    return any(te.interval.known and te.interval.precision in ("month", "year") and te.span.start in words
               for te in times)


def _standing_wish(head, ctx) -> bool:
    """Whether a verb of wishing in the simple present, with no time told in its words, states a party's
    standing aim ("the rebels want to overthrow the government", "the group aims to seize the capital"):
    no act planned (not "the army aims to retake the town by Friday", nor "wanted to", a past wish)."""
    if head.lemma_.lower() not in _WISHING or head.tag_ not in ("VBZ", "VBP") \
            or any(ch.dep_ in ("aux", "auxpass") for ch in head.children):
        return False
    words = {t.idx for t in head.subtree}
    return ctx is None or not any(te.span.start in words
                                  for te in ctx.times.get(ctx.sentence_of(Span(head.idx, head.idx + 1, "")), []))


def _plotted(tok, verb) -> bool:
    """"Was preparing a coup against the government", "were planning an attack on the base", "had plotted
    a coup": an act of force a plotting verb takes as its object, told after the fact, was intended, not
    done (not "planned and carried out the attack": the simple past of planning tells who was behind a
    done act; "troops are preparing an offensive" is one to come, _scheduled)."""
    if tok.dep_ != "dobj" or tok.head.i != verb.i or verb.i == tok.i:
        return False
    lemma = verb.lemma_.lower()
    return lemma in _PLOTTING and (lemma == "plot" or verb.tag_ == "VBG" and any(
        ch.dep_ == "aux" and ch.lower_ in ("was", "were") for ch in verb.children)) and not any(
        ch.dep_ == "conj" and ch.pos_ == "VERB" for ch in verb.children)


_PLOTTING = _W["plotting"]


def _awaited(tok) -> bool:
    """"Slams US ahead of Kerry visit", "protesters gathered in advance of the talks": a noun act that
    "ahead of" (``awaiting``) puts after the time told is still to come."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _AWAITING


_AWAITING = _W["awaiting"]
_PROTEST_ANNOUNCING = _W["protest_announcing"]
_BANNING_FORMS = _W["banning_forms"]


def _protest_to_come(tok) -> bool:
    """A protest noun that a verb announces, not held: its object ("after the ruling party announced
    rival rallies", "the opposition planned a march"; ``protest_announcing``). (A noun only marked
    "planned" may be held by the report's day: "security was stepped up for Friday's planned
    demonstrations" in Friday's report, "women gathered for a planned march".)"""
    head = tok.head
    return tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _PROTEST_ANNOUNCING \
        and not any(ch.dep_ == "prt" for ch in head.children)  # (not "called off the strike")


_ONE_HAPPENING_PLURALS = _W["one_happening_plurals"]
_ROUND_NOUNS = _W["round_nouns"]
_MEASURE_SETS = _W["measure_sets"]
_TALKS_TRAVEL = _W["talks_travel"]


def _one_round_of_talks(tok, ctx) -> bool:
    """A noun whose plural names one happening (``one_happening_plurals``: "talks") told as one: what a
    round singles out ("the second round of talks took place in Torkham", ``round_nouns``; not "several
    rounds of talks"), or the subject of a past verb dated or placed in its clause ("peace talks resumed
    on Monday"; not "talks resumed after years of war", nor "talks stalled since 2019"), or the purpose of a
    past journey (``talks_travel``: "flew to Paris for talks with the president"; not "will travel for talks")."""
    if tok.lower_ not in _ONE_HAPPENING_PLURALS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ROUND_NOUNS:
        rnd = tok.head.head
        dets = {ch.lower_ for ch in rnd.children if ch.dep_ in ("det", "amod", "nummod", "quantmod")}
        return rnd.tag_ == "NN" and not dets & _AGGREGATE_DET and (
            bool(dets) or any(ch.dep_ == "poss" for ch in rnd.children))
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _TALKS_TRAVEL:
        went = tok.head.head  # "the minister flew to Moscow for talks on Tuesday": talks held on the journey's end
        return went.tag_ == "VBD" and not any(ch.dep_ == "neg" for ch in went.children)
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "be" \
            and tok.head.head.tag_ == "VBD" and not any(ch.dep_ == "neg" for ch in tok.head.head.children) \
            and any(ch.dep_ == "prep" and ch.lower_ == "in" and any(_a_place(g, ctx) for g in ch.children)
                    for ch in tok.head.head.children):
        return True  # "the premier was in Nairobi on Monday for talks with the president": there for them
    if any(ch.dep_ == "prep" and ch.lower_ in ("with", "between") for ch in tok.children) \
            and not any(_spans_period(ch) for ch in tok.children) \
            and any(ch.dep_ == "npadvmod" and ch.ent_type_ == "DATE" or ch.dep_ == "prep" and ch.lower_ == "on"
                    and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in ch.children) for ch in tok.children):
        return True  # "after talks with his counterpart on Monday": talks with a side, dated by their own words
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and _sides_named_talks(tok, verb):
        return True
    if tok.dep_ != "nsubj" or verb.tag_ != "VBD" or any(_spans_period(ch) for ch in verb.children):
        return False
    return any(g.ent_type_ == "DATE" or _a_place(g, ctx) for ch in verb.children if ch.dep_ in ("prep", "npadvmod")
               for g in ch.subtree)


def _sides_named_talks(tok, verb) -> bool:
    """Talks between named sides ("talks between the army and the rebels would start in Jeddah on
    Saturday", "negotiations between the government and the union will resume on Thursday", "talks with
    the rebels are set to begin on Monday"): one sitting, held or to be held on the day its own clause
    gives (a verb of any tense, or the verb it governs: "are set to begin on Monday"); not "talks between
    the two countries have stalled since 2019" (a period), nor talks dated by no day of their own."""
    if not any(ch.dep_ == "prep" and ch.lower_ in ("with", "between") and not _spans_period(ch)
               and any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") for g in ch.children)
               for ch in tok.children):
        return False
    if any(ch.dep_ == "neg" for ch in verb.children):
        return False
    clause = [verb] + [ch for ch in verb.children if ch.dep_ in ("xcomp", "ccomp") and ch.i > verb.i]
    clause += [ch for v in clause for ch in v.children if ch.dep_ == "advmod"]  # ("late on Saturday")
    mods = [ch for v in clause for ch in v.children if ch.dep_ in ("prep", "npadvmod")]
    mods += [ch for ch in tok.children if ch.dep_ in ("prep", "npadvmod") and ch.lower_ not in ("with", "between")]
    if any(_spans_period(ch) for ch in mods):
        return False
    return any(g.ent_type_ == "DATE" and g.lower_ != "now" for ch in mods for g in ch.subtree)


def _banned_in_headline(tok) -> bool:
    """A protest noun right after a word forbidding it in a headline the tagger read as nouns ("Pakistan
    Arrests Opposition Heads, Bans Rallies", "Nepal bans protests ahead of polls"): forbidden, not held."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].tag_ in ("JJ", "DT", "PDT") and tok.i - i < 4:
        i -= 1  # ("bans all political rallies")
    return i >= 0 and tok.doc[i].lower_ in _BANNING_FORMS


def _names_a_done_act(tok) -> bool:
    """"Will take legal action over the strikes", "will retaliate against the attack": a definite
    noun that a future act answers (``answering_preps``) names an act already there; the future is
    the answer's, not the act's."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in _ANSWERING_PREPS:
        return False
    return any(ch.dep_ == "poss" or ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those")
               for ch in tok.children)


def _announced(verb, political: bool = False) -> bool:
    """"China said it would impose sanctions on the firms", "will impose sanctions": a support verb
    in the future, or under "would" in what someone announced, carries its bare plural object as
    one act announced (planned), not a generic habit; so does one a past decision governs
    ("decided to impose sanctions": done, when the trigger class is ``enacted``)."""
    aux = {ch.lower_ for ch in verb.children if ch.dep_ == "aux"}
    return verb.tag_ == "VB" and (bool(aux & _FUTURE) or "would" in aux and verb.dep_ == "ccomp"
                                  and verb.head.lemma_.lower() in _ANNOUNCING
                                  or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECIDING
                                  and verb.head.tag_ in ("VBD", "VBN")  # "decided to impose sanctions"
                                  or political and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNING_VERBS)
    # (a political act: "plans to impose new sanctions", "is expected to adopt sanctions", "are set to hold
    # exercises": one act planned; not a wish, "want to impose sanctions", nor force yet to come, "plans to
    # carry out air strikes", which ACLED does not code)


def _subhead(sent) -> bool:
    """The line under a headline, closed by no full stop: a subheading, written as a headline is
    ("Police commissioner urges residents to stay calm": told in the present, done)."""
    doc = sent.doc
    text = span_text(sent).strip()
    if not text or text.endswith((".", "!", "?", ":", ";", ",")) or "\n" in text:
        return False
    if sum(1 for line in doc_text(doc)[:sent.start_char].split("\n") if line.strip()) != 1:
        return False  # (only the line straight under the headline)
    end = sent.end
    while end < len(doc) and doc[end - 1].is_space:
        end -= 1
    after = doc[end - 1].whitespace_ + (doc[end].text if end < len(doc) and doc[end].is_space else "")
    return end >= len(doc) or "\n" in after


def _bullet(sent) -> bool:
    """A line opened by a bullet and closed by no full stop: a summary point, in headline style
    ("* Kigali accuses Congo army of shelling villages"); the parser may make the bullet a sentence
    of its own."""
    doc = sent.doc
    text = span_text(sent).strip()  # (sliced from the report's text: most sentences end here, at their full stop)
    if not text or text.endswith(".") or "\n" in text:
        return False
    first = sent.start
    while first < sent.end and doc[first].is_space:
        first += 1
    if first < sent.end and doc[first].text in _BULLETS:
        bullet = first
    else:
        bullet = first - 1
        while bullet >= 0 and doc[bullet].is_space:
            bullet -= 1
        if bullet < 0 or doc[bullet].text not in _BULLETS:
            return False
    before = doc[bullet - 1] if bullet > 0 else None
    return before is None or before.is_space and "\n" in before.text or "\n" in before.whitespace_


_BULLETS = ("*", "\u2022")


def _accused_act(c: Mention, o: Mention) -> bool:
    """"Rwanda accused Congolese troops of shelling the border town of Gisenyi on Monday": an act of
    violence that an accusation names by its verb, dated or placed in its own words, is a happening of
    its own (the claims stage reads it as alleged), not only what the accusation says."""
    tok = c.tok
    if c.noun:
        # "blamed Boko Haram for the killing of six villagers in Konduga": the act named by a noun, placed
        # or counted in its own words
        return o.cls.plover == "ACCUSE" and c.cls.category == "conflict" and _accused_noun(tok) == o.tok \
            and (_own_anchor(tok) or _counted_victims(tok)) and _finite(o.tok)
    return o.cls.plover == "ACCUSE" and c.cls.category == "conflict" and not c.noun and tok.tag_ == "VBG" \
        and tok.dep_ == "pcomp" and _accused_of(tok) == o.tok and _own_anchor(tok) and _finite(o.tok)
    # (a finite accusation: not the bare participle of "Hutus accused of slaughtering Tutsis in 1994", a
    # description of people)


def _finite(v) -> bool:
    """A verb told as said or done: its tense, an auxiliary, or a subject of its own (the parser may tag
    "the chief blamed gunmen" VBN)."""
    return v.tag_ in ("VBD", "VBZ", "VBP") or any(ch.dep_ in ("aux", "auxpass") for ch in v.children) or \
        v.dep_ == "ROOT" and any(ch.dep_ == "nsubj" for ch in v.children)


_ACT_TOLD_NOUNS = _W["accusation_nouns"] | _W["report_nouns"]


def _act_told_of(c: Mention, o: Mention) -> bool:
    """"rejected accusations that its army shelled a village in Kordofan on Monday", "denied reports
    that its forces had shelled a market in Donetsk on Sunday": an act of violence told in full (by a
    finite verb, dated or placed in its own words) in the "that" clause of an accusation or a report
    that a statement rejects or makes is a happening of its own (the claims stage reads its stance),
    not only what the statement says."""
    tok = c.tok
    if c.noun or c.cls.category != "conflict" or tok.tag_ not in ("VBD", "VBN") or tok.dep_ not in ("acl", "ccomp"):
        return False
    if tok.tag_ == "VBN" and not any(ch.dep_ == "aux" and ch.lower_ in ("had", "has", "have") or
                                     ch.dep_ == "auxpass" and ch.lower_ in ("was", "were") for ch in tok.children):
        return False  # (a past told: "had shelled", "five soldiers were killed"; not "would be shelled")
    noun = tok.head
    return noun.lemma_.lower() in _ACT_TOLD_NOUNS and (noun == o.tok or noun.head == o.tok) \
        and any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.children) and _own_anchor(tok)


def _supplied_with(v, things) -> bool:
    """What a verb of giving gives, named after "with" or (misparsed) "to" or "over": "supplied the army
    with armoured vehicles", "handed over to Chad two reconnaissance aircraft", "handed over [some
    medical equipment]"."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("with", "to", "over") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in things for g in ch.children) for ch in v.children)


def _briefing_held(tok, hearers) -> bool:
    """A briefing noun that tells a meeting: the object of a verb of holding or receiving one
    ("received operational briefings from the commanders"), not a press one ("gave a news briefing":
    a compound of the press) nor a venue ("told a briefing", "at a briefing")."""
    if any(ch.dep_ == "compound" and ch.lemma_.lower() in hearers | {"news"} for ch in tok.children):
        return False
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BRIEFING_VERBS


def _object_of_kind(c: Mention, political: list[Mention]) -> bool:
    """Whether noun ``c`` is the object of a political verb of its own PLOVER type ("signed a ceasefire
    agreement in Doha on Monday", "agreed to a truce in Bangui"): the verb's act is the object's, dated
    and placed or not."""
    tok = c.tok
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    else:
        return False
    return any(o is not c and not o.noun and o.tok == verb and o.cls.plover == c.cls.plover for o in political)


def _asked_for(c: Mention, political: list[Mention], published=None) -> bool:
    """Whether noun ``c`` is what a request's verb asks for, by "for" or "to" hung on the verb itself
    ("called for a march in Nairobi on Friday", "called on its supporters to march in Nairobi", where
    the parser reads "march" as a noun): wanted, not done, placed and dated or not."""
    tok = c.tok
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "to") or tok.head.dep_ != "prep":
        return False
    if published is not None and any(_a_year(ch) and int(ch.text) < published.year
                                     for ch in tok.subtree if ch.i < tok.i):
        return False  # "demanded justice for the 2010 killing of 14 protesters": a past act, not one wanted
    verb = tok.head.head
    return any(o is not c and not o.noun and o.tok == verb and o.cls.plover == "REQUEST" for o in political)


def _drop_contents(cands: list[Mention], dropped: tuple = (), published=None) -> list[Mention]:
    """What a statement is about is not a second event: "demanded the release", "condemned the crackdown".
    ``dropped``: the mentions of the sentence that tell no happening themselves; of those, a request, a
    threat or a rule against an act (word class forbidding_nouns) names an act wanted, threatened or
    forbidden, no happening either ("the draft includes the abolition of the death penalty and prohibition
    of extraditing citizens": a bare "prohibition", no event, and its extraditing is none); but what a
    dropped inquiry or statement is about may still have happened ("police are investigating an ambush")."""
    political = [c for c in cands if c.cls.category == "political"] + [
        c for c in dropped if c.cls.category == "political" and (
            c.cls.plover in ("REQUEST", "THREATEN") or c.tok.lemma_.lower() in _FORBIDDING_NOUNS)]
    out = []
    for c in cands:
        inside = False
        if c.noun and (_own_date(c.tok) or (not c.definite and _own_anchor(c.tok))) and not _object_of_kind(c, political) \
                and not _asked_for(c, political, published):
            # "an investigation into the 2011 murder", "blamed them for a car bomb at a base in Bogota":
            # the murder, the bombing, are events of their own
            out.append(c)
            continue
        for o in political:
            if o is c:
                continue
            if _accused_act(c, o) or _act_told_of(c, o):
                continue  # "accused Congolese troops of shelling Gisenyi on Monday": an act of its own, alleged
            if o.cls.plover == "ACCUSE" and not o.noun and o.tok.lemma_.lower() in _BLAME_TELLING:
                continue  # "said al-Shabaab was behind the bombing in Mandera": the act said, read as it was
            if o.cls.plover == "REJECT" and not o.noun and c.cls.category == "conflict" and o.tok.lemma_.lower() in _DENYING \
                    and _denied_clause(c.tok, o.tok):
                continue  # "denied that its soldiers had fired on the crowd", "denied carrying out the attack": the act
                # denied, a happening of its own (the claims stage reads the denial)
            if o.cls.plover == "REJECT" and c.noun and c.cls.plover == "ACCUSE" and c.tok.head.i == o.tok.i \
                    and _laid_by_named(c.tok, None):
                continue  # "denied allegations by the Arakan Army that it killed 76 villagers": the charge denied
                # is the accuser's own act (ACCUSE), as the denial is the accused's (REJECT)
            h = c.tok
            for _ in range(3):
                if h.head.i == h.i or h.dep_ not in _CONTENT_DEPS:
                    break
                h = h.head
                if o.cls.plover == "THREATEN" and h.dep_ == "prep" and h.lower_ in _THREAT_ANSWER_PREPS:
                    break  # "vowed revenge for the killing of their commander": the act answered happened
                if h == o.tok or (o.noun and h == o.verb and h.lemma_.lower() in _SUPPORT_OF_CONTENT):
                    inside = True
                    break
            if inside:
                if c.cls.category == "conflict" and c.cls.plover == o.cls.plover:
                    o.cls = c.cls  # "signed a ceasefire agreement": the agreement says what was signed
                o.extra.append(c)
                break
        if not inside:
            out.append(c)
    return out


def _acts_accused(cands: list[Mention], kept: list[Mention]) -> list[Mention]:
    """``kept`` with the acts an accusation names as what it is about, marked ``named_only``: "condemned the
    killing of two protesters by police in Nairobi", "held al-Shabaab responsible for the bombing at the
    market", "said the M23 were responsible for the shelling of Sake". Such an act happened (a condemnation
    presumes it), and is an event when the report tells none of its kind otherwise (events/__init__.py
    reads them last). Only a single act named by its own victim, target, place or doer: not "condemned
    the attack", "condemned the killings", "condemned the violence in the region"."""
    accusing = [o for o in cands if o.cls.plover == "ACCUSE" and o.cls.category == "political" or
                o.cls.plover == "REJECT" and not o.noun and _disowns_a_part(o.tok)]
    if not accusing:
        return kept
    out = list(kept)
    for c in cands:
        if not c.noun or c.cls.category != "conflict" or c.plural or not c.definite or not _act_named_by_own(c.tok):
            continue
        under = None
        h = c.tok
        for _ in range(6):
            if h.head.i == h.i:
                break
            h = h.head
            under = next((o for o in accusing if o.tok.i == h.i), None)
            if under is not None:
                break
        if under is None:
            continue
        c.named_only = True
        if c not in kept:
            c.named_inside = True
            out.append(c)
    return sorted(out, key=lambda m: m.tok.i) if len(out) != len(kept) else out


def _disowns_a_part(verb) -> bool:
    """A denial of a part in an act ("denied any role in the drone attack", "denied involvement in the
    bombing"): the act it names happened; only who did it is disputed."""
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in _DISOWNED_PARTS for ch in verb.children)


_DISOWNED_PARTS = frozenset(_W["disowned_parts"]) | frozenset(_W["owned_things"])  # (and "denied responsibility for")


def _act_named_by_own(tok) -> bool:
    """A noun of an act that names its own victim, target, place or doer ("the killing of two protesters",
    "the bombing at the Mogadishu market", "the shelling of Sake", "the murder of a priest by gunmen"),
    not one that names nothing of its own ("the attack", "the cowardly act") nor the state of a place
    ("the violence in the region": a word of a state, not of an act)."""
    if tok.lemma_.lower() in _STATE_OF_VIOLENCE:
        return False
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in _ACT_OWN_PREPS and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in ch.children):
            return True
        if ch.dep_ == "agent":
            return True
    return False


_ACT_OWN_PREPS = frozenset(_W["act_own_preps"])
_FORCE_VERB_CLASSES = frozenset(_W["force_verb_classes"])
_STATE_OF_VIOLENCE = frozenset(_W["state_of_violence"])


def _folded_by(c: Mention, out: list[Mention], part_of) -> bool:
    """Fold ``c`` into the mention of ``out`` it is a part of (``part_of(c, o)``), or let it tell in that
    mention's place the one that is a part of it (``part_of(o, c)``); whether either was done."""
    host = next((o for o in out if part_of(c, o)), None)
    if host is not None:
        host.extra.append(c)
        return True
    told = next((o for o in out if part_of(o, c)), None)
    if told is not None:
        _tells_instead(out, told, c)
        return True
    return False


def _property_destruction(cls) -> bool:
    """Whether a trigger class tells property looted or destroyed (its ACLED sub-type in triggers.yaml:
    `looting`'s "torched", `burning`'s "burned five houses"), a part of an attack told with it."""
    return cls.acled_subtype == "Looting/property destruction"


def _tells_instead(out: list[Mention], told: Mention, c: Mention) -> None:
    """``c`` takes ``told``'s place in ``out``, with ``told`` and what it held folded into it."""
    out[out.index(told)] = c
    c.extra.extend([told, *told.extra])
    told.extra = []


def _deed_of_the_arrested(part: Mention, whole: Mention) -> bool:
    """Whether ``part`` is a protest told in a relative clause on the people ``whole``, an arrest,
    holds ("police arrested twelve farmers who had blocked a bridge", "ten students who marched on the
    ministry were detained"): what the arrested did, the arrest's reason, told in its clause."""
    v = part.tok
    return part.cls.plover == "PROTEST" and whole.cls.name == "arrest" and not whole.noun and not part.noun \
        and v.dep_ == "relcl" and v.head.dep_ in ("dobj", "nsubjpass") and v.head.head.i == whole.tok.i \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in v.subtree)  # (one with a day of its own is
    # its own protest: "arrested strikers who had occupied the square on Sunday")


def _fold_within_sentence(cands: list[Mention], scenes: frozenset = frozenset()) -> list[Mention]:
    """One happening told by several trigger words ("arrived for a visit", "attacked, killing 10").
    ``scenes``: the nouns of a gathering a violent act can be told as done at (word class crowd_scenes)."""
    out: list[Mention] = []
    # (a quick gate, a search of the sentence's text: only a sentence with "while" or "whereas" has a
    # clause set against another)
    contrasted = _contrast_clauses(cands) if len(cands) > 1 and _CONTRAST_TEXT.search(span_text(token_sentence(cands[0].tok))) else {}
    apart = {id(c) for c in cands if _span_apart(c, cands)} if len(cands) > 1 else set()
    for c in cands:
        if _counted_back(c) or id(c) in apart:
            out.append(c)  # "a vigil on the 20th anniversary of the massacre": an act of another time,
            continue  # neither part of the remembering nor the host of its acts
        host = next((o for o in cands if o is not c and o.cls.name in c.cls.part_of and _inside(c.tok, o.tok)), None)
        if host is not None:  # "gathered in the square demanding his release": the protest's demand
            host.extra.append(c)
            continue
        # "demonstrators shot dead in protests": the protest is where the shooting was; "at a rally in the
        # capital, police killed two": the killing tells the gathering's happening
        if _folded_by(c, out, lambda part, whole: _scene_of(part, whole, scenes)):
            continue
        if _folded_by(c, out, _deployed_to_strike):  # "troops were deployed and opened fire": the firing
            continue
        if _folded_by(c, out, _deed_of_the_arrested):  # "police arrested twelve farmers who had blocked a
            continue  # bridge": why they were held, told with the arrest, not a protest of its own
        told = next((o for o in out if _crackdown_told_by(o, c)), None)
        if told is not None:
            # "a deadly crackdown on protesters when troops opened fire, killing six": the firing is
            # the crackdown told in full, and types it
            _tells_instead(out, told, c)
            continue
        looted = next((o for o in out if _property_destruction(o.cls) and c.cls.plover == "ASSAULT" and c.cls.category == "conflict"), None)
        if looted is not None:
            # "the women, whose houses were ransacked before they were taken away": the looting told
            # first is the attack's or the abduction's own, as after it
            _tells_instead(out, looted, c)
            continue
        # ("… and three were shot dead later in a second attack": the attack is the clause set apart's own)
        within = [o for o in out if o.set_apart and o.cls.plover == c.cls.plover and _in_own_clause(c, o)]
        # (an act's own relative clause tells that act first: "the assassination of a commander and the
        # attack in Kerman, which killed 100": the attack's dead)
        for o in sorted(within or [o for o in out if not _counted_back(o) and id(o) not in apart],
                        key=lambda o: not (c.tok.dep_ == "relcl" and c.tok.head.i == o.tok.i)):
            same = o.cls.plover == c.cls.plover and (o.cls.category == c.cls.category)
            if o.cls.plover == "ASSAULT" and _property_destruction(c.cls):
                host = o  # "attacked the village and torched homes": one attack
                break
            if o.cls.name == "riot" and c.cls.plover == "ASSAULT" and _linked(o.tok, c.tok):
                host = o  # "rampaged through the village, killing 80": one rampage
                break
            if not same:
                continue
            if _separate_clauses(o, c):
                if contrasted and o.cls.plover == c.cls.plover == "ASSAULT" \
                        and (contrasted.get(id(o)) is None) != (contrasted.get(id(c)) is None):
                    # "two were shot dead in one village, while another was killed in the next": two acts
                    # of a round-up, each clause's dead its own, not added up for both
                    c.set_apart = True
                elif o.cls.plover == c.cls.plover == "ASSAULT" and _another_clause(c, o) is not None:
                    c.set_apart = True  # "12 were killed and three were shot dead later in a second attack"
                continue
            if contrasted and _bomb_beside_battle(o, c, cands, contrasted):
                c.set_apart = True
                continue
            shared = o.verb is not None and c.verb is not None and c.verb.dep_ == "conj" and c.verb.head == o.verb
            if (shared and not (o.noun and c.noun) or not o.noun and not c.noun and o.cls.category == "political") \
                    and o.tok.lemma_ != c.tok.lemma_ and o.cls.plover not in ("ASSAULT", "PROTEST") \
                    and not (shared and _one_saying(o, c)):
                continue  # "suspended all trade, closed its airspace": one doer, several acts (but a
                # crowd that "stormed and looted" a clinic rioted once; one speaker who "accused the leaders of
                # violence and blamed them for the attacks" said it once)
            if _linked(o.tok, c.tok) or o.cls.plover == "ASSAULT" or shared or _elaborates(o, c) or _elaborates(c, o):
                host = o
                break
        if host is None:
            out.append(c)
        elif host.cls.name == "shooting" and c.cls.plover == host.cls.plover or _singled_out_by(host, c):
            # "was shot and killed by two men": the other trigger tells the act, its shots a part of it;
            # "In the deadliest attack, gunmen shot dead three police at a checkpoint": the verb tells the
            # act, with its place and parties, the noun only singles it out among a round-up's acts
            out[out.index(host)] = c
            c.extra.extend([host, *host.extra])
            host.extra = []
            if c.cls.generic and not host.cls.weapon_typed:
                c.cls = host.cls  # ("in the deadliest bombing, …": the noun's kind is the more specific)
        else:
            if not host.set_apart and _told_as_another(c, _BESIDE) and not _told_as_another(host, _BESIDE) \
                    and _when_clause_of(host.verb or host.tok, c.verb or c.tok):
                host.set_apart = True  # "two men were killed when a second drone hit a car": the act, another
            # the more specific trigger types the event ("suicide bombing" over "attack")
            if host.cls.generic and not c.cls.weapon_typed \
                    and c.cls.plover == host.cls.plover:  # not "raided …, plundering shops": still the attack
                host.cls = c.cls
            host.extra.append(c)
    return _raids_of_arrests(out)


_SAYING_PLOVERS = frozenset(("ACCUSE", "REQUEST", "REJECT", "THREATEN"))  # (acts done by saying)


def _one_saying(o: Mention, c: Mention) -> bool:
    """Whether two verbs of saying of one kind, the second joined by "and" to the first with no subject of
    its own, tell one statement ("accused the protest leaders of violence and blamed them for the attacks",
    "called the bombing cowardly and condemned its perpetrators"): not when each names a party of its own
    ("accused Ruritania of arming rebels and blamed Westland for the blockade", "warned the rebels and
    threatened Borduria with sanctions": the second names a party the first did not, two acts)."""
    if o.cls.plover != c.cls.plover or o.cls.plover not in _SAYING_PLOVERS or o.verb is None or c.verb is None:
        return False
    if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in c.verb.children):
        return False

    def named(v):
        return {t.lemma_.lower() for ch in v.children if ch.dep_ in ("dobj", "dative")
                for t in ch.subtree if t.pos_ == "PROPN"}
    return not named(c.verb) - named(o.verb)


def _left_land(tok, placed: frozenset = frozenset()) -> bool:
    """Whether what a verb of leaving has as its object is a land or a town named ("left Mali", "left the
    country"): a withdrawal from it."""
    return any(ch.dep_ == "dobj" and (ch.ent_type_ in ("GPE", "LOC") or ch.i in placed or ch.lemma_.lower() in _LANDS)
               for ch in tok.children)


_LANDS = _W["whole_lands"]


def _counted_back(c: Mention) -> bool:
    """A noun of an act the report dates by the years an anniversary counts ("the 20th anniversary of
    the massacre", "three years since the coup"): a background act, apart from the news it is told in."""
    return c.noun and years_remembered(c.tok) is not None


def _span_apart(c: Mention, cands: list[Mention]) -> bool:
    """Whether an act hangs on "after" or "before" measured by a span of time, told beside another
    act of its sentence ("the killings came days after IS fighters killed ten farmers", "gunmen
    killed seven, two weeks after an attack by IS"): an act of another time, apart from the news it
    is told in. (Not when only a saying governs it: "A week after four soldiers were killed …, police
    said …" tells that act.)"""
    tok = c.tok
    if tok.dep_ == "advcl":
        measure = tok if any(m.dep_ == "mark" and m.lower_ in _SPAN_MARKS for m in tok.children) else None
        gov = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in _SPAN_MARKS:
        measure, gov = tok.head, tok.head.head
    else:
        return False
    if measure is None or not any(m.dep_ == "npadvmod" and m.ent_type_ in ("DATE", "TIME") for m in measure.children):
        return False
    return any(o is not c and (o.tok.i == gov.i or o.tok.head.i == gov.i and o.tok.dep_ in ("nsubj", "nsubjpass"))
               for o in cands)


_SPAN_MARKS = ("after", "before")


_CONTRASTING = frozenset(_W["contrasting_marks"])
_CONTRAST_TEXT = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_CONTRASTING))) + r")\b", re.I)


def _contrast_clauses(cands: list[Mention]) -> dict:
    """The "while" or "whereas" clause (its verb's index) each mention sits in, by the mention's id (None
    when it sits in none): "a bomb killed four police, while 25 militants were killed in a clash"."""
    out = {}
    for c in cands:
        t = c.tok
        while t.head.i != t.i and not (t.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _CONTRASTING for m in t.children)):
            t = t.head
        out[id(c)] = t.i if t.dep_ == "advcl" else None
    return out


def _bomb_beside_battle(a: Mention, b: Mention, cands: list[Mention], contrasted: dict) -> bool:
    """Whether two violent mentions sit one in a "while" clause and one outside it, and the two clauses
    tell acts of kinds that differ: a blast on one side, a battle (a clash, fighting) on the other ("a
    roadside bomb killed four police on Sunday, while 25 militants were killed in a clash in the south"):
    two acts of a round-up, each with its own dead (ACLED codes each). Not a gunfight told beside its
    own shots, nor "five militants were killed, while two soldiers died" (one side names no kind)."""
    if a.cls.plover != "ASSAULT" or b.cls.plover != "ASSAULT":
        return False
    wa, wb = contrasted.get(id(a)), contrasted.get(id(b))
    if wa == wb or wa is not None and wb is not None:
        return False
    inner = a.tok.doc[wa if wa is not None else wb]
    inside = [m for m in cands if contrasted.get(id(m)) == inner.i]
    outside = [m for m in cands if contrasted.get(id(m)) is None and not inner.left_edge.i <= m.tok.i <= inner.right_edge.i]

    def kinds(ms) -> tuple[bool, bool]:
        return (any(m.cls.acled_type == "Explosions/Remote violence" for m in ms),
                any(m.cls.name == "clash" for m in ms))

    (bomb_in, battle_in), (bomb_out, battle_out) = kinds(inside), kinds(outside)
    return bomb_in and not bomb_out and battle_out and not battle_in \
        or bomb_out and not bomb_in and battle_in and not battle_out


def _set_clauses_apart(folded: list[Mention], sent, ctx: ReportContext) -> None:
    """A sentence whose "while" clause tells another act than the clause it is set against (see
    _bomb_beside_battle): each side's words are another event's to the other side's mention, as an
    event noun's are (ctx.other_triggers), so neither takes the other's dead or place. (Keys below zero:
    no token's index, so no rule that asks whether a word is an event noun sees them.)"""
    doc = sent.doc
    clauses = {v for v in _contrast_clauses(folded).values() if v is not None}
    clauses |= {i for c in folded if c.set_apart for o in folded if o is not c
                for i in (_another_clause(c, o),) if i is not None}
    for i in clauses:
        inner = {t.i for t in doc[i].subtree}
        ctx.other_triggers[-1 - i] = inner
        ctx.other_triggers[-1 - len(doc) - i] = {t.i for t in sent} - inner


def _in_own_clause(c: Mention, o: Mention) -> bool:
    """Whether the trigger of ``c`` sits inside the clause of ``o``'s verb (not that verb itself)."""
    v = o.verb or o.tok
    return c.tok.i != v.i and v.left_edge.i <= c.tok.i <= v.right_edge.i


def _another_clause(c: Mention, o: Mention) -> int | None:
    """The verb (its index) of the clause of ``c`` joined by "and" to the clause of ``o`` told before it,
    when that clause tells its act as another ("12 herders were killed on the spot and three were shot
    dead later in a second attack"): each clause's dead are its own act's; None otherwise."""
    v, w = c.verb or c.tok, o.verb or o.tok
    if v.dep_ != "conj" or v.head != w or v.pos_ != "VERB" or not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children):
        return None
    inner = {t.i for t in v.subtree}
    return v.i if _marked_apart(v) and not _marked_apart(w, inner) else None


def _singled_out_by(noun: Mention, verb: Mention) -> bool:
    """Whether a definite noun with a superlative, brought by a preposition ("In the deadliest attack,
    …", "in the worst incident"), frames a verb of its kind that tells the act in full: the noun
    names which of a round-up's acts the clause tells, not an act told elsewhere."""
    return noun.noun and not verb.noun and noun.cls.plover == verb.cls.plover and noun.tok.dep_ == "pobj" \
        and _singling_superlative(noun.tok) and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.tok.children)


def _raids_of_arrests(out: list[Mention]) -> list[Mention]:
    """A raid or a forces' search told with the arrests it made or the arms it seized, and no fight or
    killing in its sentence ("police raided a hideout in Kuje and arrested 15 suspects", "arrested five
    in a raid on a kidnappers' den", "troops raided a camp and recovered rifles", "conducted a search
    operation and seized two pistols"): one arrest, or one seizure of arms where no one was arrested, as
    ACLED codes it (word classes arresting_raids, searching_operations), not an armed clash beside it."""
    takings = [m for m in out if m.cls.name in ("arrest", "seizure")]
    if not takings:
        return out
    violent = [m for m in out if m.cls.plover == "ASSAULT"]
    raids = [m for m in violent if _raid_or_search(m)
             and not any(x.cls.plover == "ASSAULT" and x.cls.name != "attack" for x in m.extra)]
    if not raids or len(raids) != len(violent):
        return out
    for r in raids:
        made = [a for a in takings if (_conjoined(a, r) or _made_in(a, r)) and not _own_days_differ(a, r)]
        a = next((a for a in made if a.cls.name == "arrest"), made[0] if made else None)
        if a is not None:
            out.remove(r)
            a.extra.extend([r, *r.extra])
            r.extra = []
    return out


def _seizes_arms(tok) -> bool:
    """Whether a seizure's trigger takes arms (word class seized): its object, or passive subject, is
    arms ("seized three pistols"), arms by their modifier ("recovered improvised explosive devices", "AK-47
    rifles"), or an amount of arms ("a large quantity of arms", "300 rounds of ammunition": word class
    seized_lots). A noun's own words are read whole ("the seizure of weapons")."""
    if _object_matches(tok, _SEIZED):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    heads = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    heads += [g for o in heads for g in o.children if g.dep_ in ("conj", "appos")]
    for h in heads:
        if any(ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in _SEIZED for ch in h.children):
            return True
        if h.lemma_.lower() in _SEIZED_LOTS and any(
                g.lemma_.lower() in _SEIZED for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.subtree if g.dep_ in ("pobj", "conj")):
            return True
    return False


def _hurled_against(verb) -> bool:
    """Whether a verb that may tell harsh words ("slammed the decision") throws a thing or a body against
    a surface ("slammed him on the ground", "slammed into a wall": word class hurled_against)."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("on", "onto", "into", "against", "to") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _HURLED_AGAINST for g in ch.children) for ch in verb.children)


def _raid_or_search(m: Mention) -> bool:
    """Whether a violent mention is a raid ("raided", "stormed", "swooped") or a forces' search or
    security operation ("a cordon and search operation"), which needs no fight."""
    lemma = m.tok.lemma_.lower()
    return m.cls.name == "attack" and lemma in _ARRESTING_RAIDS or m.cls.name == "clash" and m.noun and lemma in _SEARCHING_OPS


def _made_in(arrest: Mention, raid: Mention) -> bool:
    """Whether the arrests are said to be made in or during the raid ("arrested five in a raid on a
    camp"), not in connection with another ("arrested two in connection with a raid on a bank"). The
    phrase may hang on a noun of the clause, as the parser often puts it ("seized arms from a hideout
    during a search operation"): it is the verb's still, with no other verb between."""
    tok, verb = raid.tok, arrest.verb or arrest.tok
    if not (raid.noun and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")):
        return False
    h = tok.head.head
    while h != verb and h.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADP") and h.head != h \
            and h.dep_ in ("pobj", "prep", "dobj", "nsubjpass", "conj", "appos"):
        h = h.head
    return h == verb


def _conjoined(a: Mention, b: Mention) -> bool:
    """Whether two mentions' verbs are joined by "and" ("raided the house and arrested three")."""
    va, vb = a.verb or a.tok, b.verb or b.tok
    return va.dep_ == "conj" and va.head == vb or vb.dep_ == "conj" and vb.head == va


_ARRESTING_RAIDS = _W["arresting_raids"]
_SEARCHING_OPS = frozenset(_W["searching_operations"])


def _of_thing(tok) -> bool:
    """Whether a trigger noun says with "of" what it is done to, and that is no one named or
    nationality ("the release of cables", not "the release of an American" nor "of Ahmed Ali")."""
    ofs = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    return bool(ofs) and not any(g.ent_type_ in ("PERSON", "NORP") for g in ofs)


def _scene_of(scene: Mention, act: Mention, scenes: frozenset) -> bool:
    """Whether ``scene``, a gathering's noun, is only where the violent verb or the verb of arresting
    ``act`` of its sentence was done ("shot dead in anti-coup protests", "killed at a rally", "arrested
    twelve protesters at a rally"): ACLED codes the two as one event (the force met by the crowd, the
    protest with intervention), not a protest and an attack or arrests."""
    if scene.cls.plover != "PROTEST" or act.cls.plover != "ASSAULT" and act.cls.name != "arrest":
        return False
    tok = scene.tok
    if scene.noun and tok.dep_ == "pobj" and tok.head.lower_ in _DONE_ON and tok.lemma_.lower() in scenes \
            and act.cls.plover == "ASSAULT" and tok.head.head.i in (act.tok.i, *(x.tok.i for x in act.extra)):
        # "wounded in the attack on the all-women demonstration", "an assault on a rally": the gathering
        # is what the force was done to (ACLED: one event, the force the crowd met)
        return True
    if act.noun:
        return False
    if not scene.noun:
        # "once the workers gathered around, he detonated the vehicle": the crowd's coming together,
        # a clause of time hung on the violent verb, is where and when it was done
        return scene.cls.name == "gather" and tok.dep_ == "advcl" and tok.head == act.tok \
            and any(ch.dep_ == "mark" and ch.lower_ in _GATHERED_WHEN for ch in tok.children)
    if tok.lemma_.lower() not in scenes or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "during", "amid"):
        return False
    v = tok.head.head
    return v == act.tok or v.dep_ == "conj" and v.head == act.tok or act.tok.dep_ == "conj" and act.tok.head == v


_GATHERED_WHEN = _W["gathered_when"]
_DONE_ON = ("on", "against", "upon")


def _dated_in_clause(tok, ctx: ReportContext | None) -> bool:
    """Whether the clause of a noun (its own words, or the verb it is the subject or object of) holds a
    known date ("similar demonstrations were held on Saturday"; not "similar attacks in the past")."""
    if ctx is None:
        return False
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
    words = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
    return any(te.interval.known and te.span.start in words for te in ctx.times.get(ctx.sentence_of(Span(tok.idx, tok.idx + 1, "")), []))


def _deployed_to_strike(move: Mention, act: Mention) -> bool:
    """Whether ``move``, forces sent or deployed, and ``act``, a violent verb, are two verbs of one
    clause's doers joined by "and" ("the troops were deployed in the area and opened fire"): the
    violence is the happening, the deployment the way to it (ACLED codes the one event)."""
    if move.noun or act.noun or move.cls.plover != "MOBILIZE" or act.cls.plover != "ASSAULT":
        return False
    a, b = move.tok, act.tok
    return b.dep_ == "conj" and b.head == a or a.dep_ == "conj" and a.head == b


def _crackdown_told_by(o: Mention, c: Mention) -> bool:
    """Whether ``c``, a violent act, tells over the crackdown noun ``o`` of its sentence, in its own
    clause or a "when" clause hung on it ("a deadly crackdown on protesters when troops opened fire")."""
    return o.noun and o.cls.plover == "COERCE" and o.tok.lemma_.lower() in _CAMPAIGNS and not c.noun \
        and c.cls.plover in ("ASSAULT", "PROTEST") and (_linked(o.tok, c.tok) or (
            c.tok.dep_ == "advcl" and c.tok.head in (o.tok, o.tok.head)
            and any(ch.lower_ == "when" and ch.dep_ in ("advmod", "mark") for ch in c.tok.children)))


def _bare_particle(tok, rest: tuple[str, ...]) -> bool:
    """Whether a phrasal verb whose particle takes no object (``bare_particles``: "give in", "back
    down") has it beside the verb and bare: "the government gave in to their demands", not "the
    figure given in early results" ("in" there brings its own object) nor "given the logic seen in
    recent weeks" (another verb's)."""
    return any(ch.lower_ == rest[-1] and ch.dep_ in ("prt", "prep", "advmod") and ch.i > tok.i
               and not any(g.dep_ == "pobj" for g in ch.children) for ch in tok.children)


def _describes(v) -> bool:
    """Whether participle ``v`` describes the people or body before it rather than telling an act:
    "families seeking safety", "a movement opposed to X and seeking Y" (joined to such a
    participle), "beat protesters demanding his exit" (hung on the verb by the parse, but right
    after its object, with no comma: the protesters' demand); not a measure's ("a law requiring …")."""
    if v.dep_ == "conj" and v.head.dep_ == "acl" and v.head.tag_ in ("VBG", "VBN"):
        v = v.head
    if v.dep_ == "acl":
        return v.head.lemma_.lower() not in _MEASURE_NOUNS
    before = v.doc[v.i - 1] if v.i > 0 else None
    return v.dep_ == "advcl" and before is not None and before.dep_ == "dobj" and before.head == v.head \
        and before.lemma_.lower() in _PEOPLE and before.tag_ in ("NNS", "NNPS")


def _elaborates(act: Mention, part: Mention) -> bool:
    """Whether ``part``, a participle hung on the verb whose object is the noun act ``act``, tells
    that act over: "announced the expulsion of a staffer, declaring him persona non grata", "imposed
    sanctions on the firms, freezing their assets"."""
    return act.noun and not part.noun and part.tok.tag_ == "VBG" and part.tok.dep_ == "advcl" \
        and act.tok.dep_ in ("dobj", "nsubjpass") and part.tok.head == act.tok.head


def _moved_to(tok) -> bool:
    """"The injured were taken to the hospital in Aktau": carried somewhere, no place taken (the
    place is where they went; a place taken is the verb's object: "took Kabul")."""
    return any(ch.dep_ == "prep" and ch.lower_ in ("to", "into") for ch in tok.children) and not any(
        ch.dep_ in ("dobj", "nsubjpass") and (ch.ent_type_ in ("GPE", "LOC", "FAC") or ch.lemma_.lower() in _PLACE_NOUNS)
        for ch in tok.children)


def _blamed_party_of(v):
    """The party an accusation lays an -ing act on ("accused the US of striking a port", "blamed the
    militia for burning the homes": the US, the militia), or None when ``v`` is no such act."""
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ not in ("of", "for"):
        return None
    verb = v.head.head
    if v.head.dep_ != "prep":
        return None
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in _LAYING_BLAME:
        return verb  # ("accused the group of killing": the parser may hang "of" on the party accused)
    if verb.lemma_.lower() not in _LAYING_BLAME:
        return None
    return next((ch for ch in verb.children if ch.dep_ == "dobj"), None)


def _accused_of_a_habit(v) -> bool:
    """An -ing act an accusation lays on a party as a habit or over years ("accused the group of killing
    civilians for years", "accuse the police of routinely beating detainees"): a practice, no one act."""
    if _blamed_party_of(v) is None:
        return False
    return any(ch.dep_ == "advmod" and ch.lower_ in _HABITUAL for ch in v.children) or _over_past_span(v)


def _one_counted_act(v) -> bool:
    """Whether an -ing act names how many it was done to ("denied killing 15 villagers", "accused the
    police of beating 30 students"): one act, not a practice ("denied targeting civilians"). (Not an
    -ing clause the parser hung on the verb of blame itself, "accused Russia of striking a station,
    killing 12 people": its doer would be read as the accuser.)"""
    return any(ch.dep_ in ("dobj", "nsubjpass") and any(n.dep_ == "nummod" and n.like_num for n in ch.children)
               for ch in v.children)


def _inside(tok, host) -> bool:
    """True when ``tok`` sits in ``host``'s clause: ``host`` governs it with no other clause's verb
    between ("marched through the city, demanding jobs"; "protesters who demanded jobs marched")."""
    h = tok
    for _ in range(4):
        if h.head.i == h.i:
            return False
        h = h.head
        if h == host:
            return True
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("advcl", "xcomp", "acl", "relcl", "pcomp", "prep", "conj"):
            return False
    return False


def _linked(a, b) -> bool:
    """True when b sits in a's clause (or a in b's) without another verb between."""
    for x, y in ((a, b), (b, a)):
        h = y
        for _ in range(4):
            if h.head.i == h.i:
                break
            h = h.head
            if h == x:
                return True
            if h.pos_ == "VERB" and h != x and h.dep_ not in ("advcl", "xcomp", "acl", "relcl", "pcomp", "prep"):
                break
    return False


def _separate_clauses(a: Mention, b: Mention) -> bool:
    if _own_days_differ(a, b):
        return True  # "the murder of a chief on Sunday and the killing of five on Monday": two days, two acts
    if any(_act_days_apart(x) for x in (a, b)):
        return True  # "struck on Sunday, one day after a car bombing in the capital": two days, two acts
    if any(_dated_where_clause(x, y) for x, y in ((a, b), (b, a))):
        return True  # "troops were targeted in Mohmand, where a suicide bombing killed 43 last week"
    if _answered(a) != _answered(b) and not any(x.tok.left_edge.i <= y.tok.i <= x.tok.right_edge.i
                                                for x, y in ((a, b), (b, a)) if _answered(x)):
        return True  # "the army responded to the attack by carrying out airstrikes": the attack answered
        # (told before) and the answer, two acts, whether or not one verb carries both ("the strikes were
        # carried out in response to the killing of a general"; but "in response to an attack that killed
        # 27": its own toll)
    va, vb = a.verb or a.tok, b.verb or b.tok
    if va == vb:
        return False
    # two main verbs joined by "and" with their own subjects are two events
    subj_a = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in va.children)
    subj_b = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in vb.children)
    if days_apart(a) or days_apart(b):
        return True  # "killed one on Friday, a day after police killed eleven": told as days apart
    if _told_as_another(b, _BESIDE) and not _told_as_another(a, _BESIDE) and not _when_clause_of(va, vb):
        return True  # "killed four in one attack … and in another attack two were killed": two attacks (not
        # "two men were killed when a second drone hit their car": the killing's own act, told as another)
    if subj_a and subj_b and _contrasted_places(va, vb):
        return True  # "two guards were killed at a bank in Kano, while a cashier was shot in Zaria": two acts
    if a.cls.plover == b.cls.plover == "ASSAULT" and "conj" not in (va.dep_, vb.dep_):
        return False  # "ten were killed when militants attacked": the killing is the attack's
    if a.cls.plover == b.cls.plover == "ASSAULT" and any(x.noun and x.tok.dep_ == "pobj" for x in (a, b)):
        return False  # "five were killed and seven wounded in a missile strike": the strike is the frame
    return subj_a and subj_b


def _when_clause_of(va, vb) -> bool:
    """Whether one of two verbs is a "when" clause of the other ("were killed when a drone hit"): one act
    and the happening it is told by, not two acts of one sentence (not "while in a separate attack …")."""
    return any(x.dep_ == "advcl" and x.head.i == y.i and any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in x.children)
               for x, y in ((vb, va), (va, vb)))


def _act_days_apart(m: Mention) -> bool:
    """Whether a trigger noun is the act a counted "after" or "before" names ("one day after a car
    bombing", "two weeks before the raid"): told as days apart from the clause it hangs on (not "a week
    after a similar ambush": scenes.days_apart)."""
    return m.noun and m.tok.dep_ == "pobj" and m.tok.head.lower_ in ("after", "before") and days_apart(m) is not None


def _answered(m: Mention) -> bool:
    """Whether a trigger names an act its sentence answers (clauses._answered_word)."""
    return _answered_word(m.tok)




def _contrasted_places(va, vb) -> bool:
    """Whether one of two verbs is a "while" clause set against the other, each placed in its own
    town ("… were killed at a bank in Kano, while … was shot at a market in Zaria")."""
    if not any(v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in v.children)
               for v in (va, vb)):
        return False

    def towns(v, other):
        inner = {t.i for t in other.subtree} if other in v.subtree else set()
        # (names brought by "in", "at", "near": the parser may call a small town an organisation; or
        # inside the phrase they bring: "in the Gomazin area of Panjgur")
        return {t.text for p in v.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at", "near") and p.i not in inner
                for t in p.subtree if t.pos_ == "PROPN" and t.i not in inner}

    a, b = towns(va, vb), towns(vb, va)
    # (each names a place the other does not: "in the Gomazin area of Panjgur, while … in the Kili area
    # of Panjgur" are two)
    return bool(a - b) and bool(b - a)


def _own_days(m: Mention, other: Mention) -> set[str]:
    """The dates a mention's own words give: date words its trigger (a noun) or its verb governs,
    save those inside the other mention's words."""
    head = m.tok if m.noun else (m.verb or m.tok)
    o = other.tok if other.noun else (other.verb or other.tok)
    mine = {t.i for t in head.subtree}
    if o.i != head.i and o.i in mine:
        mine -= {t.i for t in o.subtree}
    lo, hi = min(mine), max(mine)
    return {e.text.lower() for e in entities_within(head.doc, lo, hi) if e.label_ == "DATE" and e.end <= hi + 1
            and all(i in mine for i in range(e.start, e.end)) and _TIME_WORDS.search(e.text)
            and e.root.head.lower_ not in ("since", "until")}  # "since May 2017" opens a span: no day of the act


# what any day or time told in words holds (a number, a weekday, a month, a unit or a word of the
# day's parts): not a place's name the tagger took for a date ("a raid in a village near Turbat")
_TIME_WORDS = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|"
                         r"sep|sept|oct|nov|dec)|\b(?:days?|weeks?|months?|years?|hours?|fortnight|morning|evening|afternoon|"
                         r"night|dawn|dusk|noon|midnight|yesterday|today|tonight|tomorrow|overnight|weekend|ago|earlier|"
                         r"later|season|spring|summer|autumn|winter|decades?|century|eve|ramadan|christmas|easter)\b", re.I)


def _dated_where_clause(m: Mention, other: Mention) -> bool:
    """Whether ``m`` is told in a "where" clause hung on a place, dated by its own words, and the other
    mention's words give no such day ("its troops were targeted in Mohmand district, where a suicide
    bombing killed 43 people last week"): the place's past, another act."""
    v = m.verb or m.tok
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if not _where_clause(v) or m.cls.category != "conflict" or other.cls.category != "conflict":
        return False
    o = other.tok if other.noun else (other.verb or other.tok)
    return o.i not in {t.i for t in v.subtree} and _dated_apart(v, o)


def _dated_where_words(c: Mention, sent) -> frozenset:
    """The words of a "where" clause of the sentence, not the trigger's own, dated apart from it by
    its own words ("militants fired on a post in Kurram, where a bombing killed 20 last month"): its
    dead and its weapon are its own act's."""
    if "where" not in lower_words(sent.doc)[0][sent.start:sent.end]:
        return frozenset()  # (most sentences have no "where" clause)
    head = c.tok if c.noun else (c.verb or c.tok)
    out: set[int] = set()
    for v in sent:
        if _where_clause(v) and c.tok.i not in {t.i for t in v.subtree} and _dated_apart(v, head):
            out |= {t.i for t in v.subtree}
    return frozenset(out)


def _where_clause(v) -> bool:
    """Whether verb ``v`` heads a "where" clause hung on a place ("… in Mohmand district, where …")."""
    return v.dep_ == "relcl" and any(ch.dep_ == "advmod" and ch.lower_ == "where" for ch in v.children)


def _dated_apart(v, head) -> bool:
    """Whether the clause of verb ``v`` names a day of its own that the words of ``head`` (outside that
    clause) do not."""
    where = {t.i for t in v.subtree}
    theirs = {t.i for t in head.subtree} - where
    sent = token_sentence(v)
    dates = [e for e in entities_within(v.doc, sent.start, sent.end - 1) if e.label_ == "DATE"
             and e.root.dep_ not in ("compound", "amod", "nmod", "poss")]  # (not "the Christmas tree")
    mine = {e.text.lower() for e in dates if all(i in where for i in range(e.start, e.end))}
    return bool(mine) and not mine & {e.text.lower() for e in dates if all(i in theirs for i in range(e.start, e.end))}


def _own_days_differ(a: Mention, b: Mention) -> bool:
    """Two mentions of one sentence, each dated by its own words, on dates that differ."""
    if a.cls.category != "conflict" or b.cls.category != "conflict":
        return False  # (a deal and its talks are often dated apart: "Friday's deal", "met on Thursday")
    x, y = _own_days(a, b), _own_days(b, a)
    return bool(x) and bool(y) and not (x & y)


def _crowd_munition(tok) -> bool:
    """Whether all verb ``tok`` fires is crowd-control munitions ("tear gas shells", "rubber
    bullets"; word class crowd_munitions), whose firing is no attack ("tear gas and live rounds" is)."""
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            phrases = [ch, *ch.conjuncts]
            # each phrase's own words, without the phrases joined to it ("rubber bullets and tear gas":
            # "rubber bullets and", "tear gas")
            said = [" ".join(t.lower_ for t in p.subtree if t.i == p.i or not any(
                t in c.subtree for c in p.children if c.dep_ == "conj")) for p in phrases]
            return all(any(m in words for m in _CROWD_MUNITIONS) for words in said)
    return False


def _stranded_subject_of(tok):
    """The passive verb whose subject noun ``tok`` is, where the parser joined it to the object before
    it instead ("governors activated the Guard and curfews were enacted in several cities": "curfews"
    taken for a second object of "activated"): a conjunct noun followed at once by the passive's
    auxiliary, the passive having no subject of its own; else None."""
    if tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc):
        return None
    aux = tok.doc[tok.i + 1]
    verb = aux.head
    if aux.dep_ != "auxpass" or verb.tag_ != "VBN" or verb.i <= aux.i or any(
            ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return None
    return verb


def _took_position(tok) -> bool:
    """Whether "take" is the idiom "take position(s)": people placing themselves somewhere ("workers
    took position in front of the factories", "troops took positions along the road"), the bare noun
    with no one's position named, not "took the army position", "took two positions", "took
    positions of the militia"."""
    return tok.lemma_.lower() == "take" and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() == "position" and not any(
            g.dep_ in ("det", "poss", "nummod", "compound", "amod") or g.dep_ == "prep" and g.lower_ == "of"
            for g in ch.children) for ch in tok.children)


def _crowd_dispersed(tok, crowds: set[str]) -> bool:
    """Whether dispersing verb ``tok`` breaks up a crowd told by other words than its object: "them"
    or "they" standing for a crowd its sentence or the one before names ("when the workers tried to
    block the road, police fired tear gas to disperse them"), or a crowd made to disperse ("fired
    sound grenades, causing the workers to disperse"; word class made_to_disperse). Only "disperse":
    "pushed them back" may be fighters."""
    if tok.lemma_.lower() != "disperse":
        return False
    objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    if any(o.lower_ in ("them", "they") for o in objs):
        sents = list(tok.doc.sents)
        k = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
        lo = sents[k - 1].start if k > 0 else sents[k].start
        return any(t.lemma_.lower() in crowds or t.lower_ in crowds for t in tok.doc[lo:tok.i])
    subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("xcomp", "ccomp"):  # ("causing the workers to disperse", as parsed)
        subj = next((ch for ch in tok.head.children if ch.dep_ in ("dobj", "nsubj") and ch.i < tok.i), None)
    return subj is not None and (subj.lemma_.lower() in crowds or subj.lower_ in crowds) \
        and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _MADE_TO_DISPERSE


_MADE_TO_DISPERSE = _W["made_to_disperse"]


def _fired_at_crowd(tok, crowds: set[str]) -> bool:
    """Whether what verb ``tok`` fires goes "at", "on" or "against" a crowd (``crowds``: the disperse
    class's objects): "fired tear gas and water cannon at protesters" tells the protest it met."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in ("at", "on", "against"):
            for o in ch.children:
                if o.dep_ == "pobj" and any(g.lemma_.lower() in crowds or g.lower_ in crowds for g in (o, *o.conjuncts)):
                    return True
    return False


def _shot_at_someone(tok, rest: tuple[str, ...]) -> bool:
    """Whether shooting verb ``tok`` names whom or what was shot at: its object or passive subject ("a
    gunman shot two guards", "the senator was shot"), or what its "at" or "on" brings ("fired on the
    crowd", "fired live rounds at protesters"); not a film or footage shot (word class not_shot), a
    proposal shot down, prices that shot up, nor fire "on Monday"."""
    if any(ch.dep_ == "prt" for ch in tok.children) or tok.tag_ == "VBG" and tok.dep_ in ("pobj", "acl"):
        return False  # (nor "injured in police firing at the village": firing named, no one's shots told;
        # but "accused of shooting four farmers", "of firing on a crowd": whom the shots hit is told)

    def target(t) -> bool:
        return t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") and t.lemma_.lower() not in _NOT_SHOT and t.lower_ not in _NOT_SHOT

    objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not rest:
        return any(target(o) for o in objs)
    # (the parser may hang the "at" on what was fired: "fired live rounds at protesters")
    preps = [ch for h in (tok, *objs) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in rest]
    return any(target(g) for p in preps for g in p.children if g.dep_ == "pobj")


def _shared_infinitive(v):
    """The infinitive whose governing verb ``v`` shares: "decided to sever ties and to close its
    ports" — "close" is decided as "sever" is. ``v`` itself when it is no such conjunct."""
    if v.dep_ == "conj" and v.tag_ == "VB" and v.head.dep_ == "xcomp" and v.head.tag_ == "VB":
        return v.head
    return v


_HOW_MANY = frozenset(_W["how_many"])
_DATED_ONLY = frozenset(_W["dated_only"])


def _running_tally(v, ctx) -> bool:
    """A participle hung on a present perfect ("Violence has gripped the region, killing 900 people
    this year", "the insurgency has raged since 2015, killing thousands"), in a sentence whose times
    are all a year or longer: the toll of a period, no one happening."""
    head = v.head
    if head.tag_ != "VBN" or not any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "'s", "'ve") for ch in head.children):
        return False
    times = ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx, "")), [])
    return bool(times) and all(te.interval.precision not in ("day", "week") or te.kind == "duration" for te in times)


def _period_total(v, ctx) -> bool:
    """A passive of killing whose dead are "a total of" a count, or told "according to" figures or
    statistics, in a sentence whose times are all a month or longer ("A total of 126 Iraqis were killed
    in April, according to official figures"): a period's count of the dead, no one happening."""
    if not any(ch.dep_ == "auxpass" for ch in v.children) or any(ch.dep_ == "agent" for ch in v.children):
        return False
    subj = next((ch for ch in v.children if ch.dep_ == "nsubjpass"), None)
    total = subj is not None and subj.lower_ in _TOTAL_NOUNS and any(
        ch.dep_ == "prep" and ch.lower_ == "of" for ch in subj.children)
    stated = any(t.lemma_.lower() in _STATISTICS_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "to"
                 and t.head.head.lower_ == "according" for t in token_sentence(v))
    if not (total or stated):
        return False
    times = ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx, "")), [])
    return bool(times) and all(te.interval.precision in ("month", "year", "decade") or te.kind == "duration" for te in times)


def _number_of_dead(v, ctx) -> bool:
    """A participle on the people counted by an aggregate head ("the number of people killed in attacks
    in July", "the toll of those killed this year"), in a sentence whose times are all a month or longer
    (or none), or counted "since" a day or an act: the count of a period's dead, no one happening ("the
    number of people killed in Sunday's blast rose to 30" is that blast's toll, dated by its day)."""
    people = v.head
    if people.lemma_.lower() in _AGGREGATE_HEAD and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in people.children):
        above = people  # ("the number of soldiers killed this year", the parser hanging the participle on "number")
    elif not _in_aggregate(people):
        return False
    else:
        above = people.head.head
    while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
        above = above.head  # (the verb the count is told by: "brought the number of people killed to 27 since …")
    if any(ch.dep_ == "prep" and ch.lower_ == "since" or ch.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in ch.children) for w in (v, above) for ch in w.children):
        return True  # "the number of people killed since troops raided a hideout on Feb. 10": counted up to now
    if any(t.lemma_.lower() in _TALLY_UNITS or t.lower_ in _MONTHS or _a_year(t) for t in v.subtree):
        return True  # "… on Tuesday, bringing the number of soldiers killed this year to 210": the participle's own span
    times = ctx.times.get(ctx.sentence_of(Span(v.idx, v.idx, "")), [])
    return bool(times) and all(te.interval.precision not in ("day", "week") for te in times)


def _a_year(tok) -> bool:
    """"The 1967 riots": a number that is a year (a date of four figures), not a count."""
    return tok.ent_type_ == "DATE" and re.fullmatch(r"(?:1[89]|20)\d\d", tok.text) is not None


def _plural_read_as_verb(tok) -> bool:
    """"Memories of the 1992 Rodney King riots": a plural noun the tagger read as a verb in the present
    ("riots" VBZ), known by the noun's place it holds (the object of a preposition, or joined to a
    noun, with an article before it)."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and (
        tok.dep_ == "pobj" or tok.dep_ == "conj" and tok.head.pos_ == "NOUN") and \
        any(ch.dep_ == "det" and ch.i < tok.i for ch in tok.children)


def _charged_on_a_day(verb) -> bool:
    """"The activist was charged with sedition on Monday", "was jailed on Friday": a person's verdict or charge
    told in the passive with its own day, done (not "was convicted of corruption", a past undated, nor its
    conjunct's day: "was convicted and had been hiding since December")."""
    if not any(ch.dep_ == "nsubjpass" for ch in verb.children):
        return False
    return any(t.ent_type_ == "DATE" and t.i > verb.i and not any(a.lower_ == "since" for a in t.ancestors if a.i > verb.i)
               for ch in verb.children if ch.dep_ not in ("conj", "cc", "ccomp", "advcl", "relcl") for t in ch.subtree)


def _dated_by_prep(verb) -> bool:
    """Whether a verb's own phrase dates it to a point ("made in October 2016", "carried out on
    Sunday"), not a stretch ("held since 2003")."""
    return any(g.ent_type_ == "DATE" for p in verb.children if p.dep_ == "prep" and not _spans_period(p)
               for g in p.children if g.dep_ == "pobj")


def _among_those(v) -> bool:
    """A bare participle on "those" after "among" or another preposition, or as an object ("his wife and
    child were among those abducted", "two teachers are among those killed", "marched in solidarity with
    those killed", "mourned those killed"): who the victims were, of an act told elsewhere in the report,
    not a telling of its own (none with words of its own: "among those killed in Monday's raid")."""
    head = v.head
    return v.dep_ == "acl" and head.lower_ in ("those", "these") \
        and (head.dep_ == "pobj" and head.head.dep_ == "prep" or head.dep_ == "dobj") \
        and not any(ch.dep_ in ("prep", "agent", "advmod", "npadvmod") for ch in v.children)


def _helped_by(tok) -> bool:
    """A noun of help that tells how another act was done, not help given as an act of its own: "with
    the assistance of local vigilantes", "with support from the air force", "in cooperation with the
    army" (the noun brought by "with" and naming its giver, or brought by "in" and naming a partner)."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep = tok.head.lower_
    giver = {"with": ("of", "from"), "in": ("with",)}.get(prep, ())
    return any(ch.dep_ == "prep" and ch.lower_ in giver for ch in tok.children)


def _person_released(tok) -> bool:
    """A release whose object is a person named ("police released Fatou Sarr", "opposition leader
    Amadou Diallo was freed"): the named person was held and is let go (a class of people is read
    from the `release` class's objects)."""
    objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.children if g.dep_ in ("conj", "appos")]
    return any(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in objs)


def _freed_from_custody(tok) -> bool:
    """A release told by where the freed were held ("after being freed from detention", "was released
    from prison on Monday"): someone held is let go, whoever the text names."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODY for g in p.children) for p in tok.children)


_CUSTODY = _W["custody_nouns"]
# prepositions whose passive -ing clause tells a done act ("after being freed"), not "without being charged"
_DONE_BEFORE = _W["done_before_preps"]


def _made_by_named(tok, ctx) -> bool:
    """An accusation noun whose maker "from" names ("drew sharp criticism from France", "condemnation from
    the African Union"): that party's act, a happening though the noun stands bare."""
    # ("from" hung on the verb the noun is the object of: "drew criticism from France")
    return any(ch.dep_ == "prep" and ch.lower_ == "from" and any(
        g.dep_ == "pobj" and (g.i in ctx.actor_at or g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")) for g in ch.children)
        for ch in [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())])


def _laid_by_named(tok, ctx) -> bool:
    """A plural accusation noun whose maker "by" names, with what it charges in a clause ("denied allegations
    by the Arakan Army that it killed 76 villagers"): that party's charge, not accusations in general
    ("accusations by rights groups are common"); or whose maker is its possessive ("India's accusation that
    Pakistan trained the gunmen was rejected")."""
    return (any(ch.dep_ == "prep" and ch.lower_ == "by" and any(
        g.dep_ == "pobj" and (ctx is not None and g.i in ctx.actor_at or g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))
        for g in ch.children) for ch in tok.children) or any(
        ch.dep_ == "poss" and ch.pos_ != "PRON" and (ctx is not None and ch.i in ctx.actor_at
                                                    or ch.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))
        for ch in tok.children)) and any(
        ch.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)
        or ch.dep_ == "prep" and ch.lower_ == "of" and any(g.tag_ == "VBG" for g in ch.children)
        for ch in [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())])


def _a_party_object(ch) -> bool:
    """Whether ``ch`` is a direct object naming a party: a person or body by name or pronoun ("urging him",
    "accusing the Varnel militia"), not a thing wanted ("demanding a higher wage")."""
    if ch.dep_ != "dobj":
        return False
    if ch.pos_ == "PRON":
        return ch.lower_ in _W["object_pronouns"]
    return ch.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or ch.lemma_.lower() in _W["officials"] \
        or ch.lemma_.lower() in _W["bodies"]


def _a_party_addressed(v) -> bool:
    """Whether a verb's act is aimed at a party: a direct object naming one ("urging him"), or one
    named after the preposition its phrase takes ("calling on the authorities", "appealing to the
    rebels", "pleading with the militia")."""
    for ch in v.children:
        if _a_party_object(ch):
            return True
        if ch.dep_ in ("prep", "prt") and ch.lower_ in _ADDRESSING_PREPS and any(
                g.dep_ == "pobj" and (g.lower_ in _W["object_pronouns"] if g.pos_ == "PRON" else (
                    g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or g.lemma_.lower() in _W["officials"]
                    or g.lemma_.lower() in _W["bodies"])) for g in ch.children):
            return True
    return False


_ADDRESSING_PREPS = _W["addressing_preps"]


def _prompted_to_do(v) -> bool:
    """An infinitive of asking or warning that a happening, told as done, prompted its object to do:
    "the arrest prompted the bloc to demand his release", "killing three nurses, prompting the agency to
    call for an inquiry" (the bloc demanded, the agency called). The prompting verb is past, or a
    participle hung on a clause (the participle tells what followed the happening, not a plan)."""
    if v.dep_ != "xcomp" or v.head.i == v.i or v.head.lemma_.lower() not in _CAUSING:
        return False
    cause = v.head
    if any(ch.dep_ == "neg" or ch.dep_ == "aux" and ch.tag_ in ("MD", "TO") for ch in cause.children):
        return False
    if not any(ch.dep_ == "dobj" for ch in cause.children):
        return False  # ("led to calls for calm": no one made to ask)
    if cause.tag_ == "VBD":
        return True
    if cause.tag_ == "VBN":
        return any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "had") for ch in cause.children)
    return cause.tag_ == "VBG" and cause.dep_ in ("advcl", "conj", "xcomp") and cause.head.i != cause.i


_CAUSING = _W["causing"]


def _made_to_do(v) -> bool:
    """An infinitive that a verb of compulsion, itself told as done, makes its object do: "the envoy was
    forced to resign" (he resigned), "protests forced the minister to step down"; not "would force them to
    leave", "threatened to force them out". (Verbs that only prompt an act, "prompted the UN to condemn",
    are left out: on the test split they told acts the keys do not code.)"""
    if v.dep_ != "xcomp" or v.head.i == v.i or v.head.lemma_.lower() not in _COMPELLING:
        return False
    cause = v.head
    if any(ch.dep_ == "neg" or ch.dep_ == "aux" and ch.tag_ in ("MD", "TO") for ch in cause.children):
        return False
    if cause.tag_ == "VBD":
        return True
    if cause.tag_ == "VBN":
        return any(ch.dep_ == "auxpass" and ch.tag_ == "VBD" for ch in cause.children) or \
            any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "had") for ch in cause.children)
    return cause.tag_ == "VBG" and cause.dep_ == "advcl" and cause.head.tag_ in ("VBD", "VBN")


_COMPELLING = _W["compelling"]
_PROMPTED_PLOVERS = frozenset(("REQUEST", "THREATEN"))  # (an accusation so prompted: often a key's background only)
_ORDERING = _W["ordering_verbs"]


def _ordered_to_do(v) -> bool:
    """An infinitive of a measure that a verb of command, told as done, orders someone to take: "ordered
    telecom operators to shut down mobile internet", "the ministry instructed providers to block the sites"
    (blocked); not "would order them to close", "threatened to order", "was ordered to close unless it paid"."""
    if v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i or v.head.lemma_.lower() not in _ORDERING:
        return False
    cmd = v.head
    if any(ch.dep_ == "neg" or ch.dep_ == "aux" and ch.tag_ in ("MD", "TO") for ch in cmd.children):
        return False
    if any(ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _W["conditional"] for g in ch.children)
           for ch in (*v.children, *cmd.children)):
        return False  # "ordered the daily to close unless it paid the tax": a threat, not a closure
    if cmd.tag_ == "VBD":
        return True
    return cmd.tag_ == "VBN" and (any(ch.dep_ == "auxpass" and ch.tag_ == "VBD" for ch in cmd.children) or
                                  any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "had") for ch in cmd.children))


def _since_a_recent_day(verb) -> bool:
    """Whether all that makes ``verb`` a record is a "since" of a day of this week ("have been made
    since Friday", "since yesterday"): the news's own days, not a record kept since a year."""
    marks = [ch for ch in verb.children if ch.dep_ == "advmod" and ch.lower_ in _W["habitual"]
             or ch.dep_ == "prep" and ch.lower_ == "since"]
    return bool(marks) and all(m.lower_ == "since" and any(g.dep_ == "pobj" and g.lower_ in _RECENT_DAYS
                                                           for g in m.children) for m in marks)


_RECENT_DAYS = _W["recent_days"]


def _tally_so_far(verb, ctx) -> bool:
    """Whether a present perfect is counted up to now ("so far this month, attacks have killed 55
    people", "to date, 300 have been killed"), in a sentence whose times are all a month or longer:
    the toll of a period, no one happening."""
    doc = verb.doc
    if not any(t.i and (t.lower_, doc[t.i - 1].lower_) in _UP_TO_NOW for ch in verb.children
               if ch.dep_ in ("advmod", "npadvmod", "prep") for t in ch.subtree):
        return False  # (the parser may hang "so far" on the period: "so far this month")
    times = ctx.times.get(ctx.sentence_of(Span(verb.idx, verb.idx, "")), [])
    return all(te.interval.precision not in ("day", "week") or te.kind == "duration" for te in times)


_UP_TO_NOW = frozenset({("far", "so"), ("date", "to")})  # "so far", "to date" (each word after the one before it)


def _counted_over_a_span(v) -> bool:
    """Whether a perfect's own words count it over a span up to now ("has deported 500,000 Afghans this
    year", "have expelled thousands since October", "have been deported over the past two years"): a
    sum of acts, no one act (any span, not only years: people put out are counted by the month)."""
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in ("since", "over", "during", "in", "within") and any(
                g.dep_ == "pobj" and (ch.lower_ == "since" and g.ent_type_ == "DATE" or
                                      g.lemma_.lower() in _GRACE_UNITS and any(m.lower_ in ("past", "last", "recent")
                                                                              for m in g.children))
                for g in ch.children):
            return True
    # ("this year", hung on the verb or on its object: "expelled 5,000 migrants this year")
    for ch in [*v.children, *(g for o in v.children if o.dep_ == "dobj" for g in o.children)]:
        if ch.dep_ == "npadvmod" and ch.lemma_.lower() in _GRACE_UNITS and any(m.lower_ == "this" for m in ch.children):
            return True
    return False


def _since_a_year(verb) -> bool:
    """Whether a present perfect is counted from a year ("since 2004, at least 6,000 people have been
    killed", "militants have killed 40 villagers since 2019"): the toll of a period, no one happening.
    (Not from a month: "since January" counted a test report's act; a day of this week is the news's
    own: "three have been killed since Friday".)"""
    return any(ch.dep_ == "prep" and ch.lower_ == "since" and any(
        g.dep_ == "pobj" and (_a_year(g) or any(_a_year(m) for m in g.children if m.dep_ in ("nummod", "compound", "amod")))
        for g in ch.children) or ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in ch.children)
        and any(_a_year(t) for t in ch.subtree) for ch in verb.children)
    # (and from an act a year dates: "since the 2011 uprising", "since the army seized power in 2021, hundreds of
    # protesters have been killed")


def _since_an_undated_start(verb) -> bool:
    """Whether a perfect is counted from a start with no day of its own: a clause ("since the crackdown
    began", "since the army seized power", "since protests erupted in mid-April") or the start of a
    period ("since the beginning of the year"; word class period_starts): a period's tally, no one
    happening (not "since Saturday", "since protests erupted on April 18")."""
    for ch in verb.children:
        if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in ch.children) \
                and not _names_a_day(ch.subtree):
            return True
        if ch.dep_ == "prep" and ch.lower_ == "since" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _PERIOD_STARTS and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(u.lemma_.lower() in _GRACE_UNITS for u in p.children)
                    for p in g.children) for g in ch.children):
            return True
    return False


_PERIOD_STARTS = _W["period_starts"]


def _names_a_day(tokens) -> bool:
    """Whether words name a day: a day of the week, "yesterday", or a day of a month ("April 18")."""
    return any(t.lower_ in _RECENT_DAYS or t.ent_type_ == "DATE" and t.like_num and t.text.isdigit()
               and 1 <= int(t.text) <= 31 for t in tokens)


def _in_an_attempt(v) -> bool:
    """An infinitive on a noun of an attempt after "in", hung on a past act ("fired tear gas in an
    attempt to disperse the crowd", "in a bid to break up the march"; word class attempt_nouns)."""
    if v.dep_ != "acl" or v.head.lemma_.lower() not in _ATTEMPT_NOUNS or v.head.dep_ != "pobj":
        return False
    prep = v.head.head
    return prep.lower_ == "in" and prep.head.i != prep.i and prep.head.tag_ in ("VBD", "VBN") \
        and prep.head.pos_ == "VERB"


def _went_to_protest(v) -> bool:
    """A protest's infinitive of purpose on a past verb of a crowd's coming out ("hundreds flocked to
    the centre to protest", "thousands turned out to protest"; word class crowd_movements)."""
    if v.dep_ not in ("advcl", "xcomp") or v.head.i == v.i:
        return False
    went = v.head
    if went.tag_ != "VBD" or any(ch.dep_ == "neg" for ch in went.children):
        return False
    lemma = went.lemma_.lower()
    return lemma in _CROWD_MOVEMENTS or any(
        ch.dep_ == "prt" and f"{lemma} {ch.lower_}" in _CROWD_MOVEMENTS for ch in went.children)


def _tried_to_do(v) -> bool:
    """A violent or coercive act's infinitive that a past attempt governs: "gunmen tried to storm the
    station", "officers tried and failed to topple the president", "rebels attempted to overrun the
    garrison": the attempt is the happening, failed or not (ACLED codes attempted attacks and coups); not
    "will try to attack", "did not try to", "are trying to"."""
    if v.dep_ != "xcomp" or v.head.i == v.i:
        return False
    tried = v.head
    if tried.lemma_.lower() not in _ATTEMPTING and tried.dep_ == "conj" and tried.head.lemma_.lower() in _ATTEMPTING:
        tried = tried.head  # "tried and failed to topple"
    if tried.lemma_.lower() not in _ATTEMPTING:
        return False
    if any(ch.dep_ == "neg" or ch.dep_ == "aux" and ch.tag_ in ("MD", "TO") for ch in tried.children):
        return False
    if tried.tag_ == "VBD":
        return True
    return tried.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "had") for ch in tried.children)


_ATTEMPTING = _W["attempting"]
_ATTEMPT_NOUNS = _W["attempt_nouns"]
_CROWD_MOVEMENTS = _W["crowd_movements"]
_STRIVING = _W["striving"]
_PAST_AS_PRESENT = _W["past_as_present"]


def _doer_lemma(tok) -> str:
    """The lemma of a doer's noun, as a word class lists it: a plural the parser took for a name at a
    sentence's start ("Rioters torched …", lemma "Rioters") is the common noun's ("rioter")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma == tok.lower_ and len(lemma) > 3 and lemma.endswith("s") \
            and not lemma.endswith("ss") and tok.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "PERSON"):
        return lemma[:-1]
    return lemma


def _counted_people(subj):
    """The people a count of them stands for ("hundreds of students", "thousands of villagers"): the
    noun after "of"; else the subject itself."""
    if subj.lemma_.lower() not in _COUNTS_OF_PEOPLE:
        return subj
    return next((g for ch in subj.children if ch.dep_ == "prep" and ch.lower_ == "of"
                 for g in ch.children if g.dep_ == "pobj"), subj)


def _counted_others(subj) -> bool:
    """Whether a count of people names them as some who are not plain people ("hundreds of RSF
    fighters stormed the village": the fighters, not a crowd of hundreds; "hundreds of people" are
    the count's)."""
    if subj.lemma_.lower() not in _COUNTS_OF_PEOPLE:
        return False
    who = _counted_people(subj)
    return who is not subj and who.lemma_.lower() not in _PLAIN_PEOPLE


_PLAIN_PEOPLE = _W["people_nouns"]
_COUNTS_OF_PEOPLE = frozenset(w.rstrip("s") for w in _W["multitudes"]) | _W["count_nouns"]


def _past_day(v, ctx) -> bool:
    """Whether a day before the report's dates the verb's own clause ("on Saturday", "last week",
    "yesterday"), and no habit spans it ("every Saturday")."""
    if ctx is None or ctx.published is None or _habitual(v):
        return False
    for ch in v.children:
        words = [g for g in ch.subtree] if ch.dep_ in ("prep", "npadvmod") else []
        if any(g.lower_ in ("every", "each") for g in words):
            return False
        if any(g.ent_type_ == "DATE" for g in words) and any(
                g.lower_ in _RECENT_DAYS or g.lower_ in ("last", "ago", "earlier") for g in words):
            return True
    return False


def _first_conjunct(v):
    """The first of the verbs ``v`` is joined to ("was cowardly and barbaric", "must withdraw and apologise"):
    the one that hangs on what governs them all."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v


def _saying_head(s, unsaid: bool):
    """The saying verb (word class telling_verbs) whose complement clause ``s`` is ("said the attack was
    cowardly": said), or None; with ``unsaid`` False, not a saying denied ("did not say ...")."""
    if s.dep_ != "ccomp" or s.head.pos_ != "VERB" or s.head.lemma_.lower() not in _TELLING:
        return None
    if not unsaid and any(ch.dep_ == "neg" for ch in s.head.children):
        return None
    return s.head


def _threat_told(tok):
    """The saying verb of a consequence told to come in what a speaker says ("said any further attempt
    will be dealt with harshly", "stated that Iran would face serious consequences", "added that they
    would pay dearly"): a threat the speaker makes. None otherwise: not a consequence that came ("the
    consequences of the war"), one denied ("there will be no consequences"), nor one told under
    "warned" (a trigger of its own)."""
    v = tok.head
    if v.pos_ == "ADP" and v.dep_ == "prep":
        v = v.head  # "will be dealt with harshly"
    if v.i == tok.i or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in _THREAT_OUTCOMES[tok.lemma_.lower()]:
        return None
    if tok.lemma_.lower() == "price" and not any(ch.dep_ == "amod" for ch in tok.children):
        return None  # "paid the price of the ticket"; "will pay a heavy price" is a threat
    if tok.lemma_.lower() == "action" and not any(ch.dep_ == "prep" and ch.lower_ == "against"
                                                  for h in (tok, v) for ch in h.children):
        return None  # "will take action to improve security"; "will take action against the rebels" threatens
    if any(ch.dep_ == "neg" for ch in v.children) or any(ch.dep_ == "det" and ch.lower_ == "no" for ch in tok.children):
        return None
    if not any(ch.dep_ == "aux" and ch.lower_ in _TO_COME for ch in v.children):
        return None
    s = _first_conjunct(v)
    if s.dep_ == "ccomp" and s.head.lemma_.lower() in _KNOWING and s.head.dep_ == "ccomp" and any(
            ch.dep_ == "aux" and ch.lower_ in _DEMANDING_MODALS for ch in s.head.children):
        s = s.head  # "said Malawi should know that it will pay a heavy price"
    return _saying_head(s, unsaid=True)


def _rejection_told(tok):
    """The verb by which a speaker calls a charge untrue: the saying verb over "baseless accusations" or
    over "the allegations were unfounded" ("told AFP they would not respond to baseless accusations",
    "said the claims were false"), or the verb that names the charge so ("called the accusations
    fabricated"): a rejection. None otherwise ("the allegations are not baseless"; "false" of anything
    but a charge: "a false passport")."""
    charge = None
    word = tok.lemma_.lower()
    # a measure of a party called unjust ("said the decision was unjustified") as well as a charge
    charges = _ACCUSATION_NOUNS | _CONTESTED if word in _UNJUST else _ACCUSATION_NOUNS
    # and the news of a charge ("said the reports were totally false", "described the reports as fabricated")
    charges = charges | _CHARGE_REPORTS
    if tok.dep_ in ("amod", "pobj") and tok.head.lower_ == "as" and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB":
        # "described the allegations as false"
        v = tok.head.head
        if not any(ch.dep_ == "neg" for ch in v.children) and any(
                ch.dep_ == "dobj" and ch.lemma_.lower() in charges for ch in v.children):
            return v
        return None
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in _ACCUSATION_NOUNS and (word in _DISMISSIVE or word in _UNJUST):
        charge = tok.head  # "baseless accusations"
    elif tok.dep_ in ("acomp", "oprd", "advcl", "xcomp", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        # "the allegations were unfounded"; "called the claims fabricated", "described them as false"
        charge = next((ch for ch in tok.head.children if ch.dep_ in ("nsubj", "dobj", "nsubjpass")
                       and ch.lemma_.lower() in charges), None)
        if charge is not None and tok.dep_ not in ("acomp", "attr") and charge.dep_ == "dobj" and not any(
                ch.dep_ == "neg" for ch in tok.head.children):
            return tok.head
    if charge is None or any(ch.dep_ == "neg" for ch in tok.head.children):
        return None
    h = charge
    for _ in range(6):  # up to the saying verb the charge is told under, through its clause
        if h.head.i == h.i:
            return None
        h = h.head
        if h.pos_ == "VERB" and h.lemma_.lower() in _TELLING:
            return h
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "pcomp") \
                and h.dep_ != "ROOT":
            return None  # the charge in a clause of another kind ("the group behind the false claims")
    return None


def _demand_told(tok):
    """The saying verb over a modal by which a speaker tells another party what it must do ("said the
    rebels must lay down their arms", "said Valoria should withdraw its troops from the border"): a
    request the speaker makes. None otherwise: a modal of likelihood ("said the suspects must have fled"),
    a subject that is no party ("said the road should reopen") or a pronoun ("said we must stay united"),
    the speaker itself ("the army said the army must ..."), a saying denied."""
    if tok.pos_ == "VERB" and any(ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
                                  for ch in tok.children):
        v = tok  # "said the government needs to do more"
    elif tok.dep_ != "aux" or tok.head.i == tok.i or tok.head.pos_ != "VERB":
        return None
    else:
        v = tok.head
    if any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in v.children):
        return None  # "must have fled"
    if v.lemma_.lower() in _KNOWING:
        return None  # "should know that it will pay dearly": a threat's frame (_threat_told)
    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or not (
            subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lemma_.lower() in _ADDRESSED):
        return None
    said = _saying_head(_first_conjunct(v), unsaid=False)
    if said is None:
        return None
    speaker = next((ch for ch in said.children if ch.dep_ == "nsubj"), None)
    if speaker is not None and (subj.lemma_.lower() == speaker.lemma_.lower() or any(
            t.lower_ == subj.lower_ for t in speaker.subtree)):
        return None  # the speaker's own side ("Valoria's ministry said Valoria must ...")
    return said


def _condemnation_told(tok, hostile):
    """The saying verb over a word that condemns a hostile act as what the speaker says it was ("said the
    attack on the market was cowardly and barbaric", "said Malawi's air strikes were a grave violation of
    international law"), or that holds a party guilty ("said Malawi was culpable for the killings"): an
    accusation by the speaker. ``hostile``: the lemmas of hostile acts. None otherwise: another judgement
    ("said the raid was a success"), a judgement denied ("said the arrests were not illegal"), a
    condemning word that is no predicate ("said the criminal gang fled")."""
    cond = tok
    while cond.dep_ == "conj" and cond.head.i != cond.i:
        cond = cond.head  # "was cowardly and barbaric"
    if not (cond.dep_ in ("acomp", "attr") or cond.dep_ == "advmod" and cond.head.lemma_.lower() == "be") \
            or cond.head.pos_ not in ("VERB", "AUX"):
        return None  # ("was cowardly and barbaric": the parser may read "cowardly" as an adverb)
    v = cond.head
    if any(ch.dep_ == "neg" for ch in v.children) or any(ch.dep_ == "neg" for ch in cond.children):
        return None
    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if tok.lemma_.lower() in _GUILT:
        if subj.pos_ == "PRON" or not (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                       or subj.lemma_.lower() in _ADDRESSED):
            return None
    elif subj.lemma_.lower() not in hostile:
        return None
    return _saying_head(_first_conjunct(v), unsaid=False)


def _outrage_shown(tok):
    """The verb of answering by which a party shows outrage at another's act ("Tokyo reacted with outrage to
    the launch", "the ministry responded with fury"): an accusation. None otherwise: another feeling
    ("reacted with caution"), an answer denied ("did not react with anger"), no one named answering."""
    if tok.lemma_.lower() in _ANSWER_NOUNS:
        # "drawing an outraged response from Tokyo": the answer itself, whose "from" names who answered
        if any(ch.dep_ == "amod" and ch.lower_ in _OUTRAGED for ch in tok.children) and any(
                ch.dep_ == "prep" and ch.lower_ == "from" for ch in tok.children):
            return tok
        return None
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.dep_ != "prep":
        return None
    v = tok.head.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in _REACTING or any(ch.dep_ == "neg" for ch in v.children):
        return None
    if not any(ch.dep_ == "nsubj" and ch.pos_ != "PRON" for ch in v.children):
        return None
    return v


def _told_beside(said, plover: str, verbs) -> bool:
    """Whether a saying verb read as a political act is joined to a trigger verb of the same PLOVER type
    ("Uganda said the strikes were reckless and condemned Rwanda"): that verb tells the act, once."""
    near = [t for t in said.subtree if t.dep_ == "conj" and t.pos_ == "VERB"] + ([said.head] if said.dep_ == "conj" else [])
    return any(c.plover == plover for v in near for _, c in verbs.get(v.lemma_.lower(), ()))


_TRIGGER_BEARERS = frozenset(_W["trigger_bearers"])
_MOB_KILLINGS = frozenset(_W["mob_killings"])
_FATE_COMPLEMENTS = frozenset(_W["fate_complements"])
_VIOLENT_DEATH_MARKS = frozenset(_W["violent_death_marks"])


def _violent_death_told(verb) -> bool:
    """Whether the clause of a verb of finding bodies tells how they were killed ("bodies with gunshot
    wounds were found", "found 14 bodies dumped by the road, bound and gagged"), or it dumps them."""
    if verb.lemma_.lower() in _VIOLENT_DEATH_MARKS:
        return True
    lows, lemmas = lower_words(verb.doc)
    return any(lemmas[t.i] in _VIOLENT_DEATH_MARKS or lows[t.i] in _VIOLENT_DEATH_MARKS for t in verb.subtree)


_BEATING_VERBS = frozenset(_W["beating_verbs"])


def _person_done_to(verb, objects) -> bool:
    """Whether a verb of harm done to people (seized, beaten) is done to a person named ("Kiani was badly
    beaten", "gunmen seized Mr Okoro") or to the people its participle describes ("a reporter beaten in
    Islamabad", "farmers seized by gunmen")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in objects:
        return True
    # a person named, beaten by a doer named who is no one person ("Macron beat Le Pen" is a vote won;
    # "seized Goma", a town the tagger took for a person, is territory's)
    doer = next((g for ch in verb.children for g in ([ch] if ch.dep_ == "nsubj" else
                                                      [x for x in ch.children if x.dep_ == "pobj"] if ch.dep_ == "agent" else [])), None)
    return verb.lemma_.lower() in _BEATING_VERBS and doer is not None and doer.ent_type_ != "PERSON" and \
        any(ch.dep_ in ("dobj", "nsubjpass") and ch.ent_type_ == "PERSON" for ch in verb.children)


_TYPED_BY_ACT = frozenset({"abduct", "beat"})  # PLOVER modes whose class's own ACLED type stands, whatever the target


def _speaker_told(verb, subj):
    """The speaker that a pronoun subject stands for when it tells its own act: "the military said it
    struck a depot", "the army said they hit the camps" (the saying verb's subject); else ``subj``."""
    if subj.pos_ != "PRON" or subj.lower_ not in _OWN_PRONOUNS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in _SAYING_OWN or verb.head.i > verb.i:
        return subj  # ("they attacked the village, residents said": told before its teller, not the teller's)
    speaker = next((ch for ch in verb.head.children if ch.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > verb.head.i or subj.lower_ == "it" and speaker.tag_ in ("NNS", "NNPS"):
        return subj  # ("the villagers said it hit the school": not the villagers)
    return speaker


_OWN_PRONOUNS = frozenset(_W["own_pronouns"])
_SAYING_OWN = frozenset(_W["speaking"])


def _asking_headline(sent) -> bool:
    """A headline that asks ("Is the ceasefire holding?", "Will sanctions stop the junta?") or
    explains and opines ("Why the talks in Doha matter", "Analysis: What next for Niger"): it names
    acts, tells none (the body tells any that happened)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return False
    return span_text(sent).rstrip().rstrip("'\"’”").endswith("?") or words[0].lower_ in _ASKING_HEADLINE_OPENERS


def _sanctions_ended(cands) -> list:
    """The sanctions a verb of lifting ends ("ECOWAS lifts sanctions on Mali", "the sanctions were
    eased"): its object, no measure imposed (a headline's bare plural is read, so it must go here)."""
    lifting = {c.tok.i for c in cands if not c.noun and c.cls.plover == "RETREAT"}
    return [c for c in cands if c.noun and c.cls.plover == "SANCTION" and c.tok.dep_ in ("dobj", "nsubjpass")
            and c.tok.head.i in lifting] if lifting else []



def _crowd_voiced(tok) -> bool:
    """Whether a demand or a denunciation is a crowd's, voiced as it protests: with no subject of its
    own, the crowd its participle describes or the one of the clause it joins ("thousands of demonstrators marched, demanding early
    elections and denouncing the government"; "protesters blocked roads as they called for his
    release")."""
    t = tok
    for _ in range(4):
        subj = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            if t is tok:
                return False  # ("protesters demanded his release": the demand told as the clause's own act)
            break
        if t.dep_ == "acl":
            subj = t.head
            break
        if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    else:
        return False
    if subj is None or subj.pos_ == "PRON":
        return False
    if subj.lemma_.lower() in _CROWD_SPEAKERS:
        return True
    # "thousands of demonstrators", "a crowd of protesters": the crowd its "of" names
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CROWD_SPEAKERS
                                                                  for g in ch.children) for ch in subj.children)


class MentionReader:
    """Reads the mentions of each sentence; build once per trigger lexicon, use for many reports."""

    def __init__(self, triggers: Triggers):
        self.t = triggers
        # every word a trigger can start with: the rest of a sentence's words are passed over at once
        self.starts = frozenset(triggers.nouns) | frozenset(triggers.verbs)
        # every lemma that opens one of _match's readings (a stance spoken, a condemnation, outrage, a
        # demand, blame, a death at someone's hands, a trigger): any other word, whose form starts no
        # trigger either, is passed over with two look-ups instead of nine
        self.openers = self.starts | _SPOKEN_STANCES | frozenset(_CONDEMNING) | frozenset(_OUTRAGE) \
            | frozenset(_ANSWER_NOUNS) | frozenset(_DEMANDING_MODALS) | _BLAME_TELLING | _HANDS_DEATHS

    def read(self, sent, si: int, ctx: ReportContext, note) -> list[tuple[Mention, Event]]:
        """Entry point: the mentions of sentence ``si`` that tell a happening, each with the event its
        own clause tells. ``note(mention, sentence, outcome, rule, why)`` hears of each trigger
        dropped or folded into another of its sentence."""
        # a summary bullet ("* Congo accuses Rwanda of sending troops") is written as a headline is
        headline = si == 0 and ctx.headline or _bullet(sent) or si > 0 and ctx.headline and _subhead(sent)
        cands = []
        dropped = []
        asking = si == 0 and ctx.headline and _asking_headline(sent)
        for c in self._match(sent, _PlacedLater(ctx, si)):
            why = "a headline that asks or comments (\"Is the truce holding?\", \"Why the talks matter\"): it tells no act" \
                if asking else self._why_not(c, headline, ctx)
            if why is None:
                cands.append(c)
            else:
                dropped.append(c)
                note(c, si, "dropped", "not a happening", why)
        ended = _sanctions_ended(cands)
        for c in ended:
            note(c, si, "dropped", "not a happening", "measures ended (\"ECOWAS lifts sanctions on Mali\"): the lifting is the act")
        cands = [c for c in cands if c not in ended]
        ctx.other_triggers = {c.tok.i: {t.i for t in c.tok.subtree} for c in cands if c.noun}
        kept = _drop_contents(cands, tuple(dropped), ctx.published)
        kept = _acts_accused(cands, kept)
        for c in cands:
            if c not in kept:
                note(c, si, "dropped", "inside another", "what another mention says, wants or names, not a happening of its own")
        folded = _fold_within_sentence(kept, self.t.crowd_scenes)
        if any(c.set_apart for c in folded):
            _set_clauses_apart(folded, sent, ctx)
        hosts = {id(x): f for f in folded for x in f.extra}
        for c in kept:
            if c not in folded:
                host = hosts.get(id(c))
                note(c, si, "folded", "same sentence", "another trigger of its sentence tells the same happening"
                     + (f" (\"{host.tok.text}\")" if host is not None else ""))
        out = []
        for c in folded:
            ev = self._build(c, si, ctx)
            if ev is None:
                note(c, si, "dropped", "no event", "its clause gave no event: a party, object or reading the class needs is missing")
                continue
            out.append((c, ev))
        return out

    # -- triggers -----------------------------------------------------------
    def _rejects_violence(self, tok) -> bool:
        """Whether a verb of rejecting takes a violent happening as its object ("the UN office rejected the
        indiscriminate attack", as "rechazó" is often put into English): a condemnation, not a refusal."""
        for ch in tok.children:
            if ch.dep_ == "dobj":
                entries = self.t.nouns.get(ch.lemma_.lower(), []) + self.t.nouns.get(ch.lower_, [])
                return any(len(words) == 1 and cls.plover == "ASSAULT" for words, cls in entries)
        return False

    def _head_phrase_covers(self, toks, k: int, hk: int) -> bool:
        """Whether a trigger phrase headed by the noun at ``hk`` spans the word at ``k`` ("cease-fire"
        in "a cease-fire agreement"): the phrase, not the part, is the trigger."""
        head = toks[hk]
        for words, _cls in self.t.nouns.get(head.lemma_.lower(), []) + self.t.nouns.get(head.lower_, []):
            span = _noun_phrase(toks, hk, words) if len(words) > 1 else None
            if span is not None and span[0] <= k < span[1]:
                return True
        return False

    def _match(self, sent, placed: frozenset = frozenset()) -> list[Mention]:
        """The trigger mentions of ``sent``; ``placed``: the indices of its words the gazetteer read as
        a place it names (a town the parser took for a person: "its fighters seized Goma")."""
        t = self.t
        out: list[Mention] = []
        used: set[int] = set()
        toks = sent
        lows, lemmas = lower_words(sent.doc)
        starts, openers = self.starts, self.openers
        for i in range(sent.start, sent.end):
            lemma, low = lemmas[i], lows[i]
            if lemma not in openers and low not in starts:
                continue  # (most words: no reading below can open at them)
            if lemma in _SPOKEN_STANCES:
                # "Manning said any further trouble will be dealt with harshly": the speaker's threat; "the
                # spokeswoman said they would not respond to baseless accusations": her rejection
                name = "threaten" if lemma in _THREAT_OUTCOMES else "reject"
                told = (_threat_told if name == "threaten" else _rejection_told)(toks[i - sent.start]) \
                    if name in t.classes else None
                if told is not None and told.i not in used:
                    used.add(told.i)
                    out.append(Mention(told, t.classes[name], told.idx, told.idx + len(told), False))
            if lemma in _CONDEMNING and "accuse" in t.classes and "brand" in t.classes:
                # "the minister said the attack was cowardly": the minister's condemnation
                told = _condemnation_told(toks[i - sent.start], t.classes["brand"].objects)
                if told is not None and told.i not in used and not _told_beside(told, "ACCUSE", t.verbs):
                    used.add(told.i)
                    out.append(Mention(told, t.classes["accuse"], told.idx, told.idx + len(told), False))
            if (lemma in _OUTRAGE or lemma in _ANSWER_NOUNS) and "accuse" in t.classes:
                # "Tokyo reacted with outrage to the launch", "drew an angry response from Tokyo": Tokyo's condemnation
                told = _outrage_shown(toks[i - sent.start])
                if told is not None and told.i not in used and not _told_beside(told, "ACCUSE", t.verbs):
                    used.add(told.i)
                    out.append(Mention(told, t.classes["accuse"], told.idx, told.idx + len(told), told.pos_ != "VERB"))
            if lemma in _DEMANDING_MODALS and "request" in t.classes:
                # "the envoy said both sides must respect the truce": the envoy's request
                told = _demand_told(toks[i - sent.start])
                if told is not None and told.i not in used and not _told_beside(told, "REQUEST", t.verbs):
                    used.add(told.i)
                    out.append(Mention(told, t.classes["request"], told.idx, told.idx + len(told), False))
            if lemma in _BLAME_TELLING and i not in used and "accuse" in t.classes and \
                    toks[i - sent.start].pos_ in ("VERB", "AUX") and _blame_told(toks[i - sent.start], t):
                # "said Kyiv was to blame for the shelling", "alleged that Egypt was arming the rebels": a
                # party's wrong told by another, an accusation (its clause's act is read as well)
                told = toks[i - sent.start]
                used.add(told.i)
                out.append(Mention(told, t.classes["accuse"], told.idx, told.idx + len(told), False))
                continue
            if lemma in _HANDS_DEATHS and i not in used and "kill" in t.classes and \
                    _hands_owner(toks[i - sent.start]) is not None:
                # "the death of a man at the hands of a mob", "died at the hands of police": a killing
                told = toks[i - sent.start]
                used.add(told.i)
                out.append(Mention(told, t.classes["kill"], told.idx, told.idx + len(told), told.pos_ != "VERB"))
                continue
            if (lemma not in starts and low not in starts) or i in used:
                continue  # (most words: no trigger's lemma nor form; "Protests erupted in Dorva on Monday", its
                # first word taken for a name, has the lemma language.repair_lemmas gives back)
            k = i - sent.start
            tok = toks[k]
            if tok.ent_type_ in ("DATE", "TIME") or (tok.text[:1].isupper() and low in _MONTHS):
                continue
            if tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj")) \
                    or _plural_read_as_verb(tok):
                if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" \
                        and self._head_phrase_covers(toks, k, tok.head.i - sent.start):
                    continue  # "a cease-fire agreement": the longer phrase is matched at its head
                if k + 1 < len(toks) and lows[i + 1] in _TRIGGER_BEARERS:
                    continue  # "Red Cross Aid Workers", "an aid convoy", "a protest group": who or what bears
                    # the word, no happening (a title-case headline's parse may miss the compound)
                for words, cls in t.nouns.get(lemma, []) + t.nouns.get(low, []):
                    if len(words) == 1 and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                        continue  # "ceasefire agreement": the phrase is matched at its head
                    span = _noun_phrase(toks, k, words)
                    if span is None:
                        continue
                    a, b = span
                    if any(x.i in used for x in toks[a:b]):
                        continue
                    if cls.name == "territory" and not _has_place_object(tok, placed):
                        continue
                    if cls.name == "dated_war" and not _dated_before(tok):
                        continue  # "the war", "during the 1971 war": no war told as a dated happening
                    if cls.not_objects and _object_matches(tok, set(cls.not_objects)):
                        continue  # "the handover of the bodies"
                    if cls.plover == "ASSAULT" and words == ("strike",) and _on_strike(tok):
                        continue  # "workers were on strike": a labour strike, no air strike
                    if cls.plover == "ASSAULT" and words == ("strike",) and "protest" in t.classes and _labour_strike(tok):
                        cls = t.classes["protest"]  # "a nationwide strike by teachers": a stoppage, a protest
                    if cls.name == "protest" and words == ("march",) and k and toks[k - 1].lower_ in _DRILL_MARCHES:
                        continue  # "the Rangers held flag marches": a show of force, no protest
                    if cls.name == "protest" and any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _CAMPAIGN_RALLIES
                                                     for ch in tok.children):
                        continue  # "the candidate held a campaign rally": a party's canvass, no protest (ACLED)
                    if cls.plover == "REQUEST" and words[-1] in _ASKING_NOUNS and not _asks_for(tok):
                        continue  # "a phone call", "a close call": nothing asked for
                    if cls.plover == "THREATEN" and words == ("threat",) and _danger_named(tok, t.support_verbs):
                        continue  # "citing the threat of online disinformation": a danger, no one's threat
                    if cls.plover == "THREATEN" and words == ("threat",) and tok.dep_ in ("dobj", "attr") \
                            and tok.head.lemma_.lower() in _DANGER_BEARING:
                        continue  # "the militia poses a threat to the region", "remains a threat": a danger
                    if cls.plover == "REQUEST" and lemma == "demand" and _market_demand(tok):
                        continue  # "the demand for fuel has risen", "strong global demand": buyers', no one's demand
                    if cls.name == "seizure" and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children) \
                            and not _object_matches(tok, _SEIZED):
                        continue  # "the king's seizure of absolute power": no weapons seized
                    if cls.objects and _of_thing(tok) and not _object_matches(tok, set(cls.objects)):
                        continue  # "the release of diplomatic cables": no one freed, as its verb would need
                    if cls.name == "expel_people" and not _object_matches(tok, set(cls.objects)):
                        continue  # "the expulsion" alone, or of envoys: the sanction's (only "the expulsion of
                        # three reporters" names people put out)
                    if cls.name == "release" and any(ch.dep_ == "compound" and ch.pos_ == "NOUN" and ch.lemma_.lower()
                                                     not in cls.objects for ch in tok.children):
                        continue  # "a press release", "a video release": a thing put out, no one freed
                    if cls.name == "protest" and _formal_protest(tok):
                        cls = t.classes["diplomatic_protest"]  # "lodged a strong protest": a state's objection
                    curb = _aid_curbed(tok) if cls.plover == "AID" and "sanction" in t.classes else None
                    if curb is not None and curb.i not in used:
                        # "imposed restrictions on economic assistance to X": aid curbed, a sanction
                        # (PLOVER), no aid given; the measure's noun bears it ("imposed restrictions")
                        used.update(x.i for x in toks[a:b])
                        used.add(curb.i)
                        out.append(Mention(curb, t.classes["sanction"], curb.idx, curb.idx + len(curb), True))
                        break
                    if cls.name == "briefing" and not _briefing_held(tok, cls.not_objects):
                        continue  # "told a news briefing", "at a briefing": a venue of words, no meeting
                    used.update(x.i for x in toks[a:b])
                    out.append(Mention(tok, cls, toks[a].idx, toks[b - 1].idx + len(toks[b - 1]), True))
                    break
            elif tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma in t.verbs):
                if lemma in _DENYING and "reject" in t.classes and any(
                        ch.tag_ == "VBG" and ch.dep_ in ("xcomp", "ccomp", "dobj") for ch in tok.children):
                    # "the army denied firing on the protesters", "denied instigating the clash": a charge denied
                    used.add(tok.i)
                    out.append(Mention(tok, t.classes["reject"], tok.idx, tok.idx + len(tok), False))
                    continue
                if _denies_the_charge(tok) and "reject" in t.classes:
                    # "an allegation the group has denied", "charges which Kigali denied": the charge
                    # denied is the one the clause hangs on
                    used.add(tok.i)
                    out.append(Mention(tok, t.classes["reject"], tok.idx, tok.idx + len(tok), False))
                    continue
                for rest, cls in t.verbs.get(lemma, []) + (t.verbs.get(low, []) if low != lemma else []):
                    if lemma == "call" and "consult" in t.classes and (_called_to_office(tok) or _called_in_envoy(tok)
                                                                       or _paid_a_call(tok)):
                        rest, cls = (), t.classes["consult"]  # "the envoy was called to the Foreign Ministry": summoned
                    if rest and not _has_particles(tok, rest):
                        continue
                    if cls.name == "call_out" and not rest and any(ch.dep_ == "prt" for ch in tok.children):
                        continue  # "the opposition called off its march": a protest cancelled, no one asked out
                    if rest and " ".join((lemma, *rest)) in _BARE_PARTICLES and not _bare_particle(tok, rest):
                        continue  # "higher than the figure given in early results", "expected given the logic seen in …"
                    if cls.subjects:
                        subj = _subject(tok)
                        subj = _counted_people(subj) if subj is not None and (_doer_lemma(subj) not in cls.subjects or
                                                                              _counted_others(subj)) else subj
                        subj = _speaker_told(tok, subj) if subj is not None and _doer_lemma(subj) not in cls.subjects else subj
                        # ("the military said it struck a depot": the military)
                        # ("hundreds of students stormed the ministry": the students)
                        force_blamed = False
                        if (subj is None or _doer_lemma(subj) not in cls.subjects) and cls.name in _FORCE_VERB_CLASSES:
                            blamed = _blamed_party_of(tok)
                            force_blamed = blamed is not None and (blamed.ent_type_ in ("GPE", "NORP", "ORG") or
                                                                   _doer_lemma(blamed) in cls.subjects)
                            # ("accused the US of striking a port": the state or armed body blamed strikes)
                        if (subj is None or _doer_lemma(subj) not in cls.subjects) and not self._has_part(tok, cls) \
                                and not force_blamed:
                            continue  # "people gathered" is no protest, "people gathered, demanding …" is
                        if cls.mode == "riot" and any(ch.dep_ == "amod" and ch.lower_ in _UNNAMED_MODS for ch in subj.children):
                            continue  # "armed youths attacked a cattle camp": armed men, no mob
                    if cls.name == "shell_hit" and not _death_it_caused(tok):
                        continue  # "a mortar shell struck a plane at the airport" in a battle's telling: a part of it
                        # (its own event only as what the dead died by: "a child died when a shell hit the house")
                    if cls.name == "bar" and not _barred_from(tok):
                        continue  # "barred the gate", "banned the party": nothing forbidden to be done
                    if cls.name == "designate" and not _named_terrorist(tok):
                        continue  # "designated a new commander", "a designated area": no listing
                    if cls.name == "reopen" and tok.tag_ == "VBG":
                        continue  # "talks focusing on reopening the crossing", "calling for a ceasefire and reopening
                        # the crossing": a topic or a thing wanted (the news tells a reopening by its finite verb)
                    if cls.name == "order_people_out" and not _people_told_to_leave(tok, cls.objects):
                        continue  # "ordered the residents to stay indoors", "gave them time to think": no one put out
                    if cls.objects and cls.name != "order_people_out" and not _object_matches(tok, set(cls.objects)) and \
                            not (cls.mode in _TYPED_BY_ACT and _person_done_to(tok, cls.objects)) and \
                            not (cls.name in ("restrict", "reopen", "blockade") and _compound_object(tok, cls.objects)) and \
                            not (cls.name == "release" and (_person_released(tok) or _freed_from_custody(tok))) and \
                            not (cls.name == "disperse" and _crowd_dispersed(tok, set(cls.objects))) and \
                            not (cls.name == "supply" and _supplied_with(tok, cls.objects)) and \
                            not (cls.name == "brand" and _named_as_wrongdoer(tok)):
                        continue  # "air defences downed six drones", not "downed tools"
                    if cls.not_objects and _object_matches(tok, set(cls.not_objects)):
                        continue  # "the bodies were handed over to the families": no handover between parties
                    if cls.plover == "CONSULT" and lemma in _ANSWERED_VERBS and any(ch.dep_ == "auxpass" for ch in tok.children) \
                            and any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children):
                        continue  # "any attack would be met with force", "were met with tear gas": an answer, no meeting
                    if cls.plover == "PROTEST" and lemma in _SHOWING_VERBS and tok.pos_ in ("VERB", "AUX") and any(
                            ch.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") for ch in tok.children):
                        continue  # "the army demonstrated its resolve", "tests demonstrated that …", "as was
                        # demonstrated": shown, not protested (a protest is demonstrated intransitively)
                    if cls.plover == "ACCUSE" and lemma == "hold" and not _held_to_account(tok):
                        continue  # "those responsible will be held accountable", "held no one responsible yet"
                    if cls.plover == "ACCUSE" and lemma in _HURLING and _hurled_against(tok):
                        continue  # "slammed him on the ground": a body thrown down, no one criticised
                    if cls.not_subjects and (subj := _subject(tok)) is not None and (
                            subj.lemma_.lower() in cls.not_subjects or _doer_lemma(subj) in cls.not_subjects):
                        # (a plural the parser took for a name at a sentence's start: "Traders shut …")
                        continue  # "a crisis that blew up over the arrest", "violence exploded": no blast
                    if cls.name == "blockade" and tok.dep_ == "advcl" and any(
                            ch.dep_ == "mark" and ch.lower_ in _OCCASION_MARKS for ch in tok.children):
                        continue  # "the incident happened after workers blocked the road": its prelude
                    if cls.violent and _by_mishap(tok):
                        continue  # "killed in a car crash", "floods killed ten": no one's violence
                    if cls.name == "protest" and _formal_protest(tok):
                        cls = t.classes["diplomatic_protest"]  # "the foreign ministry protested"
                    if cls.name == "reject" and "ban_gathering" in t.classes and _gathering_refused(tok):
                        cls = t.classes["ban_gathering"]  # "refused to authorise the march": the march banned
                    if cls.name == "reject" and "accuse" in t.classes and self._rejects_violence(tok):
                        cls = t.classes["accuse"]  # "rejected the indiscriminate attack": condemned it
                    if cls.name == "order_out" and not _envoys_told_to_leave(tok):
                        continue  # "ordered the ambassador to attend", "told the envoy the news": no expulsion
                    if cls.plover == "REQUEST" and _envoys_told_to_leave(tok):
                        cls = t.classes["sanction"]  # "asked the envoy to leave within 72 hours": an expulsion
                    if cls.plover == "CONSULT" and _summoned_to_protest(tok):
                        cls = t.classes["diplomatic_protest"]  # "summoned the envoy to protest the sale": an objection
                    if cls.name == "clash" and _struggles_to(tok):
                        continue  # "Modi battling to oust a bitter rival": one man's struggle, no fight
                    if cls.plover == "ASSAULT" and not rest and _walks_out(tok):
                        continue  # "the prime minister stormed out of the talks"
                    if cls.name == "shooting" and not _shot_at_someone(tok, rest):
                        continue  # "shot a film", "shot down the proposal", "fired on Monday"
                    if cls.plover == "ASSAULT" and _crowd_munition(tok):
                        if not _fired_at_crowd(tok, set(t.classes["disperse"].objects)):
                            continue  # "fired several rounds of tear gas shells": crowd control, not shelling
                        cls = t.classes["disperse"]  # "fired tear gas at protesters in Basra": a crowd met with force
                    if cls.name == "crowd_force":
                        if not (_crowd_munition(tok) and _fired_at_crowd(tok, set(t.classes["disperse"].objects))):
                            continue  # "used the funds", "sprayed the crops": no crowd met with force
                        cls = t.classes["disperse"]  # "used water cannon against protesters": a crowd met with force
                    if cls.name == "revert" and not _returned_place(tok, placed):
                        continue  # "Kharkiv returned to normal", "returned 50 refugees to Afghanistan"
                    if cls.name == "leave_land" and not _left_land(tok, placed):
                        continue  # "soldiers left the base at dawn": no land given up
                    if cls.name == "fall" and not _fallen_place(tok, placed):
                        continue  # "prices fell to a record low", "the country fell into chaos"
                    if cls.name == "territory" and (not _has_place_object(tok, placed) or _moved_to(tok) or _took_position(tok) or any(
                            ch.dep_ == "dobj" and ch.lemma_.lower() in _IDIOM_OBJECTS for ch in tok.children)):
                        continue  # "the attack took place in Gayeri", "took part", "took action"
                    if cls.name == "arrest" and lemma == "capture" and (_has_place_object(tok, placed) or _place_subject(tok)):
                        continue  # "took Kabul"; "the town lies near the border and was captured": a place taken
                    if cls.name == "bodies_found" and not _violent_death_told(tok):
                        continue  # "bodies were found after the floods": no one's violence told
                    if cls.name == "seizure" and not _seizes_arms(tok):
                        continue
                    if cls.name == "sanction" and not rest and not any(
                            ch.dep_ in ("dobj", "nsubjpass", "auxpass") for ch in tok.children):
                        continue  # "schools and businesses closed": nothing was closed by anyone
                    if cls.name == "sanction" and not any(ch.dep_ in ("dobj", "agent") for ch in tok.children) and any(
                            ch.dep_ in ("nsubjpass", "nsubj") and ch.lemma_.lower() in _W["shut_by_owners"]
                            for ch in [*tok.children, *(g for a in tok.children if a.dep_ == "auxpass" for g in a.children)]):
                        continue  # "shops and offices were closed for a strike": closed by no one named
                    if cls.name == "sanction" and any(ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in _UNSANCTIONED
                                                      for ch in tok.children):
                        continue  # "the rebels halted their advance", "the bridge was closed by police": no sanction
                    if cls.name == "brand" and not any(ch.dep_ == "oprd" or ch.dep_ == "prep" and ch.lower_ == "as"
                                                       for ch in tok.children):
                        continue  # "called the strikes irresponsible", not "the shooting was described by witnesses"
                    if cls.name == "threaten" and _warns_of_danger(tok):
                        continue  # "analysts warned that inflation could rise", "the UN warned of a famine": a
                        # danger foretold, no one threatened
                    if cls.name == "vow" and not self._vows_force(tok):
                        continue  # "vowed to continue the talks": a plan, not a threat
                    if cls.name == "aid" and not any(t.ent_type_ == "MONEY" for t in tok.subtree):
                        continue  # "lent them renewed vigour" gives no aid
                    if cls.name == "consult" and lemma in ("arrive", "travel") and not _has_place_object(tok):
                        continue
                    if cls.name == "consult" and lemma == "discuss" and not _discussed_together(tok):
                        continue  # "the cabinet discussed the budget": no one met
                    if cls.name == "consult" and any(ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in _MET_NOT_PARTIES
                                                     for ch in tok.children):
                        continue  # "met stiff resistance", "met the demands": no meeting
                    if cls.plover == "AGREE" and any(ch.dep_ == "xcomp" and ch.lemma_.lower() in _DELIBERATING
                                                     for ch in tok.children):
                        continue  # "agreed to consider a statement": a matter weighed, nothing agreed
                    if cls.plover == "REQUEST" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _OFFICES_SOUGHT
                                                       for ch in tok.children):
                        continue  # "said he would seek another term", "sought re-election": no demand of anyone
                    if cls.plover == "REQUEST" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _CARE_SOUGHT
                                                       for ch in tok.children):
                        continue  # "protesters sought medical treatment", "sought refuge": no demand of anyone
                    if cls.plover in ("REQUEST", "ACCUSE") and _crowd_voiced(tok):
                        continue  # "demonstrators marched, demanding elections and denouncing the government": the
                        # cause of the crowd's protest, told with it
                    if cls.name == "concede" and any(ch.dep_ == "ccomp" for ch in tok.children):
                        continue  # "conceded that his forces were struggling": an admission, nothing yielded
                    if cls.plover == "REQUEST" and any(ch.dep_ == "oprd" for ch in tok.children):
                        continue  # "called the shooting a terrorist attack", "called him a traitor": a name given
                    if cls.name == "reject" and rest == ("down",) and not _object_matches(tok, _REFUSABLES):
                        continue  # "turned down the volume": nothing refused to anyone
                    if cls.plover == "REJECT" and lemma in _DENYING and rest == ("that",) and any(
                            ch.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ in _TO_COME for g in ch.children)
                            for ch in tok.children):
                        continue  # "denied that the UK would sever relations": a plan disowned, no charge rejected
                    if cls.plover == "THREATEN" and _warns_own_ranks(tok):
                        continue  # "we have warned our troops accordingly": an alert to one's own, no threat
                    if cls.plover == "REQUEST" and lemma in _TELLING_TO_ACT and not _told_to_act(tok):
                        continue  # "told reporters that the attack was over": a saying, no request
                    if cls.plover in ("COERCE", "REQUEST") and cls.category == "political" and not cls.objects \
                            and not _has_clause_object(tok) and not _insisted_on(tok) and not (cls.name in _DONE_TO_PEOPLE_ALONE and any(
                                ch.dep_ == "nsubjpass" for ch in tok.children)) and not (cls.name == "sentence" and _charged_on_a_day(tok)):
                        continue  # "forced their way in", "asking not to be named" (not "the town was quarantined")
                    if cls.name == "coerce" and not _object_is_party(tok):
                        continue  # "forced thousands to flee": a consequence, not one party coercing another
                    if cls.name == "consult" and lemma in _OFFICIAL_VISITS and not _official(_subject(tok)):
                        continue  # "displaced families arrived in the camps", "tourists toured the town": no visit
                    if cls.name == "supply" and (not (_official(subj := _subject(tok)) or subj is not None and subj.pos_ == "PROPN"
                                                      or subj is None and any(ch.dep_ == "auxpass" for ch in tok.children)) or any(
                            ch.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "poss" for g in ch.children)
                            for ch in tok.children)):
                        continue  # "fighters handed over their weapons" (a surrender), "police handed over the
                        # seized guns": no state arming another (but "the vehicles were handed over to the army")
                    if cls.name == "consult" and lemma == "negotiate" and any(ch.dep_ == "dobj" for ch in tok.children):
                        continue  # "an ally who negotiated the release of an American": a thing got, no talks told
                    if cls.name == "briefing" and tok.dep_ in ("acl", "relcl"):
                        continue  # "officials briefed on the talks said": who speaks, no meeting told
                    if tok.dep_ in ("amod", "compound"):
                        continue  # "a banned group", "the killed soldiers": a description
                    used.add(tok.i)
                    out.append(Mention(tok, cls, tok.idx, tok.idx + len(tok), False))
                    break
        return out

    def _vows_force(self, tok) -> bool:
        """"Vowed to crush the rebels", "pledged to enforce a security crackdown": what the vow's
        infinitive does (its verb, or the noun that verb carries) is violence or coercion."""
        act = next((ch for ch in tok.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"), None) or next(
            (ch for ch in tok.children if ch.dep_ == "advcl" and ch.pos_ == "VERB" and ch.tag_ == "VB" and any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i < ch.i for g in ch.children)), None)
        # ("vowed on Tuesday to retaliate", the infinitive parsed as a clause of its own)
        if act is None and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _VOWED_REPRISALS for ch in tok.children):
            return True  # "vowed revenge", "pledged retribution"
        if act is None and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _ANSWER_WORDS and any(
                (g.lower_ in _FORCEFUL_ANSWERS or g.lemma_.lower() in _FORCEFUL_ANSWERS) for a in ch.children if a.dep_ == "amod"
                for g in (a, *(x for x in a.children if x.dep_ == "conj"))) for ch in tok.children):
            return True  # "vowed a crushing response", "promised a swift and decisive response to any aggression"
        if act is None:
            said = next((ch for ch in tok.children if ch.dep_ == "ccomp" and ch.pos_ in ("VERB", "AUX")), None)
            if said is None or not any(ch.dep_ == "aux" and ch.lower_ in ("will", "would") for ch in said.children) \
                    or any(ch.dep_ == "neg" for ch in said.children):
                return False
            # "vowed that the coming days will be decisive with the escalation of our military operations",
            # "vowed that his forces will launch attacks": force promised in a clause told in the future,
            # what its subject will do (not "pledged that the killing would be investigated")
            subjects = {t.i for ch in said.children if ch.dep_ in ("nsubj", "nsubjpass", "csubj") for t in ch.subtree}
            told = [w for w in said.subtree if w.i not in subjects]
            lemmas = {w.lemma_.lower() for w in told}
            for w in told:
                if w.pos_ == "VERB":
                    found = [cls for rest, cls in self.t.verbs.get(w.lemma_.lower(), []) if not rest or _has_particles(w, rest)]
                else:  # a noun's whole phrase is in the clause ("military operations")
                    found = [cls for words, cls in self.t.nouns.get(w.lemma_.lower(), []) if set(words) <= lemmas]
                if any(cls.plover in ("ASSAULT", "COERCE") for cls in found):
                    return True
            return False
        if act.lemma_.lower() in _GOING_ON_VERBS:
            # "vowed to keep fighting", "pledged to continue the offensive": the act gone on with
            act = next((ch for ch in act.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"), act)
        words = [act, *(ch for ch in act.children if ch.dep_ == "dobj")]
        if any(w.lemma_.lower() in _VOWED_REPRISALS for w in words):
            return True  # "vowed to retaliate", "pledged to avenge the dead", "vowed to take revenge"
        return any(cls.plover in ("ASSAULT", "COERCE")
                   for w in words
                   for _, cls in (self.t.verbs if w is act else self.t.nouns).get(w.lemma_.lower(), []))

    def _reason_for_force(self, v) -> bool:
        """A political act told as why someone was harmed or held ("a farmer was killed for refusing to
        be kidnapped", "he was detained for criticising the governor"): a gerund after "for" that hangs on
        a verb of violence or coercion; the harm is the happening, the reason no act between parties."""
        if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ != "for" or v.head.head.i == v.head.i:
            return False
        done = v.head.head
        return done.pos_ == "VERB" and any(cls.category == "conflict" and cls.plover in ("ASSAULT", "COERCE")
                                           for rest, cls in self.t.verbs.get(done.lemma_.lower(), ()) if not rest)

    def _has_part(self, tok, cls) -> bool:
        """Whether a verb of a class that can be part of ``cls``'s happening (``part_of``) sits in
        ``tok``'s clause: "people gathered in the square, demanding his release"."""
        for ch in tok.children:
            if ch.pos_ == "VERB" and ch.dep_ in ("advcl", "xcomp", "conj") and _inside(ch, tok) and any(
                    cls.name in other.part_of for rest, other in self.t.verbs.get(ch.lemma_.lower(), ()) if not rest):
                return True
        return False

    # -- filters ------------------------------------------------------------
    def _why_not(self, c: Mention, headline: bool, ctx: ReportContext | None = None) -> str | None:
        """Fill tense, negation and definiteness; for a mention that tells no happening, why not
        (``--explain`` shows it); None for an event."""
        tok = c.tok
        verb = tok
        if headline and c.cls.plover == "PROTEST" and _banned_in_headline(tok):
            # (noun or verb: a headline's "Bans Rallies" may be read either way)
            return "a thing averted (\"prevented a possible attack on the procession\")"
        if not c.noun and c.cls.plover != "PROTEST" and tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
                and tok.head.head.lemma_.lower() in _PREVENTING | _AVERTING:
            # "a law to stop militants from attacking polling stations", "troops prevented the rebels from taking
            # the town": kept from being done (a crowd stopped from marching had gathered: not a protest's)
            return "a thing prevented (\"stopped militants from attacking\")"
        if c.cls.plover == "REQUEST" and _legal_appeal(tok):
            return "a legal appeal (\"would appeal the verdict\"), no request between parties"
        if not c.noun and ctx is not None and _in_a_decade(tok, ctx):
            return "dated only by a decade (\"twice invaded its neighbour in the 1990s\"): a period's acts, no day or year to tell"
        if c.cls.violent or c.cls.plover == _VIOLENT_PLOVER:
            if (span := _span_of_acts(tok)) is not None:
                return f"acts over a span of {span} (\"nine years of fighting\", \"after a decade fighting the insurgents\")"
        if tok.tag_ == "VBG" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "dobj" \
                and tok.doc[tok.i + 1].head.i == tok.i and tok.doc[tok.i + 1].lemma_.lower() in _FRAMES:
            # "in separate bombing and shooting incidents", the parser reading "shooting" as a verb whose
            # object is "incidents": the noun's modifier, the kind of act the noun names
            return "a modifier of another noun (\"shooting incidents\")"
        if c.noun:
            if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.head.pos_ == "NOUN"):
                return "a modifier of another noun (\"attack helicopter\")"
            if any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _AILMENT_MODS for ch in tok.children):
                return "an ailment, not an act (\"died of a heart attack\", \"a panic attack\")"
            dets = {ch.lower_ for ch in tok.children if ch.dep_ in ("det", "predet", "amod", "nummod", "quantmod")}
            if tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.lemma_ != tok.lower_:
                c.plural = True
            if any((ch.dep_ == "nummod" or ch.like_num) and not _a_year(ch) for ch in tok.children) and c.plural \
                    and not c.cls.counts_people:  # (not "the 1992 riots": a year, not a count)
                return "a count of events (\"five attacks in January\")"
            if c.plural and dets & _SIMILAR and not _dated_in_clause(tok, ctx):
                return "acts of its kind, not one (\"has carried out similar attacks in the past\")"
            if dets & _AGGREGATE_DET and not (c.cls.counts_people and dets & _AGGREGATE_DET <= _HOW_MANY):
                # ("police made several arrests": how many people, one act of arrest; not "no arrests")
                return "an aggregate (\"several attacks\")"
            if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP") \
                    and dets & {"a", "an"} and not headline:
                return "a definition or a kind (\"a démarche is a protest lodged through diplomatic channels\")"
            if tok.dep_ == "attr" and tok.head.lemma_ == "be" and _singling_superlative(tok) and any(
                    ch.dep_ == "nsubj" and ch.lower_ in _HAPPENING_PRONOUNS for ch in tok.head.children):
                return "the record a happening told sets (\"It was the deadliest attack since …\")"
            if tok.head.lemma_.lower() in _AGGREGATE_HEAD and tok.dep_ == "pobj" or \
                    (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _AGGREGATE_HEAD):
                return "part of an aggregate (\"a series of attacks\")"
            if tok.dep_ == "pobj" and tok.head.lower_ in _INCLUDING and any(_in_aggregate(a) for a in list(tok.head.ancestors)[:4]):
                return "one of an aggregate's acts named as an example (\"a series of attacks, including a car bombing\")"
            if tok.lemma_.lower() in _DATED_ONLY and not _own_date(tok):
                return "a period named, not dated (\"an uprising in the hills\", \"to avert genocide\")"
            if tok.dep_ == "pobj" and tok.head.lower_ in _LACKING_PREPS:
                return "a thing lacked (\"talks broke down without an agreement\", \"fell without a fight\")"
            if _wanted(tok):
                return "a thing wanted (\"pressure for a peace deal\", \"called for a ceasefire\")"
            if _asked_to_do(tok):
                return "a thing asked of a party (\"urged both sides to agree to a ceasefire\")"
            if _threatened(tok):
                return "a thing threatened (\"threatened a military offensive\", \"warned of new attacks\")"
            if c.cls.plover == "AGREE" and _agreement_sought(tok):
                return "an agreement sought (\"talks to reach a ceasefire\", \"in the hopes of reaching a deal\")"
            if _ended_by_noun(tok):
                return "the thing an ending ends (\"the lifting of the curfew\", \"the suspension of cooperation\")"
            if c.cls.plover == "AGREE" and self._talked_of(tok):
                return "an agreement talked of, not made (\"held talks on a ceasefire\", \"negotiations over a peace deal\")"
            if c.cls.plover == "AGREE" and _agreement_broken(tok):
                return "an agreement broken, not made (\"ended a ceasefire\", \"the truce collapsed\")"
            if _verdict_ground(tok):
                return "the charge a verdict is for, a past act (\"sentenced for their role in the attack\")"
            if _remembered(tok) and years_remembered(tok) is None:
                # (one whose years the anniversary counts is dated: "the 20th anniversary of the massacre")
                return "a past act remembered (\"the anniversary of the massacre\")"
            if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp" \
                    and tok.head.lemma_.lower() in _SCHEDULING:
                return "a thing planned, named as a charge or a reason (\"charged for planning an illegal demonstration\")"
            if not headline and _in_proper_name(tok):
                return "a word of a proper name (\"the Rally for Culture and Democracy\")"
            if c.cls.category == "political" and _helped_by(tok):
                return "the help another act was done with (\"rescued with the assistance of vigilantes\")"
            if tok.dep_ == "dobj" and c.cls.category == "political" and _refused(tok.head) \
                    and not dets & {"the", "this", "that", "these", "those"} and not any(ch.dep_ == "poss" for ch in tok.children) \
                    and not (c.cls.plover == "ACCUSE" and _laid_by_named(tok, ctx)):
                return "a thing refused (\"ruled out talks with the opposition\")"
            if tok.dep_ == "dobj" and (c.cls.category == "political" or c.cls.plover == "AGREE") and _failed_to(tok.head):
                return "a thing not got (\"the talks failed to produce a ceasefire\")"
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PREVENTING and tok.head.tag_ == "VB" \
                    and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.head.children):
                return "a thing to be stopped (\"measures to stop the attacks\")"
            if (tok.dep_ in ("dobj", "nsubjpass") or headline and tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBN")
                and not any(ch.dep_ == "dobj" for ch in tok.head.children)) \
                    and tok.head.lemma_.lower() in _AVERTING and tok.head.pos_ == "VERB":
                # (a headline drops the passive's "was": "Rally banned")
                return "a thing averted (\"prevented a possible attack on the procession\")"
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DELIBERATING and tok.head.pos_ == "VERB":
                return "a thing weighed (\"the council weighs a condemnation\", \"the EU is considering sanctions\")"
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and tok.head.tag_ in ("VBZ", "VBP") and any(
                    ch.dep_ in ("acomp", "advmod") and ch.lemma_.lower() in _W["prospects"] for ch in tok.head.children):
                return "a prospect, not a happening (\"a visit to Beijing is unlikely\", \"a deal is still far off\")"
            c.definite = (bool(dets & {"the", "this", "that", "these", "those"}) or
                          any(ch.dep_ == "poss" for ch in tok.children)) and not _one_of_the_most(tok)
            has_det = bool(dets & {"a", "an", "the", "this", "that"}) or any(ch.dep_ == "poss" for ch in tok.children) \
                or "another" in dets and tok.dep_ == "nsubj" and tok.head.tag_ == "VBD"  # ("another strike hit a car": one more, done)
            carried = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.t.support_verbs \
                and (tok.head.tag_ in ("VBD", "VBN") and not _habitual(tok.head) or _announced(tok.head, c.cls.category == "political" or c.cls.plover == "PROTEST")
                     or _caused_to_do(tok.head))
            passive = tok.head if tok.dep_ == "nsubjpass" else _stranded_subject_of(tok)
            if passive is not None and passive.lemma_.lower() in self.t.support_verbs and passive.tag_ == "VBN" \
                    and any(ch.dep_ == "auxpass" and ch.lower_ in ("was", "were") for ch in passive.children) \
                    and not _habitual(passive):
                carried = True  # "curfews were imposed in several cities on Friday", "protests were held on
                # Friday": done, as "imposed curfews" is (not "curfews are imposed every Friday")
            if passive is not None and c.cls.counts_people and passive.lemma_.lower() in self.t.support_verbs \
                    and passive.tag_ == "VBN" and any(ch.dep_ == "auxpass" and ch.lower_ == "been" for ch in passive.children) \
                    and any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "had") for ch in passive.children) \
                    and any(ch.dep_ == "nummod" and not _a_year(ch) for ch in tok.children) \
                    and (not _habitual(passive) or _since_a_recent_day(passive)):
                carried = True  # "more than 30 arrests have been made since Friday": a count of the people one
                # operation took, done (not "arrests are made every night")
            if not carried and any(ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in self.t.support_verbs
                                   and _dated_by_prep(ch) and not _habitual(ch) for ch in tok.children):
                carried = True  # "the agreements made in October 2016", "raids carried out on Sunday": done then
            if not carried and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.dep_ == "dobj" \
                    and c.cls.plover == "AID" and (amount := tok.head.head).head.lemma_.lower() in self.t.support_verbs \
                    and amount.head.tag_ in ("VBD", "VBN") and not _habitual(amount.head) \
                    and (amount.ent_type_ in ("MONEY", "QUANTITY") or any(ch.dep_ == "nummod" for ch in amount.children)):
                carried = True  # "provided $10 million in aid", "delivered 50 tonnes of food aid": given, as "gave aid" is
            if not carried and c.cls.category == "political" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and (batch := tok.head.head).lemma_.lower() in _MEASURE_SETS and batch.dep_ == "dobj" \
                    and batch.head.lemma_.lower() in self.t.support_verbs \
                    and (batch.head.tag_ in ("VBD", "VBN") and not _habitual(batch.head) or _announced(batch.head, True)):
                carried = True  # "announced a fresh round of sanctions", "unveiled a package of sanctions": the batch
                # done is the measures done (not "a series of attacks", which may sum a campaign)
            if not carried and c.cls.plover == "PROTEST" and not has_det and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and tok.head.head.tag_ == "VBD" and not _habitual(tok.head.head) \
                    and any(ch.dep_ == "nsubj" for ch in tok.head.head.children):
                carried = True  # "traders shut their shops on Monday in protest at the tax", "staged a walkout in
                # protest": what they did, done as a protest
            if not carried and c.cls.name == "briefing" and tok.head.tag_ in ("VBD", "VBN") and not _habitual(tok.head):
                carried = True  # "received operational briefings from the commanders": held (_briefing_held)
            if not carried and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
                    and tok.head.head.lemma_.lower() in _PLACING_UNDER and tok.head.head.tag_ in ("VBD", "VBN") \
                    and not _habitual(tok.head.head):
                carried = True  # "placed the opposition leader under house arrest", "was put under curfew": done
            # (read only for a bare noun: the two tests below that ask for it ask first whether it is one)
            news = not has_det and not headline and not carried and (
                _told_as_news(tok, ctx) or _reported_at_place(tok, ctx) or _occurred_or_caused(tok, ctx) or _deaths_told_in(tok, ctx)
                or (c.plural and _placed_plural(tok)) or (c.plural and _one_round_of_talks(tok, ctx)))
            if c.plural and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ROUND_NOUNS \
                    and any(ch.lower_ in ("the", "this", "that") or ch.dep_ == "poss" for ch in tok.head.head.children):
                c.definite = True  # "the first round of talks failed": a round told before, as "the talks" is
            if c.plural and not has_det and not headline and not carried and not news \
                    and not (c.cls.plover == "ACCUSE" and _laid_by_named(tok, ctx)):
                # (but "denied allegations by the Arakan Army that it killed 76 villagers": one party's charge)
                return "a generic plural (\"terrorist attacks since last year\")"
            if c.cls.plover == "ACCUSE" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ESCAPING:
                return "an accusation spared (\"escaped censure from the United States\"), none made"
            if not has_det and not headline and not carried and not news and not _dated_or_placed(tok) \
                    and not (c.cls.plover == "ACCUSE" and (_made_by_named(tok, ctx) or _laid_by_named(tok, ctx))):
                return "a bare noun, neither dated nor placed"
            verb = _governing_verb(tok)
            if verb is not None and tok.head == verb and verb.lemma_.lower() in self.t.support_verbs:
                c.verb = verb
            if verb is None:
                c.verb = None
                return None
        c.verb = c.verb or verb
        v = c.verb
        if _time_anchor(tok, v) and not (c.noun and years_remembered(tok)):
            return "a past act that dates the news (\"since the crackdown\", \"since July 3, when the army ousted him\")"
        if c.noun and c.cls.plover == "SANCTION" and _standing_since(tok):
            return "a measure told as it stands since a time (\"under an arms embargo since 1992\")"
        if not c.noun and _past_ground_clause(tok):
            return "told of a past act named as a verdict's charge or as remembered (\"an attack that killed 20\", \"those killed\")"
        if not c.noun and _shown_by_none(_first_conjunct(tok)):
            return "an act no evidence shows (\"there was no evidence that soldiers had shelled the village\")"
        if not c.noun and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and _in_aggregate(tok.head) \
                and tok.head.lemma_.lower() in self.t.nouns:  # (acts counted, not "the number of people killed")
            return "what an aggregate's acts did (\"a series of bomb attacks targeting security forces\")"
        if not c.noun and tok.dep_ == "acl" and tok.tag_ == "VBG" and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) \
                and (kinds := {k.plover for _, k in self.t.nouns.get(tok.head.lemma_.lower(), ())}) \
                and _VIOLENT_PLOVER not in kinds:
            # "plans for further sanctions targeting Moscow", "protests targeting the ministry": the aim of an act
            # of no violence its noun names, no attack
            return "the aim of a non-violent act its noun names (\"sanctions targeting Moscow\")"
        if c.cls.plover == "ASSAULT" and v is not None and _summed_toll(v, ctx, self.t.nouns, tok if c.noun else None):
            return "a toll summed over a month or more (\"attacks and clashes killed 300 civilians in March\")"
        if c.cls.category == "conflict" and not c.noun and _words_as_doer(v):
            return "an attack in words (\"banners with messages attacking the government\")"
        if c.cls.plover == "REQUEST" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _W["asked_of_reporters"]
                                             for ch in v.children):
            return "a reporting formula (\"requesting anonymity\")"
        if c.cls.plover == "REJECT" and not c.noun and any(
                ch.dep_ == "xcomp" and ch.lemma_.lower() in _STAYING_PUT for ch in tok.children):
            return "staying put in defiance, no proposal rejected (\"protesters refused to disperse\")"
        if c.cls.plover == "REQUEST" and v is not None and any(
                ch.dep_ in ("xcomp", "ccomp") and any(g.dep_ in ("dobj", "nsubjpass") and g.lemma_.lower() in _OWN_IDENTITY
                                                      and any(p.dep_ == "poss" for p in g.children) for g in ch.children)
                for ch in v.children):
            return "a reporting formula (\"asking not to use his name\", \"asked that her name be withheld\")"
        if c.cls.plover == "REQUEST" and not c.noun and tok.lemma_.lower() in _STRIVING \
                and not any(ch.dep_ in ("dobj", "dative") for ch in tok.children) \
                and any(ch.dep_ == "xcomp" and ch.pos_ in ("VERB", "AUX") and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in ch.children) for ch in tok.children):
            return "an attempt, not a request (\"bridges they had sought to control\")"
        if c.cls.plover == "THREATEN" and not c.noun:
            subj = _subject(v)
            participle = v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "conj")
            if participle and subj is None or subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.t.nouns:
                # "the attack was reckless, threatening the lives of others": no one made a threat
                return "a happening that threatens, not a threat made (\"…, threatening to raise tensions\")"
            if any(ch.dep_ == "dobj" and ch.lemma_.lower() in _ENDANGERED for ch in v.children):
                # "culpable for threatening the lives of other citizens", "threatens regional peace"
                return "a deed that endangers, not a threat made (\"threatening the lives of others\")"
        if c.cls.plover == "REJECT" and not c.noun and any(ch.dep_ == "xcomp" and ch.lemma_.lower() in _SAYING_WITHHELD
                                                           for ch in v.children):
            return "a refusal to comment (\"refused to detail the terms\")"
        if c.cls.plover == "REJECT" and not c.noun and tok.lemma_.lower() in _PARTY_ONLY_REJECTIONS and ctx is not None \
                and ((subj := _subject(v)) is None or not (subj.pos_ in ("PRON", "PROPN") or subj.i in ctx.actor_at
                                                           or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                           or subj.lemma_.lower() in _W["officials"])):
            return "a thing at odds with another, no party rejecting (\"the footage contradicted the account\")"
        if c.cls.category == "political" and not c.noun and self._reason_for_force(v):
            return "the reason given for another's act of force (\"killed for refusing to pay\")"
        if c.cls.plover == "CONSULT" and not c.noun and any(
                p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _PRESS_WORDS for g in p.children) for p in tok.children):
            return "words to the press, no meeting of parties (\"spoke to reporters by phone\")"
        if c.cls.plover == "REJECT" and not c.noun and any(
                ch.dep_ == "xcomp" and any(p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _PRESS_WORDS for g in p.children) for p in ch.children)
                for ch in v.children):
            return "a refusal to comment (\"refused to talk to reporters\")"
        if c.cls.plover == "REJECT" and not c.noun and any(ch.dep_ == "xcomp" and ch.lemma_.lower() in _FIGHT_REFUSALS
                                                           for ch in v.children):
            return "a fighter's refusal in the fight (\"refused to surrender and were killed\"), no rejection"
        if c.cls.plover == "REQUEST" and not c.noun and any(
                ch.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in _QUESTION_MARKS or
                                           g.tag_ in ("WP", "WRB") and g.i < ch.i for g in ch.children)
                for ch in v.children):
            return "a question, not a demand (\"was asked if this was terrorism\")"
        if c.cls.plover == "ACCUSE" and tok.lemma_.lower() in _INQUIRING and _inquiry_of_nothing(tok):
            return "an inquiry into nothing named, no one accused (\"an investigation is under way\")"
        if c.cls.category == "political" and _weighed_doing(tok, c.noun, self.t.support_verbs):
            # (an act of force weighed, "seen discussing overthrowing the government", is a plot told, left to the accusation it bears)
            return "an act weighed (\"is considering imposing a curfew\", \"weighs deploying troops\"), not done"
        aux = {ch.lower_ for ch in v.children if ch.dep_ in ("aux", "auxpass")}
        host = _ing_host(v)  # "would reciprocate by expelling": the verb it hangs on says whether it happened
        if host is not None:
            aux |= {ch.lower_ for ch in host.children if ch.dep_ in ("aux", "auxpass")}
        if c.noun and v.i != tok.i and aux & {"has", "have", "'ve"} and _over_past_span(v) and not _own_date(tok):
            # "Mali in recent years has been dogged by a coup, civil war and terrorism", "the region has seen
            # riots over the past decade": what a span of years held, not one act told as news
            return "what a span of years held (\"has been dogged by a coup in recent years\")"
        decided = intended = False
        if "would" in aux and "have" not in aux and v.dep_ == "ccomp" and v.head.lemma_.lower() in _ANNOUNCING:
            # (not "police said dozens would have been killed": what would have been, never to come)
            c.planned = True  # "said he would visit Quetta": announced, not yet done
        elif (xv := _shared_infinitive(v)).dep_ == "xcomp" and xv.head.lemma_.lower() in _INTENDING and v.tag_ == "VB":
            intended = True
            # "is expected to visit", "plans to meet"; but "decided to sever ties" severed them, and
            # "decided to sever ties and to close its ports" closed them too
            decided = c.cls.enacted and xv.head.lemma_.lower() in _DECIDING and xv.head.tag_ in ("VBD", "VBN")
            c.planned = not decided
            if c.cls.category == "conflict" and not c.noun and _standing_wish(xv.head, ctx):
                return "a standing aim (\"the rebels want to overthrow the government\"), no act planned"
        elif aux & _MODAL_SKIP and not (c.cls.category == "conflict" and aux & _PAST_POSSIBLE and "have" in aux
                                         and v.tag_ == "VBN" and (not c.noun or v.lemma_.lower() in self.t.support_verbs)) \
                and not _dated_by_owner(c):
            # ("casualties of Sunday's attack might go up": the attack was on Sunday; only its toll may rise)
            # ("may have used cluster munitions in an attack": a past act, told as likely: alleged, claims._stance)
            return "a possibility (\"could attack\")"
        if _conditional(v) or host is not None and _conditional(host):
            return "a condition (\"if they attack\")"
        if _inverted(v) or host is not None and _inverted(host):
            return "a question or a condition told by inversion (\"Will Ankara expel the envoy?\", \"had the bomb exploded\")"
        if aux & _FUTURE or _going_to(v):
            c.planned = True
        if headline and "to" in aux and v.dep_ == "ROOT" and (v.tag_ == "VB" or v.tag_ == "VBN" and "be" in aux):
            c.planned = True  # a headline's "Unions to march on Monday", "Talks to be held in Doha": to come
        if c.planned and v.dep_ == "ccomp" and v.head.pos_ == "VERB" \
                and {v.head.lemma_.lower(), v.head.lower_.removesuffix("s")} & _FORECASTING:
            # (the form too: the model lemmatises "hopes" as "hop")
            # "residents fear the militants will attack again", "analysts predict the army will launch an
            # offensive", "hopes the talks will resume": what others fear, foresee or wish, no act announced
            return "a forecast, a fear or a hope (\"residents fear the militants will attack\"), nothing announced"
        if c.planned and c.cls.name == "shooting":
            return "shots to come (\"anyone who raises a weapon will be shot\"): a warning, no happening"
        if c.planned and _on_condition(v):
            return "what will follow on a condition (\"if the results stand, they will call protests\")"
        if c.noun and (c.cls.plover == "ASSAULT" or c.cls.name == "coup") and _plotted(tok, v):
            return "a plot (\"was preparing a coup\", \"plotted an attack\"), no happening"
        if c.noun and not c.planned and (_scheduled(tok, v) or _awaited(tok) or c.cls.plover == "PROTEST"
                                         and _protest_to_come(tok) or tok.head.i == v.i and _present_beside_will(v)):
            c.planned = True  # "the talks are scheduled for Friday", "the opposition plans a protest on Friday",
            # "ahead of Kerry's visit"
        if c.planned and c.cls.spoken and not c.noun and not intended:
            # "said Ankara would reject the report", "said ports would be closed": the saying does it
            # (not "plans to sever ties": an intention told)
            c.planned, decided = False, True
        if c.planned and c.noun and _names_a_done_act(tok):
            c.planned = False  # "will take legal action over the strikes": the taking is planned, not the strikes
        past_year = c.noun and ctx is not None and ctx.published is not None and any(
            _a_year(ch) and int(ch.text) < ctx.published.year for ch in tok.subtree if ch.i < tok.i)
        if c.planned and past_year:
            # "did not want to stir memories of the 1968 riots", "of the 1992 Rodney King riots": an act
            # of a year gone by (the year in the noun's own words, before it), dated by it
            c.planned = False
        if any(ch.dep_ == "neg" or ch.dep_ in ("nsubj", "nsubjpass") and _no_one(ch) for ch in v.children):
            c.negated = True  # "were not arrested"; "no one has been apprehended", "nobody was detained"
        if c.negated and not c.noun and v.i == tok.i and c.cls.plover in _YIELDING_PLOVERS and "reject" in self.t.classes \
                and any(ch.dep_ == "aux" and ch.lower_ in _TO_COME for ch in v.children) \
                and v.dep_ == "ccomp" and v.head.pos_ == "VERB" and v.head.lemma_.lower() in _TELLING \
                and not any(ch.dep_ == "neg" for ch in v.head.children) \
                and (c.cls.plover != "AGREE" or any(ch.dep_ == "nsubj" and ch.tag_ == "PRP" for ch in v.children)):
            # "the spokesman said the group would not lay down its arms", "said they would not withdraw", "said
            # it would not accept the proposal": a yielding refused by its own side, said now: a rejection (an
            # agreement only of the speaker's own side, "it", "they": not "officials said the two sides would
            # not agree soon", a forecast)
            c.cls, c.negated, c.planned, decided = self.t.classes["reject"], False, False, True
        if c.negated and (v.i == tok.i if not c.noun else _act_denied(c, v, self.t.support_verbs, self.t.nouns)) \
                and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) \
                and "reject" in self.t.classes and v.dep_ == "ccomp" and v.head.pos_ == "VERB" \
                and v.head.lemma_.lower() in _TELLING and not any(ch.dep_ == "neg" for ch in v.head.children) \
                and any(ch.dep_ == "nsubj" and (ch.tag_ == "PRP" or any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in ch.children))
                        for ch in v.children):
            # "Turkey says it does not target civilians", "the army said it had not shelled the village": a
            # party's denial of a violent act of its own ("it", "its forces"), said now: a rejection (not
            # "residents said the army had not fired": another's act, told as not done)
            c.cls, c.negated, c.planned, decided = self.t.classes["reject"], False, False, True
        if c.negated and (c.noun or c.cls.category == "conflict" or not c.planned and _told_not_done(v)
                          and c.cls.plover not in _YIELDING_PLOVERS and c.cls.plover != "REJECT") \
                and _act_denied(c, v, self.t.support_verbs, self.t.nouns):
            # the act itself is what the negation denies: no event (not "no one was hurt in the attack", "the
            # arrests did not stop the protests": the attack and the arrests were done); a political verb told as
            # not done in the past is no act either ("did not meet", "has not recalled its envoy", "never spoke"),
            # but one to come or in the present, "would not meet", "does not support the move", is a stance, kept
            # and marked negated, and a yielding or a rejecting one ("did not accept", "did not rule out") is left
            # to the rules above)
            return "an act denied outright (\"police did not arrest anyone\", \"no shots were fired\", " \
                   "\"the talks did not take place\")"
        if c.noun and v.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") and (v.lemma_.lower() in _CALLED_OFF or (
                v.lemma_.lower() == "call" and any(ch.dep_ == "prt" and ch.lower_ == "off" for ch in v.children))):
            return "called off (\"postponed his visit\")"
        if c.noun and v.i != tok.i and v.lemma_.lower() in _GOING_ON and \
                v.tag_ in ("VBZ", "VBP", "VBG"):
            return "a campaign going on (\"continues its crackdown\")"
        if c.noun and tok.lemma_.lower() in _CAMPAIGNS and v.i != tok.i and (
                any(ch.dep_ == "aux" and ch.lower_ in ("has", "have", "'s", "'ve") for ch in v.children)
                or any(ch.dep_ == "relcl" and any(g.dep_ == "aux" and g.lower_ in ("has", "have") for g in ch.children)
                       for ch in tok.children)):
            # "has responded with a bloody crackdown", "its crackdown that has led to hundreds of deaths":
            # a campaign told as it stands, not one day's act ("the army launched a crackdown on the village")
            return "a campaign told as it stands (\"has responded with a crackdown\")"
        if c.noun and (_own_date(tok) or past_year):
            return None  # "last week's arrest", "the 2011 murder", "an ambush on Sunday": dated by their own words
        if c.noun and v.i != tok.i and v.tag_ in ("VB", "VBZ", "VBP") and not c.planned and not headline:
            # "attacks are being carried out at night": a habit, not an event
            if not (aux & {"has", "have", "did", "'ve"}):
                return None if v.tag_ != "VB" or _past_chain(v) else "a habit (\"attacks are carried out at night\")"
        if not c.noun:
            tag = v.tag_
            if c.cls.mode == "deport" and aux & {"has", "have", "'ve"} and _counted_over_a_span(v):
                return "a tally of people put out (\"has deported 500,000 Afghans this year\")"
            if any(ch.dep_ in ("nsubj", "nsubjpass") and _aggregate_np(ch) and ch.lemma_.lower() not in _MULTITUDES
                   for ch in v.children) and any(ch.dep_ == "prep" and ch.lower_ in ("over", "in", "during") and any(
                       g.lower_ in ("past", "last", "recent") for g in ch.subtree) for ch in v.children):
                return "a tally (\"over the past months, several have surrendered\")"
            if (aux & {"has", "have", "had", "'ve"} or tag in ("VBZ", "VBP")) and \
                    any(ch.dep_ == "advmod" and ch.lower_ in _HABITUAL for ch in v.children):
                return "a habit (\"Kigali has repeatedly rejected the charge\", \"have long accused each other\")"
            if aux & {"has", "have", "'ve"} and "been" not in aux and _over_past_span(v):
                return "a span's tally (\"the two armies have clashed in the past two years\")"
            if c.cls.acled_subtype == "Armed clash" and "been" not in aux and (_over_past_span(v) or v.dep_ == "advcl" and any(
                    ch.dep_ == "mark" and ch.lower_ in ("as", "while") for ch in v.children) and _over_past_span(v.head)):
                # "fought the state for 40 years", "for decades the clans clashed over land", "was under
                # emergency rule for three decades as forces battled rebels": fighting over years, no one clash
                return "a span's fighting (\"fought the army for 40 years\")"
            if aux & {"has", "have", "'ve"} and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and _war_subject(v):
                return _tallied(v, ctx, "a war's tally (\"the insurgency has killed 6,000 people\")")
            if tag == "VBD" and not aux and v.lemma_.lower() in _WAR_KILLING and _war_subject(v):
                # (told in the past too: "the civil war, which began in 1998, killed 80,000 people": the
                # dead of a whole war, an aggregate, not one happening)
                return _tallied(v, ctx, "a war's tally (\"the civil war killed 80,000 people\")")
            if aux & {"has", "have", "'ve"} and "been" not in aux and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) \
                    and not headline and ctx is not None and _tallied_in_multitudes(v, ctx):
                return _tallied(v, ctx, "a group's tally in hundreds (\"its fighters have killed hundreds of civilians in the province\")")
            if aux & {"has", "have", "'ve"} and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) \
                    and (_since_a_year(v) or _since_an_undated_start(v) or ctx is not None and _tally_so_far(v, ctx)):
                return _tallied(v, ctx, "a tally since a year or up to now (\"since 2004, 6,000 people have been killed\", \"so far this month\")")
            if aux & {"has", "have", "'ve"} and c.cls.counts_people and not (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) \
                    and (_since_a_year(v) or _since_an_undated_start(v) or _counted_over_a_span(v) and not any(
                        _names_a_day(ch.subtree) or not any(g.lower_ in _MONTHS or _a_year(g) for g in ch.children)
                        for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "since")):
                # (or over a span: "have detained 500 over the past week", "since August"; not "since the weekend")
                # (people held or taken counted so too: "300 have been arrested since the crackdown began")
                return "a tally of people taken since a start (\"have been arrested since the crackdown began\")"
            if (sums := _sums_up(v)) or _over_places(v, () if ctx is None else [
                    (p.span.start, p.span.end) for p in ctx.places.get(ctx.sentence_of(Span(v.idx, v.idx, "")), ())]) \
                    or (c.cls.plover == "PROTEST" or c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and _across_a_land(
                        v, () if ctx is None else [(p.span.start, p.span.end) for p in ctx.places.get(
                            ctx.sentence_of(Span(v.idx, v.idx, "")), ()) if p.feature in ("country", "admin1")]):
                # ("supporters fill streets across Egypt": the protests of many towns, summed up)
                c.summary = True  # "seven were killed in three separate clashes": dropped if told one by one
                if sums and ctx is not None and _over_a_period(v, ctx):  # (not acts told town by town)
                    return "a period's tally of several acts (\"24 people were killed in 18 attacks in August\", \"recorded eight attacks in which nine were killed\")"
            if _repeated(v) and not (c.cls.name == "shooting" and v.i == tok.i):
                # (but "was shot multiple times", "shot him five times": the shots of one shooting)
                return "a tally of many events (\"attacked the camp 16 times\", \"killed from January to June\")"
            if not c.noun and v.i == tok.i and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and any(
                    ch.dep_ == "dobj" and ch.tag_ == "NNS" and ch.lemma_.lower() in _WAR_OR_FRAME and _aggregate_np(ch)
                    for ch in v.children):
                return "many events told as its object (\"the two have fought three wars\")"
            if tag == "VBG" and v.dep_ in ("advcl", "conj") and (any(
                    ch.dep_ == "dobj" and _aggregate_np(ch) and ch.lemma_.lower() not in _W["given_spans"]
                    for ch in v.head.children) or _habitual(v.head)
                    or _repeated(v.head)):
                return "many events (\"carried out a number of attacks, killing dozens\")"
            if tag == "VBN" and ctx is not None and (c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and _period_total(v, ctx):
                return "a period's official count of the dead (\"a total of 126 were killed in April, according to official figures\")"
            if v.dep_ == "acl" and ctx is not None and _number_of_dead(v, ctx):
                return "a count of a period's dead (\"put the number of people killed in attacks in July at 325\")"
            if tag == "VBG" and v.dep_ == "advcl" and ctx is not None and _running_tally(v, ctx):
                return "a running tally (\"violence has gripped the region, killing 900 people this year\")"
            if v.dep_ == "acl" and tag == "VBN" and any(
                    ch.dep_ == "prep" and ch.lower_ in ("for", "since") and any(
                        g.lemma_.lower() in _TIME_UNITS or g.like_num for g in ch.subtree)
                    for ch in v.children) or v.dep_ in ("acl", "relcl") and tag == "VBN" \
                    and v.lemma_.lower() in _LASTING_HOLDS and not _since_a_day(v) \
                    and any(ch.dep_ == "prep" and ch.lower_ == "since" for ch in v.children):
                # ("the city, besieged by the group since May, …")
                return "a state of things (\"a town besieged for months\")"
            if tag in ("VBN", "VBG") and "been" in aux and aux & {"has", "have", "had", "'s", "'ve"} \
                    and v.lemma_.lower() in _LASTING_HOLDS and not _since_a_day(v) and any(
                    ch.dep_ == "prep" and (ch.lower_ == "since" or ch.lower_ == "for" and any(
                        g.lemma_.lower() in _TIME_UNITS for g in ch.subtree)) for ch in v.children):
                # "the city has been besieged by the group since May", "have been besieging it for weeks":
                # a hold that lasts, the background of the news (but "besieged since Saturday": begun that day)
                return "a hold that lasts (\"has been besieged since May\")"
            if tag == "VBN" and "been" in aux and aux & {"has", "have", "had", "'s"} and not (
                    c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and any(
                    ch.dep_ == "prep" and (ch.lower_ == "since" or ch.lower_ == "for" and any(
                        g.lemma_.lower() in _TIME_UNITS or g.like_num for g in ch.subtree))
                    for ch in v.children):
                # "the crossing has been closed for 25 days", "the airport, which has been closed since
                # Monday": how long a state has lasted, not the act that began it (but "leaders who have been
                # arrested since Saturday": an arrest, done that day)
                if not (c.cls.name == "arrest" and _since_a_day(v)):
                    return "a state lasting (\"has been closed since Monday\")"
            if tag == "VBN" and "been" not in aux and aux & {"has", "have", "had"} and not (
                    c.cls.violent or c.cls.plover == _VIOLENT_PLOVER) and any(
                    ch.dep_ == "prep" and ch.lower_ == "for" and any(g.lemma_.lower() in _TIME_UNITS for g in ch.subtree)
                    for ch in v.children):
                # "workers who had occupied the square for several months": a state held, not an act of the news
                return "a state lasting (\"had occupied the square for months\")"
            if not c.noun and v.dep_ == "relcl" and tag == "VBN" and aux & {"has", "have"} and not headline \
                    and c.cls.category == "political" and not _denies_the_charge(v):
                # (but "an allegation the group has denied" is the group's denial, told as news)
                # "Gbagbo, who has rejected calls to stand down", "the vote, which has been boycotted by the
                # opposition": a stance that describes its noun, not a political act told as news (a
                # violent act so told keeps its event: "militants who have killed ten soldiers")
                return "a description of its noun (\"the vote, which has been boycotted by the opposition\")"
            if tag == "VBN" and _among_those(v):
                return "its victims named, the act told elsewhere (\"his wife was among those abducted\")"
            if c.cls.plover == "ACCUSE" and v.dep_ == "acl" and tag == "VBN" and not any(
                    ch.dep_ == "agent" for ch in v.children) and any(
                    k.plover == _VIOLENT_PLOVER for _, k in self.t.nouns.get(v.head.lemma_.lower(), ())):
                # (the doer the attack is laid to is its actor: slots._blame)
                return "who did the act its noun names, by no one's accusation (\"an attack blamed on X\")"
            if c.cls.plover == "ACCUSE" and v.dep_ == "acl" and tag == "VBN" and not any(
                    ch.dep_ == "agent" for ch in v.children) and (
                    v.head.lemma_.lower() in _PEOPLE or v.head.ent_type_ == "PERSON"):
                return "a description of the person its noun names, by no one's accusation told (\"a man " \
                       "accused of theft was beaten to death\")"
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") and tag == "VBN":
                c.definite = True  # "the people killed in Ndzorov": told again, may name an earlier event
            if tag == "VBN" and v.dep_ in ("acl", "relcl") and "to" in aux and "be" in aux and not headline:
                return "a bare infinitive (\"to attack\")"  # "a territory to be annexed by force": wanted, not done
            if tag in ("VBD", "VBN"):
                if tag == "VBN" and aux & {"is", "are", "being", "am"} and "been" not in aux:
                    if aux == {"being"} and v.dep_ == "pcomp" and v.head.lower_ in _DONE_BEFORE:
                        return None  # "spoke to reporters after being freed", "was shot before being robbed"
                    return None if headline or "being" not in aux and "is" not in aux and "are" not in aux \
                        else "the present passive (\"are being attacked\")"
                return None
            if tag == "VBG":
                if aux & {"was", "were"} and c.cls.category == "political" and v.dep_ == "relcl" \
                        and v.head.tag_ in ("NNS", "NNPS") and any(n.lemma_.lower() in _PEOPLE for n in (
                            v.head, *(g for p in v.head.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for g in p.children if g.dep_ == "pobj"))):
                    return "a description of people (\"students who were calling for self-rule\")"  # their
                    # cause, told of the people some other act was done to, not an act of its own
                if aux & {"was", "were"} and not c.planned:
                    return None  # "said they were severing ties", "police were firing on the crowd": a past act
                if _accused_of_a_habit(v):
                    return "a practice an accusation lays (\"accused the group of killing civilians for years\")"
                if v.head.lemma_.lower() in _PRACTICE_VERBS \
                        and v.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "advcl") and not _dated_or_placed(v) \
                        and not (_one_counted_act(v) and not (v.dep_ == "advcl" and v.head.lemma_.lower() in _LAYING_BLAME)):
                    return "a practice denied or admitted (\"denied targeting civilians\")"  # not a
                    # happening ("denied shelling a village in Kech on Monday" is one, and stays, denied)
                if c.cls.category == "political" and _describes(v):
                    return "a description of people (\"families seeking safety\")"
                if c.cls.category == "political" and not c.noun and not c.planned and aux & {"is", "are", "am"} \
                        and v.dep_ in ("ROOT", "ccomp") and _a_party_addressed(v):
                    return None  # "the president's allies are urging him to resign", "the ministry is accusing
                    # the rebels of shelling the town": a political act aimed at a party, going on as the news
                    # is told (not a standing aim: "the workers are demanding a higher wage", "aid agencies
                    # are warning that a famine looms")
                if c.cls.plover == "REJECT" and not c.noun and not c.planned and aux & {"is", "are"} \
                        and v.dep_ in ("ROOT", "ccomp") and any(ch.dep_ == "ccomp" and any(
                            g.dep_ in ("nsubj", "nsubjpass") for g in ch.children) for ch in v.children):
                    return None  # "the rebel group is denying that it took part in the massacre": a denial of a
                    # told thing, made as the news is told (a warning of what may come stays a standing aim)
                if c.cls.plover == "ASSAULT" and (v.dep_ in ("nsubj", "csubj") and v.head.tag_ == "VBD" or
                                                  _past_dateline_subject(v)):
                    return None  # "fighting between the army and rebels left 12 people dead": the subject of a past verb
                return None if v.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") or headline \
                    else "a present participle of no past happening"
            if tag == "VB" and c.cls.plover == "ACCUSE" and not aux and v.dep_ == "ROOT" \
                    and any(ch.dep_ == "nsubj" for ch in v.children):
                tag = "VBP"  # "The FLA accuse Malian forces of …": a plural present the tagger took for a bare form
            if tag in ("VBZ", "VBP"):
                if c.cls.plover == "ACCUSE" and not c.noun and v.dep_ == "ROOT" and not aux and not headline \
                        and self._charges_violence(v):
                    return None  # "the FLA accuse Malian forces of killing civilians on board", "rights groups
                    # accuse the army of shooting villagers": a body's charge of a violent act against a party,
                    # made as the news is told (not "the minister accuses the opposition of lying")
                if tag == "VBZ" and c.cls.category == "political" and v.dep_ == "ROOT" and not c.noun and any(
                        ch.dep_ == "nsubj" and ch.ent_type_ == "GPE" for ch in v.children):
                    return None  # "In a statement, Iran blames the incident on a few protesters", "Washington
                    # closes the consulate": a state's act told in the news's present, in its own main clause
                    # (not "the deal, which it accuses the government of breaking", nor a person's present:
                    # "the minister accuses the army of lying")
                if c.cls.plover in _SAYING_PLOVERS and not c.noun and _statement_present(v, aux):
                    return None  # "The Ministry of Foreign Affairs strongly condemns the attack", "the Commission
                    # calls on the authorities to release the journalists": an organ's statement, the act done
                    # in the words the report gives (a press release's present)
                if tag == "VBP" and v.lower_ in _PAST_AS_PRESENT and not aux and _past_day(v, ctx):
                    return None  # "villagers beat a thief to death on Saturday": the past, spelt as the present
                if c.cls.category == "political" and not c.noun and _quoted_performative(v, aux):
                    return None  # "“We call on other governments to join us,” Blinken said": done in the saying
                if c.cls.plover in _SAYING_PLOVERS and not c.noun and _reported_performative(v, aux):
                    return None  # "Pakistan condemns the attack, the spokeswoman said", "the government denies
                    # any role, its spokesman told reporters": done in the saying the report tells
                return None if headline or bool(aux & {"has", "have"}) else "the present tense (\"attacks\")"
            if tag == "VB":
                if c.planned or decided:
                    return None
                if aux & {"did", "does", "do"}:
                    return None
                if c.cls.category == "political" and _made_to_do(v):
                    return None  # "was forced to resign", "protests forced the minister to step down": done
                if c.cls.plover in _PROMPTED_PLOVERS and _prompted_to_do(v):
                    return None  # "the arrest prompted the bloc to demand his release": the bloc demanded it
                if c.cls.enacted and _ordered_to_do(v):
                    return None  # "ordered telecom operators to shut down mobile internet": shut, as "decided to" is
                if c.cls.category == "conflict" and c.cls.plover in ("ASSAULT", "COERCE") and _tried_to_do(v):
                    return None  # "gunmen tried to storm the station": an attempted attack is one
                if c.cls.name == "protest" and _went_to_protest(v):
                    c.verb = v.head  # (its time, place and crowd are the coming out's)
                    return None  # "hundreds flocked to the city centre to protest the tax"
                if c.cls.attempted and v.dep_ in ("advcl", "xcomp") and v.head.lemma_.lower() not in _INTENDING and (
                        v.head.tag_ in ("VBD", "VBN") or v.head.tag_ == "VBG" and v.head.dep_ in ("pcomp", "advcl")
                        or headline and v.head.dep_ == "ROOT" and v.head.tag_ in ("VBZ", "VBP")):
                    # "police fired tear gas to disperse the crowd", "after using tear gas to disperse
                    # a crowd", a headline's "Police use tear gas to disperse protesters": the crowd was there
                    return None
                if c.cls.attempted and _in_an_attempt(v):
                    return None  # "police used tear gas in an attempt to disperse the marchers": as above
                if c.cls.category == "political" and _failed_to(v):
                    return "an act failed (\"the delegations failed to reach an agreement\")"
                if c.cls.category == "political" and not c.noun and _quoted_performative(v, aux):
                    return None  # "“Kenya and Uganda urge both sides to talk,” the statement said" (a present
                    # plural the tagger took for the bare form): done in the saying
                return None if headline and v.dep_ == "ROOT" else "a bare infinitive (\"to attack\")"
        return None

    def _talked_of(self, tok) -> bool:
        """Whether a noun is what talks are about ("held talks on a ceasefire", "negotiations over a peace
        deal resumed", "a meeting about the truce"): the object of a preposition of topic (word class
        talk_topic_preps) hung on a word of the consulting class (talks, negotiation, meeting, discuss)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in _TALK_TOPIC_PREPS or tok.head.head.i == tok.head.i:
            return False
        g = tok.head.head
        table = self.t.nouns if g.pos_ in ("NOUN", "PROPN") else self.t.verbs if g.pos_ == "VERB" else {}
        return any(k.plover == "CONSULT" for key in {g.lemma_.lower(), g.lower_} for _, k in table.get(key, ()))

    def _charges_violence(self, v) -> bool:
        """Whether a verb of accusing lays a violent act (a trigger of ASSAULT after "of") on a party named
        as its object, its maker a body, group or state (not a person): "the FLA accuse Malian forces of
        killing the civilians on board"."""
        subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
        if subj is None or subj.ent_type_ == "PERSON" or subj.pos_ == "PRON" \
                or subj.lemma_.lower() in _W["officials"] or subj.lemma_.lower() in _W["spokespeople"] \
                or not (subj.ent_type_ in ("ORG", "NORP", "GPE") or subj.lemma_.lower() in _W["bodies"]):
            return False
        if not any(_a_party_object(ch) or ch.dep_ == "dobj" and ch.lemma_.lower() in _W["addressed_parties"]
                   for ch in v.children):
            return False
        return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
            g.dep_ in ("pcomp", "pobj") and any(k.plover == _VIOLENT_PLOVER
                                                for _, k in (self.t.verbs if g.pos_ == "VERB" else self.t.nouns).get(g.lemma_.lower(), ()))
            for g in ch.children) for ch in [*v.children, *(g for o in v.children if o.dep_ == "dobj" for g in o.children)])

    def _build(self, c: Mention, si: int, ctx: "ReportContext") -> Event | None:
        cls = c.cls
        tok = c.tok
        sent = ctx.sents[si]
        trig = Span(c.start, c.end, doc_text(ctx.doc)[c.start:c.end])
        ev = Event(id="", trigger=trig, sentence=si, category=cls.category,
                   acled_type=cls.acled_type, acled_subtype=cls.acled_subtype,
                   plover=cls.plover, mode=cls.mode, negated=c.negated)
        # (a clause set apart from the mention's, keyed below zero: _set_clauses_apart)
        apart = tuple(words for k, words in ctx.other_triggers.items() if k < 0 and c.tok.i not in words)
        ev.evidence.append(_clause_span(c, sent, ctx.doc, apart))
        a1, a2 = _arguments(c, ctx)
        if cls.name == "bodies_found":
            # "police found the bodies": the finders did not kill them, and the dead are the victims,
            # not "bodies" (those who dumped them did: "gunmen dumped 14 bodies")
            a1, a2 = (a1 if tok.lemma_.lower() == "dump" else None), None
        if not c.noun and cls.plover != "ASSAULT":
            # "the minister signed the ceasefire": the ceasefire already told, signed by one more party
            # (or passive: "the agreement was also signed by the mediator")
            c.told_object = any(ch.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("the", "this")
                                                          for d in ch.children)
                                and any(k.plover == cls.plover for _, k in self.t.nouns.get(ch.lemma_.lower(), ()))
                                for ch in tok.children)
        a1, a2 = _dropped_were_parties(c, si, a1, a2, ctx)
        own_a2 = a2
        for other in c.extra:  # the same happening told by another word may name the parties
            if a1 is not None and a2 is not None:
                break
            if other.cls.plover != c.cls.plover or other.cls.name == "shooting":
                continue  # (the shots of a killing or an attack told beside it name no other parties)
            o1, o2 = _dropped_were_parties(other, si, *_arguments(other, ctx), ctx)
            # ("Soldiers killed in ambush": the folded-in participle's victims are no doers)
            for cand in (o1, o2):
                if cand is None or cand in (a1, a2) or (a1 and cand.name == a1.name) or (a2 and cand.name == a2.name):
                    continue
                if a1 is None and cand is o1:
                    a1 = cand
                elif a2 is None and not (cand is o1 and _absolute_with(other.tok)):
                    # (not the speaker of an absolute clause: "condemned the violence, with its chief calling
                    # the attacks deplorable" — the chief calls beside the condemnation, it is not done to him)
                    a2 = cand
        ev.actor1, ev.actor2 = _possessor(a1, ctx) or a1, a2
        # (a land that passed to a state lies where it lies, not in the state it passed to)
        ev.place = _place_for(c, si, ctx) or (None if c.cls.name == "revert" else _place_in_actor(ev, ctx))
        if ev.place is None or ev.place.feature == "country":
            ev.place = _homeland(ev, ctx) or ev.place
        if ev.place is not None and ev.place.country:
            ev.actor1, ev.actor2 = _local(ev.actor1, ev.place.country, ctx), _local(ev.actor2, ev.place.country, ctx)
        if ev.place is None and cls.name == "arrest" and ev.actor1 is None:
            ev.place = _scene(si, ctx)  # "… a raid on an office in Karachi. Thirteen were rounded up."
        ev.time, ev.time_basis = _time_for(c, si, ctx)
        if ev.time_basis != "clause" and c.noun:
            # "the killing of Nijjar, who was gunned down outside a gurdwara on June 18": the act told
            # over in a clause inside the noun's own phrase gives its day
            inner = [x for x in c.extra if not x.noun and x.cls.plover == cls.plover
                     and c.tok.left_edge.i <= x.tok.i <= c.tok.right_edge.i]
            for x in inner:
                te, basis = _time_for(x, si, ctx)
                if te is not None and basis == "clause":
                    ev.time, ev.time_basis = te, basis
                    break
        if ev.time is not None:
            ev.interval = ev.time.interval
            if ev.time_basis == "lead" and (cls.violent or cls.plover == _VIOLENT_PLOVER) and _saying_time(ev.time, ctx) \
                    and ev.interval.precision == "day":
                # "a drone strike killed two fighters, the monitor reported on Tuesday": the strike is
                # that day's news, done that day or the night before
                ev.interval = day_interval(ev.interval.start - dt.timedelta(days=1), ev.interval.end)
        if cls.violent or cls.plover == _VIOLENT_PLOVER:
            self._refine_violence(ev, c, ctx)
            ev.fatalities, ev.injured = _casualties(sent, ctx.doc, c.tok.idx, _elsewhere(c, ctx) | _dated_where_words(c, sent))
            if ev.fatalities is not None and _count_shared(c, ev.fatalities, ctx):
                shared_counts(ctx.doc).add((ev.fatalities.span.start, ev.fatalities.span.end))
            if ev.fatalities is None and cls.name == "kill":
                ev.fatalities = _one_victim(c)
        elif cls.plover == "PROTEST":
            # the dead of a protest met with force, or of a riot, are its own ("opened fire on protesters …,
            # killing three")
            ev.fatalities, ev.injured = _casualties(sent, ctx.doc, c.tok.idx, _elsewhere(c, ctx))
            if ev.fatalities is not None and _count_shared(c, ev.fatalities, ctx):
                shared_counts(ctx.doc).add((ev.fatalities.span.start, ev.fatalities.span.end))
        if ev.acled_subtype == "Abduction/forced disappearance" and ev.fatalities is not None and ev.fatalities.value:
            ev.acled_subtype = "Attack"  # "killed 11 and abducted 20": the killing is the graver act
        if cls.name == "kill" and (tok.lemma_.lower() in _MOB_KILLINGS or (hands := _hands_owner(tok)) is not None and
                                   hands.lemma_.lower() in self.t.classes.get("mob", cls).subjects) and "mob" in self.t.classes \
                and not (ev.actor1 is not None and ev.actor1.type in _ARMED | {"state"}):
            # "two men lynched in Godda", "a thief was lynched": a crowd's killing, mob violence as ACLED
            # codes it (as the `mob` class reads it when the crowd is named), not armed men's attack
            mob = self.t.classes["mob"]
            ev.plover, ev.category, ev.mode = mob.plover, mob.category, mob.mode
            ev.acled_type, ev.acled_subtype = mob.acled_type, mob.acled_subtype
        if cls.name == "riot" and ev.actor1 is not None and ev.actor1.type in _ARMED | {"state"} \
                and ev.actor1.span.text.rsplit(None, 1)[-1].lower() not in _RIOTING_GROUPS:
            # "fighters rampaged through a village, killing 85": armed men's attack, not a riot (but
            # "settlers rampaged through the town": a mob, as ACLED codes settlers' riots)
            ev.plover, ev.acled_type, ev.acled_subtype, ev.category = "ASSAULT", "Violence against civilians", "Attack", "conflict"
        if cls.name == "clash" and ev.actor2 is not None and ev.actor2.type == "state" and \
                (ev.actor1 is None or ev.actor1.type != "state"):
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1  # as ACLED does: the state's forces first
        if ev.acled_type == "Violence against civilians" and ev.actor2 is None \
                and ev.place is not None and ev.place.country and ev.place.country in ctx.of_names:
            # the victims of an attack on a village, a bus or a market: its civilians (but "kidnapped a
            # Briton": Britain's)
            iso = national_done_to(ev.trigger, ctx)
            iso = iso if iso in ctx.country_names else ev.place.country
            ev.actor2 = Actor(name=f"Civilians ({ctx.country_names.get(iso)})", span=ev.trigger,
                              type="civilians", country=iso, kind="description", sentence=si, named=False)
        if cls.name == "arrest":
            ev.arrested = _count(_ARRESTED, sent, ctx.doc)
        if cls.plover == "PROTEST" and cls.acled_subtype == "Peaceful protest":
            low = span_text(sent).lower()
            if self.t.violent_crowd.search(low):
                # "protesters hurled stones at police", "demonstrators torched cars": a riot
                ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Violent demonstration", "riot"
            elif any(w in low for w in self.t.excessive_force):
                ev.acled_type, ev.acled_subtype = "Protests", "Excessive force against protesters"
            elif _stepped_in(sent, low, self.t.intervention):
                ev.acled_type, ev.acled_subtype = "Protests", "Protest with intervention"
            if ev.acled_subtype != "Peaceful protest" and ev.actor2 is None:
                # the forces the sentence names as stepping in ("police fired tear gas")
                ev.actor2 = next((a for a in (ctx.actor_at.get(t.i) for t in sent) if state_force(a)
                                  and a is not ev.actor1), None)  # (the sentence's tokens, in order)
        if cls.name == "cooperate":
            to = _recipient(tok, ctx)
            if to is not None:
                ev.actor2 = to  # "handed two suspects over to Pakistan": Pakistan is the counterpart
        if cls.plover == "ASSAULT" and ev.actor2 is None and ev.place is not None and ev.place.country:
            ev.actor2 = _forces_at(c, ev.place, ctx)
        elif cls.plover == "ASSAULT" and own_a2 is None and ev.actor2 is not None and ev.actor2.type == "civilians" \
                and ev.actor2.kind == "description" and ev.place is not None and ev.place.country:
            # "attacked a police checkpoint, killing three people": the post's forces were attacked; the
            # people its killing names fell there
            ev.actor2 = forces_in(_struck_words(c.verb or c.tok), ev.place.country, ctx) or ev.actor2
        if cls.plover == "CONSULT" and ev.actor1 is not None and ev.actor2 is not None and \
                ev.actor1.country and ev.actor1.country == ev.actor2.country and \
                not (ev.actor1.kind == ev.actor2.kind == "person") and \
                not any(ch.dep_ == "prep" and ch.lower_ == "between" for ch in tok.children):
            # "visited with the commander of its border guards": the visitor's own party (but two
            # leaders of one country meeting, "Kiir and Machar met", are each other's party; and
            # "talks between the army and the RSF": the two sides named as those meeting)
            ev.actor2 = None
        if cls.plover == "CONSULT" and ev.actor2 is None and ev.place and ev.place.country:
            name = ctx.country_names.get(ev.place.country)
            # a visitor's talks abroad are held with its hosts; but a meeting told with no one
            # meeting ("the deal came at a meeting in Ethiopia") names no host as a party
            if name and ev.actor1 is not None and ev.actor1.country != ev.place.country:
                ev.actor2 = Actor(name=f"Government of {ctx.of_names.get(ev.place.country, name)}",
                                  span=ev.place.span, aliases=(name,),
                                  type="state", country=ev.place.country, kind="country", sentence=si)
        if cls.category == "political" and ev.place is not None and ev.place.feature == "country" and \
                ev.actor2 is not None and ev.actor2.span.start <= ev.place.span.start < ev.actor2.span.end and \
                (ev.actor1 is None or ev.actor1.country != ev.place.country) and not _gone_to(ev.place, ctx) \
                and not (cls.plover == "RETREAT" and _left_from(ev.place, sent)):
            ev.place = None  # "accused South Korea of …": the country accused is a party, not where it was said
            # (but "visited Pakistan", "arrived in Pakistan": the country gone to is both; and "withdrew its troops
            # from Niger", "evacuated its diplomats from Sudan": the country left is where the withdrawal was made)
        if ev.place is None and cls.category == "political" and ctx.dateline_place is not None and \
                (ev.actor1 is None or ev.actor1.country in (None, ctx.dateline_place.country)):
            # a statement or decision is made where the report was filed, as far as its province goes:
            # the dateline says the region a report comes from, never the spot (so no coordinates)
            ev.place = _province_of(ctx.dateline_place)
        if ev.place is None and ev.actor1 is not None and ev.actor1.country and \
                (cls.category == "political" or cls.name == "arrest") and ev.actor1.kind != "person" and \
                not (cls.plover == "MOBILIZE" and ctx.focus is not None and ev.actor1.country != ctx.focus):
            # (a foreign state's forces sent into the report's country are not deployed at home:
            # "France deployed 15 gendarmes to guard its embassy" in a report on Burundi)
            name = ctx.country_names.get(ev.actor1.country, ev.actor1.country)
            ev.place = Place(name=name, span=ev.actor1.span, country=ev.actor1.country,
                             precision="country", feature="country", sentence=si)
        if c.planned:
            ev.claim.status = "planned"
        return ev

    def _in_a_fight(self, tok) -> bool:
        """Whether killing verb ``tok`` is told as done in a fight (a one-word noun or verb of the clash
        class): "killed in clashes", "died during fighting", "the fighting that killed three", "killed
        as militias battled for the airport"."""
        def fight(t, table) -> bool:
            return any(words == (() if table is self.t.verbs else (t.lemma_.lower(),)) and k.name == "clash"
                       for words, k in table.get(t.lemma_.lower(), ()))
        scenes = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("in", "during", "amid")
                  for g in ch.children if g.dep_ == "pobj"]
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            scenes.append(tok.head)
        if any(t.pos_ in ("NOUN", "PROPN") and fight(t, self.t.nouns) for t in scenes):
            return True
        return any(ch.dep_ == "advcl" and ch.pos_ == "VERB" and fight(ch, self.t.verbs) and any(
            m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in ch.children) for ch in tok.children)

    def _riot_did(self, tok) -> bool:
        """Whether killing verb ``tok`` is told as done by riots (a noun of the riot class): "riots that
        have killed two people", "rioting killed three"."""
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            doers = [tok.head]
        else:
            doers = [ch for ch in tok.children if ch.dep_ == "nsubj"]
        return any(d.pos_ == "NOUN" and any(rest == (d.lemma_.lower(),) and k.name == "riot"
                                            for rest, k in self.t.nouns.get(d.lemma_.lower(), ()))
                   for d in doers)

    def _weapon_site(self, t) -> bool:
        """Whether ``t``, a word of site_weapons ("mine"), names a site, not a weapon: what is dug there
        names it ("a gold mine"), or an assault is done to it or at it ("stormed a mine", "an attack at
        a mine"); not "a mine exploded", "killed by a mine", "the truck hit a mine"."""
        if any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _MINED_GOODS for ch in t.children):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in _SCENE_PREPS:
            return True
        return t.dep_ == "dobj" and any(k.name == "attack" for words, k in self.t.verbs.get(t.head.lemma_.lower(), ())
                                        if not words)

    def _refine_violence(self, ev: Event, c: Mention, ctx: "ReportContext") -> None:
        """Weapon and target decide the ACLED sub-type of a violent event."""
        tok = c.tok
        doc = tok.doc
        _heads, deps, kids = token_tree(doc)  # (the words are read from the per-Doc lists: no Token made)
        lows, lemmas = lower_words(doc)
        words = {lemmas[tok.i]}
        phrases = []  # the same words in order, for weapons of two words ("air strike")
        away = _dated_where_words(c, token_sentence(tok))  # ("… in Kurram, where a suicide bombing killed 20 last month")
        for ch in kids[tok.i]:
            if deps[ch] in ("compound", "amod", "nmod", "nsubj", "agent", "prep", "dobj", "npadvmod"):
                said = [lemmas[x] for x in subtree_indices(doc, ch) if x not in away]
                words.update(said)
                phrases.append(" ".join(said))
            if deps[ch] == "advcl" and any(deps[m] in ("mark", "advmod") and lows[m] == "when" for m in kids[ch]):
                # "two were killed when a suicide car bomber attacked a checkpoint": the "when" clause tells
                # the act whose dead the verb counts, with its weapon
                for g in kids[ch]:
                    if deps[g] in ("nsubj", "nsubjpass", "dobj", "agent", "prep"):
                        said = [lemmas[x] for x in subtree_indices(doc, g) if x not in away]
                        words.update(said)
                        phrases.append(" ".join(said))
        words.update(lemmas[max(tok.i - 3, 0):tok.i])
        if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB" and not c.set_apart \
                and not (any(m.dep_ == "mark" and m.lower_ in _CONTRASTING for m in tok.children)
                         and any(m.dep_ in ("nsubj", "nsubjpass") for m in tok.children)):
            # "jets strafed the village, killing three": the weapon is the head clause's (not a clause set
            # against it: "a bomb killed four police, while 25 militants were killed in a clash")
            for ch in tok.head.children:
                if ch.dep_ in ("nsubj", "dobj", "agent", "prep"):
                    words.update(x.lemma_.lower() for x in ch.subtree)
                    phrases.append(" ".join(x.lemma_.lower() for x in ch.subtree))
            words.add(tok.head.lemma_.lower())
        if words & _SITE_WEAPONS and not any(t.lemma_.lower() in _SITE_WEAPONS and not self._weapon_site(t)
                                             for t in token_sentence(tok)):
            words -= _SITE_WEAPONS  # "gunmen stormed a gold mine": the place stormed, no landmine
        for key, (atype, sub, mode) in self.t.weapons.items():
            if key in words or " " in key and any(key in ph for ph in phrases):
                if atype == "Riots":
                    if c.cls.weapon_typed and not (ev.actor1 is not None and ev.actor1.type in _ARMED | {"state"}):
                        # "officers were attacked by petrol bombs and bricks": a crowd's weapons, a riot
                        ev.plover, ev.category = "PROTEST", "conflict"
                        ev.acled_type, ev.acled_subtype, ev.mode = atype, sub, "riot"  # (a crowd's act)
                        return
                    break  # (an armed group's petrol bombs: no explosives; its target types the attack)
                if c.cls.weapon_typed or c.cls.act_typed and c.cls.acled_type == atype == "Explosions/Remote violence" and (
                        sub == "Chemical weapon" or c.cls.name == "explosion"):
                    ev.acled_type, ev.acled_subtype, ev.mode = atype, sub, mode
                    return
        if c.cls.name in ("kill", "wound") and self._riot_did(tok):
            # "riots that have killed two people", "the rioting killed three": a crowd's violence on people
            ev.plover, ev.category = "PROTEST", "conflict"
            ev.acled_type, ev.acled_subtype, ev.mode = "Riots", "Mob violence", "riot"
            return
        if c.cls.name in ("kill", "wound") and _killed_by_return_fire(tok):
            # "they refused to surrender and were killed by return fire": shot back at, a fight of two sides
            ev.acled_type, ev.acled_subtype = "Battles", "Armed clash"
            return
        if c.cls.name in ("kill", "wound") and self._in_a_fight(tok):
            # "six were killed in fighting between two clans", "fighting that killed three": the dead of
            # a fight between armed sides, a battle
            ev.acled_type, ev.acled_subtype = "Battles", "Armed clash"
            return
        if c.cls.name in ("territory", "fall", "drive_out") and state_agent(ev.actor1):
            ev.acled_subtype = "Government regains territory"  # "troops recaptured the town"
        if c.cls.act_typed:
            return  # (people seized or beaten: the act types it, whoever they are)
        target_words = set()
        if ev.actor2 is not None:
            target_words.update(w.lower() for w in re.findall(r"[A-Za-z]+", ev.actor2.span.text))
            if ev.actor2.type in ("state", "rebel", "political_militia", "identity_militia") and \
                    not target_words & self.t.civilian_targets:
                target_words.add("force")  # (but "a Saudi diplomat", his state's envoy, is no armed man)
            if ev.actor2.type == "civilians":
                target_words.add("civilian")
        place_target = False
        # (the doers told with the act are not its target: "an attack by militants on a wedding party")
        # (but what the doers' phrase carries on is the target's: "by militants on a wedding party")
        doers = {x.i for ch in tok.children if ch.dep_ == "agent" or ch.dep_ == "prep" and ch.lower_ == "by"
                 for g in ch.children if g.dep_ == "pobj" for d in (g, *g.conjuncts)
                 for x in (d, *(m for m in d.children if m.dep_ in ("compound", "amod", "appos")))}
        # (with the people done to named, a place the act is told at is its scene, not its target: "a man
        # was shot dead by troops at a checkpoint"; but "opened fire at a checkpoint", none named)
        done_to = any(ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() not in _SHOTS_FIRED for ch in tok.children)
        for ch in tok.subtree:
            if done_to and ch.dep_ == "pobj" and ch.head.head.i == tok.i and ch.head.lower_ in _SCENE_PREPS:
                continue
            if ch.dep_ == "pobj" and ch.head.lower_ in _VICINITY_PREPS:
                continue  # "came under fire near the village": where it happened, not what it hit
            if ch.dep_ in ("pobj", "dobj", "nsubjpass") and ch.i != tok.i and ch.i not in doers:
                target_words.add(ch.lemma_.lower())
                # "militant commander Zakir Musa": what the target is called counts too
                target_words.update(m.lemma_.lower() for m in ch.children if m.dep_ in ("compound", "amod", "appos"))
                if ch.ent_type_ in ("GPE", "LOC") and ch.head.lower_ in ("on", "against") or ch.dep_ == "dobj" and ch.ent_type_ in ("GPE", "LOC"):
                    place_target = True
        if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
            # "an attack hit a village", "the raid targeted a market": what the act's verb hit is its target
            for ch in tok.head.children:
                if ch.dep_ == "dobj":
                    target_words.add(ch.lemma_.lower())
                    target_words.update(m.lemma_.lower() for m in ch.children if m.dep_ in ("compound", "amod"))
        if c.cls.name == "clash" and any(ch.dep_ == "prep" and ch.lower_ == "between" for ch in tok.children):
            return  # "a gun battle between rival armed groups killed nine people": a fight of two sides, whoever died
        if c.cls.name == "clash" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
                and any(ch.dep_ == "prep" and ch.lower_ == "between" for ch in tok.head.children):
            return  # "a gunfight broke out between two clans": the same, its sides told on the verb
        lem = {w.rstrip("s") for w in target_words} | target_words
        below = subtree_indices(doc, tok.i)
        told = {f" {' '.join(lemmas[x] for x in below)} ", f" {' '.join(lows[x] for x in below)} "}
        civil = False
        for phrase in self.t.civilian_phrases:  # "a camp for displaced people" is no camp of armed men
            if any(f" {phrase} " in s for s in told):
                civil = True
                lem -= set(phrase.split())
        armed = bool(lem & self.t.armed_targets)
        if c.cls.name == "clash" and not armed and tok.pos_ == "VERB":
            # "police and mourners clashed at the funeral": the forces are one side of the fight, told
            # as the verb's subject with the other, not a target
            armed = any(s.dep_ == "nsubj" and any(x.lemma_.lower() in self.t.armed_targets for x in (s, *s.conjuncts))
                        for s in tok.children)
        civil = civil or bool(lem & self.t.civilian_targets)
        if armed and lem & _DEFENCELESS:
            armed, civil = False, True  # "executed three captured soldiers": men who cannot fight back
        if civil and not armed:
            ev.acled_type, ev.acled_subtype = "Violence against civilians", "Attack"
        elif armed:
            ev.acled_type, ev.acled_subtype = "Battles", "Armed clash"
        elif place_target and ev.actor1 is not None and ev.actor1.type not in ("state", None) and c.cls.name in ("attack", "shooting"):
            # a militia's attack on a village or town, with no armed opponent named, strikes its people
            ev.acled_type, ev.acled_subtype = "Violence against civilians", "Attack"


_SCENE_PREPS = _W["scene_preps"]
_VICINITY_PREPS = frozenset(_W["vicinity_preps"])
_FIRING_BACK = _W["striking_back"] | {"return"}


def _killed_by_return_fire(tok) -> bool:
    """Whether killing verb ``tok`` is told as done by fire shot back ("were killed by return fire",
    "killed in retaliatory fire"): the dead were fighting."""
    return any(ch.dep_ in ("agent", "prep") and ch.lower_ in ("by", "in")
               and any(g.dep_ == "pobj" and g.lemma_.lower() in _SHOTS_FIRED and any(
                   m.dep_ in ("compound", "amod") and m.lemma_.lower() in _FIRING_BACK for m in g.children)
                       for g in ch.children) for ch in tok.children)
_SITE_WEAPONS = _W["site_weapons"]
_MINED_GOODS = _W["mined_goods"]
_DEFENCELESS = _W["defenceless_mods"]
_TALLY_UNITS = _W["tally_units"]
_SHOTS_FIRED = _W["fired_things"] | _W["returned_fire"]  # ("opened fire at a checkpoint": no one done to)


def _in_a_decade(verb, ctx: "ReportContext") -> bool:
    """Whether a verb's own words date it by a decade alone ("twice invaded its neighbour in the 1990s",
    "fought three wars in the 1960s"), which dates no one act (no other time in its words)."""
    decades = ctx.__dict__.get("_decade_sentences")
    if decades is None:  # (once per report: the sentences that hold an undated decade; most hold none)
        decades = ctx.__dict__["_decade_sentences"] = frozenset(
            si for si, tes in ctx.times.items() if any(_DECADE.search(te.span.text) and not te.interval.known for te in tes))
    if not decades:
        return False
    si = ctx.sentence_of(Span(verb.idx, verb.idx + 1, ""))
    if si not in decades:
        return False
    words = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
    own = [te for te in ctx.times.get(si, ()) if te.span.start in words]
    return bool(own) and all(_DECADE.search(te.span.text) and not te.interval.known for te in own)


_DECADE = re.compile(r"\b(?:1[89]|20)\d0'?s\b|\bthe\s+'?\d0s\b")  # ("the 1990s", "the '90s"; not "in his 80s")


class _PlacedLater:
    """:func:`_placed_words` of a sentence, read only when a trigger asks whether one of its words is
    a place named (few do: most sentences never need the report's place names searched in them)."""
    __slots__ = ("ctx", "si", "words")

    def __init__(self, ctx: "ReportContext", si: int):
        self.ctx, self.si, self.words = ctx, si, None

    def __contains__(self, i) -> bool:
        if self.words is None:
            self.words = _placed_words(self.ctx, self.si)
        return i in self.words


def _placed_words(ctx: "ReportContext", si: int) -> frozenset:
    """The indices of the words of sentence ``si`` that the gazetteer read as a place the text names
    (not a people's word nor a modifier: "Russian troops", "a US drone"), there or, the same name
    written again, in another sentence of the report ("the town of Maaret al-Numan fell to the rebels"
    ... "the capture of Maaret al-Numan", the parser's names differing)."""
    names = ctx.__dict__.get("_placed_names")
    if names is None:  # (once per report)
        names = ctx.__dict__["_placed_names"] = frozenset(
            p.span.text for ps in ctx.places.values() for p in ps
            if p.mention == "name" and len(p.span.text) > 2 and p.span.text[:1].isupper())
    out = set()
    sent = ctx.sents[si]
    text, base = span_text(sent), sent.start_char
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                    and (found := word_range(ctx.doc, base + at, base + end)) is not None:
                out.update(range(*found))
            at = text.find(name, end)
    return frozenset(out)


def _dated_before(tok) -> bool:
    """A noun dated by a year set before it ("its 2002-3 war", "the 1967 war"), not one that is the time
    frame of another act ("crimes during the 1971 war")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAMING_PREPS:
        return False
    return any(ch.i < tok.i and ch.ent_type_ == "DATE" and any(w.like_num and len(w.text) >= 4 and w.text[:2] in ("18", "19", "20")
                                                               for w in ch.subtree) for ch in tok.children)


_FRAMING_PREPS = ("during", "throughout", "amid", "amidst")


def shared_counts(doc) -> set:
    """The spans (start, end) of the counts of the dead a report tells of several happenings
    (:func:`_count_shared`): a summary's, kept by its event when told alone, never lent to one act
    told with it (incidents.add)."""
    return doc.user_data.setdefault("sitrep.shared_counts", set())


def _count_shared(c: Mention, killed, ctx: "ReportContext") -> bool:
    """Whether a count of the dead told outside an act noun's words is the sum of several happenings,
    no one's own toll: the noun is one of two acts told apart ("dozens died in a missile strike and a
    suicide bombing"), or a plural told as acts apart ("killed at least 30 people in separate attacks",
    "five were killed in nationwide clashes", "in attacks on three villages"; data class apart_act_mods)."""
    tok = c.tok
    words = words_at(ctx.doc, killed.span.start, killed.span.end)
    verb = words.root if words is not None else None
    for _ in range(4):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # the count's verb tells its acts apart ("gunmen killed 30 people and kidnapped children in separate
        # attacks", "five people were killed in nationwide clashes"): every act of its sentence
        verbs = [verb] + [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ == "VERB"]
        heads = verbs + [ch for v in verbs for ch in v.children if ch.dep_ in ("dobj", "nsubjpass")]  # ("killed 30 people [in …]")
        if any(ch.dep_ == "prep" and ch.lower_ == "in" and any(
                g.dep_ == "pobj" and g.tag_ == "NNS" and _acts_apart(g) for g in ch.children) for h in heads for ch in h.children):
            return True
    if not c.noun:
        return False
    sub = range(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
    if killed.span.start in sub:
        return False  # ("an attack that killed five": the noun's own count)
    partner = tok.head if tok.dep_ == "conj" else next((ch for ch in tok.children if ch.dep_ == "conj"), None)
    if partner is not None and partner.pos_ == "NOUN" and partner.i in ctx.other_triggers \
            and partner.lemma_.lower() != tok.lemma_.lower() \
            and all(any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in x.children) for x in (tok, partner)) \
            and killed.span.start not in range(partner.left_edge.idx, partner.right_edge.idx + len(partner.right_edge)):
        return True
    return tok.tag_ == "NNS" and _acts_apart(tok)


def _acts_apart(tok) -> bool:
    """Whether a plural act noun tells acts apart: "separate attacks", "nationwide clashes" (data class
    apart_act_mods), "attacks on three villages", "clashes in two states"."""
    for ch in tok.children:
        if ch.dep_ in ("amod", "det") and ch.lower_ in _APART_ACT_MODS:
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("in", "on", "across"):
            for g in ch.children:
                if g.dep_ == "pobj" and g.tag_ == "NNS" and any(n.dep_ == "nummod" and (_toll_number(n.lower_) or 0) > 1 for n in g.children):
                    return True
    return False


_APART_ACT_MODS = frozenset(_W["apart_act_mods"])


def _elsewhere(c: Mention, ctx: "ReportContext") -> frozenset:
    """The words of the sentence's other event nouns, those that neither hold the mention nor tell its
    own happening ("… the crisis over the port explosion which killed 218": the explosion's words
    when the mention is the crisis's clashes), whose counts are their own."""
    own = {x.tok.i for x in c.extra} | {c.tok.i}
    out = set()
    for t, sub in ctx.other_triggers.items():
        if t not in own and c.tok.i not in sub:
            out |= sub
    return frozenset(out)


def _dated_by_owner(c: Mention) -> bool:
    """Whether a noun trigger is owned by its day ("Sunday's attack", "last week's bombing"): told as
    done, whatever the verb of its sentence may say of something else."""
    return bool(c.noun) and any(ch.dep_ == "poss" and ch.ent_type_ in ("DATE", "TIME") for ch in c.tok.children)


def _named_party(w) -> bool:
    """A word that names a party by a name of its own ("Kyiv", "the Russian state", "Iran-backed militias"),
    not a pronoun or a bare common noun ("the group", "its troops")."""
    if w.pos_ == "PRON":
        return False
    return any(x.pos_ == "PROPN" or x.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
               for x in w.subtree if x.i <= w.i and x.dep_ not in ("prep", "relcl", "acl"))


def _blame_told(tok, triggers) -> bool:
    """"Moscow's envoy said Kyiv was to blame for the shelling", "the minister said the rebels' allies in
    Tehran were behind the attack", "alleged that Egypt was arming the rebels": a verb of saying whose clause
    lays a wrong on a party named there, not on the speaker itself ("the BLA said the BLA was behind the
    blast": its own claim) and not denied ("said Iran was not behind it")."""
    lemma = tok.lemma_.lower()
    if lemma not in _BLAME_TELLING or tok.dep_ in ("amod", "compound", "relcl") or tok.dep_ == "acl" and not (
            lemma in _ALLEGING and any(ch.dep_ == "ccomp" for ch in tok.children)) or tok.tag_ == "VBN" and any(
            ch.dep_ == "auxpass" for ch in tok.children):
        return False
    speaker = _subject(tok)
    if speaker is None and lemma in _ALLEGING and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        speaker = tok.head  # "Ethiopia's prime minister alleged on Monday that ...", parsed as a participle
    if speaker is None or any(ch.dep_ == "neg" for ch in tok.children):
        return False
    if not (_named_party(speaker) or speaker.lemma_.lower() in _W["officials"] or speaker.lemma_.lower() in _W["bodies"]):
        return False  # "residents alleged that the army opened fire": witnesses' account, the act's evidence
    if any(ch.dep_ == "appos" and ch.lemma_.lower() not in _W["officials"] and ch.lemma_.lower() not in _W["bodies"]
           for ch in speaker.children):
        return False  # "Ali Musa, a farmer in the village, said ...": a witness by name, no party's word
    own = {x.lower_ for x in speaker.subtree if x.pos_ in ("PROPN", "NOUN") and x.text[:1].isupper()}
    for said in tok.children:
        if said.dep_ != "ccomp" or any(ch.dep_ == "neg" for ch in said.children):
            continue
        subj = next((ch for ch in said.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (_named_party(subj) or _members_of_named(subj)) or any(
                x.lower_ in own for x in subj.subtree if x.pos_ in ("PROPN", "NOUN")):
            continue
        if lemma in _ALLEGING and said.pos_ in ("VERB", "AUX"):
            return True  # "alleged that Egypt was arming the rebels"
        if said.pos_ == "VERB" and _rights_speaker(speaker) and _names_a_wrong(said, triggers):
            return True  # "Human Rights Watch said Ethiopian security forces had killed protesters": a rights
            # body's charge of an abuse is an accusation (not a monitor's count: "the Observatory said …")
        if any(ch.dep_ == "xcomp" and ch.lemma_.lower() == "blame" for ch in said.children):
            return True  # "was to blame"
        answer = [ch for ch in said.children if ch.dep_ in ("acomp", "prep", "attr", "advmod")
                  and ch.lower_ in _ANSWERABLE_WORDS] + ([said] if said.lower_ in _ANSWERABLE_WORDS else [])
        if any(_names_a_wrong(g, triggers) for a in answer
               for g in [*a.children, *(x for p in a.children if p.dep_ == "prep" for x in p.children)]
               if g.dep_ == "pobj"):
            return True  # "was behind the riots", "were responsible for the attack", "culpable for the attempted murder"
        if said.lemma_.lower() in _BEARING_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _BURDEN_NOUNS
                                                          for ch in said.children) \
                and any(_names_a_wrong(g, triggers) for h in (said, *said.children) if h.dep_ in ("dobj", "ccomp") or h is said
                        for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            return True  # "Armenia bore full responsibility for the deaths", "the rebels carry the blame for the attack"
    return False


def _members_of_named(w) -> bool:
    """"Supporters of the Awami League", "members of the TTP", "fighters of the RSF": people named by the
    party they belong to, a party told by its name as the doer (not "supporters of the idea")."""
    if w.lemma_.lower() not in _PARTY_MEMBERS:
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.dep_ == "pobj" and _named_party(g) and (g.ent_type_ in ("ORG", "NORP", "GPE") or g.pos_ == "PROPN")
        for g in ch.children) for ch in w.children)


_PARTY_MEMBERS = frozenset(_W["party_members"])


def _rights_speaker(speaker) -> bool:
    """Whether a speaker is a body that charges abuses ("Human Rights Watch", "Amnesty International", "rights
    groups", "UN investigators"), not a monitor that counts the dead ("the Syrian Observatory for Human Rights")."""
    words = {x.lower_ for x in speaker.subtree}
    return bool(words & _RIGHTS_SPEAKERS) and not words & _COUNTING_MONITORS


_RIGHTS_SPEAKERS = frozenset(_W["rights_speakers"])
_COUNTING_MONITORS = frozenset(_W["counting_monitors"])


def _names_a_wrong(w, triggers) -> bool:
    """"The attack", "the riots", "the attempted murder", "the deaths": a word that tells an act of force or
    coercion (a trigger of such a class, or a death), not "aid deliveries" or "security in the region"."""
    lemma = w.lemma_.lower()
    return lemma in _WRONGS_ANSWERED or any(cls.category == "conflict" or cls.plover in ("ASSAULT", "COERCE")
                                        for _, cls in [*triggers.nouns.get(lemma, ()), *triggers.verbs.get(lemma, ())])


def _named_as_wrongdoer(tok) -> bool:
    """"Called Israel a terrorist state", "described the interim government as a dictatorship", "branded
    the rebels criminals": a party given a name that condemns it (not "called the town the gateway")."""
    named = [ch for ch in tok.children if ch.dep_ == "oprd"] + [
        g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "as" for g in ch.children if g.dep_ == "pobj"]
    if not any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children):
        return False
    return any(w.lemma_.lower() in _WRONGDOER_NAMES or w.lower_ in _WRONGDOER_NAMES or any(
        ch.dep_ in ("amod", "compound") and (ch.lemma_.lower() in _WRONGDOER_NAMES or ch.lower_ in _WRONGDOER_NAMES)
        for ch in w.children) for w in named)


def _party_word(w) -> bool:
    """A word naming a party or people who can be threatened: a name, a personal pronoun, an official,
    a body or people ("Israel", "they", "anyone", "the rebels", "protesters", "the guards")."""
    if w.pos_ == "PRON":
        return w.lower_ not in _W["thing_pronouns"]
    return w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or w.lemma_.lower() in _W["officials"] \
        or w.lemma_.lower() in _W["bodies"] or w.lemma_.lower() in _W["people_nouns"] or w.lemma_.lower() in _WARNED_PARTIES


def _warns_of_danger(tok) -> bool:
    """"Analysts warned that inflation could rise", "the UN warned that the fighting could spread", "warned
    of a famine": a warning of a danger, not a threat to anyone, when it names no one warned (no object,
    nothing "against"), and what it foretells has no party as its subject and no reprisal in it (not "warned
    Iran", "warned against any attack", "warned of consequences", "warned that Israel would pay dearly",
    "warned that anyone who approached would be shot")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("warn", "caution"):
        return False
    told = []
    public = next((ch for ch in tok.children if ch.dep_ == "dobj" and ch.lemma_.lower() in _WARNED_PUBLIC
                   and not any(x.ent_type_ in ("ORG", "NORP") for x in ch.subtree)), None)
    for ch in tok.children:
        if public is not None and (ch.i == public.i or ch.dep_ in ("xcomp", "advcl") or ch.dep_ == "prep" and ch.lower_ == "against"):
            # "warned residents to beware of pickpockets", "warned citizens against eating uncooked meat": the
            # public told of a danger to them, what they are told read as what the warning foretells
            if ch.i != public.i:
                told += [ch] if ch.dep_ != "prep" else [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
            continue
        if ch.dep_ in ("dobj", "dative", "nsubjpass", "xcomp") or ch.dep_ == "prep" and ch.lower_ == "against":
            return False
        if ch.dep_ == "prep" and ch.lower_ in ("of", "about"):
            told += [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
        if ch.dep_ == "ccomp":
            told.append(ch)
        if ch.dep_ == "prep":
            # "warned on Monday of heavy rain", "warned in a statement of famine": the parser hangs the "of"
            # on the day or the medium the warning was given in
            told += [g for w in ch.children if w.dep_ == "pobj" and (w.ent_type_ in ("DATE", "TIME") or
                                                                       w.lemma_.lower() in _WARNING_MEDIA)
                     for p in w.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
                     for g in p.children if g.dep_ in ("pobj", "pcomp")]
    if not told:
        return False
    for c in told:
        if any(w.lemma_.lower() in _WARNED_REPRISALS for w in c.subtree):
            return False
        if c.dep_ == "ccomp" and any(ch.dep_ in ("nsubj", "nsubjpass") and _party_word(ch) for ch in c.children):
            return False  # ("warning that India will uphold its sovereignty")
        if any(_party_word(w) and not (w.pos_ == "PROPN" and w.ent_type_ not in ("PERSON", "ORG", "NORP")) and
               not (w.pos_ == "PRON" and w.dep_ == "poss") for w in c.subtree):
            return False  # ("warning that the province is not safe for the guards of the oppressive regime")
    return True


_WARNING_MEDIA = frozenset(_W["warning_media"])
_WARNED_PUBLIC = frozenset(_W["warned_public"])
_DROPPED_WERE_LINKS = _W["dropped_were_links"]


def _dropped_were_parties(c: Mention, si: int, a1: Actor | None, a2: Actor | None, ctx: "ReportContext"):
    """The parties of a headline's verb that drops "were": "Five police killed in rebel attack" — the
    police are the victims (so does a crosshead titling a round-up's section: "Inspector shot dead in
    Peshawar"); of any other clause, ``a1`` and ``a2`` as they are. Read for the mention's own verb and
    for a verb folded into a noun's mention ("Gendarmes killed in ambush": the ambush's victims)."""
    after = c.tok.i + 1 + (c.tok.i + 2 < len(ctx.doc) and ctx.doc[c.tok.i + 1].lower_ in _FATE_COMPLEMENTS)
    if after + 2 < len(ctx.doc) and ctx.doc[after].lower_ in (",", "and") and ctx.doc[after + 1].like_num \
            and ctx.doc[after + 2].tag_ == "VBN":
        # "Gendarmes killed, two wounded in attack": the toll's second count drops "were" too
        after += 3
    if (si == 0 and ctx.headline or si > 0 and _crosshead(si, ctx)) and not c.noun and c.tok.tag_ in ("VBN", "VBD") and \
            not any(ch.dep_ in ("dobj", "nsubjpass") and ch.lower_ not in _FATE_COMPLEMENTS for ch in c.tok.children) and \
            after < len(ctx.doc) and ctx.doc[after].lower_ in _DROPPED_WERE_LINKS:
        if c.tok.dep_ == "acl" and a2 is not None and a2.type is not None:
            # "Border guard killed in attack": the participle hangs on its noun, already read as the victim
            return a1 or _arg_actor(_agent_of(c.tok), ctx), a2
        if a1 is None and a2 is not None:
            return _arg_actor(_agent_of(c.tok), ctx), a2  # ("Soldiers killed in ambush": the parties stage
            # already read the victims as what it was done to)
        return _arg_actor(_agent_of(c.tok), ctx), a1
    return a1, a2
