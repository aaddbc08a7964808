"""Reading sitrep's own data files: a YAML mapping, its top-level keys checked strictly, so that a
misspelt or missing key is one ConfigError naming the file instead of a silent change."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from .errors import ConfigError


class _StrictLoader(yaml.SafeLoader):
    """YAML's safe loader, but a key told twice in one mapping is an error, not the last one silently
    winning (two entries of one word class, the first of them never read)."""


def _unique_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: the key {key!r} is told twice "
                                 f"(first at line {seen[key].line + 1})")
        seen[key] = key_node.start_mark
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def strict_yaml(text: str):
    """``yaml.safe_load`` for sitrep's own data files, refusing a key told twice in one mapping
    (a ``yaml.YAMLError``, which the loaders turn into a ConfigError naming the file)."""
    return yaml.load(text, Loader=_StrictLoader)


def read_mapping(path: Path, required: Iterable[str] = (), optional: Iterable[str] = ()) -> dict:
    """The YAML mapping at ``path``; with ``required``, exactly those keys (and any of ``optional``)."""
    try:
        data = strict_yaml(Path(path).read_text(encoding="utf-8"))
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
