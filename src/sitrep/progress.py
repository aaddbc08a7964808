"""A progress line for long runs: articles done, articles/s and the time left.

It writes one line that it keeps rewriting (``\\r``) to a terminal, and nothing
at all when its stream is not a terminal (piped, redirected, in CI), so logs
and pipes stay clean. Messages that must not be lost (one line per bad input)
go through :meth:`Progress.note`, which clears the line first.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


class Progress:
    """``advance(n)`` after each piece of work; ``close()`` at the end.

    ``total``: how many articles are expected (None when unknown: no ETA then).
    ``enabled``: None to show the line only when ``stream`` is a terminal.
    """

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None,
                 enabled: bool | None = None, unit: str = "articles", every: float = 0.25,
                 clock=time.monotonic):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self.total, self.unit, self.every, self.clock = total, unit, every, clock
        self.done = 0
        self.extra = ""
        self.started = clock()
        self._shown_at: float | None = None
        self._width = 0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if self._shown_at is None or now - self._shown_at >= self.every:
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the progress line at ``now``."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        done = f"{self.done:,}/{self.total:,}" if self.total else f"{self.done:,}"
        text = f"{done} {self.unit}, {rate:,.1f} {self.unit}/s"
        if self.total and rate > 0:
            left = max(self.total - self.done, 0) / rate
            text += f", ETA {_clock(left)}"
        text += f", {_clock(elapsed)} elapsed"
        return text + (f", {self.extra}" if self.extra else "")

    def update(self, done: int, extra: str = "") -> None:
        """Set the count to ``done`` (with an ``extra`` note, e.g. events merged) and redraw."""
        self.extra = extra
        self.advance(done - self.done)

    def note(self, message: str) -> None:
        """Print ``message`` on a line of its own (on the same stream), then redraw the progress line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
        self.stream.write(message + "\n")
        self.stream.flush()
        if self.enabled and self._shown_at is not None:
            self._draw(self.clock())

    def close(self) -> None:
        """Leave the final figures on the terminal and end the line."""
        if self.enabled and self._shown_at is not None:
            self._draw(self.clock())
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = " " * max(self._width - len(text), 0)
        self.stream.write("\r" + text + pad)
        self.stream.flush()
        self._width = len(text)
        self._shown_at = now


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or not a real stream
        return False
