"""The three event stages, each through its own entry point, on short sentences written for them.

mentions (``MentionReader.read``): one sentence's trigger words -> mentions, each with the event its
own clause tells; incidents (``incidents.add``): a mention folded into the report's incidents or made a
new one; slots (``slots.fill``): each incident's fields from the whole report; reunion
(``reunion.reunite``): incidents that, filled, are one happening told far apart, joined. The earlier stages
(times, places, actors) run as in the pipeline; what they found is caught on its way to the events
stage, so that each event stage can be called on its own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events import incidents, reunion, slots
from sitrep.events.mentions import MentionReader

PUBLISHED = "2024-03-10"  # a Sunday: "on Monday" is 4 March 2024

pytestmark = pytest.mark.slow


def _report(pipeline, text):
    """The spaCy doc and the report's context, as the events stage receives them."""
    finder = pipeline.event_finder
    caught = {}

    def catch(doc, found, notes=None):
        caught["doc"], caught["found"] = doc, found
        return []

    finder.find = catch  # on the instance, for one extraction
    try:
        pipeline.extract(text, published=PUBLISHED)
    finally:
        del finder.find
    return caught["doc"], finder.context(caught["doc"], caught["found"])


class Notes(list):
    """What the stages say of each mention they drop or fold: (trigger, outcome, rule)."""

    def __call__(self, c, si, outcome, rule, why, ev=None):
        self.append((c.tok.text, outcome, rule))


def _mentions(pipeline, text):
    doc, ctx = _report(pipeline, text)
    reader, notes = MentionReader(pipeline.event_finder.t), Notes()
    return [pair for si, sent in enumerate(ctx.sents) for pair in reader.read(sent, si, ctx, notes)], ctx, notes


# -- mentions ------------------------------------------------------------------------------------

def test_a_mention_carries_what_its_own_clause_says(pipeline):
    found, _, notes = _mentions(pipeline, "Gunmen killed five farmers in Kaduna on Monday.")
    assert len(found) == 1 and notes == []
    mention, ev = found[0]
    assert mention.tok.text == "killed" and mention.cls.plover == "ASSAULT" and not mention.planned
    assert ev.fatalities.value == 5 and ev.place.name == "Kaduna" and ev.interval.start == dt.date(2024, 3, 4)


def test_a_habit_is_no_mention_and_says_why(pipeline):
    found, _, notes = _mentions(pipeline, "Attacks are carried out at night in Kaduna.")
    assert found == [] and notes and all(outcome == "dropped" for _, outcome, _ in notes)
    twin, _, _ = _mentions(pipeline, "Gunmen attacked a village in Kaduna on Monday night.")  # the twin
    assert [m.cls.plover for m, _ in twin] == ["ASSAULT"]


def test_two_triggers_of_one_clause_are_one_mention(pipeline):
    found, _, notes = _mentions(pipeline, "Gunmen attacked a village in Kaduna on Monday, killing five farmers.")
    assert len(found) == 1 and ("killing", "folded", "same sentence") in notes
    assert found[0][1].fatalities.value == 5


def test_a_plan_is_a_planned_mention(pipeline):
    found, _, _ = _mentions(pipeline, "The foreign minister is expected to visit Kabul on Monday.")
    (mention, ev), = found
    assert mention.planned and ev.claim.status == "planned"


def test_a_summary_bullet_is_read_as_a_headline(pipeline):
    text = ("Fighting near Goma kills six\n"
            "* Ruritania accuses Freedonia of sending troops to the border\n"
            "GOMA (Reuters) - Shells killed three people in Goma on Saturday. The minister accuses the army of lying.")
    found, _, notes = _mentions(pipeline, text)
    accusations = [m.tok for m, _ in found if m.cls.plover == "ACCUSE"]
    assert len(accusations) == 1 and "Freedonia" in accusations[0].sent.text  # the bullet's, in headline style
    assert ("accuses", "dropped", "not a happening") in notes  # not the body's present tense


