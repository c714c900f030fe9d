"""The search pages as readers use them: results, facets, sorting, pages, empty and no-result
states, hostile query strings, autocomplete, saved searches with their New marks and feed,
the dashboard's peers, evidence and related items on other apps' pages, and who may open
what."""

import copy
import html
import json
import re
import uuid
from urllib.parse import urlencode

import pytest
from defusedxml import ElementTree
from pytest_django.asserts import assertContains, assertNotContains

from community.permissions import editors_group_ensure
from search import services
from search.models import SavedSearch
from tests import shared_data
from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def get(client, path="/search/", **params):
    query = urlencode(params, doseq=True)
    response = client.get(f"{path}?{query}" if query else path)
    assert response.status_code == 200, response.status_code
    return response


def hit_keys(response) -> list[str]:
    return [hit.key for hit in response.context["results"].hits]


def text(response) -> str:
    return html.unescape(response.content.decode())


def section(response, start: str, end: str | None = None) -> str:
    """The page from the first `start` to the next `end` (or to the end)."""
    content = response.content.decode()
    begin = content.index(start)
    stop = content.index(end, begin) if end else len(content)
    return content[begin:stop]


# --- the search page -----------------------------------------------------------------------


def test_results_with_highlighted_matches(client, corpus):
    response = get(client, q="beneficial ownership")
    assert hit_keys(response)[0] == "commitment:KE0001"
    assertContains(response, "Beneficial ownership register")
    assertContains(response, "<mark>beneficial</mark>")
    assertContains(response, "6 results")


def test_highlights_never_let_html_through(client, vocab):
    CommitmentFactory(
        public_id="XS0001",
        title="<b>Script</b> registers",
        description='<script>alert("x")</script> Publish the registers <img src=x onerror=1> '
        "when 2 < 3 & 5 > 4.",
    )
    services.rebuild()
    response = get(client, q="register")
    content = response.content.decode()
    assert "<script>" not in content
    assert "<img src=x" not in content and "<b>Script</b>" not in content
    assert "&lt;b&gt;Script&lt;/b&gt; registers" in content  # the title, escaped
    assert "<mark>registers</mark>" in content


def test_facet_counts_are_shown(client, corpus):
    response = get(client, q="", area="anti-corruption", country="kenya")
    assertContains(response, "3 results")
    facets = section(response, 'class="facets"', "</aside>")
    assert re.search(r"Kenya <span class=\"count\">\(3\)</span>", facets)
    assert re.search(r"France <span class=\"count\">\(1\)</span>", facets)
    assert re.search(r"Justice <span class=\"count\">\(1\)</span>", facets)
    assert re.search(r"Commitment <span class=\"count\">\(2\)</span>", facets)
    # the active filters are ticked, and shown as chips that remove them
    assert 'value="kenya" id="f-country-1" checked' in facets
    chips = section(response, 'class="chips"', "</ul>")
    assert "Kenya" in chips and "Anti-corruption" in chips
    assert "?sort=date&amp;area=anti-corruption" in chips  # Kenya's chip keeps the area


def test_filters_combine(client, corpus):
    assert sorted(hit_keys(get(client, type="commitment", country="spain"))) == [
        "commitment:ES0001", "commitment:ES0002"]  # fmt: skip
    assert hit_keys(get(client, type="commitment", country="spain",
                        area="climate-environment")) == ["commitment:ES0002"]  # fmt: skip
    either = get(client, q="beneficial ownership", country=["kenya", "france"],
                 type="commitment")  # fmt: skip
    assert sorted(hit_keys(either)) == ["commitment:FR0001", "commitment:KE0001"]


def test_sort_by_date(client, corpus):
    response = get(client, q="beneficial ownership", sort="date")
    dated = [key for key in hit_keys(response) if key.startswith(("commitment:", "story:"))]
    assert dated == [corpus.key("story:owners"), "commitment:FR0001", "commitment:KE0001",
                     "commitment:ES0001"]  # fmt: skip
    assertContains(response, "<strong>date</strong>")
    assertContains(response, 'href="?q=beneficial+ownership&amp;sort=relevance"')


def test_pagination(client, corpus):
    first = get(client)
    assert first.context["search"].sort == "date"  # no query: newest first
    assert len(hit_keys(first)) == 10
    assertContains(first, "13 results")
    assertContains(first, "Page 1 of 2")
    assertContains(first, 'rel="next"')
    second = get(client, page=2)
    assert len(hit_keys(second)) == 3
    assertContains(second, "Page 2 of 2")
    assertContains(second, 'rel="prev"')
    assert not set(hit_keys(first)) & set(hit_keys(second))


