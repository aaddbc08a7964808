"""A one-line progress display for long runs: articles/s and, when the total is known, an ETA.

Written to a terminal only (``\\r`` rewrites the line); on a pipe or file it stays silent,
so logs and scripts see the final summary line alone.
"""
from __future__ import annotations

import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO, total: int | None = None, enabled: bool | None = None,
                 every: float = 0.2, clock=time.monotonic):
        self.stream, self.total, self.every, self.clock = stream, total, every, clock
        self.enabled = _isatty(stream) if enabled is None else enabled
        self.start = clock()
        self._last = float("-inf")
        self._width = 0

    def line(self, done: int, extra: str = "") -> str:
        """The progress line for ``done`` articles: count, rate, ETA when the total is known."""
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = done / elapsed
        parts = [f"{done}/{self.total}" if self.total else f"{done}", "articles", f"{rate:.1f}/s"]
        if self.total and rate > 0 and done <= self.total:
            parts.append(f"ETA {_clock((self.total - done) / rate)}")
        if extra:
            parts.append(extra)
        return " ".join(parts)

    def update(self, done: int, extra: str = "") -> None:
        if not self.enabled:
            return
        now = self.clock()
        if now - self._last < self.every:
            return
        self._last = now
        text = self.line(done, extra)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Clear the line so that the next message starts clean."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
