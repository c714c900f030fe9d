"""The sitemap (opengov/sitemaps.py): the host it was asked on in every section, one entry
per language version with hreflang alternates, which objects it lists, files of bounded size,
and bounded queries."""

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, PageViewRestriction, Site

import pytest
from defusedxml import ElementTree as ET

from community.models import ChallengeArea, Commitment, Member, ReformerProfile
from opengov import alternates, sitemaps
from resources.models import Resource
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


# Pages: the site and its root paths (3, 1 once cached), the view restrictions, the first
# key of a file after the first, the file's pages, their translations. Records: the first key
# of a file after the first, the file's records.
SECTION_QUERIES = {
    "pages": 7,
    "challenge-areas": 2,
    "members": 2,
    "commitments": 2,
    "reformers": 2,
    "resources": 2,
}


def _grow(site, times=5):
    """More of everything, so that a query per object would show."""
    for _ in range(times):
        CommitmentFactory()
        ResourceFactory()
        ProfileFactory(visibility="public")
        translate(StoryPageFactory(parent=site.stories), "fr")


def _queries(client, url, django_assert_max_num_queries, limit) -> int:
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


@pytest.mark.parametrize("section", SECTIONS)
def test_a_section_takes_a_fixed_number_of_queries(
    client, site, section, django_assert_max_num_queries, monkeypatch
):
    # files of two objects, the first and the second (one more query: its first key), at two
    # sizes
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 6)
    urls = [f"/sitemap-{section}.xml", f"/sitemap-{section}.xml?p=2"]
    limit = SECTION_QUERIES[section]
    _grow(site)
    client.get(urls[0], HTTP_HOST=HOST)  # the site's root paths cached, as they are after
    small = [_queries(client, url, django_assert_max_num_queries, limit) for url in urls]
    _grow(site)
    large = [_queries(client, url, django_assert_max_num_queries, limit) for url in urls]
    assert small == large


def test_the_index_takes_a_fixed_number_of_queries(
    client, site, django_assert_max_num_queries, monkeypatch
):
    # the site, the view restrictions, one or two aggregates per section (COUNT and MAX
    # apart where each is read without a scan)
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 6)
    client.get("/sitemap.xml", HTTP_HOST=HOST)  # the site's root paths cached
    small = _queries(client, "/sitemap.xml", django_assert_max_num_queries, 10)
    _grow(site)
    assert _queries(client, "/sitemap.xml", django_assert_max_num_queries, 10) == small


def _all_files(client) -> dict[str, list[dict]]:
    """Every file the index lists, by section: [{location: alternates}, ...]."""
    index = _get(client, "/sitemap.xml")
    found = {section: [] for section in SECTIONS}
    for loc in index.findall("s:sitemap/s:loc", NS):
        path = loc.text.removeprefix(f"http://{HOST}")
        section = path.split("?")[0].removeprefix("/sitemap-").removesuffix(".xml")
        query = path[len(path.split("?")[0]) :]
        found[section].append(entries(client, section, query))
    return found


def test_the_files_of_a_section_are_its_entries_once_each(client, site, monkeypatch):
    _grow(site)
    whole = {section: entries(client, section) for section in SECTIONS}
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 6)
    for section, files in _all_files(client).items():
        # two objects a file: two pages (one address each), or two records (three each)
        objects = len(whole[section]) // (1 if section == "pages" else 3)
        assert len(files) == -(-objects // 2), section
        merged = {}
        for found in files:
            assert 0 < len(found) <= 6, section
            assert not set(found) & set(merged), section  # each address in one file
            merged |= found
        assert merged == whole[section], section


def test_addresses_are_those_the_models_give(client, site, rf):
    """The addresses are formatted from one reverse() per section (or site root): the same
    as each record's get_absolute_url() and each page's get_url(), in every language, also
    for a key reverse() has to quote or a converter might refuse."""
    ResourceFactory(slug="open_data_study")  # an underscore: the slow path
    ProfileFactory(slug="x" * 60, visibility="public")  # longer than the fast path takes
    StoryPageFactory(parent=site.stories, slug="caf\u00e9-d\u00e9bat")  # quoted
    origin = f"http://{HOST}"

    def expected(objects):
        found = {}
        for obj in objects:
            with translation.override(settings.LANGUAGE_CODE):
                versions = alternates.record_versions_at(obj.get_absolute_url())
            links = {code: origin + url for code, url in versions.alternates()}
            found |= {origin + url: links for url in versions.urls.values()}
        return found

    records = {
        "challenge-areas": ChallengeArea.objects.in_default_locale(),
        "members": Member.objects.all(),
        "commitments": Commitment.objects.all(),
        "reformers": ReformerProfile.objects.filter(slug__in=["ana-public", "x" * 60]),
        "resources": Resource.objects.all(),
    }
    for section, objects in records.items():
        assert entries(client, section) == expected(objects), section
    request = rf.get("/", HTTP_HOST=HOST)
    site_root = Site.find_for_request(request)
    pages = Page.objects.live().public().filter(alias_of__isnull=True).exclude(depth=1)
    listed = {
        origin + page.get_url(request)
        for page in pages
        if page.get_site() == site_root and page.get_url(request)
    }
    assert set(entries(client, "pages")) == listed
    assert f"{origin}/stories/caf%C3%A9-d%C3%A9bat/" in listed


def test_restricted_pages_are_not_listed(client, site):
    PageViewRestriction.objects.create(page=site.guide, restriction_type="login")
    found = entries(client, "pages")
    origin = f"http://{HOST}"
    assert not [loc for loc in found if loc.startswith(f"{origin}/guide/")]
    # nor as an alternate of its French version, which is public
    assert found[f"{origin}/fr/guide/"] == {} and found[f"{origin}/fr/guide/justice/"] == {}
    assert f"{origin}/stories/" in found
