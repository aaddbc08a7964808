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
