"""Scale-out on Dask: a corpus split into partitions, each extracted by a Dask worker.

Reads: JSON Lines and Parquet files of ``{id, text, published, url, source, title}`` records.
Adds: a folder of Parquet partitions (see :mod:`sitrep.partitions`) and ``_manifest.json``.

The client only plans: it scans each input for record boundaries (byte ranges
of JSON Lines, row ranges of Parquet row groups) and sends each worker a small
task naming its range. The worker reads its own records, runs the whole
pipeline on them and writes its partition, so article text never passes
through the scheduler; the inputs and the output folder must therefore be on
a filesystem the workers share with the client (always true for
``--scheduler local``). Each worker loads the model and the gazetteer once,
through :class:`PipelinePlugin`. ``sitrep load`` then stores the partitions
in SQLite, in input order (:func:`load`).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from . import __version__
from .config import Settings
from .errors import (ConfigError, EmptyInputError, InputError, MalformedInputError, MissingInputError,
                     OutputError, SitrepError)
from .parallel import process_pipeline
from .partitions import LAYOUT_VERSION, MANIFEST, TABLES, article_rows, write_partition
from .reading import JSONL_SUFFIXES, SUFFIXES, read_jsonl_range, read_parquet_rows

PARQUET_SUFFIXES = {".parquet", ".pq"}


@dataclass(frozen=True)
class Part:
    """One partition: ``count`` records of one input file, and where they are in it."""

    index: int
    kind: str        # jsonl | parquet
    path: str        # absolute, for the workers
    name: str        # as the user named it: ids and error messages use it, as `sitrep ingest` does
    first_seq: int   # the position of its first record in the whole input
    count: int
    start: int       # jsonl: byte offset; parquet: first row within the row group
    stop: int        # jsonl: byte offset after the last record; parquet: row after the last
    first: int       # the line (jsonl) or row (parquet) number of the first record, from 1
    row_group: int = -1


# -- planning (on the client) ---------------------------------------------------------------------

def plan(inputs: Iterable[str | Path], size: int) -> tuple[list[Part], list[InputError]]:
    """Partitions of at most ``size`` records over the inputs, in input order, and the inputs refused."""
    if size < 1:
        raise ConfigError(f"--partition-size must be at least 1, not {size}")
    parts: list[Part] = []
    errors: list[InputError] = []
    seq = 0
    for raw in inputs:
        for name, err in _files(raw):
            if err is not None:
                errors.append(err)
                continue
            before = len(parts)
            try:
                scan = _scan_parquet if Path(name).suffix.lower() in PARQUET_SUFFIXES else _scan_jsonl
                for kind, count, start, stop, first, rg in scan(Path(name), size):
                    parts.append(Part(len(parts), kind, str(Path(name).resolve()), name, seq, count,
                                      start, stop, first, rg))
                    seq += count
            except InputError as e:
                del parts[before:]
                errors.append(e)
    return parts, errors


def _files(raw) -> Iterable[tuple[str, InputError | None]]:
    if str(raw) == "-":
        yield str(raw), InputError("sitrep batch cannot read standard input: its workers read the files "
                                   "themselves; save the stream as a .jsonl file", source="<stdin>")
        return
    path = Path(raw)
    if not path.exists():
        yield str(path), MissingInputError("no such file or folder", source=str(path))
    elif path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES | PARQUET_SUFFIXES)
        ours = [p for p in found if p.suffix.lower() in JSONL_SUFFIXES | PARQUET_SUFFIXES]
        others = len(found) - len(ours)
        if others:
            yield str(path), InputError(f"{others} .txt/.html file(s) not read: sitrep batch reads JSON Lines "
                                        "and Parquet (use sitrep ingest for the others)", source=str(path))
        if not ours and not others:
            yield str(path), EmptyInputError("folder holds no .jsonl or .parquet files", source=str(path))
        for p in ours:
            yield str(p), None
    elif path.suffix.lower() in JSONL_SUFFIXES | PARQUET_SUFFIXES:
        yield str(path), None
    else:
        yield str(path), InputError("sitrep batch reads JSON Lines (.jsonl) or Parquet (.parquet); "
                                    "use sitrep ingest or extract for other files", source=str(path))


def _scan_jsonl(path: Path, size: int):
    """(kind, count, start byte, stop byte, first line, -1) per run of ``size`` non-blank lines."""
    found = []
    try:
        with open(path, "rb") as f:
            pos = start = count = 0
            first = 1
            for lineno, line in enumerate(f, 1):
                if line.strip():
                    if count == size:
                        found.append(("jsonl", count, start, pos, first, -1))
                        start, first, count = pos, lineno, 0
                    count += 1
                pos += len(line)
            if count:
                found.append(("jsonl", count, start, pos, first, -1))
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=str(path)) from None
    if not found:
        raise EmptyInputError("no records", source=str(path))
    return found


def _scan_parquet(path: Path, size: int):
    """(kind, count, first row in group, stop row in group, first row in file, row group) per slice."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path)
    except (OSError, ValueError) as e:
        raise MalformedInputError(f"not a Parquet file ({str(e).splitlines()[0][:120]})", source=str(path)) from None
    if "text" not in meta.schema_arrow.names:
        raise MalformedInputError('a Parquet file of articles needs a "text" column', source=str(path))
    found, row = [], 0
    for rg in range(meta.num_row_groups):
        n = meta.metadata.row_group(rg).num_rows
        for a in range(0, n, size):
            b = min(a + size, n)
            found.append(("parquet", b - a, a, b, row + a + 1, rg))
        row += n
    if not found:
        raise EmptyInputError("no records", source=str(path))
    return found


