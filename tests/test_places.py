"""Stage 4, places: mentions resolved against the real gazetteer, in the context of their text.

Every table row is one sentence (or two) of our own; each says which place a mention must
resolve to (country ISO2, admin1, admin2, precision), or which words must not become places.
Admin names are compared accent-folded (as the scorer does): "Telangāna" counts as "Telangana".
"""
from __future__ import annotations

import pytest

from sitrep.gazetteer import normalise
from sitrep.places import find_places


def places_of(pipeline, text):
    return find_places(pipeline.language.parse(text), pipeline.gazetteer, adjectives=pipeline.language.adjectives)


def place(places, name):
    """The first place whose mention is ``name`` (the span text or the resolved name)."""
    for p in places:
        if p.span.text == name or p.name == name:
            return p
    raise AssertionError(f"no place {name!r} among {[(p.name, p.country) for p in places]}")


def fold(value):
    return normalise(value) if value else None


def admin_is(value, expected):
    """An admin name matches when accent-folded, with or without its type word ("Nushki District")."""
    if expected is None:
        return value is None
    got = fold(value) or ""
    want = fold(expected)
    return got == want or got.removesuffix(" district") == want.removesuffix(" district")


# --- the same name in different countries: the text's context decides -------------------------

AMBIGUOUS = [
    # text, mention, country, admin1
    ("Police in Hyderabad said the Sindh government had ordered extra patrols after the clashes.",
     "Hyderabad", "PK", "Sindh"),
    ("Police in Hyderabad said the Telangana government had ordered extra patrols. "
     "Officials in India said the city was calm.",
     "Hyderabad", "IN", "Telangana"),
    ("Shops stayed shut in Hyderabad on Sunday after a strike call by traders across Pakistan.",
     "Hyderabad", "PK", "Sindh"),
    ("Shops stayed shut in Hyderabad on Sunday after Indian police detained a student leader.",
     "Hyderabad", "IN", "Telangana"),
    ("Militants attacked a post in Hyderabad, the second largest city of Sindh province.",
     "Hyderabad", "PK", "Sindh"),
    ("Gunmen attacked a checkpoint in Balochistan on Monday, Pakistani officials said.",
     "Balochistan", "PK", "Balochistan"),
    ("Gunmen attacked a checkpoint in Baluchistan on Monday, Pakistani officials said.",
     "Baluchistan", "PK", "Balochistan"),
    ("Two border guards were killed in Sistan and Baluchestan province, Iranian media reported.",
     "Sistan and Baluchestan", "IR", "Sistan and Baluchestan"),
    ("Iran's Sistan and Balochistan province borders Pakistan's Balochistan province.",
     "Sistan and Balochistan", "IR", None),
    ("Iran's Sistan and Balochistan province borders Pakistan's Balochistan province.",
     "Balochistan", "PK", "Balochistan"),
    # no province named: the other districts the report names say which Bijapur it is
    ("Police in India said Maoists attacked a patrol in Sukma on Monday. A day later, a blast "
     "hit a convoy in Narayanpur, and on Wednesday an IED went off in Bijapur.",
     "Bijapur", "IN", "Chhattisgarh"),
    ("Officials in India said a bus overturned near Belagavi on Monday and another crashed in Bijapur.",
     "Bijapur", "IN", "Karnataka"),
    # a country named in full, which the model cuts in two: the town is resolved in it, not abroad
    ("Rebels raided a market in Beni in the Democratic Republic of the Congo on Friday, officials said.",
     "Beni", "CD", "Nord-Kivu"),
    ("Rebels raided a market in Beni in the Democratic Republic of the Congo on Friday, officials said.",
     "Democratic Republic of the Congo", "CD", None),
    # "the city of X": a hamlet abroad of that spelling does not stop the search for the city spelled
    # another way (Iraq's Basrah, not a village of Basra in Punjab)
    ("A second blast struck the oil-rich southern city of Basra on Monday, killing four people.",
     "Basra", "IQ", "Basra"),
    # a people's word before a force or its blows names the doer, not the scene: the towns are read
    # in the land the report names otherwise (Ukraine's Kupiansk, not a Russian namesake) ...
    ("Russian strikes hit a school on Tuesday and Russian drones struck a depot in Kupiansk, "
     "Ukrainian officials said.", "Kupiansk", "UA", "Kharkiv"),
    # ... but the doer's own land still counts where one of its towns is named, or it is the scene
    ("Chadian soldiers shot dead three Sudanese traders near Adre on Monday.", "Adre", "TD", None),
    ("Israeli police raided a home in Haifa and arrested two men.", "Haifa", "IL", "Haifa"),
]


@pytest.mark.parametrize("text,mention,country,admin1", AMBIGUOUS,
                         ids=[f"{r[1]}-{r[2]}-{i}" for i, r in enumerate(AMBIGUOUS)])
def test_ambiguous_names_resolve_by_context(pipeline, text, mention, country, admin1):
    p = place(places_of(pipeline, text), mention)
    assert p.country == country
    if admin1 is not None:
        assert admin_is(p.admin1, admin1), p.admin1


@pytest.mark.parametrize("mention", ["Balochistan", "Baluchistan"])
def test_pakistani_province_is_admin1_precision(pipeline, mention):
    p = place(places_of(pipeline, f"Militants attacked a convoy in {mention}, Pakistani officials said."), mention)
    assert (p.country, p.precision, p.feature) == ("PK", "admin1", "admin1")
    assert p.admin2 is None


IRANIAN_SPELLINGS = ["Sistan-Baluchestan", "Sistan and Balochistan", "Sistan-Balochistan"]


@pytest.mark.parametrize("spelling", IRANIAN_SPELLINGS)
def test_spellings_of_one_iranian_province_give_one_admin1(pipeline, spelling):
    """Every spelling the alias file lists names the same province, with the same admin1 value."""
    ref = place(places_of(pipeline, "Guards were killed in Sistan and Baluchestan, Iranian media said."),
                "Sistan and Baluchestan")
    p = place(places_of(pipeline, f"Guards were killed in {spelling}, Iranian media said."), spelling)
    assert (p.country, p.precision) == ("IR", "admin1")
    assert fold(p.admin1) == fold(ref.admin1) == "sistan and baluchestan"


# --- spelling variants from the alias file -----------------------------------------------------

@pytest.mark.parametrize("spelling", ["Noshki", "Naushki", "Nushki"])
def test_spelling_variants_resolve_to_nushki(pipeline, spelling):
    text = f"Militants attacked a paramilitary post near {spelling} in Balochistan, Pakistani officials said."
    p = place(places_of(pipeline, text), spelling)
    assert p.country == "PK"
    assert admin_is(p.admin1, "Balochistan")
    assert admin_is(p.admin2, "Nushki District"), p.admin2
    assert p.precision == "point"


def test_capital_is_the_countrys_capital_city(pipeline):
    """A government's seat (events.slots._seat places its statements there)."""
    tokyo = pipeline.gazetteer.capital("JP")
    assert tokyo is not None and tokyo.name == "Tokyo" and tokyo.feature == "city" and tokyo.capital
    assert pipeline.gazetteer.capital("EG").name == "Cairo"
    assert pipeline.gazetteer.capital("ZZ") is None



@pytest.mark.parametrize("text,capital", [
    ("The envoy arrived in the Kenyan capital on Monday for two days of talks.", "Nairobi"),
    ("Hundreds of students marched through Peru's capital on Sunday.", "Lima"),
    ("Two bombs went off in the capital of Mali on Friday, wounding a guard.", "Bamako"),
    # "the capital" alone: the capital of the country the report names most
    ("Soldiers fired on protesters in the capital on Friday, and the Malian army later imposed a curfew "
     "across Mali.", "Bamako"),
])
def test_a_capital_named_by_what_it_is_is_that_city(pipeline, text, capital):
    found = [p for p in places_of(pipeline, text) if p.span.text == "capital"]
    assert [p.name for p in found] == [capital] and found[0].feature == "city"


@pytest.mark.parametrize("text", [
    "Militants overran a base 40 km south-west of the Somali capital on Monday.",  # a reference point
    "Gunmen shot a policeman in the provincial capital of Kunar on Monday.",  # not the country's
    "Ethiopia's economic capital is Dire Dawa, a minister said.",  # not the country's seat
    "Addis Ababa, the Ethiopian capital, was calm on Monday.",  # the name says it already
])
def test_a_capital_that_is_no_countrys_seat_or_a_reference_point_is_no_place(pipeline, text):
    assert not [p for p in places_of(pipeline, text) if p.span.text == "capital"]

