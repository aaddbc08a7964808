"""Stage 1, reading: turn paths into :class:`Document` records.

Reads: plain-text files (headline on the first line), HTML pages (main text,
title, date and site name through trafilatura), and JSON Lines of
``{id, text, published, url, source, title}`` (a path, or ``-`` for stdin).
Adds: one ``Document`` per article. A bad input yields an :class:`InputError`
in the stream instead of a document, so the caller reports it and goes on.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import Settings
from .errors import (BinaryInputError, EmptyInputError, EncodingError, InputError,
                     MalformedInputError, MissingInputError, TooLargeError)
from .records import Document, Span

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document | InputError]:
    """Yield a Document (or the InputError that stopped one) per article, in order."""
    settings = settings or Settings()
    for raw in paths:
        if str(raw) == "-":
            yield from _read_jsonl(sys.stdin.buffer, "<stdin>", settings)
            continue
        path = Path(raw)
        if not path.exists():
            yield MissingInputError("no such file or folder", source=str(path))
        elif path.is_dir():
            entries = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and not p.is_dir())
            if not entries:
                yield EmptyInputError("folder holds no .txt, .html or .jsonl files", source=str(path))
            for p in entries:
                if p.is_file():
                    yield from _read_file(p, settings)
                else:  # a FIFO, socket or device in the folder: reading it could block for ever
                    yield MissingInputError(_NOT_REGULAR, source=str(p))
        elif not path.is_file():
            yield MissingInputError(_NOT_REGULAR, source=str(path))
        else:
            yield from _read_file(path, settings)


_NOT_REGULAR = "not a regular file (a FIFO, socket or device): not read ('-' reads JSON Lines on stdin)"


def _read_file(path: Path, settings: Settings) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as f:
                yield from _read_jsonl(f, str(path), settings)
        except OSError as e:
            yield InputError(f"cannot read: {e.strerror}", source=str(path))
        return
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise TooLargeError(f"{size:,} bytes is over the {settings.max_bytes:,}-byte limit"
                                " (set SITREP_MAX_BYTES to raise it)", source=str(path))
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:
            yield from_html(data, id=path.stem, origin=str(path))
        else:
            yield from_text(data, id=path.stem, origin=str(path))
    except InputError as e:
        yield e
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror}", source=str(path))


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, refusing binary and non-UTF-8 input with the reason."""
    head = data[:8192]
    if b"\x00" in head:
        raise BinaryInputError("binary data, not text", source=origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})",
                            source=origin) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise BinaryInputError("binary data, not text", source=origin)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def from_text(data: bytes | str, *, id: str, origin: str | None = None,
              published: dt.date | None = None, **meta) -> Document:
    text = decode(data, origin or id) if isinstance(data, bytes) else without_surrogates(data)
    if not text.strip():
        raise EmptyInputError("no text", source=origin or id)
    title = meta.pop("title", None) or text.strip().split("\n", 1)[0].strip()[:300]
    return Document(id=id, text=text, title=title, published=published, origin=origin,
                    dateline=find_dateline(text), **meta)


def from_html(data: bytes | str, *, id: str, origin: str | None = None) -> Document:
    """Main text, title, date and site name of a news page (trafilatura)."""
    import trafilatura

    html = decode(data, origin or id) if isinstance(data, bytes) else data
    if not html.strip():
        raise EmptyInputError("no text", source=origin or id)
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises assorted errors on broken markup
        raise MalformedInputError(f"HTML could not be parsed ({type(e).__name__})", source=origin) from None
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not _prose(body):
        raise EmptyInputError("HTML has no article body", source=origin or id)
    title = (getattr(found, "title", None) or "").strip()
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    return Document(id=id, text=text, title=title or None,
                    url=getattr(found, "url", None), source=getattr(found, "sitename", None),
                    published=parse_date(getattr(found, "date", None)), origin=origin,
                    dateline=find_dateline(text))


