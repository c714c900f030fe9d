"""The site in three languages, page by page: the switcher always lands on a page, a first
visit honours the browser's language and a choice is remembered, every internal link keeps
the reader's language, no English interface text shows on French and Spanish pages, and no
link of the site is broken.

One small site for the module (built once, rolled back at the end): home, story index and
guide in the three languages (the Spanish story index under another slug), a chapter
translated into French only and one not translated at all, stories in English only, with a
French translation, and one written in French alone; members, commitments, a reformer, a
research resource; a course catalogue translated into French, and a course partly translated
into French (the course, its first module and lesson; the second module and lesson copied
for translation but still drafts), in which the reformer is enrolled, with a certificate of
another course."""

import datetime
import re
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import parse_qs, urljoin, urlsplit

from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation import trans_real

from wagtail.models import Locale, Page

import pytest

from awards.models import AwardProgrammePage
from community.services import country_ensure
from core import languages
from opengov.models import HomePage
from tests import shared_data
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    ProfileFactory,
    UserFactory,
)
from tests.guide.factories import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    RecommendationFactory,
)
from tests.learning.factories import catalogue, course_build, lessons_of
from tests.resources.factories import ResourceFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory

LANGUAGES = ("en", "fr", "es")


def _translate(page, code, **fields):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def _courses(reformer, chapter, story) -> SimpleNamespace:
    """The catalogue in English and French; a course translated into French but for its
    second module and lesson (drafts), the reformer enrolled and past its first lesson; a
    finished course with its certificate."""
    from guide.models import SelfAssessment
    from learning import services as learning_services
    from learning.models import Enrolment

    index = catalogue()
    _translate(index, "fr", title="Apprendre")
    course = course_build(modules=2, lessons_per_module=1, checks=(), title="Open budgets 101")
    lessons = lessons_of(course)
    body = list(lessons[0].body.raw_data)
    body.append({"type": "examples", "id": "we-1",
                 "value": {"heading": "", "guide": [chapter.pk], "stories": [story.pk],
                           "commitments": []}})  # fmt: skip
    lessons[0].body = body
    lessons[0].save_revision().publish()
    _translate(course, "fr", title="Budgets ouverts 101")
    first_module = lessons[0].get_parent()
    _translate(first_module, "fr", title="Premier module")
    _translate(lessons[0], "fr", title="Première leçon")
    french = Locale.objects.get(language_code="fr")
    lessons[1].get_parent().copy_for_translation(french)  # drafts: not translated yet
    lessons[1].copy_for_translation(french)
    user = reformer.user
    enrolment = learning_services.enrolment_create(user=user, course=course)
    learning_services.lesson_complete(enrolment=enrolment, lesson=lessons[0])
    finished = course_build(modules=1, lessons_per_module=1, checks=(), title="Basics")
    done = Enrolment.objects.create(user=user, course=finished)
    certificate = learning_services.certificate_issue(enrolment=done)
    SelfAssessment.objects.create(user=user, chapter=chapter, done=[])
    return SimpleNamespace(
        index=index, course=course, lessons=lessons, module=first_module, certificate=certificate
    )


def _awards() -> SimpleNamespace:
    """The awards index in the three languages; an open programme translated into French (not
    Spanish), and a past one in English only."""
    from tests.awards.factories import awards_index, programme_build

    index = awards_index()
    _translate(index, "fr", title="Prix")
    _translate(index, "es", title="Premios")
    open_programme = programme_build(title="Open Justice Awards", slug="open-justice-awards")
    _translate(open_programme, "fr", title="Prix de la justice ouverte")
    past = programme_build(
        title="Budget Awards", slug="budget-awards", closes_on=datetime.date(2020, 1, 31),
        jury_closes_on=datetime.date(2020, 3, 1),
    )  # fmt: skip
    return SimpleNamespace(index=index, open=open_programme, past=past)


