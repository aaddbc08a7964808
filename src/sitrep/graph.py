"""The actor graph: actors as nodes, relations as edges, every edge with its evidence.

Reads: :class:`Article` records (their actors and relations).
Adds: a ``networkx.MultiDiGraph`` — nodes keyed by canonical actor name with
``type``, ``country`` and ``kind``; one edge per stated relation with ``type``,
``status``, ``credited_to``, ``article``, ``evidence`` (the sentence) and its
character offsets — and writers for GraphML and JSON (node-link).
"""
from __future__ import annotations

import json
from collections.abc import Iterable

import networkx as nx

from .records import Article


def build(articles: Iterable[Article]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for art in articles:
        known = {a.name: a for a in art.actors}
        for r in art.relations:
            for name in (r.source, r.target):
                if name not in g:
                    a = known.get(name)
                    g.add_node(name, type=(a.type if a else None) or "", country=(a.country if a else None) or "",
                               kind=(a.kind if a else "unknown") or "")
            g.add_edge(r.source, r.target, type=r.type, status=r.status, credited_to=r.credited_to or "",
                       article=art.document.id, evidence=r.evidence.text,
                       evidence_start=r.evidence.start, evidence_end=r.evidence.end)
    return g


def to_graphml(g: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(g, prettyprint=True)) + "\n"


def to_json(g: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1) + "\n"
