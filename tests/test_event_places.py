"""Event–place linking: each event gets the place where it happened, at the precision the text allows.

Sentences are our own, published on Sunday 10 March 2024. Each row says which province
(or none) and which precision an event's place must have.
"""
from __future__ import annotations

import csv

import pytest

from sitrep.gazetteer import normalise
from sitrep.places import DATA, find_homelands

PUBLISHED = "2024-03-10"


def violent(pipeline, text):
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.category == "conflict"]
    assert len(events) == 1, [(e.trigger.text, e.place and e.place.name) for e in events]
    return events[0]


def fold(value):
    return normalise(value) if value else None


# --- an armed group named by its people -------------------------------------------------------

PEOPLE = [
    # the people's word names one province of the country the text is about
    ("Ethiopian troops launched an offensive against Tigrayan forces on Monday, a military spokesman said.",
     "ET", "Tigrai", "Tigrayan"),
    ("Myanmar's army shelled positions held by Kachin rebels on Tuesday, residents of Myanmar said.",
     "MM", "Kachin", "Kachin"),
    # Baloch names provinces of Pakistan and of Iran: the state party chooses
    ("Iran's Revolutionary Guards clashed with Baloch militants on Monday, Iranian state media reported. "
     "Pakistan and Iran share a long border.", "IR", "Sistan and Baluchestan", "Baloch"),
    ("Pakistani troops clashed with Baloch militants on Monday, the army said. Iran closed its border crossing.",
     "PK", "Balochistan", "Baloch"),
]


@pytest.mark.parametrize("text,country,admin1,word", PEOPLE)
def test_armed_group_named_by_its_people_places_the_event_in_its_province(pipeline, text, country, admin1, word):
    ev = violent(pipeline, text)
    assert ev.place is not None, ev
    assert (ev.place.country, fold(ev.place.admin1), ev.place.precision) == (country, fold(admin1), "admin1")
    assert ev.place.span.text == word  # the evidence is the people's word itself
    assert text[ev.place.span.start:ev.place.span.end] == word


PEOPLE_NOT_PLACES = [
    # the text names the place: it wins
    ("Baloch militants attacked a police checkpoint in Karachi on Monday, killing two officers in Pakistan.",
     "PK", "Sindh"),
    # civilians of a people can be anywhere
    ("Gunmen shot dead five Baloch labourers on Monday, officials in Pakistan said.", "PK", None),
    # a people of another country than the one the event is in
    ("Thai soldiers clashed with Karen rebels on Monday near the border, Thailand's army said.", None, None),
]


@pytest.mark.parametrize("text,country,admin1", PEOPLE_NOT_PLACES)
def test_a_peoples_word_does_not_override_or_invent_a_place(pipeline, text, country, admin1):
    ev = violent(pipeline, text)
    got = (ev.place.country, fold(ev.place.admin1)) if ev.place else (None, None)
    assert got[1] == fold(admin1), ev.place
    if country:
        assert got[0] == country


def test_every_homeland_row_names_a_province_in_the_gazetteer(pipeline):
    rows = [r for r in csv.reader(line for line in (DATA / "homelands.csv").read_text(encoding="utf-8").splitlines()
                                  if line and not line.startswith("#"))][1:]
    assert len(rows) >= 30
    text = " ".join(sorted({word for word, _, _ in rows})) + "."
    found = find_homelands(pipeline.language.parse(text), pipeline.gazetteer)
    resolved = {(p.span.text, p.country) for places in found.values() for p in places}
    for word, province, country in rows:
        assert (word, country) in resolved, (word, province, country)
    assert all(p.precision == "admin1" and p.feature == "admin1" for ps in found.values() for p in ps)


# --- "near X", "15 km from X" -------------------------------------------------------------------

NEAR = [
    ("Militants attacked a checkpoint in Turbat in Pakistan on Monday, killing two soldiers.", "Turbat", "point"),
    ("Militants attacked a checkpoint near Turbat in Pakistan on Monday, killing two soldiers.", "Turbat", "admin2"),
    ("Militants attacked a checkpoint on the outskirts of Quetta in Pakistan on Monday, killing two soldiers.",
     "Quetta", "admin2"),
    ("Militants attacked a checkpoint 15 km east of Turbat in Pakistan on Monday, killing two soldiers.",
     "Turbat", "admin2"),
    # a far reference point is not the scene: the named district is
    ("Militants attacked a checkpoint about 200 kilometres from Quetta in Kech district on Monday, "
     "killing two soldiers.", "Kech", "admin2"),
    ("Gunmen ambushed a convoy in Panjgur, some 180 km from the border with Iran, on Monday, "
     "killing four soldiers.", "Panjgur", "point"),
    # the place of the operation a killing was part of
    ("Eleven militants were killed in an operation in Kulachi in Pakistan on Monday, the army said.",
     "Kulachi", "point"),
    # a town spaCy tags as a person, in "the … area of": in its district, not at the point
    ("Separately, nine militants were killed in a raid in the Gomal area of Dera Ismail Khan in Pakistan "
     "on Monday night.", "Dera Ismail Khan", "admin2"),
]


