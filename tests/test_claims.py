"""Stage 7, claims: the text's stance on each event (status) and whom it credits (source, anonymity).

Texts are body sentences published on Sunday 10 March 2024 ("Monday" is 4 March, "Friday" 15 March
when it lies ahead).
"""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = "2024-03-10"
ATTACK = "militants attacked a police checkpoint in Mastung in Balochistan on Monday"


def the_event(pipeline, text, plover=None):
    events = pipeline.extract(text, published=PUBLISHED).events
    found = [e for e in events if plover is None or e.plover == plover]
    assert len(found) == 1, [(e.trigger.text, e.plover, e.claim) for e in events]
    return found[0]


def low(s):
    return s.lower().strip() if s else s


# --- reported, in the outlet's voice and a source's ---------------------------------------------

def test_reported_in_the_outlets_own_voice(pipeline):
    ev = the_event(pipeline, f"{ATTACK[0].upper()}{ATTACK[1:]}.", "ASSAULT")
    assert (ev.claim.status, ev.claim.source, ev.claim.anonymity) == ("reported", None, "outlet")


@pytest.mark.parametrize("text", [
    f"Police spokesman Ali Khan said {ATTACK}.",
    f"{ATTACK[0].upper()}{ATTACK[1:]}, police spokesman Ali Khan said.",
    f"{ATTACK[0].upper()}{ATTACK[1:]}, according to police spokesman Ali Khan.",
], ids=["said-before", "said-after", "according-to"])
def test_reported_by_a_named_source(pipeline, text):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "reported"
    assert ev.claim.source is not None and "Ali Khan" in ev.claim.source
    assert ev.claim.anonymity == "named"


ANONYMOUS = [
    # text, accepted sources (lower case)
    (f"A security official, speaking on condition of anonymity, said {ATTACK}.", {"a security official"}),
    (f"Two officials, who asked not to be named, said {ATTACK}.", {"two officials"}),
    (f"A senior police officer, who spoke on condition of anonymity, told reporters that {ATTACK}.",
     {"a senior police officer"}),
]


@pytest.mark.parametrize("text,sources", ANONYMOUS, ids=["speaking-on-condition", "asked-not-to-be-named", "spoke-on-condition"])
def test_reported_by_an_anonymous_source(pipeline, text, sources):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "reported"
    assert ev.claim.anonymity == "anonymous"
    # the source is who spoke, not the words that hide their name
    assert low(ev.claim.source) in sources, ev.claim.source


# --- claimed ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Baloch Liberation Front claimed responsibility for an attack on a police checkpoint in Mastung on Monday.",
    "An attack on a police checkpoint in Mastung on Monday was claimed by the Baloch Liberation Front.",
    "The BLF claimed the attack on a police checkpoint in Mastung on Monday.",
], ids=["responsibility", "passive", "acronym"])
def test_claimed_by_the_group(pipeline, text):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "claimed"
    assert ev.claim.source == "Baloch Liberation Front"
    assert ev.claim.anonymity == "named"
    assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"


@pytest.mark.parametrize("lead,status", [
    ("Quetta, Pakistan (AP) — The separatist Baloch Liberation Front claimed responsibility", "claimed"),
    ("Quetta, Pakistan (AP) — The separatist Baloch Liberation Front denied responsibility", "denied"),
], ids=["claimant-after-a-dateline", "twin-a-denial-after-a-dateline"])
def test_a_claim_told_just_after_the_dateline(pipeline, lead, status):
    # the parser may hang the claimant on the dateline's first word: the claimant is still the subject
    ev = the_event(pipeline, f"{lead} for a raid on a police station in Mastung on Monday that left three "
                             "officers dead.", "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front", ev.actor1


@pytest.mark.parametrize("later,status,source", [
    ("No group has claimed responsibility for the attack.", "reported", None),
    ("Nobody has claimed responsibility for the attack.", "reported", None),
    ("The attack has not been claimed by any group.", "reported", None),
    ("The Baloch Liberation Front claimed responsibility for the attack.", "claimed", "Baloch Liberation Front"),
], ids=["no-group", "nobody", "not-claimed", "twin-claimed"])
def test_a_claim_denied_is_no_claim(pipeline, later, status, source):
    ev = the_event(pipeline, f"Gunmen attacked a police checkpoint in Mastung on Monday. {later}", "ASSAULT")
    assert (ev.claim.status, ev.claim.source) == (status, source)


@pytest.mark.parametrize("claimant,doer", [
    ("An armed separatist group based in southern Pakistan", None),
    ("Pakistan", "Government of Pakistan"),  # the twin: a country that is the claimant itself
], ids=["country-where-the-group-is", "twin-country-claims"])
def test_a_country_where_the_claimant_is_based_is_not_the_claimant(pipeline, claimant, doer):
    ev = the_event(pipeline, f"Gunmen attacked a police checkpoint in Mastung on Monday. {claimant} claimed "
                             "responsibility for the attack on Tuesday.", "ASSAULT")
    assert ev.claim.status == "claimed"
    got = ev.actor1.name if ev.actor1 is not None and ev.actor1.kind != "description" else None
    assert got == doer, (ev.actor1, ev.claim)


@pytest.mark.parametrize("text,status", [
    ("Islamic Jihad claimed responsibility for the rockets, which were fired shortly after its three men were "
     "killed in Khan Younis on Monday.", "reported"),
    ("Islamic Jihad claimed responsibility for the rockets, which killed three men in Khan Younis on Monday.", "claimed"),
], ids=["claim-of-what-followed", "twin-claim-of-the-killing"])
def test_a_claim_of_what_followed_an_event_is_not_its_claim(pipeline, text, status):
    killed = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == "killed"]
    assert killed and killed[0].claim.status == status, [(e.trigger.text, e.claim) for e in killed]


@pytest.mark.parametrize("later,status,source", [
    ("The Baloch Liberation Front accepted responsibility for the attack.", "claimed", "Baloch Liberation Front"),
    ("The Baloch Liberation Front later took responsibility.", "claimed", "Baloch Liberation Front"),
    ("The Baloch Liberation Front, which claimed the attack, said it targeted the police.", "claimed",
     "Baloch Liberation Front"),
    ("A spokesman for the Baloch Liberation Front, Gwahram Baloch, claimed the attack.", "claimed",
     "Baloch Liberation Front"),
    ("The Baloch Liberation Front took part in the attack, police said.", "reported", "police"),
    ("The Baloch Liberation Front said it planted the bomb.", "claimed", "Baloch Liberation Front"),
    ("Police said the attackers planted the bomb.", "reported", None),
], ids=["accepted-responsibility", "took-responsibility", "which-claimed", "spokesman-for-the-group",
        "twin-took-part", "said-it-planted-the-bomb", "twin-the-attackers-planted"])
def test_other_wordings_of_a_claim(pipeline, later, status, source):
    ev = the_event(pipeline, f"Gunmen attacked a police checkpoint in Mastung on Monday. {later}", "ASSAULT")
    assert (ev.claim.status, ev.claim.source) == (status, source), ev.claim
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"


@pytest.mark.parametrize("after,status", [
    ("The accusation is the latest in a row between the two neighbours.", "alleged"),
    ("The incident is the latest in a row between the two neighbours.", "reported"),
], ids=["a-report-of-accusations", "twin-no-accusation"])
def test_one_states_word_on_another_states_attack(pipeline, after, status):
    text = (f"Ghana's defence ministry said on Monday that Togolese troops fired two rockets into the border "
            f"town of Aflao. {after}")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Togo", ev.actor1
    assert ev.claim.status == status


