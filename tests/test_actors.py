"""Stage 5, actors: every way a name reaches its canonical actor.

Mechanisms: the actor file (names and aliases), acronyms the article defines, descriptions
("Pakistani troopers"), people with office and country, spelling variants of a surname
within one article, and organisations nobody listed (still returned).
"""
from __future__ import annotations

import pytest

PUBLISHED = "2024-03-10"


def actors_of(pipeline, text):
    return pipeline.extract(text, published=PUBLISHED).actors


def actor(actors, text):
    """The first actor whose mention is exactly ``text``."""
    for a in actors:
        if a.span.text == text:
            return a
    raise AssertionError(f"no actor mention {text!r} among {[(a.span.text, a.name) for a in actors]}")


# --- the actor file ----------------------------------------------------------------------------

ACTOR_FILE = [
    # text, mention, canonical, type, country
    ("The TTP said its fighters attacked a police station in Bannu, Pakistani officials said.",
     "TTP", "Tehrik-i-Taliban Pakistan", "rebel", "PK"),
    ("Commanders of the Pakistani Taliban met in North Waziristan on Sunday.",
     "Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "rebel", "PK"),
    ("Tehreek-e-Taliban Pakistan issued a statement on Sunday.",
     "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "rebel", "PK"),
    ("The ISPR said two soldiers were killed in Kech.",
     "ISPR", "Military Forces of Pakistan", "state", "PK"),
    ("The Frontier Corps said it had cleared the area near Turbat.",
     "Frontier Corps", "Military Forces of Pakistan", "state", "PK"),
    ("The CTD arrested three suspects in Quetta on Sunday.",
     "CTD", "Police Forces of Pakistan", "state", "PK"),
    ("The BLA said it carried out the attack in Gwadar.",
     "BLA", "Balochistan Liberation Army", "rebel", "PK"),
    ("Fighters of ISWAP attacked a base in Borno state in Nigeria.",
     "ISWAP", "Islamic State West Africa Province", "rebel", "NG"),
    # insurgencies of Sri Lanka, Assam, Thailand's deep south and Haiti's gangs the file once lacked
    ("The army said LTTE cadres had mined a road near Vavuniya in Sri Lanka.",
     "LTTE", "Liberation Tigers of Tamil Eelam", "rebel", "LK"),
    ("Police blamed the NDFB for a grenade thrown at a market in Assam on Friday.",
     "NDFB", "National Democratic Front of Bodoland", "rebel", "IN"),
    ("Thai officials said the BRN had planted the roadside bomb in Yala.",
     "BRN", "Malay Muslim Separatists (Thailand)", "rebel", "TH"),
    ("Residents said 400 Mawozo had seized a bus on the road out of Port-au-Prince.",
     "400 Mawozo", "400 Mawozo", "political_militia", "HT"),
    # a state's armed police named as "armed forces" is its police, not the army
    ("Maoists fired on a Chhattisgarh Armed Force camp near Sukma on Monday.",
     "Chhattisgarh Armed Force", "Police Forces of India", "state", "IN"),
    ("U.N. monitors said on Monday that both armies had broken the truce.",
     "U.N.", "United Nations", "external", None),
    ("The UN Security Council met on Monday to discuss the fighting.",
     "UN Security Council", "United Nations Security Council", "external", None),
    # the coalition's name with "Arab" in it, as often written
    ("Warplanes of the Saudi-led Arab coalition struck a fuel depot near Hodeidah on Monday.",
     "Saudi-led Arab coalition", "Military Forces of Saudi Arabia", "state", "SA"),
]


@pytest.mark.parametrize("text,mention,canonical,type_,country", ACTOR_FILE, ids=[r[1] for r in ACTOR_FILE])
def test_actor_file_names_and_aliases(pipeline, text, mention, canonical, type_, country):
    a = actor(actors_of(pipeline, text), mention)
    assert a.name == canonical
    assert a.type == type_
    assert a.country == country


# --- acronyms the article defines --------------------------------------------------------------

def test_acronym_defined_in_text_for_an_unknown_group(pipeline):
    text = ("The Sahel Freedom Front (SFF) said on Monday it had overrun an army post near Menaka in Mali. "
            "Residents said SFF fighters looted shops before leaving. The SFF has not been heard of before.")
    found = actors_of(pipeline, text)
    mentions = [a for a in found if a.span.text in ("Sahel Freedom Front", "SFF")]
    assert len(mentions) >= 3, [(a.span.text, a.name) for a in found]
    assert {a.name for a in mentions} == {"Sahel Freedom Front"}
    assert all(a.kind == "organisation" for a in mentions)


def test_acronym_defined_after_a_name_with_inner_small_words_is_the_whole_name(pipeline):
    # the initials spell the whole name, not only its tail after the last small words ("Unity and Peace")
    text = ("The Movement of Farmers for Unity and Peace (MFUP) signed a truce with the government on Sunday. "
            "The MFUP said its fighters would lay down their arms.")
    found = actors_of(pipeline, text)
    assert {a.name for a in found if a.span.text == "MFUP"} == {"Movement of Farmers for Unity and Peace"}


def test_acronym_defined_in_text_for_a_known_group_takes_the_file_name(pipeline):
    text = ("The Baloch Liberation Front (BLF) said its fighters attacked a camp in Kech. "
            "Pakistani officials said the BLF had carried out similar attacks before.")
    found = actors_of(pipeline, text)
    names = {a.name for a in found if a.span.text in ("Baloch Liberation Front", "BLF")}
    assert names == {"Baloch Liberation Front"}
    # "Baloch Liberation Front", "(BLF)", "the BLF"
    assert sum(a.span.text in ("Baloch Liberation Front", "BLF") for a in found) == 3


def test_a_country_defined_by_its_initials_is_its_state(pipeline):
    text = ("Sudan declared 15 United Arab Emirates (UAE) embassy staff persona non grata on Sunday. "
            "The UAE denied the claims.")
    found = actors_of(pipeline, text)
    mentions = [a for a in found if a.span.text in ("United Arab Emirates", "UAE")]
    assert mentions, [(a.span.text, a.name) for a in found]
    assert {a.name for a in mentions} == {"Government of the United Arab Emirates"}
    assert all(a.type == "state" and a.country == "AE" for a in mentions)


# --- descriptions ------------------------------------------------------------------------------

DESCRIPTIONS = [
    # text, mention, canonical
    ("Rebels fired on a helicopter carrying Peruvian military officials near Pichari on Sunday.",
     "Peruvian military officials", "Military Forces of Peru"),
    ("Pakistani troopers repulsed an attack on a checkpoint in Kech on Sunday.",
     "Pakistani troopers", "Military Forces of Pakistan"),
    ("Nigerian police said three suspects were arrested in Kano on Sunday.",
     "Nigerian police", "Police Forces of Nigeria"),
    ("Police in Kaduna said unidentified gunmen abducted 20 passengers on a highway in Nigeria on Sunday.",
     "unidentified gunmen", "Unidentified Armed Group (Nigeria)"),
    ("Unidentified gunmen stormed a village in Zamfara state in Nigeria on Sunday, residents said.",
     "Unidentified gunmen", "Unidentified Armed Group (Nigeria)"),
    ("Nigerian soldiers and police officers arrested 12 suspects in Borno state on Sunday.",
     "Nigerian soldiers", "Military Forces of Nigeria"),
    ("Indian soldiers killed two militants in Kupwara on Sunday, police said.",
     "Indian soldiers", "Military Forces of India"),
    ("Gang members ambushed four officers in Port-au-Prince in Haiti on Thursday.",
     "officers", "Police Forces of Haiti"),
    ("Police in Haiti said 28 suspected gang members were killed in Petionville on Tuesday.",
     "suspected gang members", "Unidentified Armed Group (Haiti)"),
    ("Resistance forces overran an army outpost in Sagaing in Myanmar on Sunday.",
     "Resistance forces", "Resistance forces"),
    # a police force is the police, not the army a bare "forces" would be
    ("Three people were hurt in clashes between marchers and police forces in Tanta, Egypt, on Friday.",
     "police forces", "Police Forces of Egypt"),
    # a place's own defence force is not the state's army
    ("Village defence forces ambushed a junta column near Kani in Myanmar on Sunday.",
     "Village defence forces", "Village defence forces"),
    # the government's forces are its military, not the government the actor file knows by "Philippine government"
    ("Philippine government forces clashed with communist rebels in Bohol province on Monday.",
     "Philippine government forces", "Military Forces of the Philippines"),
    # a body named before the description's country: the forces are still the country's
    ("Kenya accused UN-backed Somali forces of shelling a border post near Mandera on Sunday.",
     "Somali forces", "Military Forces of Somalia"),
    # a crowd named with the party it stands with is still a crowd
    ("Hundreds of Awami League activists blocked a highway in Dhaka in Bangladesh on Sunday.",
     "activists", "Protesters (Bangladesh)"),
    # people told by a participle as doing what a crowd does are the crowd, not civilians at large
    ("Police fired on protesting farmers near Kisumu in Kenya on Monday.", "farmers", "Protesters (Kenya)"),
    ("Police fired on farmers near Kisumu in Kenya on Monday.", "farmers", "Civilians (Kenya)"),
    # a state's diplomats named by their country are its government; bare diplomats are people
    ("Britain expelled 23 Russian diplomats on Monday.", "Russian diplomats", "Government of Russia"),
    ("Gunmen killed two diplomats in Kabul, Afghanistan, on Monday.", "diplomats", "Civilians (Afghanistan)"),
    # a country's one insurgency, as ACLED names it (actors.yaml insurgents_of)
    ("Insurgents ambushed a ranger patrol near Rueso in Narathiwat, Thailand, on Monday.",
     "Insurgents", "Malay Muslim Separatists (Thailand)"),
    ("Separatist fighters burned a school near Kumbo in Cameroon on Monday, officials said.",
     "Separatist fighters", "Ambazonian Separatists"),
    # a small body of a force named by the force's word ("a police squad") is that force
    ("Militants ambushed a police squad on a road outside Lamu in Kenya on Monday.",
     "police", "Police Forces of Kenya"),
    # a force named as the modifier of its own act ("an army raid", "a police shooting") is the force
    ("Two men died in an army raid on a village near Garissa in Kenya on Monday.",
     "army", "Military Forces of Kenya"),
    # civilians told as armed are armed men of no name, not civilians
    ("Heavily armed civilians opened fire on a patrol outside Apatzingan in Mexico on Monday.",
     "armed civilians", "Unidentified Armed Group (Mexico)"),
    # a title-case headline capitalises every word: "Cartel" is the common word the body writes in lower case
    ("Eight Soldiers Die in Ambush by Cartel Gunmen\n\nEight soldiers died when gunmen attacked a convoy near "
     "Culiacan in Mexico on Monday, officials said, blaming drug cartels.",
     "Cartel Gunmen", "Unidentified Armed Group (Mexico)"),
    # a country's law enforcement is its police
    ("Haitian law enforcement raided a gang hideout in Cabaret on Monday.",
     "Haitian law enforcement", "Police Forces of Haiti"),
    # armed men named by the modifier of their own attack ("a jihadist ambush", "an Islamist raid"),
    # read as an adjective, are armed men of no name (or the country's one insurgency)
    ("Three herders were shot dead in a jihadist ambush outside Kaya in Burkina Faso on Friday.",
     "jihadist", "Unidentified Armed Group (Burkina Faso)"),
    ("An Islamist raid on a market near Mopti in Mali left six traders dead on Friday.",
     "Islamist", "Unidentified Armed Group (Mali)"),
    ("An insurgent assault on a ranger post near Bacho in Narathiwat, Thailand, wounded two on Friday.",
     "insurgent", "Malay Muslim Separatists (Thailand)"),
    # a word of the description that spaCy takes for a person's name
    ("Tear gas filled the streets of Nairobi in Kenya on Sunday.\n\nRiot police then marched toward the square.",
     "Riot police", "Police Forces of Kenya"),
    # tribes at war are ACLED's communal militias, named by their people when the text names it
    ("Warring tribesmen set fire to a market near Mendi in Papua New Guinea on Monday.",
     "Warring tribesmen", "Communal Militia (Papua New Guinea)"),
    ("Huli tribesmen ambushed a truck near Tari in Papua New Guinea on Monday.",
     "Huli tribesmen", "Huli Communal Militia (Papua New Guinea)"),
    # a people's armed men are ACLED's ethnic militia of that people, also when the sentence opens
    # with "Armed" and spaCy takes the words for a name
    ("Witnesses said armed Toposa youths stole cattle and shot two boys near Kapoeta in South Sudan on Monday.",
     "armed Toposa youths", "Toposa Ethnic Militia (South Sudan)"),
    ("Armed Hema villagers burned a market near Djugu in the Democratic Republic of Congo on Monday.",
     "Armed Hema villagers", "Hema Ethnic Militia (Democratic Republic of Congo)"),
    # a force's word read as the adjective of its own unit ("a military column") names the force
    ("Two hamlets near Tessalit in Mali were looted by a military column on Sunday.",
     "military", "Military Forces of Mali"),
    # a country's forces with their words capitalised as a name's are still its forces
    ("Georgian Armed Forces shelled two villages near Tskhinvali on Monday.",
     "Georgian Armed Forces", "Military Forces of Georgia"),
    ("In response, Azerbaijani troops recaptured three hills on Monday.",
     "Azerbaijani troops", "Military Forces of Azerbaijan"),
    # armed men told as the government's backers are ACLED's pro-government militia, not its forces
    ("Pro-government militiamen looted a bazaar near Kunduz in Afghanistan on Wednesday.",
     "Pro-government militiamen", "Pro-Government Militia (Afghanistan)"),
    ("Residents said pro-government paramilitaries beat two students in Leon, Nicaragua, on Monday.",
     "pro-government paramilitaries", "Pro-Government Militia (Nicaragua)"),
]


def test_an_armed_word_as_an_adjective_names_armed_men_only_in_an_armed_act(pipeline):
    # "the rebel town", "militant rhetoric": no one; "a rebel ambush": the rebels'
    for text in ("Traders reopened shops in the rebel town of Kaya in Burkina Faso on Friday.",
                 "The minister condemned jihadist propaganda in Kaya in Burkina Faso on Friday."):
        assert not any(a.name.startswith("Unidentified") for a in actors_of(pipeline, text)), text
    text = "Traders died in a rebel ambush near the town of Kaya in Burkina Faso on Friday."
    assert any(a.name == "Unidentified Armed Group (Burkina Faso)" for a in actors_of(pipeline, text))


def test_an_anti_government_militia_is_not_the_governments_backers(pipeline):
    text = "An anti-government militia ambushed a supply convoy near Faryab in Afghanistan on Thursday."
    assert not any(a.name.startswith("Pro-Government") for a in actors_of(pipeline, text))


@pytest.mark.parametrize("text,mention,canonical", DESCRIPTIONS, ids=[f"{r[1]}-{i}" for i, r in enumerate(DESCRIPTIONS)])
def test_descriptions_name_the_actor_they_stand_for(pipeline, text, mention, canonical):
    a = actor(actors_of(pipeline, text), mention)
    assert a.name == canonical


def test_bare_description_takes_the_country_the_text_is_about(pipeline):
    text = "Nigerian soldiers and police officers arrested 12 suspects in Borno state on Sunday."
    assert actor(actors_of(pipeline, text), "police officers").name == "Police Forces of Nigeria"


# --- people with office and country ------------------------------------------------------------

PEOPLE = [
    # text, mention, affiliation
    ("Iran's interior minister Ahmad Vahidi arrived in Islamabad on Monday for talks.",
     "Ahmad Vahidi", "Government of Iran"),
    ("Ahmad Vahidi, Iran's interior minister, met his Pakistani counterpart in Islamabad on Monday.",
     "Ahmad Vahidi", "Government of Iran"),
    ("Pakistani Prime Minister Shehbaz Sharif chaired a security meeting in Islamabad on Monday.",
     "Shehbaz Sharif", "Government of Pakistan"),
    # a country named before the title's own phrase is not the person's ("… in Tehran, Foreign …")
    ("Protesters stormed the British embassy in Tehran, Foreign Minister Jane Holt said on Monday.",
     "Jane Holt", None),
    ("Protesters stormed the embassy, Britain's Foreign Minister Jane Holt said on Monday.",
     "Jane Holt", "Government of the United Kingdom"),
    # a possessive country before a longer title ("China's Vice Foreign Minister"), two words of it
    # ("South Sudan's"), a headline above it; a country of the sentence before is not the person's
    ("Talks resumed in Geneva\n\nChina's Vice Foreign Minister Li Wen met the delegation on Monday.",
     "Li Wen", "Government of China"),
    ("South Sudan's Foreign Minister Deng Alor met the delegation in Juba on Monday.",
     "Deng Alor", "Government of South Sudan"),
    ("The delegation had visited China. Foreign Minister Jane Holt said on Monday that the talks went well.",
     "Jane Holt", None),
]


@pytest.mark.parametrize("text,mention,affiliation", PEOPLE, ids=[f"{r[1]}-{i}" for i, r in enumerate(PEOPLE)])
def test_person_with_office_and_country(pipeline, text, mention, affiliation):
    a = actor(actors_of(pipeline, text), mention)
    assert a.kind == "person"
    assert a.name == mention
    assert a.affiliation == affiliation
    assert a.role and "minister" in a.role.lower()


@pytest.mark.parametrize("text,mention,iso", [
    ("Nigerian President Bola Ahmed condemned the attack on Monday.", "Bola Ahmed", "NG"),
    ("South Sudanese President Kuol Deng condemned the attack on Monday.", "Kuol Deng", "SS"),
    ("Papua New Guinean Prime Minister James Kua condemned the attack on Monday.", "James Kua", "PG"),
])
def test_person_country_is_the_country_of_the_title(pipeline, text, mention, iso):
    # (not a country whose name is a part of the country's: Niger of Nigeria, Sudan of South Sudan)
    assert actor(actors_of(pipeline, text), mention).country == iso


def test_person_names_include_the_affiliation(pipeline):
    a = actor(actors_of(pipeline, "Iran's interior minister Ahmad Vahidi arrived in Islamabad on Monday."),
              "Ahmad Vahidi")
    assert a.names()[0] == "Ahmad Vahidi"
    assert "Government of Iran" in a.names()


# --- spelling variants of a surname within one article ------------------------------------------

@pytest.mark.parametrize("later", ["Vahidi", "Vahidy"])
def test_later_surname_variant_is_the_same_person(pipeline, later):
    text = ("Iran's interior minister Ahmad Vahidi arrived in Islamabad on Monday for talks.\n\n"
            f"Pakistani officials said {later} would meet the prime minister on Tuesday.")
    found = actors_of(pipeline, text)
    first = actor(found, "Ahmad Vahidi")
    again = actor(found, later)
    assert again.name == first.name == "Ahmad Vahidi"
    assert again.kind == "person"
    assert again.affiliation == "Government of Iran"


@pytest.mark.parametrize("text,later,full", [
    # a surname written first, then alone: the person named in full (tagged a person, or not at all)
    ("UN chief Ban Ki-moon visited the camps near Tindouf in Algeria on Monday. "
     "Morocco accused Ban of bias on Tuesday.", "Ban", "Ban Ki-moon"),
    ("Cambodian opposition leader Kem Sokha was arrested in Phnom Penh on Sunday. "
     "The government accused Kem of treason.", "Kem", "Kem Sokha"),
])
def test_a_later_first_name_word_is_the_person_named_in_full(pipeline, text, later, full):
    assert actor(actors_of(pipeline, text), later).name == full


def test_a_country_ending_a_name_is_no_surname(pipeline):
    # a paper's name that the model took for a person's does not make its country's name a surname
    text = ("Belarus jails opposition blogger Ivanov\n\n"
            "A court in Minsk on Monday found the blogger Pavel Ivanov guilty of inciting hatred, "
            "state newspaper Sovetskaya Belarus reported.\n")
    found = actors_of(pipeline, text)
    assert [a.span.text for a in found if a.name == "Sovetskaya Belarus"] in ([], ["Sovetskaya Belarus"])


def test_a_different_surname_is_not_a_variant(pipeline):
    text = ("Iran's interior minister Ahmad Vahidi arrived in Islamabad on Monday. "
            "He met Pakistan's interior minister Mohsin Naqvi.")
    found = actors_of(pipeline, text)
    assert actor(found, "Mohsin Naqvi").name == "Mohsin Naqvi"


# --- place names are not people ------------------------------------------------------------------

@pytest.mark.parametrize("text,place_name", [
    ("Iran's interior minister Ahmad Vahidi visited Zahedan on Monday and met the local police chief there.",
     "Zahedan"),
    ("The Sahel Freedom Front (SFF) said it had seized a village in central Mali.", "Mali"),
], ids=["Zahedan", "Mali"])
def test_a_place_is_not_a_person(pipeline, text, place_name):
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.span.text == place_name and a.kind == "person"]


# --- organisations nobody listed ---------------------------------------------------------------

UNKNOWN = [
    ("Members of the Kivu Youth Resistance Council marched through Goma on Saturday, Congolese police said.",
     "Kivu Youth Resistance Council"),
    ("A previously unknown group calling itself the Coastal Defence Brigade said it planted the bomb in Gwadar.",
     "Coastal Defence Brigade"),
]


@pytest.mark.parametrize("text,name", UNKNOWN, ids=[r[1] for r in UNKNOWN])
def test_unknown_organisation_is_still_returned(pipeline, text, name):
    a = actor(actors_of(pipeline, text), name)
    assert a.name == name
    assert a.kind == "organisation"


def test_unknown_armed_group_is_typed_rebel(pipeline):
    text = "A previously unknown group calling itself the Coastal Defence Brigade said it planted the bomb in Gwadar."
    assert actor(actors_of(pipeline, text), "Coastal Defence Brigade").type == "rebel"


ARMY_UNITS = [
    # text, mention, canonical: a numbered unit of a state's army, by the country before it or the report's
    ("Ukraine's 24th Mechanized Brigade said it had held its positions near Chasiv Yar overnight.",
     "24th Mechanized Brigade", "Military Forces of Ukraine"),
    ("Officers of the 4th Infantry Division set up checkpoints on the road from Bunia in Congo on Monday.",
     "4th Infantry Division", "Military Forces of the Democratic Republic of Congo"),
]


@pytest.mark.parametrize("text,mention,canonical", ARMY_UNITS, ids=[r[1] for r in ARMY_UNITS])
def test_a_numbered_army_unit_is_the_states_forces(pipeline, text, mention, canonical):
    a = actor(actors_of(pipeline, text), mention)
    assert (a.name, a.type, a.country is not None) == (canonical, "state", True)
    assert mention in a.aliases


DEMONYMS_OF_WORDS = [
    # text, mention, name, country: a people's word of two words is one demonym, not a name nor its last word
    ("Sri Lankan police detained four fishermen near Mannar on Tuesday.", "Sri Lankan police",
     "Police Forces of Sri Lanka", "LK"),
    ("South Sudanese soldiers fired on a cattle camp near Bor on Tuesday.", "South Sudanese soldiers",
     "Military Forces of South Sudan", "SS"),
    ("Central African rebels entered the town of Bambari on Tuesday.", "Central African rebels", None, "CF"),
]


@pytest.mark.parametrize("text,mention,name,country", DEMONYMS_OF_WORDS, ids=[r[1] for r in DEMONYMS_OF_WORDS])
def test_a_demonym_of_two_words_names_its_country(pipeline, text, mention, name, country):
    a = actor(actors_of(pipeline, text), mention)
    assert a.country == country
    if name is not None:
        assert a.name == name
    assert "African Central" not in a.name  # (its words in their order)


INSURGENT_ARMIES = [
    # text, name: an insurgency's name the actor file lacks, ending in a word for a state's forces
    ("Fighters of the Garo Liberation Army burned a forest office near Tura on Sunday.", "Garo Liberation Army"),
    ("The Hmar Revolutionary Army said it had shot the two informers in Churachandpur.", "Hmar Revolutionary Army"),
]


@pytest.mark.parametrize("text,name", INSURGENT_ARMIES, ids=[r[1] for r in INSURGENT_ARMIES])
def test_an_insurgent_army_is_its_own_body_not_the_state(pipeline, text, name):
    a = actor(actors_of(pipeline, text), name)
    assert (a.name, a.type, a.kind) == (name, "rebel", "organisation")


KIND_NAMED = [
    # text, name: a place the report names once with its kind of place, then alone
    ("Gunmen shot dead three farmers in Ungwan Bako village on Monday. Residents said the attack on Ungwan Bako lasted an hour.",
     "Ungwan Bako"),
    ("Militiamen burned homes in Kyaw Zin village of Sagaing on Monday. A resident said Kyaw Zin had been attacked before.",
     "Kyaw Zin"),
]


@pytest.mark.parametrize("text,name", KIND_NAMED, ids=[r[1] for r in KIND_NAMED])
def test_a_name_written_elsewhere_with_its_kind_of_place_is_no_person(pipeline, text, name):
    assert not [a for a in actors_of(pipeline, text) if name in a.span.text]


LINKED = [
    # text, name: a body's name joined by a Persian or Arabic linking word, which the parser splits
    ("A little-known outfit, Lashkar-e-Noor, said it had planted the bomb near Tank.",
     "Lashkar-e-Noor"),
    ("A new faction called Jaish-e Sabr-e Karim said on Tuesday that its men had fired the rockets.",
     "Jaish-e Sabr-e Karim"),
    ("Tehreek-e-Insaaf Pakistan fighters were blamed for the ambush in Zhob on Monday.",
     "Tehreek-e-Insaaf Pakistan"),
]


@pytest.mark.parametrize("text,name", LINKED, ids=[r[1] for r in LINKED])
def test_a_name_joined_by_a_linking_word_is_one_body(pipeline, text, name):
    a = actor(actors_of(pipeline, text), name)
    assert a.name == name and a.kind == "organisation"


def test_a_linked_name_of_no_body_is_no_actor(pipeline):
    """"Operation Zarb-i-Azb": an operation's name, no body, is not taken for one."""
    text = "Militants fled Operation Zarb-i-Azb in North Waziristan in 2014, officials said."
    assert not any("Zarb" in a.name for a in actors_of(pipeline, text))


def test_actor_spans_point_at_the_text(pipeline):
    text = "Iran's interior minister Ahmad Vahidi arrived in Islamabad on Monday. Pakistani troopers guarded the route."
    for a in actors_of(pipeline, text):
        assert text[a.span.start:a.span.end] == a.span.text


def test_stray_organisations_are_not_actors(pipeline):
    """spaCy tags some vehicles and substances as organisations; only bodies and acronyms are kept."""
    text = ("Insurgents attacked a Land Cruiser near Mocimboa da Praia on Saturday. "
            "The Chin National Front (CNF) and the Kachin Independence Army said their fighters were safe.")
    names = {a.name for a in pipeline.extract(text, published="2024-03-10").actors}
    assert "Land Cruiser" not in names
    assert "Chin National Front" in names


def test_a_quote_mark_opening_a_name_is_no_part_of_it(pipeline):
    """A statement quoted from its first word ('said the "Government of Ghana has …'): the quote mark
    spaCy may take into the entity is not in the actor's name."""
    text = 'The ministry said the "Government of Ghana has declared a staff member of the Togolese embassy persona non grata".'
    names = {a.name for a in actors_of(pipeline, text)}
    assert "Government of Ghana" in names
    assert not any(n.startswith(('"', '“')) for n in names)


def test_a_defined_name_matched_inside_a_token_keeps_its_own_name(pipeline):
    """A name the article defines ("Canton'") can match text that ends inside a token ("Canton's"):
    the match yields the defined name, never the tokens' text (which no table holds)."""
    from spacy.tokens import Doc

    from sitrep.actors import Canon, _local_matches

    doc = Doc(pipeline.language.nlp.vocab, words=["Canton", "'s", "mayor"], spaces=[False, True, False])
    found = list(_local_matches(doc, {"Canton'": Canon("Canton'", None, None)}))
    assert found == [(0, 1, "Canton'")]


def test_generic_actors_name_their_country_as_acled_does(pipeline):
    """"Civilians (Philippines)", as ACLED writes it, though the state is "Military Forces of the
    Philippines"."""
    art = pipeline.extract("Gunmen killed three civilians in Manila on Monday, police said.", published="2024-03-13")
    ev = next(e for e in art.events if e.plover == "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.name == "Civilians (Philippines)"
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (Philippines)"


def test_a_states_forces_and_government_are_known_by_acleds_names_in_one_place():
    from sitrep.actors import state_agent, state_force
    from sitrep.records import Actor, Span

    def actor(name, type_="state"):
        return Actor(name=name, span=Span(0, 1, "x"), type=type_, country="KE", kind="country")

    assert state_force(actor("Military Forces of Kenya")) and state_force(actor("Police Forces of Kenya"))
    assert not state_force(actor("Government of Kenya")) and state_agent(actor("Government of Kenya"))
    assert not state_force(actor("Military Forces of Kenya", "rebel"))  # a name is not enough: the type too
    assert not state_agent(actor("Al-Shabaab", "rebel")) and not state_force(None) and not state_agent(None)


def test_an_envoy_is_the_government_of_the_state_named_with_it(pipeline):
    """"the Greek ambassador" stands for Greece's government; a bare "the ambassador" names no state,
    so it is no actor (not the report's own government, which would make Turkey expel itself)."""
    named = actors_of(pipeline, "Turkey expelled the Greek ambassador on Monday.")
    assert actor(named, "Greek ambassador").name == "Government of Greece"
    bare = actors_of(pipeline, "Turkey expelled the ambassador on Monday.")
    assert [a.name for a in bare] == ["Government of Turkey"]


def test_an_actor_takes_the_type_it_had_when_the_report_was_published(pipeline):
    """The Taliban were an insurgency until they took Kabul in August 2021 (the actor file's
    ``earlier``): a report of 2019 reads them as rebels, one of 2024 as the state."""
    text = "Taliban fighters attacked a police checkpoint in Farah province on Tuesday."
    before = actor(pipeline.extract(text, published="2019-07-10").actors, "Taliban")
    after = actor(pipeline.extract(text, published=PUBLISHED).actors, "Taliban")
    assert (before.type, after.type) == ("rebel", "state")


# --- datelines and a country named with a bearing ------------------------------------------------

def test_a_dateline_names_no_party_and_the_lead_after_it_keeps_its_doer(pipeline):
    """"GAROWE, Somalia –" says where the report was filed: no Government of Somalia in it; the
    lead's first word, capitalised after the dash, is still the description it is."""
    text = "Post overrun\n\nGAROWE, Somalia – Militants overran a police post near the coast on Sunday, elders said.\n"
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.span.start < text.index("–")], found
    assert actor(found, "Militants").name == "Unidentified Armed Group (Somalia)"


def test_a_datelines_agency_names_no_party(pipeline):
    """"LAGOS (NAN):" — the news agency in the dateline's brackets filed the report; it is no
    party to what the lead tells."""
    text = "Attacks\n\nLAGOS (NAN): A dozen people, including two women, have been killed in attacks across the state, officials said on Monday.\n"
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.span.start < text.index(":")], found  # (nor "Attacks LAGOS" as the
    # name "(NAN)" stands for: actors._ACRONYM_DEF reads one line)


