"""Several cores on one machine: the whole pipeline in a pool of worker processes.

Reads: a stream of ``Document`` (or ``InputError``) items, as :func:`sitrep.reading.read` yields them.
Adds: nothing of its own: yields exactly what :meth:`Pipeline.stream` yields, in input order.

Each worker process loads the spaCy model and the gazetteer once, on its first
batch, and then runs every stage (parse, time, places, actors, events, claims)
on the batches it is sent, so sitrep's own stages scale with the parse. The
main process only reads, sends batches of ``batch_size`` articles and writes;
it never loads the model. At most ``2 × workers`` batches are in flight, so
memory stays flat however long the input is.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache

from .config import Settings
from .errors import ConfigError, InputError
from .records import Article, Document


@cache
def process_pipeline(settings: Settings):
    """This process's Pipeline for ``settings``: the model and gazetteer load once per process."""
    from .pipeline import Pipeline

    return Pipeline(settings)


def _load(settings: Settings) -> int:
    process_pipeline(settings)
    time.sleep(0.2)  # let the other workers take the other warm-up tasks
    return os.getpid()


def _extract_batch(settings: Settings, batch: list) -> list:
    return list(process_pipeline(settings).stream(batch, batch_size=max(len(batch), 1)))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class WorkerPool:
    """A pool of ``workers`` processes, each with its own Pipeline; use as a context manager.

    ``stream(items)`` yields Articles (or the errors that stopped them) in input order.
    One pool serves several streams, so a long-lived caller pays the model load once.
    """

    def __init__(self, settings: Settings, workers: int, batch_size: int = 16):
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, not {workers}")
        self.settings, self.workers, self.batch_size = settings, workers, batch_size
        # spawn: a worker starts from a clean interpreter (no copied SQLite handles or threads)
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))

    def warm_up(self) -> None:
        """Load the model in every worker now rather than on each one's first batch."""
        ready: set[int] = set()
        for _ in range(10):
            ready |= {f.result() for f in [self._pool.submit(_load, self.settings) for _ in range(self.workers)]}
            if len(ready) >= self.workers:
                break

    def stream(self, items: Iterable[Document | InputError]) -> Iterator[Article | InputError]:
        pending: deque = deque()
        try:
            for batch in _batches(items, self.batch_size):
                pending.append(self._pool.submit(_extract_batch, self.settings, batch))
                if len(pending) >= 2 * self.workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def stream(items: Iterable[Document | InputError], settings: Settings, workers: int = 1,
           batch_size: int = 16) -> Iterator[Article | InputError]:
    """Articles in input order, from one process (``workers=1``) or a pool of ``workers`` processes."""
    if workers <= 1:
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, not {workers}")
        yield from process_pipeline(settings).stream(items, batch_size=batch_size)
        return
    with WorkerPool(settings, workers, batch_size) as pool:
        yield from pool.stream(items)