# -- incidents -----------------------------------------------------------------------------------

def _incidents(pipeline, text):
    found, ctx, notes = _mentions(pipeline, text)
    made = []
    for c, ev in found:
        made.extend(incidents.add(c, ev, made, ctx, pipeline.event_finder.t.support_verbs, notes))
    return made, ctx, notes


def test_the_attack_told_again_is_folded_into_the_incident(pipeline):
    made, _, notes = _incidents(pipeline, "Gunmen attacked a police post in Kaduna on Monday. "
                                       "The attack lasted two hours, a police spokesman said.")
    assert len(made) == 1 and ("attack", "folded", "retelling") in notes
    assert len(made[0].evidence) == 2  # each telling is evidence of the one incident


def test_another_attack_is_a_new_incident(pipeline):
    made, _, _ = _incidents(pipeline, "Gunmen attacked a police post in Kaduna on Monday. "
                                   "In a separate attack on Tuesday, gunmen stormed a school in Zaria.")
    assert len(made) == 2 and [e.place.name for e in made] == ["Kaduna", "Zaria"]


def test_an_act_told_elsewhere_is_another_happening(pipeline):
    # "Elsewhere, …" sets the act apart: not the headline's act told again, nor the one before it
    events = pipeline.extract("Rebels kill 10 in India\n\nRebels shot dead ten villagers in Assam, police said. "
                              "Elsewhere, rebels killed five people in Bihar.", published=PUBLISHED).events
    assert sorted(e.fatalities.value for e in events if e.plover == "ASSAULT") == [5, 10]


def test_a_mention_of_an_event_told_elsewhere_makes_none(pipeline):
    made, _, notes = _incidents(pipeline, "Police arrested three men in connection with the bombing.")
    assert [e.plover for e in made] == ["COERCE"] and ("bombing", "dropped", "told elsewhere") in notes


# -- slots ---------------------------------------------------------------------------------------

def _filled(pipeline, text):
    """The incidents' (toll, doer) before the slots stage, and the incidents after it."""
    made, ctx, _ = _incidents(pipeline, text)
    before = [(e.fatalities and e.fatalities.value, e.actor1 and e.actor1.name) for e in made]
    places = [p for told in ctx.places.values() for p in told]
    slots.fill(made, ctx, pipeline.event_finder.t, pipeline.event_finder.violent_words, places)
    return before, made


def test_a_later_toll_replaces_the_first(pipeline):
    before, after = _filled(pipeline, "Gunmen killed five farmers in Kaduna on Monday. "
                                      "The death toll rose to nine on Tuesday, officials said.")
    assert before[0][0] == 5 and after[0].fatalities.value == 9


def test_the_one_armed_group_a_report_names_is_the_doer_of_its_gunmen(pipeline):
    before, after = _filled(pipeline, "Boko Haram fighters killed five farmers near Maiduguri on Monday. "
                                      "On Tuesday, gunmen attacked a school in Bama.")
    assert [doer for _, doer in before] == ["Boko Haram", "Unidentified Armed Group (Nigeria)"]
    assert [e.actor1.name for e in after] == ["Boko Haram", "Boko Haram"]


def test_a_side_named_twice_leaves_the_other_side_to_be_found(pipeline):
    """A battle whose two sides came out as one ("police killed in Taliban attacks" folded with "Taliban
    fighters were killed"): the other side is unknown, and the report's forces are found for it."""
    made, ctx, _ = _incidents(pipeline, "Al-Shabaab fighters stormed a base in Gedo region on Monday, "
                                        "killing four soldiers.")
    battle = next(e for e in made if e.plover == "ASSAULT")
    battle.actor2 = battle.actor1
    places = [p for told in ctx.places.values() for p in told]
    slots.fill(made, ctx, pipeline.event_finder.t, pipeline.event_finder.violent_words, places)
    assert battle.actor1.name == "Al-Shabaab" and battle.actor2.name == "Military Forces of Somalia"