def test_a_datelines_agency_closed_by_its_bracket_names_no_party(pipeline):
    """"Patiala, Nov 21 (PTI) Farmers …": the agency's bracket ends the dateline with no dash; PTI
    there is the wire that filed the report, not the Pakistani party of those initials."""
    text = "Highway blocked\n\nPatiala, Nov 21 (PTI) Farmers blocked the main highway on Tuesday.\n"
    found = actors_of(pipeline, text)
    assert not [a for a in found if "Insaf" in a.name], found


def test_a_country_named_with_a_bearing_is_the_reports_country(pipeline):
    """"in northwest Nigeria", tagged as one place name, makes Nigeria the report's country, so
    that unnamed gunmen are Nigeria's."""
    text = "Village attacked\n\nGunmen attacked a village in northwest Nigeria early Sunday morning, residents said.\n"
    assert actor(actors_of(pipeline, text), "Gunmen").name == "Unidentified Armed Group (Nigeria)"


def test_a_description_the_tagger_took_for_a_name_is_still_a_description(pipeline):
    """"Bandits" opening the lead, tagged as a person's or a body's name, are unidentified gunmen."""
    text = "Village attacked\n\nBandits raided a village in northwest Nigeria early on Sunday, residents said.\n"
    assert actor(actors_of(pipeline, text), "Bandits").name == "Unidentified Armed Group (Nigeria)"