def test_seats_are_the_capitals_of_the_states_named(pipeline):
    from sitrep.places import find_seats
    a = pipeline.extract("Japan accused South Korea of breaking its word on Monday.", "2024-03-10")
    seats = find_seats(a.actors, pipeline.gazetteer)
    assert {iso: p.name for iso, p in seats.items()} == {"JP": "Tokyo", "KR": "Seoul"}
    assert all(p.mention == "seat" for p in seats.values())


@pytest.mark.parametrize("spelling", ["Noshki", "Naushki"])
def test_alias_lookup_reaches_the_nushki_entry(pipeline, spelling):
    entries = pipeline.gazetteer.lookup(spelling)
    assert any(e.name == "Nushki" and e.country == "PK" and e.feature == "city" for e in entries)


@pytest.mark.parametrize("written", ["St. Paul", "St Paul", "Saint Paul"])
def test_a_saints_name_is_found_however_it_is_shortened(pipeline, written):
    """data/name_prefixes.csv: "St." is looked up as "Saint" too, so the place the text's state
    points to is among the candidates (GeoNames spells the Minnesota city out in full)."""
    p = place(places_of(pipeline, f"Police arrested 40 protesters in {written}, Minnesota, on Monday."), written)
    assert (p.country, p.precision) == ("US", "point")
    assert admin_is(p.admin1, "Minnesota")


def test_an_aspirate_spelled_or_not_is_one_place(pipeline):
    """gazetteer.skeleton folds "th" into "t": "Katmandu" is Kathmandu (a spelling guess, made
    only for a name the gazetteer does not know as written)."""
    from sitrep.gazetteer import skeleton
    assert skeleton("Katmandu") == skeleton("Kathmandu")
    p = place(places_of(pipeline, "Nepalese police fired tear gas at students in Katmandu on Saturday."), "Katmandu")
    assert (p.country, p.precision) == ("NP", "point")


def test_a_district_spelled_another_way_is_found_whatever_spacy_tags_it(pipeline):
    """places._KIND_AFTER: "Shah Walikot district" (GeoNames: Shah Wali Kot), which the model tags
    an organisation, is a district by the word after it, found by its spelling (a guess the province
    named with it confirms); the bare name is not guessed."""
    text = "Insurgents raided a police post in Shah Walikot district of Kandahar province on Monday night."
    p = place(places_of(pipeline, text), "Shah Walikot")
    assert (p.country, p.precision) == ("AF", "admin2")
    bare = "Insurgents raided a police post run by Shah Walikot of Kandahar province on Monday night."
    assert not [x for x in places_of(pipeline, bare) if x.name == "Shah Walikot"]


def test_a_town_lies_in_the_province_of_the_district_named_after_it(pipeline):
    """places._within: "Bijapur, Sukma district": of two Bijapurs (Karnataka's city, Chhattisgarh's
    town), the one in the province of the district the text names just after it, though the report
    names both provinces."""
    text = "Officials from Karnataka and Chhattisgarh met on Monday. Maoists attacked a camp in Bijapur, Sukma district, on Sunday."
    p = place(places_of(pipeline, text), "Bijapur")
    assert admin_is(p.admin1, "Chhattisgarh"), p.admin1


def test_a_list_names_places_of_one_kind(pipeline):
    """places._listed_with: "Georgia" beside US states is the state; beside Russia and Armenia, the
    country."""
    states = places_of(pipeline, "Governors put troops on alert in Georgia, Kentucky and Ohio on Monday.")
    assert (place(states, "Georgia").country, place(states, "Georgia").precision) == ("US", "admin1")
    countries = places_of(pipeline, "Envoys of Russia, Georgia and Armenia met in Vienna on Monday.")
    assert place(countries, "Georgia").country == "GE"


def test_a_province_named_in_a_list_ranks_its_towns(pipeline):
    """places.find_places: a province a list of provinces names counts as named ("sent to Georgia,
    Kentucky and Ohio"), as much as one a town implies ("Chicago": Illinois): Atlanta is Georgia's."""
    found = places_of(pipeline, "Unrest spread from Chicago to Atlanta on Friday. "
                                "Guardsmen were sent to Georgia, Kentucky and Ohio.")
    assert admin_is(place(found, "Atlanta").admin1, "Georgia"), place(found, "Atlanta").admin1


def test_names_of_a_list_tagged_as_one_name_are_each_a_place(pipeline):
    """places._mentions: spaCy may tag two names of a list, comma and all, as one name ("Jos, Port
    Harcourt" before "and other cities"); each is a place of its own."""
    found = places_of(pipeline, "Crowds gathered in Benin City, Abuja, Port Harcourt and other cities on Tuesday "
                                "to protest.")
    assert {"Abuja", "Port Harcourt"} <= {p.span.text for p in found}, [p.span.text for p in found]


def test_a_short_first_word_is_not_looked_up_alone(pipeline):
    """Only a name's first word is expanded: a name that merely starts with the letters is left alone."""
    assert not any(e.name.startswith("Saint") for e in pipeline.gazetteer.lookup("Stanley"))