def test_the_other_state_is_the_object_where_the_report_names_it(pipeline):
    before, after = _filled(pipeline, "Kenyan troops were sent to the border on Monday, and Kenyan police "
                                      "closed the crossing. On Tuesday, Uganda's foreign minister rejected the proposal.")
    rejected = [e for e in after if e.plover == "REJECT"]
    assert len(rejected) == 1 and rejected[0].actor2.name == "Government of Kenya"
    assert rejected[0].actor2.span.text == "Kenyan police"  # the nearest mention, not the trigger


# -- reunion -------------------------------------------------------------------------------------

_FAR_APART = ("{first} The farmers were working on their fields. The state governor condemned the killing. "
              "Residents fled to nearby towns. Schools were closed for the week. Traders said markets were empty. "
              "{second}")


def _reunited(pipeline, text):
    made, ctx, _ = _incidents(pipeline, text)
    places = [p for told in ctx.places.values() for p in told]
    slots.fill(made, ctx, pipeline.event_finder.t, pipeline.event_finder.violent_words, places)
    return made, reunion.reunite(made, ctx)


def test_one_killing_told_again_paragraphs_later_is_one_event(pipeline):
    text = _FAR_APART.format(first="Gunmen killed five farmers in Bungudu on Monday, police said.",
                             second="A police spokesman said gunmen shot dead five farmers in Bungudu on Monday.")
    made, (kept, joined) = _reunited(pipeline, text)
    assert [e.plover for e in made].count("ASSAULT") == 2  # too far apart for the incidents stage
    assault, = [e for e in kept if e.plover == "ASSAULT"]
    assert assault.trigger.text == "killed" and len(assault.evidence) == 2 and len(joined) == 1
    assert joined[id(made[-1])] is assault


def test_a_joined_incident_brings_the_tellings_folded_into_it(pipeline):
    # the later incident's own retellings ("confirmed the killings") are read for the event's stance
    # (claims.attribute): reunion hands them on with the incident, not only its first trigger
    text = _FAR_APART.format(first="Gunmen killed five farmers in Bungudu on Monday, police said.",
                             second="A police spokesman said gunmen shot dead five farmers in Bungudu on Monday. "
                                    "A second police official confirmed the killings.")
    made, (kept, joined) = _reunited(pipeline, text)
    assert any(t.text == "killings" for t in made[-1].retold)
    assault, = [e for e in kept if e.plover == "ASSAULT"]
    assert [t.text for t in assault.retold] == ["shot", "killings"]


def test_the_same_telling_in_another_town_is_another_event(pipeline):
    text = _FAR_APART.format(first="Gunmen killed five farmers in Bungudu on Monday, police said.",
                             second="A police spokesman said gunmen shot dead five farmers in Gusau on Monday.")
    _, (kept, joined) = _reunited(pipeline, text)
    assert [e.place.name for e in kept if e.plover == "ASSAULT"] == ["Bungudu", "Gusau"] and joined == {}


def test_two_measures_of_one_government_on_one_day_stay_two(pipeline):
    lead = "Pakistan expelled India's deputy envoy in Islamabad on Friday."
    filler = (" The decision followed a meeting of senior officials. Pakistan's foreign minister spoke to reporters."
              " Indian officials did not comment. Markets fell sharply. ")
    _, (kept, _) = _reunited(pipeline, lead + filler + "Pakistan also suspended all trade with India in Islamabad on Friday.")
    assert [e.trigger.text for e in kept if e.plover == "SANCTION"] == ["expelled", "suspended"]
    _, (kept, _) = _reunited(pipeline, lead + filler + "The government said it expelled India's deputy envoy "
                                                      "in Islamabad on Friday.")  # the twin: one measure
    sanction, = [e for e in kept if e.plover == "SANCTION"]
    assert len(sanction.evidence) == 2


# -- the report's scene (scenes._article_scene) ----------------------------------------------------