def test_a_title_case_headlines_first_common_noun_is_no_person(pipeline):
    """"Flurry of Rebel Attacks Kills Two …": a common noun opening a title-case headline, tagged as a
    person's name and named nowhere in the body, is no one."""
    text = ("Flurry of Rebel Attacks Kills Two in Narathiwat\n\nTwo rubber tappers were shot dead in "
            "Narathiwat, Thailand, on Tuesday, police said.\n")
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.span.text == "Flurry"], [(a.span.text, a.name) for a in found]


def test_a_common_word_capitalised_only_as_the_first_word_names_no_group(pipeline):
    """"Cartel gunmen" opening the lead, where the report writes "cartel" in lower case elsewhere,
    are unidentified gunmen; a capitalised word the report never writes in lower case ("Maoist
    rebels") still names the group they are known by."""
    text = ("Bar attacked\n\nCartel gunmen stormed a bar in Celaya, Mexico, on Sunday. Soldiers later raided a "
            "cartel safe house nearby.\n")
    assert actor(actors_of(pipeline, text), "Cartel gunmen").name == "Unidentified Armed Group (Mexico)"
    text = "Post attacked\n\nMaoist rebels stormed a police post in Sukma, India, on Sunday.\n"
    assert actor(actors_of(pipeline, text), "Maoist rebels").name == "Maoist rebels"


