"""Loads the event trigger lexicon (``data/triggers.yaml``) into lookup tables, and the country
table (``data/countries.csv``) that the actors and places stages share."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .datafiles import read_mapping
from .errors import ConfigError

DATA = Path(__file__).parent / "data"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True, slots=True)
class TriggerClass:
    name: str
    plover: str
    category: str
    acled_type: str | None
    acled_subtype: str | None
    mode: str | None = None
    violent: bool = False
    subjects: frozenset[str] = frozenset()  # when set: the doer must be one of these
    objects: frozenset[str] = frozenset()  # when set: what is acted on must be one of these
    enacted: bool = False  # a decision to do it does it ("decided to sever ties"): not a plan
    part_of: frozenset[str] = frozenset()  # classes whose clause it can sit in as a part of their happening
    party_object: bool = False  # a place it is done to names a party, not a scene ("accused Tehran")
    counts_people: bool = False  # a number on its noun counts people, not events ("made 30 arrests")
    spoken: bool = False  # done by saying it will be done ("said Ankara would reject the report"): not a plan
    attempted: bool = False  # acting in order to do it tells it ("fired tear gas to disperse the crowd")
    not_objects: frozenset[str] = frozenset()  # what, acted on, makes it no event of this class
    not_subjects: frozenset[str] = frozenset()  # what, as its subject, makes it no event of this class
    generic: bool = False  # tells the act without its means: a more specific trigger of it types the event
    weapon_typed: bool = False  # a weapon named with it types the event ("killed by a roadside bomb")
    act_typed: bool = False  # its own ACLED type stands whoever the target is (a bombing, a kidnapping)
    headline_passive: bool = False  # a headline may tell it as a passive without "were" ("Three villagers killed")
    joint: bool = False  # done by two sides together: the doer's partner is its other side ("X and Y signed")


@dataclass
class Triggers:
    classes: dict[str, TriggerClass] = field(default_factory=dict)
    verbs: dict[str, list[tuple[tuple[str, ...], TriggerClass]]] = field(default_factory=dict)
    nouns: dict[str, list[tuple[tuple[str, ...], TriggerClass]]] = field(default_factory=dict)
    support_verbs: frozenset[str] = frozenset()
    weapons: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    armed_targets: frozenset[str] = frozenset()
    civilian_targets: frozenset[str] = frozenset()
    civilian_phrases: tuple[str, ...] = ()  # the civilian targets of several words ("land cruiser")
    intervention: tuple[str, ...] = ()
    excessive_force: tuple[str, ...] = ()
    crowd_scenes: frozenset[str] = frozenset()  # nouns of a gathering a killing can be told "in" ("killed in protests")
    crowd_sides: dict[str, str] = field(default_factory=dict)  # ACLED sub-type -> "Protesters ({country})"
    violent_crowd: re.Pattern = re.compile(r"(?!x)x")  # words telling a crowd's own violence (none: never)


# ACLED's event types and sub-types (its codebook): a class may name only these pairs
ACLED_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
# the trigger classes the events stage refers to by name: renaming one in the YAML must fail loudly,
# not silently change what those rules do
REQUIRED_CLASSES = frozenset({"abduction", "agree", "aid", "airstrike", "arrest", "attack", "clash", "coerce", "coup",
                              "consult", "cooperate", "diplomatic_protest", "explosion", "intercept", "kill", "looting", "neutralise", "riot",
                              "sanction", "seizure", "sexual", "sign", "shelling", "strike_by", "territory", "truce"})
_TOP_KEYS = {"classes", "support_verbs", "weapons", "armed_targets", "civilian_targets", "intervention",
             "excessive_force", "crowd_scenes", "crowd_sides", "violent_crowd", "calm_crowd"}
_CLASS_KEYS = {"plover", "category", "acled", "mode", "violent", "enacted", "subjects", "objects", "not_objects", "not_subjects",
               "verbs", "nouns", "part_of", "party_object", "counts_people", "spoken", "attempted", "generic",
               "weapon_typed", "act_typed", "headline_passive", "joint"}


def _tokens(phrase: str) -> tuple[str, ...]:
    """A noun phrase of the lexicon as the tokenizer splits it: "sit-in" is "sit", "-", "in"."""
    return tuple(re.findall(r"[^\s-]+|-", phrase.lower()))


def _strict(p: Path, raw) -> None:
    """Every departure of the trigger file from its form, as one ConfigError naming the place."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{p}: not a mapping of sections")
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"{p}: unknown section(s) {sorted(unknown)}; known: {sorted(_TOP_KEYS)}")
    classes = raw.get("classes")
    if not isinstance(classes, dict) or not classes:
        raise ConfigError(f"{p}: 'classes' must map class names to their definitions")
    missing = REQUIRED_CLASSES - set(classes)
    if missing:
        raise ConfigError(f"{p}: class(es) {sorted(missing)} are missing; the events stage refers to them by name")
    for name, c in classes.items():
        where = f"{p}: class {name!r}"
        if not isinstance(c, dict):
            raise ConfigError(f"{where}: not a mapping")
        extra = set(c) - _CLASS_KEYS
        if extra:
            raise ConfigError(f"{where}: unknown key(s) {sorted(extra)}; known: {sorted(_CLASS_KEYS)}")
        for key in ("plover", "category"):
            if key not in c:
                raise ConfigError(f"{where}: '{key}' is missing")
        if c["plover"] not in PLOVER_TYPES:
            raise ConfigError(f"{where}: unknown PLOVER type {c['plover']!r}")
        if c["category"] not in ("conflict", "political"):
            raise ConfigError(f"{where}: category {c['category']!r} is not conflict or political")
        acled = c.get("acled")
        if c["category"] == "conflict":
            if not (isinstance(acled, list) and len(acled) == 2 and acled[0] in ACLED_TYPES
                    and acled[1] in ACLED_TYPES[acled[0]]):
                raise ConfigError(f"{where}: acled {acled!r} is not an ACLED [type, sub-type] pair")
        elif acled:
            raise ConfigError(f"{where}: a political class has no ACLED type")
        unknown = [h for h in c.get("part_of") or () if h not in classes]
        if not isinstance(c.get("part_of", []), list) or unknown:
            raise ConfigError(f"{where}: part_of {c.get('part_of')!r}: must list classes of this file"
                              + (f" ({unknown!r} are not)" if unknown else ""))
        for key in ("verbs", "nouns", "subjects", "objects", "not_objects", "not_subjects"):
            v = c.get(key)
            if v is not None and (not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v)):
                raise ConfigError(f"{where}: '{key}' must be a list of words or phrases")
        for key in ("violent", "enacted", "party_object", "counts_people", "spoken", "attempted", "generic",
                    "weapon_typed", "act_typed", "headline_passive", "joint"):
            if key in c and not isinstance(c[key], bool):
                raise ConfigError(f"{where}: '{key}' must be true or false, not {c[key]!r}")
        hyphened = [v for v in c.get("verbs") or () if "-" in str(v)]
        if hyphened:  # the tokenizer splits "gang-rape": only its last part can be a verb token
            raise ConfigError(f"{where}: verbs {hyphened!r}: a hyphenated verb can never match; list its last part")
        if not (c.get("verbs") or c.get("nouns")):
            raise ConfigError(f"{where}: no verbs or nouns: the class can never match")
    for word, v in (raw.get("weapons") or {}).items():
        if not (isinstance(v, list) and len(v) == 3 and v[0] in ACLED_TYPES and v[1] in ACLED_TYPES[v[0]]):
            raise ConfigError(f"{p}: weapons: {word!r}: {v!r} is not [ACLED type, sub-type, mode]")
    for key in ("support_verbs", "armed_targets", "civilian_targets", "intervention", "excessive_force",
                "crowd_scenes"):
        v = raw.get(key)
        if v is not None and (not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v)):
            raise ConfigError(f"{p}: '{key}' must be a list of words or phrases")
    phrases = [w for w in raw.get("armed_targets") or () if " " in w.strip()]
    if phrases:  # targets are matched word by word; only civilian targets are also matched as phrases
        raise ConfigError(f"{p}: armed_targets: {phrases!r}: one word each (a phrase can never match)")