def _named(name, country, admin1, feature="city"):
    from sitrep.records import Place, Span
    return Place(name=name, span=Span(0, len(name), name), country=country, admin1=admin1, feature=feature)


def test_one_place_abroad_does_not_unmake_a_province_named_three_times():
    from sitrep.events.scenes import _article_scene
    home = [_named("Townville", "BO", "Provincia"), _named("Provincia", "BO", "Provincia"),
            _named("Townville", "BO", "Provincia")]
    abroad = _named("Elsewhere", "MX", "Otra", "admin1")
    assert _article_scene(home + [abroad], "BO").admin1 == "Provincia"
    assert _article_scene(home[:2] + [abroad], "BO") is None  # named only twice: the stray counts
    assert _article_scene(home + [abroad, _named("Farther", "PE", "Lejos")], "BO") is None  # two abroad
    assert _article_scene(home + [_named("Villa", "BO", "Otra")], "BO") is None  # another province at home
    assert _article_scene(home + [abroad], None) is None  # no country known: nothing is abroad


def test_a_province_scene_keeps_the_one_district_its_body_names_not_the_desks():
    from dataclasses import replace
    from sitrep.events.scenes import _article_scene
    desk = replace(_named("Capitaltown", "KE", "Bonde"), admin2="Capital District", dateline=True)
    hill = replace(_named("Hilltown", "KE", "Bonde"), admin2="Hill District")
    bonde = _named("Bonde", "KE", "Bonde", "admin1")
    scene = _article_scene([desk, hill, bonde], "KE")
    assert (scene.feature, scene.admin1, scene.admin2) == ("admin1", "Bonde", "Hill District")
    # two districts named in the body: the desk's district stays, and without a desk none is given
    lake = replace(_named("Laketown", "KE", "Bonde"), admin2="Lake District")
    assert _article_scene([desk, hill, lake, bonde], "KE").admin2 == "Capital District"
    assert _article_scene([hill, lake, bonde], "KE").admin2 is None


def test_a_headline_over_a_towns_dateline_is_set_in_its_province(pipeline):
    body = "\n\nGUSAU, Nigeria (AP) — The victims were buried on Monday, relatives said.\n\nThe governor did not comment."
    placed = pipeline.extract("Eight farmers killed in attack on village" + body, published=PUBLISHED).events
    assert [e.place and e.place.name for e in placed if e.plover == "ASSAULT"] == ["Zamfara"]
    border = pipeline.extract("Eight guards killed in attack on border post" + body, published=PUBLISHED).events
    assert [e.place for e in border if e.plover == "ASSAULT"] == [None]  # a border: not the dateline's town


def test_an_agencys_dateline_abroad_places_nothing(pipeline):
    """"Gusau - Sitrep Wire" over a report that is all about Canada: the agency's desk, no scene; the
    same dateline over a report that names Nigeria again is the scene."""
    tail = "\n\nGUSAU, Nigeria - Sitrep Wire\nThe victims were buried on Monday, relatives said.\n\nThey had moved to Canada.\n"
    abroad = pipeline.extract("Eight Canadian farmers killed in attack on village" + tail, published=PUBLISHED).events
    assert [e.place for e in abroad if e.plover == "ASSAULT"] == [None]
    bare = pipeline.extract("Eight Canadian farmers killed in attack on village" + tail.replace(" - Sitrep Wire\n", " - "),
                            published=PUBLISHED).events  # no agency named: the country named nowhere else
    assert [e.place for e in bare if e.plover == "ASSAULT"] == [None]
    home = pipeline.extract("Eight Nigerian farmers killed in attack on village" + tail.replace("to Canada", "to Nigeria"),
                            published=PUBLISHED).events
    assert [e.place and e.place.name for e in home if e.plover == "ASSAULT"] == ["Zamfara"]



