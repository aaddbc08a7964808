"""Stage 3, time: find temporal expressions and resolve each to an interval.

Reads: the spaCy ``Doc`` (DATE/TIME entities, sentences, tense) and the
publication date when known.
Adds: a :class:`TimeExpr` per expression with its interval and precision, and
the :class:`PublicationDate` (inferred from the content when not given).

Resolution follows news conventions:
- absolute ("January 2022", "25 January", "in 2013"): a day or month without
  a year takes the latest such date not after publication (future tense: the
  next one);
- deictic ("on Wednesday", "last year", "yesterday", "last week"): against the
  publication date;
- anaphoric ("six months later", "the following month", "days later"):
  against the narrative's previous time;
- event-anchored ("three days after the attack in Kech"): against the time of
  the earlier sentence that names the same thing.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from .language import clause_verb, coarse_tags, doc_text, entities, lower_words, regex, sentences, span_text, token_tree, \
    words_at
from .lexicon import load_event_words
from .records import Interval, PublicationDate, Span, TimeExpr

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": None, "few": None, "a few": None, "some": None}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
         "fortnight": "fortnight"}

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|fortnight)"

# Patterns for expressions spaCy's DATE entities miss or cut short.
PATTERNS = [re.compile(p, re.I) for p in (
    rf"\b(?:the\s+)?night\s+of\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+\d{{4}})?",
    rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    rf"\b(?:{_DAY},?\s+)?{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
    rf"\b(?:{_DAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}})?\b",
    rf"\b(?:early|late|mid)?[-\s]?(?:{_MON})\s+(?:of\s+)?(?:last|this|next)\s+year\b",
    rf"\b(?:early|late|mid)?[-\s]?{_MON}\s+\d{{4}}\b",
    # (the anchor's words stop at a date of their own: "a day after the president was arrested on Monday")
    rf"\b{_NUM}\s+{_UNIT}\s+(?:after|before)\s+(?:the|a|an|his|her|their|its)\b"
    rf"(?:(?!\s+(?:on\s+|last\s+|early\s+|late\s+)?(?:{_DAY}|yesterday\b|{_MON}\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}))[^.,;:]){{0,60}}",
    # close after an act told before ("in the aftermath of the raid", "shortly after the blast"): its day
    rf"\b(?:in\s+the\s+(?:immediate\s+)?aftermath\s+of|(?:immediately|shortly|soon|just)\s+after)"
    rf"\s+(?:the|a|an|his|her|their|its)\b"
    rf"(?:(?!\s+(?:on\s+|last\s+|early\s+|late\s+)?(?:{_DAY}|yesterday\b|{_MON}\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}))[^.,;:]){{0,60}}",
    rf"\b(?:a|one)?\s*(?:{_NUM}\s+)?{_UNIT}\s+(?:later|earlier|ago|afterwards)\b",
    r"\b(?:a|one|two|three|four|five|six)\s+decades?\s+ago\b",
    r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|until|till|and)\s+(?:19|20)\d\d\b",
    rf"\b(?:(?:the|on\s+the)\s+)?(?:following|next|previous|same)\s+(?:day|week|weekend|month|year|morning|evening|night)\b",
    rf"\b(?:early|late|on)?\s*{_DAY}(?:\s+(?:night|morning|evening|afternoon))?(?:\s+(?:of\s+)?(?:last|this)\s+week)?\b",
    r"\b(?:late|early)\s+(?:last\s+)?(?:night|morning|evening)\b",
    r"\b(?:yesterday|today|tonight|tomorrow|overnight|last\s+night)\b",
    rf"\b(?:the\s+)?(?:first|second|third|last|final)\s+week\s+of\s+{_MON}(?:\s+\d{{4}})?",
    rf"\bbetween\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}(?:\s+\d{{4}})?",
    rf"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+{_MON}(?:\s+\d{{4}})?",
    r"\b(?:early|late|mid)[-\s]?(?:(?:19|20)\d\d|(?:last|this|next)\s+year)\b",
    r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+[a-z])",
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?(?:days|week|weeks)\b",
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+month\b",
    r"\b(?:over\s+)?(?:the|last|this)\s+weekend\b",
    r"\bevery\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year)\b",
    r"\blater\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)\b",
    r"\b(?:earlier\s+)?this\s+(?:morning|afternoon|evening)\b",
    r"\b(?:earlier|later|late|early)\s+(?:this|last)\s+(?:week|month|year)\b",
    r"\b(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b",
    r"\b(?:last|this|next|past)\s+(?:week|month|year|weekend)\b",
    r"\bin\s+recent\s+(?:days|weeks|months)\b",
    r"\b(?:in|since|during|by)\s+(?:early|late|mid-?)?\s*(?:19|20)\d\d\b",
    r"\b(?:19|20)\d\d-\d\d-\d\d\b",
)]
# the same patterns, case-sensitive, for a text lowered once (about 40 % faster than re.I on every one)
_LOWER_PATTERNS = [re.compile(p.pattern) for p in PATTERNS]


def _any_of(patterns: list[re.Pattern], flags: int = 0) -> re.Pattern:
    """Where any of ``patterns`` (each starting with ``\\b``) matches: one look-ahead scan of a text
    in place of one scan per pattern (each tries every position of the text, being no literal)."""
    assert all(p.pattern.startswith(r"\b") for p in patterns)
    return re.compile(r"\b(?=" + "|".join(f"(?:{p.pattern[2:]})" for p in patterns) + ")", flags)


def _opening_chars(items) -> tuple[set[str], bool] | None:
    """The characters (as a character class's parts: "a", "\\d", "a-z") a match of the parsed pattern
    ``items`` can start with, and whether it can match the empty string; None where that is not read
    (a wildcard, a negated class, a flag): a superset, never fewer than the pattern can start with."""
    from re import _constants as sre

    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            first, empty = {re.escape(chr(av))}, False
        elif op is sre.IN:
            first, empty = set(), False
            for o, a in av:
                if o is sre.LITERAL:
                    first.add(re.escape(chr(a)))
                elif o is sre.RANGE:
                    first.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is sre.CATEGORY and a in _CLASS_OF:
                    first.add(_CLASS_OF[a])
                else:
                    return None
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            first, empty = set(), True  # (nothing read: the next item opens the match)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            found = _opening_chars(av[3])
            if found is None:
                return None
            first, empty = found
        elif op is sre.BRANCH:
            first, empty = set(), False
            for alt in av[1]:
                found = _opening_chars(alt)
                if found is None:
                    return None
                first |= found[0]
                empty = empty or found[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = _opening_chars(av[2])
            if found is None:
                return None
            first, empty = found[0], found[1] or av[0] == 0
        else:
            return None
        out |= first
        if not empty:
            return out, False
    return out, True


def _class_names() -> dict:
    from re import _constants as sre

    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


_CLASS_OF = _class_names()


def _by_opening_char(patterns: list[re.Pattern]) -> re.Pattern | None:
    """:func:`_any_of` (the same positions), its patterns grouped by the character they can open with: one
    branch per character (or class), that the regex engine passes over after one comparison where the
    text's character differs (a look-ahead or an optional word at a branch's head is tried at every
    position), tries only the patterns that can open there. None where a pattern's opening characters
    are not read (then :func:`_any_of` serves)."""
    from re import _parser

    assert all(p.pattern.startswith(r"\b") for p in patterns)
    by: dict[str, list[str]] = {}
    after_space: set[str] = set()
    for p in patterns:
        found = None if p.flags & re.I else _opening_chars(_parser.parse(p.pattern, p.flags))
        if found is None or found[1] or not found[0]:
            return None
        for part in found[0]:
            by.setdefault(part, []).append(f"(?:{p.pattern[2:]})")
        if r"\s" in found[0]:
            after_space |= found[0] - {r"\s"}
    # each branch reads the character it opens with, then looks back over it to try its patterns there;
    # the whitespace branch (tried at every word's end) first asks whether what follows the spaces can open
    # one of its patterns: a pattern that can open with a space (its head an optional word, then optional
    # spaces) reads on past the spaces to a character it can also open with (a month, a day, a number)
    openers = "".join(sorted(after_space))
    return re.compile(r"\b(?:" + "|".join(f"[{part}]" + (rf"(?=\s*[{openers}])" if part == r"\s" else "")
                                        + "(?<=(?=" + "|".join(alts) + r")[\s\S])"
                                        for part, alts in sorted(by.items())) + ")")


_ANY = _any_of(PATTERNS, re.I)
_ANY_LOWER = _by_opening_char(_LOWER_PATTERNS) or _any_of(_LOWER_PATTERNS)


class _OpeningWith(dict):
    """A character → the indices (in order) of the patterns that can open with it, by each pattern's
    opening characters (:func:`_opening_chars`, a superset); worked out the first time a character is asked for."""

    def __init__(self, classes: list[re.Pattern]):
        super().__init__()
        self.classes = classes

    def __missing__(self, ch: str) -> tuple[int, ...]:
        ks = self[ch] = tuple(k for k, cls in enumerate(self.classes) if cls.match(ch))
        return ks


def _opening_with(patterns: list[re.Pattern]) -> _OpeningWith | None:
    """:class:`_OpeningWith` for ``patterns``; None where a pattern's opening characters are not read."""
    from re import _parser

    classes = []
    for p in patterns:
        found = None if p.flags & re.I else _opening_chars(_parser.parse(p.pattern, p.flags))
        if found is None or found[1] or not found[0]:
            return None
        classes.append(re.compile("[" + "".join(sorted(found[0])) + "]"))
    return _OpeningWith(classes)