# The pieces a dateline is made of, in every wire's style: the filing date, month first or day first
# ("Nov. 12", "November 12, 2023", "12 Nov"), and the agency's mark after it: in brackets ("(Reuters)"),
# between slashes ("/TASS/.") or after a comma in capitals (", SPA"). A dateline ends at a dash or a
# colon ("(EFE).-", "(Xinhua) --"), or, once it has a date or an agency, where the lead begins.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FILED = rf"(?:{_MONTH}[ ]+\d{{1,2}}(?:,[ ]+\d{{4}})?|\d{{1,2}}[ ]+{_MONTH}(?:[ ]+\d{{4}})?)\.?"
_AGENCY = r"(?:\([^)\n]{2,40}\)\.?|/[A-Z][A-Za-z]{1,9}/\.?|,[ ]+[A-Z]{2,6}(?=[ ]*(?:--|[-–—:])))"
_DASH = r"(?:--|[-–—:])"
_LEAD = r"(?=[A-Z\"“‘'])"  # the lead's first word


_DATELINE = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z.'’-]+)(?:[ /][A-Z][A-Z.'’-]+){0,3}"  # ("KABUL/ISLAMABAD": two desks)
    r"(?:,[ ]+[A-Z][A-Za-z.]+(?:[ ](?:(?:of|the|and)[ ])*[A-Z][a-z]+){0,4})?)"  # "…, Democratic Republic of the Congo"
    rf"(?:(?:,?[ ]+({_FILED}))?,?[ ]*(?:{_AGENCY})?[ ]*(?:{_DASH}[ ]|[—–]{_LEAD})"
    rf"|,?[ ]+({_FILED})(?:,?[ ]*{_AGENCY})?[ ]+{_LEAD})", re.M)
# ("DAMASCUS, May 14, (AFP) -": a comma before the agency; "CAIRO (AP) -- ": a typed dash; "DAVAO CITY,
# Philippines—Two soldiers …": a dash set close; "PHNOM PENH Nov 12 Cambodian riot police …": an old
# wire's dateline, its agency and dash taken off)


_TITLE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?)"
    r"[ ]*(\([^)\n]{2,40}\)\.?)?(?:[ ]*[—–]|[ ]--?|(?<=\)\.)-)[ ]", re.M)  # "Maputo — ", "Bujumbura - ", "Cairo -- "


_TITLE_DATE_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)?"
    r"(?:[ ]\([A-Z][^)\n]{1,40}\))?(?:[ ]\[[A-Z][^\]\n]{1,30}\])?)"  # "Imphal (Manipur) [India], November 12 (ANI):"
    rf",?[ ]+({_FILED})"
    rf"(?:,?[ ]*(?:{_AGENCY})?[ ]*{_DASH}[ ]|,?[ ]*{_AGENCY}[ ]+{_LEAD})", re.M)
# ("Chandigarh, Nov 21 (PTI) Farmers blocked …": an agency's dateline may end at its parenthesis, no dash)


