"""The site's name (settings.SITE_NAME) in page titles and social tags; the home page is
titled with the name alone."""

import re

import pytest

from tests.opengov.site_data import translate
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page

pytestmark = pytest.mark.django_db


def title(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


def test_the_home_title_is_the_site_name_once(client):
    translate(home_page(), "fr")
    assert title(client, "/") == "OpenGov Commons"
    assert title(client, "/fr/") == "OpenGov Commons"


def test_every_other_title_ends_with_the_site_name(client):
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page()), title="Open data")
    assert title(client, story.url) == "Open data · OpenGov Commons"
    assert title(client, "/commitments/") == "Commitments · OpenGov Commons"
    assert title(client, "/fr/commitments/") == "Engagements · OpenGov Commons"


def test_the_site_name_is_a_setting(client, settings):
    settings.SITE_NAME = "Commons Lab"
    assert title(client, "/") == "Commons Lab"
    assert title(client, "/members/") == "Members · Commons Lab"
    home = client.get("/").content.decode()
    assert '<meta property="og:site_name" content="Commons Lab">' in home
    assert '<meta property="og:title" content="Commons Lab">' in home