@cache
def load_triggers(path: str | None = None) -> Triggers:
    """``data/triggers.yaml`` as lookup tables, checked strictly (see :func:`_strict`)."""
    p = Path(path) if path else DATA / "triggers.yaml"
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the trigger lexicon {p}: {e}") from None
    _strict(p, raw)
    t = Triggers()
    for name, c in raw["classes"].items():
        acled = c.get("acled") or [None, None]
        tc = TriggerClass(name, c["plover"], c["category"], acled[0], acled[1], c.get("mode"),
                          bool(c.get("violent")), frozenset(c.get("subjects") or ()),
                          frozenset(c.get("objects") or ()), bool(c.get("enacted")),
                          frozenset(c.get("part_of") or ()), bool(c.get("party_object")),
                          bool(c.get("counts_people")), bool(c.get("spoken")), bool(c.get("attempted")),
                          frozenset(c.get("not_objects") or ()), frozenset(c.get("not_subjects") or ()),
                          bool(c.get("generic")), bool(c.get("weapon_typed")), bool(c.get("act_typed")),
                          bool(c.get("headline_passive")), joint=bool(c.get("joint")))
        t.classes[name] = tc
        for v in c.get("verbs") or []:
            words = tuple(str(v).lower().split())
            t.verbs.setdefault(words[0], []).append((words[1:], tc))
        for n in c.get("nouns") or []:
            words = _tokens(str(n))
            # indexed by the phrase's head: its last word ("suicide attack") or, with "of", its first
            head = words[0] if "of" in words else words[-1]
            t.nouns.setdefault(head, []).append((words, tc))
    for table in (t.verbs, t.nouns):
        for k in table:  # longer phrases first; classes that constrain the doer before those that do not
            table[k].sort(key=lambda x: (-len(x[0]), not (x[1].subjects or x[1].objects)))
    t.support_verbs = frozenset(raw.get("support_verbs") or ())
    t.weapons = {k.lower(): tuple(v) for k, v in (raw.get("weapons") or {}).items()}
    t.armed_targets = frozenset(raw.get("armed_targets") or ())
    t.civilian_targets = frozenset(raw.get("civilian_targets") or ())
    t.civilian_phrases = tuple(sorted(w for w in t.civilian_targets if " " in w))
    t.intervention = tuple(raw.get("intervention") or ())
    t.excessive_force = tuple(raw.get("excessive_force") or ())
    scenes = [w.strip().lower() for w in raw.get("crowd_scenes") or ()]
    if any(" " in w for w in scenes):  # matched against one word's lemma
        raise ConfigError(f"{p}: crowd_scenes: one word each (a phrase can never match)")
    t.crowd_scenes = frozenset(scenes)
    subtypes = {c.acled_subtype for c in t.classes.values()} | {"Protest with intervention",
                                                                "Excessive force against protesters"}
    for subtype, name in (raw.get("crowd_sides") or {}).items():
        if subtype not in subtypes or not isinstance(name, str) or "{country}" not in name:
            raise ConfigError(f"{p}: crowd_sides: {subtype!r}: {name!r} must map a known ACLED sub-type to a "
                              "name holding {{country}}")
        t.crowd_sides[subtype] = name
    words = raw.get("violent_crowd") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ConfigError(f"{p}: violent_crowd must be a list of words and phrases")
    calm = raw.get("calm_crowd") or []
    if not isinstance(calm, list) or not all(isinstance(w, str) and w.strip() for w in calm):
        raise ConfigError(f"{p}: calm_crowd must be a list of phrases")
    if words:
        # (a phrase of calm_crowd that starts where a violent word does is no violence: "stormed the streets")
        unless = r"(?!(?:" + "|".join(re.escape(w.lower()) for w in calm) + r"))" if calm else ""
        t.violent_crowd = re.compile(r"\b" + unless + r"(?:" + "|".join(re.escape(w.lower()) for w in words) + r")", re.I)
    return t


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]