@pytest.mark.parametrize("before,status", [
    ("Ghana's defence ministry said in a statement on Monday that the border was calm again.", "alleged"),
    ("Ghana's defence ministry issued a statement on Monday.", "alleged"),
    ("The weather was calm on Monday.", "reported"),
], ids=["said-in-a-statement", "issued-a-statement", "twin-nobody-made-it"])
def test_a_statement_quoted_later_speaks_for_its_maker(pipeline, before, status):
    # "The statement said …": the statement is the word of whoever made it just before
    text = (f"{before} The statement said Togolese troops fired two rockets into the border town of Aflao "
            f"on Saturday. The accusation is the latest in a row between the two neighbours.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Togo", ev.actor1
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("act,status", [
    ("Togolese troops clashed with Ghanaian soldiers near the border town of Aflao", "reported"),
    ("Togolese troops fired two rockets into the border town of Aflao", "alleged"),
], ids=["a-clash-both-fought", "twin-one-sided-attack"])
def test_one_states_word_on_a_clash_with_another_state_is_no_accusation(pipeline, act, status):
    # both sides fought: the accusations are about who fired first, not about the fight
    text = (f"Ghana's defence ministry said on Monday that {act}. "
            f"The two neighbours have traded accusations over the incident.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.acled_subtype, ev.actor1, ev.claim)


@pytest.mark.parametrize("text,status", [
    ("Two policemen were killed in an ambush on a convoy near Quetta on Monday claimed by the Balochistan "
     "Liberation Army.", "claimed"),
    ("Two policemen were killed in an ambush on a convoy near Quetta on Monday reported by the Balochistan "
     "Liberation Army.", "reported"),
], ids=["an-act-claimed-by-the-group", "twin-reported-by"])
def test_an_act_told_as_claimed_by_a_group(pipeline, text, status):
    # "an ambush … claimed by the BLA": the participle hangs on the act (or on a noun of its phrase)
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Balochistan Liberation Army", ev.actor1


@pytest.mark.parametrize("speaker,status,source", [
    ("the group", "claimed", "al-shabaab"),
    ("the police", "reported", "the police"),
], ids=["the-group-said", "twin-the-police-said"])
def test_the_group_that_did_it_saying_so_is_its_claim(pipeline, speaker, status, source):
    text = f"Al Shabaab fighters raided a police station in Baidoa on Monday, killing four officers, {speaker} said."
    ev = the_event(pipeline, text, "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source)) == (status, source), ev.claim


@pytest.mark.parametrize("speaker,status", [
    ("The Hiiraan Lawyers rights group", "reported"),
    ("The militant group", "claimed"),
], ids=["a-group-of-another-kind", "twin-the-armed-group"])
def test_the_group_is_the_armed_group_only_when_told_by_no_name_of_its_own(pipeline, speaker, status):
    # "the Emergency Lawyers human rights group said …": a group of its own, not the armed group named before
    text = ("Al Shabaab holds much of the countryside around Baidoa. "
            f"{speaker} said in a statement on Monday that al Shabaab fighters attacked a village near Baidoa, "
            "killing six farmers.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("was,status", [
    ("was responsible", "claimed"),
    ("was not responsible", "reported"),
], ids=["an-unlisted-body-owning-the-attack", "twin-disowning-it"])
def test_a_body_the_actor_file_does_not_know_owning_an_attack_claims_it(pipeline, was, status):
    # "a spokesman for Prepak said the group was responsible for Sunday's attack"
    text = ("A grenade exploded at a market in Imphal on Sunday, injuring four traders. A spokesman for the "
            f"Kangla People's Party (KPP) said the group {was} for Sunday's attack.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("whose,status", [
    ("a statement from the group", "claimed"),
    ("a statement from the army", "reported"),
], ids=["according-to-the-groups-statement", "twin-the-armys-statement"])
def test_according_to_the_doers_own_statement_is_its_claim(pipeline, whose, status):
    text = f"Al Shabaab fighters overran a base near Baidoa on Monday, killing nine soldiers, according to {whose}."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("doers,status", [
    ("suspected militants", "alleged"),
    ("militants", "reported"),
], ids=["a-hedged-agent", "twin-a-plain-agent"])
def test_a_hedge_on_the_agent_of_the_verb_the_act_is_subject_of(pipeline, doers, status):
    # "the killings were carried out by suspected militants": the hedge is on the act's doer
    text = f"Gunmen killed six villagers near Jos on Monday. The killings were carried out by {doers}, police said."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,status", [
    ("Police shot dead a man who allegedly tried to rob a bank in Kano on Monday.", "reported"),
    ("Police allegedly shot dead a man who tried to rob a bank in Kano on Monday.", "alleged"),
], ids=["a-hedge-on-the-one-shot", "twin-a-hedge-on-the-shooting"])
def test_a_hedge_in_a_relative_clause_on_the_done_to_does_not_hedge_the_act(pipeline, text, status):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("aside,status", [
    ("who allegedly looted shops last week", "reported"),
    ("who allegedly belonged to a smuggling gang", "alleged"),
], ids=["a-hedge-on-another-act-of-the-doer", "twin-a-hedge-on-who-the-doer-is"])
def test_a_hedge_in_a_relative_clause_on_the_subject_tells_of_another_act(pipeline, aside, status):
    text = f"The soldiers, {aside}, shot dead two traders at a market in Kano on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("fighters,status", [
    ("the group's fighters", "claimed"),
    ("the army's soldiers", "reported"),
], ids=["the-groups-fighters", "twin-another-partys-men"])
def test_a_spokesman_on_the_groups_fighters_act_is_its_claim(pipeline, fighters, status):
    text = f"A spokesman for the Arakan Army said {fighters} overran a police post in Rakhine on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Arakan Army", ev.actor1


@pytest.mark.parametrize("speaker,status", [
    ("Abdi Farah, a spokesman for al-Shabaab,", "claimed"),
    ("Abdi Farah, a spokesman for the regional police,", "reported"),
], ids=["the-group-its-spokesman-speaks-for", "twin-a-police-spokesman"])
def test_a_spokesman_saying_the_group_did_it_is_its_claim(pipeline, speaker, status):
    # "a spokesman for the group said the group attacked …": the group he speaks for did it, on its word
    text = f"{speaker} said the group stormed a police post in Garissa on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("told,status", [
    ("was reported killed", "alleged"),
    ("was killed", "reported"),
], ids=["reported-killed", "twin-killed"])
def test_a_fate_told_as_reported_by_no_one_is_hedged(pipeline, told, status):
    ev = the_event(pipeline, f"A shopkeeper {told} when gunmen attacked a market in Mastung on Monday.", "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("lead,status", [
    ("Four herders were killed", "alleged"),
    ("Soldiers killed four herders", "reported"),
], ids=["doer-known-only-from-the-allegation", "twin-doer-named-in-the-lead"])
def test_an_allegation_that_alone_names_the_doer_makes_the_act_alleged(pipeline, lead, status):
    text = f"{lead} near Gusau on Monday, police said. Villagers alleged that soldiers carried out the killings."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("said,status", [
    ("Kenyan police blamed Somali militants yesterday for", "alleged"),
    ("Kenyan police said Somali militants carried out", "reported"),
], ids=["blamed-for-the-act-told-by-its-clause", "twin-said-to-have-done-it"])
def test_the_clause_of_an_act_blamed_on_a_party_is_alleged(pipeline, said, status):
    # the act told by the verb of a clause on the blamed noun ("an attack … that killed seven"), as the noun is
    text = f"{said} an attack on Christian pilgrims that killed seven and injured 19 on Monday night."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("doers,status", [
    ("one of its fighters", "claimed"),
    ("one of the army's soldiers", "reported"),
], ids=["one-of-its-fighters-carried-out", "twin-another-partys-man"])
def test_a_group_saying_its_man_carried_out_the_act_is_its_claim(pipeline, doers, status):
    # "the group said one of its fighters carried out the bombing": the act told by "carried out"
    text = ("A suicide bomber killed six people at a bus station in Kismayo on Monday. In a statement, "
            f"al-Shabaab said {doers} carried out the bombing.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("doer,status", [
    ("A suspect", "alleged"),
    ("A gunman", "reported"),
], ids=["a-suspect-did-it", "twin-a-gunman-did-it"])
def test_a_doer_named_as_a_suspect_is_alleged(pipeline, doer, status):
    text = f"{doer} opened fire on shoppers at a market in Multan on Friday, killing two people."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


