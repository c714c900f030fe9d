from django.core.management.base import BaseCommand
from django.db.models import Count, Max

from core import outbox
from core.models import OutboxMessage


class Command(BaseCommand):
    help = (
        "Send (or, with no broker, run) every outbox message that is due, then list what is "
        "still waiting, per task. Celery beat does the same every OUTBOX_DRAIN_INTERVAL."
    )

    def handle(self, *args, **options):
        result = outbox.drain()
        self.stdout.write(f"{result['due']} due, {result['sent']} sent")
        waiting = (
            OutboxMessage.objects.values("task")
            .annotate(count=Count("pk"), attempts=Max("attempts"))
            .order_by("task")
        )
        for row in waiting:
            self.stdout.write(
                f"  waiting: {row['task']}: {row['count']} (most attempts: {row['attempts']})"
            )
