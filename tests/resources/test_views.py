import pytest
from pytest_django.asserts import assertContains, assertNotContains

from resources.models import Resource
from tests.resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(vocab):
    """Three papers in different areas, themes, kinds and years."""
    areas, themes = vocab["areas"], vocab["themes"]
    return {
        "portals": ResourceFactory(
            slug="portals", title="Who uses open data portals", year=2015,
            kind=Resource.Kind.JOURNAL_ARTICLE, authors=["Ada Okafor", "Bruno Lima"],
            challenge_areas=[areas["access-to-information"]],
            themes=[themes["access-to-information"], themes["digital-governance"]],
            categories=["Open Data"], places=["Kenya"], methodologies=["Survey"],
            url="https://example.org/papers/portals",
        ),
        "budgets": ResourceFactory(
            slug="budgets", title="Participatory budgets that last", year=2016,
            kind=Resource.Kind.RESEARCH_REPORT,
            challenge_areas=[areas["public-participation"], areas["fiscal-openness"]],
            themes=[themes["participation-inclusion"]],
            categories=["Participatory Budgeting"],
        ),
        "contracts": ResourceFactory(
            slug="contracts", title="Open contracting in emergencies", year=None,
            date_label="", kind=Resource.Kind.WHITE_PAPER,
            challenge_areas=[areas["anti-corruption"]], themes=[themes["anti-corruption"]],
            categories=["Open Contracting"],
        ),
    }  # fmt: skip


def test_the_list_shows_every_resource_newest_first(client, library):
    response = client.get("/resources/")
    assert response.status_code == 200
    titles = [r.title for r in response.context["page_obj"]]
    assert titles == [
        "Participatory budgets that last",
        "Who uses open data portals",
        "Open contracting in emergencies",  # no year: last
    ]
    assertContains(response, 'href="/resources/portals/"')
    assertContains(response, 'href="/challenge-areas/access-to-information/"')
    assertContains(response, "3 resources")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("area=access-to-information", {"portals"}),
        ("area=public-participation", {"budgets"}),
        ("theme=digital-governance", {"portals"}),
        ("kind=research_report", {"budgets"}),
        ("year=2015", {"portals"}),
        ("category=open-contracting", {"contracts"}),
        ("area=fiscal-openness&kind=research_report&year=2016", {"budgets"}),
        ("area=fiscal-openness&year=2015", set()),
        ("theme=anti-corruption&kind=white_paper", {"contracts"}),
    ],
)
def test_filters_combine(client, library, query, expected):
    response = client.get(f"/resources/?{query}")
    assert response.status_code == 200
    assert {r.slug for r in response.context["page_obj"]} == expected


def test_an_unknown_filter_value_is_reported_and_ignored(client, library):
    response = client.get("/resources/?area=atlantis&year=1066&kind=scroll")
    assert response.status_code == 200
    assertContains(response, "Some filters were not understood")
    assert len(response.context["page_obj"]) == 3


HOSTILE_VALUES = ["", "abc", "-1", "0", "99999999999999999999999", "1e9", "\x01",
                  "<script>alert(1)</script>", "' OR 1=1 --", "é" * 300, "a" * 10_000,
                  "[]"]  # fmt: skip


@pytest.mark.parametrize("param", ["page", "area", "theme", "kind", "year", "category"])
def test_every_parameter_survives_hostile_values(client, library, param):
    for value in HOSTILE_VALUES:
        response = client.get("/resources/", {param: value})
        assert response.status_code == 200, (param, value[:40])
        assertNotContains(response, "<script>alert(1)</script>")
    response = client.get("/resources/", {param: HOSTILE_VALUES[:4]})  # repeated parameter
    assert response.status_code == 200


@pytest.mark.parametrize(("page", "expected"), [("-1", 2), ("0", 2), ("999999", 2), ("2", 2),
                                                ("1", 1), ("x", 1)])  # fmt: skip
def test_out_of_range_pages_show_the_nearest_real_page(client, vocab, page, expected):
    ResourceFactory.create_batch(25)
    response = client.get(f"/resources/?page={page}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected
    assert len(response.context["page_obj"]) == (20 if expected == 1 else 5)


def test_the_detail_page_shows_the_paper_and_links_out(client, library):
    response = client.get("/resources/portals/")
    assert response.status_code == 200
    assertContains(response, "<h1>Who uses open data portals</h1>", html=True)
    assertContains(response, "Ada Okafor, Bruno Lima")
    assertContains(response, "2015")
    assertContains(response, "Journal article")
    assertContains(response, "Budgets published in a readable form")
    assertContains(response, 'href="https://example.org/papers/portals"')
    assertContains(response, 'href="/challenge-areas/access-to-information/"')
    assertContains(response, 'href="/resources/?theme=digital-governance"')
    assertContains(response, 'href="/resources/?category=open-data"')
    assertContains(response, "Kenya")
    assertContains(response, "Survey")


def test_a_paper_without_date_or_link_still_renders(client, library):
    response = client.get("/resources/contracts/")
    assert response.status_code == 200
    assertContains(response, "Date unknown")


def test_the_detail_page_is_translated(client, library):
    response = client.get("/fr/resources/portals/")
    assert response.status_code == 200
    assertContains(response, '<html lang="fr">')
    assertContains(response, "Accès à l&#x27;information")  # the area, in French
    assertContains(response, 'href="/fr/challenge-areas/access-to-information/"')


@pytest.mark.parametrize(
    "url", ["/resources/nobody/", "/resources/" + "x" * 300 + "/", "/resources/%F0%9F%92%A5/"]
)
def test_odd_addresses_are_404(client, db, url):
    assert client.get(url).status_code == 404


def test_the_navigation_links_to_research(client, db):
    response = client.get("/resources/")
    assertContains(response, '<a href="/resources/" aria-current="page">Research</a>', html=True)
