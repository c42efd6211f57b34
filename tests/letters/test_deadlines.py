"""Reply deadlines in Chinese working days and their .ics export."""

from __future__ import annotations

from datetime import date

import pytest
from faceledger.errors import InvalidValue
from faceledger.letters.deadlines import DueItem, add_working_days, calendar_years, to_ics, working_days_between


def test_national_day_2024_and_makeup_days():
    # 2024: 1-7 Oct off; Sun 29 Sep and Sat 12 Oct are working days (State Council arrangement)
    d = add_working_days(date(2024, 9, 27), 15)
    assert d.due == date(2024, 10, 23)
    assert d.calendar_known and d.warning is None
    assert add_working_days(date(2024, 9, 27), 1).due == date(2024, 9, 29)  # the make-up Sunday


def test_plain_weeks():
    assert add_working_days(date(2026, 11, 20), 15).due == date(2026, 12, 11)  # Fri + 3 weeks
    assert working_days_between(date(2026, 11, 20), date(2026, 12, 11)) == 15


def test_past_the_calendar_counts_weekdays_and_warns():
    _first, last = calendar_years()
    start = date(last, 12, 20)
    d = add_working_days(start, 15)
    assert not d.calendar_known
    assert d.due.year == last + 1 and d.due.weekday() < 5
    assert str(last) in d.warning.zh and str(last) in d.warning.en
    assert "holiday" in d.warning.en


@pytest.mark.parametrize("bad", [0, -3, 251, "15", 1.5, True])
def test_bad_day_counts_name_the_field(bad):
    with pytest.raises(InvalidValue) as e:
        add_working_days(date(2026, 1, 5), bad)
    assert e.value.field == "reply_days"


def test_ics_has_all_day_events_with_reminders():
    from icalendar import Calendar

    data = to_ics([DueItem(date(2026, 12, 11), "回复期限：某某健身（FL-1）", "deletion", "r1@faceledger"),
                   DueItem(date(2027, 1, 8), "reply due: bank")])
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [date(2026, 12, 11), date(2027, 1, 8)]
    assert str(events[0]["summary"]) == "回复期限：某某健身（FL-1）"
    assert str(events[0]["uid"]) == "r1@faceledger"
    assert events[1]["uid"]  # stable uid derived from the title
    assert to_ics([DueItem(date(2027, 1, 8), "reply due: bank")]).count(b"UID:") == 1
    alarms = list(events[0].walk("VALARM"))
    assert alarms and str(alarms[0]["action"]) == "DISPLAY"


def test_working_day_lookup_agrees_with_chinese_calendar():
    from datetime import timedelta

    import chinese_calendar
    from faceledger.letters.deadlines import is_working_day

    first, last = calendar_years()
    day = date(last - 2, 1, 1)
    while day.year <= last:
        assert is_working_day(day) == (chinese_calendar.is_workday(day), True), day
        day += timedelta(days=1)
    assert is_working_day(date(first - 1, 6, 2)) == (True, False)  # a Monday before the calendar