def test_a_claim_to_have_done_something_else_is_not_responsibility(pipeline):
    text = "Militants attacked a police checkpoint in Mastung on Monday. Police claimed the area was calm."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status != "claimed"


@pytest.mark.parametrize("mark,claimed", [("after", False), ("before", False), (None, True)])
def test_a_claim_does_not_reach_the_act_its_claimed_act_followed(pipeline, mark, claimed):
    # "claimed the rounds, which were fired after two of its commanders were killed": the killing
    # is the occasion of the claimed act, not the act claimed; its twin claims the killing itself
    text = ("The Hawks Brigade claimed responsibility for the mortar rounds, which were fired hours "
            f"{mark} two of its commanders were killed in Gaza on Monday." if mark else
            "The Hawks Brigade claimed responsibility for the attack, which killed two commanders in Gaza on Monday.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert (ev.claim.status == "claimed") is claimed
    assert (ev.actor1 is not None and ev.actor1.name == "Hawks Brigade") is claimed


# --- alleged ------------------------------------------------------------------------------------

ALLEGED = [
    ("reportedly", "Militants reportedly attacked a police checkpoint in Mastung in Balochistan on Monday."),
    ("allegedly", "Militants allegedly abducted two teachers in Awaran in Balochistan on Monday."),
    ("believed-to", "Separatists are believed to have attacked a police checkpoint in Mastung in Balochistan on Monday."),
    ("alleged-noun", "Police detained three men over the alleged abduction of a teacher in Awaran on Monday."),
    ("it-is-believed-that", "It is believed that separatists attacked a police checkpoint in Mastung on Monday."),
    ("unverified-reports", "Separatists attacked a police checkpoint in Mastung on Monday, killing two guards, "
                           "according to unverified reports."),
    ("police-believe", "Police believe separatists attacked a police checkpoint in Mastung on Monday."),
    ("relative-clause", "The victims reportedly included two teachers, who died in a bombing in Mastung on Monday."),
    ("police-believe-the-doer", "Gunmen attacked a police checkpoint in Mastung on Monday. Police believe the "
                                "Baloch Liberation Front carried out the attack."),
]


@pytest.mark.parametrize("text", [
    "Separatists attacked a police checkpoint in Mastung on Monday, killing two guards, according to local reports.",
    "Gunmen attacked a police checkpoint in Mastung on Monday. Police think the attack was in response to raids.",
    "The victims included two teachers, who died in a bombing in Mastung on Monday.",
], ids=["according-to-reports", "belief-about-a-known-attack", "relative-clause-unhedged"])
def test_hedged_twins_are_reported(pipeline, text):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "reported"


@pytest.mark.parametrize("hedge,status", [("reportedly ", "alleged"), ("", "reported")], ids=["hedged", "twin-unhedged"])
def test_a_hedge_on_the_verb_the_acts_clause_hangs_from(pipeline, hedge, status):
    # "died" is no event; the act is told in the clause under it, two verbs down ("tried to disperse")
    text = f"Two protesters {hedge}died as soldiers tried to disperse a crowd in Mandalay on Monday."
    assert the_event(pipeline, text, "PROTEST").claim.status == status


@pytest.mark.parametrize("text", [r[1] for r in ALLEGED], ids=[r[0] for r in ALLEGED])
def test_hedged_reports_are_alleged(pipeline, text):
    assert the_event(pipeline, text, "ASSAULT").claim.status == "alleged"


def test_an_unhedged_sentence_is_not_alleged(pipeline):
    ev = the_event(pipeline, "Militants attacked a police checkpoint in Mastung in Balochistan on Monday.", "ASSAULT")
    assert ev.claim.status == "reported"


# --- confirmed and denied -----------------------------------------------------------------------

def test_confirmed(pipeline):
    ev = the_event(pipeline, f"Officials confirmed that {ATTACK}.", "ASSAULT")
    assert ev.claim.status == "confirmed"
    assert low(ev.claim.source) == "officials"


@pytest.mark.parametrize("later,status,source", [
    ("The attack was confirmed by the provincial police.", "confirmed", "the provincial police"),
    ("The attack was condemned by the provincial police.", "reported", None),
], ids=["confirmed-by", "twin-condemned-by"])
def test_confirmed_in_the_passive(pipeline, later, status, source):
    ev = the_event(pipeline, f"Gunmen attacked a police checkpoint in Mastung on Monday. {later}", "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source)) == (status, source)


@pytest.mark.parametrize("text,status,source", [
    ("Gunmen shot dead two traders in Mastung on Monday, a police officer who confirmed the incident said.",
     "confirmed", "a police officer"),
    ("Gunmen shot dead two traders in Mastung on Monday, a police officer who visited the scene said.",
     "reported", "a police officer"),
    ("Gunmen shot dead two traders in Mastung on Monday. The district police chief, who confirmed the incident, "
     "said the attackers fled on motorcycles.", "confirmed", "the district police chief"),
], ids=["who-confirmed-the-incident", "twin-who-visited", "who-confirmed-apart"])
def test_confirmed_by_one_a_relative_clause_is_on(pipeline, text, status, source):
    ev = the_event(pipeline, text, "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source)) == (status, source)


@pytest.mark.parametrize("text,status", [
    ("Four villagers were killed in what appeared to be a drone strike near Mastung on Monday.", "alleged"),
    ("Four villagers were killed in a drone strike near Mastung on Monday.", "reported"),
    ("Two guards died near Kech on Monday in what seems to have been an ambush.", "alleged"),
    ("Three pupils were wounded in what looked to be a mortar attack on a school in Kech on Monday.", "alleged"),
    ("What appeared to be a peaceful march in Quetta on Monday turned violent when police fired tear gas.",
     "reported"),
], ids=["in-what-appeared-to-be", "twin-plain", "what-seems-to-have-been", "what-looked-to-be", "what-appeared-turned"])
def test_an_act_told_as_it_looked(pipeline, text, status):
    ev = the_event(pipeline, text, "PROTEST" if "march" in text else "ASSAULT")
    assert ev.claim.status == status


def test_confirming_party_is_the_source_not_the_perpetrator(pipeline):
    ev = the_event(pipeline, "Police confirmed the abduction of two teachers in Awaran in Balochistan on Monday.",
                   "ASSAULT")
    assert ev.claim.status == "confirmed"
    assert low(ev.claim.source) == "police"
    assert ev.actor1 is None or "police" not in ev.actor1.name.lower(), ev.actor1


@pytest.mark.parametrize("text,status", [
    ("The army denied the charge, saying its troops killed nine rebels near Kech in Balochistan on Monday.", "reported"),
    ("The army denied that its troops killed nine villagers near Kech in Balochistan on Monday.", "denied"),
], ids=["denied-saying-instead", "twin-denied-that"])
def test_what_a_denier_says_instead_is_its_account(pipeline, text, status):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status


@pytest.mark.parametrize("text", [
    "The army denied that its troops had shelled a village in Kech in Balochistan on Monday.",
    "The army denied shelling a village in Kech in Balochistan on Monday.",
], ids=["denied-that", "denied-gerund"])
def test_denied(pipeline, text):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "denied"
    assert ev.claim.source is not None and "army" in ev.claim.source.lower()


# --- planned -----------------------------------------------------------------------------------

PLANNED = [
    ("will-hold-talks", "Pakistan and Iran will hold talks in Islamabad on Friday.", "CONSULT",
     dt.date(2024, 3, 15)),
    ("would-visit", "The interior minister said on Sunday that he would visit Quetta next week.", "CONSULT", None),
    ("expected-to-visit", "Pakistan's army chief is expected to visit Tehran next week, officials said.", "CONSULT", None),
    # (a protest announced but not yet held is no event at all: tests/data/event_examples.yaml's planned
    # protests; a meeting announced for a day is a planned one, dated that day)
    ("announced-meeting", "The two foreign ministers announced on Sunday that they would meet in Gwadar "
                          "on Tuesday.", "CONSULT", dt.date(2024, 3, 12)),
]


@pytest.mark.parametrize("text,plover,start", [r[1:] for r in PLANNED], ids=[r[0] for r in PLANNED])
def test_planned(pipeline, text, plover, start):
    ev = the_event(pipeline, text, plover)
    assert ev.claim.status == "planned"
    if start is not None:
        assert ev.interval.start == start


def test_a_done_visit_is_not_planned(pipeline):
    ev = the_event(pipeline, "Pakistan and Iran held talks in Islamabad on Friday.", "CONSULT")
    assert ev.claim.status == "reported"


@pytest.mark.parametrize("text,status", [
    ("Suspected al-Qaeda militants attacked a checkpoint in Lawdar on Wednesday, killing two soldiers.", "alleged"),
    ("Gunmen suspected to be Boko Haram fighters stormed a village in Borno on Monday, killing five people.",
     "alleged"),
    ("Jihadists, believed by the army to be linked to al-Qaeda, attacked a camp in Mopti on Sunday.", "alleged"),
    ("Police arrested two suspected smugglers in Kano on Monday.", "reported"),
])
def test_a_hedge_on_the_doer_hedges_the_event(pipeline, text, status):
    ev = [e for e in pipeline.extract(text, published="2024-03-10").events if e.category == "conflict"][0]
    assert ev.claim.status == status, (ev.claim, ev.actor1)


@pytest.mark.parametrize("text", [
    "At least one person was reported to have been killed in Yangon on Monday.",
    "There were reports that four people were shot dead in Sagaing on Monday.",
    "Suspected al-Qaeda elements attacked a checkpoint in Lawdar on Wednesday.",
])
def test_reports_of_reports_and_suspected_doers_are_alleged(pipeline, text):
    ev = [e for e in pipeline.extract(text, published="2024-03-10").events if e.category == "conflict"][0]
    assert ev.claim.status == "alleged", (ev.claim, ev.actor1)


# --- the stance of every mention, not only the first -------------------------------------------

KILLING = "Gunmen killed four villagers in Kaura in Kaduna State on Monday."


@pytest.mark.parametrize("later,status", [
    ("The attackers reportedly stormed the village at dawn and opened fire.", "alleged"),
    ("The attackers stormed the village at dawn and opened fire.", "reported"),  # the twin, unhedged
])
def test_a_hedged_later_mention_hedges_the_event(pipeline, later, status):
    ev = the_event(pipeline, f"{KILLING} {later}", "ASSAULT")
    assert ev.retold, "the later sentence is a mention of the same killing"
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("later,status", [
    ("A police spokesman confirmed the killings.", "confirmed"),
    ("A police spokesman described the killings.", "reported"),  # the twin: no confirmation
])
def test_a_later_confirmation_confirms_the_event(pipeline, later, status):
    ev = the_event(pipeline, f"Four villagers were killed in Kaura in Kaduna State on Monday. {later}", "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("later,status", [
    ("Residents alleged that the troops shelled the village at night.", "reported"),
    ("Residents claimed that the troops shelled the village at night.", "reported"),
    ("The troops reportedly shelled the village at night.", "alleged"),  # the twin: the outlet hedges
])
def test_one_sides_account_in_a_later_mention_is_not_the_texts_stance(pipeline, later, status):
    ev = the_event(pipeline, f"Troops shelled a village in Kaura in Kaduna State on Monday. {later}", "ASSAULT")
    assert ev.retold
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,status", [
    ("Ruritania expelled a diplomat of Freedonia on Monday as its foreign minister alleged that Freedonia had "
     "spied on its ministries.", "reported"),
    ("Ruritania allegedly expelled a diplomat of Freedonia on Monday as its foreign minister said that Freedonia "
     "had spied on its ministries.", "alleged"),  # the twin: the outlet's own hedge
])
def test_alleged_as_someones_saying_is_not_a_hedge(pipeline, text, status):
    ev = the_event(pipeline, text, "SANCTION")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("speaker,status", [
    ("Mir Hassan, a spokesman for the Baloch Liberation Front,", "claimed"),
    ("Mir Hassan, a spokesman for the provincial police,", "reported"),  # the twin: another party's word
])
def test_a_spokesman_for_the_group_speaks_its_claim(pipeline, speaker, status):
    ev = the_event(pipeline, f"{speaker} said BLF fighters attacked a police checkpoint in Mastung on Monday.",
                   "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("lead,later,status", [
    ("claimed responsibility for", "", "claimed"),
    ("praised", "", "reported"),  # the twin: no claim of responsibility
    ("claimed responsibility for", ", police said", "reported"),  # another's word tells the attack
])
def test_a_claim_of_responsibility_anywhere_makes_the_groups_attack_claimed(pipeline, lead, later, status):
    text = (f"The Baloch Liberation Front {lead} a series of attacks in Balochistan. "
            f"On Monday, BLF fighters attacked a police checkpoint in Mastung{later}.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("doer,status", [
    ("Baloch Liberation Front fighters", "reported"),  # named on officials' word before the claim
    ("Gunmen", "claimed"),  # the twin: the doer is known only from its claim
])
def test_a_later_claim_of_an_attack_already_pinned_on_the_group(pipeline, doer, status):
    text = (f"{doer} attacked a police checkpoint in Mastung on Monday, officials said. "
            "The Baloch Liberation Front claimed responsibility.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,plover,status", [
    ("Two villagers were killed in a bomb attack carried out by suspected rebels in Yala on Monday, police said.",
     "ASSAULT", "alleged"),
    ("Two villagers were killed in a bomb attack carried out by rebels in Yala on Monday, police said.",
     "ASSAULT", "reported"),  # the twin, unhedged
    ("Police arrested two suspected rebels in Yala on Monday.", "COERCE", "reported"),  # a hedge on the target
])
def test_a_hedge_on_the_agent_of_a_passive_hedges_the_event(pipeline, text, plover, status):
    ev = the_event(pipeline, text, plover)
    assert ev.claim.status == status, (ev.claim, ev.actor1)


