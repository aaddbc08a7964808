"""Reading sitrep's own data files: a YAML mapping, its top-level keys checked strictly, so that a
misspelt or missing key is one ConfigError naming the file instead of a silent change."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from .errors import ConfigError


def read_mapping(path: Path, required: Iterable[str] = (), optional: Iterable[str] = ()) -> dict:
    """The YAML mapping at ``path``; with ``required``, exactly those keys (and any of ``optional``)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top")
    required = set(required)
    if required:
        check_keys(path, set(data), required, set(optional))
    return data


def check_keys(where, have: set, required: set, optional: set = frozenset()) -> None:
    """ConfigError naming ``where`` and what is missing from ``have`` and what is unknown in it."""
    missing, unknown = required - have, have - required - optional
    if missing or unknown:
        raise ConfigError(f"{where}: " + "; ".join(
            part for part in (f"missing {', '.join(sorted(missing))}" if missing else "",
                              f"unknown {', '.join(sorted(unknown))}" if unknown else "") if part))


def alternation(words: Iterable[str], capital: bool = False) -> str:
    """A regex alternation of a data file's ``words``, longest first (so that "local government area"
    wins over "area"); ``capital``: each as a name ends ("County")."""
    return "|".join(re.escape(w.capitalize() if capital else w) for w in sorted(words, key=len, reverse=True))
