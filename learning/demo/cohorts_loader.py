"""Demo cohorts (cohorts.yaml here; its header gives the schema): four cohorts in different
states, their sessions relative to the day of the load, and applications in every state,
made through the cohort services as applicants and facilitators would make them.

Each cohort is made open with its window, its applications are made and decided inside that
window, then the cohort is put in its state (running, completed, cancelled). A cohort whose
slug exists is left as it is, so running the load again changes nothing. The demo's
applicants are fictional: the e-mails their steps queued are dropped before the load commits.
Keys the file names but the database lacks (a person, a course, a region, an area, a theme)
stop the load with the file's name."""

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import ChallengeArea, Region, Theme
from core.demo import default_locale_rows, pick, read_yaml
from core.models import OutboxMessage
from learning import cohort_services
from learning.models import Cohort, CoursePage, Session

DEMO = Path(__file__).parent


def load_cohorts(path: Path = DEMO / "cohorts.yaml") -> str:
    rows = read_yaml(path)
    people = {u.email: u for u in get_user_model().objects.all()}
    courses = {c.slug: c for c in CoursePage.objects.filter(locale__language_code="en")}
    vocabulary = {
        "region": default_locale_rows(Region),
        "area": default_locale_rows(ChallengeArea),
        "theme": default_locale_rows(Theme),
    }
    made = applications = 0
    existing = set(Cohort.objects.values_list("slug", flat=True))
    for data in rows:
        if data["slug"] in existing:
            continue
        cohort = _cohort(data, people, courses, vocabulary, path)
        applications += _applications(cohort, data, people, path)
        _sessions(cohort, data)
        Cohort.objects.filter(pk=cohort.pk).update(state=data["state"])
        made += 1
    # fictional applicants: no e-mails to them (the rows go before the commit that sends)
    OutboxMessage.objects.filter(task=cohort_services.NOTIFY_TASK).delete()
    return f"{made} cohorts and {applications} applications created"


def _cohort(data, people, courses, vocabulary, path) -> Cohort:
    today = timezone.localdate(timezone=ZoneInfo(data["time_zone"]))
    opens, closes = data["window"]
    course = None
    if data.get("course"):
        (course,) = pick(courses, [data["course"]], what="course", source=path)
    region = None
    if data.get("region"):
        (region,) = pick(vocabulary["region"], [data["region"]], what="region", source=path)
    cohort = Cohort(
        title=data["title"],
        slug=data["slug"],
        kind=data["kind"],
        region=region,
        course=course,
        programme=data.get("programme", ""),
        description=data["description"],
        time_zone=data["time_zone"],
        applications_open_on=today + timedelta(days=opens),
        applications_close_on=today + timedelta(days=closes),
        capacity=data["capacity"],
        questions=data.get("questions", ""),
        state=Cohort.State.OPEN,
    )
    cohort.full_clean()
    cohort.save()
    cohort.facilitators.set(pick(people, data["facilitators"], what="person", source=path))
    cohort.challenge_areas.set(
        pick(vocabulary["area"], data.get("challenge_areas", []), what="area", source=path)
    )
    cohort.themes.set(pick(vocabulary["theme"], data.get("themes", []), what="theme", source=path))
    return cohort


def _applications(cohort: Cohort, data, people, path) -> int:
    """Apply and decide inside the cohort's window (its first day, noon where it is)."""
    during = datetime.combine(cohort.applications_open_on, time(12), cohort.zone)
    facilitator = cohort.facilitators.order_by("pk").first()
    rows = data.get("applications", [])
    for row in rows:
        (applicant,) = pick(people, [row["applicant"]], what="person", source=path)
        application = cohort_services.application_create(
            user=applicant,
            cohort=cohort,
            statement=row["statement"],
            answers=row.get("answers", []),
            language=row.get("language", "en"),
            now=during,
        )
        if row["state"] in ("accepted", "waitlisted", "declined"):
            cohort_services.application_decide(
                application=application,
                state=row["state"],
                message=row.get("message", ""),
                by=facilitator,
            )
        elif row["state"] == "withdrawn":
            cohort_services.application_withdraw(application=application, by=applicant)
    return len(rows)


def _sessions(cohort: Cohort, data) -> None:
    today = timezone.localdate(timezone=cohort.zone)
    for row in data.get("sessions", []):
        zone = ZoneInfo(row.get("time_zone", cohort.time_zone))
        hour, minute = (int(part) for part in row["at"].split(":"))
        day = today + timedelta(days=row["day"])
        Session.objects.create(
            cohort=cohort,
            title=row["title"],
            starts_at=datetime.combine(day, time(hour, minute), zone),
            time_zone=str(zone),
            duration_minutes=row["minutes"],
            place=row.get("place", ""),
            online_link=row.get("online_link", ""),
        )