_COLON_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]?:[ ]+(?=[A-Z\"“‘'])", re.M)  # "Khulna: Rising water cut …"


_KICKERS = frozenset("""BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL FILE
    PHOTO PHOTOS VIDEO LISTEN READ MORE ADVERTISEMENT EXPLAINER FACTBOX TIMELINE CORRECTION NOTE""".split())


_MONTH_WORDS = frozenset("""January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday On In By Updated Published""".split())


def find_dateline(text: str) -> Span | None:
    """The dateline of a wire report ("MOGADISHU, March 9 (Reuters) -", "Maputo — "), if it has one,
    with the agency's name when that ends its line ("Tehran - Fars": the whole line).

    Labels such as "BREAKING:" are not datelines, nor is a sentence whose dashes set off an aside
    ("Residents — many of them farmers — fled").
    """
    found = _dateline(text)
    if found is None:
        return None
    agency = _AGENCY_LINE.match(text, found.end)
    if agency is None:
        return found
    return Span(found.start, agency.end(), text[found.start:agency.end()])


# a dateline's line ended by one to three capitalised words and no more: the agency ("Kabul - Pajhwok")
_AGENCY_LINE = re.compile(r"[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,2}[ \t]*(?=\n)")


def _dateline(text: str) -> Span | None:
    for m in _DATELINE.finditer(text[:3000]):
        place = m[1]
        if place.split(",")[0].strip() in _KICKERS or not place.split(",")[0].isupper():
            continue
        if len(place.replace(" ", "")) >= 3:
            return Span(m.start(1), m.end(), text[m.start(1):m.end()])
    for m in _TITLE_DATE_DATELINE.finditer(text[:3000]):  # "Islamabad, April 24: …"
        if m[1].split(",")[0].split()[0] not in _MONTH_WORDS:
            return Span(m.start(1), m.end(), text[m.start(1):m.end()])
    for m in _COLON_DATELINE.finditer(text[:3000]):  # "Sylhet : Police said …": the body's opening sentence
        first = m[1].split()[0]
        if first.upper() in _KICKERS or first in _MONTH_WORDS:
            continue  # "Watch: …", "Note: …", "Updated: …": a label, not a place
        rest = text[m.end(): m.end() + 600].split("\n", 1)[0]
        if _prose(re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]):
            return Span(m.start(1), m.end(), text[m.start(1):m.end()])
    for m in _TITLE_DATELINE.finditer(text[:3000]):
        rest = text[m.end(): m.end() + 400].split("\n", 1)[0]
        sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
        if re.search(r"[—–]| - ", sentence):
            continue  # a parenthetical dash pair, not a dateline
        if m.group(0).rstrip().endswith("-") and "\n" not in text[:m.start()] and not m[2]:
            continue  # a headline's "Iran - live updates": a hyphen dateline opens the body, not the title
            # (but "Nairobi (AFP) - …" is a dateline wherever it stands)
        return Span(m.start(1), m.end(), text[m.start(1):m.end()])
    return None


def _prose(body: str) -> bool:
    """Whether extracted page text reads as an article, not a menu of links."""
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        if re.search(r"[^\W\d_]{2,}[.!?][\"'”’)]*$", sentence.strip()) and \
                len(re.findall(r"[^\W\d_]+", sentence)) >= 6:
            return True
    return False


# The publication dates sitrep accepts: relative dates are counted from them, so a placeholder such
# as 0001-01-01 or 9999-12-31 would put events outside the calendar.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
LATEST_PUBLISHED = dt.date(2100, 12, 31)