@pytest.mark.parametrize("prep", ["over alleged plot", "for alleged plot", "on treason charges"])
def test_a_headlines_dropped_was_before_over_for_on_makes_its_subject_the_one_arrested(pipeline, prep):
    text = (f"Opposition leader Omar Diallo arrested {prep}\n\nCONAKRY -- Police arrested opposition leader "
            "Omar Diallo at his home in Conakry on Sunday, his party said.")
    arrests = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.plover == "COERCE"]
    assert [(e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in arrests] == \
        [("Police Forces of Guinea", "Omar Diallo")]


def test_a_standfirst_told_again_word_for_word_in_the_body_is_read_in_the_body(pipeline):
    told = "Three gunmen refused to stop at a checkpoint near Moroto and were shot dead by soldiers, the army said"
    text = (f"Curfew lifted in northern town\n\n{told}\n\nMOROTO, Uganda -- The curfew imposed on the town was "
            f"lifted on Tuesday, a local official told reporters.\n\n{told} on Monday.")
    events = pipeline.extract(text, published=PUBLISHED).events
    shootings = [(str(e.interval.start), e.fatalities and e.fatalities.value) for e in events if e.plover == "ASSAULT"]
    assert shootings == [("2024-03-04", 3)]  # the body's day, not the curfew's
    assert len([e for e in events if e.plover == "REJECT"]) == 1


_FURNITURE = "\n\nShare this article\n\nBy Staff Writer\n\nAssociated Press\n\nUpdated 10 March\n\nRead more\n\n"


def test_the_bodys_count_replaces_a_headlines_toll_told_in_full_below(pipeline):
    head = "20 killed as rival militias fight over port" + _FURNITURE + "TRIPOLI -- Rival militias fought for control of the port on Sunday"
    told = pipeline.extract(head + ", fighting that killed at least four people, an official said.", published=PUBLISHED).events
    assert [e.fatalities and e.fatalities.value for e in told if e.plover == "ASSAULT"] == [4]
    bare = pipeline.extract(head + ", an official said.", published=PUBLISHED).events
    assert [e.fatalities and e.fatalities.value for e in bare if e.plover == "ASSAULT"] == [20]  # no count below: the headline's

def test_a_past_act_the_report_recalls_is_not_the_headlines_news_told_below(pipeline):
    # reunion._recalled: the headline's act, dated by the lead, does not take in an act its own clause
    # dates years before (nor its toll); and that past act is no rival to the news told again below it
    text = ("17 policemen killed in encounter with rebels\nIn a grim blow, the rebels had killed 17 policemen. "
            "The policemen were killed in an encounter with the outlawed group in Sukma district. It is the worst "
            "loss for the state police since April 2021. In April 2021, the rebels killed 25 policemen in an ambush "
            "near Sukma.\nSo far 17 bodies of policemen have been recovered in the forest of Sukma where a fierce "
            "gun-battle took place on Saturday.")
    told = pipeline.extract(text, published=PUBLISHED).events
    assert [(str(e.interval.start), e.fatalities and e.fatalities.value) for e in told if e.plover == "ASSAULT"] == \
        [("2024-03-09", 17), ("2021-04-01", 25)]


# -- the date of an event nothing near it dates (scenes.date_undated) --------------------------------

_MIDDLE = ("\n\nWitnesses described a scene of panic. Many people fled into the snow. The imam spoke to reporters. "
           "Neighbours brought blankets and tea. Teachers closed the schools.\n\n")


def _dates(pipeline, text):
    return {e.trigger.text: (e.interval.start and e.interval.start.isoformat(), e.time_basis)
            for e in pipeline.extract(text, published=PUBLISHED).events}


def test_a_reaction_far_below_the_lead_takes_the_leads_day(pipeline):
    lead = "Police said six people were killed in a shooting at a mosque in Quebec City on Friday."
    dated = _dates(pipeline, lead + _MIDDLE + "The prime minister condemned the shooting.")
    assert dated["killed"] == ("2024-03-08", "clause")
    assert dated["condemned"] == ("2024-03-08", "lead")  # not undated, not the day of publication


def test_a_lead_dated_only_to_a_week_dates_no_later_event(pipeline):
    lead = "Officials said militants attacked a police post in Kech district last week."
    dated = _dates(pipeline, lead + _MIDDLE + "The prime minister condemned the attack.")
    assert dated["attacked"][0] == "2024-02-26"
    assert dated["condemned"] == (None, None)


def test_a_report_that_names_no_day_has_its_news_on_the_day_it_was_published_or_the_day_before(pipeline):
    dated = _dates(pipeline, "Four Gulf states have cut diplomatic ties with Qatar.\n\n"
                             "They have also closed their borders with it.")
    assert dated == {"cut": ("2024-03-09", "publication"), "closed": ("2024-03-09", "publication")}


def test_an_undated_report_dates_its_news_to_the_day_of_publication_or_the_day_before(pipeline):
    """Nothing in the report names a day: the text allows the day it came out and the one before
    (a paper's news is mostly the day before's), so the event spans both (scenes.date_undated)."""
    events = pipeline.extract("Rebels overran an army outpost near the river port of Mopti.\n\n"
                              "The garrison withdrew to the town.", published=PUBLISHED).events
    spans = {(e.interval.start.isoformat(), e.interval.end.isoformat(), e.time_basis) for e in events}
    assert spans == {("2024-03-09", "2024-03-10", "publication")}


def test_the_towns_a_report_names_weigh_in_its_country(pipeline):
    """A report of a raid in three districts of Pakistan that names another country only in "rifles
    made in China" is about Pakistan: its police are Pakistan's (actors.focus_country counts named places)."""
    text = ("Troops raided a hideout in Khuzdar district on Sunday and seized rifles made in China. "
            "Militants were later seen in Turbat and Panjgur. Police arrested four men.")
    events = pipeline.extract(text, published=PUBLISHED).events
    arrests = [e for e in events if e.acled_subtype == "Arrests"]  # (the troops' seizure is a COERCE event too)
    assert arrests and {e.actor1 and e.actor1.name for e in arrests} == {"Police Forces of Pakistan"}
    assert {e.actor1 and e.actor1.name for e in events if e.acled_subtype == "Disrupted weapons use"} <= {"Military Forces of Pakistan"}


def test_a_crowd_shot_dead_told_again_is_not_counted_twice(pipeline):
    """incidents._doers_dead: a headline's "Demonstrators shot dead" makes the crowd the incident's
    first side; the body's "security forces have shot dead 12 demonstrators" names them again as the
    dead, killed by a side that is not the incident's other one: the same dead, not the first side's
    own."""
    text = ("Demonstrators shot dead in southern Yemen\n\nAt least 12 anti-government demonstrators killed as "
            "soldiers - some on rooftops - open fire on crowd.\n\nYemeni security forces have shot dead at least 12 "
            "anti-government demonstrators and wounded 25 in the city of Taiz, doctors said.\n")
    violent = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.fatalities is not None]
    assert [e.fatalities.value for e in violent] == [12]


