"""Actor ties (funds, trains, supports, based in, part of, and those events make) and the graph."""
from __future__ import annotations

import networkx as nx
import pytest

from sitrep import graph


def ties(pipeline, text, published="2024-03-10"):
    art = pipeline.extract(text, published=published)
    return {(r.source, r.type, r.target): r for r in art.relations}, art


def find(found, kind, source=None, target=None):
    hits = [r for (s, k, t), r in found.items() if k == kind and (source is None or source in s)
            and (target is None or target in t)]
    assert hits, f"no {kind} tie {source}->{target} in {list(found)}"
    return hits[0]


def test_funding_from_a_source_to_a_recipient(pipeline):
    found, _ = ties(pipeline, "Investigators said a hawala network had channelled money from a foreign "
                              "intelligence agency to banned militant groups in Quetta.")
    r = find(found, "funds", "foreign intelligence agency", "militant groups")
    assert r.evidence.text.startswith("Investigators")


def test_training_told_in_the_passive_names_the_trainer(pipeline):
    found, _ = ties(pipeline, "Police said the bombers had been trained by the Islamic State in Afghanistan.")
    r = find(found, "trains", "Islamic State")
    assert r.target != "Islamic State"


def test_a_group_operating_out_of_a_country_is_based_there(pipeline):
    found, _ = ties(pipeline, "The attack was claimed by the Baloch Liberation Front, which operates out of "
                              "southeastern Iran.")
    r = find(found, "based in", "Baloch Liberation Front", "Iran")
    assert r.status == "reported"


def test_said_to_makes_a_tie_alleged(pipeline):
    found, _ = ties(pipeline, "Officials named Jaish al-Adl, a group said to have safe havens in Pakistan.")
    r = find(found, "based in", target="Pakistan")
    assert r.status == "alleged"


@pytest.mark.parametrize("text,backed", [
    ("Police arrested two members of the pro-Iran Mehdi group in Karachi on Monday.", "Mehdi"),
    ("Iranian-backed militias fired rockets at a base in eastern Syria on Monday.", "militias"),
])
def test_backers_named_in_a_group_description(pipeline, text, backed):
    found, _ = ties(pipeline, text)
    r = find(found, "supports", "Government of Iran", backed)
    assert r.source == "Government of Iran"


def test_a_confirmed_identity_credits_the_anonymous_official(pipeline):
    found, _ = ties(pipeline, "The agency behind the network was not named at the press conference, but a senior "
                              "security official, speaking on condition of anonymity, confirmed that it belonged "
                              "to Iran.")
    r = find(found, "part of", target="Government of Iran")
    assert r.status == "confirmed"
    assert r.credited_to and "official" in r.credited_to


def test_events_make_ties_with_their_status(pipeline):
    found, _ = ties(pipeline, "The Baloch Liberation Front claimed responsibility for an attack on an army post "
                              "in Kech on Monday.")
    r = find(found, "fights", "Baloch Liberation Front", "Military Forces of Pakistan")
    assert r.status == "claimed"


def test_graphml_loads_in_networkx_with_evidence_on_every_edge(pipeline, tmp_path):
    arts = [pipeline.extract(t, published="2024-03-10", id=f"a{i}") for i, t in enumerate([
        "The Baloch Liberation Front claimed responsibility for an attack on an army post in Kech on Monday.",
        "Police arrested two members of the pro-Iran Mehdi group in Karachi on Monday.",
    ])]
    g = graph.build(arts)
    path = tmp_path / "actors.graphml"
    path.write_text(graph.to_graphml(g), encoding="utf-8")
    back = nx.read_graphml(path)
    assert back.number_of_edges() == g.number_of_edges() >= 2
    for _, _, d in back.edges(data=True):
        assert d["evidence"] and d["status"] in ("reported", "claimed", "alleged", "confirmed", "denied", "planned")
        assert d["article"] in ("a0", "a1")
    assert back.nodes["Baloch Liberation Front"]["type"] == "rebel"