def _challenge(member, area, commitment):
    """An accepted Open Gov Challenge reform of Bogotá in Justice: on the hub (with its
    charts) and the member's page, and its submission pages for staff."""
    from tests.community.challenge_factories import SubmissionFactory

    return SubmissionFactory(
        member=member, challenge_area=area, state="accepted", title="Open court hearings",
        commitments=[commitment], reviewed_at=datetime.datetime(2025, 5, 1, tzinfo=datetime.UTC),
    )  # fmt: skip


def _build():
    from search import services as search_services

    vocab = shared_data.vocabulary()
    africa, americas = vocab["regions"]["africa-middle-east"], vocab["regions"]["americas"]
    justice, corruption = vocab["areas"]["justice"], vocab["areas"]["anti-corruption"]
    theme = vocab["themes"]["justice"]
    ivory = country_ensure(iso3="CIV", name="Côte d'Ivoire", region=africa)
    kenya = country_ensure(iso3="KEN", name="Kenya", region=africa)
    colombia = country_ensure(iso3="COL", name="Colombia", region=americas)
    members = [
        MemberFactory(name="Kenya", slug="kenya", code="KEN", country=kenya),
        MemberFactory(name="Côte d'Ivoire", slug="cote-divoire", code="CIV", country=ivory),
        MemberFactory(
            name="Bogotá, Colombia", slug="bogota", code="COBO", kind="local", country=colombia
        ),
    ]
    commitments = [
        CommitmentFactory(
            action_plan=ActionPlanFactory(member=member),
            title=f"Open court records in {member.name}",
            challenge_areas=[justice, corruption],
            themes=[theme],
        )
        for member in members
    ]
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    for code in ("fr", "es"):
        _translate(home, code, title=f"Home {code}")
    stories = StoryIndexPageFactory(parent=home)
    _translate(stories, "fr", title="Récits")
    _translate(stories, "es", title="Historias", slug="historias")
    guide = GuideIndexPageFactory(parent=home)
    for code in ("fr", "es"):
        _translate(guide, code, title=f"Guide {code}")
    translated_chapter = GuideChapterPageFactory(
        parent=guide, slug="anti-corruption", title="Anti-corruption"
    )
    translated_chapter.challenge_areas = [corruption]
    translated_chapter.save_revision().publish()
    RecommendationFactory(chapter=translated_chapter, title="Publish who owns companies")
    _translate(translated_chapter, "fr", title="Lutte contre la corruption")
    chapter = GuideChapterPageFactory(parent=guide, slug="justice", title="Justice for all")
    chapter.challenge_areas = [justice]
    chapter.save_revision().publish()
    RecommendationFactory(chapter=chapter, title="Open the court registers", level="initial")
    RecommendationFactory(chapter=chapter, title="Mediation by text", level="intermediate")
    english_story = StoryPageFactory(
        parent=stories, slug="legal-aid", title="Legal aid by text message", themes=[theme],
        challenge_areas=[justice],
    )  # fmt: skip
    english_story.member = members[0]
    english_story.commitments = [commitments[0]]
    english_story.save_revision().publish()
    translated_story = StoryPageFactory(
        parent=stories, slug="open-budgets", title="Open budgets in Cali",
        challenge_areas=[justice],
    )  # fmt: skip
    _translate(translated_story, "fr", title="Des budgets ouverts à Cali")
    french_stories = stories.get_translation(Locale.objects.get(language_code="fr"))
    french_only = StoryPageFactory(
        parent=french_stories, slug="cliniques-juridiques", title="Des cliniques juridiques",
        challenge_areas=[justice],
    )  # fmt: skip
    reformer = ProfileFactory(
        user=UserFactory(email="amara@example.org"),
        display_name="Amara Okafor",
        visibility="public",
        country=ivory,
        challenge_areas=[justice],
    )
    resource = ResourceFactory(challenge_areas=[justice], title="Courts and open data")
    resource.categories.add("Open Data")
    resource.save()
    learning = _courses(reformer, chapter, english_story)
    awards = _awards()
    challenge = _challenge(members[2], justice, commitments[2])
    search_services.rebuild()
    return SimpleNamespace(
        vocab=vocab,
        challenge=challenge,
        members=members,
        commitments=commitments,
        stories=stories,
        guide=guide,
        chapter=chapter,
        translated_chapter=translated_chapter,
        english_story=english_story,
        translated_story=translated_story,
        french_only=french_only,
        reformer=reformer,
        resource=resource,
        learning=learning,
        awards=awards,
    )


