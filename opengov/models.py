from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock


class HomePage(Page):
    """The front door: what the platform is, and the way into each part."""

    hero_heading = models.CharField(_("heading"), max_length=200)
    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from community import selectors

        context = super().get_context(request, *args, **kwargs)
        context["lead_areas"] = selectors.lead_challenge_areas()
        context["stats"] = selectors.partnership_figures()
        return context
