"""One-line summaries of events, generated from their fields."""
from __future__ import annotations

from .records import Event

_VERB = {
    "Armed clash": "clashes with", "Attack": "attacks", "Suicide bomb": "suicide-bombs",
    "Remote explosive/landmine/IED": "bombs", "Air/drone strike": "strikes",
    "Shelling/artillery/missile attack": "shells", "Grenade": "throws a grenade at",
    "Abduction/forced disappearance": "abducts", "Arrests": "arrests",
    "Peaceful protest": "protests against", "Violent demonstration": "riots against",
    "Disrupted weapons use": "seizes weapons from", "Non-state actor overtakes territory": "takes",
    "Government regains territory": "retakes",
}
_PLOVER = {"CONSULT": "meets", "THREATEN": "warns", "ACCUSE": "accuses", "REQUEST": "asks",
           "AID": "aids", "AGREE": "agrees with", "COOPERATE": "cooperates with", "SANCTION": "sanctions",
           "MOBILIZE": "mobilises", "RETREAT": "withdraws from", "REJECT": "rejects", "COERCE": "coerces",
           "ASSAULT": "attacks", "PROTEST": "protests against", "SUPPORT": "supports", "CONCEDE": "concedes to"}


def verb(acled_subtype: str | None, plover: str) -> str:
    """The verb a summary uses for an event type ("attacks", "protests against")."""
    return _VERB.get(acled_subtype or "", _PLOVER.get(plover, plover.lower()))


def summarise(ev: Event) -> str:
    who = ev.actor1.name if ev.actor1 else "Someone"
    verb_ = verb(ev.acled_subtype, ev.plover)
    whom = f" {ev.actor2.name}" if ev.actor2 else ""
    where = f" in {ev.place.name}" if ev.place else ""
    when = ""
    if ev.interval.known:
        p = ev.interval.precision
        s = ev.interval.start
        when = {"day": f" on {s.isoformat()}", "month": f" in {s.strftime('%B %Y')}",
                "year": f" in {s.year}"}.get(p, f" around {s.isoformat()}")
    dead = f" ({ev.fatalities.value} killed)" if ev.fatalities and ev.fatalities.value else ""
    status = "" if ev.claim.status == "reported" else f" [{ev.claim.status}]"
    return f"{who} {verb_}{whom}{where}{when}{dead}{status} ({ev.trigger.text})"
