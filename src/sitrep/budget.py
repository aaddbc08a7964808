"""Per-article time budget: no article holds up the rest of the input.

``Budget(settings)`` gives an article of ``n`` characters ``time_budget + time_budget_per_kb × n/1000``
seconds (``time_budget`` 0: no limit). :meth:`Budget.guard` runs a block under that deadline with a real-time interval timer
(``SIGALRM``), so a stage that loops for ever is interrupted wherever it is; the block raises
:class:`~sitrep.errors.TimeBudgetError` naming the stage it was in. The timer exists only in the
main thread of a process: elsewhere (a web server's request thread) ``guard`` runs the block
unguarded, and the caller runs the work in a process of its own instead (``web/worker.py``).
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from .config import Settings
from .errors import TimeBudgetError


class _OutOfTime(BaseException):
    """Raised by the timer; a BaseException so that no ``except Exception`` in a stage swallows it."""


class Budget:
    def __init__(self, settings: Settings):
        self.base = float(settings.time_budget)
        self.per_kb = float(settings.time_budget_per_kb)
        self.stage = "parse"

    def seconds(self, chars: int) -> float:
        """The budget for ``chars`` characters; 0 (no limit) when ``time_budget`` is 0."""
        return self.base + self.per_kb * chars / 1000 if self.base > 0 else 0.0

    @contextlib.contextmanager
    def guard(self, chars: int, source: str | None = None) -> Iterator["Budget"]:
        limit = self.seconds(chars)
        if limit <= 0 or threading.current_thread() is not threading.main_thread() \
                or not hasattr(signal, "setitimer"):
            yield self
            return

        def ring(signum, frame):
            raise _OutOfTime()

        previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            yield self
        except _OutOfTime:
            raise TimeBudgetError(f"gave up in the {self.stage} stage after {limit:.0f} s (the time budget "
                                  f"for {chars:,} characters; see SITREP_TIME_BUDGET)", source=source) from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