_OPENING_LOWER = _opening_with(_LOWER_PATTERNS)  # (each scan hit tries only the patterns that open with its character)


def _matches(patterns: list[re.Pattern], scan: re.Pattern, text: str,
             opening: _OpeningWith | None = None) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)`` for each pattern, pattern after pattern, each pattern
    tried only where ``scan`` (``_any_of(patterns)``) says one of them matches, and past its own last
    match as finditer goes on (no pattern matches an empty string); with ``opening``
    (:func:`_opening_with`), only the patterns that can open with the character found there."""
    found: list[list[tuple[int, int]]] = [[] for _ in patterns]
    ends = [0] * len(patterns)
    every = range(len(patterns))
    for at in scan.finditer(text):
        i = at.start()
        for k in (opening[text[i]] if opening is not None else every):
            if i >= ends[k] and (m := patterns[k].match(text, i)):
                found[k].append(m.span())
                ends[k] = m.end()
    return [span for spans in found for span in spans]


_DURATION_HEAD = re.compile(rf"^(?:for\s+|over\s+|about\s+|more than\s+|nearly\s+|almost\s+|some\s+)*{_NUM}\s+{_UNIT}$", re.I)
_VAGUE = re.compile(r"^(?:the\s+)?(?:past|last|next|coming|recent)?\s*(?:few|several|many|\d+|two|three|four|five)?\s*(?:decades?|years|months|weeks|days|hours|minutes|seconds|centuries)$", re.I)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    text: str
    sentence: int
    modifier: bool = False  # a year inside a noun phrase ("the 2011 murder")
    future: bool = False
    nearest: bool = False  # a deadline or due day ("by May", "the April 2 deadline"): the nearest occurrence
    occasion: bool = False  # a day of a noun told as the occasion of its clause ("a week after an ambush on May 2")


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_interval(y: int, m: int) -> Interval:
    return Interval(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month")


def year_interval(y: int) -> Interval:
    return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def day_interval(d: dt.date, end: dt.date | None = None) -> Interval:
    return Interval(d, end or d, "day")


def week_interval(d: dt.date) -> Interval:
    monday = d - dt.timedelta(days=d.weekday())
    return Interval(monday, monday + dt.timedelta(days=6), "week")


def _num(word: str | None) -> int | None:
    if word is None:
        return 1
    w = word.lower().strip()
    if w.isdigit():  # ASCII digits only; no span of time counts past a few digits
        return int(w) if w.isascii() and len(w) <= 6 else None
    return NUMBERS.get(w, 1)


# the words that pick a third of a month (early, mid, late), for a month named ("late December") and for
# one counted from the report ("the end of last month", "the beginning of this month")
_NAMED_THIRDS = (re.compile(r"\bearly\b"), re.compile(r"\blate\b"), re.compile(r"\bmid\b"))
_RELATIVE_THIRDS = (re.compile(r"\b(?:early|beginning|start)\b"), re.compile(r"\b(?:late|end|close)\b"),
                    re.compile(r"\b(?:mid|middle)\b"))


def _month_third(iv: Interval, s: str, thirds: tuple) -> Interval:
    """The month ``iv``, or the third of it its words ``s`` pick: days 1-10, 11-20, or 21 to the end."""
    early, late, mid = thirds
    if early.search(s):
        return Interval(iv.start, iv.start.replace(day=10), "month")
    if late.search(s):
        return Interval(iv.start.replace(day=21), iv.end, "month")
    if mid.search(s):
        return Interval(iv.start.replace(day=11), iv.start.replace(day=20), "month")
    return iv


def _year_for(month: int, day: int | None, pub: dt.date, future: bool, nearest: bool = False) -> int:
    """The year of a yearless date: the latest not after ``pub`` (future: the next; ``nearest``, for
    a deadline or a due day told in no future tense: the one closest to ``pub``, before or after)."""
    y = pub.year
    if nearest and not future:
        def gap(year: int) -> int:
            return abs((dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1])) - pub).days)
        return min((y - 1, y, y + 1), key=gap)
    probe = dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    if future:
        return y if probe >= pub else y + 1
    return y if probe <= pub + dt.timedelta(days=1) else y - 1


class Resolver:
    """Turns one expression's text into an interval, given its anchors."""

    def __init__(self, published: dt.date | None):
        self.pub = published

    def absolute(self, t: str, future: bool = False, nearest: bool = False) -> Interval | None:
        s = t.lower().replace(",", " ").replace("’", "'")
        s = regex(r"(\d)(st|nd|rd|th)\b").sub(r"\1", s)
        s = regex(r"\s+").sub(" ", s).strip()
        if regex(r"every\b").match(s):
            return None  # recurring: no one interval
        s = regex(r"^between (\d{1,2}) and (\d{1,2})").sub(r"\1-\2", s)
        # a span told by its ends: "19 to 24 january", "from january 19 to 24", "between january 19 and 24"
        # (the days of one month: as "19-24 january"); "from july 3 to august 2" (two months: its ends)
        s = regex(rf"\b(\d{{1,2}}) (?:to|until|till|through) (\d{{1,2}}) ((?:of )?{_MON})").sub(r"\1-\2 \3", s)
        s = regex(rf"^((?:from |between |on )?{_MON}) (\d{{1,2}}) (?:to|until|till|through|and) (\d{{1,2}})\b(?! ?[-–])").sub(
            lambda m: f"{m[1]} {m[2]}-{m[3]}" if not m[1].startswith("between") or " and " in m[0] else m[0], s)
        if (ends := regex(rf"(?:from |between )?(?:{_MON} (\d{{1,2}})|(\d{{1,2}}) (?:of )?{_MON})"
                                  rf" (?:to|until|till|through|and) (?:{_MON} (\d{{1,2}})|(\d{{1,2}}) (?:of )?{_MON})"
                                  rf"(?: ((?:19|20)\d\d))?").fullmatch(s)) and (not regex(r" and ").search(s) or s.startswith("between")):
            first = self.absolute(" ".join(w for w in s.split() if w not in ("from", "between"))
                                  .split(" to ")[0].split(" until ")[0].split(" till ")[0].split(" through ")[0]
                                  .split(" and ")[0] + (f" {ends[ends.lastindex]}" if regex(r"(?:19|20)\d\d$").search(s) else ""),
                                  future, nearest)
            last = self.absolute(regex(r" (?:to|until|till|through|and) ").split(s, maxsplit=1)[1], future, nearest)
            if first is not None and last is not None and first.precision == last.precision == "day":
                end = last.start
                if end < first.start and end.month < first.start.month:
                    try:
                        end = end.replace(year=first.start.year + 1 if end.year <= first.start.year else end.year)
                    except ValueError:
                        pass
                if first.start <= end <= first.start + dt.timedelta(days=366):
                    return day_interval(first.start, end)
        s = regex(r"\b(?:the )?(?:end|close) of\b").sub("late", s)
        s = regex(r"\b(?:the )?(?:beginning|start) of\b").sub("early", s)
        s = regex(r"\b(?:the )?middle of\b").sub("mid", s)
        if (m := regex(r"(?:on )?the (\d{1,2})").fullmatch(s)) and self.pub:
            d = int(m[1])
            p = self.pub
            y, mo = (p.year, p.month) if d <= p.day else (add_months(p, -1).year, add_months(p, -1).month)
            try:
                return day_interval(dt.date(y, mo, d))
            except ValueError:
                return None
        if m := regex(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").search(s):
            try:
                return day_interval(dt.date(int(m[1]), int(m[2]), int(m[3])))
            except ValueError:
                return None
        year = None
        if m := regex(r"\b((?:19|20)\d\d)\b").search(s):
            year = int(m[1])
        rel_year = regex(r"\b(last|this|next) year\b").search(s)
        if rel_year and self.pub:
            year = self.pub.year + {"last": -1, "this": 0, "next": 1}[rel_year[1]]
        if (part := _PART_OF_YEAR.search(s)) and not regex(rf"\b{_MON}").search(s):
            return self._part_of_year(part, year, future)
        if (m := regex(rf"\b(last|next|this)\s+({_MON})").search(s)) and self.pub and not year:
            # "last April": the latest April before this month; "next May": the first after it
            mon = MONTHS.get(m[2].rstrip(".")[:3] if m[2].rstrip(".") not in MONTHS else m[2].rstrip("."))
            p = self.pub
            if m[1] == "last":
                year = p.year if mon < p.month else p.year - 1
            elif m[1] == "next":
                year = p.year if mon > p.month else p.year + 1
            else:
                year = p.year
        mon = None
        if m := regex(rf"\b({_MON})").search(s):
            mon = MONTHS.get(m[1].rstrip(".")[:3] if m[1].rstrip(".") not in MONTHS else m[1].rstrip("."))
        # day ranges: "25-26 january", "january 25-26", "night of 25-26 january"
        rng = regex(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b").search(s)
        day = None
        if m := regex(rf"\b(\d{{1,2}})\s+(?:of\s+)?{_MON}").search(s) or regex(rf"{_MON}\s+(\d{{1,2}})\b").search(s):
            day = int(m[1])
        if mon and rng:
            d1, d2 = int(rng[1]), int(rng[2])
            y = year or (self.pub and _year_for(mon, d1, self.pub, future, nearest))
            if not y:
                return None
            try:
                return day_interval(dt.date(y, mon, d1), dt.date(y, mon, d2))
            except ValueError:
                return None
        if mon and (wk := regex(r"\b(first|second|third|last|final) week of\b").search(s)):
            y = year or (self.pub and _year_for(mon, None, self.pub, future, nearest))
            if not y:
                return None
            last = calendar.monthrange(y, mon)[1]
            start = {"first": 1, "second": 8, "third": 15}.get(wk[1], last - 6)
            return Interval(dt.date(y, mon, start), dt.date(y, mon, start + 6), "week")
        if mon and day:
            y = year or (self.pub and _year_for(mon, day, self.pub, future, nearest))
            if not y:
                return None
            if mon == 2 and day == 29 and not year:
                while not calendar.isleap(y):
                    y += 1 if future else -1
            try:
                return day_interval(dt.date(y, mon, day))
            except ValueError:
                return None
        if mon:
            y = year or (self.pub and _year_for(mon, None, self.pub, future, nearest))
            if not y:
                return None
            # early / mid / late: the first, second and last third of the month
            return _month_third(month_interval(y, mon), s, _NAMED_THIRDS)
        if year and (m := regex(r"(?:(?:in|since|during|from|the)\s*)*((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d?)").fullmatch(s)
                     or regex(r"(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|until|till|and)\s+((?:19|20)\d\d)").fullmatch(s)):
            # a span of years written as one ("its 2002-3 war", "the 1975-91 war", "in 2014-2015"), or told
            # by its ends ("fought a border war from 1998 to 2000", "between 1991 and 2002")
            first, last = int(m[1]), int(m[2])
            last = last if last >= 1000 else first - first % 10 ** len(m[2]) + last
            if first < last <= first + 30:
                return Interval(dt.date(first, 1, 1), dt.date(last, 12, 31), "year")
            return None
        if year and regex(r"(?:(?:in|since|during|by|the|early|late|mid|mid-)\s*)*(?:19|20)\d\d|"
                                 r"(?:(?:in|since|during|by|the|early|late|mid|mid-)\s*)*(?:last|this|next) year").fullmatch(s):
            iv = year_interval(year)
            # early / mid / late: January–April, May–August, September–December
            if regex(r"\bearly\b").search(s):
                iv = Interval(iv.start, dt.date(year, 4, 30), "year")
            elif regex(r"\bmid\b").search(s):
                iv = Interval(dt.date(year, 5, 1), dt.date(year, 8, 31), "year")
            elif regex(r"\blate\b").search(s):
                iv = Interval(dt.date(year, 9, 1), iv.end, "year")
            return iv
        if m := regex(r"(?:the\s+)?(?:19|20)?(\d)0'?s").fullmatch(s):
            return None  # decades are too vague to date an event
        return None

    def _part_of_year(self, part: re.Match, year: int | None, future: bool) -> Interval | None:
        """A quarter or a half of a year: of the year the text names, else the latest one that has
        begun by publication (the next one in the future tense)."""
        if part[3]:
            n, size = int(part[3]), 3
        else:
            size = 3 if part[2] == "quarter" else 6
            n = _ORDINAL.get(part[1], 12 // size)  # "final", "last": the last of the year
        if not 1 <= n <= 12 // size:
            return None
        first = (n - 1) * size + 1
        if year is None:
            if not self.pub:
                return None
            p = self.pub
            year = p.year
            if dt.date(year, first, 1) > p and not future:
                year -= 1  # "the fourth quarter", told in March: last year's
            elif future and add_months(dt.date(year, first, 1), size) <= p:
                year += 1  # "in the first quarter", planned in May: next year's
        start = dt.date(year, first, 1)
        end = add_months(start, size) - dt.timedelta(days=1)
        return Interval(start, end, "month")

    def deictic(self, t: str, future: bool = False) -> Interval | None:
        if not self.pub:
            return None
        p = self.pub
        s = regex(r"\s+").sub(" ", t.lower()).strip()
        if regex(r"\b(yesterday|last night)\b").search(s):
            return day_interval(p - dt.timedelta(days=1))
        if regex(r"every\b").match(s):
            return None  # recurring: no one interval
        if regex(r"\b(?:early|mid|late)[-\s]?(?:last|this|next) year\b").search(s):
            return self.absolute(t, future)
        if regex(r"\b(today|tonight|this (?:morning|afternoon|evening))\b").search(s):
            return day_interval(p)
        if regex(r"\btomorrow\b").search(s):
            return day_interval(p + dt.timedelta(days=1))
        if regex(r"\b(?:recent|past|last) (?:few )?days\b|\b(?:past|last) week\b(?!end)").search(s) and \
                regex(r"\b(?:in|over|during)\b").search(s):
            return Interval(p - dt.timedelta(days=7), p, "week")
        if regex(r"\b(?:in|over|during) the (?:past|last) month\b").search(s):
            # "over the past month": the month up to the report, not the calendar month before it
            return Interval(add_months(p, -1), p, "month")
        if regex(r"\bweekend\b").search(s) and not regex(r"\b(next|this)\b").search(s) and \
                not regex(r"\b(?:last|past)\s+(?:month|year)\b").search(s) or \
                (regex(r"\bthis weekend\b").search(s) and not future):
            # (not "a weekend last month": a weekend of that month, told by the month below)
            sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)
            return Interval(sat, sat + dt.timedelta(days=1), "day")
        if s == "overnight":
            return day_interval(p - dt.timedelta(days=1), p)
        if m := regex(rf"\b({_DAY})\b").search(s):
            wd = WEEKDAYS[m[1]]
            if wk := regex(r"\b(last|this) week\b").search(s):
                # "on Tuesday last week": that weekday of the week named, not the latest Tuesday
                d = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=-1 if wk[1] == "last" else 0, days=wd)
            elif future:  # (the report's own weekday is that day: "will march later on Monday" in a Monday's report;
                # a week on is "next Monday")
                d = p + dt.timedelta(days=(wd - p.weekday()) % 7 or (7 if regex(r"\bnext\b").search(s) else 0))
            else:  # "last Friday" in a Friday's report is a week ago; "on Friday" is that day
                back = (p.weekday() - wd) % 7
                d = p - dt.timedelta(days=back or (7 if regex(r"\blast\b").search(s) else 0))
            if regex(r"\bnight\b|\blate\b").search(s):
                return day_interval(d, d + dt.timedelta(days=1))
            return day_interval(d)
        if m := regex(r"(a|one|two|three|four|five|six)\s+decades?\s+ago").fullmatch(s.strip()):
            # "a decade ago", "two decades ago": the year ten (twenty) years before publication
            return year_interval(p.year - 10 * (NUMBERS[m[1]] or 1))
        if m := regex(rf"\b{_NUM}\s+({_UNIT})\s+ago\b").search(s) or regex(rf"\b({_UNIT})\s+ago\b").search(s):
            n_m = regex(rf"\b({_NUM})\s+{_UNIT}").search(s)
            n = _num(n_m[1]) if n_m else None
            unit = UNITS[re.search(_UNIT, s)[0]]
            return _shift(p, -(n or 0), unit, vague=n is None, back=True,
                          precise_from={"month": "month", "year": "year"}.get(unit, "day"))
        if "recent" in s:
            return Interval(p - dt.timedelta(days=30), p, "month")
        if m := regex(r"\b(last|past|this|next)\s+(week|weekend|month|year)\b").search(s):
            which, unit = m[1], m[2]
            off = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
            early = "earlier" in s or "early" in s
            if unit in ("week", "weekend"):
                iv = week_interval(p + dt.timedelta(weeks=off))
                if unit == "week" and regex(r"\b(?:late|later)\s+(?:last|this|past)\s+week\b").search(s):
                    # "late last week": its last days, Thursday to Sunday (as "late last month" is its last third)
                    iv = Interval(iv.start + dt.timedelta(days=3), iv.end, "week")
                if unit == "weekend":
                    iv = Interval(iv.end - dt.timedelta(days=1), iv.end, "day")
            elif unit == "month":
                d = add_months(p, off)
                # "late last month", "the end of last month": its thirds, as of a named month
                iv = _month_third(month_interval(d.year, d.month), s, _RELATIVE_THIRDS)
            else:
                iv = year_interval(p.year + off)
            if off == 0 and not future:
                iv = Interval(iv.start, min(iv.end, p), iv.precision)  # "this week", told in the past
            return iv
        return None

    def relative(self, t: str, ref: Interval | None) -> Interval | None:
        """"Six months later", "the following month", "days later" against ``ref``."""
        if ref is None or not ref.known:
            return None
        s = regex(r"\s+").sub(" ", t.lower()).strip()
        base = ref.start
        if regex(r"\b(?:later|earlier) (?:that|the same) (?:day|night|evening|morning)\b|\bthe same day\b|"
                     r"\b(?:later|earlier) (?:in|during) (?:the|that) (?:same )?(?:day|night|evening|morning|afternoon)\b").search(s):
            return day_interval(base) if ref.precision == "day" else ref if ref.precision == "week" else None
            # ("two died early last week … two more were killed the same day": that day of the week told)
        if m := _IN_THE_UNIT.search(s):
            # "earlier in the week", "later in the month": the rest of the week, month or year the
            # story's time lies in, before or after it
            whole = week_interval(base) if m[2] == "week" else month_interval(base.year, base.month) \
                if m[2] == "month" else year_interval(base.year)
            if m[1] == "earlier":
                end = base - dt.timedelta(days=1)
                return Interval(whole.start, end, m[2]) if end >= whole.start else None
            start = (ref.end or base) + dt.timedelta(days=1)
            return Interval(start, whole.end, m[2]) if start <= whole.end else None
        if m := regex(r"\bthe (day|night|evening|morning|week|month|year) (before|after)$").search(s):
            # "had killed a chief the day before", "the night before": one of the unit, as "the previous day"
            s = f"the {'previous' if m[2] == 'before' else 'following'} {m[1]}"
        if m := regex(r"\b(following|next|previous|same)\s+(day|week|weekend|month|year|morning|evening|night)\b").search(s):
            which, unit = m[1], m[2]
            off = {"following": 1, "next": 1, "previous": -1, "same": 0}[which]
            if unit == "weekend":  # "the previous weekend": the Saturday and Sunday before the day told
                if off == 0 or ref.precision not in ("day", "week"):
                    return None
                sat = base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7) if off < 0 else \
                    base + dt.timedelta(days=(5 - base.weekday()) % 7 or 7)
                return Interval(sat, sat + dt.timedelta(days=1), "day")
            if unit in ("morning", "evening", "night"):
                unit = "day"
            if unit == "day":
                if ref.precision == "week" and ref.end is not None:
                    # "early last week … a further three the next day": a day of that week, one day on
                    return Interval(base + dt.timedelta(days=off), ref.end + dt.timedelta(days=off), "week")
                return day_interval(base + dt.timedelta(days=off)) if ref.precision == "day" else None
            if unit == "week":
                return week_interval(base + dt.timedelta(weeks=off))
            if unit == "month":
                d = add_months(base, off)
                return month_interval(d.year, d.month)
            return year_interval(base.year + off)
        later = regex(r"\b(later|after|afterwards)\b").search(s)
        earlier = regex(r"\b(earlier|before)\b").search(s)
        if not (later or earlier):
            return None
        n_m = regex(rf"\b({_NUM})\s+({_UNIT})\b").search(s)
        u_m = regex(rf"\b({_UNIT})\b").search(s)
        if not u_m:
            return None
        unit = UNITS[u_m[1]]
        n = _num(n_m[1]) if n_m else None
        sign = 1 if later else -1
        anchor = base if sign > 0 or not ref.end else ref.start
        if n is None:  # "days later", "several weeks later"
            return _shift(anchor, 0, unit, vague=True, back=sign < 0)
        return _shift(anchor, sign * n, unit,
                      precise_from="month" if unit == "month" else "year" if unit == "year" else ref.precision)