@pytest.mark.parametrize("later,status", [
    ("A second official confirmed the death toll.", "confirmed"),
    ("A second official described the death toll.", "reported"),  # the twin: no confirmation
    ("A second official did not confirm the death toll.", "reported"),
])
def test_a_confirmation_told_on_its_own_confirms_the_event_before_it(pipeline, later, status):
    ev = the_event(pipeline, f"A drone strike killed six militants in Datta Khel on Monday. {later}", "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("later,status", [
    ("A police spokesman confirmed that 20 people died.", "confirmed"),
    ("Police can confirm that 20 bodies were recovered.", "confirmed"),
    ("A police spokesman said that 20 people died.", "reported"),  # the twin: no confirmation
])
def test_a_confirmation_of_a_later_toll_confirms_the_event(pipeline, later, status):
    # the sentence is the event's only for its toll (slots._later_tolls): it tells no event of its own
    ev = the_event(pipeline, f"Rival clans clashed in Wabag on Sunday. {later}", "ASSAULT")
    assert ev.fatalities is not None and ev.fatalities.value == 20
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,statuses", [
    ("The opposition leader was arrested on Sunday and the government said he was accused of treason.",
     {"COERCE": "reported", "ACCUSE": "reported"}),
    ("The opposition leader was reportedly arrested on Sunday and the government said he was accused of treason.",
     {"COERCE": "alleged", "ACCUSE": "reported"}),  # the twin: the arrest hedged
    ("Police arrested a man who was accused of arson in Kaura on Monday.", {"COERCE": "reported"}),
    ("Police reportedly arrested a man who was accused of arson in Kaura on Monday.", {"COERCE": "alleged"}),
])
def test_a_charge_is_not_a_hedge_on_the_act_or_on_the_arrest(pipeline, text, statuses):
    _assert_statuses(pipeline, text, statuses)


