"""A recommendation's step level, from a low baseline to new approaches."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    INITIAL = "initial", _("Initial: from a low baseline")
    INTERMEDIATE = "intermediate", _("Intermediate: the basics in place, to build on")
    ADVANCED = "advanced", _("Advanced: established good practice")
    INNOVATIVE = "innovative", _("Innovative: new approaches being tried")
