"""The search read model: one evidence record per evidence-bearing object, and saved searches.

Records are projections (see projection.py), rebuilt from their source at any time; nothing
here is edited by hand. The database engine queries a full-text index over the `analysed_*`
columns (FTS5 on SQLite, a weighted tsvector on PostgreSQL; both created in migration 0002)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    COMMITMENT = "commitment", _("Commitment")
    RESEARCH = "research", _("Research")
    STORY = "story", _("Story")
    CHAPTER = "chapter", _("Guide chapter")
    RECOMMENDATION = "recommendation", _("Guide recommendation")
    COURSE = "course", _("Course")
    LESSON = "lesson", _("Lesson")
    AWARD = "award", _("Award winner")


class EvidenceRecord(models.Model):
    key = models.CharField(max_length=120, unique=True)  # "commitment:AL0002"
    kind = models.CharField(max_length=20, choices=Kind, db_index=True)
    owner = models.CharField(
        max_length=120, db_index=True, help_text="The source object: 'page:12', 'commitment:3'."
    )
    group = models.CharField(
        max_length=120, db_index=True, help_text="Translations of one thing share a group."
    )
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    language = models.CharField(max_length=8, db_index=True)
    themes = models.JSONField(default=list)  # theme slugs
    areas = models.JSONField(default=list)  # challenge-area slugs
    tags = models.JSONField(default=list)  # free tags: OGP policy areas, categories, story tags
    country = models.CharField(max_length=80, blank=True)  # country slug
    # a course's or lesson's level ("introductory"); NULL for the other kinds (a nullable
    # column is added without rebuilding the table, which would drop the FTS5 triggers)
    level = models.CharField(max_length=20, null=True, blank=True)
    region = models.CharField(max_length=80, blank=True)
    member = models.CharField(max_length=200, blank=True)  # member name, shown in results
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    quality = models.FloatField(default=0.0, help_text="0..1; IRM results for commitments.")
    starred = models.BooleanField(default=False)
    analysed_title = models.TextField(blank=True)
    analysed_tags = models.TextField(blank=True)
    analysed_summary = models.TextField(blank=True)
    analysed_body = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=64)  # hash of the projection; drift detection
    # the semantic retriever's vector (search/semantic.py: 384 float32, little-endian), set by
    # the indexing task after the text is saved; NULL until then, when the text changes, and
    # when SEARCH_SEMANTIC is off (nullable: SQLite adds it without rebuilding the table)
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    first_indexed_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("evidence record")
        verbose_name_plural = _("evidence records")
        # the database engine's table signature reads MAX(updated_at) every 30 s per process
        indexes = [models.Index(fields=["updated_at"], name="evidence_updated_idx")]

    def __str__(self):
        return self.key


class SavedSearch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=120)
    query = models.CharField(_("search words"), max_length=500, blank=True)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    feed_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name
