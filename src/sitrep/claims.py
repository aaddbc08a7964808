"""Stage 7, claims: how the text stands on each event, and on whose word.

Reads: the spaCy ``Doc``, the events (with their evidence spans) and actors.
Adds: each event's :class:`Claim`: ``status`` (reported, claimed, alleged,
confirmed, denied, planned, per FORMAT.md), ``source`` (whom the text credits)
and the source's anonymity (outlet's own voice, named, anonymous), with the
span that says so. A claim of responsibility also names the perpetrator when
the text gives no other.

Every mention of an event has its say (the event's trigger and those folded into
it, ``Event.retold``): the one that says most wins (claimed, confirmed, alleged,
denied, reported). Told apart from any event, a group's claim of responsibility
(anywhere in the report) makes the acts the report gives it claimed, and a
confirmation just after an event ("a second official confirmed the toll")
confirms it. A belief is a hedged report ("police believe …"), and in a report of
accusations one state's word that another state's forces attacked is an
accusation (alleged). Word classes: ``data/event_words.yaml`` (stance_hedges,
report_verbs, believing, one_account, claimed_acts, owning, own_act_verbs,
speaking, accusing).
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from .language import doc_text, fine_tags, in_dateline, lower_words, per_sentence, regex, sentences, span_text, token_index, told_past_dateline, \
    token_sentence, token_tree, words_at
from .lexicon import load_event_words
from .records import Actor, Claim, Event, Span
from .events.clauses import _accused_noun, _accused_of
from .events.slots import _aimed_at, _report_doer
from .events.parties import _affiliated_to

_W = load_event_words()  # word classes: data/event_words.yaml
_HEDGES = _W["stance_hedges"]
_PROBABLE = _W["probable_hedges"]
_DENYING = _W["denying_verbs"]
_REPORT_NOUNS = _W["report_nouns"]
# "one protester was reported killed": a fate told as reported, by no one named (event_words reported_fates)
_REPORTED_FATE = "|".join(re.escape(w) for w in sorted(_W["reported_fates"]))
_HEDGE_PHRASES = re.compile(r"\b(?:believed (?:by [\w' -]{1,40}? )?to|said to|thought to|suspected (?:of|to be)|"
                            r"accused of|is alleged|are alleged|were alleged|(?:is|are|was|were) reported to|"
                            r"(?:is|are|was|were) reported(?= (?:" + _REPORTED_FATE + r")\b)|"
                            r"there (?:were|are|have been) (?:unconfirmed )?reports|(?:unconfirmed|unverified) reports?|"
                            r"it (?:is|was|has been) (?:widely )?(?:believed|thought|suspected|alleged|claimed|reported) that)\b", re.I)
_REPORT_VERBS = _W["report_verbs"]
_BELIEVING = _W["believing"]
_BLAMING = _W["blaming"]
_ONE_ACCOUNT = _W["one_account"]
_CLAIMED_ACTS = _W["claimed_acts"]
_OWNING = _W["owning"]
_OWNED = frozenset(_W["owned_things"])
_PAST_POSSIBLE = _W["past_possible"]
_ACCUSING = _W["accusing"]
_CHARGING = _W["charging"]
_ACCUSATION_NOUNS = _W["accusation_nouns"]
_OWN_ACT_VERBS = _W["own_act_verbs"]
_SPEAKING = _W["speaking"]
_OCCASION = _W["occasion_marks"]
_STATEMENT_NOUNS = _W["statement_nouns"]
_SELF_NOUNS = _W["self_nouns"]
_SUSPECT_NOUNS = _W["suspect_nouns"]
_ANONYMOUS = re.compile(r"\b(?:condition of anonymity|declined to be (?:named|identified)|not authori[sz]ed to|"
                        r"unnamed|anonymous|who asked not to be named|requested anonymity|sources? said|"
                        r"sources? (?:told|close))\b", re.I)
_SOURCE_NOUNS = re.compile(r"\b(?:official|officials|source|sources|spokes\w+|police|army|military|ministry|"
                           r"statement|witness(?:es)?|resident|residents)\b", re.I)


def attribute(doc, events: list[Event], actors: list[Actor]) -> None:
    """Entry point: set ``claim`` on every event (and a claimed perpetrator)."""
    actor_at = token_index(doc, actors)
    for ev in events:
        if ev.claim.status == "planned":
            continue
        claim = None
        for ev_span in ev.evidence if ev.category == "conflict" else ():
            # (a group claims its attacks; its threat or demand told in the same breath is its own word)
            span = words_at(doc, ev_span.start, ev_span.end)
            if span is None:
                continue
            told = next((t for t in (ev.trigger, *ev.retold) if ev_span.start <= t.start < ev_span.end), None)
            if told is None or not _told_aside(doc, told, span):
                claim = _responsibility(span, actor_at, ev) or claim
        if claim is None:
            # (the events stage's own reading counts too: a doer the report blames is alleged)
            claim = _strongest([ev.claim if ev.claim.status != "reported" else None,
                                _told_stance(doc, ev.trigger, actor_at, ev),
                                *(_retold_stance(doc, span, actor_at, ev) for span in ev.retold)])
        if claim is not None:
            ev.claim = claim
        if ev.claim.status == "reported" and ev.category == "conflict" and _doer_hedged(doc, ev.actor1):
            # "… a resident said of a suspected Boko Haram attack": the doer is named only as suspected
            ev.claim.status = "alleged"
    _standalone_claims(doc, events, actor_at)
    _several_acts_claimed(doc, events)
    _suspected_throughout(doc, events, actors)
    _claimed_anywhere(doc, events, actor_at)
    _blamed_afterwards(doc, events, actor_at)
    _standalone_confirmations(doc, events, actor_at)
    if any(ev.claim.status == "claimed" and ev.actor1 is not None for ev in events):
        # a doer known from its claim is the doer of the report's other tellings it leaves unnamed
        # ("the Taliban claimed the bombing … The bomber killed five"), as a doer named by the events
        # stage is (slots._report_doer, which ran before the claim was read)
        _report_doer(events, doc)


def _suspected_throughout(doc, events: list[Event], actors: list[Actor]) -> None:
    """"Two civilians were killed in several bomb attacks and a shooting carried out by suspected
    rebels, police said. … a bomb exploded at a house in Bangpu, killing one": a report that names
    the doer of its violence only as a suspected armed group, and names no armed group, lends it to
    the violent acts told after it with no doer, or an unidentified one; on suspicion (alleged)."""
    hedged = {a.name: a for a in actors if a.kind == "description" and a.type in _ARMED_TYPES and _doer_hedged(doc, a)}
    if len(hedged) != 1 or any(a.kind != "description" and a.type in _ARMED_TYPES for a in actors):
        return
    doer = next(iter(hedged.values()))
    for ev in events:
        if ev.plover != "ASSAULT" or ev.category != "conflict" or ev.claim.status != "reported" or \
                not ev.evidence or ev.evidence[0].start < doer.span.start:
            continue
        if ev.actor1 is None or ev.actor1.name == doer.name:
            ev.actor1 = doer
            ev.claim.status = "alleged"


def _doer_hedged(doc, doer: Actor | None) -> bool:
    """Whether the words that name the event's doer hedge it: "suspected Boko Haram militants", "a
    suspected Boko Haram attack", "alleged RSF fighters" (a hedge, ``stance_hedges``, on the doer's
    name or on the noun the name modifies), "an attack believed to have been carried out by X"."""
    if doer is None or doer.kind == "country":
        return False
    named = words_at(doc, doer.span.start, doer.span.end)
    if named is None:
        return False
    tok = named.root
    if _aimed_at(tok):
        return False  # "a raid on suspected militants": those it was aimed at, no doer of it
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "xcomp" and \
            tok.head.head.head.lemma_.lower() in _BELIEVING and tok.head.head.head.dep_ == "acl":
        return True  # "an attack suspected to have been carried out by Boko Haram"
    nouns = [tok, tok.head] if tok.dep_ in ("compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") else [tok]
    return any(c.dep_ == "amod" and c.lower_ in _HEDGES and c.i < n.i for n in nouns for c in n.children)


# how much a mention's stance says, when an event's mentions differ: one that names who confirmed
# it, or that hedges it, tells more than one that only reports it
_WEIGHT = {"claimed": 4, "confirmed": 3, "alleged": 2, "denied": 1, "reported": 0}


def _strongest(claims) -> Claim | None:
    """The stance of the mention that says most (``_WEIGHT``), the earliest of equals; None when no
    mention has a stance."""
    best = None
    for claim in claims:
        if claim is not None and (best is None or _WEIGHT.get(claim.status, 0) > _WEIGHT.get(best.status, 0)):
            best = claim
    return best


def _told_stance(doc, trigger: Span, actor_at, ev: Event) -> Claim | None:
    """The stance of one mention of ``ev``: of its trigger's clause (:func:`_stance`); an armed group's
    own word on its attack is its claim."""
    trig = words_at(doc, trigger.start, trigger.end)
    if trig is None:
        return None
    claim = _stance(trig.root, actor_at, ev.actor1)
    said = claim is not None and (claim.status == "reported" or claim.status == "alleged" and claim.span is not None
                                  and claim.anonymity != "outlet" and _lemma_at(doc, claim.span) == "claim")
    if said and ev.plover == "ASSAULT" and \
            ev.actor1 is not None and ev.actor1.kind != "description" and ev.actor1.type != "state" and \
            (claim.source == ev.actor1.name or _speaks_for(doc, claim, actor_at, ev.actor1)):
        # "al Shabaab said its fighters had attacked …", "X, a spokesman for al Shabaab, said …", "the
        # Front claimed to have killed nine soldiers": an armed group's own word on its attack (a state
        # announcing its forces' operations is how such news is reported, not a claim)
        claim.status = "claimed"
        if claim.source is not None and claim.source.lower().split()[-1] in _SELF_NOUNS | _STATEMENT_NOUNS:
            claim.source = ev.actor1.name  # "…, the group said", "…, the statement said": the group by its name
    elif claim is not None and claim.status == "reported" and ev.plover == "ASSAULT" and \
            (ev.actor1 is None or ev.actor1.kind == "description" or ev.actor1.type not in ("state", "external")):
        group = _of_itself(doc, claim, trig.root, actor_at, ev.actor1)
        if group is not None:
            # "it said it had shot four guards", "a spokesman for the Front said its fighters burned the post"
            if ev.actor1 is None or ev.actor1.kind == "description":
                ev.actor1 = group
            claim.status = "claimed"
            if group.kind != "description":
                claim.source = group.name  # ("Syrian rebels said they …": the speakers as the text names them)
    if claim is not None and claim.status == "reported" and _accused_abroad(doc, claim, actor_at, ev):
        claim.status = "alleged"
    if (claim is None or claim.status == "reported") and ev.plover == "ASSAULT" and \
            (ev.actor1 is None or ev.actor1.kind == "description" or ev.actor1.type in _ARMED_TYPES):
        admitted = _admitted(trig.root, actor_at)
        if admitted is not None and (ev.actor1 is None or ev.actor1.kind == "description" or
                                     ev.actor1.name == admitted[1].name):
            # "the ELN admitted to killing 18 soldiers": the group's word that it did the act
            claim, ev.actor1 = admitted
    return claim


_ADMITTING = _W["admitting"]


def _admitted(act, actor_at) -> tuple[Claim, Actor] | None:
    """"The ELN admitted to killing 18 soldiers", "the rebels acknowledged carrying out the ambush",
    "admitted to the killing of two guards": the act told as what an armed group admits doing (an -ing
    verb or an act noun after a verb of admitting, word class admitting) is its claim. None when the
    admitting is denied or its subject is no armed group (a state's admission is reported)."""
    while act.dep_ == "conj" and act.head != act:
        act = act.head  # ("admitted to killing 18 and capturing two")
    verb = None
    if act.dep_ in ("pcomp", "pobj") and act.head.lower_ == "to" and act.head.dep_ == "prep":
        verb = act.head.head
    elif act.tag_ == "VBG" and act.dep_ in ("xcomp", "dobj", "ccomp"):
        verb = act.head
    elif act.dep_ == "dobj" and act.head.tag_ == "VBG" and act.head.lemma_.lower() in _OWN_ACT_VERBS and \
            act.head.dep_ in ("xcomp", "dobj", "ccomp"):
        verb = act.head.head  # "acknowledged carrying out the ambush"
    elif act.dep_ == "dobj" and act.head.tag_ == "VBG" and act.head.lemma_.lower() in _OWN_ACT_VERBS and \
            act.head.dep_ == "pcomp" and act.head.head.lower_ == "to" and act.head.head.dep_ == "prep":
        verb = act.head.head.head  # "admitted to carrying out the attack"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADMITTING or _negated(verb):
        return None
    subj = _subject(verb)
    group = _claimant(subj, actor_at) if subj is not None and subj.pos_ != "PRON" else None
    if group is None or group.kind == "country" or group.type not in _ARMED_TYPES:
        return None
    name = group.name if group.kind != "description" else _phrase(subj)
    return Claim("claimed", name, "named", Span(verb.idx, verb.idx + len(verb), verb.text)), group


_OWN = {"it": "its", "they": "their"}


def _subject(verb):
    """A verb's subject (``nsubj``), not a word of the report's dateline: in "CAIRO (Reuters) - Islamic
    State said …" the parser may hang the dateline on the lead's verb as a subject of its own, or the
    subject on the dateline."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if not in_dateline(c):
            return c
        told = told_past_dateline(c)  # ("NAIROBI (Reuters) - Al Shabaab said …")
        if told is not None:
            return told
    return None


def _lemma_at(doc, span: Span) -> str | None:
    """The lemma of the word a claim's span holds (its reporting verb)."""
    found = words_at(doc, span.start, span.end)
    return found.root.lemma_.lower() if found is not None else None


def _of_itself(doc, claim: Claim, act, actor_at, doer: Actor | None) -> Actor | None:
    """The armed group whose word tells its own act: the speaker and the act's doer are one pronoun
    ("it said it had shot four guards", "they said they had ambushed the convoy", the doer being the report's
    armed group), or the act's doer is the speaker's own ("a spokesman for the Front said its fighters
    burned the post", "the group said its men seized the depot"). An act told by a noun that a verb of
    doing takes ("said one of its fighters carried out the bombing") is told by that verb. None otherwise."""
    if act.pos_ != "VERB" and act.dep_ == "dobj" and act.head.lemma_.lower() in _OWN_ACT_VERBS:
        act = act.head
    if claim.span is None or act.pos_ != "VERB":
        return None
    verb = words_at(doc, claim.span.start, claim.span.end)
    subj = _subject(verb.root) if verb is not None else None
    agent = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subj is not None and agent is None and act != verb.root and subj.pos_ != "PRON" and doer is None:
        return _foes_fate(doc, subj, act, actor_at)
    if subj is None or agent is None or act == verb.root:
        return None
    speaker = subj.lower_ if subj.pos_ == "PRON" else None
    if speaker is None and agent.lemma_.lower() in _SELF_NOUNS and any(
            d.dep_ == "det" and d.lower_ == "the" for d in agent.children):
        # "Houthi military spokesman Yahya Saree said the group targeted a ship": the group the speaker speaks for
        group = _claimant(subj, actor_at)
        return group if group is not None and group.kind != "description" and group.type in _ARMED_TYPES else None
    if speaker in _OWN and agent.pos_ == "PRON":
        if agent.lower_ != speaker:
            return None
        return doer if doer is not None and doer.kind != "description" and doer.type in _ARMED_TYPES else None
    if speaker is None and agent.pos_ == "PRON" and agent.lower_ in ("they", "it", "we") and \
            not (agent.lower_ == "it" and subj.tag_ in ("NNS", "NNPS")):
        # "Syrian rebels said they had shot down an army helicopter", "an ethnic rebel group said it had
        # shot down a helicopter": the armed speaker's own act
        group = _claimant(subj, actor_at)
        return group if group is not None and group.kind != "country" and group.type in _ARMED_TYPES else None
    if speaker is None and agent.pos_ in ("NOUN", "PROPN"):
        # "the group's Amaq news agency said an Islamic State fighter carried out the attack", "the
        # Front's spokesman said Front fighters ambushed the convoy": the doer names the armed group the
        # speaker speaks for
        named = next((actor_at[t.i] for t in agent.subtree if t.i in actor_at and actor_at[t.i].kind != "description"
                      and actor_at[t.i].type in _ARMED_TYPES), None)
        if named is not None:
            spoken = _claimant(subj, actor_at)
            if spoken is not None and spoken.name == named.name or any(
                    c.dep_ == "poss" and (c.lower_ in _OWN.values() or c.lemma_.lower() in _SELF_NOUNS)
                    for c in subj.children):
                return named
    own = {_OWN[speaker]} if speaker in _OWN else set(_OWN.values())
    if agent.pos_ in ("NUM", "PRON") or agent.like_num:  # "one of its fighters blew himself up": its fighters
        agent = next((g for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), agent)
    if not any(c.dep_ == "poss" and (c.lower_ in own or speaker not in _OWN and c.lemma_.lower() in _SELF_NOUNS and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.children)) for c in agent.children):
        return None  # ("its fighters", "their men"; "the group's fighters" after a spokesman for the group)
    if speaker in _OWN:  # "the group said its fighters …" told with a pronoun: the report's armed group
        return doer if doer is not None and doer.kind != "description" and doer.type in _ARMED_TYPES else None
    group = _claimant(subj, actor_at)
    return group if group is not None and group.kind != "description" and group.type in _ARMED_TYPES else None


