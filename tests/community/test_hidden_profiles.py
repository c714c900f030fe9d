"""Hidden means hidden: a private or community-only profile betrays itself nowhere it may
not be seen (the directory's country filter, counts), and a deactivated account is gone from
every public surface (profile page, directory, figures, stories featuring it)."""

import pytest

from community.selectors import partnership_figures
from tests.community.factories import CountryFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def country_options(client) -> set[str]:
    """The slugs the directory's country filter offers."""
    import re

    html = client.get("/reformers/").content.decode()
    select = re.search(r'<select name="country"[^>]*>(.*?)</select>', html, re.S).group(1)
    return set(re.findall(r'<option value="([^"]+)"', select))


@pytest.fixture
def countries(db):
    made = {
        name: CountryFactory(name=name.title(), slug=name)
        for name in ("open", "community", "secret", "gone")
    }
    ProfileFactory(country=made["open"], visibility="public")
    ProfileFactory(country=made["community"], visibility="members")
    ProfileFactory(country=made["secret"], visibility="private")
    ProfileFactory(country=made["gone"], visibility="public", user=UserFactory(is_active=False))
    return made


def test_the_country_filter_offers_only_countries_of_profiles_a_visitor_may_see(client, countries):
    assert country_options(client) == {"open"}


def test_the_country_filter_offers_community_countries_to_the_signed_in(
    client, countries, reformer
):
    client.force_login(reformer)
    assert country_options(client) == {"open", "community"}


def test_a_private_profiles_country_is_not_offered_even_to_its_owner(client, countries):
    from community.models import ReformerProfile

    owner = ReformerProfile.objects.get(visibility="private").user
    client.force_login(owner)
    assert "secret" not in country_options(client)  # the directory never lists it


@pytest.fixture
def gone(db):
    return ProfileFactory(
        display_name="Gina Gone", visibility="public", user=UserFactory(is_active=False)
    )


def test_a_deactivated_accounts_profile_page_is_not_found(client, gone, reformer):
    assert client.get(gone.get_absolute_url()).status_code == 404
    client.force_login(reformer)
    assert client.get(gone.get_absolute_url()).status_code == 404


def test_a_deactivated_account_is_not_in_the_directory_or_the_figures(client, gone):
    ProfileFactory(display_name="Alma Active", visibility="public")
    html = client.get("/reformers/").content.decode()
    assert "Alma Active" in html
    assert "Gina Gone" not in html
    assert partnership_figures()["reformers"] == 1


def test_a_story_no_longer_features_a_deactivated_account(client, gone):
    from tests.stories.factories import StoryPageFactory, story_index

    story = StoryPageFactory(parent=story_index(), title="Contracts in the open")
    story.reformers = [gone]
    story.save()
    html = client.get(story.url).content.decode()
    assert client.get(story.url).status_code == 200
    assert "Gina Gone" not in html
    gone.user.is_active = True
    gone.user.save()
    assert "Gina Gone" in client.get(story.url).content.decode()


def test_staff_still_see_a_deactivated_accounts_profile(client, gone, staff):
    client.force_login(staff)
    assert client.get(gone.get_absolute_url()).status_code == 200