def _shift(base: dt.date, n: int, unit: str, *, vague: bool = False, back: bool = False,
           precise_from: str | None = "day") -> Interval:
    """``base`` moved by ``n`` units; vague counts ("days later") give a honest window."""
    if vague:
        lo, hi, prec = {"hour": (0, 1, "day"), "day": (2, 7, "week"), "week": (14, 60, "month"),
                        "fortnight": (14, 60, "month"), "month": (60, 365, "year"),
                        "year": (730, 3650, "decade")}[unit]
        if back:
            return Interval(base - dt.timedelta(days=hi), base - dt.timedelta(days=lo), prec)
        return Interval(base + dt.timedelta(days=lo), base + dt.timedelta(days=hi), prec)
    if unit == "hour":
        return day_interval(base)
    if unit in ("day", "week", "fortnight"):
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        d = base + dt.timedelta(days=days)
        if precise_from in ("day", None):
            return day_interval(d)
        return Interval(d, d + dt.timedelta(days=6), "week")
    if unit == "month":
        d = add_months(base, n)
        if precise_from == "day":
            return day_interval(d)
        return month_interval(d.year, d.month)
    y = base.year + n
    return year_interval(y)


# a four-figure clock time told with its zone or "hours" ("2000 GMT", "1800 local time", "0600 hrs")
_CLOCK_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_ZONE = re.compile(r"\s*(?:GMT|UTC|[A-Z]{2,4}T\b|Z\b|hrs\b|hours\b|h\b|local\s+time)")