def _foes_fate(doc, subj, act, actor_at) -> Actor | None:
    """"Al Shabaab said 21 soldiers were killed at the base", "the group claimed that 21 soldiers were
    captured": an armed group's word on what befell a state's forces, told with no doer, is its word on
    its own act (the group, or None). Not what befell its own men ("said five of its fighters were
    killed"), nor anyone else ("said 30 civilians were killed": no doer known)."""
    told = next((c for c in act.children if c.dep_ == "nsubjpass"), None)
    if told is None or act.tag_ != "VBN" or any(c.dep_ == "agent" for c in act.children):
        return None
    victims = [actor_at[t.i] for t in told.subtree if t.i in actor_at]
    if not victims or any(v.type != "state" or v.kind == "person" for v in victims) or \
            any(t.lower_ in ("its", "their", "our") for t in told.subtree):
        return None
    group = _claimant(subj, actor_at)
    return group if group is not None and group.kind != "country" and group.type in _ARMED_TYPES else None


def _accused_abroad(doc, claim: Claim, actor_at, ev: Event) -> bool:
    """"Rwanda's defence ministry said the DRC army fired two rockets into its territory", in a report
    of accusations: one state's word that another state's forces attacked is an accusation (alleged).
    Only where the report speaks of accusations (``accusing``): a state's officials counting the
    dead of an enemy strike report it."""
    doer = ev.actor1
    if ev.plover != "ASSAULT" or doer is None or doer.type != "state" or not doer.country or \
            doer.assumed_country or claim.span is None or not _ACCUSING & set(lower_words(doc)[1]):
        return False
    if ev.acled_subtype == "Armed clash":
        return False  # a fight both sides fought, told by one of them: who fired first is the dispute, not the fight
    verb = words_at(doc, claim.span.start, claim.span.end)
    subj = _subject(verb.root) if verb is not None else None
    speaker = _actor_in(subj, actor_at) if subj is not None else None
    if speaker is None and subj is not None and subj.lemma_.lower() in _STATEMENT_NOUNS:
        speaker = _statement_maker(doc, subj, actor_at)  # "The statement said …": whose statement it is
    return speaker is not None and speaker.type == "state" and speaker.kind != "person" and \
        speaker.country not in (None, doer.country)


def _statement_maker(doc, noun, actor_at) -> Actor | None:
    """Who made the statement a later sentence quotes ("The statement said …"): the party that said
    something "in a statement" (or issued one) in the sentences just before; None when none did."""
    first = max(0, token_sentence(noun).start - 1)
    for tok in reversed(doc[max(0, token_sentence(noun).start - 200):first + 1]):
        if tok.lemma_.lower() != noun.lemma_.lower() or token_sentence(tok).start >= token_sentence(noun).start:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "dobj" else None
        subj = _subject(verb) if verb is not None else None
        if subj is not None and subj.pos_ != "PRON":
            return _actor_in(subj, actor_at)
    return None


