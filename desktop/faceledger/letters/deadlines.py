"""Reply deadlines in Chinese working days, and their export as calendar (.ics) events.

No statute fixes a number of days for answering an individual's request (PIPL Arts. 45-46 say 及时;
law.md, "Deadlines for answering individuals' requests"). The deadline in a letter is the sender's own,
15 working days by default, counted here with the official holiday calendar of ``chinese-calendar``
(public holidays off, make-up working days 调休 on).

``chinese-calendar`` knows the years its release shipped with (2004-2026 for 1.11.0). For dates past
that, we count Monday to Friday only and say so in :attr:`Deadline.warning`: the due date may then
fall on a public holiday not yet announced.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from faceledger.errors import InvalidValue
from faceledger.text import Text

DEFAULT_WORKING_DAYS = 15
MAX_WORKING_DAYS = 250


@lru_cache(maxsize=1)
def calendar_years() -> tuple[int, int]:
    """First and last year the installed holiday calendar knows."""
    from chinese_calendar.constants import holidays

    years = [d.year for d in holidays]
    return min(years), max(years)


def is_working_day(day: date) -> tuple[bool, bool]:
    """(is a working day, answer comes from the official calendar)."""
    first, last = calendar_years()
    if first <= day.year <= last:
        # chinese_calendar.is_workday(day), without its per-call range check (this runs per counted day)
        from chinese_calendar.constants import holidays, workdays

        return (day in workdays) or (day.weekday() < 5 and day not in holidays), True
    return day.weekday() < 5, False


@dataclass(frozen=True)
class Deadline:
    start: date
    working_days: int
    due: date
    calendar_known: bool  # every day counted was in the official calendar
    warning: Text | None = None

    def to_dict(self) -> dict:
        return {"start": self.start.isoformat(), "working_days": self.working_days, "due": self.due.isoformat(),
                "calendar_known": self.calendar_known,
                "warning": self.warning.to_dict() if self.warning else None}


def add_working_days(start: date, working_days: int = DEFAULT_WORKING_DAYS) -> Deadline:
    """The ``working_days``-th working day after ``start`` (the start day itself is not counted)."""
    if isinstance(start, datetime):
        start = start.date()
    if not isinstance(working_days, int) or isinstance(working_days, bool) \
            or not 1 <= working_days <= MAX_WORKING_DAYS:
        raise InvalidValue(f"reply_days: {working_days!r} must be a whole number of working days "
                           f"from 1 to {MAX_WORKING_DAYS}.", field="reply_days",
                           zh=f"reply_days：{working_days!r} 必须是 1 到 {MAX_WORKING_DAYS} 之间的整数个工作日。")
    day, counted, known = start, 0, True
    while counted < working_days:
        day += timedelta(days=1)
        work, from_calendar = is_working_day(day)
        known = known and from_calendar
        if work:
            counted += 1
    warning = None
    if not known:
        first, last = calendar_years()
        warning = Text(
            zh=f"本程序内置的法定节假日日历只涵盖{first}年至{last}年；{last}年以后的日期只按周一至周五计算，"
               f"截止日 {day.isoformat()} 可能落在尚未公布的节假日，请核对国务院办公厅的放假安排。",
            en=f"The built-in public-holiday calendar covers {first} to {last} only; days after {last} are counted "
               f"Monday to Friday, so the due date {day.isoformat()} may fall on a holiday not yet announced. "
               "Check the State Council's holiday notice.")
    return Deadline(start, working_days, day, known, warning)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    n, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day)[0]:
            n += 1
    return n


@dataclass(frozen=True)
class DueItem:
    """One due date for the calendar: what was asked of whom, and by when."""

    due: date
    title: str
    description: str = ""
    uid: str | None = None


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_ics(items: Iterable[DueItem], *, reminder_days: int = 1) -> bytes:
    """An iCalendar file with one all-day event per due date (and a reminder ``reminder_days`` before)."""
    from icalendar import Alarm, Calendar, Event

    from faceledger import APP_NAME, __version__

    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in items:
        ev = Event()
        ev.add("uid", item.uid or f"{item.due.isoformat()}-{_digest(item.title)}@faceledger")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", item.due)
        ev.add("dtend", item.due + timedelta(days=1))
        ev.add("summary", item.title)
        if item.description:
            ev.add("description", item.description)
        ev.add("transp", "TRANSPARENT")
        if reminder_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.title)
            alarm.add("trigger", timedelta(days=-reminder_days))
            ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
