"""Who did what to whom in one mention's clause: actor1 (the doer, also of passives and of
"an attack by gunmen") and actor2 (the target or counterpart), from the parse and the actors stage.

Used by the mentions stage (a mention's own parties) and the slots stage (a doer named elsewhere);
no stage of its own."""
from __future__ import annotations

from dataclasses import replace

from ..actors import kind_named, state_force, town_named_as_place
from ..language import clause_verb, doc_text, in_dateline, lower_words, span_text, token_sentence, words_at
from ..lexicon import load_event_words, load_triggers
from ..records import Actor, Mention, Place, ReportContext, Span
from ..standards import rules
from .clauses import (
    _VIOLENT_PLOVER, _accused_noun, _passive_relative, _FRAME_NOUNS, _PLACE_NOUNS, _REPORTING, _depth, _in_locative, _in_place, _object, _raid_clause,
    _subject, _taker_of_fallen, _hands_owner, saying_over,
)

_W = load_event_words()  # word classes: data/event_words.yaml
_BLAME_TELLING_VERBS = frozenset(_W["blame_telling"])
_NOT_DOERS = _W["not_doers"]
_KIN_NOUNS = _W["kin_nouns"]
_MOTION = _W["motion"]
# the one-word event nouns of data/triggers.yaml ("clash", "airstrike", "raid"): a happening, never who
# did it ("Airstrike kills 7 fighters", "Clash kills rebel": a title-case headline's subject)
_EVENT_NOUNS = frozenset(k for k, v in load_triggers().nouns.items() if any(len(w) == 1 for w, _ in v))
_QUANTITY_HEADS = _W["quantity_heads"]
_MANNED = _W["manned"]
_FORCE_WORDS = _W["force_words"]
_POLICE_WORDS = _W["police_words"]
_HANDING = _W["handing"]
_PROCLAIMING = _W["proclaiming"]
_SETTLEMENTS = _W["settlements"]
_PRONOUNS = _W["pronouns"]
_WEAPON_AGENTS = _W["weapon_agents"]
_PEOPLE = _W["people"]
_DYING_VERBS = _W["dying_verbs"]
_BLAMING_ONLY = _W["blaming"]
_LAYING = _W["blaming"] | _W["ascribing"]  # "the army attributed the attack to X": not the army's attack
_DONE_TO_NOUNS = _W["done_to_nouns"]
_DONE_TO_PEOPLE = _W["done_to_people"]
_HARMED_VERBS = _W["wounding_verbs"] | _W["killing_verbs"]
_IMPERSONAL = _W["impersonal_bodies"]


def _possessor(actor: Actor | None, ctx: ReportContext) -> Actor | None:
    """"Al Shabaab said its fighters had attacked": fighters described only by "its" or "their"
    are the group the pronoun stands for."""
    if actor is None or actor.kind != "description" or actor.type == "state":
        return None
    span = words_at(ctx.doc, actor.span.start, actor.span.end)
    if span is None:
        return None
    poss = next((ch for ch in span.root.children if ch.dep_ == "poss" and ch.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    v = clause_verb(span.root)
    if v.dep_ in ("ccomp", "xcomp", "conj", "advcl") and v.head.i != v.i:
        subj = next((ch for ch in v.head.children if ch.dep_ == "nsubj" and ch.pos_ != "PRON"), None)
        found = _arg_actor(subj, ctx) if subj is not None else None
        if found is not None and found.kind != "description":
            return found
    found = _antecedent(poss, ctx)
    return found if found is not None and found.kind != "description" else None


def _of_doer(noun, of):
    """The "of" noun of an attack that also has an "on" or "against" target ("the attack of the
    rebels on the village", the parser hanging the target on the noun or on the rebels), or None."""
    g = next((g for g in of.children if g.dep_ == "pobj"), None)
    if g is None:
        return None
    def on(t) -> bool:  # (not "the murder of five people on Monday": when, not on whom)
        return any(p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in p.children) for p in t.children)
    return g if on(noun) or on(g) else None


def _lost_lives(verb) -> bool:
    """Whether a verb tells its subject's death as a loss: "seven soldiers lost their lives in a bomb
    attack" (they died in it: its target, not its doer)."""
    return verb.lemma_ == "lose" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _W["life_words"]
                                         for ch in verb.children)


def _person_subject(verb, ctx: ReportContext):
    """The subject of ``verb`` when it names a person (by name, or a description that is no force,
    group or state: "the lawyer", "the union lawyer"), else None."""
    subj = _subject(verb)
    if subj is None or subj.pos_ == "PRON":
        return None
    a = ctx.actor_at.get(subj.i) or _arg_actor(subj, ctx)
    return subj if a is not None and (a.kind == "person" or a.kind == "description" and a.type in (None, "civilians")) else None


