"""The blocks a lesson is made of.

A knowledge check's answers (`correct`) and per-option feedback are stored in the page like
any other block value, but no template of the site renders them: the check's own template
shows the questions and the options only, and the lesson renders its form through
`learning/includes/knowledge_check.html`, which receives the parsed questions without the
answers (`learning.grading.Check.public`). Grading is done on the server
(`learning.grading.grade`)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

SINGLE, MULTIPLE = "single", "multiple"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("a right answer"), required=False)
    feedback = blocks.TextBlock(
        label=_("feedback"),
        max_length=800,
        required=False,
        help_text=_("Shown to a learner who chose this option, after they submit."),
    )


class QuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("question"), max_length=600)
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[(SINGLE, _("One answer")), (MULTIPLE, _("Several answers"))],
        default=SINGLE,
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=8, label=_("options"))

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for option in value["options"] if option["correct"])
        if right == 0:
            message = _("Mark at least one option as a right answer.")
        elif value["kind"] == SINGLE and right > 1:
            message = _("A question with one answer has exactly one right option.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"options": ValidationError(message)})


class KnowledgeCheckBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, max_num=10, label=_("questions"))

    class Meta:
        icon = "tick-inverse"
        label = _("knowledge check")
        template = "learning/blocks/knowledge_check.html"


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("question to reflect on"), max_length=600)

    class Meta:
        icon = "help"
        template = "learning/blocks/reflection.html"


class TakeawaysBlock(blocks.StructBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=300), min_num=1, max_num=8, label=_("takeaways")
    )

    class Meta:
        icon = "list-ul"
        template = "learning/blocks/takeaways.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "learning/blocks/document.html"


class WorkedExamplesBlock(blocks.StructBlock):
    """Reforms that show the lesson at work: guide chapters, stories and commitments."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    guide = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="guide.GuideChapterPage"),
        label=_("guide chapters"),
        default=[],
    )
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="stories.StoryPage"), label=_("stories"), default=[]
    )
    commitments = blocks.ListBlock(
        SnippetChooserBlock("community.Commitment"), label=_("commitments"), default=[]
    )

    class Meta:
        icon = "link"
        template = "learning/blocks/worked_examples.html"


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]
    )
    image = ImageBlock(label=_("image"), template="learning/blocks/image.html")
    video = EmbedBlock(
        label=_("video"),
        help_text=_("The address of a video page (YouTube, Vimeo...)."),
        template="stories/blocks/video.html",
    )
    document = DocumentBlock(label=_("downloadable document"))
    reflection = ReflectionBlock(label=_("reflection prompt"))
    takeaways = TakeawaysBlock(label=_("key takeaways"))
    examples = WorkedExamplesBlock(label=_("worked examples"))
    knowledge_check = KnowledgeCheckBlock()
