import datetime

from wagtail.models import Locale
from wagtail.rich_text import RichText

import pytest
from defusedxml import ElementTree as ET
from pytest_django.asserts import assertContains, assertNotContains

from community.services import country_ensure
from tests.community.factories import CommitmentFactory, ProfileFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_story_renders_every_kind_of_block(client, index, vocab):
    story = StoryPageFactory(
        parent=index,
        title="The register that found the owners",
        body=[
            ("heading", "What changed"),
            ("paragraph", RichText("<p>Companies now declare who <b>really</b> owns them.</p>")),
            ("quote", {"text": "We finally see who wins the contracts.", "attribution": "A clerk"}),
            ("key_figures", {"heading": "In numbers", "figures": [
                {"value": "12,400", "label": "companies declared"},
                {"value": "38%", "label": "of tenders screened"}]}),
            ("callout", {"title": "How it works", "text": RichText("<p>Search by name.</p>")}),
        ],
        challenge_areas=[vocab["areas"]["anti-corruption"]],
    )  # fmt: skip
    story.tags.add("beneficial ownership")
    story.save()
    response = client.get(story.url)
    assert response.status_code == 200
    for text in ("The register that found the owners", "<h2>What changed</h2>",
                 "<b>really</b>", "We finally see who wins the contracts.", "— A clerk",
                 "12,400", "companies declared", "How it works", "Search by name.",
                 "beneficial ownership", 'href="/challenge-areas/anti-corruption/"'):  # fmt: skip
        assertContains(response, text)


def test_featured_reformers_respect_profile_visibility(client, index):
    public = ProfileFactory(display_name="Ana Public", visibility="public")
    private = ProfileFactory(display_name="Cai Private", visibility="private")
    commitment = CommitmentFactory(title="Open procurement portal")
    story = StoryPageFactory(parent=index)
    story.reformers = [public, private]
    story.commitments = [commitment]
    story.save()
    response = client.get(story.url)
    assertContains(response, "Ana Public")
    assertNotContains(response, "Cai Private")
    assertContains(response, "Open procurement portal")


def test_index_filters_combine(client, index, vocab):
    kenya = country_ensure(iso3="KEN", name="Kenya", region=vocab["regions"]["africa-middle-east"])
    spain = country_ensure(iso3="ESP", name="Spain", region=vocab["regions"]["europe"])
    climate, justice = vocab["themes"]["climate"], vocab["themes"]["justice"]
    StoryPageFactory(
        parent=index,
        title="Kenya climate 2023",
        country=kenya,
        date=datetime.date(2023, 3, 1),
        themes=[climate],
    )
    StoryPageFactory(
        parent=index,
        title="Kenya justice 2024",
        country=kenya,
        date=datetime.date(2024, 3, 1),
        themes=[justice],
    )
    StoryPageFactory(parent=index, title="Spain climate 2024", country=spain,
                     date=datetime.date(2024, 6, 1), themes=[climate])  # fmt: skip

    def titles(query):
        response = client.get(f"{index.url}?{query}")
        assert response.status_code == 200
        return sorted(s.title for s in response.context["page_obj"])

    assert titles("") == ["Kenya climate 2023", "Kenya justice 2024", "Spain climate 2024"]
    assert titles("theme=climate") == ["Kenya climate 2023", "Spain climate 2024"]
    assert titles("theme=climate&year=2024") == ["Spain climate 2024"]
    assert titles("country=kenya&year=2024") == ["Kenya justice 2024"]
    assert titles("region=europe") == ["Spain climate 2024"]
    assert titles("region=europe&theme=justice") == []


@pytest.mark.parametrize(
    "query", ["year=abc", "year=-5", "year=99999", "theme=nope", "page=-1", "page=abc",
              "country=%01", "region=" + "x" * 5000],
)  # fmt: skip
def test_bad_filter_values_degrade_gracefully(client, index, query):
    StoryPageFactory(parent=index)
    assert client.get(f"{index.url}?{query}").status_code == 200


def test_unpublished_stories_are_not_listed_or_served(client, index):
    story = StoryPageFactory(parent=index, title="Withdrawn story")
    story.unpublish()
    assertNotContains(client.get(index.url), "Withdrawn story")
    assert client.get(f"{index.url}withdrawn/").status_code == 404


