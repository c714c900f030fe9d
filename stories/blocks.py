"""The blocks a story body is made of."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock: the image with its alternative text, or marked as decorative
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), max_length=300, required=False)
    credit = blocks.CharBlock(label=_("credit"), max_length=120, required=False)

    class Meta:
        icon = "image"
        template = "stories/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"), max_length=800)
    attribution = blocks.CharBlock(label=_("who said it"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "stories/blocks/quote.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), max_length=30, help_text=_("e.g. 1,200 or 45%"))
    label = blocks.CharBlock(label=_("what it counts"), max_length=160)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("figures"))

    class Meta:
        icon = "table"
        template = "stories/blocks/key_figures.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "stories/blocks/callout.html"


class StoryBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        max_length=200,
        form_classname="title",
        template="stories/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("text"), features=["h3", "bold", "italic", "link", "ol", "ul", "blockquote"]
    )
    image = CaptionedImageBlock(label=_("image"))
    quote = QuoteBlock(label=_("quote"))
    video = EmbedBlock(
        label=_("video"),
        help_text=_("The address of a video page (YouTube, Vimeo...)."),
        template="stories/blocks/video.html",
    )
    key_figures = KeyFiguresBlock(label=_("key figures"))
    callout = CalloutBlock(label=_("call-out"))
