"""The trigger file is read strictly: a renamed class, a misspelt key or a sub-type ACLED does not
have stops sitrep with one line naming the place, instead of silently changing events."""
from __future__ import annotations

import pytest
import yaml

from sitrep.errors import ConfigError
from sitrep.lexicon import DATA, load_triggers


def _write(tmp_path, change):
    raw = yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "triggers.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return str(path)


def test_the_shipped_file_loads():
    t = load_triggers()
    assert {"attack", "protest", "arrest"} <= set(t.classes)


@pytest.mark.parametrize("change,says", [
    (lambda r: r["classes"].update({"seizures": r["classes"].pop("seizure")}), "['seizure'] are missing"),
    (lambda r: r["classes"]["attack"].update({"verb": ["strike"]}), "unknown key(s) ['verb']"),
    (lambda r: r["classes"]["arrest"].update({"acled": ["Strategic developments", "Arrest"]}), "not an ACLED"),
    (lambda r: r["classes"]["consult"].update({"plover": "MEET"}), "unknown PLOVER type 'MEET'"),
    (lambda r: r["classes"]["consult"].pop("category"), "'category' is missing"),
    (lambda r: r["classes"]["consult"].update({"acled": ["Battles", "Armed clash"]}), "political class has no ACLED"),
    (lambda r: r.update({"weapon": {}}), "unknown section(s) ['weapon']"),
    (lambda r: r["weapons"].update({"pistol": ["Battles", "Gunfight", "firearms"]}), "'pistol'"),
    (lambda r: r["classes"]["attack"].update({"verbs": [], "nouns": []}), "can never match"),
    (lambda r: r["crowd_sides"].update({"Sit-in": "Protesters ({country})"}), "crowd_sides"),
])
def test_a_departure_from_the_form_is_one_clear_error(tmp_path, change, says):
    with pytest.raises(ConfigError) as err:
        load_triggers(_write(tmp_path, change))
    assert says in str(err.value) and "\n" not in str(err.value)