@pytest.mark.parametrize("text", [
    "Rights groups condemned the excessive force used against marchers in Nairobi, Kenya, on Monday.",
    "The curfew remained in force in Kisumu, Kenya, on Monday.",
    "Kenya said the use of force against marchers in Nairobi on Monday was lawful.",
])
def test_force_said_of_violence_or_validity_is_no_body(pipeline, text):
    assert not [a for a in actors_of(pipeline, text) if a.span.text.lower().endswith("force")]


def test_a_force_with_its_article_is_a_body(pipeline):
    text = "A paramilitary force attacked a camp near Kidal in Mali on Monday."
    assert actor(actors_of(pipeline, text), "paramilitary force").name == "Military Forces of Mali"


def test_someone_named_after_an_armed_group_is_its_member(pipeline):
    text = "Police arrested a Lashkar-e-Jhangvi worker in Karachi, Pakistan, on Monday."
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.name.startswith("Civilians")]
    assert any(a.name == "Lashkar-e-Jhangvi" for a in found)


def test_an_unknown_name_after_at_or_in_is_a_place_not_a_person(pipeline):
    """"clashed at Jangalpotty": a place the gazetteer lacks, tagged as a person's name, is no party."""
    found = actors_of(pipeline, "Two groups of villagers clashed at Jangalpotty on Monday, leaving two dead.")
    assert not [a for a in found if a.span.text == "Jangalpotty"], found


