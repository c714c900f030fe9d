import datetime

from django.conf import settings

import factory
import wagtail_factories

from opengov.models import HomePage
from stories.models import StoryIndexPage, StoryPage


def home_page(language_code=None):
    return HomePage.objects.get(locale__language_code=language_code or settings.LANGUAGE_CODE)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "OpenStories"
    slug = "stories"
    intro = "Stories of reforms."


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"A story of reform {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    intro = "How a ministry opened its contracts."
    date = datetime.date(2024, 5, 1)
    author_name = "Nadia Editor"

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes = extracted
            self.save()

    @factory.post_generation
    def challenge_areas(self, create, extracted, **kwargs):
        if extracted:
            self.challenge_areas = extracted
            self.save()


def story_index():
    return StoryIndexPageFactory(parent=home_page())