@cache
def load_countries() -> tuple[Country, ...]:
    """``data/countries.csv``: each country's ISO code, name, demonyms and other names."""
    def split(cell: str) -> tuple[str, ...]:
        return tuple(w.strip() for w in cell.split("|") if w.strip())

    with open(DATA / "countries.csv", encoding="utf-8", newline="") as f:
        return tuple(Country(r["iso2"].strip(), r["name"].strip(), split(r["demonyms"]), split(r["aliases"]))
                     for r in csv.DictReader(f))


# The word classes of the events stage (data/event_words.yaml): each a list of lower-case words or
# phrases, a word -> number map, or a noun -> PLOVER types map. The file must have exactly these.
EVENT_WORD_CLASSES = {
    # lemmas, compared with the model's lemma of a token
    "words": ('own_forces', 'spokespeople', 'stance_saying_verbs', 'summed_time_units', 'summed_time_units_single', 'arrest_announcing', 'impersonal_bodies', 'life_words', 'tally_units', 'leaving_verbs', 'own_identity', 'people_nouns', 'act_shell_nouns', 'violent_act_nouns', 'count_nouns', 'suspect_words', 'grievances', 'plotting', 'forces_frames', 'contrasting_marks', 'latest_words', 'engaging', 'arresting_raids', 'searching_operations', 'hurling', 'hurled_against', 'police_bodies', 'army_units', 'asked_of_reporters', 'announcing', 'intending', 'planning_verbs', 'how_many', 'dated_only', 'modal_skip', 'future', 'conditional', 'wishing', 'forecasting', 'forbidding_nouns',
              'aggregate_det', 'aggregate_head', 'months', 'particles', 'called_off', 'idiom_objects',
              'trading_verbs',
              'place_nouns', 'locating_verbs', 'fallen_not_places', 'held_by', 'hands_deaths', 'passing_places', 'preparing_nouns', 'naming', 'officials', 'span_preps', 'act_own_preps', 'force_verb_classes', 'disowned_parts', 'state_of_violence', 'warning_media', 'stating_organs', 'party_members', 'warned_public', 'reporting', 'attesting', 'support_of_content',
              'weapon_agents', 'site_weapons', 'mined_goods', 'heading_verbs', 'state_organs', 'state_strikes', 'striking_state_words', 'strike_fire_words', 'armed_strike_heads', 'strike_arms', 'led_bodies', 'people', 'told_back_people', 'facilities', 'instruments', 'channels', 'striking_trades', 'air_war_words', 'strikers', 'drill_marches', 'campaign_rallies', 'crowd_again', 'unnamed_forces', 'speaking', 'saying_without_object', 'done_to_nouns', 'pair_nouns', 'harming',
              'done_to_people', 'raiding', 'weapon_verbs', 'weapon_users', 'unnamed_people', 'unnamed_bands', 'fired_things', 'local_words', 'partitive_heads', 'quantity_heads', 'office_preps', 'sparking_verbs', 'defence_forces', 'suffering_verbs', 'force_acts', 'protest_purposes', 'counted_people', 'force_units', 'undergoing_verbs', 'motion', 'bodies', 'loc_preps', 'target_nouns',
              'away_verbs', 'agent_nouns', 'frame_nouns', 'seized', 'seized_lots', 'going_on', 'time_units',
              'practice_verbs', 'kin_nouns', 'deeming', 'habitual', 'quoting', 'claiming', 'blaming', 'incident_nouns', 'occurred_nouns', 'not_doers',
              'air_means', 'shelling_means', 'air_verbs', 'crowd_clashing', 'clashing_crowds', 'homeland_nouns',
              'manned', 'force_words', 'police_words', 'struck_preps', 'handing', 'settlements', 'deciding', 'summoning', 'summoning_offices', 'denying', 'causing',
              'killing_verbs', 'killing_phrasals', 'one_more_person', 'both_words', 'dying_verbs', 'death_count_nouns', 'ailment_mods', 'lost_ranks', 'collective_nouns', 'fatal_adverbs', 'burning_verbs', 'accused_act_verbs', 'accused_weapons', 'embracing_verbs', 'martyrdom_nouns', 'sacrificing_verbs', 'life_giving_verbs', 'sacrifice_nouns',
              'sending_verbs', 'hell_words', 'report_verbs', 'believing',
              'scheduling', 'owning', 'admitting', 'accusing', 'charging', 'accusation_nouns', 'statement_nouns', 'suspect_nouns', 'lodging', 'protesting_bodies',
              'claimed_acts', 'generic_acts', 'not_killing', 'not_quite', 'own_act_verbs', 'subject_control', 'shut_by_owners',
              'state_nouns', 'border_words', 'ascribing', 'measure_nouns', 'span_ends', 'question_marks', 'met_not_parties', 'saying_withheld', 'inquiring', 'no_one_words', 'count_hedges', 'bare_particles', 'framing_verbs', 'occurring_verbs', 'wanting_nouns', 'campaign_nouns', 'war_nouns', 'deliberating',
              'population_measures', 'striking_back', 'avenging', 'hitting_back', 'returned_fire', 'proclaiming',
              'several_acts', 'over_places_preps', 'plain_people', 'wanting_verbs', 'demanding_verbs', 'refusing', 'failing', 'preventing', 'averting', 'placing_under', 'showing_verbs', 'answered_verbs', 'telling_press', 'verdict_words', 'verdict_links', 'remembering', 'reaching_verbs', 'statistics_nouns', 'cause_checked', 'release_nouns', 'protesting_verbs', 'striking_verbs', 'breaking_verbs', 'ending_verbs', 'appealing', 'court_rulings',
              'offices_sought', 'care_sought', 'crowd_speakers', 'listing_verbs', 'compelling', 'ordering_verbs', 'attempting', 'attempt_nouns', 'crowd_movements', 'striving', 'custody_nouns', 'hallmark_nouns', 'suspecting', 'laying_blame', 'owned_things', 'wounding_verbs', 'state_operations', 'report_nouns', 'denying_verbs', 'past_possible', 'self_nouns', 'not_shot', 'word_things',
              'crowd_acts', 'answer_nouns', 'sequel_own_acts', 'press_words', 'fight_refusals', 'unsanctioned', 'envoys', 'mishaps', 'raising_verbs',
              'road_vehicles', 'toll_leaving_verbs', 'toll_subject_verbs', 'striking_subject_verbs', 'lasting_holds', 'every_side_nouns', 'every_side_marks', 'armed_acts', 'armed_act_mods', 'armed_posts', 'affiliated', 'threat_outcomes', 'telling_verbs', 'dismissive_words', 'unjust_words', 'contested_measures', 'demanding_modals', 'addressed_parties', 'condemning_words', 'guilt_words', 'reacting_verbs', 'outrage_nouns', 'knowing_verbs', 'endangered_things', 'party_only_rejections', 'belongings', 'banned_gatherings', 'vowed_reprisals', 'going_on_verbs', 'telling_to_act', 'asking_nouns', 'insisting', 'own_ranks', 'refusables',
              'official_visits', 'briefing_verbs', 'curbing_nouns', 'evidence_nouns',
              'bearing_verbs', 'burden_nouns', 'statement_issuing',
              'escaping',
              'ending_nouns',
              'departing_verbs', 'permitting_verbs', 'permission_nouns', 'listed_as',
              'danger_bearing', 'market_moves', 'threatening_words', 'given_spans',
              'protest_announcing', 'round_nouns', 'measure_sets', 'held_at_nouns', 'journey_nouns', 'talks_travel', 'lone_partisans', 'toll_force_ranks', 'toll_armed_ranks', 'adding_verbs', 'later_days', 'apart_act_mods', 'period_starts'),
    # forms as written, compared with a token's lower-case text ("them", "alleged", "dozens")
    "forms": ('thing_pronouns', 'thing_singular_pronouns', 'loose_beside', 'opening_conjunctions', 'person_possessives', 'threatened_preps', 'crowd_masses', 'crowd_objects', 'defenceless_mods', 'lacking_preps', 'death_preps', 'vague_counts', 'scene_preps', 'vicinity_preps', 'dropped_were_links', 'lies_in_preps', 'banning_forms', 'one_happening_plurals', 'plan_marks', 'threat_answer_preps', 'object_pronouns', 'happening_pronouns', 'gathered_when', 'done_before_preps', 'aimed_at_preps', 'undone_auxiliaries', 'own_pronouns', 'crowd_munitions', 'another_beside', 'after_words', 'pronouns', 'one_person_pronouns', 'occasion_marks', 'pair_words', 'things', 'one', 'hedged', 'another', 'multitudes', 'attributing', 'no_deaths', 'bodies_found', 'corpse_nouns', 'more_dead', 'fresh_dead', 'toll_parts', 'toll_lower_bounds', 'tally_multitudes', 'toll_givers', 'toll_superseded',
              'answerable', 'blame_telling', 'alleging', 'wrongdoer_names', 'wrongs_answered', 'warned_reprisals', 'warned_parties', 'forceful_answers', 'awaiting', 'reported_fates', 'fate_complements', 'beating_verbs', 'trigger_bearers', 'mob_killings', 'repeat_marks', 'violent_death_marks', 'remote_strikes', 'stance_hedges', 'probable_hedges', 'prospects', 'one_account', 'page_stamps', 'picture_words', 'named_for_days', 'answering_preps', 'occasion_preps', 'sequel_preps', 'reciprocals',
              'formal_marks', 'including', 'toll_totals', 'total_nouns', 'deaths_beside', 'died_of_wounds', 'wound_nouns', 'counted_already', 'dead_nouns', 'along_with', 'joint_preps', 'joint_anywhere', 'self_pronouns', 'first_plural', 'leaving_particles', 'anchor_preps', 'toll_revisions', 'renewed_acts',
              'unnamed_mods', 'unknown_mods', 'opposing_prefixes', 'rival_mods', 'bare_not_bodies', 'force_manners', 'example_marks', 'recent_days', 'similar', 'topic_preps',
              'record_words', 'self_killing', 'reflexive_pronouns', 'past_as_present', 'apart_in_place',
              'made_to_disperse', 'mourned_things', 'gathering_verbs', 'armed_vehicle_words', 'toll_states', 'rioting_groups', 'utmost_words',
              'crowd_parts', 'seeking_preps', 'working_toward_verbs', 'cause_preps', 'insurgent_name_words', 'arrest_causes', 'armed_group_words', 'belonging_verbs', 'up_to_now_words', 'across_words',
              'whole_lands', 'outraged_words', 'held_at_preps',
              'asking_headline_openers', 'abroad_agents', 'seeming_verbs',
              'addressing_preps', 'market_marks', 'threat_content_preps',
              'talk_topic_preps',
              'aimed_phrase_preps', 'rights_speakers', 'counting_monitors',
              'toll_names', 'inverting_auxiliaries', 'home_offices', 'home_state_acts'),
    "numbers": ('numwords', 'vague_km', 'ordinal_words'),
    "plovers": ('coref_plovers', 'seat_acts', 'joint_plovers'),
}
_PLOVER_TYPES = frozenset("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
                          "SANCTION MOBILIZE COERCE ASSAULT".split())