@pytest.fixture(scope="module")
def site_module(request, django_db_blocker):
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_build())


@pytest.fixture
def site(site_module, db):
    return site_module


# --- reading pages -------------------------------------------------------------------------


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class _Page(HTMLParser):
    """Links, the switcher's links and the text nodes of a page (less scripts, styles and
    search snippets, which are content cut at the query's words)."""

    def __init__(self):
        super().__init__()
        self.links, self.switcher, self.texts = [], [], []
        self._open: list[bool] = []  # per open element: is it skipped?
        self._skip = 0
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            skipped = tag in ("script", "style") or "snippet" in (attrs.get("class") or "")
            self._open.append(skipped)
            self._skip += skipped
        if tag == "nav" and "language-switcher" in (attrs.get("class") or ""):
            self._in_switcher = True
        if tag == "a" and attrs.get("href"):
            (self.switcher if self._in_switcher else self.links).append(attrs["href"])
        if tag == "form" and attrs.get("action"):
            self.links.append(attrs["action"])

    def handle_endtag(self, tag):
        if tag not in VOID and self._open:
            self._skip -= self._open.pop()
        if tag == "nav":
            self._in_switcher = False

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skip:
            self.texts.append(text)


def read(response) -> _Page:
    parsed = _Page()
    parsed.feed(response.content.decode())
    return parsed


def language_of(path: str) -> str:
    return languages.split_language(path)[0]


def key_pages(site) -> list[str]:
    """English addresses of one page of each type and of each section."""
    return [
        "/",
        "/stories/",
        f"/stories/{site.english_story.slug}/",
        f"/stories/{site.translated_story.slug}/",
        "/guide/",
        "/guide/justice/",
        "/guide/justice/self-assessment/",
        "/guide/anti-corruption/",
        "/guide/anti-corruption/self-assessment/?done=1",
        "/guide/report/?chapter=justice",
        "/challenge-areas/",
        "/challenge-areas/justice/",
        "/members/",
        "/members/bogota/",
        "/commitments/",
        f"/commitments/{site.commitments[0].public_id}/",
        "/commitments/progress/",
        "/reformers/",
        f"/reformers/{site.reformer.slug}/",
        "/resources/",
        f"/resources/{site.resource.slug}/",
        "/search/?q=court",
        "/accounts/login/",
        f"/action-plans/{site.commitments[0].action_plan.ogp_id}/",
        # learning: the catalogue, a partly translated course, its translated and its
        # untranslated module and lesson, a certificate
        "/learning/",
        site.learning.course.url,
        site.learning.module.url,
        site.learning.lessons[0].url,
        site.learning.lessons[1].get_parent().url,
        site.learning.lessons[1].url,
        site.learning.certificate.get_absolute_url(),
        # awards: the index, a programme translated into French, one in English only, and
        # the nomination form (a sign-in page for a visitor)
        "/awards/",
        site.awards.open.url,
        site.awards.past.url,
    ]


# --- the switcher --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_switcher_lands_on_a_page_from_every_page_type_in_every_language(site, language):
    """From every page type in every language, each of the switcher's links lands on a page
    (never a 404) in that language: the translation, or the original with the notice."""
    starts = [languages.localize_url(url, language) for url in key_pages(site)]
    starts.append(site.french_only.url)  # written in French, in no other language
    failures = []
    for start in starts:
        client = Client()
        response = client.get(start)
        if response.status_code != 200:
            failures.append(f"{start}: {response.status_code}")
            continue
        links = read(response).switcher
        if len(links) != len(LANGUAGES) - 1:
            failures.append(f"{start}: {len(links)} switcher links")
        for link in links:
            target = parse_qs(urlsplit(link).query)["next"][0]
            wanted = link.split("/")[2]
            landed = client.get(link, follow=True)
            final = landed.request["PATH_INFO"]
            if landed.status_code != 200 or language_of(final) != wanted:
                failures.append(f"{start} -> {target}: {landed.status_code} at {final}")
                continue
            if client.cookies[settings.LANGUAGE_COOKIE_NAME].value != wanted:
                failures.append(f"{start} -> {target}: the choice is not remembered")
            page = landed.context.get("page") if landed.context else None
            if isinstance(page, Page) and languages.content_language(page) != wanted:
                if "translation-notice" not in landed.content.decode():
                    failures.append(f"{target}: shows another language without the notice")
    assert not failures, "\n".join(failures)