def test_a_country_the_tagger_took_for_a_person_is_still_the_reports_country(pipeline):
    """"Togo", tagged as a person's name, still makes Togo the report's country: its protesters are
    Togo's."""
    text = ("Police fire tear gas at protesters\n\nPolice fired tear gas in Togo's capital on Tuesday as protesters "
            "blocked the entrance to a gendarmerie, witnesses said.\n")
    found = actors_of(pipeline, text)
    assert any(a.name == "Protesters (Togo)" for a in found), [(a.span.text, a.name) for a in found]


def test_a_country_naming_an_opposition_or_rebels_is_not_its_government(pipeline):
    """"the Tanzania opposition leader": the country names whose opposition, not a party of its own."""
    text = "Arrest of Tanzania opposition leader sparks protest\n\nPolice arrested him in Arusha on Wednesday.\n"
    found = actors_of(pipeline, text)
    assert not [a for a in found if a.span.text == "Tanzania"], [(a.span.text, a.name) for a in found]


def test_a_title_case_headline_tagged_as_a_person_names_no_one(pipeline):
    """A title-case headline's words the tagger took for a person's name hold a verb or end in a
    weapon that strikes on its own: no one's name. A person named in a headline still is."""
    text = ("Roadside Bomb Kills 4 Soldiers in Zabul\n\nA roadside bomb killed four soldiers in Zabul on Monday, "
            "said Karim Haidari, the governor.\n")
    found = actors_of(pipeline, text)
    assert not [a for a in found if "Bomb" in a.span.text]
    assert actor(found, "Karim Haidari").name == "Karim Haidari"