def _candidates(doc) -> list[_Cand]:
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for ent in entities(doc):
        if ent.label_ in ("DATE", "TIME"):
            a = ent.start_char
            if ent.label_ == "DATE" and _YEAR_JUST_BEFORE.fullmatch(text, max(0, a - 5), a) \
                    and _MONTH_FIRST.match(ent.text):
                a -= 5  # "the 2008 November attacks", "the 2015 May Day rally": the year before the
                # month the tagger left out of the date is its year (not the publication's)
            spans.append((a, ent.end_char))
    low = text.lower()
    # (lowering keeps the offsets unless a character lowers to two: then the patterns ignore case)
    patterns, scan, hay, opening = (_LOWER_PATTERNS, _ANY_LOWER, low, _OPENING_LOWER) if len(low) == len(text) \
        else (PATTERNS, _ANY, text, None)
    for a, b in _matches(patterns, scan, hay, opening):
        while a < b and text[a].isspace():
            a += 1
        spans.append((a, b))
    # keep the longest of overlapping spans
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            if b - a > merged[-1][1] - merged[-1][0] and a == merged[-1][0]:
                merged[-1] = [a, b]
            elif b > merged[-1][1]:
                merged[-1][1] = b
            continue
        merged.append([a, b])
    out = []
    sent_starts = [s.start_char for s in sentences(doc)]
    import bisect
    for a, b in merged:
        t = text[a:b].strip().rstrip(".,;:")
        b = a + len(t)
        if not t:
            continue
        counted = _COUNTED_TAIL.fullmatch(t)
        if counted and _AFTER.match(text, b):
            # "on December 17, a day after police fired …": the count says how far the next clause
            # lies from the date, it is no part of the date
            t = counted.group(1)
            b = a + len(t)
        if _CLOCK_HOURS.fullmatch(t) and _CLOCK_ZONE.match(text, b):
            continue  # "effective as of 10 pm (2000 GMT) Sunday", "at 1800 local time": a clock time, no year
        si = bisect.bisect_right(sent_starts, a) - 1
        span = words_at(doc, a, b)
        modifier = future = planned = occasion = False
        if span is not None:
            head = span.root
            if regex(r"(?:19|20)\d\d").fullmatch(t) and head.dep_ in ("nummod", "compound", "amod", "nmod") \
                    and head.head.pos_ in ("NOUN", "PROPN") and head.i < head.head.i:
                modifier = True
            if regex(r"(?:19|20)\d\d").fullmatch(t) and head.dep_ in ("nummod", "appos", "compound") and head.i > 0 \
                    and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].text[:1].isupper() \
                    and not regex(rf"{_MON}|{_DAY}").fullmatch(doc[head.i - 1].lower_):
                continue  # a year that ends a name ("the Finance Bill 2023", "the Electoral Act 2022") dates nothing
            if (span.end < len(doc) and doc[span.end].lower_ in _NAMED_FOR_DAYS or span[-1].lower_ in _NAMED_FOR_DAYS) \
                    and any(ch.isdigit() for ch in t) and _MONTH_WORD.search(t):
                continue  # a day that names a place or a group ("the September 28 stadium", "the March 23
                # Movement"; the tagger's date may take the name's noun in: "the 6th of October Bridge")
            future = _is_future(head)
            planned = not future and _planned_before(head)
            occasion = _occasion_noun_day(head)
        nearest = planned or bool(_DUE_BEFORE.search(text[max(0, a - 20):a]) or regex(r"(?:by|until|till)\s", re.I).match(t)
                       or _DUE_AFTER.match(text[b:b + 20]))
        out.append(_Cand(a, b, t, max(si, 0), modifier, future, nearest, occasion))
    return out