def _speaks_for(doc, claim: Claim, actor_at, group: Actor) -> bool:
    """"Jehind Baloch, a spokesperson for the BLA, stated that …": the speaker's phrase names the
    group (a spokesman's own name is not the group's). "…, the group said": the group named last
    before the speaker's words, when it is the doer."""
    if claim.span is None:
        return False
    verb = words_at(doc, claim.span.start, claim.span.end)
    if verb is None:
        return False
    subj = None
    if claim.span.text.lower().startswith("according to"):
        words = list(verb)[2:]  # "according to a statement from the group": the words after "according to"
    else:
        subj = _subject(verb.root)
        words = list(subj.subtree) if subj is not None else []
    for w in words:
        if w.lemma_.lower() in _SELF_NOUNS and w.i not in actor_at and _bare_group(w):
            # (the armed group named last: "the group" is not the army it fought, named after it)
            last = next((actor_at[i] for i in range(w.i - 1, max(-1, w.i - 120), -1)
                         if i in actor_at and actor_at[i].kind == "organisation" and actor_at[i].type in _ARMED_TYPES), None)
            return last is not None and last.name == group.name
    if any(actor_at[t.i].name == group.name for t in words if t.i in actor_at):
        return True
    if subj is not None and subj.lemma_.lower() in _STATEMENT_NOUNS and subj.i not in actor_at:
        # "…, the statement said": the statement of the group that issued it, told just before
        maker = _statement_maker(doc, subj, actor_at)
        if maker is not None and maker.name == group.name:
            return True
    speaker = actor_at.get(subj.i) if subj is not None else None
    return speaker is not None and speaker.kind == "person" and _spokesman_of(doc, speaker, actor_at, group)


_ARMED_GROUP_WORDS = _W["armed_group_words"]