@pytest.mark.parametrize("doer,status", [
    ("gunmen believed to be bandits", "alleged"),
    ("gunmen", "reported"),  # the twin, unhedged
])
def test_a_hedge_on_the_doer_told_after_the_trigger(pipeline, doer, status):
    ev = the_event(pipeline, f"Ten villagers were killed in Kaura on Monday when {doer} attacked the village.",
                   "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,statuses", [
    ("The Baloch Liberation Front claimed responsibility for the ambush in Mastung on Monday, warning that it "
     "would strike again.", {"ASSAULT": "claimed", "THREATEN": "reported"}),
    ("The Freedom Front claimed that the province was not safe for soldiers, warning that more attacks would "
     "follow.", {"THREATEN": "alleged"}),  # the twin: a claim that something is so, not of an attack
])
def test_a_threat_told_with_a_claim_of_responsibility_is_the_groups_own_word(pipeline, text, statuses):
    _assert_statuses(pipeline, text, statuses)


@pytest.mark.parametrize("said,status", [
    ("the Baloch Liberation Front said they had launched an operation in the province", "claimed"),
    ("the Baloch Liberation Front said they had condemned the violence in the province", "reported"),  # the twin
])
def test_a_groups_word_that_it_did_the_act_is_its_claim(pipeline, said, status):
    ev = the_event(pipeline, f"Gunmen attacked a police checkpoint in Mastung on Monday, as {said}.", "ASSAULT")
    assert ev.claim.status == status, ev.claim
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Baloch Liberation Front"


def _assert_statuses(pipeline, text, statuses):
    """Each PLOVER type of ``statuses`` has an event in ``text`` with that claim status."""
    events = {e.plover: e for e in pipeline.extract(text, published=PUBLISHED).events}
    for plover, status in statuses.items():
        assert plover in events, list(events)
        assert events[plover].claim.status == status, (plover, events[plover].claim)


@pytest.mark.parametrize("text,status", [
    ("The government on Tuesday rejected accusations that its army shelled a village in Kordofan on Monday, "
     "killing three farmers.", "alleged"),
    ("The government on Tuesday rejected claims by the rebels that its army shelled a village in Kordofan on "
     "Monday, killing three farmers.", "alleged"),
    # the twins: the act told as a fact; no one's claim ("no claims of responsibility")
    ("The government said on Tuesday that its army shelled a village in Kordofan on Monday, killing three "
     "farmers.", "reported"),
    ("Gunmen killed three farmers in a village in Kordofan on Monday. No claims of responsibility have been "
     "made for the killing.", "reported"),
    # the act told in full with no toll after it: an act of its own all the same
    ("The government on Tuesday rejected accusations that its army shelled a village in Kordofan on Monday.",
     "alleged"),
    ("The government on Tuesday denied reports that its army had shelled a village in Kordofan on Monday.",
     "denied"),
], ids=["rejected-accusations-that", "claims-by-that", "said-that-twin", "no-claims-twin",
        "rejected-accusations-that-no-toll", "denied-reports-that"])
def test_an_act_told_in_an_accusations_that_clause_is_alleged(pipeline, text, status):
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("claim,status", [
    ("The Northern Front claimed responsibility for the ambush.", "reported"),
    ("The Northern Front claimed responsibility for both attacks.", "claimed"),  # the twin
])
def test_a_claim_of_one_act_does_not_claim_the_groups_earlier_acts(pipeline, claim, status):
    text = ("On February 20, Northern Front fighters attacked a police post in Tessalit. Northern Front "
            "fighters ambushed an army convoy near Kidal on Saturday, killing four soldiers. " + claim)
    events = {e.trigger.text: e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ASSAULT"}
    assert events["ambushed"].claim.status == "claimed", events
    assert events["attacked"].claim.status == status, events["attacked"].claim


@pytest.mark.parametrize("text,status", [
    ("Three men suspected of the market bombing were detained in Kano on Monday, police said.", "reported"),
    # the twin: the hedge is on the doers of the act
    ("Three men suspected of links to the militia attacked a market in Kano on Monday, police said.", "alleged"),
])
def test_a_hedge_on_those_arrested_does_not_hedge_the_arrest(pipeline, text, status):
    ev = next(e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover in ("COERCE", "ASSAULT"))
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("lead,said,status", [
    ("Northern Front fighters raided", "It said it had killed nine soldiers in the raid.", "claimed"),
    ("Gunmen raided", "A spokesman for the Northern Front said its fighters had killed nine soldiers in the raid.",
     "claimed"),
    # the twin: the speaker is not the group
    ("Gunmen raided", "A spokesman for the regional governor said its fighters had killed nine soldiers in the "
     "raid.", "reported"),
    ("Gunmen raided", "The Northern Front said in a statement that one of its fighters had shot dead a guard during "
     "the raid.", "claimed"),
], ids=["it-said-it", "spokesman-for-group-its-fighters", "spokesman-for-governor-twin", "one-of-its-fighters"])
def test_a_groups_word_on_its_own_or_its_fighters_act_is_its_claim(pipeline, lead, said, status):
    text = lead + " an army post near Gao on Monday. " + said
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ASSAULT"]
    told = [e for e in events if e.claim.source is not None]  # (the mention the speaker tells)
    assert told and told[-1].claim.status == status, [(e.trigger.text, e.actor1, e.claim) for e in events]


@pytest.mark.parametrize("text,plover,status", [
    ("The army confirmed the deaths on Monday and arrested three suspects in Gao.", "COERCE", "reported"),
    ("Police denied the charge on Monday and arrested three protesters in Gao.", "COERCE", "reported"),
    ("A bomb exploded at a market in Gao on Monday, killing six people. The Northern Front denied any role in "
     "the attack and no other group has claimed the bombing.", "ASSAULT", "reported"),
    # the twin: the act is what the verb says
    ("The army confirmed on Monday that its soldiers arrested three suspects in Gao.", "COERCE", "confirmed"),
], ids=["confirmed-and-arrested", "denied-and-arrested", "denied-and-no-other-claimed", "confirmed-that-twin"])
def test_an_act_told_beside_a_confirmation_or_denial_is_not_confirmed_or_denied(pipeline, text, plover, status):
    ev = the_event(pipeline, text, plover)
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("claimant,doer", [
    ("A group that claimed", None),
    ("Boko Haram, which claimed", "Boko Haram"),  # the twin: the relative clause's head names the group
])
def test_the_claimant_is_not_found_in_the_relative_clause_that_claims(pipeline, claimant, doer):
    text = f"{claimant} responsibility for the bombing of a Nigerian army base in Maiduguri on Monday"
    text += ", threatened more attacks." if "which" in claimant else " threatened more attacks."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "claimed", ev.claim
    assert (ev.actor1.name if ev.actor1 else None) == doer, ev.actor1
    assert "Nigeria" not in (ev.claim.source or ""), ev.claim


@pytest.mark.parametrize("speaker,status", [
    ("The Northern Front claimed to have killed", "claimed"),
    ("Villagers claimed that Northern Front fighters killed", "alleged"),  # the twin: another's claim of its act
])
def test_an_armed_groups_claim_of_its_own_act_is_claimed(pipeline, speaker, status):
    ev = the_event(pipeline, f"{speaker} nine soldiers in a raid on an army base near Gao on Monday.", "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("said,status", [
    ("The Northern Front issued a claim of responsibility on Tuesday.", "claimed"),
    ("The Northern Front posted a claim of responsibility for the ambush online.", "claimed"),
    # the twin: no one's claim
    ("No group has issued a claim of responsibility.", "reported"),
], ids=["issued-a-claim", "posted-a-claim-for", "no-group-issued-twin"])
def test_a_claim_of_responsibility_told_by_its_noun(pipeline, said, status):
    text = "Gunmen ambushed an army convoy near Gao on Monday, killing four soldiers. " + said
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("claim, status, doer", [
    # acts of its kind, claimed before: not a claim of this attack, nor its doer
    ("Similar attacks in the past were claimed by the Balochistan Liberation Army.", "reported", "Unidentified"),
    # the attack itself claimed
    ("The attack was claimed by the Balochistan Liberation Army.", "claimed", "Balochistan Liberation Army"),
], ids=["similar-acts", "this-act"])
def test_a_claim_of_similar_acts_is_not_the_attacks_claim(pipeline, claim, status, doer):
    ev = the_event(pipeline, f"Gunmen attacked a police post in Kech on Monday, killing two policemen, officials said. "
                             f"No group claimed responsibility. {claim}", "ASSAULT")
    assert ev.claim.status == status
    assert ev.actor1 is not None and ev.actor1.name.startswith(doer)