@cache
def load_event_words(path: str | None = None) -> dict:
    """``data/event_words.yaml``, checked: a missing, unknown or ill-formed class is one ConfigError
    naming the file and the class (a misspelt class would otherwise silently match nothing)."""
    p = Path(path) if path else DATA / "event_words.yaml"
    want = {name: kind for kind, names in EVENT_WORD_CLASSES.items() for name in names}
    data = read_mapping(p, want)
    out: dict = {}
    for name, kind in want.items():
        value = data[name]
        if kind in ("words", "forms"):
            if not isinstance(value, list) or not value or not all(
                    isinstance(w, str) and w and w == w.lower() for w in value) or len(set(value)) != len(value):
                raise ConfigError(f"{p}: {name}: a list of distinct lower-case words")
            out[name] = frozenset(value)
        elif kind == "numbers":
            if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                                                      for k, v in value.items()):
                raise ConfigError(f"{p}: {name}: a map of words to whole numbers")
            out[name] = dict(value)
        else:
            if not isinstance(value, dict) or not all(isinstance(v, list) and set(v) <= _PLOVER_TYPES and v
                                                      for v in value.values()):
                raise ConfigError(f"{p}: {name}: a map of nouns to lists of PLOVER types")
            out[name] = {k: frozenset(v) for k, v in value.items()}
    return out