def _bare_group(noun) -> bool:
    """"The group", "the militant group", "the rebel group": a group told by no name of its own, so the
    armed group named last. Not "the Emergency Lawyers human rights group", "the rights group": a
    noun before it that names some other kind of group (one not in ``armed_group_words``)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() not in _ARMED_GROUP_WORDS for c in noun.children)


def _spokesman_of(doc, person: Actor, actor_at, group: Actor) -> bool:
    """"Houthi military spokesman Yahya Saree said the group struck a tanker … The Houthis also attacked
    two ships, Saree told Al Masirah": a person who speaks with an office is the group's voice where
    any telling of that person names the group in the phrase of the office ("Houthi military spokesman
    Yahya Saree", "Yahya Saree, the Houthi military spokesman", "Abu Musab, al Shabaab's spokesman")."""
    for a in {id(a): a for a in actor_at.values() if a.name == person.name and a.kind == "person" and a.role}.values():
        named = words_at(doc, a.span.start, a.span.end)
        if named is None:
            continue
        tok = named.root
        phrase = [t for c in tok.children if c.dep_ in ("compound", "appos", "amod") for t in c.subtree]
        if tok.dep_ == "appos":  # "the group's spokesman, Yahya Saree"
            phrase += [t for t in tok.head.subtree if t.i < tok.head.i or t.head == tok.head and t.dep_ != "appos"]
        if any(t.i in actor_at and actor_at[t.i].name == group.name for t in phrase):
            return True
    return False


_CHARGING_LEMMAS = frozenset(_W["blaming"])


def _retold_stance(doc, trigger: Span, actor_at, ev: Event) -> Claim | None:
    """The stance of a later mention of ``ev``, when it speaks for the event as a whole: a hedge in the
    outlet's voice ("reportedly", "there were reports that"), a confirmation, a party's claim of its
    attack, an accusation ("Kigali accuses Congo's army of shelling …"). One side's "claimed" or
    "alleged" about a detail or among other accounts ("Locals claimed the army opened fire") is one
    account of several, not the text's stance on the event."""
    claim = _told_stance(doc, trigger, actor_at, ev)
    if claim is not None and claim.status == "alleged" and claim.anonymity != "outlet" and \
            claim.span is not None and claim.span.text.lower() in _ONE_ACCOUNT and not _doer_told_only_in(doc, trigger, ev, actor_at):
        return None
    if claim is not None and claim.status == "alleged" and ev.acled_subtype == "Armed clash" and ev.actor1 is not None \
            and ev.actor2 is not None and claim.span is not None and _lemma_at(doc, claim.span) in _CHARGING_LEMMAS:
        return None  # "Armenia's offensive was repulsed … Yerevan accused Baku of an attack on its positions": in
        # a fight both sides fought, one side's charge is who struck first, no hedge on the fight as coded
    return claim


def _doer_told_only_in(doc, trigger: Span, ev: Event, actor_at) -> bool:
    """Whether the event's doer is named in the sentence of this mention and in none of its other
    mentions ("Five villagers were killed … Residents alleged that soldiers carried out the killings"):
    the doer, and so the event as coded, is known only from that account."""
    if ev.actor1 is None:
        return False
    tok = words_at(doc, trigger.start, trigger.end)
    if tok is None:
        return False
    sent = token_sentence(tok.root)
    named = [a.span.start for a in actor_at.values() if a.name == ev.actor1.name]
    if not any(sent.start_char <= x < sent.end_char for x in named):
        return False
    return not any(s.start <= x < s.end for s in ev.evidence if not sent.start_char <= s.start < sent.end_char
                   for x in named)


def _standalone_claims(doc, events: list[Event], actor_at) -> None:
    """"Al Shabaab claimed responsibility." told on its own, after the attack: it claims the
    report's latest violent event before it (within four sentences)."""
    told = {s.start for ev in events for s in ev.evidence}
    starts = [s.start_char for s in sentences(doc)]
    lemmas = lower_words(doc)[1]
    if "claim" not in doc_text(doc).lower() and "responsib" not in doc_text(doc).lower() and \
            "credit" not in doc_text(doc).lower() and not (
            _WEAPON_VERBS.intersection(lemmas) and _PLANTED.intersection(lemmas)):
        return  # (every form of "claim" spells it; "accepted responsibility" is one too; "said it
        # planted the bomb": a group's word that it used the weapon)
    for si, sent in enumerate(sentences(doc)):
        words = set(lemmas[sent.start:sent.end])
        if sent.start_char in told or not ("claim" in words or words & _OWNED and words & _OWNING
                                           or words & _WEAPON_VERBS and words & _PLANTED):
            continue
        last_told = {}
        for ev in events:
            told_at = [bisect.bisect_right(starts, s.start) - 1 for s in ev.evidence]
            earlier = [t for t in told_at if t < si]
            if ev.plover == "ASSAULT" and earlier and si - max(earlier) <= 4:
                last_told[id(ev)] = (max(earlier), ev)
        if not last_told:
            continue
        found = _claim_of_responsibility(sent, actor_at)
        ev = _claimed_one(doc, found, [e for _, e in last_told.values()], starts) \
            or max(last_told.values(), key=lambda x: x[0])[1]
        if ev.claim.status not in ("reported", "alleged"):
            continue
        if found is not None and _of_similar_acts(doc, found[0]):
            continue  # "similar attacks in the past were claimed by X": other acts' claim, not this one's
        keep = ev.actor1
        claim = _responsibility(sent, actor_at, ev)
        if claim is None:
            continue
        if keep is not None and keep.kind != "description" and ev.actor1 is not keep:
            ev.actor1 = keep  # a named doer stays; the claimant is the claim's source
        if _known_apart(ev, keep, claim):
            continue
        ev.claim = claim


def _several_acts_claimed(doc, events: list[Event]) -> None:
    """A claim of several acts (:func:`_several_claimed`), read as one event's claim, is the claim of
    each violent act told in the four sentences before it too (:func:`_claim_the_others`)."""
    starts = [s.start_char for s in sentences(doc)]
    for ev in events:
        if ev.claim.status != "claimed" or ev.claim.span is None or not _several_claimed(doc, ev.claim):
            continue
        at = bisect.bisect_right(starts, ev.claim.span.start) - 1
        before = [e for e in events if e.plover == "ASSAULT" and e.evidence and
                  0 <= at - (bisect.bisect_right(starts, min(s.start for s in e.evidence)) - 1) <= 4]
        _claim_the_others(ev, before, ev.claim)


def _several_claimed(doc, claim: Claim) -> bool:
    """Whether a claim of responsibility names more than one act ("claimed responsibility for both
    attacks", "said it was behind Sunday's two bombings", "claimed the attacks"): a plural act noun
    (word class claimed_acts)."""
    found, act = _claimed_act(doc, claim)
    word = words_at(doc, claim.span.start, claim.span.end)
    if act is None and word is not None:
        # "said it was behind the bombings" (the claim read at the saying, or at "behind" itself), "said
        # it was responsible for the attacks": the act the group is put behind, or answerable for
        word = word.root
        heads = [word, *(c for c in word.children if c.dep_ == "ccomp")]
        act = next((g for h in heads for p in ([h] if h.dep_ == "prep" else []) + [
            c for c in h.children if c.dep_ in ("prep", "acomp")]
            for q in ([p] if p.dep_ == "prep" else [c for c in p.children if c.dep_ == "prep"])
            if q.lower_ in ("behind", "for") for g in q.children if g.dep_ == "pobj"), None)
    return act is not None and act.tag_ == "NNS" and act.lemma_.lower() in _CLAIMED_ACTS


def _claim_the_others(ev: Event, candidates: list[Event], claim: Claim) -> None:
    """A claim of several acts claims each violent act told just before it ("A car bomb killed eight
    … a second bomb killed four … X claimed both attacks"), not the latest alone: those with no doer
    named, or the claimant as doer, told on no other party's word."""
    for other in candidates:
        if other is ev or other.category != "conflict" or other.claim.status != "reported" or \
                other.claim.source not in (None, ev.actor1.name if ev.actor1 is not None else None):
            continue
        if other.actor1 is not None and other.actor1.kind != "description" and \
                (ev.actor1 is None or other.actor1.name != ev.actor1.name):
            continue
        if ev.actor1 is not None:
            other.actor1 = ev.actor1
        other.claim = Claim("claimed", claim.source, claim.anonymity, claim.span)


_ORDINAL_ACTS = {"first": 0, "earlier": 0, "former": 0, "second": 1, "latter": -1, "later": -1, "last": -1, "latest": -1}


def _claimed_one(doc, found, candidates: list[Event], starts) -> Event | None:
    """Of several attacks told before a claim, the one the claim's own words single out: "claimed the
    first attack" (by the order told), "claimed responsibility for the checkpoint attack" / "for the
    attack on the checkpoint" (the attack whose telling names the checkpoint); None when they single
    out none, or more than one."""
    if found is None or len(candidates) < 2:
        return None
    verb = words_at(doc, found[0].span.start, found[0].span.end)
    if verb is None:
        return None
    verb = verb.root
    act = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if act is not None and act.lemma_.lower() in _OWNED:
        act = next((g for p in act.children if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj"), None)
    if act is None or act.lemma_.lower() not in _CLAIMED_ACTS or act.lower_ == "it":
        return None
    order = sorted(candidates, key=lambda e: min(s.start for s in e.evidence))
    marks = []
    for ch in act.children:
        if ch.dep_ in ("amod", "compound") and ch.lower_ in _ORDINAL_ACTS and len(order) == 2:
            return order[_ORDINAL_ACTS[ch.lower_]]
        if ch.dep_ in ("amod", "compound") and ch.pos_ in ("NOUN", "PROPN"):
            marks.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ in ("on", "at", "in", "near"):
            marks.extend(g for g in ch.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    words = {m.lemma_.lower() for m in marks}
    if not words:
        return None
    lemmas = lower_words(doc)[1]
    sents = sentences(doc)
    hits = []
    for ev in candidates:
        told = set()
        for s in ev.evidence:
            si = bisect.bisect_right(starts, s.start) - 1
            if 0 <= si < len(sents):
                told.update(lemmas[sents[si].start:sents[si].end])
        if words & told:
            hits.append(ev)
    return hits[0] if len(hits) == 1 else None


def _of_similar_acts(doc, claim: Claim) -> bool:
    """Whether a claim of responsibility claims acts of the kind of one told ("similar attacks were
    claimed by X", "claimed responsibility for similar bombings"; word class similar)."""
    found, act = _claimed_act(doc, claim)
    return found and act is not None and any(ch.dep_ in ("amod", "det") and ch.lower_ in _SIMILAR for ch in act.children)


_SIMILAR = _W["similar"]


def _standalone_confirmations(doc, events: list[Event], actor_at) -> None:
    """"A second security official confirmed the death toll.", told on its own (no event of its own)
    just after a violent event: someone confirms that event (FORMAT.md: confirmed). A confirmation
    denied ("no fatalities have been confirmed") confirms nothing. A sentence an event holds only for
    its toll ("Police can confirm that 49 bodies have been recovered") tells no event of its own."""
    starts = [s.start_char for s in sentences(doc)]
    if "confirm" not in doc_text(doc).lower():
        return  # (every form of "confirm" spells it)
    told = {bisect.bisect_right(starts, s.start) - 1 for ev in events for s in (ev.trigger, *ev.retold)}
    for si, sent in enumerate(sentences(doc)):
        if "confirm" not in span_text(sent).lower():
            continue
        verb = next((t for t in sent if t.lemma_.lower() == "confirm" and t.pos_ == "VERB"), None)
        if verb is None or _negated(verb):
            continue
        if si in told:
            _confirmed_beside(doc, events, sent, verb, actor_at)
            continue
        subj = _confirmer(verb)
        if subj is None:
            continue
        latest = None
        for ev in events:
            told_at = [bisect.bisect_right(starts, s.start) - 1 for s in ev.evidence]
            earlier = [t for t in told_at if t < si]
            if ev.category == "conflict" and earlier and si - max(earlier) <= 2 and \
                    (latest is None or max(earlier) > latest[0]):
                latest = (max(earlier), ev)
        if latest is None or latest[1].claim.status != "reported":
            continue
        actor = _actor_in(subj, actor_at)
        name = actor.name if actor is not None and actor.kind != "description" else _phrase(subj)
        latest[1].claim = Claim("confirmed", name, _anonymity(span_text(sent), subj),
                                Span(verb.idx, verb.idx + len(verb), verb.text))


_LAYING_BLAME = frozenset(_W["laying_blame"])
_BLAMED_ACTS = frozenset(_W["frame_nouns"]) | frozenset(_W["incident_nouns"]) | frozenset(_W["occurred_nouns"])


def _blamed_afterwards(doc, events: list[Event], actor_at) -> None:
    """"Gunmen killed seven villagers in Kauru on Sunday. Police blamed the attack on bandits." (or
    "blamed bandits for the attack", "accused Ansaru of the killings"): a later sentence that lays the
    act, named again by its noun with "the" (or a day's "Sunday's"), at someone's door tells no event of
    its own (the events stage keeps the blame); it makes the violent event told just before it (within
    two sentences) alleged, on the blamer's word, when the text names that event's doer on no one's
    word of its own (no doer, or one it does not name)."""
    lemmas = lower_words(doc)[1]
    if not _LAYING_BLAME.intersection(lemmas):
        return
    starts = [s.start_char for s in sentences(doc)]
    mentioned = {bisect.bisect_right(starts, s.start) - 1: ev for ev in events if ev.category == "conflict"
                 for s in (ev.trigger, *ev.retold)}
    for si, sent in enumerate(sentences(doc)):
        if si in mentioned:
            continue  # (an act told in the sentence itself: its own stance walk reads the blame)
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LAYING_BLAME or _negated(verb):
                continue
            act = _act_blamed(verb)
            if act is None or not _blamed_party(verb, act, actor_at):
                continue
            latest = None
            for ev in events:
                told_at = [bisect.bisect_right(starts, s.start) - 1 for s in ev.evidence]
                earlier = [t for t in told_at if t < si]
                if ev.category == "conflict" and ev.plover != "PROTEST" and earlier and si - max(earlier) <= 2 and \
                        (latest is None or max(earlier) > latest[0]):
                    latest = (max(earlier), ev)
            if latest is None:
                continue
            ev = latest[1]
            if ev.claim.status != "reported" or ev.actor1 is not None and ev.actor1.kind != "description":
                continue
            subj = _subject(verb)
            actor = _actor_in(subj, actor_at) if subj is not None else None
            name = actor.name if actor is not None and actor.kind != "description" else \
                (_phrase(subj) if subj is not None and subj.pos_ != "PRON" else None)
            ev.claim = Claim("alleged", name, _anonymity(span_text(sent), subj) if subj is not None else "outlet",
                             Span(verb.idx, verb.idx + len(verb), verb.text))
            break


def _blamed_party(verb, act, actor_at) -> bool:
    """Whether the one a blaming verb lays ``act`` on is a party the report names: "blamed the attack on
    bandits", "blamed bandits for the attack", "accused a militia of the killings"; not "blamed
    Somalia-based factions for the bombing" (no party of its own, only a country in a modifier)."""
    if act.dep_ != "dobj":
        return any(c.i in actor_at for c in verb.children if c.dep_ == "dobj")
    for host in (verb, act):  # ("blamed the attack on bandits": the parser may read "the attack on bandits")
        heads = [g for p in host.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
        if heads:
            return any(h.i in actor_at for h in heads)
    return False


def _act_blamed(verb):
    """The act noun a blaming verb lays at someone's door, told as one already known ("the attack",
    "Sunday's bombing"): its object ("blamed the attack on bandits") or the noun of its "for"/"of"
    ("blamed bandits for the attack", "accused X of the killings", also when the parser hangs the "of"
    on X); None when it names none, or a new one ("blamed X for an attack on a school")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for host in [verb, *nouns]:
        nouns += [g for p in host.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                  for g in p.children if g.dep_ == "pobj"]
    for n in nouns:
        if n.lemma_.lower() not in _BLAMED_ACTS:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss"
               for c in n.children):
            return n
    return None


def _confirmer(verb):
    """Who confirms: the confirming verb's subject, or, for an -ing clause opening the sentence with none
    of its own ("Confirming the incident, the police spokesman said …"), the subject of the verb it
    hangs on."""
    subj = _subject(verb)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.i < verb.head.i:
        subj = _subject(verb.head)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "a police officer who confirmed the incident said …": the one the clause is on
    return subj


def _confirmed_beside(doc, events: list[Event], sent, verb, actor_at) -> None:
    """"The military did not release any statement on the ambush, but the police confirmed the daring
    attack": a confirmation whose object is an act noun (frame_nouns) other than the word the sentence's
    event is told by (the events stage keeps one trigger a sentence) confirms that event, the one
    violent event the sentence tells."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONFIRMED_ACTS), None)
    subj = _confirmer(verb)
    if obj is None or subj is None or subj.pos_ == "PRON":
        return
    here = [ev for ev in events if ev.category == "conflict" and ev.plover == "ASSAULT" and
            any(sent.start_char <= s.start < sent.end_char for s in (ev.trigger, *ev.retold))]
    if len(here) != 1 or here[0].claim.status != "reported" or \
            any(s.start <= obj.idx < s.end for s in (here[0].trigger, *here[0].retold)):
        return  # (the confirmed word itself tells the event: its own stance walk has read it)
    actor = _actor_in(subj, actor_at)
    name = actor.name if actor is not None and actor.kind != "description" else _phrase(subj)
    here[0].claim = Claim("confirmed", name, _anonymity(span_text(sent), subj), Span(verb.idx, verb.idx + len(verb), verb.text))


_FRAME_NOUNS = _W["frame_nouns"]
# what a confirmation beside a violent event names it by: its act nouns, or "the incident" (incident_nouns)
_CONFIRMED_ACTS = frozenset(_W["frame_nouns"]) | frozenset(_W["incident_nouns"])


def _negated(verb) -> bool:
    """"did not confirm", "no deaths have been confirmed", "nobody has claimed it"."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in ("nobody", "none", "noone") or
                                                       any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children)


def _known_apart(ev: Event, doer: Actor | None, claim: Claim) -> bool:
    """"Al Shabaab militants killed 12 soldiers, officials said. … Al Shabaab claimed responsibility.":
    the doer was named on another party's word before it claimed the attack, so the attack is known
    apart from the claim (FORMAT.md: claimed is an act known from its doer's claim) and stays as told."""
    return doer is not None and doer.kind != "description" and doer.name == claim.source and \
        ev.claim.status == "reported" and ev.claim.source not in (None, doer.name)


def _claimed_anywhere(doc, events: list[Event], actor_at) -> None:
    """"The BLA has claimed responsibility for a series of attacks in Mastung and Sorab." … "BLA fighters
    overran a checkpoint in Sorab": a group's claim of responsibility, anywhere in the report, makes
    the violent acts the report gives it claimed (FORMAT.md: known from a party's claim of its own act),
    unless another's word tells them ("al Shabaab militants killed 12 soldiers, officials said")."""
    claimants = {}
    for sent in sentences(doc):
        found = _claim_of_responsibility(sent, actor_at)
        if found is not None and found[1] is not None and found[1].kind != "description" and \
                not _one_act_claimed(sent.doc, found[0]):
            claimants.setdefault(found[1].name, found[0])
    if not claimants:
        return
    for ev in events:
        claim = claimants.get(ev.actor1.name) if ev.actor1 is not None else None
        if claim is None or ev.category != "conflict" or ev.claim.status != "reported" or \
                ev.claim.source not in (None, ev.actor1.name) or not _names_in_evidence(ev, actor_at):
            continue
        ev.claim = Claim("claimed", claim.source, claim.anonymity, claim.span)


def _one_act_claimed(doc, claim: Claim) -> bool:
    """Whether a claim of responsibility claims one act ("claimed responsibility for the attack",
    "claimed the bombing", "said it carried out the attack", a bare "claimed responsibility"), which
    is that act's claim, not the group's for every act the report gives it ("claimed responsibility
    for a series of attacks", "for the attacks")."""
    found, act = _claimed_act(doc, claim)
    if not found:
        return False
    return act is None or act.lemma_.lower() in _CLAIMED_ACTS and (act.tag_ in ("NN", "NNP", "PRP") or act.lower_ == "it")


def _claimed_act(doc, claim: Claim):
    """(found, act): the noun a claim of responsibility names as its act ("for the ambush", "claimed
    the bombing"); (True, None) for a bare "claimed responsibility"; (False, None) when it names none."""
    verb = words_at(doc, claim.span.start, claim.span.end)
    if verb is None:
        return False, None
    verb = verb.root
    act = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if act is None:  # "said it carried out the attack": the act's own object
        act = next((t for c in verb.children if c.dep_ == "ccomp" for t in c.children if t.dep_ == "dobj"), None)
    if act is not None and act.lemma_.lower() in _OWNED:
        heads = (act, verb)
        act = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children if g.dep_ == "pobj"), None)
        return True, act  # (None: "… claimed responsibility.", the act just told)
    return act is not None, act


def _names_in_evidence(ev: Event, actor_at) -> bool:
    """Whether one of the event's own mentions names its doer (not a doer the report lent it)."""
    return any(a.name == ev.actor1.name and any(s.start <= a.span.start < s.end for s in ev.evidence)
               for a in actor_at.values())


def _told_aside(doc, trigger: Span, span) -> bool:
    """Whether a mention is told as the occasion of what a claim of responsibility claims ("X claimed
    responsibility for the rockets, which were launched after its three men were killed"): the
    claim is of the rockets, not of the killing before them."""
    trig = words_at(doc, trigger.start, trigger.end)
    if trig is None:
        return False
    occasion = False
    for t in [trig.root, *trig.root.ancestors]:
        if t.dep_ == "advcl" and any(ch.dep_ in ("mark", "advmod", "prep") and ch.lower_ in _OCCASION
                                     for ch in t.children):
            occasion = True
        elif occasion and t.lemma_.lower() == "claim" and t.pos_ == "VERB":
            return True
    return False


def _responsibility(span, actor_at, ev: Event) -> Claim | None:
    """"X claimed (responsibility for) the attack" / "the attack was claimed by X": the claim, and the
    claimant as the event's perpetrator."""
    found = _claim_of_responsibility(span, actor_at)
    if found is None or _claims_another(span, found[0], ev):
        return None
    claim, actor = found
    if actor is not None:
        ev.actor1 = actor  # a claim of responsibility names the perpetrator
    return claim


def _claims_another(span, claim: Claim, ev: Event) -> bool:
    """"Islamic Jihad claimed responsibility for the rockets, which were launched shortly after its
    three men were killed": the event's words in the span hang under the claim only through a
    clause of time or cause ("after …", "when …"), so the claim is of another happening."""
    doc = span.doc
    verb = words_at(doc, claim.span.start, claim.span.end)
    if verb is None:
        return False
    verb = verb.root
    under = []
    for told in (ev.trigger, *ev.retold):
        tok = words_at(doc, told.start, told.end)
        if tok is not None and span.start <= tok.root.i < span.end and verb in tok.root.ancestors:
            under.append(tok.root)
    if not under:
        return False
    return all(_through_a_time_clause(tok, verb) for tok in under)


def _through_a_time_clause(tok, verb) -> bool:
    """Whether ``tok`` hangs under its ancestor ``verb`` through a clause with a conjunction of its
    own ("… shortly after its three men were killed")."""
    x = tok
    while x != verb and x.head != x:
        if x.dep_ == "advcl" and any(c.dep_ == "mark" for c in x.children):
            return True
        x = x.head
    return False


def _claim_of_responsibility(span, actor_at) -> tuple[Claim, Actor | None] | None:
    """The first claim of responsibility in ``span``, with the claimant's actor when it is one."""
    lemmas = lower_words(span.doc)[1]
    for i in range(span.start, span.end):
        if lemmas[i] not in _SPEAKING and lemmas[i] != "claim" and lemmas[i] not in _OWNING:
            continue  # (read from the lemmas: no Token for the other words)
        tok = span.doc[i]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _SPEAKING:
            own = _own_act(tok, actor_at)
            if own is not None:
                return own
        lemma = tok.lemma_.lower()
        if lemma == "claim" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and not _negated(tok.head) and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() == "responsibility"
                                                                   for g in p.children) for p in tok.children):
            # "the BLA issued a claim of responsibility", "posted a claim of responsibility online"
            agent = _subject(tok.head)
            if agent is not None and agent.pos_ != "PRON" and not any(
                    ch.dep_ == "det" and ch.lower_ == "no" for ch in agent.children):  # ("no group has issued …")
                actor = _claimant(agent, actor_at)
                return Claim("claimed", actor.name if actor else _phrase(agent), "named",
                             Span(tok.idx, tok.idx + len(tok), tok.text)), actor
        if lemma not in _OWNING and lemma != "claim" or tok.pos_ != "VERB" or _negated(tok):
            continue  # "no group has claimed responsibility": no claim
        objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
        if not objs and lemma == "claim" and tok.tag_ == "VBN" and (tok.dep_ == "acl" or tok.dep_ == "advcl" and any(
                ch.dep_ == "agent" for ch in tok.children)):
            # "an attack on a checkpoint claimed by the BLA": the act the participle hangs on (the
            # parser may hang it on a noun of the act's own phrase, or on the verb of the clause that
            # tells the act: the act is then the nearest act noun before it)
            obj = tok.head
            for _ in range(3):
                if obj.lemma_.lower() in _CLAIMED_ACTS or obj.dep_ != "pobj" or obj.head.dep_ != "prep":
                    break
                obj = obj.head.head
            if tok.dep_ == "advcl":
                obj = next((t for t in reversed(span.doc[tok.head.i + 1:tok.i])
                            if t.pos_ == "NOUN" and t.lemma_.lower() in _CLAIMED_ACTS), obj)
            objs = [obj]
        if not objs:
            continue
        obj = objs[0]
        if obj.lemma_.lower() not in _CLAIMED_ACTS or lemma in _OWNING and obj.lemma_.lower() not in _OWNED:
            continue  # "accepted responsibility", "took responsibility": a claim; not "took the attack"
        agent = None
        for ch in tok.children:
            if ch.dep_ == "nsubj":
                # ("PESHAWAR (AP) — The Pakistani Taliban claimed …": the subject hung on the dateline)
                agent = ch if not in_dateline(ch) else told_past_dateline(ch) or agent
            elif ch.dep_ == "agent":
                agent = next((g for g in ch.children if g.dep_ == "pobj"), agent)
        if agent is None:
            continue
        aside = None
        if agent.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            agent, aside = tok.head, tok  # "the TTP, which claimed the attack": the TTP
        actor = _claimant(agent, actor_at, aside)
        name = actor.name if actor else _phrase(agent)
        return Claim("claimed", name, "named", Span(tok.idx, tok.idx + len(tok), tok.text)), actor
    return None


def _claimant(agent, actor_at, aside=None) -> Actor | None:
    """Who claims: the armed group a speaker's phrase names ("a spokesman for the Pakistani Taliban,
    Mohammad Khurasani"), else the phrase's own actor. The relative clause that makes the claim
    (``aside``: "a group that claimed the bombing of an army depot") is no part of the
    phrase: the place of the act it claims names no claimant."""
    if aside is None:
        own = actor_at.get(agent.i)
        if own is not None and own.type is None and own.kind in ("person", "organisation") and any(
                ch.dep_ == "appos" and ch.lemma_.lower() in _SELF_NOUNS for ch in agent.children):
            # "Ansarul Mujahedin, a little-known militant group linked to the Taliban, claimed …": a name
            # the lexicon does not know, told as a group, is the claimant (not the group it is linked to)
            return dataclasses.replace(own, kind="organisation", type="rebel")
        actor = _actor_in(agent, actor_at)
        words = list(agent.subtree)
    else:
        skip = {t.i for t in aside.subtree}
        words = [t for t in agent.subtree if t.i not in skip]
        found = [actor_at[t.i] for t in words if t.i in actor_at]
        actor = actor_at.get(agent.i) or next((a for a in found if a.kind != "country"), found[0] if found else None)
    if actor is not None and actor.kind != "description" and actor.type in _ARMED_TYPES:
        return actor
    if actor is not None and actor.kind == "country" and not actor.span.start <= agent.idx < actor.span.end:
        actor = None  # "a radical sect based in northern Nigeria claimed …": the country is where it is, not who claims
    group = next((actor_at[t.i] for t in words if t.i in actor_at and actor_at[t.i].kind == "organisation"
                  and actor_at[t.i].type in _ARMED_TYPES
                  and not (agent.lemma_.lower() in _W["self_nouns"] and _affiliated_to(t, agent))), None)
    # (not a group a claiming group is only tied to: "a group linked to al-Qaeda claimed …"; but "X, a
    # commander allied with al Qaeda": the man's group)
    return group or actor


_ARMED_TYPES = ("rebel", "political_militia", "identity_militia")
_WEAPON_VERBS = frozenset(_W["weapon_verbs"])  # "planted", "fired", "detonated": how a weapon is used
_PLANTED = frozenset(_W["accused_weapons"])  # "the device", "the bomb", "the rockets": what is so used


def _own_act(verb, actor_at) -> tuple[Claim, Actor] | None:
    """"Yemen's Houthi rebels said they had launched an operation in the UAE", "the Taliban said it
    carried out the attack", "the group said it planted the bomb": an armed group's word that it did
    the act, or used the weapon that did it, is its claim of it. The speaker
    is an armed group (not a state, whose forces' operations are reported), the act's doer a pronoun
    for it."""
    subj = _subject(verb)
    group = _actor_in(subj, actor_at) if subj is not None else None
    if group is None or group.type in (None, "state", "civilians", "protesters") or group.kind == "description":
        return None
    for act in verb.children:
        if act.dep_ != "ccomp" or act.lemma_.lower() not in _OWN_ACT_VERBS | _WEAPON_VERBS:
            continue
        doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
        # the act's object ("launched an operation", also when a quoted word after it throws the parse)
        obj = next((t for t in act.subtree if t.i > act.i and t.pos_ == "NOUN" and
                    (t.head == act or t.head.head == act)), None)
        if doer is not None and (doer.pos_ == "PRON" or _own_people(doer)) and obj is not None and (
                obj.lemma_.lower() in _CLAIMED_ACTS if act.lemma_.lower() in _OWN_ACT_VERBS
                else obj.lemma_.lower() in _PLANTED):  # "said it planted the bomb", "… it fired the rockets"
            return Claim("claimed", group.name, "named", Span(verb.idx, verb.idx + len(verb), verb.text)), group
    return None


def _own_people(doer) -> bool:
    """Whether a doer is told as the speaker's own people ("the group said its fighters planted the
    bomb", "the rebels said their men fired the rockets"): the speaker's act, as "it" would be."""
    return doer.pos_ == "NOUN" and any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in doer.children)


def _hedged_clause(trigger) -> set[int]:
    """The tokens whose hedge hedges the trigger's act: its own phrase, the verbs above it with their
    adverbs and auxiliaries, an agent phrase naming its doer."""
    clause = {t.i for t in trigger.subtree}
    for t in trigger.ancestors:
        clause.add(t.i)
        if t.pos_ == "VERB":
            clause.update(c.i for c in t.children if c.dep_ in ("advmod", "aux", "auxpass", "neg"))
            if trigger.dep_ == "nsubjpass" and trigger.head == t:
                # "the killings were carried out by suspected militants": the doer told in the agent
                # phrase of the verb the act is the subject of is the act's doer
                clause.update(x.i for c in t.children if c.dep_ == "agent" for x in c.subtree)
            if t.dep_ == "relcl":
                # "victims reportedly included seven members of a family, who died in an airstrike": the
                # relative clause on the verb's object is part of what the hedged verb tells
                h = t.head
                for _ in range(4):
                    if h.dep_ not in ("dobj", "attr", "pobj", "prep") or h.head == h:
                        break
                    h = h.head
                if h.pos_ == "VERB" and h != t:
                    clause.update(c.i for c in h.children if c.dep_ == "advmod")
            h = t
            while h.dep_ == "advcl" and h.head != h and h.head.pos_ == "VERB":
                # "two people reportedly died as police tried to disperse the crowd": a hedge on the
                # verb the act's clause hangs from hedges the act told in it
                h = h.head
                clause.update(c.i for c in h.children if c.dep_ == "advmod")
            break
    return clause


def _hedge_phrases_in(sent) -> list[tuple[int, str]]:
    """The hedging phrases of the sentence (``_HEDGE_PHRASES``), each (its start in the text, its words),
    read once per Doc and sentence: every event of a sentence asks for them again."""
    return per_sentence(sent, _HEDGE_PHRASES_KEY, lambda: [
        (sent.start_char + m.start(), m[0]) for m in _HEDGE_PHRASES.finditer(span_text(sent))])


_HEDGE_PHRASES_KEY = "sitrep.hedge_phrases"


def _stance(trigger, actor_at, doer: Actor | None = None) -> Claim | None:
    """Hedges, confirmations, denials and reporting verbs that govern the trigger.

    A hedge on the doer ("suspected militants attacked …") hedges the event as coded, its doer
    included; a hedge on anyone else ("alleged operatives were arrested") does not."""
    sent = token_sentence(trigger)
    lows = lower_words(sent.doc)[0]
    hedges = [i for i in range(sent.start, sent.end) if lows[i] in _HEDGES]  # (no Token for the other words)
    clause = _hedged_clause(trigger) if hedges else set()
    for i in hedges:
        if i not in clause:
            continue
        tok = sent.doc[i]
        if _says(tok):
            continue
        if tok.dep_ in ("amod", "acl") and tok.head != trigger and not _agent(tok.head) and not _frame_of(tok.head, trigger) \
                and not (doer is not None and (
                doer.span.start <= tok.head.idx < doer.span.end or
                tok.head.left_edge.idx <= doer.span.start < tok.head.right_edge.idx + len(tok.head.right_edge))):
            continue  # "the alleged killer", "alleged operatives were arrested", "four men suspected of
            # the raid were held": a hedge on a person
        if _in_clause_on_the_done_to(tok, trigger):
            continue  # "shot dead a man who allegedly tried to stab soldiers": said of the one shot
        if tok.dep_ == "amod" and tok.head.i != trigger.i and _aimed_at(tok.head):
            continue  # "killed in a shootout during a raid on suspected militants": those raided are
            # suspected, the raid and its fight are not
        if _in_clause_on_the_doers_other_act(tok, trigger):
            continue  # "the governor, who allegedly diverted funds, condemned the attack": said of another act
        return Claim("alleged", None, "outlet", Span(tok.idx, tok.idx + len(tok), tok.text))
    seeming = _seeming_act(trigger)
    if seeming is not None:  # "killed in what appeared to be an air strike": the act told only as it looked
        return Claim("alleged", None, "outlet", Span(seeming.idx, seeming.idx + len(seeming), seeming.text))
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lower_ in _SEEMING and \
            _doer_hedged_of(trigger, trigger.head.idx, actor_at):
        # "the killing appeared to be the work of a drug cartel": the act told by the look of its doer
        return Claim("alleged", None, "outlet", Span(trigger.head.idx, trigger.head.idx + len(trigger.head), trigger.head.text))
    likely = next((sent.doc[i] for i in range(sent.start, sent.end) if lows[i] in _PROBABLE  # (no Token for the others)
                   and _probable_act(sent.doc[i], trigger)), None)
    if likely is not None:
        return Claim("alleged", None, "outlet", Span(likely.idx, likely.idx + len(likely), likely.text))
    if doer is not None and doer.kind == "description":
        named = words_at(sent.doc, doer.span.start, doer.span.end)
        if named is not None and named.root.lemma_.lower() in _SUSPECT_NOUNS:
            # "a suspect opened fire on worshippers": the doer is only suspected
            return Claim("alleged", None, "outlet", Span(named.root.idx, named.root.idx + len(named.root), named.root.text))
    verb = trigger if trigger.pos_ == "VERB" else next((t for t in trigger.ancestors if t.pos_ == "VERB"), None)
    if verb is not None and verb.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ == "have" for ch in verb.children):
        modal = next((ch for ch in verb.children if ch.dep_ == "aux" and ch.lower_ in _PAST_POSSIBLE), None)
        if modal is not None:  # "Russian forces may have used cluster munitions in the attack": told as likely
            return Claim("alleged", None, "outlet", Span(modal.idx, modal.idx + len(modal), modal.text))
    for a, said in _hedge_phrases_in(sent):
        if abs(a - trigger.idx) < 60 and not a <= trigger.idx < a + len(said) and \
                (a < trigger.idx and not _on_the_done_to(trigger, a) or _on_a_doer(trigger.doc, a)
                 or _doer_hedged_of(trigger, a, actor_at)):
            # the phrase that is the trigger ("said he was accused of treason") is the act told; one told
            # after it hedges the act only as said of its doer ("were killed when gunmen suspected to be
            # members of Boko Haram attacked"), not of its target ("arrested a man accused of arson")
            return Claim("alleged", None, "outlet", Span(a, a + len(said), said))
    # a reporting verb whose clause holds the trigger
    below = None
    for anc in [trigger, *trigger.ancestors]:
        if anc is not trigger and anc.pos_ == "VERB" and anc.lemma_.lower() in _BLAMING and \
                _blamed_act(trigger) == anc and not _negated(anc):
            # "police blamed bandits for the abduction of 20 students": one party's word on another's act
            subj = _subject(anc)
            actor = _actor_in(subj, actor_at) if subj is not None else None
            name = actor.name if actor is not None and actor.kind != "description" else \
                (_phrase(subj) if subj is not None and subj.pos_ != "PRON" else None)
            return Claim("alleged", name, "named" if subj is not None else "outlet", Span(anc.idx, anc.idx + len(anc), anc.text))
        charge = _charge_denied(anc, below) if below is not None and _argument_of(trigger, below) else None
        if charge is not None:
            anc = charge  # "denied allegations by the rebels, that it killed 76 villagers": the "that" clause the
            # parser hung on the verb of denying is the charge's, so the act is the accuser's word (as below)
        if below is not None and (charge is not None or _accusation_of(anc, below)) and _argument_of(trigger, below):
            src = _accuser(anc)
            actor = _actor_in(src, actor_at) if src is not None else None
            if actor is None or doer is None or actor.name != doer.name:
                # "dismissed accusations that its troops burned a market": one party's word against another
                name = actor.name if actor is not None and actor.kind != "description" else \
                    (_phrase(src) if src is not None else None)
                return Claim("alleged", name, "named" if src is not None else "outlet",
                             Span(anc.idx, anc.idx + len(anc), anc.text))
        child, below = below, anc
        if child is not None and child.dep_ == "relcl" and child.head == anc and \
                child.lemma_.lower() in _W["sparking_verbs"] and child is not trigger:
            break  # "M23 denied responsibility for the attack, which sparked demonstrations by residents": what
            # the act sparked is told in the outlet's voice, not what is denied, claimed or said of the act
        if child is trigger and child.dep_ == "dobj" and child.pos_ == "NOUN" and anc.pos_ == "VERB" \
                and anc.lemma_.lower() in _DENYING and child.lemma_.lower() in _ACCUSATION_NOUNS:
            continue  # "the army denied allegations by the rebels": the charge was made (the rebels' act, told
            # as done); what is denied is what it charges
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _DENYING and child is not None and child.dep_ == "dobj" \
                and child.lemma_.lower() in _W["disowned_parts"]:
            continue  # "Russia denied any role in the drone attack on the depot": the act is told as done; only
            # the denier's part in it is denied (its doer is not the denier)
        if child is not None and child.dep_ == "conj" and child.head == anc:
            # "the Front denied any role and no group has claimed the blast": an act
            # told beside what someone says or denies is not what they say
            continue
        if anc.lemma_.lower() == "deny" and anc.tag_ in ("VBZ", "VBP") and child is not None and _habitual_act(child):
            continue  # "Russia, which …, denies targeting civilians in what it calls …": a standing denial, of no one act
        if anc.lemma_.lower() in _BELIEVING and not _believed_act(trigger, anc):
            continue  # "I think the attack was in response to raids": a belief about it, not that it happened
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _DENYING and child is not None and child.dep_ == "dobj" and \
                child.lemma_.lower() in _REPORT_NOUNS and not _negated(anc) and _subject(anc) is not None:
            # "rejected reports that its fighters killed 15 civilians", "dismissed media reports that …":
            # a denial, as "denied reports that …" is
            subj = _subject(anc)
            actor = _actor_in(subj, actor_at)
            name = actor.name if actor is not None and actor.kind != "description" else \
                (_phrase(subj) if subj.pos_ != "PRON" else None)
            return Claim("denied", name, _anonymity(span_text(sent), subj), Span(anc.idx, anc.idx + len(anc), anc.text))
        charged = anc.lemma_.lower() in _CHARGING and child is not None and child.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children)  # "charged that soldiers killed …"
        if (anc.lemma_.lower() in _REPORT_VERBS | _BELIEVING or charged) and anc.pos_ == "VERB" and anc != trigger:
            subj = _subject(anc) or _passive_speaker(anc, trigger)
            denier = anc.head if subj is None and anc.tag_ == "VBG" and anc.dep_ == "advcl" and \
                anc.head.pos_ == "VERB" and anc.head.lemma_.lower() in _DENYING and \
                anc.lemma_.lower() not in _DENYING | _W["stance_saying_verbs"] else None
            if denier is not None and _subject(denier) is not None and not _negated(denier):
                # "the army denied the claim, saying it killed 17 rebels": what the denier says instead is
                # its own account, told as such, not what it denies
                subj = _subject(denier)
                actor = _actor_in(subj, actor_at)
                name = actor.name if actor is not None and actor.kind != "description" else \
                    (_phrase(subj) if subj.pos_ != "PRON" else None)
                other = doer is not None and actor is not None and doer.name != actor.name and \
                    not (doer.country and doer.country == actor.country)
                # (but what it lays on another instead, "rejected the charge, saying troops burned the
                # village", is its accusation)
                return Claim("alleged" if other else "reported", name, _anonymity(span_text(sent), subj),
                             Span(anc.idx, anc.idx + len(anc), anc.text))
            if subj is None or trigger in subj.subtree:
                continue  # a parse that hangs the news under the speaker names no speaker
            if _negated(anc):
                continue  # "no group has claimed the attack", "did not confirm": nobody's word
            lemma = anc.lemma_.lower()
            status = {"confirm": "confirmed", "deny": "denied", "allege": "alleged",
                      "accuse": "alleged", "claim": "alleged"}.get(lemma, "reported")
            if lemma in _BELIEVING or charged:
                status = "alleged"  # "police believe insurgents carried out the attack"
            if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED_ACTS for c in anc.children):
                if _through_a_time_clause(trigger, anc):
                    continue  # "claimed the rockets, launched after its men were killed": not its word on the killing
                status = "reported"  # "claimed responsibility …, warning that …": the group's own word
            aside = next((c for c in anc.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in ("confirm", "deny")), None)
            if aside is not None:  # "Confirming the incident, the chairman told reporters that …"
                status = "confirmed" if aside.lemma_.lower() == "confirm" else "denied"
            actor = _actor_in(subj, actor_at)
            name = _phrase(subj) if subj.pos_ != "PRON" else None
            if actor is not None and actor.kind != "description":
                name = actor.name
            anonymity = _anonymity(span_text(sent), subj)
            return Claim(status, name, anonymity, Span(anc.idx, anc.idx + len(anc), anc.text))
    if (tail := _trailing_speaker(sent, trigger)) is not None:
        verb, subj = tail  # "…, local activists reported on Sunday", the parser hanging the verb on its noun
        actor = _actor_in(subj, actor_at)
        name = actor.name if actor is not None and actor.kind != "description" else _phrase(subj)
        return Claim("reported", name, _anonymity(span_text(sent), subj), Span(verb.idx, verb.idx + len(verb), verb.text))
    m = regex(r"\baccording to ((?:[\w’'-]+\s?){1,6})").search(span_text(sent))
    if m:
        src = m[1].strip(" ,.")
        hedged = regex(r"(?:unconfirmed|unverified)\b", re.I).match(src)  # "according to unconfirmed reports"
        return Claim("alleged" if hedged else "reported", src, _anonymity(span_text(sent), None, src),
                     Span(sent.start_char + m.start(), sent.start_char + m.end(), m[0]))
    return None