@pytest.mark.parametrize("speaker,status,source", [
    ("Islamic State", "claimed", "islamic state"),
    ("Police", "reported", "police"),
], ids=["a-groups-word-after-a-wire-dateline", "twin-the-polices-word-after-a-wire-dateline"])
def test_a_wire_dateline_is_not_the_speaker(pipeline, speaker, status, source):
    # the parser may hang "CAIRO (Reuters) -" on the lead's saying verb as a subject of its own
    text = f"CAIRO (Reuters) - {speaker} on Tuesday said its fighters had attacked an army post in Borno state."
    if speaker == "Police":
        text = text.replace("its fighters", "Islamic State fighters")
    ev = the_event(pipeline, text, "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source)) == (status, source), ev.claim
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Islamic State", ev.actor1


@pytest.mark.parametrize("verb,status", [
    ("charged", "alleged"),
    ("said", "reported"),
], ids=["a-party-charged-that", "twin-a-party-said-that"])
def test_an_act_a_party_charged_that_another_did_is_alleged(pipeline, verb, status):
    text = f"Two rights groups {verb} that soldiers shot dead 14 farmers near Kerwa on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source)) == (status, "two rights groups"), ev.claim


@pytest.mark.parametrize("apposition,claimant", [
    ("a small group allied with al Qaeda", "Jund al-Khilafa"),
    ("a commander allied with al Qaeda", "al-Qaeda"),
], ids=["a-group-named-and-told-as-a-group", "twin-a-man-of-the-group-it-is-allied-with"])
def test_a_claimant_told_as_a_group_is_not_the_group_it_is_linked_to(pipeline, apposition, claimant):
    name = "Jund al-Khilafa" if "group" in apposition else "Abu Hamza"
    text = f"A bomb killed six policemen in Quetta on Monday. {name}, {apposition}, claimed the bombing."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == "claimed", ev.claim
    assert ev.actor1 is not None and low(ev.actor1.name) == low(claimant), ev.actor1


@pytest.mark.parametrize("attack,status", [
    ("a suspected Boko Haram attack", "alleged"),
    ("a Boko Haram attack", "reported"),
], ids=["the-doer-named-only-as-suspected", "twin-the-doer-named-plainly"])
def test_a_doer_named_only_as_suspected_makes_the_act_alleged(pipeline, attack, status):
    text = f"Six villagers were killed in a night raid near Bama, a resident said on Monday of {attack}."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Boko Haram", ev.actor1
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("doer,status", [
    ("they", "claimed"),
    ("soldiers", "reported"),
], ids=["rebels-said-they-did-it", "twin-rebels-said-soldiers-did-it"])
def test_an_armed_speaker_saying_it_did_the_act_is_its_claim(pipeline, doer, status):
    # "Syrian rebels said they had shot down an army helicopter": the act's doer is the speaker's pronoun
    ev = the_event(pipeline, f"Rebels said {doer} had overrun a police post in Idlib on Monday.", "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.type == "rebel", ev.actor1


@pytest.mark.parametrize("denied,status", [
    ("targeting civilians", "reported"),
    ("targeting the town", "denied"),
], ids=["a-standing-denial-of-a-kind-of-act", "twin-a-denial-of-this-act"])
def test_a_standing_denial_denies_no_one_act(pipeline, denied, status):
    text = ("A Russian missile strike hit the town of Izium overnight, killing two people, the governor said. "
            f"Russia denies {denied} in what it calls a special military operation.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("doers,status", [
    ("suspected rebels", "alleged"),
    ("rebels", "reported"),
], ids=["a-lead-naming-the-doer-only-as-suspected", "twin-a-lead-naming-it-plainly"])
def test_a_doer_suspected_in_the_lead_is_lent_to_the_acts_told_after_it(pipeline, doers, status):
    text = (f"Two villagers were killed in a shooting and a bombing carried out by {doers} in Pattani province "
            "on Wednesday, police said. On Wednesday night, a bomb exploded at a house in Yaring, killing one man.")
    events = pipeline.extract(text, published=PUBLISHED).events
    ev = next(e for e in events if e.trigger.text == "exploded")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    if status == "alleged":
        assert ev.actor1 is not None and ev.actor1.type == "rebel", ev.actor1


@pytest.mark.parametrize("office,status", [
    ("the Arakan Army's spokesman", "claimed"),
    ("a spokesman for the state police", "reported"),
], ids=["the-groups-spokesman-named-before", "twin-a-police-spokesman"])
def test_a_speaker_named_before_as_the_groups_spokesman_speaks_for_it(pipeline, office, status):
    # "Houthi spokesman Yahya Saree said …. The Houthis also hit two ships, Saree said": his later word
    # on the group's act is the group's claim, though the later sentence names him alone
    text = (f"Maung Tin, {office}, said on Monday that fighting had stopped in Paletwa. "
            "The Arakan Army shelled a navy vessel near Sittwe on Tuesday, Maung Tin said.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("owned,status", [
    ("admitted to killing", "claimed"),
    ("acknowledged ambushing", "claimed"),
    ("was blamed for killing", "alleged"),
], ids=["admitted-to-killing", "acknowledged-doing", "twin-blamed-for-it"])
def test_an_armed_group_admitting_the_act_claims_it(pipeline, owned, status):
    # "the ELN admitted to killing 18 soldiers": the group's own word that it did the act
    text = f"The ELN {owned} six soldiers near Saravena on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    assert ev.actor1 is not None and ev.actor1.name.startswith("National Liberation Army"), ev.actor1