def test_a_weapons_initials_defined_in_the_text_name_no_party(pipeline):
    """actors: "an Improvised Explosive Device (IED)" defines a weapon's initials, not a body's: no
    actor (a body defined so still is one: test_acronym_defined_in_text_for_an_unknown_group)."""
    text = "Rebels used an Improvised Explosive Device (IED) to blow up a police van near Sukma on Monday."
    assert not [a for a in actors_of(pipeline, text) if "Device" in a.name or a.span.text == "IED"]


def test_the_plural_table_gives_what_the_headline_rule_gives(pipeline):
    """find() looks a plural left as written up in a table built once; it must answer as the
    word-by-word rule does, for the description nouns' plurals and for words that are none."""
    from sitrep.actors import _headline_singular

    finder = pipeline.actor_finder
    lex = finder.lex
    nouns = [n for n in lex.noun_kind if " " not in n]
    words = {w for n in nouns for w in (n, n + "s", n + "es", n + "n", n[:-1] + "ies", n[:-3] + "men")}
    words |= {"gunmen", "soldiers", "militias", "allies", "houses", "women", "yesterday", "s", "men", ""}
    table = finder.singular_of
    assert table.get("gunmen") == "gunman" and table.get("soldiers") == "soldier"
    assert [w for w in words if table.get(w) != _headline_singular(w, lex)] == []


