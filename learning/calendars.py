"""Cohort sessions as iCalendar (RFC 5545), with the `icalendar` library: each session starts
in its own time zone (DTSTART;TZID=...), and the calendar carries a VTIMEZONE for every zone
it uses, so calendar applications show the right local time wherever the reader is."""

from datetime import UTC, datetime

from django.conf import settings

import icalendar

from core import languages


def sessions_calendar(sessions, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{settings.SITE_NAME}//Cohort sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = datetime.now(UTC)
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0] or "opengov"
    for session in sessions:
        event = icalendar.Event()
        event.add("uid", f"cohort-session-{session.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", session.local_start)
        event.add("dtend", session.local_end)
        event.add("summary", f"{session.title} · {session.cohort.title}")
        if session.place:
            event.add("location", session.place)
        elif session.online_link:
            event.add("location", session.online_link)
        if session.online_link:
            event.add("url", session.online_link)
        description = [
            session.description,
            languages.absolute_url(session.cohort.get_absolute_url()),
        ]
        event.add("description", "\n\n".join(part for part in description if part))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