_SEEMING = frozenset(_W["seeming_verbs"])


def _seeming_act(trigger):
    """The verb of seeming of a "what … to be" clause that names the trigger's act ("an ambush" in "died in
    what seems to have been an ambush") or frames its verb ("killed in what appeared to be an air strike"),
    or None. Not one whose clause is the subject of another verb ("what appeared to be a peaceful march
    turned violent": the march was held; how it looked is what changed)."""
    def seeming(v) -> bool:
        return v.lower_ in _SEEMING and v.dep_ != "csubj" and any(
            ch.dep_ == "nsubj" and ch.lower_ == "what" for ch in v.children)
    if trigger.dep_ == "attr" and trigger.head.dep_ in ("xcomp", "advcl") and seeming(trigger.head.head):
        # (the parser may hang "to be" on the verb of seeming as either)
        return trigger.head.head
    for p in trigger.children:
        if p.dep_ == "prep":
            v = next((g for g in p.children if g.dep_ == "pcomp" and seeming(g)), None)
            if v is not None:
                return v
    return None


def _frame_of(noun, trigger) -> bool:
    """Whether ``noun`` names the act the trigger's verb is told in ("were killed in a suspected drone
    strike", "died in an apparent ambush"): a hedge on it hedges the act."""
    return trigger.pos_ == "VERB" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and \
        noun.head.dep_ == "prep" and noun.head.head == trigger