def test_a_lower_case_unit_taken_for_a_name_is_no_person(pipeline):
    # spaCy may tag the "mm" of "122mm" as a person; a name has a capital
    found = actors_of(pipeline, "The DRC armed forces fired two 122mm rockets into Rwanda from the Bunagana area "
                                "on Friday, the Rwandan ministry said.")
    assert not any(a.span.text == "mm" for a in found), [(a.span.text, a.name) for a in found]


# --- a people's word before an act of war ------------------------------------------------------

def test_an_air_raid_by_a_people_is_its_states_forces(pipeline):
    # "air raid", "naval assault": arms only a state's forces have (event_words.yaml strike_arms)
    found = actors_of(pipeline, "An Ethiopian air raid hit a fuel depot outside Gondar on Tuesday.")
    a = actor(found, "Ethiopian")
    assert (a.name, a.country) == ("Military Forces of Ethiopia", "ET")


def test_a_foreign_attack_named_by_its_people_with_its_forces_named_elsewhere(pipeline):
    text = ("An Eritrean attack on the garrison at Badme left four defenders dead on Monday. "
            "Eritrean troops had massed on the border for a week.")
    a = actor(actors_of(pipeline, text), "Eritrean")
    assert a.name == "Military Forces of Eritrea"


def test_a_peoples_attack_with_no_forces_of_theirs_named_is_no_army(pipeline):
    text = "An Eritrean attack on the garrison at Badme left four defenders dead on Monday."
    assert not any(a.span.text == "Eritrean" and a.name.startswith("Military Forces")
                   for a in actors_of(pipeline, text))