def _antecedent(tok, ctx: ReportContext) -> Actor | None:
    """The actor a pronoun stands for: the subject of the clause it reports on, else the last named one."""
    head = tok.head
    person = tok.lower_ in ("he", "she", "him", "her")
    if tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("ccomp", "xcomp", "conj", "advcl") \
            and head.head.i != head.i:
        # "the army said it killed …": the reporting clause's subject, when the pronoun can stand for it
        # (an object pronoun, "would reject it", is the thing rejected, not the speaker)
        teller = head.head
        while teller.dep_ == "conj" and teller.head.i != teller.i and \
                not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in teller.children):
            teller = teller.head  # "the DRC has accused Rwanda … and said it had detained …": the DRC
        for ch in teller.children:
            if ch.dep_ == "nsubj" and ch.pos_ != "PRON":
                a = _arg_actor(ch, ctx)
                if a is not None and a.kind == "person" and tok.lower_ == "we":
                    a = _spoken_for(ch, ctx) or a  # "'We attacked the base,' X, al Shabaab's spokesman, said"
                if a is not None and (person and a.kind not in ("organisation", "country")
                                      and ch.lemma_.lower() not in _IMPERSONAL or not person and a.kind != "person"):
                    # "it" is never a person; "he" may be the minister the actor file reads as his
                    # government, but never a body named as one ("the government said he was accused")
                    return a
    if tok.lower_ in _FIRST_PLURAL:
        speaker = _quote_speaker(tok, ctx)
        if speaker is not None:
            return speaker
    if person and tok.dep_ in ("dobj", "dative") and head.pos_ in ("VERB", "AUX"):
        # "Trump's allies urged him to speak", "the minister's critics accused her": the one whose
        # people they are
        owner = next((g for ch in head.children if ch.dep_ == "nsubj" and ch.lemma_.lower() in _KIN_NOUNS
                      for g in ch.children if g.dep_ == "poss" and g.i in ctx.actor_at), None)
        if owner is not None and ctx.actor_at[owner.i].kind == "person":
            return ctx.actor_at[owner.i]
    fallback = None
    harmed = tok.lower_ == "them" and _done_to(tok)
    # an object pronoun never stands for its own verb's subject ("X has accused him": not X; "gunmen
    # fired on them": not the gunmen)
    verb = head if tok.dep_ in ("dobj", "dative") else head.head if tok.dep_ == "pobj" and head.dep_ == "prep" \
        and head.head.pos_ in ("VERB", "AUX") else None
    own_subject = {t.i for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass") for t in ch.subtree} \
        if verb is not None else set()
    for i in range(tok.i - 1, max(tok.i - 120, -1), -1):
        if tok.dep_ == "dobj" and tok.lower_ in ("them", "it") and i in ctx.other_triggers \
                and token_sentence(ctx.doc[i]).start == token_sentence(tok).start and i not in own_subject:
            return None  # "called the strikes irresponsible, and Britain condemned them": the act, no party
        a = ctx.actor_at.get(i)
        if a is None or i in own_subject:
            continue
        if person and a.kind != "person":
            continue
        if harmed and a.kind != "person" and token_sentence(ctx.doc[i]).start == token_sentence(tok).start:
            return a  # those a harm is done to stand for the nearest party of their sentence, civilians
            # included ("stopped the bus, forced the passengers off and shot dead eight of them")
        if not person and (a.kind == "person" or a.type == "civilians"):
            continue
        if tok.lower_ in _W["thing_singular_pronouns"] and a.kind == "description" and ctx.doc[i].tag_ in ("NNS", "NNPS"):
            continue  # "it" never stands for a plural ("militants were killed … it had killed")
        if tok.lower_ in _W["thing_singular_pronouns"] and _done_to(ctx.doc[i]):
            continue  # "four militants of the group were killed … it had killed": the ones it was done to
        if ctx.doc[i].dep_ in ("nsubj", "nsubjpass") or ctx.doc[i].head.dep_ in ("nsubj", "nsubjpass"):
            return a  # "When the Taliban took Kabul, they …": the doer, not the place
        if fallback is None and not (tok.lower_ in _W["thing_singular_pronouns"] and _in_locative(ctx.doc[i], token_sentence(ctx.doc[i]).root)):
            fallback = a  # ("it" is not a place the report names: "in Nangarhar province of Afghanistan")
    return fallback


_FIRST_PLURAL = _W["first_plural"]
_SPEAKING = _W["speaking"]
_OPENING_QUOTES = ("\u201c", '"')


def _quote_speaker(tok, ctx: ReportContext) -> Actor | None:
    """Whom "we" stands for in a quotation that goes on from the sentence before, with no saying of
    its own ("'… picked up by terrorists,' Mr Tchoffo said. / 'We have asked our military to …'"):
    the speaker of the quotation before it, or the body the speaker speaks for."""
    sent = token_sentence(tok)
    if not span_text(sent).lstrip().startswith(_OPENING_QUOTES) or any(
            t.lemma_.lower() in _SPEAKING and t.pos_ == "VERB" for t in sent):
        return None
    k = next((j for j, s in enumerate(ctx.sents) if s.start == sent.start), None)
    if k is None:
        return None
    closed = any(t.is_quote for t in sent[1:])
    # the sentence before; or, where the quotation runs on into the next sentence with no quote mark
    # between, the speaker that sentence names after it ("'We were ambushed. Fifteen were killed,' the
    # spokesman for the PDF said")
    for near in ([ctx.sents[k - 1]] if k else []) + ([ctx.sents[k + 1]] if not closed and k + 1 < len(ctx.sents)
                                                      and not span_text(ctx.sents[k + 1]).lstrip().startswith(_OPENING_QUOTES) else []):
        for t in near:
            if t.lemma_.lower() in _SPEAKING and t.pos_ == "VERB":
                subj = next((ch for ch in t.children if ch.dep_ == "nsubj" and ch.pos_ != "PRON"), None)
                a = ctx.actor_at.get(subj.i) if subj is not None else None
                if a is not None:
                    return _spoken_for(subj, ctx) or _speaker_body(subj, ctx) or a
    return None


def _speaker_body(subj, ctx: ReportContext) -> Actor | None:
    """The armed body a speaker is told to speak for ("the spokesperson for the PDF", "a commander of
    the KIA"): whom the speaker's "we" are."""
    for p in subj.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of"):
            for g in p.children:
                found = [ctx.actor_at[t.i] for t in g.subtree if t.i in ctx.actor_at] if g.dep_ == "pobj" else []
                body = next((a for a in found if a.kind == "organisation" and a.type in _ARMED), None)
                if body is not None:
                    return body
    return None


def _done_to(t) -> bool:
    """Whether ``t`` sits in the phrase of those a harm was done to ("four militants of the group
    were killed", "killed members of the militia"): its passive subject or object."""
    for _ in range(6):
        if t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in _DONE_TO_PEOPLE:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _spoken_for(speaker, ctx: ReportContext) -> Actor | None:
    """The body a speaker speaks for, named in the speaker's apposition ("Abu Musab, al Shabaab's
    military spokesman"; "Ali Nur, a spokesman for the militia"): whom the speaker's "we" are."""
    for ch in speaker.children:
        if ch.dep_ != "appos":
            continue
        for t in ch.subtree:
            a = ctx.actor_at.get(t.i)
            if a is not None and a.kind in ("organisation", "country") and not _in_locative(t, ch):
                return a
    return None


def _member_of(tok, actor: Actor, ctx: ReportContext) -> Actor:
    """"Fighters from Boko Haram", "militants of the Islamic State": members a description leaves
    unnamed are the organisation their "of", "from" or "with" phrase names; and forces told only by
    their kind ("soldiers of the Security Belt checkpoint", "troops of the Multinational Joint Task
    Force") are the named force, not armed or foreign, their phrase names as theirs (not a state's own:
    "soldiers of the Nigerian army" stay its army)."""
    if actor.kind == "description" and actor.type == "state":
        return _force_of(tok, actor, ctx)
    if actor.kind != "description" or not (actor.name.startswith("Unidentified") or actor.type is None):
        return actor
    after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    # (the parser may hang the phrase right after the members on the word they hang on: "an attack by
    # guerrillas from the ELN", "from" read as the attack's)
    nxt = [after] if after is not None and tok.dep_ == "pobj" and after.head.i == tok.head.head.i else []
    for ch in [*tok.children, *nxt]:
        if ch.dep_ == "prep" and ch.lower_ in ("of", "from", "with"):  # ("fighters with the group known as X")
            for g in ch.children:
                if g.dep_ != "pobj":
                    continue
                found = [ctx.actor_at[t.i] for t in g.subtree if t.i in ctx.actor_at and not _in_locative(t, g)]
                # (an organisation of no known kind too, when the members are armed men: "guerrillas
                # from the Maoist Communist Centre")
                org = next((a for a in found if a.kind == "organisation" and (
                    a.type in _ARMED | {"state"} or a.type is None and actor.type in _ARMED)), None)
                if org is not None:
                    return org
    return actor


def town_as_place(tok, ctx: ReportContext) -> bool:
    """Whether a word is a town named as where something was done, a capital standing for no
    government there: "agreed a truce in Nairobi", "the talks at Kampala" (but "Nairobi accused Kampala":
    each a government, as subject and object)."""
    a = ctx.actor_at.get(tok.i)
    if a is not None and a.kind != "country":
        return False
    return any(p.span.start <= tok.idx < p.span.end and town_named_as_place(p, ctx.doc)
               for p in ctx.places.get(ctx.sentence_of(Span(tok.idx, tok.idx, "")), []))


def _force_of(tok, actor: Actor, ctx: ReportContext) -> Actor:
    """The named non-state or foreign force whose men a state's generic forces word ("soldiers",
    "troops") stands for, told by its own "of" phrase ("soldiers of the Security Belt checkpoint",
    "troops of the Multinational Joint Task Force"); else the actor as it is. The first actor the
    phrase names decides (a state's own, "soldiers of the Nigerian army fighting X", keeps it), and
    nothing in a clause of the phrase's own counts. A word the actors stage gave the report's own
    state only for want of another ("officials of the Kenyan embassy" in a report on India) is the
    other state's its phrase names."""
    for ch in tok.children:
        if ch.dep_ != "prep" or ch.lower_ != "of":
            continue
        for g in ch.children:
            if g.dep_ != "pobj":
                continue
            found = [ctx.actor_at[t.i] for t in g.subtree if t.i in ctx.actor_at and not _in_locative(t, g)
                     and not _in_own_clause(t, g) and not (t.dep_ in ("relcl", "acl") or any(
                         h.dep_ in ("relcl", "acl") for h in t.ancestors if h.i != g.i and g in h.ancestors))]
            first = found[0] if found else None
            if first is not None and first.kind == "organisation" and first.name != actor.name \
                    and (first.type in _ARMED or first.type == "external"):
                return first
            if first is not None and actor.assumed_country and first.type == "state" and first.country \
                    and first.country != actor.country:
                return first  # "officials of the Kenyan embassy" in a report on India: Kenya's, not India's
    return actor


def _arg_actor(tok, ctx: ReportContext) -> Actor | None:
    if tok is not None and town_as_place(tok, ctx):
        return None
    if tok is None or (tok.lower_ in _THINGS or tok.lemma_.lower() in _NO_PARTY) and not (
            tok.pos_ == "PROPN" and tok.i in ctx.actor_at and ctx.actor_at[tok.i].type):
        # (but "the White House summoned …": a name the actor file gives a type; not "the Simla Accord")
        return None  # "Teargas was deployed", "put the Simla Agreement on hold": a thing, not a party;
        # "warned on loudspeakers": what the words went through
    if tok.i in ctx.actor_at:
        return _member_of(tok, ctx.actor_at[tok.i], ctx)
    if tok.pos_ == "PRON":
        return _antecedent(tok, ctx) if tok.lower_ in _PRONOUNS else None
    pair = _pair_named_before(tok, ctx)
    if pair is not None:
        return pair
    counted = tok.ent_type_ == "CARDINAL" and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children)
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY") and not counted:
        return None  # (but "dozens of gunmen", "hundreds of settlers": the armed men the number counts)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _SELF_NOUNS and _armed_told(tok):
        body = _body_spoken_of(tok, ctx)  # ("the separatist group also seized weapons": not a new band
        if body is not None:  # of separatists, but the group told before)
            return body
    best = None
    weapon = tok.lemma_.lower() in _WEAPON_AGENTS or _weapon_word(tok)
    kin = _kin_possessor(tok)
    # (a person's conjunct is a party of his own: "Putin and Erdogan held talks": not Erdogan for Putin; but
    # "fired at launch sites and suspected militants": the party among the things)
    joined = {x.i for ch in tok.children if ch.dep_ == "conj" and ch.ent_type_ == "PERSON" for x in ch.subtree} \
        if tok.ent_type_ == "PERSON" else ()
    if not joined and tok.pos_ == "PROPN" and tok.lower_ in ctx.country_words and tok.i not in ctx.actor_at:
        # ("Armenia and Azerbaijan agreed", the first country's name read as no actor: a state of its
        # own, told below by its name, not the second)
        joined = {x.i for ch in tok.children if ch.dep_ == "conj" for x in ch.subtree}
    tied = {id(ctx.actor_at[t.i]) for t in tok.subtree if t.i in ctx.actor_at and _affiliated_to(t, tok)}
    # (a name tied to the phrase's body by any of its words: "the al-Qaeda-linked JNIM group", its "al"
    # hung on "group")
    for t in tok.subtree:
        if t.i in ctx.actor_at and t.i not in kin and t.i not in joined and not _in_locative(t, tok) and not _in_own_clause(t, tok) \
                and not _opposed(t, ctx) and id(ctx.actor_at[t.i]) not in tied and not (weapon and _beside_weapon(t, tok)) \
                and not _credited(t, tok):
            a = _member_of(t, ctx.actor_at[t.i], ctx)  # "a group of militants of the NDFB": the NDFB
            rank = (_depth(t, tok), a.kind == "country")  # "Somalia's al Shabaab group": the group
            if best is None or rank < best[0]:
                best = (rank, a)
    if best and best[1].kind == "country" and any(ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in _RIVAL_MODS
                                                  for ch in tok.children):
        best = None  # "two opposition leaders of Bangladesh": not the state's men (their party, if told, is)
    if best and counted and best[1].type in _CROWD_TYPES:
        return None  # ("thousands of protesters": a crowd, whose side its event's kind gives)
    if best:
        return best[1]
    lemma = tok.lemma_.lower()
    if lemma in _QUANTITY_HEADS and tok.pos_ == "NOUN":
        # "a number of protesters were held": the protesters; "a number of houses": no one
        return _arg_actor(next((g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"
                                for g in ch.children if g.dep_ == "pobj"), None), ctx)
    if lemma in _SELF_NOUNS and tok.pos_ == "NOUN":
        body = _body_spoken_of(tok, ctx)
        if body is not None:
            return body
    if lemma in _HOMELAND_NOUNS and tok.pos_ == "NOUN":
        return _homeland(tok, ctx)
    if lemma in _WEAPON_AGENTS or _weapon_word(tok):
        return None  # "a drone struck": the weapon, not who fired it
    if lemma in _ENVOYS and tok.pos_ == "NOUN":
        envoy = _envoy_named_before(tok, ctx)
        if envoy is not None:
            return envoy
    if tok.pos_ == "NOUN" and lemma not in ctx.people and not lemma.endswith(("er", "ist", "ian")):
        return None  # "fire", "ties", "a joint statement": no one
    # (a people's word in the plural is its people, not its state: "Kenyans marched"; but "the
    # Saudis lent Pakistan $3 billion" is the Saudi state, as journalists write it)
    people = tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" and not any(ch.lower_ == "the" for ch in tok.children) \
        or any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children)  # ("shot dead a Nigerian": a man)
    iso = ctx.country_words.get(tok.text.lower()) if tok.pos_ == "PROPN" and not people else None
    first = tok
    if iso is None and tok.pos_ == "PROPN" and not people and tok.i > 0 and ctx.doc[tok.i - 1].dep_ == "compound" \
            and ctx.doc[tok.i - 1].head.i == tok.i and ctx.doc[tok.i - 1].pos_ == "PROPN":
        # a country of two words the parser read as a name's compound ("Mali and Burkina Faso", "Burkina
        # Faso's plan" tagged as an organisation)
        first = ctx.doc[tok.i - 1]
        iso = ctx.country_words.get(f"{first.text} {tok.text}".lower())
    if iso and iso in ctx.country_names:  # "Nigeria asked Niger …": a state, even untagged
        name = ctx.country_names[iso]
        text = doc_text(ctx.doc)[first.idx:tok.idx + len(tok)]
        return Actor(name=f"Government of {ctx.of_names.get(iso, name)}", span=Span(first.idx, tok.idx + len(tok), text),
                     aliases=(name,), type="state", country=iso, kind="country")
    if _in_place(tok, ctx) or lemma in _THINGS or tok.pos_ == "PROPN" and tok.text in kind_named(ctx.doc):
        return None  # "attacked a Land Cruiser", "struck Tlanglo": a thing or a place, not a party (a
        # name the report writes elsewhere as "Kindaw village" is that place)
    if tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ in ("nsubj", "compound", "amod", "poss"):
        return None  # "Maguindanao clash kills …": a place the places stage left unread is no doer
    if tok.pos_ == "NOUN":
        # "Islamic Jihad said its three men were killed": people told only as a body's are that body
        # (a person's "his men" are not him)
        poss = next((ch for ch in tok.children if ch.dep_ == "poss" and ch.lower_ in ("its", "their")), None)
        owner = _antecedent(poss, ctx) if poss is not None else None
        if owner is not None and owner.kind in ("organisation", "country"):
            return owner
    if tok.pos_ == "PROPN" and (lemma in _EVENT_NOUNS or lemma.endswith("s") and (
            lemma[:-1] in _EVENT_NOUNS or lemma.endswith("es") and lemma[:-2] in _EVENT_NOUNS)):
        return None  # "Airstrike kills 7 fighters", "Clashes kill …": a headline's happening, not its doer
    if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "compound") and _place_word(tok.text, ctx):
        return None  # "Lanao clash kills …" of a report set in "Lanao del Sur": the place, not a doer
    if tok.pos_ == "PROPN" and ctx.headline and ctx.sentence_of(Span(tok.idx, tok.idx, "")) == 0 \
            and _held_thing(lemma):
        return None  # "Convoy ambushed", "Barracks attacked", "Hideout raided": a headline's capital on a
        # post or a vehicle, a thing struck, not a party's name (the body says whose it was)
    if tok.pos_ in ("NOUN", "PROPN") and lemma not in _NOT_DOERS:
        # (the word itself whatever its role: "Kiir and Machar signed": Machar, the second conjunct)
        toks = [t for t in tok.subtree if (t.i == tok.i or t.dep_ not in ("det", "punct", "prep", "relcl", "acl", "appos",
                                                                          "cc", "conj"))
                and (t.i <= tok.i or t.dep_ in ("compound",))]
        toks = [t for t in toks if t.i <= tok.i and (t.i == tok.i or not in_dateline(t))]
        # ("Srinagar, Nov 12 (PTI) Gunmen killed …": the dateline's date and agency the parser hung on
        # the lead's subject are no words of the doer's)
        if not toks:
            return None
        a, b = toks[0].idx, tok.idx + len(tok)
        text = doc_text(ctx.doc)[a:b]
        if len(text) > 60:
            text, a = tok.text, tok.idx
        return Actor(name=text, span=Span(a, a + len(text), text), kind="description",
                     sentence=0)
    return None


def _held_thing(lemma: str) -> bool:
    """Whether a word (lower-cased, as a capitalised headline word's lemma may be left plural) is a post, a
    camp or a vehicle forces or armed men hold ("convoy", "barracks", "checkpoints")."""
    return any(w in _FACILITIES or w in _ARMED_POSTS for w in (lemma, lemma[:-1] if lemma.endswith("s") else lemma))


def _envoy_named_before(tok, ctx: ReportContext) -> Actor | None:
    """The state whose envoy a bare "the ambassador" or "the envoy" is: the last envoy the report named
    with a state before it ("the Chinese ambassador … The ambassador urged Seoul"), within about two
    hundred words; None for an envoy told with words of its own ("a senior envoy", "his envoy")."""
    if not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children) or any(
            ch.dep_ in ("amod", "compound", "poss", "nmod", "prep", "appos") for ch in tok.children):
        return None
    for i in range(tok.i - 1, max(tok.i - 200, -1), -1):
        a = ctx.actor_at.get(i)
        if a is not None and a.country and a.type == "state" and (
                a.kind == "person" and a.role in _ENVOYS or
                a.kind == "description" and ctx.doc[i].lemma_.lower() in _ENVOYS):
            return a
    return None


