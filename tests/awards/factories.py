"""Award programmes for tests: pages made the way editors make them (categories and a
rubric inline), nominations made through the services where the rules matter."""

import datetime
import io
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from PIL import Image

from awards.models import (
    AwardCategory,
    AwardIndexPage,
    AwardProgrammePage,
    Nomination,
    RubricCriterion,
)
from tests.community.factories import CommitmentFactory, UserFactory
from tests.stories.factories import home_page

TODAY = datetime.date(2026, 3, 1)


class AwardIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AwardIndexPage

    title = "Awards"
    slug = "awards"
    intro = "The partnership's awards."


class AwardProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AwardProgrammePage

    title = factory.Sequence(lambda n: f"Open Gov Awards {n}")
    slug = factory.Sequence(lambda n: f"open-gov-awards-{n}")
    edition = "2026"
    description = "Recognising reforms that opened government."
    eligibility = "Commitments of members, and the reformers behind them."
    time_zone = "UTC"
    opens_on = datetime.date(2000, 1, 1)
    opens_time = datetime.time(0, 0)
    closes_on = datetime.date(2099, 12, 31)
    closes_time = datetime.time(23, 59)
    jury_closes_on = datetime.date(2100, 1, 31)
    jury_closes_time = datetime.time(23, 59)


def awards_index():
    existing = AwardIndexPage.objects.filter(locale__language_code="en").first()
    return existing or AwardIndexPageFactory(parent=home_page())


def programme_build(*, categories=("Reform of the year", "Reformer of the year"), criteria=2,
                    parent=None, **fields) -> AwardProgrammePage:  # fmt: skip
    """A live programme (open by default: 2000 to 2099) with categories and a rubric."""
    programme = AwardProgrammePageFactory(parent=parent or awards_index(), **fields)
    for number, name in enumerate(categories):
        AwardCategory.objects.create(
            programme=programme, name=name, description=f"About {name}.", sort_order=number
        )
    for number in range(criteria):
        RubricCriterion.objects.create(
            programme=programme,
            name=f"Criterion {number + 1}",
            weight=number + 1,
            sort_order=number,
            **{f"descriptor_{s}": f"Level {s} of criterion {number + 1}" for s in range(1, 6)},
        )
    return programme


class NominationFactory(DjangoModelFactory):
    """A submitted nomination of a commitment (bypassing the window: for fixtures)."""

    class Meta:
        model = Nomination

    programme = factory.LazyFunction(programme_build)
    category = factory.LazyAttribute(lambda o: o.programme.categories.first())
    nominator = factory.SubFactory(UserFactory)
    kind = Nomination.Kind.COMMITMENT
    commitment = factory.SubFactory(CommitmentFactory)
    title = factory.LazyAttribute(lambda o: o.commitment.title if o.commitment else "An idea")
    statement = "It opened the budget to every citizen."
    state = Nomination.State.SUBMITTED
    client_key = factory.LazyFunction(uuid.uuid4)


def png_upload(name="evidence.png", size=(8, 8)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf_upload(name="report.pdf") -> SimpleUploadedFile:
    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=200, height=200)
    writer.write(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def juror_seat(programme, user=None, **fields):
    """A seat on the programme's jury (a user with a profile by default)."""
    from awards.models import Juror
    from tests.community.factories import ProfileFactory

    if user is None:
        user = ProfileFactory().user
    return Juror.objects.create(programme=programme, user=user, **fields)


def eligible(nomination):
    nomination.state = Nomination.State.ELIGIBLE
    nomination.save(update_fields=["state"])
    return nomination
