"""Figures kept ready: each challenge area's counts (its hub's charts and lists, the areas
list), so that a page reads a few dozen rows instead of aggregating thousands of
commitments. Rows are derived data: `community.area_stats` computes them from the records
and `community.services.area_stats_refresh` rewrites an area's rows after any write that
changes them (queued by community.signals); an area without rows is computed live."""

from django.db import models

from .taxonomy import ChallengeArea


class ChallengeAreaCount(models.Model):
    """How many of an area's commitments fall under `key` of `facet` (e.g. status
    "completed"); the facets and their keys are `community.area_stats`'."""

    area = models.ForeignKey(ChallengeArea, on_delete=models.CASCADE, related_name="+")
    facet = models.CharField(max_length=20)
    key = models.CharField(max_length=60, blank=True)
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["area", "facet", "key"], name="area_count_unique")
        ]

    def __str__(self):
        return f"{self.area_id} {self.facet}:{self.key} = {self.count}"