def _translate(page, code, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def test_listings_show_the_readers_language_with_a_fallback_to_the_original(client, index):
    from opengov.models import HomePage

    for code in ("fr", "es"):
        _translate(HomePage.objects.get(locale__language_code="en"), code)
        _translate(index, code)
    translated = StoryPageFactory(parent=index, title="Open budgets in Cali")
    _translate(translated, "fr", title="Des budgets ouverts à Cali")
    StoryPageFactory(parent=index, title="Legal aid by text message")

    french = client.get("/fr/stories/")
    titles = sorted(s.title for s in french.context["page_obj"])
    assert titles == ["Des budgets ouverts à Cali", "Legal aid by text message"]
    assertContains(french, 'lang="en"')  # the untranslated one is marked as English

    spanish = client.get("/es/stories/")
    assert sorted(s.title for s in spanish.context["page_obj"]) == [
        "Legal aid by text message", "Open budgets in Cali"]  # fmt: skip

    story = client.get(translated.url)
    # the switcher goes to the translation
    assertContains(story, 'href="/language/fr/?next=%2Ffr%2Fstories%2Fstory-')
    assert client.get("/fr/stories/" + translated.slug + "/").context["page"].title == (
        "Des budgets ouverts à Cali"
    )


def test_open_graph_and_twitter_metadata(client, index):
    story = StoryPageFactory(parent=index, title="A reform worth sharing",
                             intro="Short summary for social cards.")  # fmt: skip
    response = client.get(story.url)
    assertContains(response, '<meta property="og:title" content="A reform worth sharing">')
    assertContains(response, '<meta property="og:type" content="article">')
    assertContains(response, 'content="Short summary for social cards."')
    assertContains(response, '<meta name="twitter:card" content="summary">')


def test_stories_section_appears_in_the_navigation_once_published(client, db):
    assertNotContains(client.get("/members/"), ">Stories<")
    from tests.stories.factories import story_index

    story_index().save_revision().publish()  # as an editor publishes it
    assertContains(client.get("/members/"), 'href="/stories/"')


def _xml(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_rss_and_atom_feeds_are_valid_and_per_theme(client, index, vocab):
    climate = vocab["themes"]["climate"]
    StoryPageFactory(parent=index, title="Carbon budgets in the open", themes=[climate])
    StoryPageFactory(parent=index, title="Courts online")

    rss = _xml(client.get(f"{index.url}feed/rss/"))
    assert rss.tag == "rss" and rss.attrib["version"] == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.find(required).text
    items = channel.findall("item")
    assert {i.find("title").text for i in items} == {"Carbon budgets in the open", "Courts online"}
    for item in items:
        assert item.find("link").text.startswith("http://testserver/stories/")
        assert item.find("pubDate").text and item.find("guid").text

    atom_ns = "{http://www.w3.org/2005/Atom}"
    atom = _xml(client.get(f"{index.url}feed/atom/"))
    assert atom.tag == f"{atom_ns}feed"
    for required in ("title", "id", "updated"):
        assert atom.find(atom_ns + required).text
    entries = atom.findall(atom_ns + "entry")
    assert len(entries) == 2
    for entry in entries:
        assert entry.find(atom_ns + "id").text and entry.find(atom_ns + "updated").text
        assert entry.find(atom_ns + "link").attrib["href"].startswith("http://testserver/")

    themed = _xml(client.get(f"{index.url}feed/climate/rss/"))
    assert [i.find("title").text for i in themed.find("channel").findall("item")] == [
        "Carbon budgets in the open"]  # fmt: skip
    assert client.get(f"{index.url}feed/no-such-theme/rss/").status_code == 404


def test_story_index_queries_do_not_grow_with_stories(client, index, vocab,
                                                     django_assert_max_num_queries):  # fmt: skip
    def grow(n):
        for _ in range(n):
            StoryPageFactory(parent=index, themes=[vocab["themes"]["climate"]],
                             challenge_areas=[vocab["areas"]["justice"]])  # fmt: skip

    grow(3)
    # 19 then 15 measured (perf-queries: routing in two queries, the locale once per request)
    with django_assert_max_num_queries(19) as small:
        client.get(index.url)
    grow(10)
    with django_assert_max_num_queries(19) as large:
        assert client.get(index.url).status_code == 200
    assert len(large.captured_queries) <= len(small.captured_queries) + 1


def test_story_page_queries_are_bounded(client, index, vocab, django_assert_max_num_queries):
    story = StoryPageFactory(parent=index, challenge_areas=list(vocab["areas"].values())[:4])
    story.commitments = [CommitmentFactory() for _ in range(4)]
    story.reformers = [ProfileFactory() for _ in range(4)]
    story.save()
    with django_assert_max_num_queries(16):  # 16 measured, cold
        assert client.get(story.url).status_code == 200


def test_sitemap_lists_pages_in_every_language_and_the_records(client, index):
    from opengov.models import HomePage

    story = StoryPageFactory(parent=index, slug="sitemap-story")
    _translate(HomePage.objects.get(locale__language_code="en"), "fr")
    _translate(index, "fr")
    _translate(story, "fr")
    CommitmentFactory(public_id="KE0001")
    sections = client.get("/sitemap.xml")
    assert sections.status_code == 200
    pages = client.get("/sitemap-pages.xml").content.decode()
    assert "/stories/sitemap-story/" in pages
    assert "/fr/stories/sitemap-story/" in pages
    commitments = client.get("/sitemap-commitments.xml").content.decode()
    assert "/commitments/KE0001/" in commitments and "/fr/commitments/KE0001/" in commitments
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_the_list_filtered_by_a_theme_links_that_themes_feeds(client, index, vocab):
    climate = vocab["themes"]["climate"]
    StoryPageFactory(parent=index, title="Open climate finance", themes=[climate])
    head, body = client.get("/stories/?theme=climate").content.decode().split("</head>")
    feed = "/stories/feed/climate/rss/"
    assert (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="OpenStories: Climate and environment (RSS)" href="{feed}">'
    ) in head
    assert f'<a href="{feed}">RSS feed</a>' in body
    assert "/stories/feed/climate/atom/" in head and "/stories/feed/climate/atom/" in body
    assert "Open climate finance" in client.get(feed).content.decode()
    # no theme, or one that does not exist: the feeds of every story only
    for url in ("/stories/", "/stories/?theme=no-such-theme"):
        assert "/feed/climate/" not in client.get(url).content.decode()
        assert "/stories/feed/rss/" in client.get(url).content.decode()
