from django.utils import translation

import pytest

from community import labels, vocabulary
from community.models import ChallengeArea, Country, Region, Theme
from community.services import country_ensure, vocabulary_ensure

pytestmark = pytest.mark.django_db


def test_vocabulary_is_created_in_three_languages_and_is_idempotent(without_reference_data):
    first = vocabulary_ensure()
    second = vocabulary_ensure()
    assert {k: {s: o.pk for s, o in v.items()} for k, v in first.items()} == {
        k: {s: o.pk for s, o in v.items()} for k, v in second.items()
    }
    assert ChallengeArea.objects.in_default_locale().count() == len(vocabulary.CHALLENGE_AREAS)
    assert ChallengeArea.objects.count() == 3 * len(vocabulary.CHALLENGE_AREAS)
    assert Theme.objects.count() == 3 * len(vocabulary.THEMES)
    assert Region.objects.count() == 3 * len(vocabulary.REGIONS)
    lead = set(ChallengeArea.objects.in_default_locale().filter(is_lead=True).values_list(
        "slug", flat=True))  # fmt: skip
    assert lead == {"anti-corruption", "digital-governance", "climate-environment", "justice"}


def test_every_policy_area_maps_onto_known_themes_and_areas():
    themes = {t.slug for t in vocabulary.THEMES}
    areas = {a.slug for a in vocabulary.CHALLENGE_AREAS}
    for column, mapping in vocabulary.POLICY_AREA_COLUMNS.items():
        assert set(mapping.themes) <= themes, column
        assert set(mapping.challenge_areas) <= areas, column
    for area in vocabulary.CHALLENGE_AREAS:
        assert set(area.themes) <= themes, area.slug
    assert len(vocabulary.POLICY_AREA_COLUMNS) == 86


def test_labels_follow_the_active_language(vocab):
    area = vocab["areas"]["access-to-information"]
    with translation.override("fr"):
        assert labels.label(area) == "Accès à l'information"
    with translation.override("es"):
        assert labels.label(area) == "Acceso a la información"
    with translation.override("en"):
        assert labels.label(area) == "Access to information"


def test_renaming_a_translation_shows_at_once(vocab):
    area = vocab["areas"]["justice"]
    with translation.override("fr"):
        assert labels.label(area) == "Justice"
        french = ChallengeArea.objects.get(
            translation_key=area.translation_key, locale__language_code="fr"
        )
        french.name = "Justice pour toutes et tous"
        french.save()
        assert labels.label(area) == "Justice pour toutes et tous"


def test_countries_get_iso_names_in_french_and_spanish(vocab):
    country = country_ensure(
        iso3="CIV", name="Cote d'Ivoire", region=vocab["regions"]["africa-middle-east"]
    )
    assert country.iso2 == "CI"
    names = dict(Country.objects.filter(translation_key=country.translation_key).values_list(
        "locale__language_code", "name"))  # fmt: skip
    assert names == {"en": "Cote d'Ivoire", "fr": "Côte d'Ivoire", "es": "Costa de Marfíl"}
    assert country_ensure(iso3="CIV", name="Other", region=vocab["regions"]["europe"]).pk == (
        country.pk
    )


def test_a_code_outside_iso_keeps_its_name(vocab):
    kosovo = country_ensure(iso3="XKX", name="Kosovo", region=vocab["regions"]["europe"])
    assert set(Country.objects.filter(translation_key=kosovo.translation_key).values_list(
        "name", flat=True)) == {"Kosovo"}  # fmt: skip


def test_challenge_area_summaries_are_translated(vocab):
    area = vocab["areas"]["justice"]
    french = ChallengeArea.objects.get(
        translation_key=area.translation_key, locale__language_code="fr"
    )
    assert french.summary.startswith("L'accès à la justice")
    with translation.override("es"):
        assert area.localized.summary.startswith("Acceso a la justicia")
