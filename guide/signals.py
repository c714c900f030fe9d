"""A guide chapter published: the followers of its challenge areas and themes hear of the
update (guide.tasks), once the publication commits."""

from wagtail.signals import page_published

from core.outbox import enqueue

from .models import GuideChapterPage


def _chapter_published(sender, instance, revision=None, **kwargs):
    enqueue(
        "guide.tasks.chapter_published_notify",
        page_id=instance.pk,
        revision_id=revision.pk if revision is not None else None,
    )


page_published.connect(_chapter_published, sender=GuideChapterPage, dispatch_uid="guide-notify")