def test_an_untranslated_page_is_the_original_in_the_readers_interface(site, client):
    response = client.get("/fr/guide/justice/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert response.context["page"].pk == site.chapter.pk  # the English chapter
    assert "translation-notice" in html
    assert 'lang="en">Justice for all</h1>' in html  # its text is marked as English
    # its own links stay in French: the self-assessment, the levels, the breadcrumb
    assert 'href="/fr/guide/justice/self-assessment/"' in html
    assert 'href="/fr/guide/justice/?level=initial"' in html
    assert 'href="/fr/guide/"' in html
    # the translated chapter next door has no notice
    translated = client.get("/fr/guide/anti-corruption/").content.decode()
    assert "translation-notice" not in translated
    assert "Lutte contre la corruption" in translated


def test_a_translation_under_another_slug_is_reached_from_the_original_address(site, client):
    """The Spanish story index is /es/historias/: /es/stories/<slug>/ (the English address
    with the Spanish prefix, as links are made) still finds the English story."""
    response = client.get(f"/es/stories/{site.english_story.slug}/")
    assert response.status_code == 200
    assert response.context["page"].pk == site.english_story.pk
    response = client.get(f"/es/historias/{site.english_story.slug}/")
    assert response.status_code == 200
    assert client.get("/es/stories/no-such-story/").status_code == 404
    assert client.get("/fr/guide/justice/no-such-route/").status_code == 404


def test_a_draft_translation_counts_as_not_translated(site, client):
    draft = _translate(site.chapter, "es", title="Justicia para todos")
    Page.objects.get(pk=draft.pk).specific.unpublish()
    response = client.get("/es/guide/justice/")
    assert response.status_code == 200
    assert response.context["page"].pk == site.chapter.pk
    assert "translation-notice" in response.content.decode()


def test_a_page_read_in_another_language_offers_the_readers_translation(site, client):
    """/stories/<French slug>/ (the French page in the English interface, e.g. from a
    search filtered on French): the notice links to the English version."""
    french = site.translated_story.get_translation(Locale.objects.get(language_code="fr"))
    french.slug = "budgets-ouverts"
    french.save_revision().publish()
    response = client.get("/stories/budgets-ouverts/")
    assert response.status_code == 200
    assert response.context["page"].pk == french.pk
    assert f'<a href="{site.translated_story.url}">' in response.content.decode()


# --- first visit and remembered choice -----------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "cookie", "location"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", None, "/fr/"),
        ("es-MX,es;q=0.9", None, "/es/"),
        ("de-DE,de;q=0.9", None, None),  # not one of ours: English
        (None, None, None),  # a crawler: English
        ("en-GB,en;q=0.9,fr;q=0.8", None, None),
        ("fr-FR,fr;q=0.9", "en", None),  # chose English in the switcher: stays English
        ("en-GB", "es", "/es/"),  # chose Spanish: Spanish, whatever the browser says
    ],
)
def test_the_home_page_honours_the_browser_and_the_readers_choice(site, accept, cookie, location):
    client = Client()
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    if location:
        assert response.status_code == 302
        assert response["Location"] == location
    else:
        assert response.status_code == 200
        assert response.context["page"].locale.language_code == "en"
    vary = {v.strip() for v in response["Vary"].split(",")}
    assert {"Accept-Language", "Cookie"} <= vary