def _probable_act(tok, trigger) -> bool:
    """Whether adverb ``tok`` (probable_hedges) tells the trigger's act or its doer as only likely: on the
    act's own verb ("the strike probably killed ten"), or on the verb naming its doer ("an air strike,
    likely carried out by Israel", "the attack was possibly carried out by X")."""
    if tok.dep_ != "advmod" or tok.head.pos_ != "VERB":
        return False
    v = tok.head
    if v == trigger:
        return True
    agent = any(c.dep_ == "agent" for c in v.children)
    return agent and (v.dep_ == "acl" and v.head == trigger or trigger.dep_ == "nsubjpass" and trigger.head == v)


def _blamed_act(trigger):
    """The blaming verb whose blame the trigger tells the act of, or None: the act's noun ("police
    blamed bandits for the abduction of 20 students"), its -ing verb ("the army accused the rebels
    of torching a church"), or the verb of a clause on the act's noun ("police blamed separatists
    for an attack on pilgrims that killed seven", "accused X of an ambush in which six died")."""
    if trigger.pos_ == "NOUN":
        return _accused_noun(trigger)
    if trigger.pos_ != "VERB":
        return None
    blamer = _accused_of(trigger)
    if blamer is not None:
        return blamer
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        noun = trigger.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" and \
                _accused_noun(noun) is None:
            noun = noun.head.head  # ("an attack on pilgrims that killed seven": the parser may hang it on the pilgrims)
        return _accused_noun(noun)
    return None


