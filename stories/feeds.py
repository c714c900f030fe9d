"""RSS 2.0 and Atom feeds of stories, overall and per theme."""

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from community import labels
from community.models import Theme
from core import languages

FEED_SIZE = 30


class StoryRssFeed(Feed):
    def __init__(self, index_page, theme_slug=None):
        super().__init__()
        self.index_page = index_page
        self.theme = None
        if theme_slug is not None:
            self.theme = Theme.objects.in_default_locale().filter(slug=theme_slug).first()
            if self.theme is None:
                raise Http404("No such theme")

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.theme:
            return _("OpenStories: %(theme)s") % {"theme": labels.label(self.theme)}
        return _("OpenStories")

    def link(self):
        return languages.page_url(self.index_page, self.request)

    def description(self):
        return self.index_page.intro or _("Stories of open-government reforms and reformers.")

    def items(self):
        stories = self.index_page.stories()
        if self.theme:
            stories = stories.filter(themes=self.theme)
        return stories.select_related("owner")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        # Relative: the syndication framework prefixes the host the request came to. In the
        # feed's language, like the story index (a story not translated into it is the
        # original, served at that language's address with a notice).
        return languages.page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at or datetime.combine(item.date, time.min, tzinfo=UTC)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.author_name or None

    def item_guid(self, item):
        return f"story-{item.translation_key}-{item.locale_id}"

    item_guid_is_permalink = False


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