def test_a_period_made_precise_by_a_day_inside_it_takes_the_day():
    """incidents._absorb: an event dated by a period ("detained in recent days") that a later telling
    dates to a day inside it ("On Friday, … were detained") takes the day; a day outside the period
    is no refinement and leaves it."""
    import datetime as dt
    from sitrep.events.incidents import _absorb
    from sitrep.records import Event, Interval, Span, TimeExpr

    def event(start, end, precision, sentence, text):
        span = Span(sentence * 100, sentence * 100 + len(text), text)
        iv = Interval(dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)
        return Event(id="E", trigger=span, sentence=sentence, category="conflict", acled_type="Strategic developments",
                     acled_subtype="Arrests", plover="COERCE", interval=iv,
                     time=TimeExpr(span, iv, "deictic", sentence), time_basis="clause", evidence=[span])

    period = event("2024-03-03", "2024-03-10", "week", 1, "in recent days")
    _absorb(period, event("2024-03-08", "2024-03-08", "day", 2, "On Friday"))
    assert (period.interval.start, period.interval.precision) == (dt.date(2024, 3, 8), "day")
    period = event("2024-03-03", "2024-03-10", "week", 1, "in recent days")
    _absorb(period, event("2024-02-23", "2024-02-23", "day", 2, "On Friday"))
    assert (period.interval.start, period.interval.precision) == (dt.date(2024, 3, 3), "week")


