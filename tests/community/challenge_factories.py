"""Factories of the Open Gov Challenge (beside tests/community/factories.py)."""

import factory
from factory.django import DjangoModelFactory

from community.models import ChallengeSubmission, PointOfContact
from tests.community.factories import MemberFactory, UserFactory


class SubmissionFactory(DjangoModelFactory):
    class Meta:
        model = ChallengeSubmission
        skip_postgeneration_save = True

    member = factory.SubFactory(MemberFactory)
    title = factory.Sequence(lambda n: f"Open courts reform {n}")
    description = "Publish every court ruling within a week, in an open format."
    ambition = "No court of the country has ever published its rulings."
    lead_institution = "Supreme Court"
    submitted_by = factory.SubFactory(UserFactory)

    @factory.post_generation
    def commitments(self, create, extracted, **kwargs):
        if create and extracted:
            self.commitments.set(extracted)


def contact_of(member, **user_fields):
    """A new person, named a point of contact of `member`."""
    user = UserFactory(**user_fields)
    PointOfContact.objects.create(member=member, user=user)
    return user
