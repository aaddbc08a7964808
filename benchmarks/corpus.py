"""A synthetic news corpus for the benchmarks, from templates written for sitrep (the events are invented).

Each article is a headline, a datelined lead and three to seven more paragraphs
drawn from several kinds (details, sources and claims, reactions, background),
filled with places, parties, people, days and numbers chosen at random from a
fixed seed, so a corpus is the same on every run and its texts differ. The seed
article of the evaluation set (``../shared/eval/dev/trt-2022-pakistan-iran.txt``)
is mixed in, read from where it lies; it is never copied into the repository.

    python benchmarks/corpus.py 10000 > /tmp/feed.jsonl     # JSON Lines: {id, text, published}
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT.parent / "shared" / "eval" / "dev" / "trt-2022-pakistan-iran.txt"

# (town, province, country, demonym, state forces, armed groups active there)
SETTINGS = [
    ("Maiduguri", "Borno", "Nigeria", "Nigerian", "the Nigerian army", ["Boko Haram", "Islamic State West Africa Province"]),
    ("Damboa", "Borno", "Nigeria", "Nigerian", "Nigerian troops", ["Boko Haram"]),
    ("Quetta", "Balochistan", "Pakistan", "Pakistani", "the Frontier Corps", ["the Baloch Liberation Army", "the Baloch Liberation Front"]),
    ("Turbat", "Balochistan", "Pakistan", "Pakistani", "Pakistani security forces", ["the Baloch Liberation Front"]),
    ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", "Pakistani", "the Pakistani police", ["the Pakistani Taliban"]),
    ("Mogadishu", "Banaadir", "Somalia", "Somali", "Somali government forces", ["al-Shabaab"]),
    ("Kismayo", "Lower Juba", "Somalia", "Somali", "Somali troops", ["al-Shabaab"]),
    ("Gao", "Gao", "Mali", "Malian", "the Malian army", ["the Islamic State in the Sahel", "JNIM"]),
    ("Mopti", "Mopti", "Mali", "Malian", "Malian soldiers", ["JNIM"]),
    ("Mosul", "Nineveh", "Iraq", "Iraqi", "Iraqi security forces", ["Islamic State fighters"]),
    ("Kirkuk", "Kirkuk", "Iraq", "Iraqi", "the Iraqi army", ["Islamic State militants"]),
    ("Idlib", "Idlib", "Syria", "Syrian", "Syrian government forces", ["Hayat Tahrir al-Sham"]),
    ("Goma", "North Kivu", "Democratic Republic of the Congo", "Congolese", "the Congolese army", ["M23 rebels"]),
    ("Beni", "North Kivu", "Democratic Republic of the Congo", "Congolese", "Congolese troops", ["the Allied Democratic Forces"]),
    ("Kandahar", "Kandahar", "Afghanistan", "Afghan", "Taliban security forces", ["Islamic State Khorasan Province"]),
    ("Ouagadougou", "Centre", "Burkina Faso", "Burkinabe", "the Burkinabe army", ["JNIM"]),
    ("Khartoum", "Khartoum", "Sudan", "Sudanese", "the Sudanese Armed Forces", ["the Rapid Support Forces"]),
    ("Cabo Delgado", "Cabo Delgado", "Mozambique", "Mozambican", "Mozambican troops", ["Islamic State Mozambique"]),
]
FIRST = ["Ahmed", "Fatima", "Ibrahim", "Amina", "Yusuf", "Hawa", "Omar", "Mariam", "Musa", "Zainab", "Ali",
         "Aisha", "Hassan", "Khadija", "Abdullahi", "Halima", "Bashir", "Ruqayya", "Salim", "Nadia"]
LAST = ["Mohammed", "Abubakar", "Khan", "Hussein", "Diallo", "Traore", "Baloch", "Warsame", "Kabila", "Osman",
        "Keita", "Farah", "Qureshi", "Said", "Mwangi", "Coulibaly", "Jalali", "Haidari", "Sesay", "Bello"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "12", "15", "20"]
OFFICES = ["police spokesman", "district commissioner", "military spokesman", "provincial governor",
           "local council chairman", "security official"]

HEADLINES = [  # the headline of each lead below, in the same order
    "{group_t} fighters kill {n} soldiers in attack near {town}",
    "Roadside bomb hits army convoy outside {town}",
    "Protesters clash with police in {town} over power cuts",
    "Troops arrest {n} suspects after raid near {town}",
    "Drone strike hits {group} hideout in {province}",
    "Gunmen kidnap {n} bus passengers near {town}",
]
LEADS = [
    "{TOWN}, {country} (Sitrep Wire) - Fighters from {group} attacked an army post near {town} on {day} "
    "night, killing {n} soldiers and wounding {m} others, a {office} said.",
    "{TOWN}, {country} (Sitrep Wire) - A roadside bomb struck a military convoy on the road out of {town} on "
    "{day}, killing {n} soldiers, officials said.",
    "{TOWN}, {country} (Sitrep Wire) - Hundreds of residents took to the streets of {town} on {day} to protest "
    "against weeks of power cuts, and police fired tear gas to break up the crowd.",
    "{TOWN}, {country} (Sitrep Wire) - {forces_t} arrested {n} people in a raid on a village outside {town} "
    "on {day}, accusing them of supplying weapons to {group}.",
    "{TOWN}, {country} (Sitrep Wire) - A drone strike hit a compound used by {group} in {province} province "
    "on {day}, killing {n} fighters, according to the {adj} military.",
    "{TOWN}, {country} (Sitrep Wire) - Gunmen abducted {n} passengers from a bus on the highway north of "
    "{town} on {day}, a {office} told reporters.",
]
DETAILS = [
    "The attackers arrived on motorcycles shortly before midnight and fired on the guards before setting a "
    "vehicle alight.",
    "Witnesses said the gunfire lasted for more than an hour before reinforcements reached the area.",
    "The wounded were taken to the main hospital in {town}, where doctors said {m} were in a critical condition.",
    "Shops and schools in the centre of {town} stayed closed on {day2} as soldiers patrolled the streets.",
    "Security forces later launched a search operation in the surrounding villages, the {office} said.",
    "Residents said they heard several explosions and saw smoke rising from the outskirts of the town.",
    "The road between {town} and {town2} was closed to traffic for the rest of the day.",
]
SOURCES = [
    "No group immediately claimed responsibility for the attack.",
    "{group_t} claimed responsibility in a statement posted online, saying its fighters had killed {n2} soldiers.",
    "The army denied that any civilians were killed in the operation.",
    "\"We will not allow these criminals to terrorise our people,\" {person}, the {office}, told reporters in {town}.",
    "A security source, who asked not to be named, said the death toll could rise.",
    "According to {person}, a local elder, the fighters had been seen in the area for several days.",
]
REACTIONS = [
    "The {adj} government condemned the attack and promised to hunt down those responsible.",
    "The United Nations called on all sides to protect civilians and allow aid to reach the area.",
    "Opposition leaders accused the government of failing to protect people in {province}.",
    "The governor of {province} ordered a curfew in {town} from dusk to dawn.",
]
BACKGROUND = [
    "{group_t} has carried out dozens of attacks in {province} in recent years.",
    "Violence in the region has forced thousands of families to leave their homes since {year}.",
    "The attack was the deadliest in {province} since {month} last year, when {n2} people were killed.",
    "Talks between the government and {group} broke down in {month} without an agreement.",
    "{town} lies about {km} kilometres from the border and has been under a state of emergency since {year}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _article(rng: random.Random, i: int) -> dict:
    town, province, country, adj, forces, groups = rng.choice(SETTINGS)
    town2 = rng.choice([s[0] for s in SETTINGS if s[2] == country and s[0] != town] or [province])
    group = rng.choice(groups)
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    values = dict(
        town=town, TOWN=town.upper(), town2=town2, province=province, country=country, adj=adj,
        forces=forces, forces_t=forces[0].upper() + forces[1:], group=group, group_t=group[0].upper() + group[1:],
        day=rng.choice(DAYS), day2=rng.choice(DAYS), n=rng.choice(NUMBERS), m=rng.choice(NUMBERS),
        n2=rng.choice(NUMBERS), office=rng.choice(OFFICES), person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        year=rng.randrange(2008, published.year), month=rng.choice(MONTHS), km=rng.randrange(20, 180),
    )
    k = rng.randrange(len(LEADS))
    paragraphs = [HEADLINES[k], LEADS[k]]
    for pool, k in ((DETAILS, rng.randint(1, 3)), (SOURCES, rng.randint(1, 2)), (REACTIONS, rng.randint(0, 1)),
                    (BACKGROUND, rng.randint(1, 2))):
        paragraphs += rng.sample(pool, k)
    text = "\n\n".join(p.format(**values) for p in paragraphs) + "\n"
    return {"id": f"synthetic-{i:06d}", "text": text, "published": published.isoformat()}


def articles(n: int, seed_every: int = 25, seed: int = 8) -> Iterator[dict]:
    """``n`` records ``{id, text, published}``; every ``seed_every``-th is the seed article (0: never)."""
    rng = random.Random(seed)
    seed_text = SEED_ARTICLE.read_text(encoding="utf-8") if seed_every and SEED_ARTICLE.exists() else None
    for i in range(n):
        if seed_text is not None and i % seed_every == seed_every - 1:
            yield {"id": f"seed-{i:06d}", "text": seed_text, "published": "2022-02-06"}
        else:
            yield _article(rng, i)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for record in articles(count):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
