"""Every error sitrep raises on purpose.

    SitrepError                 base: ``str(err)`` is one line an analyst can act on
    ├── InputError              an input cannot be read as an article
    │   ├── MissingInputError   the path does not exist
    │   ├── EmptyInputError     no text (empty file, HTML with no article body)
    │   ├── BinaryInputError    bytes that are not text
    │   ├── EncodingError       text that is not UTF-8
    │   ├── TooLargeError       over the size limit (``Settings.max_bytes``)
    │   ├── MalformedInputError a JSON Lines record that is not a valid article
    │   ├── LanguageError       text that is not English
    │   └── TimeBudgetError     an article that took longer than its time budget
    ├── ConfigError             a setting that cannot work (unknown spaCy model, bad data file)
    ├── GazetteerError          the place index cannot be built or read
    ├── OutputError             a result cannot be written (unwritable --out, database)
    ├── NotFoundError           what was asked for is not in the database (an incident id)
    ├── InternalError           a fault of sitrep's own on one input (a bug: please report it)
    └── RequestError            a web UI request that cannot be answered (a bad filter value)
        ├── ForbiddenError      a request ``sitrep serve`` refuses (another site's POST, a strange Host)
        │   └── WritesDisabledError a write asked of a server started without --allow-writes
        └── MethodNotAllowedError  GET/POST where the page takes the other

Each error carries a numbered code (``E101`` …) so that messages can be looked
up in the README's table and matched in scripts.
"""
from __future__ import annotations


class SitrepError(Exception):
    code = "E000"
    label = "error"  # a few words for summaries ("3 skipped: no text")

    def __init__(self, message: str, *, source: str | None = None):
        self.message = message
        self.source = source
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}[{self.code}] {self.message}"


class InputError(SitrepError):
    code = "E100"
    label = "unreadable"


class MissingInputError(InputError):
    code = "E101"
    label = "missing"


class EmptyInputError(InputError):
    code = "E102"
    label = "no text"


class BinaryInputError(InputError):
    code = "E103"
    label = "binary"


class EncodingError(InputError):
    code = "E104"
    label = "not UTF-8"


class TooLargeError(InputError):
    code = "E105"
    label = "too large"


class MalformedInputError(InputError):
    code = "E106"
    label = "malformed"


class LanguageError(InputError):
    code = "E107"
    label = "not English"


class TimeBudgetError(InputError):
    code = "E108"
    label = "over time budget"


class ConfigError(SitrepError):
    code = "E200"
    label = "configuration"


class GazetteerError(SitrepError):
    code = "E300"
    label = "gazetteer"


class OutputError(SitrepError):
    code = "E400"
    label = "not written"


class NotFoundError(SitrepError):
    code = "E500"
    label = "not found"


class InternalError(SitrepError):
    code = "E900"
    label = "internal error"


class RequestError(SitrepError):
    code = "E600"
    label = "bad request"


class ForbiddenError(RequestError):
    code = "E602"
    label = "forbidden"


class WritesDisabledError(ForbiddenError):
    code = "E601"
    label = "read-only"


class MethodNotAllowedError(RequestError):
    code = "E603"
    label = "method not allowed"
