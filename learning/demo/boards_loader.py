"""Demo cohort spaces (boards.yaml here; its header gives the schema): the cohorts to close,
then the boards' threads and replies, made through the services as the cohorts' members and
facilitators would. A board with threads is left as it is, and closing is idempotent, so
running the load again changes nothing. Keys the file names but the database lacks (a cohort,
a person) stop the load with the file's name."""

from pathlib import Path

from django.contrib.auth import get_user_model

from core.demo import pick, read_yaml
from learning import alumni_services, board_services
from learning.models import Alumnus, Cohort, Thread

DEMO = Path(__file__).parent


def load_boards(path: Path = DEMO / "boards.yaml") -> str:
    data = read_yaml(path)
    people = {u.email: u for u in get_user_model().objects.all()}
    cohorts = {c.slug: c for c in Cohort.objects.all()}
    for cohort in pick(cohorts, data.get("close", []), what="cohort", source=path):
        alumni_services.close_cohort(cohort=cohort, by=_moderator(cohort))
    threads = replies = 0
    for board in data.get("boards", []):
        (cohort,) = pick(cohorts, [board["cohort"]], what="cohort", source=path)
        if Thread.objects.filter(cohort=cohort).exists():
            continue
        moderator = _moderator(cohort)
        for row in board.get("threads", []):
            (author,) = pick(people, [row["author"]], what="person", source=path)
            thread = board_services.thread_create(
                cohort=cohort, author=author, title=row["title"], body=row["body"]
            )
            threads += 1
            if row.get("pinned"):
                board_services.thread_pin(thread=thread, pinned=True, by=moderator)
            if row.get("hidden"):
                board_services.post_hide(post=thread, hidden=True, by=moderator)
            for reply_row in row.get("replies", []):
                (replier,) = pick(people, [reply_row["author"]], what="person", source=path)
                reply = board_services.reply_create(
                    thread=thread, author=replier, body=reply_row["body"]
                )
                replies += 1
                if reply_row.get("hidden"):
                    board_services.post_hide(post=reply, hidden=True, by=moderator)
    alumni = Alumnus.objects.count()
    return f"{threads} threads and {replies} replies created; {alumni} alumni"


def _moderator(cohort: Cohort):
    return cohort.facilitators.order_by("pk").first()
