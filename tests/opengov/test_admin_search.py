"""Wagtail's own admin search keeps working on every snippet listing, with records present."""

from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

import pytest

from tests.community.factories import CommitmentFactory, ProfileFactory
from tests.resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db


def listing_urls():
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        yield model._meta.label, viewset.get_url_name("list")


@pytest.fixture
def records():
    commitment = CommitmentFactory(title="Open contracting register", public_id="XX0042")
    ProfileFactory(display_name="Ana Contracting", organisation="Open Ministry")
    ResourceFactory(title="Contracting transparency and prices")
    return commitment


@pytest.mark.parametrize("query", ["contracting", "XX0042", 'a "quoted" (query) OR -x*', "é"])
def test_every_snippet_listing_searches_without_error(client, staff, records, query):
    client.force_login(staff)
    for label, url_name in listing_urls():
        response = client.get(reverse(url_name), {"q": query})
        assert response.status_code == 200, (label, query, response.status_code)


def test_commitment_found_by_title_and_by_public_id(client, staff, records):
    client.force_login(staff)
    url = reverse(records.snippet_viewset.get_url_name("list"))
    for query in ("contracting", "XX0042"):
        response = client.get(url, {"q": query})
        assert response.status_code == 200
        assert records.title in response.content.decode(), query


def test_listings_find_by_code_member_and_organisation(client, staff, records):
    from community.models import ActionPlan, Country, Member, ReformerProfile

    client.force_login(staff)
    plan = ActionPlan.objects.select_related("member__country").get(pk=records.action_plan_id)
    member, country = plan.member, plan.member.country
    cases = [
        (Country, country.iso3, country.name),
        (Member, member.code, member.name),
        (ActionPlan, member.name, plan.ogp_id),
        (ReformerProfile, "Open Minis", "Ana Contracting"),
    ]
    for model, query, shown in cases:
        assert query and shown, model
        url = reverse(model.snippet_viewset.get_url_name("list"))
        response = client.get(url, {"q": query})
        assert response.status_code == 200
        assert shown in response.content.decode(), (model.__name__, query)
