"""Hostile inputs for the fuzz tests, generated from a seed (the sentences are written for sitrep).

``texts(rng, n)`` yields article texts of many hostile shapes; ``jsonl_lines(rng, n)`` yields
JSON Lines records, most of them well-formed articles and the rest broken in the ways a real
feed breaks. Everything is deterministic for a given ``random.Random``.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator

SENTENCES = [
    "Gunmen killed {n} villagers in {town} on {day}, police said.",
    "The army said its troops repelled an attack on a checkpoint near {town}, killing {n} militants.",
    "A roadside bomb struck a convoy outside {town} on {day} night, wounding {n} soldiers.",
    "Hundreds of people marched through {town} on {day} to demand the release of detained students.",
    "Police fired tear gas at protesters who blocked the main road into {town}.",
    "The foreign minister visited {town} on {day} for talks on border security.",
    "The government accused its neighbour of sheltering the rebels who attacked {town}.",
    "No group has claimed responsibility for the blast, which killed {n} people.",
    "{n} days after the attack in {town}, security forces arrested {n} suspects.",
    "We continue to do all that we can to support them.",
    "The death toll rose to {n} on {day}, a local official said.",
    "In the year 0 the town did not exist; in the year 10000 it may not either.",
    "Fighters of the group said they had seized the base at {town} and would hold it.",
]
TOWNS = ["Kano", "Quetta", "Kidal", "Mosul", "Goma", "Beni", "Turbat", "Baidoa", "Mopti", "Aleppo", "Paris",
         "Alexandria", "Georgia", "Washington", "Lagos", "Kech"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last week",
        "three days earlier", "the next day", "25 February 2022", "2022-02-25", "Feb. 29", "31 April"]
NUMBERS = ["two", "12", "1,200", "dozens", "0", "-3", "9" * 30, "٣", "１２", "2²", "a hundred and five"]
ODD = ["\u202e", "\u202d", "\u200b", "\u200d", "\ufeff", "\u0301", "\u0336", "\x00", "\x07", "\x1b[31m", "\r",
       "\t", "\u2028", "\u2029", "\ufffd", "\U0001F600", "\u0645\u0648\u0635\u0644", "\u05e9\u05dc\u05d5\u05dd",
       "\u4e2d\u6587", "\\", '"', "<", ">", "&amp;", "%s", "{}"]


def sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(n=rng.choice(NUMBERS), town=rng.choice(TOWNS), day=rng.choice(DAYS))


def _noisy(rng: random.Random, s: str) -> str:
    out = []
    for ch in s:
        if rng.random() < 0.05:
            out.append(rng.choice(ODD))
        out.append(ch.upper() if rng.random() < 0.02 else ch)
    return "".join(out)


def text(rng: random.Random) -> str:
    """One hostile article text; its shape is drawn at random."""
    kind = rng.randrange(12)
    if kind == 0:  # random bytes read as text
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600))).decode("utf-8", "replace")
    if kind == 1:  # random code points, surrogates and controls included
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 300)))
    if kind == 2:  # report sentences with control, bidi, zero-width and combining marks
        return "\n".join(_noisy(rng, sentence(rng)) for _ in range(rng.randrange(1, 12)))
    if kind == 3:  # one very long sentence
        words = " ".join(sentence(rng).rstrip(".") for _ in range(rng.randrange(50, 400)))
        return f"Attack report\n\n{words}.\n"
    if kind == 4:  # deeply nested markup in a .txt
        depth = rng.randrange(10, 2000)
        return "<div>" * depth + sentence(rng) + "</div>" * depth
    if kind == 5:  # a long list of numbers and dates
        return "Figures\n\n" + ", ".join(f"{rng.choice(NUMBERS)} killed on {rng.choice(DAYS)}"
                                         for _ in range(rng.randrange(20, 400))) + ".\n"
    if kind == 6:  # the same killing told many times
        s = sentence(rng)
        return "Toll\n\n" + " ".join([s] * rng.randrange(20, 600)) + "\n"
    if kind == 7:  # all capitals
        return "\n\n".join(sentence(rng).upper() for _ in range(rng.randrange(1, 10)))
    if kind == 8:  # whitespace and punctuation only
        return "".join(rng.choice(" \n\t.,;:!?-—\"'()[]") for _ in range(rng.randrange(1, 400)))
    if kind == 9:  # a datelined wire report with odd dates and counts
        return (f"{rng.choice(TOWNS).upper()}, {rng.choice(DAYS)} (Wire) - " +
                " ".join(sentence(rng) for _ in range(rng.randrange(2, 15))) + "\n")
    if kind == 10:  # an ordinary short report
        return "Attack in the north\n\n" + " ".join(sentence(rng) for _ in range(rng.randrange(2, 8))) + "\n"
    return "\x00" * rng.randrange(1, 50) + sentence(rng)  # NUL bytes


def texts(rng: random.Random, n: int) -> Iterator[str]:
    for _ in range(n):
        yield text(rng)


def published(rng: random.Random):
    return rng.choice([None, "2022-02-25", "0001-01-01", "9999-12-31", "2022-13-01", "yesterday", "", 20220206,
                       "1899-12-31", "2100-12-31", "2024-02-29", [], {"y": 1}, True])


def jsonl_lines(rng: random.Random, n: int) -> Iterator[str]:
    """JSON Lines records: mostly articles (some with odd dates or ids), the rest broken."""
    for i in range(n):
        kind = rng.randrange(10)
        if kind < 6:
            rec = {"id": rng.choice([f"r{i}", i, "", None, "x" * 5000, "../../etc/passwd", "\x1b[2J"]),
                   "text": text(rng), "published": published(rng)}
            yield json.dumps(rec, ensure_ascii=rng.random() < 0.5)
        elif kind == 6:
            yield '{"id": "s%d", "text": "Gunmen killed two in Kano \\ud800 on Monday."}' % i
        elif kind == 7:
            yield "[" * rng.randrange(1000, 100_000)
        elif kind == 8:
            yield '{"id": "n%d", "text": "Gunmen killed two.", "n": %s}' % (i, "9" * rng.randrange(4000, 6000))
        else:
            yield rng.choice(['{"text": 5}', "null", '"just a string"', "{", '{"id": 1}', "\x00\x01",
                              '{"text": "Gunmen killed two.", "published": 20220206}'])