def test_a_page_past_the_last_shows_the_last_page(client, corpus):
    last = get(client, page=2)
    response = get(client, page=99)
    assertContains(response, "There are only 2 pages of results.")
    assertContains(response, "Page 2 of 2")
    assertNotContains(response, "Page 99")
    assert hit_keys(response) == hit_keys(last)
    assert response.context["search"].page == 2


def test_challenge_areas_and_themes_say_which_is_which(client, corpus):
    page = text(get(client))
    area, theme = page.index('class="facet facet-area"'), page.index('class="facet facet-theme"')
    assert area < theme  # the partnership's challenge first, the broader subjects after
    assert "The partnership's priorities, which members commit to make progress in." in page
    assert "a theme may share its name with a challenge area and cover more" in page
    assert 'aria-describedby="facet-help-area"' in page
    assert 'id="facet-help-theme"' in page


def test_every_facet_is_displayed():
    from search.engines.base import FACETS
    from search.views import FACET_DISPLAY

    assert sorted(FACET_DISPLAY) == sorted(FACETS)


def test_an_empty_query_shows_suggestions(client, corpus):
    response = get(client)
    assertContains(response, "Try one of these:")
    assertContains(response, 'href="?q=beneficial%20ownership"')
    assertNotContains(response, "Nothing matches this search.")
    assertNotContains(response, "Save this search")


def test_a_search_with_no_result_says_what_to_try(client, corpus):
    response = get(client, q="zebra crossing")
    assertContains(response, "0 results")
    assertContains(response, "Nothing matches this search.")
    assertContains(response, "Use fewer or more general words, or a word in another language.")
    assertContains(response, 'href="/challenge-areas/"')
    assertNotContains(response, "Search again without the filters")

    filtered = get(client, q="climate", country="kenya")
    assertContains(filtered, "Nothing matches this search.")
    assertContains(filtered, 'href="?q=climate">Search again without the filters')


def test_a_corrected_typo_is_announced(client, corpus):
    response = get(client, q="register register benficial")
    assert hit_keys(response)[0] == "commitment:KE0001"
    assertContains(response, "Showing results for “register beneficial”.")


def test_a_french_reader_gets_the_french_translation_and_french_labels(client, corpus):
    response = get(client, "/fr/search/", q="Kenya")
    assert corpus.key("story:owners:fr") in hit_keys(response)
    assert corpus.key("story:owners") not in hit_keys(response)
    assertContains(response, "Lutte contre la corruption")  # the area's French name


def test_the_search_page_offers_to_save_a_search_only_to_signed_in_readers(
    client, corpus, reformer
):
    assertContains(get(client, q="ownership"), "Sign in to save this search")
    client.force_login(reformer)
    response = get(client, q="ownership", country="kenya")
    form = section(response, 'class="save-search', "</form>")
    assert 'name="country" value="kenya"' in form and 'name="q" value="ownership"' in form


# --- hostile query strings -----------------------------------------------------------------