def known_verbs(triggers: Triggers) -> frozenset[str]:
    """The verbs sitrep's rules name (trigger verbs, support verbs, the event word classes): the
    lemmas :func:`sitrep.language.repair_lemmas` may give back."""
    words = {w for w in triggers.verbs} | set(triggers.support_verbs)
    classes = load_event_words()
    for name in EVENT_WORD_CLASSES["words"]:
        words |= {w for w in classes[name] if w.isalpha()}
    return frozenset(words)


PLACE_WORD_CLASSES = ("kind_words", "told_kinds", "subdivision_after", "name_kind_endings", "articles", "directions", "compass_points", "state_bodies",
                      "joining_directions", "admin1_kinds", "admin2_kinds", "settlement_kinds", "ranking_words", "place_preps", "near_preps",
                      "kind_nouns", "site_nouns", "group_nouns", "area_words", "date_words", "capital_nouns", "distance_units", "origin_preps", "destination_heads",
                      "arabic_article_countries", "arabic_articles", "compass_french", "name_links", "unit_prefixes",
                      "province_officials", "neighbour_marks", "doer_nouns")


@cache
def load_place_words(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """``data/place_words.yaml``, the places stage's word classes, checked as the event words are:
    a missing or unknown class, an empty list, a word not in lower case or listed twice is one
    ConfigError naming the file and the class. Each list keeps its file order (patterns are built
    from it)."""
    p = Path(path) if path else DATA / "place_words.yaml"
    data = read_mapping(p, PLACE_WORD_CLASSES)
    out: dict[str, tuple[str, ...]] = {}
    for name in PLACE_WORD_CLASSES:
        value = data[name]
        if not isinstance(value, list) or not value or not all(
                isinstance(w, str) and w.strip() == w and w and w == w.lower() for w in value) or len(set(value)) != len(value):
            raise ConfigError(f"{p}: {name}: a list of distinct lower-case words")
        out[name] = tuple(value)
    return out
