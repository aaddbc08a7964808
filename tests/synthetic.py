"""Short reports generated from templates, for the kill-and-resume test and the speed benchmark.

Each happening (an attack at one place on one day) is told by up to three outlets in different
words, so that a generated corpus also exercises merging. Deterministic for a given seed.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

PLACES = ["Turbat", "Panjgur", "Quetta", "Gwadar", "Khuzdar", "Noshki", "Mastung", "Sibi", "Kalat",
          "Maiduguri", "Damaturu", "Bama", "Konduga", "Gwoza", "Monguno"]
ATTACKERS = ["Gunmen", "Militants", "Unidentified assailants", "Suspected insurgents", "Armed men"]
TARGETS = [("a police station", "policemen"), ("an army checkpoint", "soldiers"),
           ("a paramilitary convoy", "soldiers"), ("a border post", "guards")]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
OUTLETS = ["Frontier Wire", "Desert Courier", "Evening Ledger"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    ("{Attackers} attack {target} in {place}",
     "{Attackers} attacked {target} in {place} on {weekday}, killing {n} {victims}, officials said.\n\n"
     "The attackers fled before reinforcements arrived."),
    ("{N} {victims} killed in {place}",
     "{N} {victims} were killed when {attackers} opened fire on {target} in {place} on {date}, "
     "a security official said.\n\nNo group has claimed the attack so far."),
    ("Deadly raid in {place}",
     "{Attackers} stormed {target} in {place} late on {weekday}, killing {n} {victims}, police said on "
     "{next_weekday}.\n\nResidents said the firing lasted for about an hour."),
]


def generate(count: int, seed: int = 7, start: dt.date = dt.date(2023, 1, 2)) -> Iterator[dict]:
    """``count`` JSON Lines records ``{id, source, published, text}``."""
    rnd = random.Random(seed)
    made = 0
    happening = 0
    while made < count:
        day = start + dt.timedelta(days=happening // 3)
        place = PLACES[happening % len(PLACES)]
        attackers = rnd.choice(ATTACKERS)
        target, victims = rnd.choice(TARGETS)
        toll = rnd.randrange(len(NUMBERS))
        for k in range(rnd.choice((1, 2, 3))):
            if made >= count:
                break
            head, body = TEMPLATES[k]
            n = NUMBERS[min(toll + k, len(NUMBERS) - 1)]
            published = day + dt.timedelta(days=1)
            values = dict(Attackers=attackers, attackers=attackers.lower(), target=target, place=place,
                          weekday=WEEKDAYS[day.weekday()], next_weekday=WEEKDAYS[published.weekday()],
                          date=f"{day.day} {day.strftime('%B')}", n=n, N=n.capitalize(), victims=victims)
            text = head.format(**values) + "\n\n" + body.format(**values) + "\n"
            yield {"id": f"gen-{made:05d}", "source": OUTLETS[k], "published": published.isoformat(), "text": text}
            made += 1
        happening += 1


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for rec in generate(count, seed):
            f.write(json.dumps(rec) + "\n")
    return path


def write_folder(folder: Path, count: int, seed: int = 7) -> Path:
    """One .txt file per article (headline first); the publication date is not in the file."""
    folder.mkdir(parents=True, exist_ok=True)
    for rec in generate(count, seed):
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    return folder
