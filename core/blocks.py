"""StreamField blocks shared across the site's page types."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), max_length=400)
    link = blocks.CharBlock(
        label=_("link"),
        max_length=200,
        help_text=_("A path on this site, such as /challenge-areas/, or a full web address."),
    )
    link_text = blocks.CharBlock(label=_("link text"), max_length=80)

    class Meta:
        icon = "link"
        template = "core/blocks/call_to_action.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )
    image = ImageBlock(label=_("image"))
    quote = blocks.BlockQuoteBlock(label=_("quote"))
    call_to_action = CallToActionBlock(label=_("call to action"))