_YEAR_JUST_BEFORE = re.compile(r"(?:19|20)\d\d ")
_MONTH_FIRST = re.compile(rf"{_MON}", re.I)


_OCCASION_MARKS = frozenset(load_event_words()["occasion_marks"])


def _occasion_noun_day(head) -> bool:
    """Whether a date (its root ``head``) is hung on a noun that is told as the occasion of its clause,
    after "after", "since", "before" … ("attacked a post on Monday, a week after an ambush on May 2")."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        noun = head.head.head
    elif head.dep_ in ("compound", "nmod", "poss") and head.head.pos_ == "NOUN":
        noun = head.head
    else:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_MARKS


_NAMED_FOR_DAYS = frozenset(load_event_words()["named_for_days"])
_MONTH_WORD = re.compile(rf"\b{_MON}\b", re.I)
_COUNTED_TAIL = re.compile(rf"(.*?\w)[,\s]+{_NUM}\s+(?:days?|weeks?)", re.I)
_AFTER = re.compile(r"\s+(?:after|before)\b", re.I)


def _is_future(tok) -> bool:
    verb = clause_verb(tok, limit=4)
    if _day_of_act_to_come(tok) and not _past(verb):
        return True  # "have arrested scores of activists ahead of planned demonstrations on Friday": the next
        # Friday (not "police dispersed Friday's planned rally", told in the past)
    # (the verb's children read from the Doc's arrays, not walked as Tokens: this runs for every date)
    lows, (_, deps, kids) = lower_words(verb.doc)[0], token_tree(verb.doc)
    below = kids[verb.i]
    if any(lows[k] in ("will", "shall", "'ll") for k in below):
        return True
    if _present_beside_will(verb):
        return True  # "we have a cabinet meeting on Monday, and we will decide": a plan, the coming Monday
    if any(lows[k] == "would" for k in below) and verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in _ANNOUNCING:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and verb.head.i < tok.i < subj.left_edge.i:
            return False  # "said on Monday it would treat them as foes": when it was said, before what it says
        return True  # "announced that they would protest on Tuesday": the next Tuesday
    if verb.lemma_.lower() not in _FUTURE_VERBS and (_past(verb) or verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return False  # "the two men killed early Friday were planning attacks": the killing is done
    # "is due to rule", "is expected to vote", "is scheduled for Thursday", "plans to meet"; not
    # "were planned for April", told after the fact (_planned_before)
    chain = _with_heads(verb, 2)
    return any(v.lemma_.lower() in _FUTURE_VERBS and not _past(v) for v in chain) or \
        (any(lows[k] == "to" and deps[k] == "aux" for k in below) and verb.head.lemma_ == "be")


def _present_beside_will(verb) -> bool:
    """Whether a clause told in the simple present, no auxiliary of its own, is joined by "and" to a
    clause told with "will" ("we have a meeting on Monday, and we will take decisions", "the talks
    open on Sunday and the leaders will sign …"): the present of a plan, its day yet to come."""
    if verb.tag_ not in ("VBP", "VBZ") or verb.pos_ != "VERB":
        return False
    doc = verb.doc
    _, deps, kids = token_tree(doc)  # (the children read from the Doc's arrays)
    if any(deps[k] in ("aux", "auxpass", "neg") for k in kids[verb.i]):
        return False
    if verb.lemma_.lower() in _ANNOUNCING or verb.lemma_.lower() in _SAYING_NOW:
        return False  # "says on Monday … and will": a saying told in the present is no plan
    pos, lows = coarse_tags(doc), lower_words(doc)[0]
    joined = [k for k in kids[verb.i] if deps[k] == "conj" and pos[k] in ("VERB", "AUX")]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        joined.append(verb.head.i)
    return any(any(deps[a] == "aux" and lows[a] in ("will", "shall", "'ll") for a in kids[v]) for v in joined)


_SAYING_NOW = frozenset({"say", "tell", "report", "claim", "confirm", "state"})
_PLAN_MARKS = load_event_words()["plan_marks"]
_AWAITING_WORDS = load_event_words()["awaiting"]


def _day_of_act_to_come(tok) -> bool:
    """A date that dates a noun act marked as to come: "planned demonstrations on Friday", "Friday's
    planned rally" (``plan_marks``), "ahead of a rally on Friday" (``awaiting``)."""
    if tok.dep_ == "poss" or tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
        owner = tok.head  # ("Friday's planned rally"; "on Friday" rooted at its preposition)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.i != tok.head.head.i:
        owner = tok.head.head
    else:
        return False
    if owner.pos_ != "NOUN":
        return False
    if any(ch.dep_ == "amod" and ch.lower_ in _PLAN_MARKS for ch in owner.children):
        return True
    return owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lower_ in _AWAITING_WORDS


def _planned_before(tok) -> bool:
    """A plan told in the past tense ("the vote was scheduled for April", "talks were planned for
    May"): the date is the nearest such day, before or after publication, not the next one."""
    verb = clause_verb(tok, limit=4)
    return any(v.lemma_.lower() in _FUTURE_VERBS and _past(v) for v in _with_heads(verb, 2))


def _with_heads(tok, n: int) -> list:
    """``[tok, *list(tok.ancestors)[:n]]``, climbed in the Doc's head array (no walk to the root)."""
    heads, doc = token_tree(tok.doc)[0], tok.doc
    out, i = [tok], tok.i
    while len(out) <= n and heads[i] != i:
        i = heads[i]
        out.append(doc[i])
    return out


def _past(verb) -> bool:
    _, deps, kids = token_tree(verb.doc)  # (the children read from the Doc's arrays)
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i \
            and not any(deps[k] in ("aux", "auxpass", "nsubj", "nsubjpass") for k in kids[verb.i]):
        verb = verb.head  # "gunmen killed 25 people and set their houses on fire": the tense of the first
        # verb, its subject and time shared (the parser's base form of "set" no present)
    if verb.tag_ == "VBD":
        return True
    lows = lower_words(verb.doc)[0]
    return verb.tag_ == "VBN" and any(
        deps[k] in ("aux", "auxpass") and lows[k] in ("was", "were", "had") for k in kids[verb.i])


# one vocabulary with the events stage (data/event_words.yaml): the verbs that announce, and those
# that tell a plan or an intention ("is due to", "is slated to", "vowed to")
_ANNOUNCING = load_event_words()["announcing"]
_FUTURE_VERBS = load_event_words()["intending"]


# quarters and halves of a year ("the first quarter of 2023", "the second half of next year", "Q3");
# not of anything else: a word after "half" other than "of" names what is halved ("the first half hour")
_PART_OF_YEAR = re.compile(r"\b(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(quarter|half)"
                           r"(?!\s+(?!of\b)[a-z])|q([1-4]))\b")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# words that make a date a deadline or a due day: its nearest occurrence, before or after publication
_DUE_BEFORE = re.compile(r"\b(?:by|until|till|payable|due(?:\s+on)?|deadline\s+of)\s*$", re.I)
_DUE_AFTER = re.compile(r"^\s*(?:deadline|ultimatum)\b", re.I)

_RELATIVE = re.compile(r"\b(later|afterwards|following|next|previous|same|after|before|earlier)\b", re.I)
_DEICTIC = re.compile(rf"\b(yesterday|today|tonight|tomorrow|overnight|last|this|past|ago|recent|weekend|{_DAY})\b", re.I)


# (a pure function of the text, asked again for the same words: "on Monday", "last week")
@functools.lru_cache(maxsize=4096)
def classify(t: str) -> str:
    s = t.lower()
    if regex(r"\b(after|before|aftermath\s+of)\s+(the|a|an|his|her|their|its)\b").search(s):
        return "anchored"
    if regex(rf"\b(?:last|next|this)\s+{_MON}").search(s) or _PART_OF_YEAR.search(s):
        return "absolute"  # "last April", "next May", "the first quarter", "the second half of next year"
    if regex(r"\b(?:19|20)\d\d\b").search(s) or regex(rf"\b{_MON}\s+\d|\d\s+(?:of\s+)?{_MON}").search(s):
        return "absolute"
    if regex(r"\b(tomorrow|next (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b").search(s) \
            and not regex(r"\bthe next\b").search(s):
        return "deictic"
    if regex(r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few )?(?:days|week)\b").search(s):
        return "deictic"
    if regex(rf"(?:earlier|later)\s+(?:on\s+)?{_DAY}\b").match(s):
        return "deictic"  # "earlier on Tuesday", "later Saturday": the day named, not a shift from the last time told
    if _RELATIVE.search(s) and not regex(r"\b(last|this)\s+(year|month|week)\b").search(s):
        return "anaphoric"
    if regex(rf"\b{_MON}\b").search(s) and not _DEICTIC.search(s.replace("last year", "").replace("this year", "")):
        return "absolute"
    if _DEICTIC.search(s):
        return "deictic"
    return "absolute"


def is_duration(t: str) -> bool:
    s = t.strip().lower()
    return bool(_DURATION_HEAD.match(s) or _VAGUE.match(s))


_STOP = frozenset("the a an of in on at to and after before his her their its this that".split())


def _anchor_time(cand: _Cand, doc, times: list[TimeExpr]) -> Interval | None:
    """The time of the earlier sentence that names what "N days after <X>" names."""
    m = regex(r"\b(?:after|before|aftermath\s+of)\s+(.*)$", re.I).search(cand.text)
    if not m:
        return None
    words = [w for w in regex(r"[A-Za-z][\w'-]+").findall(m[1]) if w.lower() not in _STOP]
    if not words:
        return None
    proper = [w for w in words if w[0].isupper()]
    keys = proper or words
    sents = list(sentences(doc))
    best = None
    for te in times:
        if te.sentence >= cand.sentence or not te.interval.known or te.kind == "duration":
            continue
        stext = span_text(sents[te.sentence])
        hits = sum(1 for w in keys if re.search(r"\b" + re.escape(w), stext, re.I))
        if hits and (best is None or hits > best[0]):
            best = (hits, te)
    return best[1].interval if best else None


def resolve(doc, published: dt.date | None, dateline: Span | None = None) -> tuple[PublicationDate, list[TimeExpr]]:
    """Entry point: every temporal expression of ``doc`` with its interval.

    A date in the report's dateline is its filing date: it dates the report, not an event.
    """
    cands = _candidates(doc)
    in_dateline = [c for c in cands if dateline and dateline.start <= c.start < dateline.end]
    cands = [c for c in cands if c not in in_dateline]
    if published is not None:
        pub = PublicationDate(published, inferred=False, confidence=1.0)
    else:
        pub = infer_published(doc, cands)
        filed = _dateline_date(in_dateline, pub)
        if filed is not None:
            pub = filed
    out = _resolve_all(doc, cands, pub.date)
    text = doc_text(doc)
    _overnight_before_said_day(doc, out, pub.date)
    for i, te in enumerate(out):
        if _PAGE_STAMP.search(text[max(0, te.span.start - 24):te.span.start]) or \
                _POST_STAMP.search(text[max(0, te.span.start - 40):te.span.start]) or _clock_stamp(text, te.span) or \
                _picture_day(text, te.span):
            # "Updated November 02, 2016": the page's, not the story's; "— Jane (@jane) August 10, 2022":
            # an embedded post's, the day it was posted; "September 18, 2010 02:22 am": the page's
            # stamp in the small hours (a story filed then tells the day before's news)
            out[i] = replace(te, dateline=True)
    for c in in_dateline:
        iv = Resolver(pub.date).absolute(c.text)
        out.append(TimeExpr(Span(c.start, c.end, c.text), iv or Interval.unknown(), "absolute",
                            c.sentence, dateline=True))
    out.sort(key=lambda t: t.span.start)
    return pub, out


# the verbs whose day a bare "overnight" in their sentence is the night before ("drones struck Odesa
# overnight, officials said on Wednesday": the night into Wednesday, not the night into the report's day)
_SAYING_VERBS = frozenset(load_event_words()["reporting"]) | frozenset(load_event_words()["quoting"]) | _ANNOUNCING


def _overnight_before_said_day(doc, out: list[TimeExpr], published: dt.date | None) -> None:
    """A bare "overnight" is the night before the day its sentence is told on: the day of a saying in
    the same sentence ("…, officials said on Wednesday"; "the governor said on Monday that drones had
    struck overnight"), or the day it is joined to ("overnight and on Wednesday"). Read against the
    publication day only when the sentence gives no such day."""
    if published is None:
        return
    text = doc_text(doc)
    for i, te in enumerate(out):
        if te.kind != "deictic" or te.span.text.lower() != "overnight" or te.dateline:
            continue
        day = None
        for other in out:
            if other is te or other.sentence != te.sentence or other.dateline or not other.interval.known \
                    or other.interval.precision != "day" or other.interval.start != other.interval.end \
                    or other.kind not in ("deictic", "absolute") or not published - dt.timedelta(days=7) \
                    <= other.interval.start <= published:
                continue
            between = text[te.span.end:other.span.start] if other.span.start > te.span.end else ""
            if regex(r",?\s+and\s+(?:on\s+|early\s+|late\s+)*").fullmatch(between):
                day = other.interval.start  # "overnight and on Wednesday"
                break
            span = words_at(doc, other.span.start, other.span.end)
            if span is None:
                continue
            verb = clause_verb(span.root)
            if verb.lemma_.lower() in _SAYING_VERBS:
                day = other.interval.start
                break
        if day is not None and day != te.interval.end:
            out[i] = replace(te, interval=day_interval(day - dt.timedelta(days=1), day), anchor=None)


_PAGE_STAMP = re.compile(r"\b(?:" + "|".join(sorted(load_event_words()["page_stamps"], key=len, reverse=True))
                         + r")\s*(?:on|at)?\s*:?\s*$", re.I)


# a page's time stamp in the small hours (before six): a dated line that gives the clock time with its
# day ("September 18, 2010 02:22 am", "2018-03-27 03:05:02", "4:15 am on 29 November 2018"), the date
# near its line's start (a sentence tells its time apart: "on October 11, at about 2:00"). A report filed
# then tells the day before's news: the stamp is the page's date, not the news's (a later hour's stamp
# is left to date the lead: its day is most often the news's)
# (exactly midnight, "00:00", is a page's way of giving no time at all)
_CLOCK_AFTER = re.compile(r"[,\s/|]{0,4}(?!00:00(?![:\d]))0?[0-5]:\d\d(?::\d\d)?(?![:\d])(?!\s*[pP]\.?[mM])")
_CLOCK_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?!00:00(?![:\d]))0?[0-5]:\d\d(?::\d\d)?[^\S\n]*(?:a\.?m\.?)?[^\S\n]+on[^\S\n]+$", re.I)