def test_the_event_word_classes_are_loaded_strictly(tmp_path):
    from sitrep.errors import ConfigError
    from sitrep.lexicon import DATA, load_event_words

    words = load_event_words()
    assert "say" in words["announcing"] and words["numwords"]["twelve"] == 12
    assert words["coref_plovers"]["raid"] == frozenset({"ASSAULT", "COERCE"})
    text = (DATA / "event_words.yaml").read_text(encoding="utf-8")
    for broken, message in ((text.replace("announcing:", "anouncing:", 1), "missing announcing; unknown anouncing"),
                            (text.replace('hedged: ["alleged"', 'hedged: ["Alleged"', 1), "lower-case"),
                            (text.replace('"raid": ["ASSAULT"', '"raid": ["ASSAULTS"', 1), "PLOVER types")):
        assert broken != text
        bad = tmp_path / "event_words.yaml"
        bad.write_text(broken, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_event_words.__wrapped__(str(bad))



def test_no_event_word_class_is_registered_twice():
    from sitrep.lexicon import EVENT_WORD_CLASSES

    names = [n for kind in EVENT_WORD_CLASSES.values() for n in kind]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []

@pytest.mark.parametrize("name", ["event_words.yaml", "triggers.yaml", "place_words.yaml", "export_rules.yaml"])
def test_a_key_told_twice_in_a_data_file_is_refused(tmp_path, name):
    """YAML lets the second of two equal keys silently win (a word class told twice lost its first
    list's words); sitrep's data files refuse it, naming the file, the key and both lines."""
    from sitrep.datafiles import strict_yaml

    text = (DATA / name).read_text(encoding="utf-8")
    strict_yaml(text)  # the shipped file has no key twice
    key = next(line for line in text.splitlines() if line and line[0].isalpha() and ":" in line).split(":")[0]
    broken = text + f"\n{key}: []\n"
    with pytest.raises(yaml.YAMLError, match=f"the key '{key}' is told twice"):
        strict_yaml(broken)
    bad = tmp_path / "event_words.yaml"
    bad.write_text(broken if name == "event_words.yaml" else
                   (DATA / "event_words.yaml").read_text(encoding="utf-8") + "\nannouncing: [\"say\"]\n",
                   encoding="utf-8")
    from sitrep.lexicon import load_event_words
    with pytest.raises(ConfigError, match=r"event_words\.yaml.*told twice"):
        load_event_words.__wrapped__(str(bad))


def test_the_place_word_classes_are_loaded_strictly(tmp_path):
    from sitrep.errors import ConfigError
    from sitrep.lexicon import DATA, PLACE_WORD_CLASSES, load_place_words

    words = load_place_words()
    assert set(words) == set(PLACE_WORD_CLASSES)
    assert "local government area" in words["kind_words"] and "outskirts" in words["area_words"]
    text = (DATA / "place_words.yaml").read_text(encoding="utf-8")
    for broken, message in ((text.replace("kind_nouns:", "kind_noun:", 1), "missing kind_nouns; unknown kind_noun"),
                            (text.replace('place_preps: ["in"', 'place_preps: ["In"', 1), "lower-case"),
                            (text.replace('articles: ["the", "a", "an"]', 'articles: ["the", "a", "the"]', 1), "distinct"),
                            (text.replace('articles: ["the", "a", "an"]', 'articles: []', 1), "a list of")):
        assert broken != text
        bad = tmp_path / "place_words.yaml"
        bad.write_text(broken, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_place_words.__wrapped__(str(bad))


def test_the_places_stage_holds_no_word_of_its_own():
    """Its kind words, prepositions and directions come from data/place_words.yaml: every word of
    the file's lists is one the stage's patterns or sets use, and the stage's source names none of
    the longer ones in a pattern of its own."""
    import inspect

    from sitrep import places
    from sitrep.lexicon import load_place_words

    source = inspect.getsource(places)
    for word in ("governorate", "outskirts", "holiest", "prefecture", "checkpoint"):
        assert word not in source.lower().replace("data/place_words.yaml", ""), word
    words = load_place_words()
    assert places._KIND_TOLD.match(" tehsil") and "tehsil" in words["told_kinds"]
    assert places._RANKED.search("the holiest city of ") and places._TOWN_SAID.search("the town of ")

@pytest.mark.parametrize("change,says", [
    (lambda r: r["armed_targets"].append("army camp"), "one word each"),
    (lambda r: r["crowd_scenes"].append("street march"), "crowd_scenes: one word each"),
    (lambda r: r.update({"crowd_scenes": "protest"}), "'crowd_scenes' must be a list"),
    (lambda r: r["classes"]["sexual"]["verbs"].append("gang-rape"), "a hyphenated verb can never match"),
    (lambda r: r["classes"]["sanction"].update({"enacted": "yes"}), "'enacted' must be true or false"),
    (lambda r: r["classes"]["request"].update({"part_of": ["protests"]}), r"\['protests'\] are not"),
    (lambda r: r["classes"]["request"].update({"part_of": "protest"}), "must list classes"),
    (lambda r: r["classes"]["accuse"].update({"party_object": "yes"}), "'party_object' must be true or false"),
    (lambda r: r["classes"]["arrest"].update({"counts_people": 1}), "'counts_people' must be true or false"),
    (lambda r: r["classes"]["cooperate"].update({"not_objects": "body"}), "'not_objects' must be a list"),
    (lambda r: r["classes"]["explosion"].update({"not_subjects": "crisis"}), "'not_subjects' must be a list"),
    (lambda r: r["classes"]["cooperate"].update({"not_object": ["body"]}), "not_object"),
    (lambda r: r["classes"]["attack"].update({"generic": "yes"}), "'generic' must be true or false"),
    (lambda r: r["classes"]["clash"].update({"weapon_typed": 1}), "'weapon_typed' must be true or false"),
    (lambda r: r["classes"]["shelling"].update({"act_typed": "true"}), "'act_typed' must be true or false"),
])
def test_an_entry_that_could_never_match_is_refused(tmp_path, change, says):
    with pytest.raises(ConfigError, match=says):
        load_triggers(_write(tmp_path, change))


def test_how_a_class_is_typed_is_told_by_its_entry_not_by_its_name(tmp_path):
    """Which classes tell an act without its means, take a weapon's type, or keep their own type are
    flags of triggers.yaml: a renamed class keeps them, and a flag dropped from an entry is dropped."""
    t = load_triggers()
    assert {n for n, c in t.classes.items() if c.generic} == {"attack", "kill", "wound"}
    assert {n for n, c in t.classes.items() if c.weapon_typed} >= {"attack", "kill", "wound", "clash", "shooting"}
    assert all(not c.weapon_typed for n, c in t.classes.items() if c.act_typed)
    changed = load_triggers(_write(tmp_path, lambda r: r["classes"]["wound"].pop("generic")))
    assert not changed.classes["wound"].generic and changed.classes["kill"].generic


def test_a_hyphenated_noun_is_split_as_the_tokenizer_splits_it():
    t = load_triggers()
    assert any(words == ("sit", "-", "in") for words, _ in t.nouns["in"])
    assert any(words == ("counter", "-", "terrorism", "operation") for words, _ in t.nouns["operation"])


def _lemmas(nlp, word: str) -> set[str]:
    """The lemmas the model gives ``word`` as a noun, a verb and an adjective."""
    out = set()
    for carrier in ("They saw the {} there.", "They will {} it.", "It was {}.", "They {} there."):
        out |= {t.lemma_.lower() for t in nlp(carrier.format(word)) if t.lower_ == word}
    return out


@pytest.mark.slow
def test_every_lexicon_entry_is_a_lemma_the_model_produces(pipeline):
    """Rules compare the model's lemmas with the word classes: an entry the model never gives as a
    lemma ("visas", "attacked") matches nothing. Classes of forms compare the text and are left out,
    and so are the triggers, which are matched by lemma and by form ("talks")."""
    from sitrep.lexicon import EVENT_WORD_CLASSES, load_event_words

    nlp = pipeline.language.nlp
    words = load_event_words()
    never = [(name, w) for name in EVENT_WORD_CLASSES["words"] for w in sorted(words[name])
             if w.isalpha() and w not in _lemmas(nlp, w)]
    never += [("support_verbs", w) for w in sorted(load_triggers().support_verbs) if w not in _lemmas(nlp, w)]
    assert never == []


_VERB_CLASSES = ("announcing", "intending", "called_off", "naming", "reporting", "support_of_content", "speaking",
                 "harming", "done_to_people", "raiding", "weapon_verbs", "motion", "away_verbs", "going_on",
                 "practice_verbs", "quoting", "claiming", "handing")


@pytest.mark.slow
def test_a_verb_ending_in_e_keeps_its_lemma_in_the_past_tense(pipeline):
    """The model's lemmatizer makes "staged" "stag" and "slated" "slat"; the pipeline gives the "e"
    back for sitrep's own verbs, so that every one of them is found in the past tense too."""
    from sitrep.language import repair_lemmas

    nlp = pipeline.language.nlp
    wrong = []
    from sitrep.lexicon import load_event_words

    classes = load_event_words()
    t = load_triggers()
    verbs = set(t.verbs) | set(t.support_verbs) | set().union(*(classes[name] for name in _VERB_CLASSES))
    for verb in sorted(v for v in verbs if v.endswith("e") and v.isalpha()):
        doc = nlp(f"The men {verb}d it yesterday.")
        repair_lemmas(doc, pipeline.verbs)
        tok = doc[2]
        if tok.tag_ in ("VBD", "VBN") and tok.lemma_ != verb:
            wrong.append((verb, tok.lemma_))
    assert wrong == []
    assert {"stage", "slate", "rape", "lambaste"} <= verbs <= pipeline.verbs


@pytest.mark.parametrize("change,says", [
    (lambda p: p[0].update(need_country=True), "unknown key(s) need_country"),
    (lambda p: p[0].pop("canonical"), "missing key(s) canonical"),
    (lambda p: p[0].update(needs_country="yes"), "needs_country must be a bool"),
    (lambda p: p[0].update(canonical="Military Forces"), "canonical needs {country}"),
    (lambda p: p[0].update(nouns=["Soldier"]), "lower-case"),
])
def test_the_actor_patterns_are_loaded_strictly(change, says):
    from sitrep.actors import _check_patterns
    patterns = yaml.safe_load((DATA / "actor_patterns.yaml").read_text(encoding="utf-8"))
    assert _check_patterns(patterns, "actor_patterns.yaml") == patterns  # the shipped file passes
    change(patterns)
    with pytest.raises(ConfigError) as e:
        _check_patterns(patterns, "actor_patterns.yaml")
    assert "actor_patterns.yaml: entry 1 (military)" in str(e.value) and says in str(e.value)


@pytest.mark.parametrize("value", [
    {"country": "TH"},  # no words
    {"country": "MM", "words": ["insurgent"]},  # not the entry's own country
    {"country": "TH", "words": ["Insurgent"]},  # not lower-case
    {"country": "TH", "words": ["insurgent"], "nouns": ["rebel"]},  # an unknown key
])
def test_an_insurgency_entry_is_loaded_strictly(value):
    from sitrep.actors import _insurgents_of
    entry = {"name": "Example Separatists", "type": "rebel", "country": "TH", "insurgents_of": value}
    with pytest.raises(ConfigError) as e:
        _insurgents_of(entry, "actors.yaml")
    assert "actors.yaml: 'Example Separatists': insurgents_of" in str(e.value)
    entry["insurgents_of"] = {"country": "TH", "words": ["insurgent"]}
    assert _insurgents_of(entry, "actors.yaml") == ("TH", frozenset({"insurgent"}))


@pytest.mark.parametrize("first,second", [
    ({"needs_country": True}, {}),  # the shipped case: a state's diplomats, and bare diplomats
    ({}, {}),  # listed twice with no country rule between them
    ({"needs_country": True}, {"needs_country": True}),
])
def test_a_noun_is_listed_twice_only_for_a_description_without_its_country(first, second):
    from sitrep.actors import _check_patterns
    patterns = [{"kind": "envoy", "canonical": "Government of {country}", "type": "state", "nouns": ["diplomat"], **first},
                {"kind": "civilians", "canonical": "Civilians ({country})", "type": "civilians", "nouns": ["diplomat"], **second}]
    if first.get("needs_country") and not second:
        assert _check_patterns(patterns, "actor_patterns.yaml") == patterns
        return
    with pytest.raises(ConfigError) as e:
        _check_patterns(patterns, "actor_patterns.yaml")
    assert "entry 2 (civilians): 'diplomat' is listed again" in str(e.value)