def test_name_prefixes_file_is_strict(tmp_path, monkeypatch):
    from sitrep import gazetteer
    from sitrep.errors import GazetteerError
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "name_prefixes.csv").write_text("short,long\nSt.,saint\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "__file__", str(tmp_path / "gazetteer.py"))
    gazetteer._name_prefixes.cache_clear()
    try:
        with pytest.raises(GazetteerError, match="name_prefixes.csv"):
            gazetteer._name_prefixes()
    finally:
        monkeypatch.undo()
        gazetteer._name_prefixes.cache_clear()


# --- districts vs towns ------------------------------------------------------------------------

DISTRICTS = [
    # text, mention, admin1, admin2
    ("Two soldiers died in Kech district of Balochistan, the Pakistani army said.", "Kech", "Balochistan", "Kech"),
    ("Militants killed two soldiers in the Kech District, Pakistani officials said.", "Kech District", "Balochistan", "Kech"),
    ("Militants killed two soldiers in the district of Kech in Pakistan.", "Kech", "Balochistan", "Kech"),
    ("Gunmen killed two labourers in Turbat district in Balochistan, Pakistani police said.",
     "Turbat district", "Balochistan", "Kech"),
    ("Militants attacked a police post in Panjgur district in Balochistan, Pakistani police said.",
     "Panjgur", "Balochistan", "Panjgur"),
]


@pytest.mark.parametrize("text,mention,admin1,admin2", DISTRICTS, ids=[r[1] + f"-{i}" for i, r in enumerate(DISTRICTS)])
def test_named_district_is_admin2_precision(pipeline, text, mention, admin1, admin2):
    p = place(places_of(pipeline, text), mention)
    assert p.country == "PK"
    assert p.precision == "admin2", (p.precision, p.feature)
    assert admin_is(p.admin1, admin1)
    assert admin_is(p.admin2, admin2), p.admin2


@pytest.mark.parametrize("lead", ["in the", "in"])
def test_a_district_named_after_its_article_is_still_the_district(pipeline, lead):
    # "the Bungudu Local Government Area" (tagged an organisation): the name after "in the" is a
    # place's as much as after "in", and says which country the report is about
    text = f"Bandits raided three hamlets {lead} Bungudu Local Government Area of Zamfara State on Friday."
    p = place(places_of(pipeline, text), "Bungudu Local Government Area")
    assert (p.country, p.precision) == ("NG", "admin2")
    assert admin_is(p.admin1, "Zamfara") and admin_is(p.admin2, "Bungudu")


def test_a_village_unknown_with_a_district_unknown_is_placed_in_its_province(pipeline):
    # neither the village nor its district is in the gazetteer: the province, with no district guessed
    found = places_of(pipeline, "Gunmen stormed Kuchi village, Munya local government area of Niger State, on Friday.")
    p = place(found, "Niger State")
    assert (p.country, p.precision, p.admin2) == ("NG", "admin1", None)
    assert admin_is(p.admin1, "Niger")
    assert all(q.admin2 is None for q in found if q.country == "NG")


TOWNS = [
    # text, mention, admin1, admin2
    ("Gunmen killed two labourers near Quetta, Pakistani police said.", "Quetta", "Balochistan", "Quetta"),
    ("A bomb went off in the main bazaar of Turbat in Balochistan, Pakistani police said.", "Turbat", "Balochistan", "Kech"),
    ("Militants attacked a checkpoint near Turbat, Pakistani officials said.", "Turbat", "Balochistan", "Kech"),
    ("Militants attacked a checkpoint near Turbat in Pakistan's Balochistan province.", "Turbat", "Balochistan", "Kech"),
    ("Gunmen attacked a convoy near Gwadar in Balochistan, Pakistani officials said.", "Gwadar", "Balochistan", "Gwadar"),
    ("Militants attacked a camp in Panjgur in Balochistan, Pakistani police said.", "Panjgur", "Balochistan", "Panjgur"),
    ("A suicide bomber struck a market in Bannu, Pakistani police said.", "Bannu", "Khyber Pakhtunkhwa", "Bannu"),
]


@pytest.mark.parametrize("text,mention,admin1,admin2", TOWNS, ids=[r[1] + f"-{i}" for i, r in enumerate(TOWNS)])
def test_town_is_a_point_with_its_district(pipeline, text, mention, admin1, admin2):
    p = place(places_of(pipeline, text), mention)
    assert p.country == "PK"
    assert p.precision == "point", (p.precision, p.feature)
    assert admin_is(p.admin1, admin1)
    assert admin_is(p.admin2, admin2), p.admin2


# --- direction words ---------------------------------------------------------------------------

DIRECTIONS = [
    ("Israeli drones struck a car in southern Lebanon on Monday.", "LB", "country"),
    # "South Lebanon" is also the name of a governorate (GeoNames "South"): the finer answer
    ("Israeli shelling hit villages in South Lebanon on Monday.", "LB", "admin1"),
    ("Militants attacked a police post in northwestern Pakistan on Monday.", "PK", "country"),
    ("Militants attacked a police post in north-west Pakistan on Monday.", "PK", "country"),
    ("Taliban fighters took control of a border crossing in eastern Afghanistan.", "AF", "country"),
    ("Jihadists attacked an army base in northern Burkina Faso on Monday.", "BF", "country"),
]


@pytest.mark.parametrize("text,country,precision", DIRECTIONS, ids=[f"{r[1]}-{i}" for i, r in enumerate(DIRECTIONS)])
def test_direction_word_keeps_the_country(pipeline, text, country, precision):
    found = places_of(pipeline, text)
    assert [p.country for p in found if p.mention == "name"] == [country], [(p.name, p.country, p.admin1) for p in found]
    assert [p for p in found if p.mention == "name"][0].precision == precision


# --- names that are not places -----------------------------------------------------------------

NOT_PLACES = [
    # text, words no place may be found in, a place that must still be found
    ("The Pakistan Army said its troops killed four militants near Quetta.", ["Pakistan Army"], "Quetta"),
    ("The Baloch Liberation Front said its fighters attacked a convoy near Quetta, Pakistani officials said.",
     ["Baloch Liberation Front"], "Quetta"),
    ("The Balochistan Liberation Front said its fighters attacked a convoy near Quetta, Pakistani officials said.",
     ["Balochistan Liberation Front"], "Quetta"),
    ("Police in Karachi said the Tehrik-i-Taliban Pakistan was behind the attack.",
     ["Tehrik-i-Taliban Pakistan"], "Karachi"),
    ("Police in Karachi arrested Chaman Ali, a 32-year-old shopkeeper, on Sunday, Pakistani officials said.",
     ["Chaman Ali"], "Karachi"),
    ("A spokesman for the group, Gwahram Baloch, said fighters had attacked a post in Quetta in Pakistan.",
     ["Gwahram Baloch"], "Quetta"),
    ("Baloch activists and Pashtun elders met in Quetta on Sunday, Pakistani officials said.",
     ["Baloch activists", "Pashtun elders"], "Quetta"),
    ("Hazara shopkeepers closed their shops in Quetta after Sunni and Shia clerics called for calm in Pakistan.",
     ["Hazara", "Sunni", "Shia"], "Quetta"),
    ("Jewish settlers torched cars in Hebron in the West Bank on Sunday.", ["Jewish"], "Hebron"),
    # a rank before a name ("First": GeoNames keeps it as another name of Yemen's Aden)
    ("The clash was confirmed by First Lt. Ana Cruz, a spokesperson of the army brigade in Catubig, Philippines.",
     ["First"], "Catubig"),
    # a compass point alone after "the": a bloc of states or a vague part of a land, not West, Texas
    ("Officials in Houston called the ruling a challenge to the West and to the United States.",
     ["West"], "Houston"),
    ("Thousands of people protested in the West on Monday against the war, officials in Dallas said.",
     ["West"], "Dallas"),
]


@pytest.mark.parametrize("text,blocked,kept", NOT_PLACES, ids=[r[1][0] for r in NOT_PLACES])
def test_names_that_are_not_places(pipeline, text, blocked, kept):
    found = places_of(pipeline, text)
    for phrase in blocked:
        a = text.index(phrase)
        b = a + len(phrase)
        # a place inside a name may be told as such ("in_name"), never as a place of the report
        inside = [p.span.text for p in found if p.span.start < b and p.span.end > a and p.mention != "in_name"]
        assert not inside, f"{inside} inside {phrase!r} became a place"
    assert kept in [p.span.text for p in found]


# --- false friends must not vouch for their countries ---------------------------------------------

FALSE_FRIENDS = [
    # a part of a named city, a photo credit, a town called by an English adjective, a continent
    ("Riot police fired tear gas in Mombasa's Central Business District on Tuesday.\n\n"
     "Officers detain a student near the port on Tuesday. [Jane Wanjiru, Standard]\n\n"
     "Plain-clothes officers later drove detainees to police stations across Mombasa, "
     "said Amina Yusuf of the rights group Haki Africa.", "KE"),
]


@pytest.mark.parametrize("text,country", FALSE_FRIENDS)
def test_false_friends_do_not_bring_in_their_countries(pipeline, text, country):
    found = places_of(pipeline, text)
    assert {p.country for p in found if p.country and p.mention == "name"} == {country}, [(p.span.text, p.country) for p in found]
    assert any(p.span.text == "Mombasa" for p in found)


# --- several places in one sentence ------------------------------------------------------------

MULTI = [
    ("Police in Lahore and Peshawar were on alert after gunmen attacked a checkpoint near Quetta, "
     "Pakistani officials said.",
     [("Lahore", "PK", "Punjab"), ("Peshawar", "PK", "Khyber Pakhtunkhwa"), ("Quetta", "PK", "Balochistan")]),
    ("Gunmen attacked a convoy near Gwadar and another near Khuzdar in Balochistan, Pakistani officials said.",
     [("Gwadar", "PK", "Balochistan"), ("Khuzdar", "PK", "Balochistan"), ("Balochistan", "PK", "Balochistan")]),
    ("The Pakistani army said two soldiers were killed near Dera Bugti and three in Mastung.",
     [("Dera Bugti", "PK", "Balochistan"), ("Mastung", "PK", "Balochistan")]),
    ("Iran's Sistan and Balochistan province borders Pakistan's Balochistan province.",
     [("Iran", "IR", None), ("Sistan and Balochistan", "IR", "Sistan and Baluchestan"),
      ("Pakistan", "PK", None), ("Balochistan", "PK", "Balochistan")]),
    ("Militants attacked posts in South Waziristan and North Waziristan in Pakistan.",
     [("South Waziristan", "PK", "Khyber Pakhtunkhwa"), ("North Waziristan", "PK", "Khyber Pakhtunkhwa"),
      ("Pakistan", "PK", None)]),
]


@pytest.mark.parametrize("text,expected", MULTI, ids=[r[1][0][0] for r in MULTI])
def test_every_place_of_a_multi_place_sentence(pipeline, text, expected):
    found = places_of(pipeline, text)
    got = [(p.span.text, p.country, fold(p.admin1)) for p in found if p.mention == "name"]
    assert got == [(n, c, fold(a)) for n, c, a in expected]


def test_place_spans_point_at_the_text(pipeline):
    text = "Gunmen attacked a convoy near Gwadar and another near Khuzdar in Balochistan, Pakistani officials said."
    for p in places_of(pipeline, text):
        assert text[p.span.start:p.span.end] == p.span.text


def test_a_hyphenated_region_is_one_name(pipeline):
    found = places_of(pipeline, "The convoy was ambushed in the Centre-nord region of Burkina Faso on Monday.")
    p = place(found, "Centre-nord")
    assert p.feature == "admin1" and fold(p.admin1) == fold("Centre-Nord")


def test_a_town_without_a_district_gets_the_district_named_after_it(pipeline):
    # GeoNames gives the town no district; the district of its name in its province is its own
    p = place(places_of(pipeline, "Insurgents attacked Mocimboa da Praia in Mozambique on Sunday."),
              "Mocimboa da Praia")
    assert p.feature == "city" and fold(p.admin2) == fold("Mocimboa da Praia")


def test_a_small_town_named_with_its_kind_of_place_is_a_place(pipeline):
    # too small to count on its own, and tagged a person, but "the … base" says it is a place
    found = places_of(pipeline, "Gunmen killed ten soldiers at the Gourma Rharous base in northern Mali on Monday.")
    p = place(found, "Gourma Rharous")
    assert p.country == "ML" and p.feature == "city"


@pytest.mark.parametrize("text,mention,admin1", [
    # the gazetteer spells it Slovyansk; spaCy calls it a place
    ("A missile hit the eastern Ukrainian city of Sloviansk on Friday.", "Sloviansk", "Donetsk"),
    ("Shelling hit Kupiansk in Ukraine on Friday.", "Kupiansk", "Kharkiv"),
])
def test_a_place_spelled_another_way_is_found_by_its_consonants(pipeline, text, mention, admin1):
    p = place(places_of(pipeline, text), mention)
    assert p.country == "UA" and fold(p.admin1) == fold(admin1) and p.feature == "city"


def test_a_name_found_by_its_consonants_is_the_same_place_where_it_recurs(pipeline):
    """places.find_places: the gazetteer spells it Khan Yunis; "the southern city of Khan Younis" finds
    it by its consonants, and the bare name told again later (tagged a person's) is that town too."""
    text = ("Israeli tanks shelled the Gaza Strip on Monday, hitting the southern city of Khan Younis. "
            "Three fishermen were killed on Tuesday near a clinic in Khan Younis.")
    found = [p for p in places_of(pipeline, text) if p.span.text == "Khan Younis"]
    assert len(found) == 2 and all(p.country == "PS" and p.feature == "city" for p in found), \
        [(p.span.text, p.country, p.feature) for p in found]


@pytest.mark.parametrize("text,mention,admin1", [
    # GeoNames: Nasiriyah (one s, a final -h); Al Fallujah (with its article); As Samawah
    ("Security forces fired on protesters in the southern Iraqi city of Nassiriya on Sunday.", "Nassiriya", "Dhi Qar"),
    ("Two soldiers were killed by a roadside bomb near Fallujah in Iraq on Sunday.", "Fallujah", "Anbar"),
    ("Hundreds of protesters marched in Samawa in southern Iraq on Sunday.", "Samawa", "Muthanna"),
])
def test_a_name_from_arabic_is_found_however_it_is_transliterated(pipeline, text, mention, admin1):
    """gazetteer.loose: in a country whose names come from Arabic (data/place_words.yaml), a name the
    gazetteer does not know as written is looked up without its article, its doubled letters made
    single and its final "-ah" as "-a"."""
    from sitrep.gazetteer import loose
    assert loose("Nassiriya") == loose("Nasiriyah") and loose("Fallujah") == loose("Al Fallujah")
    p = place(places_of(pipeline, text), mention)
    assert p.country == "IQ" and admin1.lower() in fold(p.admin1), (p.admin1, p.feature)


@pytest.mark.parametrize("text,mention,admin1", [
    ("Gunmen killed 25 men near a village in Burkina Faso's Center-North region on Sunday.", "Center-North", "Centre-Nord"),
    ("Gunmen attacked a market in the Centre-East region of Burkina Faso on Sunday.", "Centre-East", "Centre-Est"),
])
def test_a_french_named_region_is_found_by_its_english_compass_words(pipeline, text, mention, admin1):
    """places._in_french (data/place_words.yaml compass_french): a province named by compass words
    in English is looked up as French names it, when not found as written."""
    p = place(places_of(pipeline, text), mention)
    assert p.country == "BF" and p.feature == "admin1" and fold(admin1) in fold(p.admin1), (p.admin1, p.feature)


def test_the_capital_of_the_reports_country_outranks_a_namesake_in_a_named_province(pipeline):
    """places._score: "Washington" after "Chicago" is the US capital, not Washington, Illinois (a
    small town of a province the report names), in a report about the United States (and the state
    still, where the report's towns are the state's: test_a_capital_beats_a_province_of_its_name)."""
    text = ("Protests spread across the United States on Saturday. In Chicago, police arrested dozens. "
            "In Washington, demonstrators set fires near the White House.")
    p = place(places_of(pipeline, text), "Washington")
    assert p.country == "US" and "columbia" in fold(p.admin1), (p.admin1, p.feature)


@pytest.mark.parametrize("text,mention,admin1", [
    ("Several hundred nurses held a vigil near the White House on Thursday over unpaid wages.",
     "White House", "District of Columbia"),
    ("Riot police led away a dozen pensioners who had sat down outside the Kremlin on Thursday.",
     "Kremlin", "Moskva"),
])
def test_a_states_seat_named_by_its_building_is_the_capital(pipeline, text, mention, admin1):
    """data/place_aliases.csv: "near the White House", "outside the Kremlin" place a happening in the
    capital whose seat they name (not White House, Tennessee, nor nowhere)."""
    p = place(places_of(pipeline, text), mention)
    assert p.feature == "city" and fold(admin1) in fold(p.admin1), (p.admin1, p.feature)


def test_a_spelling_guess_never_brings_in_another_country(pipeline):
    # "Nampala" is not in the gazetteer; "Nampula" (Mozambique) has its consonants but not its country
    found = places_of(pipeline, "Gunmen attacked the army base in Nampala in central Mali on Tuesday.")
    assert {p.country for p in found} <= {"ML"}, [(p.span.text, p.country) for p in found]


def test_a_spelling_guess_abroad_needs_more_than_one_passing_mention_of_its_country(pipeline):
    """places._country_beside: "Mansour" is not in the gazetteer; "Mansura", a Louisiana town, has its
    consonants. A report about Baghdad that quotes US officials once does not make it that town; a
    report whose sentence names a place of that country beside it does ("Sloviansk" above)."""
    text = ("Two bombs went off near an army patrol in western Baghdad on Sunday, killing an officer.\n\n"
            "The blasts hit a street in Mansour district, an Interior Ministry source said.\n\n"
            "Violence continues in Iraq, according to U.S. and Iraqi officials.")
    found = places_of(pipeline, text)
    assert not [p for p in found if "Mansour" in p.span.text and p.country != "IQ"], \
        [(p.span.text, p.country) for p in found]
    assert place(places_of(pipeline, "Shelling hit Kupiansk in Ukraine on Friday."), "Kupiansk").country == "UA"


def test_a_name_told_with_a_kind_word_is_never_a_country(pipeline):
    """places.find_places: "Gwada" is an other name of Guadeloupe in the gazetteer; "Gwada Village" is
    a village the gazetteer lacks, not that country. A country named bare still is one."""
    found = places_of(pipeline, "Police laid an ambush at Gwada Village in Kaduna State, Nigeria, on Sunday.")
    assert not [p for p in found if p.country == "GP"], [(p.span.text, p.country) for p in found]
    found = places_of(pipeline, "Tourists left Guadeloupe on Sunday.")
    assert place(found, "Guadeloupe").country == "GP"


def test_initials_that_spell_a_places_name_are_no_place(pipeline):
    """places._acronym_of_a_name: "NAN" (a news agency's initials) spells Nan, a Thai province; in a
    sentence written in ordinary case it names no place. "USA" is the country (place_abbreviations.csv),
    not Usa, a Japanese town; a dateline's capitals still place the report."""
    found = places_of(pipeline, "A villager told NAN that the gunmen came on motorcycles to Gusau in Zamfara.")
    assert not [p for p in found if p.country == "TH"], [(p.span.text, p.country) for p in found]
    assert place(places_of(pipeline, "The team flew back to the USA on Monday."), "USA").country == "US"
    assert place(places_of(pipeline, "Nan province was flooded on Monday."), "Nan").country == "TH"


def test_a_demonym_tagged_as_a_place_still_names_the_country(pipeline):
    found = places_of(pipeline, "A missile hit the centre of the eastern Ukrainian city of Kramatorsk on Tuesday.")
    p = place(found, "Kramatorsk")
    assert p.country == "UA"


def test_the_town_of_x_is_a_place_even_when_tagged_a_person(pipeline):
    found = places_of(pipeline, "Rebels attacked the police station in the small jungle town of Sipi in the "
                                "northern province of Choco in Colombia on Sunday.")
    p = place(found, "Sipi")
    assert p.country == "CO" and p.feature == "city"


def test_a_famous_city_says_which_country_and_a_small_namesake_town_does_not(pipeline):
    text = ("Riot in Belfast\n\nPetrol bombs were thrown at police in the Woodvale area of Belfast on Friday night.\n\n"
            "Belfast police said seven officers were hurt.")
    found = pipeline.extract(text, published="2013-07-14").places
    belfast = [p for p in found if p.name == "Belfast"]
    assert belfast and all(p.country == "GB" for p in belfast), [(p.name, p.country) for p in found]
    assert not any(p.country == "AU" for p in found), [(p.name, p.country) for p in found]


def test_a_place_inside_a_groups_name_is_not_a_place_of_the_report(pipeline):
    """"the Islamic State in the Sahel": the Sahel is part of the group's name; a report from Mali
    is not placed in Burkina Faso's Sahel region by it."""
    text = ("Fighters of the Islamic State in the Sahel attacked an army post near Gao in Mali on Monday, "
            "killing four soldiers, the army said.")
    names = [p.name for p in pipeline.extract(text, published="2024-03-10").places]
    assert "Sahel" not in names and "Gao" in names


# --- a country or province has its own point, not a centre of its towns -------------------------
@pytest.mark.parametrize("text, mention, lat, lon", [
    # a centre of Russia's towns lies west of the Urals, a centre of Canada's near its southern border
    ("Officials in Russia said little about the talks.", "Russia", 60.0, 100.0),
    ("Officials in Canada said little about the talks.", "Canada", 60.0, -95.0),
    ("The storm reached Texas on Friday.", "Texas", 31.3, -98.5),
    ("The governor of Queensland declared an emergency.", "Queensland", -21.0, 145.0),
])
def test_a_country_or_province_takes_its_own_point(pipeline, text, mention, lat, lon):
    from sitrep.gazetteer import haversine_km
    p = place(places_of(pipeline, text), mention)
    assert p.feature in ("country", "admin1")
    assert haversine_km(p.lat, p.lon, lat, lon) < 300, (p.lat, p.lon)


# --- short forms, people's words, capitals, regions ------------------------------------------
@pytest.mark.parametrize("text, mention, country, feature", [
    ("Officials in the US said the talks had failed.", "US", "US", "country"),
    ("The UK recalled its envoy on Monday.", "UK", "GB", "country"),
    ("A fire destroyed a barn near Edmonton, Ky., on Sunday.", "Ky.", "US", "admin1"),
    ("The mine in W.Va. closed after the flood.", "W.Va.", "US", "admin1"),
    ("Wildfires spread across B.C. this week.", "B.C.", "CA", "admin1"),
])
def test_a_short_form_names_its_place(pipeline, text, mention, country, feature):
    p = place(places_of(pipeline, text), mention)
    assert (p.country, p.feature, p.mention) == (country, feature, "name")


def test_a_short_form_counts_only_as_written():
    from sitrep.places import abbreviations
    table = abbreviations()
    assert table["US"] == ("United States", "US", "country") and "us" not in table and "Ky" not in table


def test_a_town_in_a_named_state_beats_its_famous_namesake(pipeline):
    p = place(places_of(pipeline, "A fire destroyed a barn near Edmonton, Ky., on Sunday."), "Edmonton")
    assert (p.country, fold(p.admin1)) == ("US", "kentucky")


@pytest.mark.parametrize("text, mention, country", [
    ("Russian troops shelled the outskirts of Kharkiv overnight.", "Russian", "RU"),
    ("The South Korean navy fired warning shots.", "South Korean", "KR"),
    ("Canadian officials declined to comment.", "Canadian", "CA"),  # not Canadian County, Oklahoma
])
def test_a_peoples_word_names_its_country_flagged_as_such(pipeline, text, mention, country):
    p = place(places_of(pipeline, text), mention)
    assert (p.country, p.feature, p.mention) == (country, "country", "people")
    assert p.lat is not None


@pytest.mark.parametrize("text, word", [
    ("Russians queued at the border crossings.", "Russians"),  # people, not the country
    ("The statement was read out in French and Arabic.", "French"),  # a language
])
def test_people_and_languages_are_not_places(pipeline, text, word):
    assert word not in [p.span.text for p in places_of(pipeline, text)]


def test_a_peoples_word_never_places_an_event(pipeline):
    art = pipeline.extract("Russian troops shelled a village on Tuesday, killing three civilians.",
                           published="2024-03-12")
    assert any(p.mention == "people" and p.country == "RU" for p in art.places)
    assert art.events and all(e.place is None or e.place.country != "RU" for e in art.events)


def test_a_capital_beats_a_province_of_its_name(pipeline):
    p = place(places_of(pipeline, "Washington warned Tehran on Monday that talks were over."), "Washington")
    assert (p.country, p.feature) == ("US", "city") and abs(p.lat - 38.9) < 0.5
    q = place(places_of(pipeline, "Floods hit Washington state on Monday."), "Washington")
    assert q.feature == "admin1"
    # the state's towns named: the state ("Seattle", "Spokane")
    r = place(places_of(pipeline, "Floods hit Seattle and Spokane, and officials in Washington declared an "
                                  "emergency on Monday."), "Washington")
    assert r.feature == "admin1"


def test_a_province_is_not_its_own_county(pipeline):
    p = place(places_of(pipeline, "The volcano on Hawaii erupted again, and officials in Hawaii closed roads."),
              "Hawaii")
    assert p.feature == "admin1"


def test_a_named_region_is_not_a_hamlet_or_county_of_its_name(pipeline):
    found = places_of(pipeline, "Oil prices rose as tension grew in the Middle East, officials in Texas said.")
    assert place(found, "Middle East").feature == "region"  # not the US hamlet of that name


def test_a_bad_abbreviation_file_is_refused(tmp_path):
    from sitrep.errors import ConfigError
    from sitrep.places import abbreviations
    bad = tmp_path / "a.csv"
    bad.write_text("abbreviation,name,country,feature\nKy.,Kentucky,US,province\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="row 2"):
        abbreviations(bad)
    bad.write_text("abbrev,name,country,feature\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="columns"):
        abbreviations(bad)


@pytest.mark.parametrize("text, mention, form", [
    ("A US drone fired two missiles at a compound in Orakzai on Thursday.", "US", "modifier"),
    ("In a further chill in India-Canada relations, envoys were recalled.", "India", "modifier"),
    ("In a further chill in India-Canada relations, envoys were recalled.", "Canada", "modifier"),
    ("On May 2, the United States handed over to Chad two light aircraft.", "Chad", "name"),
    ("Officials in Chad said the aircraft had arrived.", "Chad", "name"),
])
def test_a_country_modifying_a_noun_names_no_scene(pipeline, text, mention, form):
    assert place(places_of(pipeline, text), mention).mention == form


def test_a_drone_strike_by_a_country_is_placed_where_it_struck(pipeline):
    art = pipeline.extract("A US drone fired two missiles at a compound in Orakzai on Thursday, killing four "
                           "militants, officials said.", published="2012-10-11")
    assert art.events and art.events[0].place is not None and art.events[0].place.country == "PK"


@pytest.mark.parametrize("text, mention, country, feature", [
    ("The Jamaica Cancer Society held a fundraiser in Kingston.", "Jamaica", "JM", "country"),
    ("A reporter for the Washington Post asked the senator in Ohio about it.", "Washington", "US", "city"),
])
def test_a_place_inside_a_name_is_found_flagged_as_such(pipeline, text, mention, country, feature):
    doc = pipeline.language.parse(text)
    found = find_places(doc, pipeline.gazetteer, adjectives=pipeline.language.adjectives,
                        blocked_tokens=pipeline.actor_finder.place_words_in_names(doc))
    p = place(found, mention)
    assert (p.country, p.feature, p.mention) == (country, feature, "in_name")


def test_a_state_is_not_a_county_named_after_it(pipeline):
    # Texas County lies in Missouri; "Texas", without "County", is the state
    p = place(places_of(pipeline, "Storms moved from Missouri into Texas on Sunday, officials in Missouri said."),
              "Texas")
    assert (p.feature, p.admin1) == ("admin1", "Texas")


def test_a_county_named_after_a_state_ranks_below_the_state_even_in_a_named_province(pipeline):
    """The ranking itself: Delaware County lies in Ohio, which the report names; "Delaware" without
    "County" still ranks the state first (without the rule the populous county won by the named
    province)."""
    from collections import Counter

    from sitrep.places import _score
    cands = pipeline.gazetteer.lookup("Delaware")
    state = next(c for c in cands if c.feature == "admin1" and c.country == "US")
    county = next(c for c in cands if c.feature == "admin2" and c.admin1 == "Ohio")
    focus, admin1s = Counter({"US": 3}), Counter({"Ohio": 1})
    assert _score(state, focus, admin1s, 3, "Delaware") > _score(county, focus, admin1s, 3, "Delaware")


@pytest.mark.parametrize("text, mention, admin1", [
    ("The senator from Delaware visited Columbus, Ohio, on Friday.", "Delaware", "Delaware"),  # not "Kelawea"
    ("Ministers in Scotland met on Friday.", "Scotland", "Scotland"),  # not "Alba"
    ("Shelling hit the Kharkiv region on Friday, Ukrainian officials said.", "Kharkiv", "Kharkiv"),
])
def test_a_province_is_named_in_english(pipeline, text, mention, admin1):
    assert place(places_of(pipeline, text), mention).admin1 == admin1


_CABO = ("Raiders burned dozens of huts in Mandela on Tuesday. The village lies in Muidumbe district of "
         "Cabo Delgado province, officials in Muidumbe said. Troops were sent to Muidumbe.")


def test_a_middling_namesake_town_abroad_does_not_outvote_the_provinces_a_report_names(pipeline):
    """"Mandela" is a Ghanaian town of 77,000 in the gazetteer and an unlisted Mozambican village
    here: a report that names Cabo Delgado's districts three times is not about Ghana."""
    found = places_of(pipeline, _CABO)
    assert all(p.country == "MZ" for p in found), [(p.name, p.country) for p in found]
    assert any(p.name == "Muidumbe" for p in found)  # the report's own districts are still placed
    # the twin: named alone, the town is Ghana's
    alone = places_of(pipeline, "Militants raided a fishing camp near Mandela on Monday.")
    assert [(p.name, p.country) for p in alone] == [("Mandela", "GH")]


@pytest.mark.parametrize("spelling", ["Northwest", "North-West"])
def test_a_compass_region_written_as_one_word_is_the_hyphenated_one(pipeline, spelling):
    found = places_of(pipeline, f"Separatists attacked a checkpoint in Cameroon's {spelling} region on Monday.")
    p = place(found, spelling)
    assert (p.country, fold(p.admin1), p.feature) == ("CM", fold("North-West"), "admin1")


def test_a_place_the_tagger_takes_for_a_possessed_person_is_no_surname(pipeline):
    # "Azerbaijan’s Ganja" tagged a person must not make the later bare "Ganja" a surname told again
    found = places_of(pipeline, "The missile strike on Azerbaijan’s Ganja city killed ten people. "
                                "Rescuers searched the rubble in central Ganja on Sunday.")
    p = place(found, "Ganja")
    assert p.country == "AZ" and p.feature == "city"


def test_a_transliterated_province_also_carries_its_english_name(pipeline):
    # GeoNames spells the province "Gəncə"; the reference tables' English name is the news's
    p = place(places_of(pipeline, "Rescuers searched the rubble in central Ganja, Azerbaijan, on Sunday."), "Ganja")
    assert "ganja" in {fold(p.admin1), *(fold(a) for a in p.admin1_alternatives)}


@pytest.mark.parametrize("text, mention, country", [
    ("Gunmen attacked a checkpoint in Kunar province on Monday.", "Kunar", "AF"),  # GeoNames: "Kunaṟ"
    ("Protesters gathered in Hawalli in Kuwait on Friday.", "Hawalli", "KW"),  # "Ḩawallī"
])
def test_a_name_written_with_extended_latin_letters_is_indexed(pipeline, text, mention, country):
    assert place(places_of(pipeline, text), mention).country == country


def test_latin_names_include_extended_letters_and_their_punctuation():
    from sitrep.gazetteer import _latin
    assert _latin("Kunaṟ") and _latin("Xi’an") and _latin("Ar Rifā‘") and _latin("Mercier–Hochelaga")
    assert not _latin("کونړ") and not _latin("Москва")


def test_a_large_city_without_a_district_is_its_own_district(pipeline):
    # GeoNames gives Zagazig (430,000 people) no district: the city is coded as its own
    p = place(places_of(pipeline, "Police fired tear gas at marchers in Zagazig, Egypt, on Friday."), "Zagazig")
    assert p.feature == "city" and fold(p.admin2) == "zagazig"
    # a village without one keeps none: it is no district
    q = place(places_of(pipeline, "Workers blocked the railway at Shetpe in Kazakhstan on Friday."), "Shetpe")
    assert q.feature == "city" and q.admin2 is None


@pytest.mark.parametrize("text,country", [
    ("Congo accused Rwanda on Monday of shelling villages near Goma.", "CD"),
    ("Police in Congo fired tear gas at opposition supporters in Brazzaville on Monday, and arrested 20 people "
     "in Pointe-Noire.", "CG"),
])
def test_congo_alone_is_the_congo_whose_towns_the_report_names(pipeline, text, country):
    """"Congo" names both Congos (data/place_aliases.csv, data/countries.csv): the towns decide."""
    congo = place(places_of(pipeline, text), "Congo")
    assert congo.country == country and congo.feature == "country"
    if country == "CD":  # (the actors stage reads "Congo" as the larger Congo whatever the towns say)
        art = pipeline.extract(text, published="2024-03-10")
        assert [a.name for a in art.actors if a.span.text == "Congo"] == ["Government of the Democratic Republic of Congo"]


def test_a_peoples_word_in_a_title_case_headline_says_which_country_the_report_is_about(pipeline):
    """The tagger takes "Nepalese Protests" for one people's name; its first word still names Nepal,
    so "Katmandu" (the gazetteer's Kathmandu, found by its spelling) is Nepal's capital."""
    text = "Hundreds Arrested In Nepalese Protests\n\nPolice fired tear gas at activists in central Katmandu on Saturday."
    found = place(places_of(pipeline, text), "Katmandu")
    assert (found.country, found.name) == ("NP", "Katmandu") and "Kathmandu" in found.alternatives


def test_a_province_named_like_a_country_is_the_province_when_the_text_says_so(pipeline):
    """"Niger state" is Nigeria's province, not the country Niger: a country is never told as a state."""
    found = pipeline.extract("Bandits raided a village in Niger state on Monday, police said.", "2024-03-10").places
    niger = next(p for p in found if p.span.text == "Niger")
    assert (niger.country, niger.feature) == ("NG", "admin1"), niger


@pytest.mark.parametrize("text", [
    "Fighting in the Democratic Republic of the Congo and in the Republic of the Congo spread.",
    "Troops from Bosnia and Herzegovina, Trinidad and Tobago'S envoy, and theDemocratic Republic of the Congo.",
    "XBosnia and Herzegovina is no name; _Bosnia and Herzegovina neither; 9Bosnia and Herzegovina neither.",
    "Bosnia and Herzegovina",
    "",
])
def test_long_country_names_are_found_at_a_word_boundary(text):
    """The long names are searched by their first letters, then asked for the boundary "\\b" asked."""
    import re

    from sitrep.lexicon import load_countries
    from sitrep.places import _long_names_in

    names = sorted({n for c in load_countries() for n in (c.name, *c.aliases)
                    if re.search(r"\s(?:of|the|and)\s", n)}, key=len, reverse=True)
    with_the = re.compile(r"\b(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")\b")
    assert [m.span() for m in _long_names_in(text)] == [m.span(1) for m in with_the.finditer(text)]


def test_a_town_that_names_an_armed_group_sets_no_scene(pipeline):
    """"the Juarez drug cartel" names a group: the ambush near Creel is not placed in Juarez."""
    text = ("Police ambushed\n\nGunmen ambushed a police patrol near the town of Creel on Thursday, killing four "
            "officers. Prosecutors said the attack was carried out by a gang that works for the Juarez drug cartel.")
    found = pipeline.extract(text, "2024-03-10")
    juarez = [p for p in found.places if p.span.text == "Juarez"]
    assert juarez and all(p.mention == "in_name" for p in juarez), juarez
    for ev in found.events:
        assert ev.place is None or ev.place.name != "Juárez", (ev.trigger.text, ev.place)


@pytest.mark.parametrize("text, mention, admin1", [
    ("A drone hit a car on the road out of Erbil on Thursday, Iraqi officials said.", "Erbil", "Erbil"),
    ("Students marched through Sulaymaniyah in northern Iraq on Sunday.", "Sulaymaniyah", "Sulaymaniyah"),
    ("Fishermen protested at the harbour in Malabo, Equatorial Guinea, on Monday.", "Malabo", "Bioko Norte"),
])
def test_a_unit_geonames_codes_as_a_province_is_one_under_an_iso_grouping(pipeline, text, mention, admin1):
    # ISO 3166-2 puts Iraq's Kurdish governorates under a "Kurdistan Region" GeoNames lacks: the
    # governorate is the town's province (as GeoNames and ACLED have it), not the grouping
    p = place(places_of(pipeline, text), mention)
    assert admin_is(p.admin1, admin1) or admin1 in p.admin1_alternatives


def test_a_possessive_inside_one_tagged_name_gives_the_owner_and_the_place_it_owns(pipeline):
    # "Songkhla’s Saba Yoi" may come tagged as one name (here a person's): the province and its district
    found = places_of(pipeline, "Gunmen shot dead a teacher in Songkhla’s Saba Yoi district in Thailand on Monday.")
    p = place(found, "Saba Yoi")
    assert p.feature == "admin2" and fold(p.admin1) == fold("Songkhla")


@pytest.mark.parametrize("text", [
    "Police said nine farmers were killed when bandits raided a village in Nigeria’s Zamfara state.",
    "Bandits raided a village in Nigeria’s Zamfara state on Friday, police said.",
])
def test_a_possessive_ending_tagged_with_the_next_name_is_no_word_of_it(pipeline, text):
    # the tagger may take "’s Zamfara" for one name: the ending is the owner's, the name is Zamfara
    p = place(places_of(pipeline, text), "Zamfara")
    assert p.country == "NG" and fold(p.admin1) == fold("Zamfara")


def test_a_bare_district_name_known_abroad_only_does_not_say_what_country_a_report_is_about(pipeline):
    # Sarband is a Tajik district in GeoNames; told bare in a story naming Pakistani towns it is a
    # village the gazetteer lacks, not Tajikistan (told with its kind word, a district still vouches;
    # beside a country named only as a modifier, "a US drone … in Orakzai", it does too)
    found = places_of(pipeline, "Militants stormed a police post at Sarband overnight. Pakistani officials "
                                "in Peshawar said two constables were wounded.")
    assert not any(p.country == "TJ" for p in found)
    assert place(found, "Peshawar").country == "PK"


def test_a_village_not_in_the_province_the_text_puts_it_in_is_no_namesake_elsewhere(pipeline):
    # no Aurora lies in the Cordillera, where Apayao is; the town between (Pudtol) the gazetteer lacks:
    # the village is not Quezon's Aurora, and Apayao still places the clash
    found = places_of(pipeline, "Troops clashed with rebels near Aurora village in Pudtol, Apayao province "
                                "in the Philippines on Monday.")
    assert not any(p.span.text == "Aurora" for p in found)
    assert place(found, "Apayao").country == "PH"


def test_the_next_name_of_a_list_is_not_the_province_a_place_lies_in(pipeline):
    # Denver is also a Colorado county: in a list, it is the next city, not where Louisville lies
    found = places_of(pipeline, "Protests spread overnight to Louisville, Denver and Seattle in the United States.")
    assert fold(place(found, "Louisville").admin1) == fold("Kentucky")


def test_a_province_named_once_by_a_town_does_not_make_a_famous_citys_name_a_hamlet_there(pipeline):
    # Chicago names Illinois, which has an Atlanta of 1,600 people: the Atlanta of the list is Georgia's
    found = places_of(pipeline, "Curfews were imposed in Atlanta, Chicago, Denver and Miami in the United States.")
    assert fold(place(found, "Atlanta").admin1) == fold("Georgia")


def test_a_governorate_acled_codes_under_a_grouping_is_a_district_of_it(pipeline):
    # data/province_groupings.csv: Khan Yunis, a first-level unit in GeoNames, lies in the Gaza Strip
    # (the town spelled as English news spells it, found by its consonants after "the city of")
    found = places_of(pipeline, "An air strike hit the southern Gaza city of Khan Younis on Monday, Palestinian officials said.")
    p = place(found, "Khan Younis")
    assert p.feature == "city" and fold(p.admin1) == fold("Gaza Strip") and fold(p.admin2) == fold("Khan Yunis")


@pytest.mark.parametrize("content", ["country,province\nPS,Gaza\n", "country,grouping,province\nPSX,Gaza Strip,Gaza\n",
                                     "country,grouping,province\nPS,,Gaza\n"])
def test_province_groupings_file_is_strict(tmp_path, monkeypatch, content):
    from sitrep import gazetteer
    from sitrep.errors import GazetteerError
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "province_groupings.csv").write_text(content, encoding="utf-8")
    monkeypatch.setattr(gazetteer, "__file__", str(tmp_path / "gazetteer.py"))
    with pytest.raises(GazetteerError, match="province_groupings.csv"):
        gazetteer._groupings()


@pytest.mark.parametrize("text, name, country", [
    # Hangu is also a Chinese town far larger than Pakistan's; told as a district, it is the one
    # country's district that has the name, and it says what country a report naming none is about
    ("Police detained four men in Hangu district on Sunday.", "Hangu", "PK"),
    ("Troops searched homes in the Thall tehsil of Hangu district.", "Hangu", "PK"),
])
def test_a_district_told_with_its_kind_word_says_its_country_when_none_is_named(pipeline, text, name, country):
    found = places_of(pipeline, text)
    assert place(found, name).country == country
    assert place(found, name).feature == "admin2"


def test_a_town_told_bare_in_a_report_naming_no_country_is_still_no_place(pipeline):
    # (the twin: without the kind word nothing vouches for either country's Hangu)
    assert not any(p.span.text == "Hangu" for p in places_of(pipeline, "Police detained four men in Hangu on Sunday."))


def test_a_village_named_like_a_district_abroad_is_no_place_there(pipeline):
    # Kinondoni is only a Tanzanian district in GeoNames; told as a village in a Mozambican district,
    # it is a village the gazetteer lacks, not Dar es Salaam (nor does it make Tanzania a country of the report)
    found = places_of(pipeline, "Insurgents set fire to homes in Kinondoni village in Balama, Cabo Delgado "
                                "province, on Saturday.")
    assert not any(p.country == "TZ" for p in found)
    assert place(found, "Balama").country == "MZ"


@pytest.mark.parametrize("text", [
    "Insurgents ambushed a truck near Palma town in Mozambique's Cabo Delgado province on Monday.",
    "Insurgents ambushed a truck in Nangade district of Cabo Delgado on Monday, 20 km from Palma town.",
])
def test_a_town_named_by_its_district_in_a_province_the_report_names_is_not_a_famous_city_abroad(pipeline, text):
    # GeoNames knows Mozambique's Palma only as a district; Majorca's Palma is a city of 400,000:
    # told as a town beside Cabo Delgado, it is the district's seat, not Spain's city
    p = place(places_of(pipeline, text), "Palma")
    assert p.country == "MZ" and fold(p.admin2) == fold("Palma")


def test_a_famous_city_named_alone_is_still_the_famous_one(pipeline):
    p = place(places_of(pipeline, "Tourists crowded the beaches of Palma on Monday as Spain reopened."), "Palma")
    assert p.country == "ES"


def test_a_spelling_guess_in_another_province_than_the_one_the_text_names_is_no_place(pipeline):
    # "Mbengo" is in no gazetteer; by its consonants it would be Mbanga, a town of Littoral: the text
    # puts it in a sub-division of Meme in the South-West, so it is a place the gazetteer lacks
    found = places_of(pipeline, "Troops killed four separatist fighters on Friday in Mbengo sub-division of "
                                "the Meme division in the Southwest region of Cameroon.")
    assert not any(fold(p.admin1) == fold("Littoral") for p in found)
    assert fold(place(found, "Meme").admin1) == fold("South-West")


def test_a_spelling_guess_in_the_province_the_text_names_is_kept(pipeline):
    # (the twin: Mbanga does lie in Littoral)
    found = places_of(pipeline, "Troops killed four separatist fighters on Friday in Mbengo sub-division of "
                                "the Moungo division in the Littoral region of Cameroon.")
    assert any(p.span.text == "Mbengo" and fold(p.admin1) == fold("Littoral") for p in found)


def test_an_agency_in_a_datelines_brackets_and_an_outlet_told_are_no_places(pipeline):
    """places.find_places: "TEHRAN (Fars) --" names the agency that filed the report, not Fars, the
    province; nor is the outlet a source "told" a place ("told Fars"). Fars flooded stays a place."""
    from sitrep.reading import find_dateline

    text = ("Teachers stay home\n\nTEHRAN (Fars) -- Most teachers stayed away from schools on Sunday, a union "
            "official told Fars.\n")
    found = find_places(pipeline.language.parse(text), pipeline.gazetteer, dateline=find_dateline(text),
                        adjectives=pipeline.language.adjectives)
    assert not [p for p in found if p.span.text == "Fars"], [(p.span.text, p.country) for p in found]
    assert place(places_of(pipeline, "Floods hit Fars province on Sunday."), "Fars").country == "IR"


def test_a_datelines_town_in_capitals_is_a_place_when_the_tagger_misses_it(pipeline):
    """places._dateline_town: "MONROVIA, Liberia —" opens with the town the report was filed from; the
    tagger may read the capitalised word as a common noun, and the town is still a place (the dateline's)."""
    text = ("Anger grows in a sealed slum\n\nMONROVIA, Liberia — Soldiers blocked the roads out of a crowded "
            "quarter on Tuesday as residents shouted at them.\n")
    found = pipeline.extract(text, published="2024-03-10").places
    p = place(found, "MONROVIA")
    assert p.country == "LR" and p.dateline


@pytest.mark.parametrize("text,feature", [
    # "the state of X": the province, not the capital city that bears its name
    ("Bandits raided a cattle market in the northern Nigerian state of Kano on Friday.", "admin1"),
    ("Bandits raided a cattle market in the northern Nigerian city of Kano on Friday.", "city"),
])
def test_the_state_of_a_name_is_the_province(pipeline, text, feature):
    p = place(places_of(pipeline, text), "Kano")
    assert (p.country, p.feature) == ("NG", feature), (p.name, p.feature)


def test_a_town_geonames_puts_in_another_district_lies_in_the_district_of_its_name(pipeline):
    # GeoNames gives Al Hillah the district of Al-Musayab; it lies among the towns of Al-Hilla District
    p = place(places_of(pipeline, "A roadside bomb wounded two policemen in Hilla, Iraq, on Sunday."), "Hilla")
    assert p.country == "IQ" and fold(p.admin2) == fold("Al-Hilla District")


def test_a_name_geonames_writes_with_its_kind_before_it_is_found_without_it(pipeline):
    # GeoNames: "Nāḩiyat al Iskandarīyah" (the subdistrict of al-Iskandariyah); news: "Iskandariyah"
    p = place(places_of(pipeline, "A car bomb exploded at a market in Iskandariyah, south of Baghdad, "
                                  "Iraq, on Tuesday."), "Iskandariyah")
    assert p.country == "IQ" and fold(p.admin1) == fold("Babil")


def test_a_compass_point_told_as_a_province_stays_that_province(pipeline):
    # "the West" is no town, but a province of that very name in the report's country stays one
    found = places_of(pipeline, "Separatists attacked a police post in the West region of Cameroon on Monday, "
                                "and clashes went on in the West.")
    assert [(p.country, p.admin1) for p in found if p.span.text == "West"] == [("CM", "West"), ("CM", "West")]


def test_a_country_that_owns_a_states_body_is_a_place_though_a_person_bears_its_name(pipeline):
    # "Ram Kumar Nepal … Nepal's government": the surname does not hide the country owning a government
    found = places_of(pipeline, "Party leader Ram Kumar Nepal said he was placed under house arrest. "
                                "Nepal's government imposed a curfew in Lalitpur on Friday.")
    assert [(p.span.text, p.country) for p in found if p.mention == "name"] == [("Nepal", "NP"), ("Lalitpur", "NP")]


def test_a_surname_that_is_a_countrys_name_is_still_the_person_when_it_owns_no_state_body(pipeline):
    found = places_of(pipeline, "Party leader Ram Kumar Nepal said he was placed under house arrest. "
                                "Nepal's lawyer said on Friday that he would appeal.")
    assert not [p for p in found if p.span.text == "Nepal" and p.mention == "name"]


@pytest.mark.parametrize("text,country", [
    # a one-word country's name before a person's name is a given name the tagger split off
    ("Also placed under house arrest were Ram Koirala, the party president; Bharat Mohan Adhikari, another "
     "deputy leader; and Hari Man of the Workers Party. Police raided a building in Pokhara.", "NP"),
    # (a demonym before a common noun still counts)
    ("Indian police detained the opposition leader Mohan Adhikari on Friday, officials said.", "IN"),
])
def test_a_country_word_that_opens_a_persons_name_says_nothing_of_the_country(pipeline, text, country):
    from sitrep.actors import focus_country

    doc = pipeline.language.parse(text)
    named = [p for p in find_places(doc, pipeline.gazetteer) if p.mention == "name"]
    assert focus_country(doc, pipeline.lexicon, named) == country


def test_a_land_of_several_countries_is_not_a_province_of_a_country_the_report_never_names(pipeline):
    # "the arid Sahel" of a Chad story is the Sahel, not Burkina Faso's Sahel region
    found = places_of(pipeline, "Herders and farmers clashed in Chad's Salamat province on Monday, a dispute "
                                "common across the arid Sahel.")
    assert [(p.feature, p.country) for p in found if p.span.text == "Sahel"] == [("region", None)]


def test_a_land_of_several_countries_is_the_province_of_that_name_in_the_reports_country(pipeline):
    found = places_of(pipeline, "Gunmen attacked a village in the Sahel region of Burkina Faso on Monday.")
    assert [(p.feature, p.country) for p in found if p.span.text.startswith("Sahel")] == [("admin1", "BF")]


# --- same-named places, decided by the report ---------------------------------------------------

SAME_NAMED = [
    # text, mention, the country a reader takes it for
    ("Police detained 20 protesters in Atlanta, Georgia, on Monday.", "Georgia", "US"),
    ("Riot police dispersed a march in Macon, Georgia, on Friday.", "Georgia", "US"),
    ("Opposition supporters clashed with police in Victoria, the capital of Seychelles, on Monday.", "Victoria", "SC"),
    ("Police detained 20 protesters in Victoria, Australia, on Monday.", "Victoria", "AU"),
    ("Protesters rallied outside parliament in Georgia's capital Tbilisi on Monday.", "Georgia", "GE"),
    ("In eastern Congo, gunmen killed seven villagers near Beni on Monday.", "Beni", "CD"),
    ("In Congo, police dispersed opposition protesters in Brazzaville on Monday.", "Brazzaville", "CG"),
]


@pytest.mark.parametrize("text,mention,country", SAME_NAMED, ids=[f"{r[1]}-{i}" for i, r in enumerate(SAME_NAMED)])
def test_same_named_place_is_the_one_the_report_tells(pipeline, text, mention, country):
    assert place(places_of(pipeline, text), mention).country == country
