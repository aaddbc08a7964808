"""A small corpus written for sitrep's tests: invented events, told by invented outlets.

Four outlets report the same raid on a camp in Panjgur with different tolls, dates given as a
weekday or as a date, and the perpetrator named three ways ("Fighters of the Balochistan
Liberation Army", "BLA fighters", "The BLA claimed", "Unidentified gunmen"). Beside it, events
that only look alike: an attack the same night in Noshki (another district, 340 km away), two
attacks in Turbat on one day against different targets (a police station; labourers), and a
second attack on the Panjgur camp a week later.
"""
from __future__ import annotations

import json
from pathlib import Path

REPORTS = [
    dict(id="courier-panjgur-1", source="Quetta Courier", published="2024-03-14", text="""\
Militants storm paramilitary camp in Panjgur

Fighters of the Balochistan Liberation Army stormed a Frontier Corps camp in Panjgur on Wednesday night, killing four soldiers, officials said.

The attackers opened fire from two sides before security forces pushed them back.
"""),
    dict(id="makran-panjgur", source="Makran Times", published="2024-03-15", text="""\
Gunmen kill seven soldiers in Panjgur camp raid

Unidentified gunmen attacked a paramilitary camp in Panjgur on 13 March, killing seven soldiers, a security official said on Friday.

Search operations continued in the surrounding hills.
"""),
    dict(id="courier-panjgur-2", source="Quetta Courier", published="2024-03-15", text="""\
Panjgur camp attack toll reaches nine

BLA fighters attacked a Frontier Corps camp in Panjgur late on Wednesday, killing nine soldiers, a military spokesman said on Friday.

Officials said the wounded had been flown to Karachi.
"""),
    dict(id="gazette-panjgur-claim", source="Balochistan Gazette", published="2024-03-14", text="""\
Separatists claim Panjgur camp assault

The BLA claimed responsibility for an attack on a Frontier Corps camp in Panjgur on Wednesday, saying that 20 soldiers were killed. The group did not provide evidence for the figure.
"""),
    dict(id="gazette-noshki", source="Balochistan Gazette", published="2024-03-14", text="""\
Militants attack army post in Noshki

Militants attacked an army post in Noshki on Wednesday night, killing three soldiers, the military said.
"""),
    dict(id="courier-turbat-police", source="Quetta Courier", published="2024-04-09", text="""\
Gunmen attack police station in Turbat

Gunmen attacked a police station in Turbat on Monday, killing two policemen, a police official said.

The attackers escaped on motorcycles.
"""),
    dict(id="makran-turbat-police", source="Makran Times", published="2024-04-09", text="""\
Two policemen killed in Turbat station attack

Unidentified assailants opened fire on a police station in Turbat on April 8, killing two police officers, officials said.
"""),
    dict(id="courier-turbat-labourers", source="Quetta Courier", published="2024-04-09", text="""\
Gunmen kill five labourers near Turbat

Gunmen killed five labourers at a construction site in Turbat on Monday, police said.

The workers were from Punjab and had been building a road.
"""),
    dict(id="makran-turbat-labourers", source="Makran Times", published="2024-04-10", text="""\
Construction workers killed in Kech

Unidentified gunmen shot dead five construction workers in Turbat on Monday, officials said on Tuesday.
"""),
    dict(id="gazette-panjgur-again", source="Balochistan Gazette", published="2024-03-22", text="""\
Camp in Panjgur attacked again

Gunmen attacked the Frontier Corps camp in Panjgur again on Thursday, killing one soldier, officials said.
"""),
]

# how the reports must group into incidents
EXPECTED = [
    {"courier-panjgur-1", "makran-panjgur", "courier-panjgur-2", "gazette-panjgur-claim"},
    {"gazette-noshki"},
    {"courier-turbat-police", "makran-turbat-police"},
    {"courier-turbat-labourers", "makran-turbat-labourers"},
    {"gazette-panjgur-again"},
]


def write_jsonl(path: Path, reports=REPORTS) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
