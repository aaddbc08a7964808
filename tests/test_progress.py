"""The progress line: shown on a terminal, silent when piped, with the right rate and time left."""
from __future__ import annotations

import io

from sitrep.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_silent_when_the_stream_is_not_a_terminal():
    out = io.StringIO()
    p = Progress(total=10, stream=out)
    for _ in range(10):
        p.advance()
    p.close()
    assert out.getvalue() == ""
    assert p.done == 10


def test_a_note_is_printed_even_when_piped():
    out = io.StringIO()
    p = Progress(total=10, stream=out)
    p.advance()
    p.note("sitrep: a.txt: [E102] no text")
    p.close()
    assert out.getvalue() == "sitrep: a.txt: [E102] no text\n"


def test_rate_and_time_left_on_a_terminal():
    out, clock = Terminal(), Clock()
    p = Progress(total=100, stream=out, clock=clock)
    clock.now += 2.0
    p.advance(10)  # 10 articles in 2 s: 5/s, 90 left: 18 s
    assert out.getvalue() == "\r10/100 articles, 5.0 articles/s, ETA 0:00:18, 0:00:02 elapsed"


def test_without_a_total_there_is_no_eta():
    out, clock = Terminal(), Clock()
    p = Progress(stream=out, clock=clock)
    clock.now += 4.0
    p.advance(6)
    assert out.getvalue() == "\r6 articles, 1.5 articles/s, 0:00:04 elapsed"


def test_redraws_at_most_every_quarter_second():
    out, clock = Terminal(), Clock()
    p = Progress(total=1000, stream=out, clock=clock)
    for _ in range(50):
        clock.now += 0.01
        p.advance()
    assert out.getvalue().count("\r") == 2  # at the first article, and once 0.25 s later
    clock.now += 1
    p.close()
    assert out.getvalue().endswith("\n")
    assert "50/1,000 articles" in out.getvalue().rsplit("\r", 1)[1]


def test_a_note_clears_the_line_then_redraws_it():
    out, clock = Terminal(), Clock()
    p = Progress(total=4, stream=out, clock=clock)
    clock.now += 1
    p.advance()
    drawn = out.getvalue()
    p.note("sitrep: b.txt: [E104] not UTF-8")
    after = out.getvalue()[len(drawn):]
    blank = "\r" + " " * (len(drawn) - 1) + "\r"
    assert after.startswith(blank + "sitrep: b.txt: [E104] not UTF-8\n\r1/4 articles")


def test_a_shorter_line_is_padded_over_the_longer_one():
    out, clock = Terminal(), Clock()
    p = Progress(stream=out, clock=clock)
    clock.now += 0.1
    p.advance(1000)
    first = out.getvalue()
    assert first == "\r1,000 articles, 10,000.0 articles/s, 0:00:00 elapsed"
    clock.now += 1000
    p.advance(1)
    second = out.getvalue()[len(first):]
    text = "1,001 articles, 1.0 articles/s, 0:16:40 elapsed"
    assert second == "\r" + text + " " * (len(first) - 1 - len(text))  # no stale characters left behind