def _habitual_act(verb) -> bool:
    """Whether a denied -ing act is a kind of act, not one act: its object a bare plural ("targeting
    civilians", "attacking hospitals"), not "hitting a shopping mall" nor "killing the three men"."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for c in verb.children)


def _in_clause_on_the_done_to(tok, trigger) -> bool:
    """Whether hedge ``tok`` sits in a relative clause on the one the act is done to, below the
    trigger ("troops shot dead a man who allegedly tried to stab a soldier"): it tells of that
    person, not of the act."""
    if not any(a.i == trigger.i for a in tok.ancestors):
        return False
    x = tok
    while x.i != trigger.i and x.head.i != x.i:
        if x.dep_ in ("relcl", "acl") and x.head.i != trigger.i and x.head.dep_ in ("dobj", "nsubjpass") and x.head.head.i == trigger.i:
            return True
        x = x.head
    return False


_BELONGING = _W["belonging_verbs"]


def _in_clause_on_the_doers_other_act(tok, trigger) -> bool:
    """Whether hedge ``tok`` sits in a relative clause on the trigger's subject that tells another act
    of it ("the governor, who allegedly diverted security funds, condemned the attack"), not who it is
    ("the gunmen, who allegedly belonged to Boko Haram, killed six": a hedge on the doer; word class
    belonging_verbs)."""
    x = tok
    while x.head.i != x.i and x.i != trigger.i:
        if x.dep_ == "relcl" and x.head.dep_ == "nsubj" and x.head.head.i == trigger.i:
            return x.lemma_.lower() not in _BELONGING and not any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _BELONGING for c in x.children)
        x = x.head
    return False


def _accusation_of(noun, clause) -> bool:
    """Whether ``clause`` is the "that" clause of an accusation noun (``accusation_nouns``): "accusations
    that its troops burned a market", "charges by the rebels that army units shelled a town" (not a relative
    clause: "the allegations that strained ties")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACCUSATION_NOUNS or clause.head != noun or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False  # (not "no claims of responsibility have been made")
    if clause.dep_ == "prep" and clause.lower_ == "of":
        # "accusations of shelling the village", "the rebels' claim of shelling": the act is what "of" names
        return any(c.dep_ in ("pobj", "pcomp") and c.lemma_.lower() != "responsibility" for c in clause.children)
    return clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _charge_denied(verb, clause):
    """The accusation noun a verb of denying takes as its object when the "that" clause the charge holds
    hangs on the verb ("denied allegations by the Arakan Army, an armed group, that it killed 76
    villagers"); None otherwise (not "denied that its troops fired": a denial with no charge named)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DENYING or clause.dep_ != "ccomp" or clause.head != verb \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or _negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in _ACCUSATION_NOUNS and not any(
                     g.dep_ == "det" and g.lower_ == "no" for g in c.children)), None)


def _argument_of(trigger, clause) -> bool:
    """Whether the trigger is the clause's own verb, a noun among its arguments ("that its forces
    carried out attacks") or what the act did ("…, killing three"), not a word of a relative or
    adverbial clause inside it ("… in a raid that was blamed on the militia": that blame is the
    outlet's word)."""
    if clause.dep_ == "prep":
        return trigger.head == clause
    x = trigger
    while x != clause and x.head != x:
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj") and not (
                x.dep_ == "advcl" and x.tag_ == "VBG" and not any(c.dep_ == "mark" for c in x.children)):
            return False  # (but "… shelled a village, killing three": what the act did is the act)
        x = x.head
    return x == clause


