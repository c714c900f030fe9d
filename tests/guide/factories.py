import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from guide.models import GuideChapterPage, GuideIndexPage, Recommendation


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Open Gov Guide"
    slug = "guide"


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideChapterPage

    title = factory.Sequence(lambda n: f"Chapter {n}")
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    intro = "Why this policy area matters."


class RecommendationFactory(DjangoModelFactory):
    class Meta:
        model = Recommendation

    chapter = factory.SubFactory(GuideChapterPageFactory)
    title = factory.Sequence(lambda n: f"Recommendation {n}")
    level = "initial"
    description = "<p>Do this, then that.</p>"
