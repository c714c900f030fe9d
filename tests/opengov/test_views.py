"""robots.txt and the site's icons."""

import io

from django.contrib.staticfiles import finders

import pytest
from defusedxml import ElementTree as ET
from PIL import Image

pytestmark = pytest.mark.django_db

PRIVATE = ("accounts/", "profile/", "search/saved/", "dashboard/")


def test_robots_txt_allows_the_public_site_and_points_to_the_sitemap(
    client, settings, django_assert_max_num_queries
):
    settings.ALLOWED_HOSTS = ["opengov.example.org"]
    with django_assert_max_num_queries(0):
        response = client.get("/robots.txt", HTTP_HOST="opengov.example.org", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")}
    # the private parts, in every language
    expected = {"/admin/"} | {f"{p}/{part}" for p in ("", "/fr", "/es") for part in PRIVATE}
    assert disallowed == expected
    assert "Sitemap: https://opengov.example.org/sitemap.xml" in lines
    assert client.post("/robots.txt", HTTP_HOST="opengov.example.org").status_code == 405


def test_the_favicon_is_served_at_the_root(client):
    # browsers and crawlers ask for /favicon.ico whatever the page links
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    icon = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO" and {(16, 16), (32, 32)} <= icon.info["sizes"]


ICONS = {"favicon-32.png": (32, 32), "apple-touch-icon.png": (180, 180)}


def test_every_page_links_the_icons_which_exist(client):
    head = client.get("/").content.decode().split("</head>")[0]
    for name in ("favicon.svg", *ICONS):
        assert f'href="/static/icons/{name}"' in head, name
    svg = ET.parse(finders.find("icons/favicon.svg")).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for name, size in ICONS.items():
        assert Image.open(finders.find(f"icons/{name}")).size == size