@pytest.mark.parametrize("text,name,precision", NEAR)
def test_near_lowers_the_precision_and_does_not_move_the_event(pipeline, text, name, precision):
    ev = violent(pipeline, text)
    assert ev.place is not None and ev.place.span.text == name, ev.place
    assert ev.place.precision == precision


def test_far_reference_alone_places_nothing(pipeline):
    ev = violent(pipeline, "Pakistani officials said gunmen ambushed a convoy 180 km from Quetta on Monday, "
                           "killing four soldiers.")
    assert ev.place is None or ev.place.name != "Quetta"


# --- unnamed parties belong to the country the event is in -----------------------------------------

def test_unnamed_gunmen_take_the_events_country_not_the_reports(pipeline):
    ev = violent(pipeline, "Gunmen ambushed a convoy in Panjgur, some 180 km from the border with Iran, "
                           "on Monday, killing four soldiers.")
    assert ev.place.country == "PK"
    assert ev.actor1.name == "Unidentified Armed Group (Pakistan)" and ev.actor1.country == "PK"
    assert ev.actor2.country == "PK"


def test_a_named_nationality_is_kept_abroad(pipeline):
    ev = violent(pipeline, "Iranian gunmen attacked a checkpoint in Panjgur, Pakistan, on Monday, killing two soldiers.")
    assert ev.place.country == "PK"
    assert ev.actor1.country == "IR", ev.actor1


# --- the dateline: where a report was filed, never where its events happened ---------------------

def test_a_political_act_placed_only_by_the_dateline_gets_its_province_and_no_point(pipeline):
    text = ("Talks planned on border trade\n\nQUETTA, Pakistan (Sitrep Wire) - The provincial government "
            "said on Saturday that it would hold talks with traders' leaders next week.\n")
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.category == "political"]
    assert events
    for ev in events:
        assert ev.place is not None and ev.place.precision == "admin1", (ev.trigger.text, ev.place)
        assert fold(ev.place.admin1) == fold("Balochistan")
        # coded to the district the report was filed from, as the corpus keys code it; no spot in it
        assert fold(ev.place.admin2) == fold("Quetta")
        assert ev.place.lat is None and ev.place.lon is None  # nothing to draw on the dateline town
        assert ev.place.span.text == "QUETTA"  # its evidence: the dateline


def test_a_violent_event_told_after_the_lead_gets_the_datelines_province_only_when_no_other_is_named(pipeline):
    # the report names no other town or province of Pakistan: the desk's province is the news's
    text = ("Clash in the hills\n\nQUETTA, Pakistan (Sitrep Wire) - Officials met on Friday to discuss security.\n\n"
            "Later, gunmen attacked a checkpoint, killing two soldiers, officials said.\n")
    ev = violent(pipeline, text)
    assert ev.place is not None and ev.place.precision == "admin1" and fold(ev.place.admin1) == fold("Balochistan")
    assert ev.place.lat is None  # never the dateline town's point
    # another province named: the report is not set at the desk
    text = ("Clash in the hills\n\nQUETTA, Pakistan (Sitrep Wire) - Officials from Sindh met on Friday to discuss "
            "security.\n\nLater, gunmen attacked a checkpoint, killing two soldiers, officials said.\n")
    ev = violent(pipeline, text)
    assert ev.place is None or ev.place.span.text != "QUETTA"


def test_a_violent_lead_under_the_dateline_gets_its_province_and_no_point(pipeline):
    # a wire lead names the place when its event happened away from the dateline's town
    text = ("Clash in the hills\n\nQUETTA, Pakistan (Sitrep Wire) - Gunmen attacked a checkpoint on Friday, "
            "killing two soldiers, officials said.\n")
    ev = violent(pipeline, text)
    assert ev.place is not None and ev.place.precision == "admin1" and fold(ev.place.admin1) == fold("Balochistan")
    assert fold(ev.place.admin2) == fold("Quetta")  # unplaced in a wire lead: the dateline town's district
    assert ev.place.lat is None and ev.place.span.text == "QUETTA"
    from sitrep.formats import event_dict
    assert event_dict(ev)["location"]["basis"] == "dateline"