def _kin_possessor(tok) -> frozenset[int] | tuple:
    """The tokens of the possessor of a kin noun ("Tikhanovsky's wife"): the person whose kin acts,
    not the doer; empty for any other noun."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _KIN_NOUNS:
        return ()
    poss = next((ch for ch in tok.children if ch.dep_ == "poss"), None)
    return frozenset(t.i for t in poss.subtree) if poss is not None else ()


def _place_word(word: str, ctx: ReportContext) -> bool:
    """Whether a capitalised word is a word of a place the report names ("Lanao" of "Lanao del Sur")."""
    return any(word in p.span.text.split() or p.admin2 and word in p.admin2.split()
               or p.admin1 and word in p.admin1.split()
               for places in ctx.places.values() for p in places if p.mention == "name")


def _body_spoken_of(tok, ctx: ReportContext) -> Actor | None:
    """The body a bare "the group" or "the organisation" stands for ("A spokesman for the BLA said the
    group had targeted the convoy"): the armed body of the speaker of the saying it is told in; a bare
    "the organisation" ("the organisation denied any part in it"), not told in a saying, is the last armed
    body the report named before it ("the group" may be a band of people then). None for one told by
    words of its own ("a group of gunmen", "the rebel group")."""
    armed = _armed_told(tok)
    if tok.tag_ != "NN" or not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children) or not armed and any(
            ch.dep_ in ("amod", "compound", "nmod", "prep", "poss", "acl", "relcl", "appos") for ch in tok.children):
        return None
    said = saying_over(clause_verb(tok), 3)
    subj = next((ch for ch in said.children if ch.dep_ == "nsubj" and ch.pos_ != "PRON"), None) if said is not None else None
    if subj is not None:
        of = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for g in p.children if g.dep_ == "pobj"), None)  # "a spokesman for the BLA"
        for a in (_arg_actor(of, ctx) if of is not None else None, _spoken_for(subj, ctx), _arg_actor(subj, ctx)):
            if a is not None and a.kind == "organisation" and a.type in _ARMED:
                return a
    if tok.lemma_.lower() in _PEOPLE and not armed:
        return None  # ("the group fled": a band of people, whoever they are, may be meant; but "the
        # jihadist group also burned a church": the armed body told before)
    for i in range(tok.i - 1, max(tok.i - 150, -1), -1):
        a = ctx.actor_at.get(i)
        if a is not None and a.kind == "organisation" and a.type in _ARMED:
            return a
    return None


_SELF_NOUNS = _W["self_nouns"]
_ARMED_GROUP_WORDS = _W["armed_group_words"]


def _armed_told(tok) -> bool:
    """Whether a body's noun is told only by words of an armed group's kind ("the jihadist group",
    "the separatist outfit", "the rebel movement"): the armed body the report named before, as "the
    group" is."""
    mods = [ch for ch in tok.children if ch.dep_ in ("amod", "compound", "nmod", "prep", "poss", "acl", "relcl", "appos")]
    return bool(mods) and all(ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in _ARMED_GROUP_WORDS for ch in mods)


def _affiliated_to(t, root) -> bool:
    """Whether ``t`` names those its noun under ``root`` is only tied to ("jihadi groups linked to
    al-Qaida", "militias allied to the army", "fighters loyal to the general"): another party, not them."""
    while t != root and t.head.i != t.i:
        if t.dep_ in ("acl", "amod") and t.lemma_.lower() in _AFFILIATED:
            return True
        t = t.head
    return False


_AFFILIATED = _W["affiliated"]


def _opposed(t, ctx: ReportContext) -> bool:
    """Whether the actor at ``t`` is named in a modifier of opposition ("an anti-Taliban offensive",
    "an anti-Houthi coalition strike"): the one opposed, never the doer of the phrase it modifies."""
    a, i = ctx.actor_at[t.i], t.i
    while i > 0 and ctx.actor_at.get(i - 1) is a:
        i -= 1
    doc = t.doc
    return i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011") and not doc[i - 2].whitespace_ \
        and doc[i - 2].lower_ in _OPPOSING_PREFIXES


_OPPOSING_PREFIXES = _W["opposing_prefixes"]
_RIVAL_MODS = _W["rival_mods"]


def _trigger_tail(tok, v, cls) -> bool:
    """Whether ``tok`` is a later word of one of ``cls``'s phrasal verbs that verb ``v`` opens ("declared
    persona non grata": "persona" is the trigger's own word, not the one declared)."""
    return any(k.name == cls.name and (tok.lemma_.lower() in words or tok.lower_ in words)
               for words, k in load_triggers().verbs.get(v.lemma_.lower(), ()))


def _raised_passive(v) -> bool:
    """Whether ``v`` is a passive infinitive hung on another verb whose subject it is done to ("the
    envoy was to be expelled", "he is due to be deported"), with no subject or doer of its own."""
    return v.dep_ == "xcomp" and v.head.i != v.i and v.tag_ == "VBN" \
        and any(ch.dep_ == "auxpass" for ch in v.children) and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children) \
        and not any(ch.dep_ in ("nsubj", "nsubjpass", "agent") for ch in v.children)


def _absolute_passive(v) -> bool:
    """Whether a past participle with a subject and no auxiliary hangs on "with" or "without"
    ("with two people killed", "with homes burned and ten injured"): the subject is what the act was
    done to, as in a passive."""
    if v.tag_ not in ("VBN", "VBD") or any(ch.dep_ in ("aux", "auxpass", "dobj") for ch in v.children):
        # (the parser may tag the participle as a past tense: "with two more people killed")
        return False
    if not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children):
        return False
    head = v.head if v.dep_ != "conj" else v.head.head
    return (v.dep_ == "pcomp" or v.dep_ == "conj" and v.head.dep_ == "pcomp") and head.lower_ in ("with", "without")


def _beside_weapon(t, weapon) -> bool:
    """Whether ``t`` sits in a relative clause on a weapon but not as its agent ("a car bomb that
    detonated as a police patrol was passing": the patrol is what it struck, not who set it; but "a
    bomb that was planted by militants": the militants laid it)."""
    while t != weapon and t.head.i != t.i:
        if t.head.dep_ == "relcl" and t.head.head.i == weapon.i:
            return t.dep_ not in ("agent", "nsubj")  # ("a bomb the militants had planted": theirs)
        t = t.head
    return False


def _in_own_clause(t, root) -> bool:
    """Whether ``t`` sits in a clause under ``root`` that has a subject of its own ("opposition
    leaders, saying they wanted to stop protests against the president": the president is not of
    the leaders; "marched along the avenue where they have camped since the death of X": X is not
    the avenue's). A relative pronoun is no subject of its own ("the men who attacked")."""
    while t != root and t.head.i != t.i:
        if t.dep_ in _CLAUSE_DEPS and any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ not in _RELATIVES
                                          for ch in t.children):
            return True
        if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.head.i == root.i \
                and t.head.lemma_.lower() not in _DOERS_PARTICIPLES:
            return True  # "an attack condemned by the UN", "an offensive backed by Russia": not the UN's
        t = t.head
    return False


def _credited(t, root) -> bool:
    """Whether ``t`` sits in the words a headline ends on to credit its source, which the parser
    hangs on a noun as its apposition ("Drone strike kills nine militants: Officials"): the teller,
    no party to the act."""
    while t != root and t.head.i != t.i:
        if t.dep_ == "appos" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in _CREDIT_MARKS \
                and all(x.is_punct or x.is_space for x in t.doc[t.right_edge.i + 1:token_sentence(t).end]):
            return True
        t = t.head
    return False


_CREDIT_MARKS = frozenset({":", "-", "\u2013", "\u2014"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})


def _pair_named_before(tok, ctx: ReportContext) -> Actor | None:
    """"Kiir and Machar held talks … the two men met face to face"; "Trump and Kim … as the two met":
    "the two", "both sides", "the two leaders" stand for the pair last named together ("X and Y"),
    the first of whom is the party that leads the clause (as the pair was told)."""
    pair = _pair_told_before(tok, ctx)
    return pair[0] if pair else None