def _clock_stamp(text: str, span: Span) -> bool:
    if ":" not in text[span.end:span.end + 8] and ":" not in text[max(0, span.start - 16):span.start]:
        return False  # the quick gate: no clock beside the date
    line_start = text.rfind("\n", 0, span.start) + 1
    if _CLOCK_BEFORE.search(text[max(0, line_start - 1):span.start]):
        return True
    return span.start - line_start <= 24 and bool(regex(r"\d").search(span.text)) and \
        _CLOCK_AFTER.match(text, span.end) is not None


# the signature line of an embedded social-media post: "— Name (@handle) August 10, 2022"
_POST_STAMP = re.compile(r"\(@\w{1,30}\)\s*$")

# a caption's "In this June 15, 2012, file photo, …", "In this image taken on May 3, 2019, …": the
# picture's day (after "in this" and the picture's word, or before the word)
_PICTURE = "|".join(sorted(load_event_words()["picture_words"], key=len, reverse=True))
_PICTURE_BEFORE = re.compile(r"\bin this (?:[A-Z][a-z]+day,? )?\s*$|\bin this (?:" + _PICTURE + r")s?(?: \w+){0,2} (?:on|in)\s*$", re.I)
_PICTURE_AFTER = re.compile(r",?\s*(?:" + _PICTURE + r")s?\b", re.I)