def test_the_json_location_says_how_the_place_was_given(pipeline):
    """An analyst sees which places the text names and which sitrep inferred: a government's seat,
    the report's one district."""
    from sitrep.formats import event_dict
    said = pipeline.extract("In Japan, the government accused South Korea of breaking its word on Monday.",
                            "2024-03-10").events
    assert [(event_dict(e)["location"]["name"], event_dict(e)["location"]["basis"]) for e in said] == [("Tokyo", "seat")]
    text = ("Gunmen killed two soldiers on Monday. Residents of Turbat said the attackers fled on motorbikes. "
            "Shops in Turbat stayed shut on Tuesday.")
    (attack,) = [e for e in pipeline.extract(text, "2024-03-10").events if e.plover == "ASSAULT"]
    assert (event_dict(attack)["location"]["name"], event_dict(attack)["location"]["basis"]) == ("Kech", "scene")
    named = pipeline.extract("Gunmen attacked a checkpoint in Turbat on Monday.", "2024-03-10").events
    assert event_dict(named[0])["location"]["basis"] == "name"


def test_a_province_scene_keeps_the_district_of_the_dateline_it_comes_from(pipeline):
    """The report's towns all lie in one province but several districts: an event the text places no
    closer is set in the province; when the scene's first town is the dateline's, its district stays
    (the report is filed from there), with no point; a body town's district does not."""
    from sitrep.formats import event_dict
    text = ("Protest in the south\n\nQUETTA, Pakistan (Sitrep Wire) - Traders in Turbat shut their shops on Monday. "
            "Officials in Gwadar met traders on Tuesday.\n\nLater, police arrested ten protesters, officials said.\n")
    arrests = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "COERCE"]
    assert arrests and arrests[0].place is not None and arrests[0].place.precision == "admin1", arrests
    loc = event_dict(arrests[0])["location"]
    assert loc["basis"] == "scene" and fold(arrests[0].place.admin2) == fold("Quetta") and loc["lat"] is None



def test_an_act_in_a_capital_named_by_what_it_is_takes_place_there(pipeline):
    """"the Colombian capital" is Bogotá for the event; its country, named once in that phrase, is
    not counted twice towards the report's main country (which decides whose protesters, whose
    civilians an event names)."""
    from sitrep.actors import focus_country
    from sitrep.places import find_places

    text = ("In the Colombian capital on Friday, Venezuela's opposition leader met his supporters. "
            "He said Venezuela needed new elections.")
    met = next(e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "CONSULT")
    assert met.place is not None and met.place.name == "Bogotá" and met.place.country == "CO"
    assert met.place.span.text == "capital"
    doc = pipeline.language.parse(text)
    named = [p for p in find_places(doc, pipeline.gazetteer) if p.mention == "name"]
    assert focus_country(doc, pipeline.lexicon, named) == "VE"


@pytest.mark.parametrize("text,scene", [
    # the places people came from do not break the report's one setting
    ("Police fired tear gas at protesters in Ferguson on Monday night, and arrested 31 people in Ferguson. "
     "Officers said some of those held had come from as far away as New York and California. Later, "
     "protesters marched along the main avenue.", "Missouri"),
    # a second setting, not an origin: no one province
    ("Police fired tear gas at protesters in Ferguson on Monday night, and arrested 31 people in Ferguson. "
     "Officers said others had marched in New York and California. Later, "
     "protesters marched along the main avenue.", None),
])
def test_a_place_people_came_from_is_no_setting_of_the_report(pipeline, text, scene):
    events = pipeline.extract(text, published=PUBLISHED).events
    last = [e for e in events if e.plover == "PROTEST"][-1]
    got = last.place.admin1 if last.place is not None else None
    assert fold(got) == fold(scene), [(e.plover, e.place and e.place.name) for e in events]


# --- a paragraph's town sets the scene of the sentences after it -----------------------------------

@pytest.mark.parametrize("text,town", [
    # the sentence before names one town: the attack it does not place happened there ("Turbat"
    # alone is also what the parser may take for a date: still a place)
    ("Shops shut in the south\n\nTraders shut their shops in Turbat on Monday over the new tax. "
     "Hours later, gunmen shot dead a shopkeeper, officials said.", "Turbat"),
    # two towns before it: which one is not said
    ("Shops shut in the south\n\nTraders shut their shops in Turbat on Monday, and police said a bomb had "
     "hit a market in Karachi. Hours later, gunmen shot dead a shopkeeper, officials said.", None),
    # another paragraph's town sets no scene
    ("Shops shut in the south\n\nTraders shut their shops in Turbat on Monday over the new tax.\n\n"
     "Hours later, gunmen shot dead a shopkeeper, officials said.", None),
    # nor one three sentences back
    ("Shops shut in the south\n\nTraders shut their shops in Turbat on Monday over the new tax. "
     "The tax doubles the price of diesel. Traders say it will ruin them. "
     "Hours later, gunmen shot dead a shopkeeper, officials said.", None),
])
def test_an_unplaced_event_is_set_in_the_town_its_paragraph_just_named(pipeline, text, town):
    from sitrep.formats import event_dict
    (attack,) = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ASSAULT"]
    if town is None:
        assert attack.place is None or attack.place.name != "Turbat", attack.place
        return
    assert attack.place is not None and attack.place.name == town and attack.place.span.text == town
    assert event_dict(attack)["location"]["basis"] == "scene"


