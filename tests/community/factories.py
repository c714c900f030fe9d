import factory
from factory.django import DjangoModelFactory

from community.models import (
    ActionPlan,
    ChallengeArea,
    Commitment,
    Country,
    Member,
    Milestone,
    ReformerProfile,
    Region,
    Theme,
    User,
)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("correct horse battery")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country

    name = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.Sequence(lambda n: f"country-{n}")
    iso3 = factory.Sequence(lambda n: f"Q{n:02d}"[-3:])
    region = factory.SubFactory(RegionFactory)


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


class ChallengeAreaFactory(DjangoModelFactory):
    class Meta:
        model = ChallengeArea

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")


class MemberFactory(DjangoModelFactory):
    class Meta:
        model = Member

    name = factory.Sequence(lambda n: f"Member {n}")
    slug = factory.Sequence(lambda n: f"member-{n}")
    code = factory.Sequence(lambda n: f"M{n:03d}")
    country = factory.SubFactory(CountryFactory)


class ActionPlanFactory(DjangoModelFactory):
    class Meta:
        model = ActionPlan

    ogp_id = factory.Sequence(lambda n: f"AP_T{n:04d}")
    member = factory.SubFactory(MemberFactory)
    number = 1
    start_year = 2021
    end_year = 2023


class CommitmentFactory(DjangoModelFactory):
    class Meta:
        model = Commitment
        skip_postgeneration_save = True

    public_id = factory.Sequence(lambda n: f"TS{n:04d}")
    action_plan = factory.SubFactory(ActionPlanFactory)
    title = factory.Sequence(lambda n: f"Open up public contracts, step {n}")
    description = "Publish every contract above a threshold in an open format."

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


class MilestoneFactory(DjangoModelFactory):
    class Meta:
        model = Milestone

    commitment = factory.SubFactory(CommitmentFactory)
    title = factory.Sequence(lambda n: f"Milestone {n}")


class ProfileFactory(DjangoModelFactory):
    class Meta:
        model = ReformerProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Reformer {n}")
    slug = factory.Sequence(lambda n: f"reformer-{n}")
    sector = ReformerProfile.Sector.GOVERNMENT
    visibility = ReformerProfile.Visibility.PUBLIC

    @factory.post_generation
    def challenge_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.challenge_areas.set(extracted)