def _pair_told_before(tok, ctx: ReportContext) -> tuple[Actor, Actor] | None:
    """The pair "the two leaders" stands for, both of them (see _pair_named_before): the second is the
    other party of what the two do together ("… the two leaders signed an accord": with the second)."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in _PAIR_WORDS and tok.pos_ == "NUM":
        pass  # "the two met"
    elif not (lemma in _PAIR_NOUNS and any(ch.lower_ in _PAIR_WORDS and ch.dep_ in ("det", "nummod", "predet")
                                           for ch in tok.children)):
        return None
    if tok.i in ctx.actor_at:
        return None
    for i in range(tok.i - 1, max(tok.i - 200, -1), -1):
        a = ctx.actor_at.get(i)
        if a is None or a.kind == "description":
            continue
        t = ctx.doc[i]
        other = next((c for c in t.children if c.dep_ == "conj" and c.i in ctx.actor_at
                      and ctx.actor_at[c.i].name != a.name and ctx.actor_at[c.i].kind != "description"), None)
        if other is not None:
            return a, ctx.actor_at[other.i]
    return None


_PAIR_WORDS = _W["pair_words"]
_PAIR_NOUNS = _W["pair_nouns"]
_FACILITIES = _W["facilities"]
_ARMED_POSTS = _W["armed_posts"]
_HOMELAND_NOUNS = _W["homeland_nouns"]


def _homeland(tok, ctx: ReportContext) -> Actor | None:
    """The state a speaker calls "his country" or "the country" ("Algeria's foreign minister said
    his country had severed relations"; "a Saudi official said the country decided to sever
    ties"): the government of the speaker's state, when the speaker is of a state."""
    poss = next((ch for ch in tok.children if ch.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON":
        speaker = _antecedent(poss, ctx)
    elif poss is None and any(ch.lower_ == "the" for ch in tok.children):
        v = clause_verb(tok)
        said = v.head if v.dep_ == "ccomp" and v.head.i != v.i and v.head.lemma_.lower() in _REPORTING else None
        subj = next((ch for ch in said.children if ch.dep_ == "nsubj"), None) if said is not None else None
        speaker = _arg_actor(subj, ctx) if subj is not None and subj.i != tok.i else None
    else:
        return None
    iso = speaker.country if speaker is not None and speaker.type == "state" else None
    if not iso or iso not in ctx.country_names:
        return None
    name = ctx.country_names[iso]
    return Actor(name=f"Government of {ctx.of_names.get(iso, name)}", span=Span(tok.idx, tok.idx + len(tok), tok.text),
                 aliases=(name,), type="state", country=iso, kind="country")


def _forces_at(c: Mention, place: Place, ctx: "ReportContext") -> Actor | None:
    """An attack on "a paramilitary checkpost" or "a police station" in a country targets its forces."""
    return forces_in((c.verb or c.tok).subtree if not c.noun else c.tok.subtree, place.country, ctx)


def forces_in(tokens, iso: str | None, ctx: "ReportContext") -> Actor | None:
    """The forces of country ``iso`` whose post ``tokens`` (an act's words) name as what the act was
    done to ("shelled a police station": the police; "attacked an army checkpost": the army)."""
    for ch in tokens:
        if ch.lemma_.lower() in _ARMED_POSTS and ch.dep_ in ("dobj", "pobj", "nsubjpass"):
            held = next((g for g in (ctx.actor_at.get(m.i) for m in ch.children
                                                if m.dep_ in ("amod", "compound", "nmod", "poss"))
                         if g is not None and g.type in _ARMED), None)
            if held is not None:
                return held  # "shelled rebel positions", "raided a militant hideout": the armed men's post
        if ch.lemma_.lower() in _FACILITIES and ch.dep_ in ("dobj", "pobj", "nsubjpass"):
            mods = {m.lemma_.lower() for m in ch.children if m.dep_ in ("amod", "compound", "nmod")}
            mods |= {g.lemma_.lower() for m in ch.children if m.dep_ == "compound"
                     for g in m.children if g.dep_ in ("amod", "compound", "nmod")}  # ("a police check post")
            # whose post a demonym tells ("shelled Ukrainian positions", "struck a US base in Iraq"): that
            # state's forces, wherever the post stands
            held_by = next((ctx.country_words[m.lower_] for m in ch.children if m.dep_ in ("amod", "compound", "nmod")
                            and m.text[:1].isupper() and m.lower_ in ctx.country_words), None)
            group = next((g for g in (ctx.actor_at.get(m.i) for m in ch.children if m.dep_ in ("compound", "poss", "nmod"))
                          if g is not None and g.type in _ARMED), None)
            if group is not None:
                return group  # "struck a Hamas training camp", "shelled al-Shabaab positions": the group's post
            if ch.lemma_.lower() in _MANNED and not mods & _FORCE_WORDS and not (
                    held_by is not None and ch.lemma_.lower() == "position"):
                continue  # a camp may be for the displaced
            kind = "Police Forces" if mods & _POLICE_WORDS or ch.lemma_.lower() == "station" else "Military Forces"
            iso = held_by if held_by in ctx.country_names else iso
            name = ctx.country_names.get(iso)
            if not name:
                return None
            a = ch.left_edge.idx
            b = ch.idx + len(ch)
            return Actor(name=f"{kind} of {ctx.of_names.get(iso, name)}", span=Span(a, b, doc_text(ctx.doc)[a:b]), type="state",
                         country=iso, kind="description", sentence=0)
    return None


def _struck_words(verb) -> list:
    """The words of what ``verb`` was done to: its object's, or those of its "on", "at", "against" or
    "into" complement ("fired on a police van", "rammed into an army post"), never where it was done."""
    out = []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            out.extend(ch.subtree)
        elif ch.dep_ == "prep" and ch.lower_ in _STRUCK_PREPS:
            out.extend(t for g in ch.children if g.dep_ == "pobj" for t in g.subtree)
    return out


_STRUCK_PREPS = frozenset(_W["struck_preps"])


def _seat_state(tok, ctx: ReportContext) -> Actor | None:
    """The government of the country a place word lies in ("recalled its ambassador from Khartoum",
    "its envoy to Tehran": Sudan's, Iran's), as the report's places resolve it; None for a word no
    place of the report covers."""
    p = next((p for p in ctx.places.get(ctx.sentence_of(Span(tok.idx, tok.idx, "")), [])
              if p.span.start <= tok.idx < p.span.end and p.country), None)
    if p is None or p.country not in ctx.country_names:
        return None
    name = ctx.country_names[p.country]
    a, b = tok.left_edge.idx, tok.idx + len(tok)
    return Actor(name=f"Government of {ctx.of_names.get(p.country, name)}", span=Span(a, b, doc_text(ctx.doc)[a:b]),
                 aliases=(name,), type="state", country=p.country, kind="country")


def _recipient(tok, ctx: "ReportContext") -> Actor | None:
    for ch in tok.children:
        if ch.dep_ in ("prep", "dative") and ch.lower_ == "to":
            g = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if g is not None:
                return _arg_actor(g, ctx)
    return None


_INSTRUMENTS = _W["instruments"]
_CHANNELS = _W["channels"]
_NO_PARTY = _INSTRUMENTS | _CHANNELS  # (lemmas of things named where a party could be)
_THINGS = _W["things"]
_OCCASION_PREPS = _W["occasion_preps"]
_ENVOYS = _W["envoys"]
_AWAY_VERBS = _W["away_verbs"]
_ANSWER_NOUNS = _W["answer_nouns"]
_SEQUEL_PREPS = _W["sequel_preps"]
_SEQUEL_OWN_ACTS = _W["sequel_own_acts"]
_TELLING_PRESS = _W["telling_press"]
_PRESS_WORDS = _W["press_words"]


_CHARGE_DENIERS = frozenset(_W["denying_verbs"])
_AIMED_PHRASE_PREPS = _W["aimed_phrase_preps"]
_STATEMENT_NOUNS = frozenset(_W["statement_nouns"])
_STATEMENT_GIVING = frozenset(_W["telling_verbs"]) | frozenset(_W["statement_issuing"])
_ARREST_ANNOUNCING = _W["arrest_announcing"]


def _named_person(t, ctx: ReportContext) -> bool:
    """Whether ``t`` names a person: an actor found as one, or a name the parser tags as a person's
    that no actor covers ("Sonko's arrest", "after Bobi Wine arrest")."""
    a = ctx.actor_at.get(t.i) or (_arg_actor(t, ctx) if t.pos_ == "PROPN" else None)
    # (a name the actors stage knows no body for is read as a description of no kind: a person's)
    return a is not None and (a.kind == "person" or t.i not in ctx.actor_at and a.kind == "description"
                              and a.type is None and t.pos_ == "PROPN")


def _arguments(c: Mention, ctx: ReportContext) -> tuple[Actor | None, Actor | None]:
    tok = c.tok
    a1_tok = a2_tok = sides = None
    between_pair = False
    if c.noun:
        for ch in tok.children:
            if ch.dep_ == "poss" and tok.lemma_.lower() in _DONE_TO_NOUNS and (
                    ch.lower_ in _W["person_possessives"] or _named_person(ch, ctx)):
                a2_tok = a2_tok or ch  # "her expulsion", "Sonko's arrest": the one it was done to
            elif ch.dep_ == "compound" and tok.lemma_.lower() in _DONE_TO_NOUNS and _named_person(ch, ctx):
                a2_tok = a2_tok or ch  # "after Bobi Wine arrest", "the Navalny detention": a person's name
                # before the noun is the one it was done to, as the possessive is
            elif ch.dep_ == "poss":
                a1_tok = ch
            elif ch.dep_ in ("compound", "amod") and ch.i in ctx.actor_at and _opposed(ch, ctx):
                continue  # "an anti-Taliban offensive": not the Taliban's (whose, the clause may tell)
            elif ch.dep_ == "compound" and ch.pos_ == "PROPN" and ch.i in ctx.actor_at and \
                    ctx.actor_at[ch.i].kind == "country" and ctx.focus is not None and \
                    ctx.actor_at[ch.i].country == ctx.focus and c.cls.plover == "ASSAULT":
                continue  # "ten civilians killed in Burkina Faso attack": the report's own country by its
                # name is where the attack was, not who made it (a demonym still is: "a Kenyan raid")
            elif ch.dep_ in ("compound", "amod") and (ch.ent_type_ in ("NORP", "ORG", "GPE") or ch.i in ctx.actor_at):
                a1_tok = a1_tok or ch
            elif ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in _STRIKING_STATE_WORDS \
                    and tok.lemma_.lower() in _STATE_STRIKE_NOUNS:
                a1_tok = a1_tok or ch  # "a government airstrike killed 14": the state's forces (_state_striker)
            elif ch.dep_ == "compound" and (inner := next((g for g in ch.children if g.dep_ in ("compound", "amod")
                                                            and g.i in ctx.actor_at), None)) is not None:
                a1_tok = a1_tok or inner  # "RSF drone strikes": whose the drone is, whose the strikes
            elif ch.dep_ == "prep" and ch.lower_ == "by":
                a1_tok = next((g for g in ch.children if g.dep_ == "pobj"), a1_tok)
            elif ch.dep_ == "prep" and ch.lower_ == "from" and c.cls.plover == "ACCUSE":
                # "the rebuke from Nairobi", "criticism from France": whose the accusation is
                a1_tok = a1_tok or next((g for g in ch.children if g.dep_ == "pobj"), None)
            elif ch.dep_ == "prep" and ch.lower_ == "of" and tok.lemma_.lower() in _MOTION and c.cls.plover == "CONSULT":
                # "the visit of Prime Minister Modi to Argentina": the visitor (its host told by "to")
                a1_tok = a1_tok or next((g for g in ch.children if g.dep_ == "pobj"), None)
            elif ch.dep_ == "prep" and ch.lower_ == "of" and c.cls.plover == _VIOLENT_PLOVER and \
                    (doer := _of_doer(tok, ch)) is not None:
                # "the attack of American forces on civilians": "of" names the doer when "on" names
                # the target
                a1_tok = a1_tok or doer
            elif ch.dep_ == "prep" and ch.lower_ in ("on", "against", "targeting", "of", "with"):
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if g is not None and not (g.ent_type_ in ("GPE", "LOC") and g.i not in ctx.actor_at) \
                        and g.ent_type_ not in ("DATE", "TIME"):  # ("an attack on Tuesday": when, not on whom)
                    a2_tok = a2_tok or g
            elif ch.dep_ == "acl" and ch.lemma_ in ("target", "against"):
                a2_tok = a2_tok or _object(ch)
        if a1_tok is None:
            # "a meeting chaired by Prime Minister X", "a curfew imposed by the governor": the participle's
            # agent does the act (and "a meeting of the council chaired by X": X heads both)
            held = [tok, *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                           if g.dep_ == "pobj")]
            a1_tok = next((g for h in held for ch in h.children if ch.dep_ == "acl"
                           and ch.lemma_.lower() in _HEADING_VERBS for ag in ch.children if ag.dep_ == "agent"
                           for g in ag.children if g.dep_ == "pobj"), None)
        if a2_tok is None and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB" \
                and tok.lemma_.lower() in _DONE_TO_NOUNS:
            # "police placed the opposition leader under house arrest", "he was put under arrest": the
            # one put under it (the verb's object, or its passive subject)
            v = tok.head.head
            a2_tok = next((ch for ch in v.children if ch.dep_ in ("dobj", "nsubjpass") or ch.dep_ == "ccomp"
                           and ch.pos_ in ("NOUN", "PROPN") and ch.i < tok.head.i), None)  # (a name misparsed)
        if a2_tok is None and c.cls.plover == "ACCUSE":
            # "its accusation that Rwanda backs the rebels", "repeated its charge on Monday that Kigali
            # arms them": the one the that-clause says did it (the clause hung on the noun, or on the
            # verb the noun is the object of)
            a2_tok = next((g for h in (tok, *((tok.head,) if tok.dep_ == "dobj" else ())) for cl in h.children
                           if cl.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
                           for g in cl.children if g.dep_ == "nsubj" and g.pos_ != "PRON"), None)
        if a2_tok is None and c.cls.plover == "ACCUSE" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() in _CHARGE_DENIERS and any(
                ch.dep_ == "prep" and ch.lower_ in ("by", "from") for ch in tok.children):
            # "the army denied allegations by the rebels that it killed 76 villagers": the charge is laid
            # against the one who denies it
            a2_tok = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
        if a1_tok is None and c.cls.plover == "ACCUSE" and tok.dep_ == "dobj":
            # "drew sharp criticism from France": "from" hung on the verb the accusation is the object of
            a1_tok = next((g for ch in tok.head.children if ch.dep_ == "prep" and ch.lower_ == "from"
                           for g in ch.children if g.dep_ == "pobj"), None)
        # "clashes between the army and Fano militiamen": both sides
        between = next((p for p in [*tok.children, *(c.verb.children if c.verb is not None else [])]
                        if p.dep_ == "prep" and p.lower_ == "between"), None)
        if between is not None and c.cls.joint:
            # (and "talks between Qureshi and Wang", "an accord between Kiir and Machar", "a truce
            # between Sudan and Chad")
            first = next((g for g in between.children if g.dep_ == "pobj"), None)
            second = next((g for g in first.children if g.dep_ == "conj"), None) if first is not None else None
            if first is not None and second is None:
                # "a meeting between delegations from Sudan and South Sudan": the two the delegations are of
                of = next((g for ch in first.children if ch.dep_ == "prep" and ch.lower_ in ("from", "of")
                           for g in ch.children if g.dep_ == "pobj"), None)
                also = next((g for g in of.children if g.dep_ == "conj"), None) if of is not None else None
                if also is not None:
                    first, second = of, also
            if first is not None and second is not None:
                a1_tok, a2_tok = first, second
                between_pair = c.cls.name == "clash"
            elif first is not None and a1_tok is None and c.cls.name == "clash":
                a1_tok = first  # "fighting between the Taliban and Pakistani troops": two sides told as
                # modifiers of one noun, paired below
        chain = [h for h in [tok, *list(tok.ancestors)[:4]] if h != c.verb and h.i not in {x.i for x in c.verb.ancestors}] \
            if c.verb is not None else []
        if c.verb is not None and c.verb in list(tok.ancestors)[:5] and all(
                h.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass") for h in chain) and not any(
                h.i in ctx.other_triggers for h in chain if h != tok):  # not through another event's noun
            passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in c.verb.children)
            # "police reported the attack": the teller is not the doer; but "Russia announced the
            # expulsion of 60 diplomats": an act a decision does is done by announcing it
            reporting = c.verb.lemma_.lower() in _REPORTING and not (
                c.cls.enacted and c.verb.lemma_.lower() in _PROCLAIMING) and not (
                c.cls.name == "arrest" and c.verb.lemma_.lower() in _ARREST_ANNOUNCING
                and state_force(_arg_actor(_subject(c.verb), ctx)))
            # ("police announced the arrest of five suspects", "the army confirmed the detention of
            # the two men": a state's forces tell the arrests they made)
            own = a1_tok is None or a1_tok.pos_ == "PRON" and a1_tok.dep_ == "poss"
            # "who died in an airstrike", "blamed the attack on X": the subject is not the doer
            # ("with two villagers killed in a revenge attack": those it was done to, as in a passive)
            absolute = _absolute_passive(c.verb)
            # ("guards who were injured in the attack": a passive relative's noun it was done to)
            done_to = passive and c.verb.dep_ == "relcl" and c.verb.lemma_.lower() in _HARMED_VERBS
            not_doer = c.verb.lemma_.lower() in _DYING_VERBS | _LAYING or _lost_lives(c.verb) or absolute or done_to
            sequel = c.cls.plover == _VIOLENT_PLOVER and c.cls.name != "clash" and tok.lemma_.lower() not in _SEQUEL_OWN_ACTS
            if a1_tok is None and not _violent_verb(c.verb) and any(
                    h.dep_ == "prep" and (h.lower_ in _OCCASION_PREPS or sequel and h.lower_ in _SEQUEL_PREPS) or
                    h.i != tok.i and h.lemma_.lower() in _ANSWER_NOUNS for h in chain):
                # "expelled the envoy in response to an attack", "recalled its envoy after a killing",
                # "protested over the bombing": the act answered is not the answerer's (but "was granted
                # asylum after his resignation": his own; "imposed a curfew after a bomb attack": not the imposer's)
                not_doer = True
            if a2_tok is None and (c.verb.lemma_.lower() in _DYING_VERBS or _lost_lives(c.verb) or absolute or done_to) and tok.dep_ == "pobj" \
                    and tok.head.dep_ == "prep" and tok.head.head.i == c.verb.i and c.cls.name != "clash":
                # "two herders died in a jihadist ambush": those who died in it were its target (but
                # those who "died in a shoot-out" may have fought in it)
                a2_tok = _subject(c.verb)
            if a2_tok is None and (c.verb.lemma_.lower() in _SUFFERING and tok.dep_ == "dobj" or
                                   c.verb.lemma_.lower() in _UNDERGOING and tok.dep_ == "pobj" and tok.head.lower_ == "under"):
                # "a patrol narrowly missed a bomb attack", "the minister survived an ambush": the
                # subject is the one it was done to
                a2_tok, not_doer = _subject(c.verb), True
            if a2_tok is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr" \
                    and tok.head.head.lemma_.lower() in _TARGET_NOUNS and tok.head.head.head.i == c.verb.i:
                # "the patrol was the target of an ambush", "he became the victim of a shooting": the
                # subject is the one it was done to, whoever did it
                a2_tok, not_doer = _subject(c.verb), True
            if a2_tok is not None and a2_tok.dep_ == "poss" and a2_tok.head.i == tok.i and a2_tok.lower_ in ("his", "her") \
                    and tok.dep_ == "pobj" and not reporting and _person_subject(c.verb, ctx) is not None:
                # "the lawyer spoke to reporters before his arrest": the one it was done to is the subject
                # the pronoun stands for, not its doer
                a2_tok, not_doer = _person_subject(c.verb, ctx), True
            if a1_tok is None and c.verb.lemma_.lower() in _BLAMING_ONLY and _accused_noun(tok) == c.verb:
                # "blamed bandits for the abduction of 20 students": the one blamed did it (alleged)
                a1_tok = next((ch for ch in c.verb.children if ch.dep_ == "dobj"), None)
            if any(h.i != tok.i and h.lemma_.lower() in _REMEMBERING for h in chain):
                # "the minister did not want to stir memories of the riots", "marked the anniversary of the
                # massacre": what the subject does is to the remembering, not the act remembered
                not_doer = True
            if own and tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and not reporting and not not_doer:
                # "Trump and Kim held their first summit", "the army launched its offensive": the
                # possessive stands for the subject, who is named
                a1_tok = _subject(c.verb) or a1_tok
            if a2_tok is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and tok.head.head.i == c.verb.i \
                    and c.verb.lemma_.lower() in _W["engaging"]:
                # "police engaged the kidnappers in a gun duel": the one drawn into the fight is its other side
                a2_tok = next((ch for ch in c.verb.children if ch.dep_ == "dobj"), None)
            if a2_tok is None and tok.dep_ == "dobj" and c.verb.lemma_.lower() in _HANDING:
                # "gave the delegation a warning"; "the delegation was given a warning"
                a2_tok = next((ch for ch in c.verb.children if ch.dep_ in ("dative", "nsubjpass" if passive else "dative")), None)
    else:
        v = tok
        a1_tok = _subject(v)
        a1_tok = _weapon_firer(a1_tok) or a1_tok
        if a1_tok is not None and a1_tok.pos_ in ("VERB", "NOUN"):
            # a headline's "China summons German ambassador, denies involvement": the parser makes the
            # first verb (or it read as a noun) the second's subject; a subject with a subject of its own
            # is a verb, and the doer of both is its own subject
            a1_tok = next((ch for ch in a1_tok.children if ch.dep_ == "nsubj"), a1_tok)
        a2_tok = _object(v)
        if _raised_passive(v) and c.cls.plover in ("COERCE", "SANCTION") and v.lemma_.lower() not in _AWAY_VERBS:
            # "the envoy was to be expelled", "the leader is expected to be arrested": the subject of the
            # verb the passive infinitive hangs on is the one it is done to, by no one named (but "its
            # envoy is to be recalled": the doer's own, moved away)
            a1_tok, a2_tok = None, next((ch for ch in v.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        tail = next((ch for ch in v.children if ch.dep_ in ("dobj", "ccomp", "oprd", "xcomp")
                     and _trigger_tail(ch, v, c.cls)), None) if c.cls.category == "political" else None
        if tail is not None and (a2_tok is None or a2_tok.i == tail.i):
            # "declared the envoy persona non grata" (parsed "the envoy persona" as a clause): the trigger's
            # own later word is not the one acted on; its subject is, if it has one
            a2_tok = next((ch for ch in tail.children if ch.dep_ == "nsubj"), tail)
        if c.cls.name == "fall":
            a1_tok, a2_tok = _taker_of_fallen(v), None  # "the town fell to the rebels": the rebels took it
        elif c.cls.name == "revert":
            a1_tok, a2_tok = None, _taker_of_fallen(v)  # "Hong Kong returned to China": China was given it

        sides = _fight_sides(v) if c.cls.plover == _VIOLENT_PLOVER else None
        if sides is not None:
            a1_tok, a2_tok = sides  # "dozens were killed in clashes between the army and the rebels"
        if a2_tok is not None and not (tail is not None and a2_tok.i == tail.i) or a1_tok is None \
                or not c.cls.headline_passive:
            pass
        elif ctx.headline and token_sentence(v).start == 0 and (v.tag_ == "VBD" or v.tag_ == "VBN" and v.dep_ == "ROOT"
                                                                   and c.cls.plover != _VIOLENT_PLOVER) \
                and not any(ch.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") and not (
                    tail is not None and tail.i <= ch.i <= tail.i + 2) for ch in v.children):
            # a headline drops the "were" of a passive: "Soldiers ambushed near the border", "Three
            # villagers killed", "Envoy declared persona non grata" (the trigger's own words no object),
            # "Opposition leader confined to his home" (a coercion's participle tagged as such): those
            # named were done to, by no one named
            a2_tok, a1_tok = a1_tok, None
        if _absolute_passive(v):
            # "…, with two people killed and ten injured": the people were killed, by no one named
            a2_tok = a1_tok
            a1_tok = next((g for ch in v.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None)
        asked = None
        if c.cls.plover == "REQUEST" and (a2_tok is None or a2_tok.dep_ == "pobj"):
            # "called for Israel to strike": the one asked is the subject of the clause "for" opens (a
            # state named by its country: a party, as in "urged Israel to strike")
            asked = next((g for ch in v.children if ch.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" and m.i == v.i + 1 for m in ch.children)
                for g in ch.children if g.dep_ == "nsubj"), None)
            # "demanded that Uganda reopen the border", "urged that the government should free them": the
            # subject of what is demanded (a bare or "should" verb, not "said that Uganda had reopened it")
            asked = asked or next((g for ch in v.children if ch.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in ch.children) and (ch.tag_ == "VB" and not any(
                    x.dep_ in ("aux", "auxpass") for x in ch.children) or any(
                    x.dep_ == "aux" and x.lower_ in ("should", "must") for x in ch.children))
                for g in ch.children if g.dep_ == "nsubj"), None)
            a2_tok = asked or a2_tok
        if c.cls.plover == "THREATEN" and (a2_tok is None or _arg_actor(a2_tok, ctx) is None):
            # "threatened to cut aid to Niger", "warned that demonstrators would be treated as rebels",
            # "said it would treat any future protesters as putschists": the one threatened is told in
            # what the threat says will be done
            a2_tok = _complement_target(v, ctx) or a2_tok
        if c.cls.category == "political" and v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i != v.i \
                and v.head.pos_ == "VERB" and (a2_tok is None or _arg_actor(a2_tok, ctx) is None):
            # "met Ugandan officials, calling for a ceasefire", "summoned the ambassador, demanding an
            # explanation": a word said while meeting someone is said to the one met
            met = _object(v.head)
            if met is not None and met.i < v.i and not _told_the_press(met) and _arg_actor(met, ctx) is not None:
                a2_tok = met
        under = next((ch for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "under"), None) \
            if v.lemma_.lower() in _UNDERGOING else None
        if under is not None:
            # "officers came under heavy fire from gunmen": the officers were fired on, by the gunmen
            a2_tok, a1_tok = a1_tok, None
            for h in (*under.children, v):
                for ch in h.children:
                    if ch.dep_ in ("prep", "agent") and ch.lower_ in ("from", "by"):
                        a1_tok = a1_tok or next((g for g in ch.children if g.dep_ == "pobj"), None)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX") \
                and any(ch.dep_ == "auxpass" and ch.lower_ == "being" for ch in v.children):
            # "the lawyer spoke to reporters after being freed", "the man was taken to hospital after being
            # shot": the one it was done to is the clause's subject, when named (a pronoun's antecedent is
            # too loose a guess here); the doer only its "by" agent
            subj = _subject(v.head.head) or next((ch for ch in v.head.head.children if ch.dep_ == "nsubjpass"), None)
            a2_tok = subj if subj is not None and subj.pos_ != "PRON" else None
            a1_tok = next((g for ch in v.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None)
        if _passive_relative(v):
            # "their leader, who was detained on 20 August": the leader was detained, by no one named;
            # "a police officer who was killed on Monday": the officer was killed, never the killer
            a1_tok = next((g for ch in v.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None)
            a2_tok = v.head
        if a2_tok is not None and (asked is None or a2_tok.i != asked.i) and a2_tok.ent_type_ in ("GPE", "LOC") \
                and a2_tok.i not in ctx.actor_at:
            a2_tok = None if c.cls.plover != "CONSULT" else a2_tok
    if not c.noun and c.cls.plover == "PROTEST" and (a2_tok is None or _arg_actor(a2_tok, ctx) is None):
        # "marched through the capital on Sunday to protest Ban's remarks": what the purpose clause protests
        purpose = next((ch for ch in tok.children if ch.dep_ in ("xcomp", "advcl")
                        and ch.lemma_.lower() in _PROTEST_PURPOSES), None)
        a2_tok = (_object(purpose) if purpose is not None else None) or a2_tok
    if a1_tok is None and c.cls.plover == "ASSAULT":
        a1_tok = _hidden_doer(c)
    if a2_tok is not None and _told_the_press(a2_tok):
        a2_tok = None  # "the spokeswoman told AFP the claims were baseless": the outlet is no party to it
    if not c.noun and c.cls.name == "consult" and tok.lemma_.lower() == "discuss":
        # "India and China discussed the border", "discussed the dam with Egypt's minister": what is
        # discussed is a matter, not a party; the other side is the one talked with, or the subject's partner
        a2_tok = next((g for x in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for ch in x.children
                       if ch.dep_ == "prep" and ch.lower_ == "with" for g in ch.children if g.dep_ == "pobj"), None)
    if not c.noun and c.cls.name == "accuse" and tok.lemma_.lower() == "hold":
        # "held the MDC Alliance accountable", parsed as a small clause: its subject is the one held to account
        a2_tok = next((g for ch in tok.children if ch.dep_ in ("ccomp", "xcomp", "oprd")
                       for g in ch.children if g.dep_ == "nsubj"), None) or a2_tok
    if not c.noun and c.cls.party_object and c.cls.plover == "ACCUSE" and a2_tok is not None \
            and a2_tok.i != tok.i and _trigger_tail(a2_tok, tok, c.cls):
        # "pointed the finger at Kigali", "lodged a complaint with Ankara": the trigger's own noun is no
        # party; the one the phrase is aimed at is ("against" before "with": "a complaint with the UN
        # against Eritrea")
        a2_tok = next((g for p in _AIMED_PHRASE_PREPS for h in (a2_tok, tok) for ch in h.children
                       if ch.dep_ == "prep" and ch.lower_ == p for g in ch.children if g.dep_ == "pobj"), None)
    if not c.noun and c.cls.name == "accuse" and tok.lemma_.lower() in _BLAME_TELLING_VERBS:
        # "said Kyiv was to blame for the shelling", "alleged that Egypt was arming the rebels": the one
        # the clause said lays the wrong on
        a2_tok = next((g for ch in tok.children if ch.dep_ == "ccomp"
                       for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")), None) or a2_tok
    if not c.noun and c.cls.name == "cite_wrong" and a2_tok is not None:
        # "cited Ethiopia's interference as the reason", "citing meddling by Doha": the wrong's doer
        a2_tok = next((g for g in a2_tok.children if g.dep_ == "poss" and g.pos_ != "PRON"), None) or next(
            (g for ch in a2_tok.children if ch.dep_ == "prep" and ch.lower_ == "by" for g in ch.children
             if g.dep_ == "pobj"), None) or a2_tok
    if c.cls.plover == _VIOLENT_PLOVER and (hands := _hands_owner(tok)) is not None:
        # "died at the hands of the police": the police killed the one who died; "the death of a man at
        # the hands of a mob": the mob killed the man
        a2_tok = (next((g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children
                        if g.dep_ == "pobj"), None) if c.noun else _subject(tok)) or a2_tok
        a1_tok = hands
    if a1_tok is None and not c.noun and c.cls.category == "political" and tok.dep_ == "acl" and tok.tag_ == "VBG" \
            and tok.head.lemma_.lower() in _STATEMENT_NOUNS:
        # "in a statement blaming the rebels, the ministry said ...", "the opposition leader released a
        # statement denouncing the arrests": the statement's maker makes the charge
        held = tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" else \
            tok.head.head if tok.head.dep_ == "dobj" else None
        a1_tok = _subject(held) if held is not None and held.pos_ in ("VERB", "AUX") \
            and held.lemma_.lower() in _STATEMENT_GIVING else None  # (not "sought to include language in a
        # statement opposing the plan", a text others make)
        a1_tok = a1_tok if a1_tok is not None and a1_tok.pos_ != "PRON" else None  # (an "it" too loose a guess here)
    a1, a2 = _arg_actor(a1_tok, ctx), _arg_actor(a2_tok, ctx)
    if c.cls.plover == _VIOLENT_PLOVER and a2_tok is not None and a2_tok.lemma_.lower() in _FACILITIES \
            and (a2 is None or a2.type in (None, "state") and a2.span.end <= a2_tok.idx):
        # "shelled Azerbaijani positions", "struck a US base": the forces of the state the post is
        # told as held by (not the state's people, nor its name alone, read off the modifier)
        held = forces_in([a2_tok], None, ctx)
        a2 = held if held is not None and (a2 is None or a2.country in (None, held.country)) else a2
    if a1 is None and a1_tok is None and c.cls.category == "political" and not c.noun:
        a1 = _office_of(c.verb or c.tok, ctx)
    if c.cls.plover == _VIOLENT_PLOVER:
        a1 = _unnamed_doers(a1, a1_tok, ctx)
        a1 = _state_striker(a1, a1_tok, ctx)
        if (m := _misread_striker(c, ctx)) is not None and (a1 is None or a1.name != m.name
                                                             and a1.span.start <= m.span.start < a1.span.end):
            a1 = m  # (or the bare word read as itself: "Azerbaijani", "Government of Ukraine")
    if a2 is None and a1_tok is not None and c.cls.joint:
        partner = next((ch for ch in a1_tok.children if ch.dep_ == "conj"), None)
        a2 = _arg_actor(partner, ctx)  # "India and Bangladesh signed an agreement": each the other's party
        if a2 is None and partner is None and a1 is not None and c.cls.category == "political":
            # "the foreign ministers of Egypt and Ethiopia met": the second of the two the officials are of
            of = next((g for ch in a1_tok.children if ch.dep_ == "prep" and ch.lower_ in ("of", "from")
                       for g in ch.children if g.dep_ == "pobj"), None)
            also = next((g for g in of.children if g.dep_ == "conj"), None) if of is not None else None
            a2 = _arg_actor(also, ctx) if also is not None else None
    if c.cls.plover == "CONSULT" and a1_tok is not None and a1_tok.lemma_.lower() in _W["officials"]:
        # "a delegation from Hamas arrived in Cairo", "a team from Ethiopia visited Juba": the side it comes
        # from (not the host of the place it came to, who is the other side)
        frm = next((g for ch in a1_tok.children if ch.dep_ == "prep" and ch.lower_ == "from"
                    for g in ch.children if g.dep_ == "pobj"), None)
        sent = _arg_actor(frm, ctx) if frm is not None else None
        if sent is not None and (a1 is None or a1.name != sent.name):
            a2 = a1 if a2 is None and a1 is not None and a1.country != sent.country else a2
            a1 = sent
    if a2 is None and a1 is not None and a1_tok is not None and c.cls.joint and c.cls.category == "political":
        first = _paired_modifier(a1_tok, a1, ctx)
        if first is not None:  # "Ethiopian and Eritrean officials met in Asmara": the first named, then the other
            a1, a2 = first, a1
    if a2 is None and a1 is not None and a1_tok is not None and (c.cls.name == "clash" or sides is not None):
        first = _paired_modifier(a1_tok, a1, ctx)
        if first is not None:  # "Taliban and Pakistani forces exchanged fire": the first named, then the other
            a1, a2 = first, a1
        else:
            a1, a2 = _paired_peoples(a1_tok, a1) or _paired_ethnic(a1_tok, a1, ctx) or (a1, a2)
    if a2 is not None and a1_tok is not None and a2_tok is not None and a1_tok.pos_ == "PROPN" \
            and a1_tok.i not in ctx.actor_at and a2_tok.dep_ == "conj" and a2_tok.head.i == a1_tok.i:
        # "between Kaiya and Yambali tribes" parsed as "Kaiya" and "Yambali tribes": the first
        # community's own communal militia
        pair = _paired_peoples(a2_tok, a2, a1_tok)
        a1 = pair[0] if pair else a1
    if a2 is None and a1 is not None and c.cls.joint and c.cls.plover != _VIOLENT_PLOVER:
        a2 = _joint_partner(c, a1, ctx)
    if a2 is None and a1 is not None and a1_tok is not None and c.cls.joint and c.cls.plover != _VIOLENT_PLOVER:
        # "Kiir and Machar met in Juba … the two leaders signed an accord": each the other's party
        pair = _pair_told_before(a1_tok, ctx)
        a2 = pair[1] if pair and pair[0].name == a1.name else None
    if a2 is None and a2_tok is not None:
        # "severed ties with Kenya", "closed its airspace to Indian airlines", "put the accord and other
        # accords with India on hold": the party is one step on
        for ch in [c for x in (a2_tok, *[g for g in a2_tok.children if g.dep_ == "conj"]) for c in x.children]:
            if ch.dep_ == "poss" and ch.pos_ != "PRON" and c.cls.plover != _VIOLENT_PLOVER and \
                    a2_tok.lemma_.lower() not in _DONE_TO_NOUNS:
                # "warned against Ethiopia's plan", "criticised the government's crackdown": whose the
                # thing warned of or criticised is (a political act's; an attack's target is told otherwise)
                a2 = _arg_actor(ch, ctx)
                if a2 is not None:
                    break
                continue
            if ch.dep_ == "prep" and ch.lower_ == "of" and a2_tok.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENTS:
                g = next((g for g in ch.children if g.dep_ == "pobj"), None) \
                    if a2_tok.lemma_.lower() in _FACILITIES else None
                held = _arg_actor(g, ctx) if g is not None else None
                if held is not None and (held.type in _ARMED or state_force(held)):
                    a2 = held  # "ambushed a base of the PDF": those who hold the post
                    break
                continue  # "attacked the village of Noaka": a place, not a party
            if ch.dep_ == "prep" and ch.lower_ in ("with", "to", "on", "against", "for", "of"):
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                a2 = _arg_actor(g, ctx) if g is not None else None
                if a2 is not None:
                    break
    if not c.noun and a2_tok is not None and c.cls.plover == "RETREAT" and a2_tok.lemma_.lower() in _OWN_FORCES \
            and any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in a2_tok.children):
        # "France withdrew its troops from Niger", "pulled its forces out of Mali": one's own forces are
        # no party (nor the forces of the report's country); the state they leave is
        left = next((g for h in (a2_tok, tok, *(p for p in tok.children if p.dep_ == "prt" and p.lower_ == "out"))
                     for ch in h.children if ch.dep_ == "prep" and (ch.lower_ == "from" or ch.lower_ == "of" and h.lower_ == "out")
                     for g in ch.children if g.dep_ == "pobj"), None)
        away = _arg_actor(left, ctx) if left is not None else None
        if away is not None and (a1 is None or away.name != a1.name):
            a2 = away
    if a2 is None and not c.noun and c.cls.category == "political" and (a2_tok is None or _arg_actor(a2_tok, ctx) is None):
        # "closed its border with Russia", "cut ties on Monday with Doha", the "with" hung on the verb
        # by the parser: the one it is done with is the other side (a thing there is none: "with force")
        g = next((g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("with", "against")
                  for g in ch.children if g.dep_ == "pobj"), None)
        a2 = _arg_actor(g, ctx) if g is not None and not _told_the_press(g) and not _absolute_with(g) else None
    if not c.noun and a2_tok is not None and c.cls.plover in ("SANCTION", "RETREAT") \
            and (a2_tok.lemma_.lower() in _ENVOYS or any(ch.dep_ in ("compound", "appos") and ch.lemma_.lower() in _ENVOYS
                                                         for ch in a2_tok.children)) \
            and (tok.lemma_.lower() in _AWAY_VERBS or c.cls.plover == "RETREAT" and any(
                ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in a2_tok.children)):
        # "Iraq recalled its ambassador from Iran", "withdrew its envoy from Kenya": the state its own
        # envoy leaves is the counterpart; the envoy, one's own, never is ("Ambassador X was recalled";
        # but "suspended its UN envoy": the envoy sanctioned)
        left = next((g for h in (a2_tok, tok) for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "from"
                     for g in ch.children if g.dep_ == "pobj"), None)
        left = left or next((g for ch in a2_tok.children if ch.dep_ == "prep" and ch.lower_ == "to"
                             for g in ch.children if g.dep_ == "pobj"), None)  # ("its ambassador to Tehran")
        away = (_arg_actor(left, ctx) or _seat_state(left, ctx)) if left is not None else None
        a2 = away if away is not None and (a1 is None or away.name != a1.name) else None
    if a2 is None and a2_tok is not None and not c.noun and a2_tok.lemma_.lower() in _WEAPON_AGENTS | _FIRED:
        # "fired artillery at rebels", "launched rockets on the militia": the weapon is no party;
        # whom it was fired at is (a place it was fired at is the scene, not a party)
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in ("at", "on", "against"):
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if g is not None and g.ent_type_ not in ("GPE", "LOC", "FAC"):
                    a2 = _arg_actor(g, ctx)
                    if a2 is not None:
                        break
    if a2 is None and c.cls.plover == _VIOLENT_PLOVER:
        a2 = _owner(tok, a2_tok, a1, ctx)  # "opened fire on his motorcade": on him
    if between_pair and a1 is not None and a2 is not None:
        # "clashes between Fulani herders and Tiv farmers": the farmers fought as their people's
        # militia, not as civilians set upon (ACLED's "Tiv Ethnic Militia (Nigeria)")
        a1 = _fighting_people(a1_tok, a1, a2)
        a2 = _fighting_people(a2_tok, a2, a1)
    if a1 is not None and a2 is not None and (a1.span == a2.span or a1.name == a2.name):
        a2 = None
    return a1, a2


def _complement_target(v, ctx: ReportContext):
    """The party a threat's own clause does its act to ("threatened to cut aid to Niger": Niger;
    "warned that demonstrators would be arrested": the demonstrators): the object, the passive
    subject or a "to"/"with"/"against"/"on" party of the clause the threatening verb governs (or of
    one clause on, "vowed to continue to attack"), never that clause's active subject, who is the
    threatener told again; None when that clause names no party."""
    clauses = [ch for ch in v.children if ch.dep_ in ("xcomp", "ccomp")]
    clauses += [g for ch in clauses for g in ch.children if g.dep_ in ("xcomp", "conj") and g.pos_ in ("VERB", "AUX")]
    for cl in clauses:
        heads = [cl, *(g for g in cl.children if g.dep_ == "dobj")]
        found = [g for g in cl.children if g.dep_ in ("dobj", "nsubjpass")]
        found += [g for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in _THREATENED_PREPS
                  for g in p.children if g.dep_ == "pobj"]
        for g in found:
            if g.pos_ != "PRON" and _arg_actor(g, ctx) is not None:
                return g
    return None


_THREATENED_PREPS = frozenset(_W["threatened_preps"])
_OWN_FORCES = frozenset(_W["own_forces"])


def national_done_to(trigger: Span, ctx: ReportContext) -> str | None:
    """The country of the one a verb's act was done to, told only by a nationality the parser read as
    no people's word ("kidnapped a Briton", "shot dead an Israeli", "two Britons were seized"): a
    demonym, not the country's own name, as a singular with "a"/"an" or as a plural."""
    trig = words_at(ctx.doc, trigger.start, trigger.end)
    if trig is None or trig.root.pos_ not in ("VERB", "AUX"):
        return None
    obj = _object(trig.root)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "ADJ") or not obj.text[:1].isupper() or obj.text.isupper():
        return None  # (a demonym is capitalised: not "struck a car", nor "a CAR")
    iso = ctx.country_words.get(obj.lower_)
    if iso is None or obj.lower_ == ctx.country_names.get(iso, "").lower() or any(ch.dep_ == "conj" for ch in obj.children):
        return None  # ("attacked the Philippines": a country; "an Italian, a Greek and a Briton": no one country)
    if obj.tag_ in ("NNPS", "NNS") or any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in obj.children):
        return iso
    return None


_BELONGINGS = _W["belongings"]


def _owner(tok, target, doer: Actor | None, ctx: ReportContext):
    """The owner of a belonging an attack struck, told by its possessive ("fired on his motorcade",
    "opened fire on the minister's car", "torched their homes"): the person or the body the possessive
    names or stands for, never the doer. The belonging is the act's object ``target`` or what it was
    done on, at or against; None when there is none, or its possessive stands for no one."""
    if target is not None and target.lemma_.lower() in _BELONGINGS:
        thing = target
    else:
        thing = next((g for h in ((target, tok) if target is not None else (tok,)) for ch in h.children
                      if ch.dep_ == "prep" and ch.lower_ in ("on", "at", "against")
                      for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in _BELONGINGS), None)
    poss = next((ch for ch in thing.children if ch.dep_ == "poss"), None) if thing is not None else None
    if poss is None:
        return None
    if poss.lower_ in ("his", "her"):  # the person last named before it (within two sentences)
        first = ctx.sents[max(ctx.sentence_of(Span(poss.idx, poss.idx, "")) - 1, 0)].start
        owner = next((ctx.actor_at[i] for i in range(poss.i - 1, first - 1, -1)
                      if i in ctx.actor_at and ctx.actor_at[i].kind == "person"), None)
    else:
        owner = _antecedent(poss, ctx) if poss.pos_ == "PRON" else _arg_actor(poss, ctx)
    if owner is None or owner.type == "civilians" or doer is not None and owner.name == doer.name:
        return None
    return owner


def _fighting_people(tok, actor: Actor, other: Actor) -> Actor:
    """A side of a clash told as people of a named people ("Tiv farmers", "Bachama villagers")
    fighting an ethnic or communal militia: that people's ethnic militia; else the side as it is."""
    if actor.type != "civilians" or actor.kind != "description" or other.type != "identity_militia" \
            or not actor.name.startswith("Civilians ("):
        return actor
    m = next((ch for ch in tok.children if ch.dep_ in ("amod", "compound", "nmod") and ch.i < tok.i
              and ch.pos_ == "PROPN" and ch.text[:1].isupper()), None)
    if m is None:
        return actor
    return replace(actor, name=f"{m.text} Ethnic Militia {actor.name[len('Civilians '):]}", type="identity_militia")


_OFFICE_PREPS = frozenset(_W["office_preps"])


def _absolute_with(g) -> bool:
    """Whether ``g``, the object of a "with" set off by a comma, is the subject of an absolute clause
    ("condemned the violence, with its chief calling the attacks deplorable", "…, with the minister
    describing it as a crime"): one who speaks beside the act, not the side it is done with (but "held
    talks with rebels fighting in the north": no comma, those rebels are the counterpart)."""
    w = g.head
    return w.lower_ == "with" and w.i > 0 and w.doc[w.i - 1].text in (",", ";", "—", "–") and (any(
        ch.dep_ in ("acl", "advcl", "relcl") and ch.tag_ in ("VBG", "VBN") for ch in g.children)
        or g.dep_ == "pcomp" and g.tag_ == "VBG")  # (the parser may hang the participle on "with" itself)


def _fight_sides(v):
    """The two sides of the fight a violent verb's deaths were told in ("dozens of fighters were killed
    in clashes between government forces and Houthi rebels"): the fight's sides are the event's, not
    the dead; (the first, None) when they are told as two modifiers of one noun ("in fighting between
    Indian and Pakistani troops"), which _paired_modifier splits."""
    for ch in v.children:
        if ch.dep_ != "prep" or ch.lower_ not in ("in", "during", "amid"):
            continue
        for g in ch.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in _FRAME_NOUNS:
                continue
            between = next((p for p in g.children if p.dep_ == "prep" and p.lower_ == "between"), None)
            first = next((x for x in between.children if x.dep_ == "pobj"), None) if between is not None else None
            if first is not None:
                return first, next((x for x in first.children if x.dep_ == "conj"), None)
    return None


def _told_the_press(tok) -> bool:
    """Whether ``tok`` is whom a speaker told something, and a news outlet or the press ("told AFP",
    "told the BBC", "told reporters"): the one told is then no party to the act."""
    if tok.dep_ not in ("dobj", "dative") or tok.head.lemma_.lower() not in _TELLING_PRESS:
        return False
    if tok.lemma_.lower() in _PRESS_WORDS:
        return True
    name = " ".join(t.text for t in tok.subtree if t.dep_ != "det")
    return name in rules()["acled"]["outlet_scale"]


def _violent_verb(v) -> bool:
    """Whether ``v`` is a verb of violence ("troops killed ten militants after a gunbattle": the
    fight that came first may be the killers' own)."""
    return any(cls.plover == _VIOLENT_PLOVER for _, cls in load_triggers().verbs.get(v.lemma_.lower(), ()))


def _office_of(v, ctx: ReportContext) -> Actor | None:
    """The government whose office a passive political act names as where it was done, with no
    doer of its own: "the Belarusian envoy was summoned to the Polish Foreign Ministry" (Poland)."""
    if not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in v.children):
        return None
    for ch in v.children:
        if ch.dep_ == "prep" and ch.lower_ in _OFFICE_PREPS:
            for g in ch.children:
                a = _arg_actor(g, ctx) if g.dep_ == "pobj" else None
                if a is not None and a.type == "state" and a.name.startswith("Government of") \
                        and a.kind != "country" and not _in_place(g, ctx):
                    return a  # (an office, not the country: "troops were deployed in Georgia")


_HEADING_VERBS = _W["heading_verbs"] | _W["own_act_verbs"]
# (the participles whose agent does the act of the noun they hang on: "carried out by", "planted by",
# "claimed by")
_DOERS_PARTICIPLES = _HEADING_VERBS | _W["weapon_verbs"] | _W["weapon_users"]
_REMEMBERING = _W["remembering"]
_JOINT_PREPS = _W["joint_preps"]
_PROTEST_PURPOSES = _W["protest_purposes"]
_JOINT_ANYWHERE = _W["joint_anywhere"]
_JOINT_HEAD_DEPS = frozenset({"xcomp", "advcl", "acl", "dobj", "pobj", "prep", "relcl"})


def _paired_modifier(tok, actor: Actor, ctx: ReportContext) -> Actor | None:
    """The first side of two told as modifiers of one noun ("Indian and Pakistani troops", "Taliban
    and Pakistani forces"): the actor the first modifier names, or the noun's own kind of actor of the
    first modifier's country; the noun's actor is the second side."""
    m = next((ch for ch in tok.children if ch.dep_ in ("amod", "nmod", "compound") and ch.i < tok.i
              and any(g.dep_ == "conj" for g in ch.children)), None)
    if m is None:
        return None
    if m.i in ctx.actor_at:
        other = ctx.actor_at[m.i]
        return other if other.name != actor.name else None
    iso = ctx.country_words.get(m.lower_)
    if not iso or not actor.country or iso == actor.country or iso not in ctx.country_names \
            or actor.country not in ctx.country_names:
        return None
    for old, new in ((f"({ctx.country_names[actor.country]})", f"({ctx.country_names[iso]})"),
                     (ctx.of_names.get(actor.country, ctx.country_names[actor.country]),
                      ctx.of_names.get(iso, ctx.country_names[iso]))):
        if old in actor.name:
            return replace(actor, name=actor.name.replace(old, new), country=iso,
                           span=Span(m.idx, m.idx + len(m), m.text))
    return None


def _paired_peoples(tok, actor: Actor, first=None):
    """The two communities told as two names of one communal noun ("between Amala and Teremanda
    tribes"): each the communal militia of its own name, as ACLED names them ("Amala Communal Militia
    (Papua New Guinea)"); None unless the noun's actor is a communal militia its words do not name."""
    if actor.type != "identity_militia" or actor.kind != "description":
        return None
    if first is not None:  # (the first community told apart from the noun: the noun's own name second)
        m, other = first, next((ch for ch in tok.children if ch.dep_ in ("amod", "nmod", "compound") and ch.i < tok.i), None)
    else:
        m = next((ch for ch in tok.children if ch.dep_ in ("amod", "nmod", "compound") and ch.i < tok.i
                  and ch.text[:1].isupper()), None)  # (a name the tagger read as an adjective: "Yambali")
        other = next((g for g in m.children if g.dep_ == "conj" and g.text[:1].isupper()), None) if m is not None else None
    if other is None:
        return None
    base = actor.name[len(other.text) + 1:] if actor.name.startswith(f"{other.text} ") else actor.name
    if not base.startswith("Communal"):
        return None  # (the actors stage named it by its people: "Kandep Communal Militia")
    return tuple(replace(actor, name=f"{w.text} {base}", span=Span(w.idx, w.idx + len(w), w.text)) for w in (m, other))


def _paired_ethnic(tok, actor: Actor, ctx: ReportContext):
    """The two sides of a clash told as two peoples' names on one noun for plain people ("clashes
    between Dinka and Nuer youths", "fighting between Hema and Lendu villagers"): each people's ethnic
    militia, as ACLED names the sides of such a fight ("Dinka Ethnic Militia (South Sudan)"), not
    civilians set upon; None unless the noun's actor is civilians and both names are no country's."""
    if actor.type != "civilians" or actor.kind != "description" or not actor.name.startswith("Civilians ("):
        return None
    m = next((ch for ch in tok.children if ch.dep_ in ("amod", "nmod", "compound") and ch.i < tok.i
              and ch.text[:1].isupper()), None)
    other = next((g for g in m.children if g.dep_ == "conj" and g.text[:1].isupper()), None) if m is not None else None
    if other is None or any(ctx.country_words.get(w.lower_) or w.i in ctx.actor_at and ctx.actor_at[w.i].span != actor.span
                            for w in (m, other)):  # (a name of its own is no people's word of this noun's)
        return None  # ("Indian and Pakistani villagers": two states' people, read by _paired_modifier)
    where = actor.name[len("Civilians "):]
    return tuple(replace(actor, name=f"{w.text} Ethnic Militia {where}", type="identity_militia",
                         span=Span(w.idx, w.idx + len(w), w.text)) for w in (m, other))


def _joint_partner(c: Mention, a1: Actor, ctx: ReportContext) -> Actor | None:
    """The other party of a joint act (an agreement, talks) told by a preposition on the act's verb
    or on the clause it hangs in: "signed the accord alongside the Ugandan president", "signed the
    deal with Kenya", "…, capping their summit" (the summit of the one who signed and the one beside
    him); not the words of a reported statement."""
    t = c.tok
    for _ in range(4):
        for ch in [*t.children, *(x for x in t.subtree if x.lower_ in _JOINT_ANYWHERE and _depth(x, t) <= 3)]:
            if ch.dep_ == "prep" and ch.lower_ in _JOINT_PREPS:
                g = next((g for g in ch.children if g.dep_ == "pobj"), None)
                a = _arg_actor(g, ctx) if g is not None else None
                if a is not None and a.name != a1.name and a.span != a1.span:
                    return a
        if t.dep_ not in _JOINT_HEAD_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _unnamed_doers(actor: Actor | None, tok, ctx: ReportContext) -> Actor | None:
    """"Two unidentified men shot him", "masked men stormed the house": doers the text calls
    people of no name, an unnamed armed group of the report's country (the scene's country
    replaces it later, as for "gunmen")."""
    if actor is None or tok is None or actor.kind != "description" or actor.type is not None:
        return actor
    if not any(ch.dep_ in ("amod", "compound") and ch.lower_ in _UNNAMED_MODS for ch in tok.children) \
            and not _unnamed_people(tok):
        return actor
    iso = ctx.focus
    if not iso or iso not in ctx.country_names:
        return actor
    return replace(actor, name=f"Unidentified Armed Group ({ctx.country_names[iso]})", type="rebel", country=iso,
                   assumed_country=True)


_UNNAMED_MODS = _W["unnamed_mods"]
_UNNAMED_PEOPLE = _W["unnamed_people"]
_UNNAMED_BANDS = _W["unnamed_bands"]


def _unnamed_people(tok) -> bool:
    """"Men on a motorcycle shot him", "abducted by men in plain clothes", "a group of men stormed the
    house": the doers are men the text gives no name, party or uniform of (not "gunmen" nor "armed
    men": words of their own; a name or a demonym would have made them a party already)."""
    if tok.pos_ == "PROPN" and not tok.is_sent_start:
        return False
    if tok.lemma_.lower() in _UNNAMED_BANDS:
        tok = next((g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children
                    if g.dep_ == "pobj"), None)
        if tok is None:
            return False
    return tok.lemma_.lower() in _UNNAMED_PEOPLE or tok.lower_ in ("men", "individuals")


def _state_striker(actor: Actor | None, tok, ctx: ReportContext) -> Actor | None:
    """"Killed in government airstrikes", "died in army shelling": the state's word before a strike
    noun names the report's state's military as its maker (ACLED's Military Forces of X), not a
    description "government" or none."""
    if tok is None or tok.dep_ not in ("amod", "compound") or tok.lemma_.lower() not in _STRIKING_STATE_WORDS \
            or tok.head.lemma_.lower() not in _STATE_STRIKE_NOUNS or (actor is not None and actor.kind != "description"):
        return actor
    iso = ctx.focus
    if not iso or iso not in ctx.country_names:
        return None  # (whose state, the report does not say: the word alone names no party)
    name = ctx.country_names[iso]
    return Actor(name=f"Military Forces of {ctx.of_names.get(iso, name)}", span=Span(tok.idx, tok.idx + len(tok), tok.text),
                 type="state", country=iso, kind="description", sentence=0, assumed_country=True)


_STRIKE_FIRE_WORDS = _W["strike_fire_words"]


def _strike_fire_at(doc) -> tuple:
    """The indices of a Doc's words whose form or lemma is a strike word (``_STRIKE_FIRE_WORDS``),
    found once per Doc."""
    made = doc.user_data.get(_STRIKE_FIRE_KEY)
    if made is None:
        lows, lemmas = lower_words(doc)
        made = doc.user_data[_STRIKE_FIRE_KEY] = tuple(
            j for j, (low, lemma) in enumerate(zip(lows, lemmas)) if low in _STRIKE_FIRE_WORDS or lemma in _STRIKE_FIRE_WORDS)
    return made


_STRIKE_FIRE_KEY = "sitrep.strike_fire_words"


def _misread_striker(c: Mention, ctx: ReportContext) -> Actor | None:
    """"Killed by Azerbaijani shelling", "Russian shelling hit the town", "army shelling killed two":
    the parser often reads the strike noun as a verb, leaving the state's word before it an object
    or a modifier of nothing; the word right before the strike noun (past plain adjectives and weapon
    words: "heavy army shelling", "Turkish artillery shelling") names its maker: that state's forces,
    or a named armed group. Not "the shelling of Russian positions", nor "came under shelling"."""
    tok = c.verb or c.tok
    top = tok.head.head  # (every word read below is of the subtree two heads up: one with no strike word has no striker)
    lo, hi = top.left_edge.i, top.right_edge.i
    if not any(lo <= j <= hi for j in _strike_fire_at(tok.doc)):
        return None
    near = [tok, *tok.children, *(g for ch in tok.children if ch.dep_ in ("prep", "agent") for g in ch.children)]
    up = tok
    for _ in range(2):  # ("Russian shelling hit the town, killing two": the clause "killing" hangs from)
        if up.head.i == up.i:
            break
        near += [up.head, *(ch for ch in up.head.children if ch.i != up.i)]
        up = up.head
    doc = tok.doc
    for s in near:
        if s.lower_ not in _STRIKE_FIRE_WORDS and not (s.pos_ == "NOUN" and s.lemma_.lower() in _STRIKE_FIRE_WORDS):
            continue
        for j in range(s.i - 1, max(s.i - 4, token_sentence(s).start - 1), -1):
            w = doc[j]
            low = w.lower_
            if low in _STRIKING_STATE_WORDS:
                iso = ctx.focus
            elif w.text[:1].isupper() and low in ctx.country_words:
                iso = ctx.country_words[low]
            elif j in ctx.actor_at and ctx.actor_at[j].type in ("rebel", "militia", "state"):
                return ctx.actor_at[j]
            elif w.text.islower() and w.pos_ in ("ADJ", "NOUN") and (low in _WEAPON_AGENTS or w.pos_ == "ADJ"):
                continue  # "heavy", "indiscriminate", "artillery"
            else:
                break
            if not iso or iso not in ctx.country_names:
                return None
            name = ctx.country_names[iso]
            return Actor(name=f"Military Forces of {ctx.of_names.get(iso, name)}", span=Span(w.idx, w.idx + len(w), w.text),
                         type="state", country=iso, kind="description", sentence=0, assumed_country=low in _STRIKING_STATE_WORDS)
    return None


def _hidden_doer(c: Mention):
    """Who did a violent act the clause tells without a subject: "six Maoists were killed following
    an encounter with security forces" (the other side of the encounter); "a blast involving an IED
    planted by Maoists" (who laid the weapon)."""
    head = c.verb or c.tok
    raid = _raid_clause(c)
    if raid is not None:  # "11 people were killed when bandits attacked the village"
        doer = next((g for g in raid.children if g.dep_ == "nsubj"), None)
        if doer is not None:
            return doer
    # (a verb joined to it shares its circumstance: "were killed and 21 wounded … after shelling by the RSF")
    for ch in [c for h in (head, *(g for g in head.children if g.dep_ == "conj" and g.pos_ == "VERB")) for c in h.children]:
        if ch.dep_ == "prep" and ch.lower_ in ("following", "in", "during", "after", "amid"):
            for g in ch.children:  # ("following" is parsed as a verb taking "an encounter" as object)
                if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _FRAME_NOUNS | {"encounter"}:
                    w = next((x for x in g.children if x.dep_ == "prep" and x.lower_ == "with"), None)
                    other = next((x for x in w.children if x.dep_ == "pobj"), None) if w is not None else None
                    if other is not None:
                        return other
                if g.dep_ in ("pobj", "dobj", "pcomp") and (g.lemma_.lower() in _FRAME_NOUNS or g.tag_ == "VBG"):
                    # "killed after shelling by the RSF", "killed in an attack by gunmen": who did that
                    by = next((x for x in g.children if x.dep_ in ("prep", "agent") and x.lower_ == "by"), None)
                    doer = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
                    if doer is not None:
                        return doer
                if g.dep_ == "pobj" and g.lemma_.lower() in _STATE_STRIKE_NOUNS:
                    # "killed in Syrian airstrikes", "died in Azerbaijani shelling": the state (or group)
                    # its word before the strike names made it (actors.find reads "Syrian" there as the
                    # state's forces)
                    doer = next((x for x in g.children if x.dep_ in ("amod", "compound", "poss")
                                 and (x.ent_type_ in ("NORP", "ORG", "GPE") or x.lemma_.lower() in _STRIKING_STATE_WORDS)), None)
                    if doer is not None:
                        return doer
    for t in c.tok.subtree:  # "an IED planted by Maoists", "a rocket fired by the militia"; "killed in
        # an attack carried out by militants": who did the act its noun names
        if t.dep_ == "agent" and t.head.dep_ == "acl" and _depth(t, c.tok) <= 5 and (
                t.head.lemma_.lower() in _WEAPON_VERBS
                or t.head.lemma_.lower() in _WEAPON_USERS and _weapon_word(t.head.head)
                or t.head.lemma_.lower() in _OWN_ACT_VERBS and t.head.head.pos_ == "NOUN"):
            return next((x for x in t.children if x.dep_ == "pobj"), None)
        if t.dep_ == "agent" and t.head.dep_ == "xcomp" and t.head.lemma_.lower() in _OWN_ACT_VERBS and \
                t.head.head.dep_ == "acl" and t.head.head.lemma_.lower() in _BELIEVING and \
                t.head.head.head.pos_ == "NOUN" and _depth(t, c.tok) <= 6:
            # "killed in an attack suspected to have been carried out by Boko Haram": the doer believed
            # (the claims stage reads the act as alleged)
            return next((x for x in t.children if x.dep_ == "pobj"), None)
    return _when_subject(head)


def _when_subject(head):
    """The subject of a "when" or "as" clause right after a passive violent verb, read from the words
    when the parser has broken the clause up ("three policemen were killed when gunmen on a motorcycle
    opened fire": "gunmen" parsed as a clause of its own): the first noun after the word."""
    if not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in head.children):
        return None
    doc, end = head.doc, token_sentence(head).end
    for t in doc[head.i + 1:min(end, head.i + 4)]:
        if t.lower_ in ("when", "as"):
            for x in doc[t.i + 1:min(end, t.i + 6)]:
                if x.pos_ in ("VERB", "AUX", "ADP"):
                    return None
                if x.pos_ in ("NOUN", "PROPN"):
                    return x
            return None
    return None


_WEAPON_VERBS = _W["weapon_verbs"]
_WEAPON_USERS = _W["weapon_users"]  # "a drone sent by the militia": who sent it used it
_STATE_STRIKE_NOUNS = _W["state_strikes"]
_STRIKING_STATE_WORDS = _W["striking_state_words"]  # "killed in army airstrikes", "in government shelling"
_OWN_ACT_VERBS = _W["own_act_verbs"]  # "carried out", "staged": the act's doer is its agent
_BELIEVING = _W["believing"]  # "an attack believed to have been carried out by X"
_SUFFERING = _W["suffering_verbs"]
_TARGET_NOUNS = _W["target_nouns"]
_UNDERGOING = _W["undergoing_verbs"]
_FIRED = _W["fired_things"]


def _weapon_word(tok) -> bool:
    """Whether a word names a weapon that strikes on its own, also as a sentence's first word the
    tagger took for a name and left as written ("Rockets fired by Hamas struck …")."""
    low = tok.lemma_.lower()
    if low in _WEAPON_AGENTS:
        return True
    return tok.pos_ == "PROPN" and tok.is_sent_start and low.endswith("s") and low[:-1] in _WEAPON_AGENTS


def _weapon_firer(subj):
    """"Mortar rounds fired by the rebels killed four people", "a bomb planted by the militia
    wounded two": a weapon that does the act is no party; whoever its own clause says fired or laid
    it is the doer."""
    if subj is None or not (_weapon_word(subj) or any(
            ch.dep_ == "compound" and ch.lemma_.lower() in _WEAPON_AGENTS for ch in subj.children)):
        return None
    for acl in [*(ch for ch in subj.children if ch.dep_ == "acl"), *([subj.head] if subj.dep_ == "nsubj" else [])]:
        # (the parser may make the participle the verb whose subject the weapon is: "Rockets fired by
        # Hamas struck …" read as "Rockets [fired by Hamas] and struck …")
        if acl.lemma_.lower() in _WEAPON_VERBS or acl.lemma_.lower() in _WEAPON_USERS:
            return next((g for ch in acl.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None)
    return None


def _local(actor: Actor | None, iso: str, ctx: ReportContext) -> Actor | None:
    """"Gunmen" or "soldiers" the text gives no country: those of the country the event is in
    (as ACLED names "Unidentified Armed Group (Pakistan)"), not of the report's main country."""
    if actor is None or not actor.assumed_country or actor.country == iso or iso not in ctx.country_names:
        return actor
    for old, new in ((f"({ctx.country_names.get(actor.country, actor.country or '')})", f"({ctx.country_names[iso]})"),
                     (ctx.of_names.get(actor.country, actor.country or ""), ctx.of_names.get(iso, ctx.country_names[iso]))):
        # "Civilians (Pakistan)" and "Military Forces of Pakistan" alike
        if old and old not in ("()",) and old in actor.name:
            return replace(actor, name=actor.name.replace(old, new), country=iso)
    return actor


_ARMED = frozenset({"rebel", "political_militia", "identity_militia"})
_CROWD_TYPES = frozenset({"protesters", "rioters", "civilians"})