def test_a_city_states_name_before_a_site_places_the_event(pipeline):
    """"a central Hong Kong park" is in Hong Kong (its name before a site noun is a scene, where
    "a US drone" names none), and Hong Kong's police are its own."""
    text = ("Police fired tear gas on Sunday at hundreds of protesters who had gathered in a central Hong Kong "
            "park, officials said.")
    events = pipeline.extract(text, published=PUBLISHED).events
    ev = next(e for e in events if e.plover == "PROTEST")
    assert ev.place is not None and ev.place.country == "HK", ev.place
    names = {a.name for a in (ev.actor1, ev.actor2) if a is not None}
    assert "Police Forces of Hong Kong" in names, names


def test_neighbours_a_country_lies_between_are_no_scene(pipeline):
    """"the kingdom wedged between India and China" names its neighbours, not where a ban was made;
    and a title before a name ("King Gyanendra") is no place (King County)."""
    text = ("Rallies banned in the kingdom\n\nPolice in Nepal detained forty activists on Tuesday in the biggest "
            "protests since King Gyanendra seized power last month. Dissent has been banned in the kingdom wedged "
            "between India and China since the king clamped a state of emergency.")
    found = pipeline.extract(text, published=PUBLISHED)
    assert not [p for p in found.places if p.span.text == "King"], found.places
    for ev in found.events:
        assert ev.place is None or ev.place.country == "NP", (ev.trigger.text, ev.place)


def test_the_neighbours_between_which_a_country_lies_are_not_its_acts_places(pipeline):
    text = ("Protest ban stays\n\nPolice in Nepal detained forty activists on Tuesday. Dissent against the monarch "
            "has been outlawed since he imposed a state of emergency last month, suspending civil liberties in the "
            "mountain kingdom wedged between India and China.")
    for ev in pipeline.extract(text, published=PUBLISHED).events:
        assert ev.place is None or ev.place.country == "NP", (ev.trigger.text, ev.place)


def test_a_governments_statement_is_made_at_its_seat_not_at_the_reports_scene(pipeline):
    """The report is set in one district; the foreign ministry's condemnation told in its paragraph
    was made at the capital, not where the firing was."""
    text = ("Post fired on\n\nTroops fired on a border post in Barmal district of Paktika province on Tuesday night, "
            "killing a guard. Residents of Barmal said the firing lasted an hour. The Afghan foreign ministry "
            "condemned the firing on Thursday.")
    said = next(e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "ACCUSE")
    assert said.place is not None and said.place.name == "Kabul", said.place



# --- a village told as such, with the town and province it lies in after it ---------------------------

def test_a_village_told_in_a_province_is_not_its_namesake_in_another(pipeline):
    # "the village of X, in the town of Y, Z": a village the gazetteer lacks there, not the namesake in
    # another province (a Bagong Silang of Manila); the event is placed by the names after it
    ev = violent(pipeline, "Two soldiers were killed in an ambush by rebels in the village of Bagong Silang, "
                           "in the town of Lope de Vega, Northern Samar, on Tuesday.")
    assert ev.place is not None and ev.place.admin2 == "Northern Samar", ev.place


def test_a_village_told_without_a_province_keeps_its_namesake(pipeline):
    ev = violent(pipeline, "Two soldiers were killed in an ambush by rebels in the village of Bagong Silang "
                           "on Tuesday.")
    assert ev.place is not None and ev.place.name == "Bagong Silang", ev.place


# --- a department told as such is the province, not its namesake town -----------------------------------

def test_a_department_told_as_such_is_the_province(pipeline):
    ev = violent(pipeline, "Gunmen killed two farmers in Colombia's Arauca department on Monday.")
    assert ev.place is not None and ev.place.feature == "admin1" and ev.place.admin1 == "Arauca", ev.place


def test_a_town_told_bare_stays_the_town(pipeline):
    ev = violent(pipeline, "Gunmen killed two farmers in Arauca, Colombia, on Monday.")
    assert ev.place is not None and ev.place.feature == "city", ev.place