@pytest.fixture(scope="module")
def small_module(request, django_db_blocker):
    """Three commitments: enough for every state of the page (built once for this module)."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        vocab = shared_data.vocabulary()
        for n, title in enumerate(["Beneficial ownership register", "Open contracting portal",
                                   "Legal aid clinics"]):  # fmt: skip
            CommitmentFactory(public_id=f"FZ000{n}", title=title,
                              challenge_areas=[vocab["areas"]["anti-corruption"]])  # fmt: skip
        services.rebuild()
        yield dataset.built()


@pytest.fixture
def small(small_module, db):
    pass


SHORTENED = "Your search was shortened to its first 500 characters."
NOT_UNDERSTOOD = "Some filters were not understood and were left out."
ONLY_PAGES = "There is only 1 page of results."

FUZZ = [
    # (query string parameters, a message the page must show, or None)
    ({"q": '"*()^:-NEAR AND OR'}, None),
    ({"q": 'title:"open" AND (data OR NOT portal)^2 NEAR/3 * -x'}, None),
    ({"q": "ownership*"}, None),
    ({"q": '"unbalanced'}, None),
    ({"q": "x" * 10_000}, SHORTENED),
    ({"q": "beneficial " * 1_000}, SHORTENED),
    ({"q": "ünïcödé 中文 العربية עברית 😀 \u200b\ufeff \u202e"}, None),
    ({"q": "<script>alert(1)</script>"}, None),
    ({"q": "%00%27;DROP TABLE search_evidencerecord;--"}, None),
    ({"q": ["ownership", "portal"]}, None),
    ({"page": "-1"}, None),
    ({"page": "0"}, None),
    ({"page": "abc"}, None),
    ({"page": ""}, None),
    ({"page": "1.5"}, None),
    ({"page": str(10**12)}, ONLY_PAGES),
    ({"page": "99", "q": "register"}, ONLY_PAGES),
    ({"colour": "red", "utm_source": "x"}, None),
    ({"country": "atlantis"}, None),
    ({"area": "x" * 5_000}, None),
    ({"theme": ["a", "b", "c"] * 20}, None),
    ({"language": "xx"}, NOT_UNDERSTOOD),
    ({"language": ["en", "xx"]}, NOT_UNDERSTOOD),
    ({"year": "abc"}, NOT_UNDERSTOOD),
    ({"year": "-5"}, NOT_UNDERSTOOD),
    ({"year": "99999"}, NOT_UNDERSTOOD),
    ({"type": "spaceship"}, NOT_UNDERSTOOD),
    ({"type": ["commitment", "commitment"], "year": ["2021", "2021"]}, None),
    ({"sort": "zzz"}, None),
    ({"sort": ["date", "relevance"]}, None),
    ({"saved": "abc"}, None),
    ({"saved": "999999"}, None),
    ({"q": "", "sort": "", "page": "", "type": "", "year": ""}, None),
]


@pytest.mark.parametrize(("params", "message"), FUZZ, ids=[str(i) for i in range(len(FUZZ))])
def test_no_query_string_breaks_the_page(client, small, params, message):
    response = get(client, **params)
    assertContains(response, "Search the evidence")
    assertContains(response, 'class="results"')
    if message:
        assertContains(response, message)


@pytest.mark.parametrize(("params", "message"), FUZZ[:12], ids=[str(i) for i in range(12)])
def test_no_query_string_breaks_the_page_for_a_signed_in_reader(
    client, small, reformer, params, message
):
    client.force_login(reformer)
    assert get(client, **params).status_code == 200


def test_a_long_query_is_kept_to_its_first_words(client, small):
    response = get(client, q="beneficial ownership " + "x" * 10_000)
    assert response.context["search"].query == "beneficial ownership"
    assert hit_keys(response)[0] == "commitment:FZ0000"


def test_unknown_filter_values_give_an_empty_result_not_an_error(client, small):
    response = get(client, country="atlantis")
    assertContains(response, "0 results")
    assertContains(response, "Search again without the filters")


# --- autocomplete --------------------------------------------------------------------------


def suggestions(client, prefix) -> list[dict]:
    response = client.get("/search/autocomplete/", {"q": prefix})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    payload = json.loads(response.content)
    assert list(payload) == ["results"]
    for item in payload["results"]:
        assert set(item) == {"label", "url", "kind"}
        assert all(isinstance(value, str) for value in item.values())
    return payload["results"]


@pytest.mark.parametrize("prefix", ["", "b", " ", "  k  "])
def test_autocomplete_needs_two_characters(client, corpus, prefix):
    assert suggestions(client, prefix) == []


def test_autocomplete_offers_titles_areas_and_countries(client, corpus):
    assert {"label": "Beneficial ownership register", "url": "/commitments/KE0001/",
            "kind": "commitment"} in suggestions(client, "benef")  # fmt: skip
    assert {"label": "Kenya", "url": "/search/?country=kenya", "kind": "country"} in (
        suggestions(client, "keny")
    )
    assert {"label": "Justice", "url": "/search/?area=justice", "kind": "area"} in (
        suggestions(client, "justi")
    )
    assert len(suggestions(client, "an")) <= 8


@pytest.mark.parametrize("prefix", ['"*()^:', "x" * 10_000, "中文", "%", "_", "' OR 1=1 --"])
def test_autocomplete_survives_any_prefix(client, corpus, prefix):
    assert isinstance(suggestions(client, prefix), list)


def test_autocomplete_in_french_names_areas_in_french(client, corpus):
    response = client.get("/fr/search/autocomplete/", {"q": "lutte"})
    labels = [item["label"] for item in json.loads(response.content)["results"]]
    assert "Lutte contre la corruption" in labels


# --- saved searches ------------------------------------------------------------------------


@pytest.fixture
def saved(corpus, reformer):
    return services.saved_search_create(
        user=reformer, name="Owners", query="beneficial ownership", filters={}
    )


@pytest.fixture
def others_saved(corpus, other_reformer):
    return services.saved_search_create(
        user=other_reformer, name="Not yours", query="climate", filters={}
    )


def test_anonymous_readers_are_sent_to_sign_in(client, saved):
    for method, url in [
        ("get", "/search/saved/"),
        ("post", "/search/saved/"),
        ("get", f"/search/saved/{saved.pk}/"),
        ("post", f"/search/saved/{saved.pk}/delete/"),
        ("get", "/dashboard/"),
    ]:
        response = getattr(client, method)(url, {"q": "x"} if method == "post" else None)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url
    assert SavedSearch.objects.count() == 1


def test_a_reformer_saves_a_search_with_its_filters(client, corpus, reformer):
    client.force_login(reformer)
    response = client.post(
        "/search/saved/",
        {"name": "Kenyan registers", "q": "register", "country": ["kenya"],
         "type": ["commitment", "spaceship"], "year": "abc"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == "/search/saved/"
    saved = SavedSearch.objects.get(user=reformer)
    assert saved.name == "Kenyan registers" and saved.query == "register"
    assert saved.filters == {"type": ["commitment"], "country": ["kenya"]}
    listing = client.get("/search/saved/")
    assertContains(listing, "Kenyan registers")
    assertContains(listing, "Search saved. New matches will be marked when you come back.")
    assertContains(listing, f'href="/search/saved/feed/{saved.feed_token}/"')

    opened = client.get(f"/search/saved/{saved.pk}/")
    assert opened.status_code == 302
    assert opened["Location"] == (
        f"/search/?q=register&type=commitment&country=kenya&saved={saved.pk}"
    )
    assert hit_keys(client.get(opened["Location"])) == ["commitment:KE0001"]


def test_a_search_saved_without_a_name_is_named_after_its_words(client, corpus, reformer):
    client.force_login(reformer)
    client.post("/search/saved/", {"name": "", "q": "open data"})
    assert SavedSearch.objects.get(user=reformer).name == "open data"


def test_a_search_past_the_limit_is_refused_with_a_way_back_to_it(client, corpus, reformer):
    for i in range(services.MAX_SAVED_SEARCHES):
        services.saved_search_create(user=reformer, name=f"s{i}", query=f"q{i}", filters={})
    client.force_login(reformer)
    response = client.post(
        "/search/saved/", {"name": "One more", "q": "open data", "type": ["commitment"]}
    )
    assert response.status_code == 400
    assertContains(response, "This search could not be saved", status_code=400)
    assertContains(response, f"already have {services.MAX_SAVED_SEARCHES} saved searches",
                   status_code=400)  # fmt: skip
    assert response.context["back_url"] == "/search/?q=open+data&type=commitment"
    assert SavedSearch.objects.filter(user=reformer).count() == services.MAX_SAVED_SEARCHES
    assert not SavedSearch.objects.filter(name="One more").exists()


@pytest.mark.parametrize(("field", "value"), [("name", "n" * 121), ("q", "word " * 200)])
def test_an_invalid_saved_search_is_refused_with_a_400(client, corpus, reformer, field, value):
    client.force_login(reformer)
    data = {"name": "Mine", "q": "open data", "region": "europe", field: value}
    response = client.post("/search/saved/", data)
    assert response.status_code == 400
    assertContains(response, "This search could not be saved", status_code=400)
    assert "region=europe" in response.context["back_url"]
    assert not SavedSearch.objects.filter(user=reformer).exists()


def test_another_users_saved_search_is_not_found(client, saved, others_saved, reformer):
    client.force_login(reformer)
    assert client.get(f"/search/saved/{others_saved.pk}/").status_code == 404
    assert client.post(f"/search/saved/{others_saved.pk}/delete/").status_code == 404
    assert SavedSearch.objects.filter(pk=others_saved.pk).exists()
    listing = client.get("/search/saved/")
    assertContains(listing, "Owners")
    assertNotContains(listing, "Not yours")
    # and the reader's own: deleted by POST only
    assert client.get(f"/search/saved/{saved.pk}/delete/").status_code == 405
    response = client.post(f"/search/saved/{saved.pk}/delete/")
    assert response.status_code == 302
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()


def test_new_matches_are_marked_new_once(client, saved, reformer, vocab,
                                         django_capture_on_commit_callbacks):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        CommitmentFactory(public_id="NW0001", title="Beneficial ownership of mining licences")
    client.force_login(reformer)
    assertContains(client.get("/search/saved/"), "1 new")

    first = get(client, q=saved.query, saved=saved.pk)
    assertContains(first, "Your saved search “Owners”")
    new = [hit.key for hit in first.context["results"].hits if hit.is_new]
    assert new == ["commitment:NW0001"]
    assertContains(first, '<span class="badge badge-new">New</span>', count=1)

    again = get(client, q=saved.query, saved=saved.pk)
    assert not any(hit.is_new for hit in again.context["results"].hits)
    assertNotContains(again, "badge-new")
    assertNotContains(client.get("/search/saved/"), "1 new")


def test_someone_elses_saved_search_marks_nothing(client, others_saved, reformer):
    client.force_login(reformer)
    response = get(client, q="climate", saved=others_saved.pk)
    assert response.context["saved"] is None
    assertNotContains(response, "Your saved search")
    others_saved.refresh_from_db()
    assert others_saved.last_seen_at is not None


def test_the_feed_is_valid_rss_with_the_matches(client, saved):
    response = client.get(f"/search/saved/feed/{saved.feed_token}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ElementTree.fromstring(response.content)
    assert rss.tag == "rss" and rss.attrib["version"] == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.find(required).text
    assert channel.find("title").text == "OpenGov Commons: Owners"
    items = channel.findall("item")
    titles = {item.find("title").text for item in items}
    assert {"Beneficial ownership register", "Registre des bénéficiaires effectifs",
            "Publish beneficial ownership data"} <= titles  # fmt: skip
    assert "Courts online" not in titles
    for item in items:
        assert item.find("link").text.startswith("http://testserver/")
        assert item.find("guid").text and item.find("pubDate").text
        assert "<script" not in (item.find("description").text or "")


def test_a_feed_with_an_unknown_token_is_not_found(client, saved):
    assert client.get(f"/search/saved/feed/{uuid.uuid4()}/").status_code == 404
    assert client.get("/search/saved/feed/not-a-token/").status_code == 404


# --- the dashboard -------------------------------------------------------------------------


def test_the_dashboard_suggests_peers_with_their_reasons(client, people, reformer, saved):
    client.force_login(reformer)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    assertContains(response, "Welcome, Vera Viewer")
    peers = section(response, 'id="peers-heading"', 'id="saved-heading"')
    for name in ("Carla Spain", "Ana France", "Ben Kenya", "Gus Brazil"):
        assert name in peers
    assert peers.index("Carla Spain") < peers.index("Ana France") < peers.index("Ben Kenya")
    assert "2 shared challenge areas: Anti-corruption, Justice" in peers
    assert "Their country has strong commitments in these areas" in peers
    assert "1 shared theme: Anti-corruption" in peers
    for never in ("Vera Viewer", "Dan Private", "Eve Opted-out", "Finn Inactive",
                  "Hana Unrelated"):  # fmt: skip
        assert never not in peers
    saved_section = section(response, 'id="saved-heading"')
    assert "Owners" in saved_section


def test_the_dashboard_without_areas_asks_for_them(client, vocab, reformer):
    ProfileFactory(user=reformer, display_name="New Person")
    client.force_login(reformer)
    response = client.get("/dashboard/")
    assertContains(response, "No suggestions yet: add the challenge areas and themes")
    assertContains(response, "Save a search to see its new matches here.")


def test_the_dashboard_without_a_profile_asks_for_one(client, vocab, reformer):
    client.force_login(reformer)
    response = client.get("/dashboard/")
    assert response.status_code == 302 and response["Location"] == "/profile/"


def test_the_dashboard_gathers_my_saved_self_assessments_with_their_next_steps(
    client, people, reformer, corpus
):
    from guide.models import SelfAssessment

    done = corpus.recommendations["Publish beneficial ownership data"]
    SelfAssessment.objects.create(user=reformer, chapter=corpus.chapter, done=[done.pk, 999999])
    client.force_login(reformer)
    response = client.get("/dashboard/")
    mine = section(response, 'id="assessments-heading"')
    assert f'href="{corpus.chapter.url}self-assessment/"' in mine
    assert "Anti-corruption" in mine
    # an id no longer in the chapter is not counted; the initial level is complete
    assert "1 of 2 recommendations done" in text(response)
    assert "next: 1 step at level “Intermediate" in text(response)  # its label may grow


def test_the_dashboard_leaves_out_self_assessments_of_unpublished_chapters(
    client, people, reformer, corpus
):
    from guide.models import SelfAssessment

    SelfAssessment.objects.create(user=reformer, chapter=corpus.chapter, done=[])
    corpus.chapter.unpublish()
    client.force_login(reformer)
    mine = section(client.get("/dashboard/"), 'id="assessments-heading"')
    assert "Anti-corruption" not in mine
    assert "Take a chapter's self-assessment" in mine


def test_the_dashboard_shows_new_stories_in_my_areas_newest_first(client, people, reformer, corpus):
    client.force_login(reformer)
    response = client.get("/dashboard/")
    stories = section(response, 'id="stories-heading"', 'id="assessments-heading"')
    # the viewer works on anti-corruption and justice: not on fiscal openness
    assert stories.index("How Kenya found the owners") < stories.index("Courts online")
    assert "Citizens shape the city budget" not in stories
    assert "/search/?type=story&amp;area=anti-corruption&amp;area=justice" in stories


def test_the_dashboard_without_areas_asks_for_them_for_stories_too(client, vocab, reformer):
    ProfileFactory(user=reformer, display_name="New Person")
    client.force_login(reformer)
    stories = section(client.get("/dashboard/"), 'id="stories-heading"', 'id="assessments')
    assert "Name the areas you work on in your profile" in stories


def test_the_dashboard_links_to_all_my_saved_searches_when_it_shows_only_some(
    client, people, reformer, corpus
):
    for n in range(7):
        services.saved_search_create(user=reformer, name=f"Search {n}", query=f"w{n}", filters={})
    client.force_login(reformer)
    saved = section(client.get("/dashboard/"), 'id="saved-heading"', 'id="stories-heading"')
    assert len(re.findall(r'href="/search/saved/\d+/"', saved)) == 5
    assert "All 7 saved searches" in saved


# --- evidence and related items on other pages ---------------------------------------------


def test_the_commitment_page_shows_evidence_for_it(client, corpus, people):
    response = client.get("/commitments/KE0001/")
    assert response.status_code == 200
    evidence = section(response, 'class="evidence-for"', "</section>")
    assert "Evidence for this commitment" in evidence
    assert "Publish beneficial ownership data" in evidence
    assert "How Kenya found the owners" in evidence
    assert 'href="/commitments/ES0001/"' in evidence  # another member's commitment
    assert 'href="/commitments/KE0001/"' not in evidence  # never itself
    assert 'href="/commitments/KE0002/"' not in evidence  # nor its own member's


def test_the_commitment_page_shows_reformers_working_on_it(client, corpus, people, reformer):
    peers = section(client.get("/commitments/KE0001/"), 'class="peers-block"', "</section>")
    assert "Ana France" in peers and "Ben Kenya" in peers
    assert "Carla Spain" not in peers  # members only
    assert "Dan Private" not in peers and "Eve Opted-out" not in peers
    client.force_login(people["carla"].user)
    peers = section(client.get("/commitments/KE0001/"), 'class="peers-block"', "</section>")
    assert "Vera Viewer" in peers  # a members-only profile, for a member
    assert "Carla Spain" not in peers  # never the viewer


def test_a_commitment_with_nothing_like_it_says_so(client, vocab):
    CommitmentFactory(public_id="LN0001", title="Zebra crossings census")
    services.rebuild()
    response = client.get("/commitments/LN0001/")
    assertContains(response, "No related evidence found yet.")
    assertContains(response, "No reformer has listed these challenge areas yet.")


def test_story_and_chapter_pages_show_related_items(client, corpus):
    story = client.get(corpus.stories["owners"].url)
    related = section(story, 'class="related"', "</section>")
    assert 'href="/commitments/KE0001/"' in related
    assert 'href="/guide/anti-corruption/#rec-' in related
    assert "How Kenya found the owners" not in related  # never itself
    assert "Comment le Kenya" not in related  # nor its translation

    chapter = client.get(corpus.chapter.url)
    related = section(chapter, 'class="related"', "</section>")
    assert related.count("<li") == 4
    assert 'href="/commitments/KE0001/"' in related
    assert 'href="/stories/kenya-owners/"' in related
    # its own recommendations are on the page already: the places go to other evidence
    assert "#rec-" not in related


def test_a_french_story_page_relates_french_records_first(client, corpus):
    story = client.get("/fr/stories/kenya-owners/")
    related = section(story, 'class="related"', "</section>")
    # and links to them in French, as every link of a French page
    assert related.index('href="/fr/commitments/FR0001/"') < related.index(
        'href="/fr/commitments/KE0001/"'
    )
    assert "/stories/kenya-owners/" not in related


# --- who may open what ---------------------------------------------------------------------

ROLES = ["anonymous", "reformer", "other reformer", "editor", "staff"]
ALLOWED, DENIED, NOT_FOUND, REDIRECT = "allowed", "denied", "not found", "redirect"
A, D, N, R = ALLOWED, DENIED, NOT_FOUND, REDIRECT


@pytest.fixture(scope="module")
def roles_module(request, django_db_blocker):
    """A small fixture for the matrix, built once for this module: the people of the root
    conftest (reformer, other_reformer, editor, staff), one commitment and one saved search."""
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        vocab = shared_data.vocabulary()
        reformer = UserFactory(email="reformer@example.org")
        other_reformer = UserFactory(email="other@example.org")
        editor = UserFactory(email="editor@example.org")
        editor.groups.add(editors_group_ensure())
        staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
        ProfileFactory(user=reformer, challenge_areas=[vocab["areas"]["justice"]])
        ProfileFactory(user=other_reformer)
        CommitmentFactory(public_id="KE0001", title="Beneficial ownership register",
                          challenge_areas=[vocab["areas"]["anti-corruption"]])  # fmt: skip
        services.rebuild()
        saved = services.saved_search_create(user=reformer, name="Mine", query="register",
                                             filters={})  # fmt: skip
        users = {"anonymous": None, "reformer": reformer, "other reformer": other_reformer,
                 "editor": editor, "staff": staff}  # fmt: skip
        yield dataset.built((users, saved))


@pytest.fixture
def roles(roles_module, db):
    return copy.deepcopy(roles_module)


# (method, url) -> outcome per role: anonymous, reformer (owns the saved search), other
# reformer, editor, staff. Saved searches are private to their owner, staff included.
MATRIX = {
    ("get", "/search/"): (A, A, A, A, A),
    ("get", "/search/?q=register&country=kenya"): (A, A, A, A, A),
    ("get", "/fr/search/?q=registre"): (A, A, A, A, A),
    ("get", "/search/autocomplete/?q=reg"): (A, A, A, A, A),
    ("get", "/search/saved/"): (D, A, A, A, A),
    ("post", "/search/saved/"): (D, R, R, R, R),
    ("get", "/search/saved/{pk}/"): (D, R, N, N, N),
    ("post", "/search/saved/{pk}/delete/"): (D, R, N, N, N),
    ("post", "/search/saved/{pk}/feed/rotate/"): (D, R, N, N, N),
    ("get", "/search/saved/999999/"): (D, N, N, N, N),
    ("get", "/search/saved/feed/{token}/"): (A, A, A, A, A),
    ("get", "/search/saved/feed/{random}/"): (N, N, N, N, N),
    ("get", "/dashboard/"): (D, A, A, R, R),  # editor and staff have no profile yet
    ("get", "/commitments/KE0001/"): (A, A, A, A, A),
}


def outcome(response):
    if response.status_code == 200:
        return ALLOWED
    if response.status_code == 404:
        return NOT_FOUND
    if response.status_code == 403:
        return DENIED
    if response.status_code == 302:
        return DENIED if "/accounts/login/" in response["Location"] else REDIRECT
    raise AssertionError(f"unexpected status {response.status_code}")


@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
@pytest.mark.parametrize("target", list(MATRIX), ids=[f"{m} {u}" for m, u in MATRIX])
def test_permission_matrix(client, roles, target, role_index):
    users, saved = roles
    role = ROLES[role_index]
    if users[role] is not None:
        client.force_login(users[role])
    method, url = target
    url = url.format(pk=saved.pk, token=saved.feed_token, random=uuid.uuid4())
    response = getattr(client, method)(url, {"q": "x"} if method == "post" else None)
    assert outcome(response) == MATRIX[target][role_index], f"{role} {method} {url}"