def _picture_day(text: str, span: Span) -> bool:
    """Whether a date is the day a caption's picture was taken ("In this June 15, 2012, file photo")."""
    before = text[max(0, span.start - 40):span.start]
    if span.text[:5].lower() == "this ":
        before += span.text[:5]  # (the expression may begin with "this": "In [this June 15, 2012], file photo")
    return bool(_PICTURE_BEFORE.search(before) and (
        _PICTURE_AFTER.match(text, span.end, span.end + 30) or not before.rstrip().lower().endswith("in this")))


def _dateline_date(cands: list[_Cand], guess: PublicationDate) -> PublicationDate | None:
    """The filing date a dateline gives ("MOGADISHU, March 9 -"), its year from the content."""
    for c in cands:
        year_hint = guess.date or None
        iv = Resolver(year_hint).absolute(c.text) if year_hint else None
        if iv is None:
            iv = Resolver(dt.date.today()).absolute(c.text) if regex(r"\d{4}").search(c.text) else None
        if iv is not None and iv.precision == "day":
            if guess.date and iv.start < guess.date - dt.timedelta(days=1) and not regex(r"\d{4}").search(c.text):
                # the latest event is after this day: the dateline's year is the next one
                try:
                    iv = day_interval(iv.start.replace(year=iv.start.year + 1))
                except ValueError:
                    pass
            return PublicationDate(iv.start, inferred=True, confidence=0.9 if guess.date else 0.5,
                                   evidence=[Span(c.start, c.end, c.text)], reason="the report's dateline")
    return None


