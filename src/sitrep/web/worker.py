"""Pasted articles are coded in a process of their own, so that one paste cannot take the server down.

The server's request threads cannot interrupt a stage (the time budget's timer works only in a
process's main thread), so :class:`PasteWorker` keeps one child process with its own
:class:`~sitrep.pipeline.Pipeline`, loaded on the first paste. The child codes one document at a
time under the per-article time budget and answers with the Article or the error; should it not
answer within the budget and a margin (stuck where no timer reaches), the parent ends it, answers
:class:`~sitrep.errors.TimeBudgetError` (HTTP 503), and starts a fresh child for the next paste.
"""
from __future__ import annotations

import multiprocessing
import threading

from ..budget import Budget
from ..config import Settings
from ..errors import InternalError, SitrepError, TimeBudgetError

# on top of the budget: the child's first start (model and gazetteer) and the answer's trip back
START_SECONDS = 120.0
MARGIN_SECONDS = 10.0


def _serve(conn, settings: Settings) -> None:  # the child's main loop
    from ..pipeline import Pipeline

    try:
        pipeline = Pipeline(settings)
    except SitrepError as e:
        conn.send(("error", e))
        return
    conn.send(("ready", None))
    while True:
        try:
            document = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", pipeline.extract_document(document)))
        except SitrepError as e:
            e.__cause__ = e.__context__ = None  # the chained exception may not pickle
            conn.send(("error", e))
        except Exception as e:  # noqa: BLE001 - anything else is sitrep's fault, named
            conn.send(("error", InternalError(f"{type(e).__name__}: {str(e)[:160]}", source=document.origin)))


class PasteWorker:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self._lock = threading.Lock()
        self._proc = None
        self._conn = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, self.settings), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        if not parent.poll(START_SECONDS):
            self.stop()
            raise TimeBudgetError(f"the coding process did not start within {START_SECONDS:.0f} s")
        kind, err = parent.recv()
        if kind == "error":
            self.stop()
            raise err

    def code(self, document):
        """The Article for ``document``, or the SitrepError that stopped it; one paste at a time."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            budget = Budget(self.settings)
            wait = budget.seconds(len(document.text))
            self._conn.send(document)
            if not self._conn.poll(wait + MARGIN_SECONDS if wait else None):
                self.stop()  # stuck beyond the timer's reach: end it; the next paste gets a fresh one
                raise TimeBudgetError(f"gave up after {wait:.0f} s (the time budget for "
                                      f"{len(document.text):,} characters)", source=document.origin)
            try:
                kind, value = self._conn.recv()
            except EOFError:
                self.stop()
                raise InternalError("the coding process ended unexpectedly", source=document.origin) from None
            if kind == "error":
                raise value
            return value

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None
