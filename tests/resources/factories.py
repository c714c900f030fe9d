import factory
from factory.django import DjangoModelFactory

from resources.models import Resource


class ResourceFactory(DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    source_id = factory.Sequence(lambda n: f"{n:032x}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    title = factory.Sequence(lambda n: f"What open budgets changed: study {n}")
    abstract = "Budgets published in a readable form drew more questions from councillors."
    authors = factory.LazyFunction(lambda: ["Ada Okafor", "Bruno Lima"])
    year = 2016
    date_label = "2016"
    kind = Resource.Kind.JOURNAL_ARTICLE
    url = factory.Sequence(lambda n: f"https://example.org/papers/{n}")

    @factory.post_generation
    def challenge_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.challenge_areas.set(extracted)
            self.save()

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()
