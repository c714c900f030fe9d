from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("name"), max_length=200)
    url = blocks.URLBlock(label=_("web address"))

    class Meta:
        icon = "link"
        template = "guide/blocks/link.html"
