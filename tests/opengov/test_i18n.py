"""The interface is complete in French and Spanish, and pages are served in them."""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

import polib
import pytest
from pytest_django.asserts import assertContains

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["fr", "es"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_is_complete_and_compiled(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert len(po) > 200
    mo = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in mo}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, f"{entry.msgid!r}: run compilemessages"
        msgstr, plural = compiled[(entry.msgctxt, entry.msgid)]
        assert msgstr == entry.msgstr or plural, f"{entry.msgid!r}: run compilemessages"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed")
def test_every_string_in_the_code_is_in_the_catalogues(tmp_path):
    """makemessages on the current code finds no string the catalogues lack.

    It runs in a folder of links to the sources with a copy of the catalogues: makemessages
    writes to the `locale/` beside the files it reads, and the repository's own catalogues
    must not change when the suite runs."""
    root = tmp_path / "src"
    root.mkdir()
    for entry in Path(settings.BASE_DIR).iterdir():
        if entry.name in {"locale", ".venv", "var", "tests", ".git", "node_modules"}:
            continue
        (root / entry.name).symlink_to(entry)
    shutil.copytree(LOCALE_DIR, root / "locale")
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with override_settings(LOCALE_PATHS=[root / "locale"]):
            call_command("makemessages", locale=TRANSLATED, symlinks=True, verbosity=0)
    finally:
        os.chdir(cwd)
    for language in TRANSLATED:
        current = polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))
        missing = [e.msgid for e in current if not e.obsolete and not e.translated()]
        assert missing == [], f"{language}: untranslated strings; run `make messages` and fill them"


@pytest.mark.django_db
def test_a_page_is_served_in_french(client, vocab):
    response = client.get("/fr/challenge-areas/")
    assert response.status_code == 200
    assertContains(response, '<html lang="fr">')
    assertContains(response, "Domaines prioritaires")  # the interface
    assertContains(response, "Accès à l&#x27;information")  # content: a translated snippet
    assertContains(response, 'href="/fr/challenge-areas/access-to-information/"')


@pytest.mark.django_db
def test_a_page_is_served_in_spanish(client, vocab):
    response = client.get("/es/challenge-areas/justice/")
    assert response.status_code == 200
    assertContains(response, '<html lang="es">')
    assertContains(response, "Justicia")


@pytest.mark.django_db
def test_the_language_switcher_links_to_the_same_page_in_each_language(client, vocab):
    response = client.get("/fr/challenge-areas/justice/?region=europe")
    # through the language choice (which remembers it), on to the same page and filters
    en = "/language/en/?next=%2Fchallenge-areas%2Fjustice%2F%3Fregion%3Deurope"
    es = "/language/es/?next=%2Fes%2Fchallenge-areas%2Fjustice%2F%3Fregion%3Deurope"
    assertContains(response, f'href="{en}" hreflang="en"')
    assertContains(response, f'href="{es}" hreflang="es"')
    assertContains(response, '<span aria-current="true" lang="fr">Français</span>', html=True)


@pytest.mark.django_db
def test_the_language_switcher_uses_page_translations(client):
    from wagtail.models import Locale

    from opengov.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    french = home.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    response = client.get("/")
    assertContains(response, 'href="/language/fr/?next=%2Ffr%2F" hreflang="fr"')
    # no Spanish page: the /es/ root, which serves the original home page with a notice
    assertContains(response, 'href="/language/es/?next=%2Fes%2F" hreflang="es"')


@pytest.mark.django_db
def test_an_unknown_language_prefix_is_a_404(client):
    assert client.get("/de/challenge-areas/").status_code == 404
