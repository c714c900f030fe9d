"""Canonical and hreflang links in the <head> of every page (opengov/alternates.py through the
`head_meta` tag of templates/base.html): Wagtail pages in the languages they are translated
into, records and lists in every language, query strings without tracking or paging noise."""

from html.parser import HTMLParser

import pytest

from core import languages
from tests import shared_data
from tests.community.factories import CommitmentFactory
from tests.opengov.site_data import site_build

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture(scope="module")
def site_module(request, django_db_blocker):
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(site_build(shared_data.vocabulary()))


@pytest.fixture
def site(site_module, db):
    return site_module


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.canonical, self.alternates, self.robots = [], {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "meta" and attrs.get("name") == "robots":
            self.robots = attrs["content"]


def head_links(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    head = response.content.decode().split("</head>")[0]
    links = _Links()
    links.feed(head)
    return links


def everywhere(path, query=""):
    """A record's or a list's versions: every language, English as x-default."""
    en, fr, es = (f"{ORIGIN}{prefix}{path}{query}" for prefix in ("", "/fr", "/es"))
    return {"en": en, "fr": fr, "es": es, "x-default": en}


def en_fr(english, french):
    return {"en": ORIGIN + english, "fr": ORIGIN + french, "x-default": ORIGIN + english}


def cases(site):
    """(address, canonical, alternates) for every kind of page."""
    story, story_fr = "/stories/open-budgets/", "/fr/stories/budgets-ouverts/"
    member = f"/members/{site.member.slug}/"
    return [
        # Wagtail pages: the languages they are translated into
        ("/", "/", everywhere("/")),
        ("/es/", "/es/", everywhere("/")),
        (story, story, en_fr(story, story_fr)),
        (story_fr, story_fr, en_fr(story, story_fr)),
        ("/stories/legal-aid/", "/stories/legal-aid/", {}),  # in one language: no alternates
        # an alias (not translated yet) sends search engines to the original
        ("/fr/stories/legal-aid/", "/stories/legal-aid/", {}),
        ("/es/stories/", "/stories/", {}),
        # a list: filters kept, tracking and empty parameters and page 1 dropped
        (
            "/stories/?utm_source=newsletter&theme=climate&area=&page=1",
            "/stories/?theme=climate",
            en_fr("/stories/?theme=climate", "/fr/stories/?theme=climate"),
        ),
        ("/guide/", "/guide/", en_fr("/guide/", "/fr/guide/")),
        # a routable page's route keeps its route in every language
        (
            "/fr/guide/justice/self-assessment/",
            "/fr/guide/justice/self-assessment/",
            en_fr("/guide/justice/self-assessment/", "/fr/guide/justice/self-assessment/"),
        ),
        ("/guide/report/", "/guide/report/", en_fr("/guide/report/", "/fr/guide/report/")),
        # records and lists: every language
        ("/commitments/KE0001/", "/commitments/KE0001/", everywhere("/commitments/KE0001/")),
        (
            "/fr/commitments/?theme=climate&fbclid=abc",
            "/fr/commitments/?theme=climate",
            everywhere("/commitments/", "?theme=climate"),
        ),
        ("/fr/commitments/?page=abc", "/fr/commitments/", everywhere("/commitments/")),
        ("/challenge-areas/", "/challenge-areas/", everywhere("/challenge-areas/")),
        (
            "/es/challenge-areas/anti-corruption/",
            "/es/challenge-areas/anti-corruption/",
            everywhere("/challenge-areas/anti-corruption/"),
        ),
        ("/members/", "/members/", everywhere("/members/")),
        (member, member, everywhere(member)),
        ("/reformers/", "/reformers/", everywhere("/reformers/")),
        ("/reformers/ana-public/", "/reformers/ana-public/", everywhere("/reformers/ana-public/")),
        ("/resources/", "/resources/", everywhere("/resources/")),
        (
            "/resources/open-budgets-study/",
            "/resources/open-budgets-study/",
            everywhere("/resources/open-budgets-study/"),
        ),
        ("/search/?q=contracts", "/search/?q=contracts", everywhere("/search/", "?q=contracts")),
        ("/accounts/login/?next=/profile/", "/accounts/login/", everywhere("/accounts/login/")),
    ]


def test_every_kind_of_page_has_its_canonical_and_hreflang_links(client, site):
    for url, canonical, alternates in cases(site):
        links = head_links(client, url)
        assert links.canonical == [ORIGIN + canonical], url
        assert links.alternates == alternates, url
        assert links.robots is None, url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/es/guide/", "/guide/"),
        ("/es/stories/open-budgets/", "/stories/open-budgets/"),
        # a routable page's route: the original's address with the same route
        ("/es/guide/justice/self-assessment/", "/guide/justice/self-assessment/"),
        ("/es/guide/report/?chapter=justice", "/guide/report/?chapter=justice"),
        # a French page read in the English interface
        ("/stories/budgets-ouverts/", "/fr/stories/budgets-ouverts/"),
    ],
)
def test_a_fallback_page_names_the_original_as_canonical(client, site, url, canonical):
    """A page the reader's language does not have is served in its original language at
    the reader's address (core.languages): that address is not a version of the page, so
    its canonical is the original's address and it names no alternates."""
    response = client.get(url)
    assert response.status_code == 200
    page = response.context["page"]
    reader = languages.split_language(url.split("?")[0])[0]
    assert page.locale.language_code != reader  # served from another language's tree
    links = head_links(client, url)
    assert links.canonical == [ORIGIN + canonical]
    assert links.alternates == {}


def test_each_page_of_a_list_is_its_own_canonical(client, site, monkeypatch):
    monkeypatch.setattr("community.views.COMMITMENTS_PER_PAGE", 1)
    CommitmentFactory()
    links = head_links(client, "/fr/commitments/?page=2&utm_medium=email")
    assert links.canonical == [f"{ORIGIN}/fr/commitments/?page=2"]
    assert links.alternates["es"] == f"{ORIGIN}/es/commitments/?page=2"


def test_a_missing_page_asks_not_to_be_indexed(client, site):
    links = head_links(client, "/fr/stories/no-such-story/", status=404)
    assert links.canonical == [] and links.alternates == {}
    assert links.robots == "noindex"