@pytest.mark.parametrize("owned,status", [
    ("admitted to carrying out", "claimed"),
    ("denied carrying out", "denied"),
], ids=["admitted-to-carrying-out-the-attack", "twin-denied-carrying-it-out"])
def test_an_armed_group_admitting_to_carrying_out_the_act_told_before_claims_it(pipeline, owned, status):
    # "admitted to carrying out the attack": the act is the object of "carrying out", itself after "to"
    text = f"Gunmen killed six soldiers near Saravena on Monday. The ELN {owned} the attack."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    assert ev.actor1 is not None and ev.actor1.name.startswith("National Liberation Army"), ev.actor1


@pytest.mark.parametrize("subject,status", [
    ("The ELN", "claimed"),
    ("The army", "reported"),
], ids=["a-group-admits", "twin-a-states-forces-admit"])
def test_a_states_admission_of_its_act_is_no_claim(pipeline, subject, status):
    ev = the_event(pipeline, f"{subject} admitted to shooting two farmers near Saravena on Monday.", "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("second,status", [
    ("but the police confirmed the deadly attack", "confirmed"),
    ("and the police gave no word on the deadly attack", "reported"),
], ids=["confirmed-by-its-other-word", "twin-no-confirmation"])
def test_a_confirmation_of_the_act_by_another_word_in_its_sentence_confirms_it(pipeline, second, status):
    # the sentence's event is told by "ambush"; the police confirm "the attack", the same happening
    text = ("Rebels ambushed an army truck near Malaybalay on Monday, killing a soldier. "
            f"The army issued no statement on the ambush, {second}.")
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("lead,status", [
    ("Al-Shabaab said in a statement on Tuesday that it had attacked an army base in Baidoa.", "claimed"),
    ("The Somali army said in a statement on Tuesday that it had repelled an attack on a base in Baidoa.", "reported"),
], ids=["the-groups-statement", "twin-the-armys-statement"])
def test_the_statement_said_is_the_word_of_the_party_that_issued_it(pipeline, lead, status):
    # "…, the statement said": whose statement it is was told just before
    text = f"{lead} Al-Shabaab fighters also killed nine soldiers at a post in Burhakaba on Monday, the statement said."
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ASSAULT"]
    ev = next(e for e in events if "Burhakaba" in " ".join(s.text for s in e.evidence) or e.trigger.text == "killed")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("speaker,status", [
    ("the group", "claimed"),
    ("the army", "reported"),
], ids=["the-group-is-the-armed-group-named-before", "twin-the-army-said"])
def test_the_group_saying_is_the_armed_group_named_last_not_the_army(pipeline, speaker, status):
    # "the group" is the armed group named before it, not the army named after that group
    text = (f"Al-Shabaab has fought the Somali army in Bay for years. Its fighters stormed a police post in "
            f"Burhakaba on Monday, killing nine officers, {speaker} said.")
    ev = next(e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == "stormed")
    assert ev.claim.status == status, (ev.actor1, ev.claim)


@pytest.mark.parametrize("fallen,status", [
    ("eleven soldiers were killed", "claimed"),
    ("eleven of its fighters were killed", "reported"),
    ("eleven traders were killed", "reported"),
], ids=["the-foes-fate", "twin-its-own-men", "twin-no-foe"])
def test_an_armed_groups_word_on_what_befell_state_forces_is_its_claim(pipeline, fallen, status):
    # "Al Shabaab said 21 soldiers were killed at the base": no doer told but the group that says it
    ev = the_event(pipeline, f"Al-Shabaab said on Tuesday that {fallen} at a post near Jowhar on Monday.", "ASSAULT")
    assert ev.claim.status == status, (ev.actor1, ev.claim)
    if status == "claimed":
        assert ev.actor1 is not None and ev.actor1.name == "Al-Shabaab", ev.actor1


@pytest.mark.parametrize("lead,status", [
    ("It was claimed that", "alleged"),
    ("It has been reported that", "alleged"),
    ("Officers said that", "reported"),
], ids=["it-was-claimed-that", "it-has-been-reported-that", "twin-officers-said-that"])
def test_a_claim_made_by_no_one_named_hedges_the_act(pipeline, lead, status):
    ev = the_event(pipeline, f"{lead} troops killed 17 insurgents near Mueda on Monday.", "ASSAULT")
    assert ev.claim.status == status, ev.claim


# --- hedges of news English: on the act's frame, on the doer, as likely (status26) ----------------

@pytest.mark.parametrize("text,status", [
    ("Four guards were killed in a suspected drone strike near Qalat on Monday.", "alleged"),
    ("Four guards were killed in an apparent rocket attack near Qalat on Monday.", "alleged"),
    ("Four guards were killed in a drone strike near Qalat on Monday.", "reported"),
], ids=["suspected-frame", "apparent-frame", "twin-plain-frame"])
def test_a_hedge_on_the_act_the_killing_is_told_in(pipeline, text, status):
    ev = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.category == "conflict"][0]
    assert ev.claim.status == status, (ev.claim, ev.trigger)


@pytest.mark.parametrize("text,status", [
    ("Presumed jihadists killed seven herders near Dori on Sunday.", "alleged"),
    ("Jihadists killed seven herders near Dori on Sunday.", "reported"),
    ("Soldiers killed two presumed jihadists near Dori on Sunday, the army said.", "reported"),
], ids=["presumed-doer", "twin-plain-doer", "presumed-victims"])
def test_a_presumed_doer_is_alleged(pipeline, text, status):
    ev = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.category == "conflict"][0]
    assert ev.claim.status == status, (ev.claim, ev.actor1)


@pytest.mark.parametrize("text,status", [
    ("A drone strike, likely carried out by Turkey, hit a depot near Qamishli on Tuesday.", "alleged"),
    ("The bombing was probably carried out by the Front, police in Qalat said on Monday.", "alleged"),
    ("A drone strike, carried out by Turkey, hit a depot near Qamishli on Tuesday.", "reported"),
    ("Gunmen killed six herders near Jos on Monday, police said. The toll is likely to rise.", "reported"),
    ("Gunmen killed six herders near Jos on Monday. Police said the gunmen possibly fled into the hills.", "reported"),
], ids=["likely-doer", "probably-doer", "twin-plain-doer", "likely-toll", "possibly-another-act"])
def test_an_act_or_doer_told_as_likely_is_alleged(pipeline, text, status):
    ev = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.category == "conflict"][0]
    assert ev.claim.status == status, (ev.claim, ev.actor1)