def test_graph_command_writes_json(run, tmp_path):
    src = tmp_path / "report.txt"
    src.write_text("Border clash\n\nPakistani troops clashed with Afghan Taliban fighters near Chaman on "
                   "Tuesday, officials said.\n", encoding="utf-8")
    out = tmp_path / "g.json"
    result = run("graph", src, "--format", "json", "--out", out, "--published", "2024-03-12")
    assert result.exit_code == 0, result.output
    import json
    data = json.loads(out.read_text())
    assert any(e["type"] == "fights" for e in data["edges"])


def test_seed_graph_has_the_ties_the_report_states(pipeline, seed_text):
    art = pipeline.extract(seed_text)
    found = {(r.source, r.type, r.target): r for r in art.relations}
    find(found, "funds", "foreign intelligence agency", "militant groups")
    r = find(found, "part of", "foreign intelligence agency", "Government of Iran")
    assert r.status == "confirmed" and "official" in (r.credited_to or "")
    find(found, "based in", "Baloch Liberation Front", "Iran")
    assert find(found, "based in", target="Pakistan").status == "alleged"  # the havens of Iranian Baluch groups
    find(found, "trains", "Indian intelligence")


@pytest.mark.parametrize("text,kind,source,target", [
    ("Pakistan accused India on Monday of backing militants in Balochistan.", "accuses",
     "Government of Pakistan", "Government of India"),
    ("Pakistan warned Afghanistan on Tuesday against sheltering militants.", "warns",
     "Government of Pakistan", "Government of Afghanistan"),
    ("Iran handed over two suspects to Pakistan on Sunday, officials said.", "hands over to",
     "Government of Iran", "Government of Pakistan"),
    ("India and Bangladesh signed an agreement on security cooperation in Dhaka on Monday.", "cooperates with",
     "Government of India", None),
])
def test_event_ties(pipeline, text, kind, source, target):
    found, _ = ties(pipeline, text)
    r = find(found, kind, source, target)
    assert r.evidence.text in text


def test_the_armys_claim_about_trainers_is_credited_to_the_army(pipeline):
    found, _ = ties(pipeline, "Militants stormed a Frontier Corps camp in Panjgur on Wednesday. It took the army "
                              "three days to clear the camp of the attackers who, it said, were trained abroad "
                              "by a foreign spy agency.", published="2024-02-10")
    r = find(found, "trains", "spy agency")
    assert r.credited_to == "Military Forces of Pakistan"


def test_the_relations_file_is_loaded_strictly(tmp_path):
    from sitrep.errors import ConfigError
    from sitrep.relations import DATA, TIE_KINDS, load_patterns

    pats = load_patterns()
    assert set(TIE_KINDS) <= set(pats) and "iranian" not in pats["_backer_before"]
    assert pats["_backer_before"] == {"pro"} and "sponsored" in pats["_backer_after"] and "proxies" in pats["_backer_nouns"]
    text = (DATA / "relations.yaml").read_text(encoding="utf-8")
    for broken, message in ((text.replace("  trains:", "  trainz:", 1), "missing trains; unknown trainz"),
                            (text.replace("    belongs:", "    belong:", 1), "missing belongs; unknown belong"),
                            (text.replace("  hedges:", "  hedge:", 1), "missing hedges; unknown hedge"),
                            (text.replace('sayers: ["confirm"', 'sayers: ["Confirm"', 1), "lower-case"),
                            (text.replace("verbs: [train, arm, equip]", "verbs: []", 1), "a list of")):
        assert broken != text
        bad = tmp_path / "relations.yaml"
        bad.write_text(broken, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_patterns.__wrapped__(str(bad))


def test_a_backer_word_added_to_the_file_is_read(pipeline, tmp_path, monkeypatch):
    """The backer forms come from data/relations.yaml, not from the code: with "-armed" added, an
    "Iranian-armed" group is backed by Iran's government."""
    from sitrep import relations

    text = (relations.DATA / "relations.yaml").read_text(encoding="utf-8").replace('"-aligned",', '"-aligned", "-armed",', 1)
    path = tmp_path / "relations.yaml"
    path.write_text(text, encoding="utf-8")
    patched = relations.load_patterns.__wrapped__(str(path))
    monkeypatch.setattr(relations, "load_patterns", lambda path=None: patched)
    found, _ = ties(pipeline, "Iranian-armed militias fired rockets at a base in eastern Syria on Monday.")
    assert find(found, "supports", "Government of Iran", "militias").source == "Government of Iran"