def parse_date(value) -> dt.date | None:
    """A YYYY-MM-DD string (or a date) as a date; None when it is not one."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def check_published(value, what: str = '"published"', source: str | None = None) -> dt.date | None:
    """``value`` as a publication date, or a :class:`MalformedInputError` naming ``what``.

    None and "" mean no date. Anything else must be a YYYY-MM-DD date (or a ``datetime.date``)
    between 1900-01-01 and 2100-12-31.
    """
    if value is None or value == "":
        return None
    day = parse_date(value)
    if day is None:
        raise MalformedInputError(f"{what} is not a YYYY-MM-DD date: {str(value)[:40]!r}", source=source)
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise MalformedInputError(f"{what} {day.isoformat()} is outside {EARLIEST_PUBLISHED.year}–"
                                  f"{LATEST_PUBLISHED.year}", source=source)
    return day


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (which JSON allows but UTF-8 cannot hold) become U+FFFD, one for one.

    The length is kept, so every offset into the text still holds.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def _read_jsonl(stream: Iterable[bytes], name: str, settings: Settings,
                first_line: int = 1) -> Iterator[Document | InputError]:
    seen_any = False
    for lineno, line in enumerate(stream, first_line):
        origin = f"{name}:{lineno}"
        if not line.strip():
            continue
        seen_any = True
        try:
            if len(line) > settings.max_bytes:
                raise TooLargeError(f"record of {len(line):,} bytes is over the limit", source=origin)
            try:
                rec = json.loads(decode(line, origin))
            except json.JSONDecodeError as e:
                raise MalformedInputError(f"not JSON ({e.msg})", source=origin) from None
            except RecursionError:
                raise MalformedInputError("JSON nested too deeply", source=origin) from None
            except ValueError as e:  # e.g. an integer longer than Python converts
                raise MalformedInputError(f"JSON value cannot be read ({str(e).split(';')[0][:80]})",
                                          source=origin) from None
            yield from_record(rec, origin=origin, default_id=f"{Path(name).stem}-{lineno}")
        except InputError as e:
            yield e
    if not seen_any:
        yield EmptyInputError("no records", source=name)


def from_record(rec, *, origin: str, default_id: str) -> Document:
    """A Document from one ``{id, text, published, url, source, title}`` record (JSON Lines, Parquet)."""
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise MalformedInputError('a record needs a "text" string', source=origin)
    published = check_published(rec.get("published"), source=origin)
    rid = rec.get("id")
    if isinstance(rid, bool) or (rid is not None and not isinstance(rid, (str, int))):
        raise MalformedInputError('"id" is not a string or a number', source=origin)
    rid = without_surrogates(str(rid)) if rid not in (None, "") else default_id
    meta = {k: without_surrogates(rec[k]) for k in ("title", "url", "source") if isinstance(rec.get(k), str) and rec[k]}
    return from_text(rec["text"], id=rid, origin=origin, published=published, **meta)


def read_jsonl_range(path: str | Path, start: int, end: int, first_line: int, settings: Settings,
                     name: str | None = None) -> Iterator[Document | InputError]:
    """The records of a JSON Lines file between byte offsets ``start`` and ``end``.

    ``first_line``: the line number at ``start``; ``name``: the file as the user named it (default
    ``path``), so that ids and errors (``name:line``) are those :func:`read` gives. Used by
    ``sitrep batch``, whose workers each read their own part of a file.
    """
    name = name or str(path)
    def lines(f):
        f.seek(start)
        pos = start
        while pos < end:
            line = f.readline()
            if not line:
                return
            pos += len(line)
            yield line

    try:
        with open(path, "rb") as f:
            yield from _read_jsonl(lines(f), name, settings, first_line)
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror}", source=name)


def read_parquet_rows(path: str | Path, row_group: int, start: int, stop: int, first_row: int,
                      settings: Settings, name: str | None = None) -> Iterator[Document | InputError]:
    """Rows ``start:stop`` of one row group of a Parquet file of articles (the JSON Lines fields as columns).

    ``first_row``: the file's row number (from 1) of the first row returned; errors name ``name:row N``.
    """
    import pyarrow.parquet as pq

    name = name or str(path)
    try:
        pf = pq.ParquetFile(path)
        cols = [c for c in ("id", "text", "published", "url", "source", "title") if c in pf.schema_arrow.names]
        table = pf.read_row_group(row_group, columns=cols).slice(start, stop - start)
    except (OSError, ValueError) as e:  # pyarrow's errors derive from these
        yield MalformedInputError(f"cannot read Parquet ({str(e).splitlines()[0][:120]})", source=name)
        return
    for n, rec in enumerate(table.to_pylist(), first_row):
        origin = f"{name}:row {n}"
        try:
            text = rec.get("text")
            if isinstance(text, str) and len(text.encode("utf-8")) > settings.max_bytes:
                raise TooLargeError(f"record of {len(text.encode('utf-8')):,} bytes is over the limit",
                                    source=origin)
            yield from_record(rec, origin=origin, default_id=f"{Path(name).stem}-{n}")
        except InputError as e:
            yield e


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles :func:`read` will yield, counted cheaply (None when reading stdin)."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
        else:
            files = [path]
        for p in files:
            if p.suffix.lower() in JSONL_SUFFIXES and p.is_file():  # never open a FIFO: it may block
                try:
                    with open(p, "rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