# an act told close after another ("in the aftermath of the raid", "shortly after the blast"): on its day
_CLOSE_AFTER = re.compile(r"(?:in\s+the\s+(?:immediate\s+)?aftermath\s+of|(?:immediately|shortly|soon|just)\s+after)\b", re.I)
# "earlier in the week", "later in the month": a part of the unit the story's time lies in
_IN_THE_UNIT = re.compile(r"\b(earlier|later) in the (week|month|year)\b")
_THAT_YEAR = re.compile(r",?\s*\b(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _told_as_clause(doc, c: _Cand) -> bool:
    """Whether the words after "after" or "aftermath of" tell a clause with a verb of its own ("shortly
    after the president was seized"), not name an act told before ("in the aftermath of the raid")."""
    span = words_at(doc, c.start, c.end)
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span[2:])


def _resolve_all(doc, cands: list[_Cand], published: dt.date | None) -> list[TimeExpr]:
    r = Resolver(published)
    out: list[TimeExpr] = []
    ref: Interval | None = None
    ref_sentence = -1
    for c in cands:
        span = Span(c.start, c.end, c.text)
        kind = classify(c.text)
        iv = None
        anchor = None
        if is_duration(c.text):
            out.append(TimeExpr(span, Interval.unknown(), "duration", c.sentence))
            continue
        that_year = _THAT_YEAR.search(c.text) or _THAT_YEAR.match(doc_text(doc), c.end) or \
            regex(r"(?:^|[.!?\n]\s*)That\s+$").search(doc_text(doc)[max(0, c.start - 8):c.start])  # "That August, …"
        if that_year and ref is not None and ref.known and ref.start and \
                regex(rf"(?:(?:on|in)\s+)?(?:the\s+)?(?:\d{{1,2}}\s+)?{_MON}\s*(?:\d{{1,2}}\s*)?", re.I).fullmatch(_THAT_YEAR.sub("", c.text)):
            # "On June 3 that year", "in March of the same year", "That August": the year the
            # narrative last told, not the one nearest the report
            iv = r.absolute(f"{_THAT_YEAR.sub('', c.text).strip()} {ref.start.year}")
            if iv is not None:
                out.append(TimeExpr(span, iv, "anaphoric", c.sentence, "previous time"))
                ref, ref_sentence = iv, c.sentence
                continue
        try:
            if kind == "anchored":
                base = _anchor_time(c, doc, out)
                if _CLOSE_AFTER.match(c.text) and _told_as_clause(doc, c):
                    base = None  # "shortly after its three men were killed": a clause's act, not one named before
                if base is not None and _CLOSE_AFTER.match(c.text):
                    iv = day_interval(base.start) if base.precision == "day" else base  # the anchor's own day
                    anchor = c.text
                elif base is not None:
                    iv = r.relative(regex(r"\b(after|before)\b.*$", re.I).sub(r"\1", c.text), base)
                    anchor = c.text
                    if iv is not None and published is not None and iv.start > published and not c.future:
                        # "the announcement comes one week after the attack in Deou", Deou named in a
                        # sentence dated by when a statement was posted: a day past the report's own
                        # for a thing told as done is an anchor misread, not a date
                        iv = None
                if iv is None:
                    kind = "unresolved"
            elif kind == "absolute":
                iv = r.absolute(c.text, c.future, nearest=c.nearest)
            elif kind == "deictic":
                iv = r.deictic(c.text, c.future) or r.absolute(c.text, c.future)
            elif kind == "anaphoric":
                iv = r.relative(c.text, ref if ref is not None and ref.known or published is None
                                or not _IN_THE_UNIT.search(c.text.lower()) else day_interval(published))
                # ("earlier in the week" with no time told before it: the week of the report)
                anchor = "previous time"
        except (OverflowError, ValueError):  # "in the year 0", ten thousand years on: off the calendar
            iv = None
        if iv is None:
            out.append(TimeExpr(span, Interval.unknown(), "unresolved", c.sentence))
            continue
        out.append(TimeExpr(span, iv, kind, c.sentence, anchor))
        if not c.modifier and not (c.occasion and ref_sentence == c.sentence):
            ref, ref_sentence = iv, c.sentence  # (an occasion's day beside the clause's own day: the
            # clause's day goes on, "attacked on Monday, a week after an ambush on May 2. The next day …")
    return out


def infer_published(doc, cands: list[_Cand]) -> PublicationDate:
    """Estimate when an undated article was written, from what it dates.

    The year: explicit years, pushed one on when the text speaks of "last year"
    (a text says "last year" of the year before its own). The day: the latest
    dated event the article narrates in the past.
    """
    years, yearless, evidence = [], [], []
    text = doc_text(doc).lower()
    for c in cands:
        for y in regex(r"\b((?:19|20)\d\d)\b").findall(c.text):
            years.append((int(y), c))
    if not years and not cands:
        return PublicationDate(None, inferred=True, confidence=0.0, reason="no dated expression")
    y_max = max((y for y, _ in years), default=None)
    last_year = regex(r"\blast year\b").search(text)
    this_year = regex(r"\bthis year\b").search(text)
    if y_max is None:
        return PublicationDate(None, inferred=True, confidence=0.0, reason="no year in the text")
    year = y_max + 1 if last_year and not this_year else y_max
    evidence.extend(Span(c.start, c.end, c.text) for y, c in years if y == y_max)
    if last_year:
        evidence.append(Span(last_year.start(), last_year.end(), doc_text(doc)[last_year.start():last_year.end()]))
    # the latest month-day the article dates, within the inferred year
    provisional = dt.date(year, 12, 31)
    r = Resolver(provisional)
    latest = None
    for c in cands:
        if classify(c.text) != "absolute" or c.future:
            continue
        iv = r.absolute(c.text)
        if iv and iv.precision == "day" and iv.start.year == year and (latest is None or iv.end > latest[0]):
            latest = (iv.end, c)
    if latest:
        evidence.append(Span(latest[1].start, latest[1].end, latest[1].text))
        date = latest[0]
        conf = 0.6
        reason = f"year {year} from explicit years{' and ‘last year’' if last_year else ''}; day from the latest dated event"
        if m := regex(r"\blast week\b").search(text):
            # a writer who says "last week" of something undated writes in a later week than
            # the one of the latest day they name: the earliest such day is the next Monday
            date = date + dt.timedelta(days=7 - date.weekday())
            evidence.append(Span(m.start(), m.end(), doc_text(doc)[m.start():m.end()]))
            reason += "; a week on, for ‘last week’"
            conf = 0.5
    else:
        # a year alone ("since a coup in 2021", "at war since 1991") is background, not the news:
        # the report is from that year or any later one, so "on Tuesday" cannot be placed
        return PublicationDate(None, inferred=True, confidence=0.0, evidence=evidence,
                               reason=f"no day-precise date; the latest year named is {y_max}")
    return PublicationDate(date, inferred=True, confidence=conf, evidence=evidence, reason=reason)
