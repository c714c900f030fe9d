"""The sitemap (opengov/sitemaps.py): the host it was asked on in every section, one entry
per language version with hreflang alternates, which objects it lists, files of bounded size,
and bounded queries."""

import pytest
from defusedxml import ElementTree as ET

from opengov import sitemaps
from tests import shared_data
from tests.community.factories import CommitmentFactory, ProfileFactory
from tests.opengov.site_data import site_build, translate
from tests.resources.factories import ResourceFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HOST = "opengov.example.org"
SECTIONS = ("pages", "challenge-areas", "members", "commitments", "reformers", "resources")


@pytest.fixture(scope="module")
def site_module(request, django_db_blocker):
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(site_build(shared_data.vocabulary()))


@pytest.fixture
def site(site_module, db, settings):
    settings.ALLOWED_HOSTS = [HOST, "testserver"]
    return site_module


def _get(client, url, **extra):
    response = client.get(url, HTTP_HOST=HOST, **extra)
    assert response.status_code == 200, url
    return ET.fromstring(response.content)


def entries(client, section, query="", **extra) -> dict[str, dict[str, str]]:
    """{location: {hreflang: href}} of one file of a section."""
    root = _get(client, f"/sitemap-{section}.xml{query}", **extra)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_the_index_and_every_section_name_the_host_they_were_asked_on(client, site):
    index = _get(client, "/sitemap.xml", secure=True)
    files = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert files == [f"https://{HOST}/sitemap-{section}.xml" for section in SECTIONS]
    for section in SECTIONS:
        found = entries(client, section, secure=True)
        assert found, section
        addresses = set(found) | {href for links in found.values() for href in links.values()}
        assert all(a.startswith(f"https://{HOST}/") for a in addresses), (section, addresses)


def test_pages_are_listed_in_each_language_they_are_translated_into(client, site):
    found = entries(client, "pages")
    origin = f"http://{HOST}"
    english, french = f"{origin}/stories/open-budgets/", f"{origin}/fr/stories/budgets-ouverts/"
    both = {"en": english, "fr": french, "x-default": english}
    assert found[english] == both and found[french] == both
    # the home page in three languages
    assert found[f"{origin}/"] == {
        "en": f"{origin}/",
        "fr": f"{origin}/fr/",
        "es": f"{origin}/es/",
        "x-default": f"{origin}/",
    }
    # untranslated: the original alone, no alternates; its aliases are not versions
    assert found[f"{origin}/stories/legal-aid/"] == {}
    assert f"{origin}/fr/stories/legal-aid/" not in found
    assert f"{origin}/es/stories/" not in found
    assert found[f"{origin}/stories/"] == {
        "en": f"{origin}/stories/",
        "fr": f"{origin}/fr/stories/",
        "x-default": f"{origin}/stories/",
    }
    # drafts are not listed in any language
    assert not [loc for loc in found if "a-draft" in loc]


def test_records_are_listed_in_every_language(client, site):
    origin = f"http://{HOST}"
    commitments = entries(client, "commitments")
    versions = {
        "en": f"{origin}/commitments/KE0001/",
        "fr": f"{origin}/fr/commitments/KE0001/",
        "es": f"{origin}/es/commitments/KE0001/",
    }
    assert set(commitments) == set(versions.values())
    assert commitments[versions["fr"]] == {**versions, "x-default": versions["en"]}
    areas = entries(client, "challenge-areas")
    assert f"{origin}/es/challenge-areas/anti-corruption/" in areas
    assert f"{origin}/members/{site.member.slug}/" in entries(client, "members")
    assert set(entries(client, "resources")) == {
        f"{origin}{prefix}/resources/open-budgets-study/" for prefix in ("", "/fr", "/es")
    }


def test_only_public_profiles_of_active_accounts_are_listed(client, site):
    listed = {loc.rstrip("/").rsplit("/", 1)[-1] for loc in entries(client, "reformers")}
    assert listed == {"ana-public"}  # not community-only, private or deactivated ones


def test_a_large_section_is_split_into_files_the_index_lists(client, site, monkeypatch):
    CommitmentFactory(public_id="KE0002")
    CommitmentFactory(public_id="KE0003")
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 6)  # two commitments in three languages
    index = _get(client, "/sitemap.xml")
    files = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    section = f"http://{HOST}/sitemap-commitments.xml"
    assert files.count(section) == 1 and f"{section}?p=2" in files
    assert f"{section}?p=3" not in files
    first, second = entries(client, "commitments"), entries(client, "commitments", "?p=2")
    assert len(first) == 6 and len(second) == 3
    assert not set(first) & set(second)
    assert client.get("/sitemap-commitments.xml?p=3", HTTP_HOST=HOST).status_code == 404


# Pages: the site and its root paths (3), view restrictions, count, groups, versions (4).
# Records: count, objects.
SECTION_QUERIES = {
    "pages": 7,
    "challenge-areas": 2,
    "members": 2,
    "commitments": 2,
    "reformers": 2,
    "resources": 2,
}


@pytest.mark.parametrize("section", SECTIONS)
def test_a_section_takes_a_fixed_number_of_queries(
    client, site, section, django_assert_max_num_queries
):
    # more of everything, so that a query per object would show
    for _ in range(5):
        CommitmentFactory()
        ResourceFactory()
        ProfileFactory(visibility="public")
        translate(StoryPageFactory(parent=site.stories), "fr")
    with django_assert_max_num_queries(SECTION_QUERIES[section]):
        response = client.get(f"/sitemap-{section}.xml", HTTP_HOST=HOST)
    assert response.status_code == 200


def test_the_index_takes_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    # per section: its latest change and its number of files; the site lookups, restrictions
    with django_assert_max_num_queries(2 * len(SECTIONS) + 4):
        assert client.get("/sitemap.xml", HTTP_HOST=HOST).status_code == 200