# -- the work (on the workers) --------------------------------------------------------------------

class PipelinePlugin(WorkerPlugin):
    """Gives each Dask worker one Pipeline, loaded on its first partition and kept for the next ones.

    Tasks on one worker take turns with it (a lock), so a worker with several threads stays correct;
    run workers with one thread each (``--nthreads 1``) and as many processes as cores.
    """

    name = "sitrep-pipeline"

    def __init__(self, overrides: dict):
        self.overrides = overrides

    def setup(self, worker=None):
        self.lock = threading.Lock()
        self._pipeline = None

    def pipeline(self):
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline(Settings.from_env(**self.overrides))
        return self._pipeline


def extract_part(part: Part, out: str, overrides: dict, published: dt.date | None = None) -> dict:
    """Task: extract one partition and write its tables under ``out``; returns counts and error lines."""
    try:
        plugin = get_worker().plugins.get(PipelinePlugin.name)
    except ValueError:  # not on a Dask worker (called directly)
        plugin = None
    if plugin is None:
        return _extract(process_pipeline(Settings.from_env(**overrides)), part, out, published)
    with plugin.lock:
        return _extract(plugin.pipeline(), part, out, published)


def _extract(pipe, part: Part, out: str, published: dt.date | None) -> dict:
    if part.kind == "jsonl":
        items = read_jsonl_range(part.path, part.start, part.stop, part.first, pipe.settings, name=part.name)
    else:
        items = read_parquet_rows(part.path, part.row_group, part.start, part.stop, part.first, pipe.settings,
                                  name=part.name)

    def dated(items):
        for item in items:
            if published is not None and not isinstance(item, SitrepError) and item.published is None:
                item.published = published
            yield item

    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    errors: list[str] = []
    articles = 0
    for seq, item in enumerate(pipe.stream(dated(items)), part.first_seq):
        if isinstance(item, SitrepError):
            errors.append(str(item))
            continue
        for table, found in article_rows(seq, item).items():
            rows[table] += found
        articles += 1
    events = len(rows["events"])
    write_partition(Path(out), part.index, rows)
    return {"index": part.index, "records": part.count, "articles": articles, "events": events,
            "errors": errors, "pipeline": f"{os.getpid()}:{id(pipe)}"}


# -- the run (on the client) ----------------------------------------------------------------------

@dataclass
class BatchResult:
    partitions: int = 0
    articles: int = 0
    events: int = 0
    failed: int = 0
    pipelines: int = 0  # how many times a worker loaded the model and the gazetteer


def connect(scheduler: str, workers: int, timeout: float = 120.0):
    """A Dask client (and the cluster it started, for ``local``): ``workers`` processes of one thread
    on this machine, listening on loopback only; or the scheduler at an address, once ``workers``
    workers have joined it."""
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0")
        return Client(cluster), cluster
    try:
        client = Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError) as e:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        client.wait_for_workers(workers, timeout=timeout)
    except TimeoutError:
        have = len(client.scheduler_info().get("workers", {}))
        client.close()
        raise ConfigError(f"only {have} of {workers} Dask workers joined {scheduler} within {timeout:.0f} s") from None
    return client, None


def run(inputs: Iterable[str | Path], out: str | Path, *, scheduler: str = "local", workers: int = 2,
        partition_size: int = 500, published: dt.date | None = None, model: str | None = None,
        on_error: Callable[[str], None] = lambda line: None, progress=None) -> BatchResult:
    """Extract every record of ``inputs`` on Dask and write the partitions to ``out``.

    Bad inputs and records are passed to ``on_error`` (one line each, in input order); the rest go on.
    """
    out = Path(out)
    _prepare(out)
    inputs = list(inputs)
    parts, refused = plan(inputs, partition_size)
    result = BatchResult(partitions=len(parts))
    for err in refused:
        on_error(str(err))
        result.failed += 1
    if progress is not None and progress.total is None:
        progress.total = sum(p.count for p in parts)
    if parts:
        client, cluster = connect(scheduler, workers)
        try:
            client.register_plugin(PipelinePlugin({"model": model} if model else {}))
            futures = client.map(extract_part, parts, out=str(out.resolve()),
                                 overrides={"model": model} if model else {}, published=published, pure=False)
            done: dict[int, dict] = {}
            loaded: set[str] = set()
            next_index = 0
            for fut in as_completed(futures):
                try:
                    res = fut.result()
                except SitrepError:
                    client.cancel(futures)
                    raise
                fut.release()
                done[res["index"]] = res
                loaded.add(res["pipeline"])
                if progress is not None:
                    progress.advance(res["records"])
                while next_index in done:  # report in input order
                    res = done.pop(next_index)
                    for line in res["errors"]:
                        on_error(line)
                    result.articles += res["articles"]
                    result.events += res["events"]
                    result.failed += len(res["errors"])
                    next_index += 1
            result.pipelines = len(loaded)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    manifest = {"layout": LAYOUT_VERSION, "sitrep": __version__, "model": model, "tables": list(TABLES),
                "inputs": [str(i) for i in inputs], "parts": [asdict(p) for p in parts], **asdict(result)}
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, default=str) + "\n", encoding="utf-8")
    tmp.replace(out / MANIFEST)
    return result


def _prepare(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        taken = [p.name for p in out.iterdir() if p.name == MANIFEST or p.name in TABLES]
    except OSError as e:
        raise OutputError(f"cannot write to --out: {e.strerror}", source=str(out)) from None
    if taken:
        raise OutputError(f"already holds a batch ({', '.join(sorted(taken))}); give an empty or new folder",
                          source=str(out))
