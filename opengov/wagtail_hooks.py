from django.urls import path
from django.utils.html import format_html

from wagtail import hooks
from wagtail.rich_text.pages import PageLinkHandler

from core import languages
from opengov.award_stories import story_start_view


class ReaderPageLinkHandler(PageLinkHandler):
    """A link to a page in rich text, at the reader's language prefix: the page's
    translation when there is one (as Wagtail's own handler does), else the original served
    in the reader's language (core.languages)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            format_html('<a href="{}">', languages.page_url(page.localized)) if page else "<a>"
            for page in cls.get_many(attrs_list)
        ]


# after Wagtail's own registration (order 0), which it replaces
@hooks.register("register_rich_text_features", order=1)
def reader_language_page_links(features):
    features.register_link_type(ReaderPageLinkHandler)


@hooks.register("register_admin_urls")
def award_story_urls():
    """Staff start a story from an award winner (opengov.award_stories: the project layer
    sees both apps)."""
    return [path("awards/story/<int:pk>/", story_start_view, name="awards_story_start")]