def test_only_the_home_page_redirects(site):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    assert client.get("/members/").status_code == 200
    assert client.get("/?page=2")["Location"] == "/fr/?page=2"


def test_the_switcher_remembers_the_choice_until_the_next(site):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    assert client.get("/")["Location"] == "/fr/"
    english = client.get("/language/en/?next=/")
    assert english.status_code == 302 and english["Location"] == "/"
    cookie = english.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en" and cookie["max-age"] == settings.LANGUAGE_COOKIE_AGE
    assert cookie["samesite"] == "Lax"
    assert client.get("/").status_code == 200  # English now
    client.get("/language/es/?next=/es/members/")
    assert client.get("/")["Location"] == "/es/"


@pytest.mark.parametrize(
    ("next_url", "location"),
    [
        ("/fr/guide/justice/", "/fr/guide/justice/"),
        ("/guide/justice/", "/fr/guide/justice/"),  # put in the chosen language
        ("https://elsewhere.example/", "/fr/"),  # never off the site
        ("//elsewhere.example/", "/fr/"),
        ("javascript:alert(1)", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_the_language_choice_goes_on_to_a_page_of_this_site(
    db, client, next_url, location, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/language/fr/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == location
    assert "no-store" in response["Cache-Control"]


def test_an_unknown_language_is_a_404(db, client):
    assert client.get("/language/de/?next=/").status_code == 404


# --- links keep the reader's language ------------------------------------------------------

# Addresses that mean the same in every language: assets, uploaded files, photos (their
# storage's own address), the language choice itself, the data downloads and the API (data,
# not pages); feeds are served at language addresses and are not in this list.
NEUTRAL = (
    "/static/", "/media/", "/reformers/photos/", "/language/", "/documents/", "/api/",
    "/commitments/export.", "/members/export.", "/action-plans/export.",
    "/challenge-areas/export.",
)  # fmt: skip


def _foreign_links(page: _Page, language: str) -> list[str]:
    prefix = f"/{language}/"
    return [
        href
        for href in page.links
        if href.startswith("/")
        and not href.startswith("//")
        and not href.startswith(NEUTRAL)
        and not href.startswith(prefix)
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_internal_link_keeps_the_readers_language(site, client, language):
    """Evidence, search results, related items, listings, breadcrumbs, cards: every link of
    the key pages in French and Spanish stays in that language."""
    failures = []
    pages = [languages.localize_url(url, language) for url in key_pages(site)]
    pages += [f"/{language}/search/autocomplete/?q=cou"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        if response["Content-Type"].startswith("application/json"):
            links = [r["url"] for r in response.json()["results"]]
            page = SimpleNamespace(links=links)
        else:
            page = read(response)
        failures += [f"{url}: {href}" for href in _foreign_links(page, language)]
    assert not failures, "\n".join(failures)


def test_the_workspace_links_keep_the_readers_language(site, client):
    """A point of contact's workspace (the member, a commitment, a milestone) in French and
    Spanish: every link stays in that language."""
    from community.models import PointOfContact
    from tests.community.factories import MilestoneFactory

    commitment = site.commitments[0]
    member = commitment.action_plan.member
    milestone = MilestoneFactory(commitment=commitment)
    PointOfContact.objects.create(member=member, user=site.reformer.user)
    client.force_login(site.reformer.user)
    base = f"/workspace/{member.slug}/"
    urls = ["/workspace/", base, f"{base}commitments/{commitment.public_id}/",
            f"{base}commitments/{commitment.public_id}/milestones/{milestone.pk}/"]  # fmt: skip
    for language in ("fr", "es"):
        for url in urls:
            response = client.get(f"/{language}{url}")
            assert response.status_code == 200, url
            page = read(response)
            assert not _foreign_links(page, language), (url, _foreign_links(page, language))


def test_the_open_gov_challenge_pages_keep_the_readers_language(site, client):
    """The points of contact's and staff's pages of the Open Gov Challenge (staff see them
    all), and the accepted reform on the hub and the member's page, in French and Spanish."""
    from community.models import User

    client.force_login(User.objects.create(email="staff-languages@example.org", is_staff=True))
    pk = site.challenge.pk
    for language in ("fr", "es"):
        for url in (
            "/challenge/members/bogota/",
            "/challenge/members/bogota/new/",
            f"/challenge/submissions/{pk}/edit/",
            "/challenge/review/",
            f"/challenge/review/{pk}/",
            "/challenge-areas/justice/",
            "/members/bogota/",
        ):
            response = client.get(f"/{language}{url}")
            assert response.status_code == 200, url
            # the header's link to the admin (staff) has no language prefix
            foreign = [h for h in _foreign_links(read(response), language) if h != "/admin/"]
            assert not foreign, (url, foreign)
        hub = client.get(f"/{language}/challenge-areas/justice/").content.decode()
        assert "Open court hearings" in hub


def test_the_dashboard_links_keep_the_readers_language(site, client):
    """What is mine, gathered from the guide (a self-assessment of an English chapter), the
    search (new stories in my areas), learning (a course in progress, its next lesson not
    translated yet, a certificate): all at the reader's prefix."""
    client.force_login(site.reformer.user)
    for language in ("fr", "es"):
        page = read(client.get(f"/{language}/dashboard/"))
        assert not _foreign_links(page, language), _foreign_links(page, language)
        assert f"/{language}/guide/justice/self-assessment/" in page.links
        assert f"/{language}/stories/{site.english_story.slug}/" in page.links
        assert languages.localize_url(site.learning.lessons[1].url, language) in page.links


def test_the_network_pages_keep_the_readers_language(site, client):
    """The network page (a connection, requests both ways, peers for me), the request form
    and a connected peer's profile with its panel: every link at the reader's prefix."""
    from django.utils import timezone

    from community.models import Connection
    from tests.community.factories import ProfileFactory

    me = site.reformer.user
    friend, asking, asked = (ProfileFactory() for _ in range(3))
    now = timezone.now()
    Connection.objects.create(sender=me, recipient=friend.user, state="accepted", requested_at=now)
    Connection.objects.create(sender=asking.user, recipient=me, requested_at=now)
    Connection.objects.create(sender=me, recipient=asked.user, requested_at=now)
    client.force_login(me)
    for language in ("fr", "es"):
        for url in ("/network/", f"/reformers/{friend.slug}/", f"/reformers/{asked.slug}/connect/"):
            response = client.get(f"/{language}{url}")
            assert response.status_code == 200, url
            page = read(response)
            assert not _foreign_links(page, language), (url, _foreign_links(page, language))
        assert (
            f"/{language}/reformers/{asking.slug}/"
            in read(client.get(f"/{language}/network/")).links
        )


def test_a_partly_translated_course_is_whole_in_every_language(site, client):
    """The French course shows its translated module and lesson in French and the rest in
    English, every link in French; the untranslated lesson is the English one in the French
    interface, with the notice, and its forms post to French addresses."""
    course, second = site.learning.course, site.learning.lessons[1]
    html = client.get(languages.localize_url(course.url, "fr")).content.decode()
    assert "Budgets ouverts 101" in html and "Première leçon" in html
    assert f'href="/fr{second.url}" lang="en">{second.title}</a>' in html
    response = client.get(f"/fr{second.url}")
    assert response.status_code == 200
    assert response.context["page"].pk == second.pk  # the English lesson (the French is a draft)
    html = response.content.decode()
    assert "translation-notice" in html
    assert ">Budgets ouverts 101</a></nav>" in html  # the breadcrumb: the French course
    assert "Première leçon" in html  # the outline in French where it is translated
    client.force_login(site.reformer.user)
    html = client.get(f"/fr{second.url}").content.decode()
    assert f'action="/fr{second.url}complete/"' in html
    done = client.post(f"/fr{second.url}complete/")
    assert done.status_code == 302 and done["Location"].startswith("/fr/"), done["Location"]


def test_feeds_link_in_their_language(site, client):
    feed = client.get("/fr/stories/feed/rss/").content.decode()
    links = re.findall(r"<link>([^<]+)</link>", feed)
    assert links and all(urlsplit(link).path.startswith("/fr/") for link in links), links
    assert f"/fr/stories/{site.english_story.slug}/" in feed  # the English original, in French


# --- no English interface text on French and Spanish pages ---------------------------------

MARK = "⟦"


@pytest.fixture
def marked_catalogue(monkeypatch):
    """Every interface string looked up in French or Spanish comes back marked, found in the
    catalogue or not: what is still identical to the English page did not go through
    translation at all. (A string the catalogue lacks is test_i18n's business.)"""
    for name in ("gettext", "pgettext", "ngettext", "npgettext"):

        def marked(*args, _name=name):
            result = getattr(trans_real, _name)(*args)
            if (translation.get_language() or "en").split("-")[0] == "en":
                return result
            return f"{MARK}{result}"

        # django.utils.translation looks its functions up on this object (and keeps them)
        monkeypatch.setattr(translation._trans, name, marked, raising=False)


# Names the fixture shows that are spelled the same once translated (the vocabulary's
# French and Spanish names, pycountry's country names): allowed to be identical.
SAME_NAME = {
    "fr": {"Europe", "Justice", "Côte d'Ivoire", "Kenya"},  # Kenya: the country and member
    "es": {"Colombia", "Bogotá, Colombia"},  # a local member: its own name, its country's
}


def _allowed_content(site, language) -> tuple[set[str], str]:
    """Proper names and content: names spelled the same in `language` (SAME_NAME), a person,
    content written in one language (untranslated pages, records, search snippets).
    Returns (names, all content as one text)."""
    from search.models import EvidenceRecord

    names = {"OpenGov Commons", "OpenGov", "Commons", "English", "Français", "Español"}
    # a format's name (the lists' downloads); the progress rule's example commitments
    names |= {"JSON", "A", "B", "C"}
    names |= SAME_NAME[language]
    for commitment in site.commitments:
        names |= {commitment.title, commitment.description, commitment.public_id}
        names.add(commitment.action_plan.ogp_id)
    for page in Page.objects.live().specific():
        names |= {page.title, getattr(page, "intro", ""), getattr(page, "hero_heading", "")}
        names |= {getattr(page, "summary", ""), getattr(page, "audience", "")}
        names |= {r.title for r in getattr(page, "recommendations", Page.objects.none()).all()}
    names |= {site.reformer.display_name, site.resource.title, ", ".join(site.resource.authors)}
    names |= {"Budgets are public.", site.learning.certificate.code}  # a lesson's text
    challenge = site.challenge  # an Open Gov Challenge reform: what its member wrote
    names |= {challenge.title, challenge.description, challenge.lead_institution}
    for programme in AwardProgrammePage.objects.all():  # awards: what editors wrote
        names |= {programme.description, programme.eligibility, programme.edition}
        for category in programme.categories.all():
            names |= {category.name, category.description}
        for criterion in programme.criteria.all():
            names |= {criterion.name, criterion.description}
            names |= {text for _score, text in criterion.descriptors()}
    records = EvidenceRecord.objects.values_list("title", "summary", "body")
    blob = " ".join(" ".join(parts) for parts in records)
    names = {" ".join(name.split()) for name in names if name}
    return names, " ".join([*names, *blob.split()])


def _is_content(text: str, names: set[str], blob: str) -> bool:
    # "<title> · OpenGov Commons", "— <summary>", "<area> (3)"
    parts = [re.sub(r" \(\d+\)$", "", part).strip("()— ") for part in text.split(" · ")]
    for part in parts:
        if part in names or re.fullmatch(r"[\W\d_]*", part):  # numbers, dates, punctuation
            continue
        if re.fullmatch(r"[A-Z]{2}", part):  # a language code (a result's language)
            continue
        if len(part) > 12 and part in blob:  # a search snippet, a shortened text
            continue
        return False
    return True


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_interface_text_on_french_and_spanish_pages(
    site, client, marked_catalogue, language
):
    names, blob = _allowed_content(site, language)
    failures = []
    for url in key_pages(site):
        english = set(read(client.get(url)).texts)
        localized = read(client.get(languages.localize_url(url, language))).texts
        for text in localized:
            if text in english and not _is_content(text, names, blob):
                failures.append(f"{language} {url}: {text!r}")
    assert not failures, "\n".join(failures)


# --- a crawl of the whole small site ---------------------------------------------------------

CRAWL_LIMIT = 400
SECTIONS = ("/guide/", "/stories/", "/challenge-areas/", "/members/", "/commitments/",
            "/resources/", "/reformers/", "/search/?q=court", "/awards/")  # fmt: skip
NOT_CRAWLED = ("/static/", "/media/", "/admin/", "/documents/")


def test_no_link_of_the_site_is_broken(site):
    """Every internal link (and form address) from the home pages and the section indexes,
    breadth first, up to CRAWL_LIMIT addresses: none answers 4xx or 5xx."""
    client = Client()
    queue = ["/", "/fr/", "/es/", *SECTIONS]
    seen, broken = set(), []
    while queue and len(seen) < CRAWL_LIMIT:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            queue.append(urljoin(url, response["Location"]))
            continue
        if response.status_code >= 400:
            broken.append(f"{url}: {response.status_code}")
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        page = read(response)
        for href in page.links + page.switcher:
            full = urljoin(url, href.split("#")[0])
            parts = urlsplit(full)
            if parts.netloc or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(NOT_CRAWLED) or full in seen:
                continue
            queue.append(full)
    assert len(seen) > 100, f"the crawl reached only {len(seen)} addresses"
    assert not broken, "\n".join(broken)


def test_links_written_by_editors_keep_the_readers_language(site):
    """Page links in rich text (the translation when there is one) and addresses typed in a
    call to action ("/members/")."""
    from django.template import Context, Template

    from wagtail.rich_text import expand_db_html

    from core.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Members", "text": "Who they are", "link": "/members/", "link_text": "See"}
    )
    links = (
        f'<a linktype="page" id="{site.chapter.pk}">a</a>'
        f'<a linktype="page" id="{site.translated_chapter.pk}">b</a>'
    )
    with translation.override("fr"):
        html = expand_db_html(links)
        assert 'href="/fr/guide/justice/"' in html  # not translated: the original, in French
        assert 'href="/fr/guide/anti-corruption/"' in html  # the French translation
        assert 'href="/fr/members/"' in block.render(value)
        rendered = Template("{% load language_tags %}{{ u|in_reader_language }}").render(
            Context({"u": "https://www.opengovpartnership.org/members/"})
        )
        assert rendered == "https://www.opengovpartnership.org/members/"


def test_the_notification_pages_keep_the_readers_language(site, client):
    """Notifications, e-mail preferences, unsubscribing and the follow button in French and
    Spanish: every link stays in that language, and a notification leads to the page at the
    reader's prefix."""
    from community import notify_services
    from community.models import NotificationKind

    user = site.reformer.user
    commitment = site.commitments[0]
    notify_services.notify(
        recipient_ids=[user.pk],
        kind=NotificationKind.PROGRESS,
        target=commitment,
        url=commitment.get_absolute_url(),
        params={"title": commitment.title},
    )
    token = notify_services.unsubscribe_token(user=user)
    client.force_login(user)
    for language in ("fr", "es"):
        for url in (
            "/notifications/",
            "/profile/notifications/",
            f"/notifications/unsubscribe/{token}/",
            "/challenge-areas/justice/",  # with the follow button
        ):
            response = client.get(f"/{language}{url}")
            assert response.status_code == 200, url
            page = read(response)
            assert not _foreign_links(page, language), (url, _foreign_links(page, language))
        notification = response.wsgi_request.user.notifications.get()
        opened = client.post(f"/{language}/notifications/{notification.pk}/open/")
        assert opened.url == f"/{language}/commitments/{commitment.public_id}/"
