"""A story published: the followers of what it is about hear of it (stories.tasks), once the
publication commits."""

from wagtail.signals import page_published

from core.outbox import enqueue

from .models import StoryPage


def _story_published(sender, instance, **kwargs):
    enqueue("stories.tasks.story_published_notify", page_id=instance.pk)


page_published.connect(_story_published, sender=StoryPage, dispatch_uid="stories-notify")