@pytest.mark.parametrize("text,status", [
    ("Soldiers arrested a trader allegedly involved in the smuggling of arms in Kano on Monday.", "reported"),
    ("Soldiers allegedly arrested a trader involved in the smuggling of arms in Kano on Monday.", "alleged"),
], ids=["a-hedge-in-a-participle-on-the-one-held", "twin-a-hedge-on-the-arrest"])
def test_a_hedge_in_a_participle_on_the_done_to_does_not_hedge_the_act(pipeline, text, status):
    ev = the_event(pipeline, text, "COERCE")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("text,status", [
    ("The killing of two guards in an ambush near Qalat on Monday was confirmed by the provincial police.", "confirmed"),
    ("The killing of two guards in an ambush near Qalat on Monday was reported by the provincial police.", "reported"),
], ids=["confirmed-by-after-a-dateline", "twin-reported-by"])
def test_a_passive_confirmation_after_a_dateline(pipeline, text, status):
    ev = the_event(pipeline, f"QALAT, March 5 - {text}", "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("verb,status", [
    ("rejected", "denied"),
    ("dismissed", "denied"),
    ("denied", "denied"),
    ("published", "reported"),
], ids=["rejected-reports", "dismissed-reports", "twin-denied-reports", "twin-published-reports"])
def test_reports_rejected_are_denied(pipeline, verb, status):
    text = f"The Front {verb} reports that its fighters killed nine herders near Qalat on Monday."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("later,status", [
    ("Confirming the incident, the district police spokesman, Ada Okon, said a search was under way.", "confirmed"),
    ("Commenting on the incident, the district police spokesman, Ada Okon, said a search was under way.", "reported"),
], ids=["confirming-the-incident", "twin-commenting-on-the-incident"])
def test_an_opening_confirming_clause_confirms_the_event_before_it(pipeline, later, status):
    text = f"Bandits abducted nine travellers on the road to Birnin Gwari on Monday. {later}"
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("later,status", [
    ("The Ogaden Front acknowledged responsibility for the bombing.", "claimed"),
    ("The Ogaden Front claimed the shooting.", "claimed"),
    ("The Ogaden Front claimed the massacre in a statement.", "claimed"),
    ("No group acknowledged responsibility for the bombing.", "reported"),
    ("The governor condemned the shooting.", "reported"),
], ids=["acknowledged-responsibility", "claimed-the-shooting", "claimed-the-massacre",
        "twin-no-group-acknowledged", "twin-condemned-the-shooting"])
def test_owning_words_and_claimed_acts(pipeline, later, status):
    text = f"Gunmen killed seven villagers near Dollo on Monday. {later}"
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("speaker,status", [
    ("The group's Nasr news agency", "claimed"),
    ("A spokesman for the Ogaden Front", "claimed"),
    ("The army", "reported"),
], ids=["the-groups-news-agency", "a-spokesman-for-the-group", "twin-the-army-said"])
def test_a_mouthpiece_names_the_groups_fighter_as_doer(pipeline, speaker, status):
    text = f"A bomb killed five traders at a market in Dollo on Monday. {speaker} said an Ogaden Front fighter carried out the attack."
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


def test_a_trailing_speaker_the_parser_hangs_on_a_noun_is_the_source(pipeline):
    # "…, local activists reported on Sunday.": the parser reads "activists" beside the news and
    # "reported" as a participle on it (claims._trailing_speaker); they are still whom the text credits
    ev = the_event(pipeline, "Gunmen kill five in Gusau\nAt least five villagers have been killed in an attack by "
                   "gunmen in Gusau, local activists reported on Sunday.", "ASSAULT")
    assert (ev.claim.status, low(ev.claim.source), ev.claim.anonymity) == ("reported", "local activists", "named")


@pytest.mark.parametrize("claim, first", [
    ("The Red Hand Front claimed both attacks in a statement.", "claimed"),
    ("The Red Hand Front claimed responsibility for the attacks on Tuesday.", "claimed"),
    ("The Red Hand Front said it was responsible for the two attacks.", "claimed"),
    ("The Red Hand Front claimed responsibility for the bombing on Tuesday.", "reported"),
    ("The Red Hand Front said it was behind the bombing.", "reported"),
], ids=["both-attacks", "the-attacks", "responsible-for-two", "twin-one-act", "twin-behind-one"])
def test_a_claim_of_several_acts_claims_each_act_told_before_it(pipeline, claim, first):
    # (claims._several_claimed, _claim_the_others) a plural act noun claims every violent act just told
    text = ("Gunmen killed a teacher in Delsa on Sunday. On Monday, a bomb hit a police van in Temor, "
            f"wounding three officers. {claim}")
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ASSAULT"]
    assert len(events) == 2, [(e.trigger.text, e.claim) for e in events]
    assert (events[0].claim.status, events[1].claim.status) == (first, "claimed")


@pytest.mark.parametrize("said,status", [
    ("The bombing was believed to be the work of the Red Hand Front.", "alleged"),
    ("The blast is thought to have been caused by a mine laid by Red Hand Front fighters.", "alleged"),
    ("The bombing appeared to be the work of the Red Hand Front.", "alleged"),
    ("The bombing was believed to be the deadliest this year.", "reported"),
    ("The bombing appeared to target the army's supply depot.", "reported"),
], ids=["believed-the-work-of", "thought-caused-by", "appeared-the-work-of", "twin-believed-no-doer",
        "twin-appeared-aimed-at"])
def test_an_act_hedged_as_the_subject_of_a_belief_about_its_doer(pipeline, said, status):
    # (claims._doer_hedged_of, _as_doer) a hedge verb the act's noun is the subject of, saying who did it
    text = f"A bomb exploded at a bus stop in Delsa on Monday, killing three people. {said}"
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


@pytest.mark.parametrize("blame,status", [
    ("Police blamed the attack on bandits from the hills.", "alleged"),
    ("Police blamed bandits from the hills for the attack.", "alleged"),
    ("Villagers accused the army of the killings.", "alleged"),
    ("The governor condemned the attack.", "reported"),
    ("Police did not blame any group for the attack.", "reported"),
    ("Police blamed poor lighting for the attack.", "reported"),
], ids=["blamed-the-attack-on", "blamed-for-the-attack", "accused-of-the-killings", "twin-condemned",
        "twin-blame-denied", "twin-no-party-blamed"])
def test_an_act_blamed_on_someone_afterwards_is_alleged(pipeline, blame, status):
    # (claims._blamed_afterwards, _act_blamed) the blame's sentence names the act by its noun only
    text = f"Gunmen killed seven villagers in Gubio on Sunday. {blame}"
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim
    if status == "alleged":
        assert ev.claim.span is not None and ev.claim.span.text.lower() in ("blamed", "accused"), ev.claim


@pytest.mark.parametrize("later,status", [
    ("The Red Hand Front took credit for the attack.", "claimed"),
    ("The Red Hand Front claimed credit for the attack.", "claimed"),
    ("The governor gave credit to the army for repelling the attack.", "reported"),
], ids=["took-credit", "claimed-credit", "twin-credit-given-to-another"])
def test_credit_owned_is_a_claim_of_responsibility(pipeline, later, status):
    # (claims._claim_of_responsibility, word class owned_things) "took credit for" as "took responsibility for"
    text = f"Gunmen killed five soldiers in an ambush near Damboa on Monday. {later}"
    ev = the_event(pipeline, text, "ASSAULT")
    assert ev.claim.status == status, ev.claim


def test_a_groups_word_that_its_fighters_used_the_weapon_is_its_claim(pipeline):
    """"The group said its fighters planted the bomb": the speaker's own people did it, as "it"
    would say (claims._own_people): the group claims the blast told before."""
    ev = the_event(pipeline, "A bomb killed three policemen in Mastung in Balochistan on Monday. "
                             "The Balochistan Liberation Army said its fighters planted the bomb.", "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.name == "Balochistan Liberation Army"
    assert ev.claim.status == "claimed"


@pytest.mark.parametrize("claimant, doer", [
    ("A group linked to al-Qaeda", None),
    ("The al-Qaeda-linked JNIM group", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
], ids=["only-tied", "tied-and-named", "named"])
def test_a_claimant_tied_to_another_group_is_not_that_group(pipeline, claimant, doer):
    """A body named only as tied to another ("a group linked to al-Qaeda") is not that other: the
    claim names no known group (claims._actor_in, claims._claimant)."""
    ev = the_event(pipeline, f"Gunmen killed eight soldiers near Tera in Niger on Monday. {claimant} claimed the attack on Tuesday.",
                   "ASSAULT")
    got = ev.actor1.name if ev.actor1 is not None else None
    assert (got if doer is not None else (got or "").startswith("Al-Qaeda")) == (doer if doer is not None else False), got