def test_a_new_place_after_a_month_old_aside_keeps_the_news_day(pipeline):
    """incidents._coreferent (refinable) and scenes._aside_before_news: "Last month, the army launched
    an offensive" is background the story stepped into; the next paragraph's attack in another town,
    with no time of its own, is neither that offensive made finer nor dated by its month."""
    text = ("Bomb kills two soldiers in Mali\n\nA roadside bomb killed two soldiers in Gao on Saturday, officials "
            "said.\n\nLast month, the army launched an offensive against the rebels there.\n\nIn Kidal, gunmen "
            "attacked a police post, killing one officer.\n")
    events = pipeline.extract(text, published="2024-03-10").events
    kidal = [e for e in events if e.place is not None and e.place.name == "Kidal"]
    assert len(kidal) == 1 and kidal[0].interval.start.isoformat() == "2024-03-09", [
        (e.trigger.text, e.place and e.place.name, e.interval) for e in events]


def test_a_headlines_act_never_takes_in_an_act_its_own_clause_dates_apart(pipeline):
    """incidents._coreferent (the headline's act told again in the lead): "Last month, the army
    launched an offensive" is not the headline's bombing the lead dated to Saturday, so the army is
    not made the bombers and the offensive stays an event of its own month."""
    text = ("Bomb kills two soldiers in Mali\n\nA roadside bomb killed two soldiers in Gao on Saturday, officials "
            "said.\n\nLast month, the army launched an offensive against the rebels there.\n")
    events = pipeline.extract(text, published="2024-03-10").events
    bomb = next(e for e in events if e.interval.start is not None and e.interval.start.isoformat() == "2024-03-09")
    assert bomb.actor1 is None or not bomb.actor1.name.startswith("Military"), bomb.actor1
    assert any(e.interval.precision == "month" for e in events), [(e.trigger.text, e.interval) for e in events]


def test_the_causing_and_sparking_word_classes_stay_apart():
    """clauses: "causing" verbs hand their infinitive's subject on ("the minister was forced to
    resign": the minister resigned); "sparking" verbs tell that what they caused happened ("sparked
    protests"). One module-level name once held both, the later list silently replacing the first."""
    from sitrep.events import clauses
    from sitrep.lexicon import load_event_words
    words = load_event_words()
    assert set(clauses._CAUSING) == set(words["causing"]) and "force" in clauses._CAUSING
    assert set(clauses._SPARKING) == set(words["sparking_verbs"]) and "spark" in clauses._SPARKING



def test_the_headline_copied_into_the_body_is_read_once(pipeline):
    """__init__._told_again_below: a line within the body's running text that copies the headline word
    for word (a gallery's title over a photo) is dropped, the headline read; a copy over the body,
    after a byline, before any running text, is kept (the body's own first line)."""
    from sitrep.events import _told_again_below
    head = "Police officers injured in Kisumu rioting"
    body = "Seven police officers were injured in a second night of rioting in Kisumu on Saturday, police said."
    for text, kept in ((f"{head}\n\nBy: Staff\n\n{head}\n\n{body}\n", True),
                       (f"{head}\n\n{body}\n\n{head}\n\nTrouble first flared on Friday as police stopped a march.\n", False)):
        doc, ctx = _report(pipeline, text)
        lines = [" ".join(s.text.split()) for s in ctx.sents]
        copy = [i for i, t in enumerate(lines) if t == head][1]
        assert (copy not in _told_again_below(ctx.sents)) == kept, lines
