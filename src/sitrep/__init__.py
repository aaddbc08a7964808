"""sitrep: turn news reporting into evidence-linked conflict events.

    >>> import sitrep
    >>> article = sitrep.extract(text, published="2022-02-06")
    >>> [e.summary for e in article.events]

``extract`` uses one shared :class:`~sitrep.pipeline.Pipeline` (the spaCy model
and the gazetteer load on first use); build your own ``Pipeline(Settings(...))``
to choose the model or the cache folder.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

from .config import Settings
from .errors import SitrepError
from .records import Article, Document, Event

__version__ = "0.1.0"
__all__ = ["extract", "Settings", "SitrepError", "Article", "Document", "Event", "default_pipeline"]


@cache
def default_pipeline():
    from .pipeline import Pipeline

    return Pipeline(Settings.from_env())


def extract(text: str, published: dt.date | str | None = None, **meta) -> Article:
    """Events, places, actors and dates of one article (``published``: YYYY-MM-DD, optional)."""
    return default_pipeline().extract(text, published=published, **meta)
