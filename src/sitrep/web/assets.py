"""The files the pages load: sitrep's own (``web/static``) and the front-end libraries that the
set-up installs from the npm registry into ``node_modules`` (``npm ci``, see package.json).

Only the files named in :data:`VENDOR` are served from ``node_modules``, and only the files in
``web/static`` from there: a URL can never reach anything else on the disk. Nothing is ever
loaded from another host.
"""
from __future__ import annotations

import os
from pathlib import Path

STATIC = Path(__file__).parent / "static"

# URL name under /vendor/ -> file under node_modules
VENDOR = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",  # Natural Earth 1:50m, public domain
}


def find_node_modules() -> Path | None:
    """``$SITREP_NODE_MODULES``, else the nearest ``node_modules`` above this package or the
    working folder (a checkout installed with ``make setup``)."""
    env = os.environ.get("SITREP_NODE_MODULES")
    if env:
        return Path(env)
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "node_modules" / "d3").is_dir():
                return folder / "node_modules"
    return None


class Assets:
    def __init__(self, node_modules: Path | None = None):
        self.node_modules = Path(node_modules) if node_modules else find_node_modules()

    def vendor(self, name: str) -> Path | None:
        rel = VENDOR.get(name)
        if rel is None or self.node_modules is None:
            return None
        path = self.node_modules / rel
        return path if path.is_file() else None

    def static(self, name: str) -> Path | None:
        path = STATIC / name
        if "/" in name or "\\" in name or name.startswith(".") or not path.is_file():
            return None
        return path

    def missing(self) -> list[str]:
        """The library files that are not installed (``npm ci`` was not run)."""
        return [rel for name, rel in VENDOR.items() if self.vendor(name) is None]