def _accuser(noun):
    """Whose accusation a noun is: its owner ("the rebels' claims") or its "by"/"from" phrase ("charges by
    the rebels", "accusations from a town mayor"); None when the noun names no one."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _passive_speaker(verb, trigger):
    """"The attack was confirmed by the army": the agent of a passive reporting verb whose subject
    tells the event is its speaker (None otherwise)."""
    # (the subject that holds the event: the parser may hang the dateline on the verb as another)
    told = next((c for c in verb.children if c.dep_ == "nsubjpass" and trigger in c.subtree), None)
    if told is None:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _believed_act(trigger, verb) -> bool:
    """"Police believe insurgents carried out the attack": the clause believed is the act itself (its
    verb, or the verb that carries its noun), not something said of an act taken as known."""
    child = trigger
    while child.head != verb and child.head != child:
        child = child.head
    if child.head != verb or child.dep_ not in ("ccomp", "xcomp"):
        return False
    return child == trigger or trigger.head == child and trigger.dep_ in ("dobj", "nsubjpass")


def _agent(noun) -> bool:
    """"attacks carried out by suspected rebels", "suspected rebels attacked …": the noun is the doer
    of a verb (its subject, or the agent of a passive), whoever the event's actor1 came to be."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _on_a_doer(doc, start: int) -> bool:
    """Whether the hedge phrase at character ``start`` is said of a doer ("gunmen suspected to be …
    attacked"): its first word modifies a noun that is a verb's subject or a passive's agent, or is the
    verb of a clause whose subject it hedges."""
    span = words_at(doc, start, start + 1)
    if span is None:
        return False
    tok = span[0]
    if tok.dep_ in ("acl", "amod", "relcl"):
        return _agent(tok.head)
    # "when gunmen suspected to be members of Boko Haram launched an attack", parsed as a clause of
    # its own: the hedged noun is its subject
    return tok.pos_ == "VERB" and tok.dep_ != "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)


def _doer_hedged_of(trigger, start: int, actor_at) -> bool:
    """Whether the hedge phrase at character ``start``, told after the act, is the verb the act's noun
    is the subject of and says who did it: "the bombing was believed to be the work of Boko Haram",
    "the blast is thought to have been caused by a mine laid by jihadists" (a party named in what the
    hedge says of the act). Not "the attack is believed to be the deadliest this year": no doer told."""
    span = words_at(trigger.doc, start, start + 1)
    if span is None:
        return False
    verb = span[0]
    if verb.dep_ in ("aux", "auxpass") and verb.head != verb:
        verb = verb.head  # "the blast was reported to have been caused by …": the verb the "was" helps
    if verb.pos_ not in ("VERB", "AUX") or trigger.head != verb or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.i in actor_at and _as_doer(t, c) for c in verb.children if c.dep_ == "xcomp" for t in c.subtree)


def _as_doer(tok, clause) -> bool:
    """Whether ``tok`` (in ``clause``) names a doer: in an agent phrase ("caused by a mine laid by
    jihadists") or the "of" of what the act is said to be ("the work of Boko Haram"); not whom the act
    is aimed at ("seemed to target the army's supply line")."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "agent" or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "attr":
            return True
        if t == clause:
            return False
    return False


def _on_the_done_to(trigger, start: int) -> bool:
    """Whether the hedge phrase at character ``start`` is said of whom the act is done to, told before
    it: "four men suspected of the raid were held" (the arrest is no hedged act)."""
    span = words_at(trigger.doc, start, start + 1)
    if span is None:
        return False
    tok = span[0]
    return tok.dep_ in ("acl", "amod", "relcl") and tok.head.dep_ in ("nsubjpass", "dobj") and tok.head.head == trigger


def _says(tok) -> bool:
    """"Trudeau alleged that …", "residents alleged the army fired": a hedge word used as a verb
    with its own subject is someone's saying (a reporting verb), not the outlet's hedge."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and tok.dep_ not in ("amod", "advmod")


_UNREAD = object()


def _trailing_speaker(sent, trigger):
    """The speaker of a sentence's last words "…, local activists reported on Sunday." that the parser read
    as a noun with a participle ("activists" set beside the news, "reported" hung on it): (verb, noun), the
    noun standing after the trigger, its verb a reporting verb with no object, only its time after it."""
    doc = sent.doc
    _heads, deps, _kids = token_tree(doc)  # (each word's label, tag and lemma read from the per-Doc lists:
    tags, lemmas = fine_tags(doc), lower_words(doc)[1]  # a Token is made only for a reporting participle)
    last = _UNREAD
    for i in range(max(sent.start, trigger.i + 1), sent.end):
        if deps[i] != "acl" or tags[i] not in ("VBD", "VBN") or lemmas[i] not in _REPORT_VERBS:
            continue
        v = doc[i]
        if last is _UNREAD:
            last = next((t for t in reversed(sent) if not t.is_punct and not t.is_space), None)
        noun = v.head
        if noun.i != v.i - 1 or noun.dep_ not in ("appos", "npadvmod", "conj") or noun.tag_ not in ("NNS", "NN", "NNP", "NNPS") \
                or noun.left_edge.i == 0 or sent.doc[noun.left_edge.i - 1].text != ",":
            continue
        if any(ch.dep_ in ("dobj", "ccomp", "xcomp", "agent") for ch in v.children) or last is None \
                or last.i != v.right_edge.i:
            continue
        return v, noun
    return None


def _anonymity(sentence: str, subj, text: str | None = None) -> str:
    if _ANONYMOUS.search(sentence):
        return "anonymous"
    phrase = text or (_phrase(subj) if subj is not None else "")
    if subj is not None and subj.ent_type_ in ("PERSON", "ORG"):
        return "named"
    if _SOURCE_NOUNS.search(phrase) and not any(t.ent_type_ == "PERSON" for t in (subj.subtree if subj is not None else [])):
        return "anonymous" if regex(r"\b(?:a|an|one|two|some|several|senior|security)\b", re.I).search(phrase) else "named"
    return "named"


def _actor_in(tok, actor_at) -> Actor | None:
    if tok.i in actor_at:
        return actor_at[tok.i]
    found = [actor_at[t.i] for t in tok.subtree if t.i in actor_at]
    tied = {id(actor_at[t.i]) for t in tok.subtree if t.i in actor_at and _affiliated_to(t, tok)}
    # ("the al-Qaeda-linked JNIM group claimed …": JNIM, not the body it is tied to, whichever of
    # the tied name's words the parser hung on the group's noun)
    found = [a for a in found if id(a) not in tied]  # ("a group linked to al-Qaeda claimed …": no one named)
    # "Somalia's al Shabaab group": the group, not the country that owns the phrase
    return next((a for a in found if a.kind != "country"), found[0] if found else None)


def _phrase(tok) -> str:
    """The noun phrase of a source, without its asides ("a security official, speaking on …")."""
    left = tok.left_edge.i
    while left < tok.i and in_dateline(tok.doc[left]):
        left += 1  # ("MOGADISHU (Reuters) - Police said": the dateline the parser hung on the subject)
    right = tok.i
    for t in tok.doc[tok.i + 1: tok.right_edge.i + 1]:
        if t.is_punct or t.dep_ in ("relcl", "acl", "advcl", "cc", "conj") or t.head.dep_ in ("relcl", "acl"):
            break
        right = t.i
    return tok.doc[left: right + 1].text
