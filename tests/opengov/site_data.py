"""A small site in three languages, for the tests of what the site tells search engines
(sitemap, canonical and hreflang links): translated pages, an untranslated page with its
aliases, a draft, and one record of each kind with a page, profiles of every visibility."""

from types import SimpleNamespace

from wagtail.models import Locale

from opengov.models import HomePage
from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory
from tests.guide.factories import GuideChapterPageFactory, GuideIndexPageFactory
from tests.resources.factories import ResourceFactory
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory, home_page


def translate(page, code, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def alias(page, code):
    return page.copy_for_translation(Locale.objects.get(language_code=code), alias=True)


def site_build(vocab) -> SimpleNamespace:
    home = home_page()
    assert isinstance(home, HomePage)
    for code in ("fr", "es"):
        translate(home, code)
    stories = StoryIndexPageFactory(parent=home)
    stories_fr = translate(stories, "fr")
    alias(stories, "es")  # not translated into Spanish yet
    translated = StoryPageFactory(parent=stories, slug="open-budgets")
    translated_fr = translate(translated, "fr", slug="budgets-ouverts", title="Budgets ouverts")
    untranslated = StoryPageFactory(parent=stories, slug="legal-aid")
    untranslated_fr = alias(untranslated, "fr")
    draft = StoryPageFactory(parent=stories, slug="a-draft", live=False)
    guide = GuideIndexPageFactory(parent=home)
    chapter = GuideChapterPageFactory(parent=guide, slug="justice")
    translate(guide, "fr")
    translate(chapter, "fr", title="Justice (fr)")
    commitment = CommitmentFactory(public_id="KE0001")
    return SimpleNamespace(
        home=home,
        stories=stories,
        stories_fr=stories_fr,
        translated=translated,
        translated_fr=translated_fr,
        untranslated=untranslated,
        untranslated_fr=untranslated_fr,
        draft=draft,
        guide=guide,
        chapter=chapter,
        area=vocab["areas"]["anti-corruption"],
        theme=vocab["themes"]["climate"],
        commitment=commitment,
        member=commitment.action_plan.member,
        resource=ResourceFactory(slug="open-budgets-study"),
        public=ProfileFactory(slug="ana-public", visibility="public"),
        community=ProfileFactory(slug="bo-community", visibility="members"),
        private=ProfileFactory(slug="cai-private", visibility="private"),
        deactivated=ProfileFactory(
            slug="dee-deactivated",
            visibility="public",
            user=UserFactory(email="gone@example.org", is_active=False),
        ),
    )