@pytest.mark.parametrize("text,mention,canonical", [
    ("French-led forces shelled a depot outside Gao on Tuesday.", "French-led forces", "Military Forces of France"),
    ("U.S.-led drones hit a convoy near Sirte on Tuesday.", "U.S.-led", "Military Forces of the United States"),
    ("A Nigerian-led mission fired on a camp near Diffa on Tuesday.", "Nigerian-led mission", "Military Forces of Nigeria"),
], ids=["french-led-forces", "us-led-drones", "nigerian-led-mission"])
def test_what_a_state_leads_is_its_forces(pipeline, text, mention, canonical):
    assert actor(actors_of(pipeline, text), mention).name == canonical


@pytest.mark.parametrize("text, name", [
    ("Police fired tear gas at protesters in Harlow on Monday.", "Police Forces of the United Kingdom"),
    ("Dutch police detained twelve activists in Utrecht on Monday.", "Police Forces of the Netherlands"),
    ("Soldiers clashed with rebels near Bambari on Monday, the army said.", "Military Forces of the Central African Republic"),
    ("Police arrested four traders in Kelo in Chad on Monday.", "Police Forces of Chad"),
])
def test_the_state_agents_of_countries_named_with_the_take_it(pipeline, text, name):
    # ACLED writes "Police Forces of the United Kingdom", "... of Chad": data/actors.yaml says which take "the"
    names = {a.name for ev in pipeline.extract(text, published="2024-03-10").events for a in (ev.actor1, ev.actor2) if a}
    assert name in names


@pytest.mark.parametrize("text,mention,affiliation", [
    # a governor's or a mayor's title with no country: the report's country (its state or city is in it)
    ("Clashes broke out in Kano, Nigeria, on Sunday. Governor Musa Dangoma imposed a curfew on the city on Monday.",
     "Musa Dangoma", "Government of Nigeria"),
    ("Clashes broke out in Mombasa, Kenya, on Sunday. Mayor Tom Ndeya imposed a curfew on the city on Monday.",
     "Tom Ndeya", "Government of Kenya"),
    # (a president's or a minister's title with no country stays unplaced: he may be a visitor's)
    ("Clashes broke out in Mombasa, Kenya, on Sunday. President Tom Ndeya condemned the violence on Monday.",
     "Tom Ndeya", None),
])
def test_local_office_is_of_the_report_country(pipeline, text, mention, affiliation):
    a = actor(actors_of(pipeline, text), mention)
    assert a.kind == "person"
    assert a.affiliation == affiliation


def test_a_time_told_before_the_doers_is_not_part_of_their_name(pipeline):
    # the parser hangs "Last Thursday" on the noun as its compound; the doers are the insurgents alone
    found = actors_of(pipeline, "Last Thursday insurgents ambushed a convoy near Kelvara in Mozambique.")
    a = actor(found, "insurgents")
    assert a.name == "Unidentified Armed Group (Mozambique)"
    # a modifier that is no time still belongs to the doers ("Islamist insurgents")
    found = actors_of(pipeline, "Islamist insurgents ambushed a convoy near Kelvara in Mozambique.")
    assert actor(found, "Islamist insurgents")
