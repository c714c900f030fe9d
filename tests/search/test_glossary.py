"""The glossary covers OGP's own list of policy areas: every flag column of its commitments
export, in English and in the French and Spanish names the site shows for it, is recognised
as one concept (so a query naming a policy area in any of the three languages meets the
records tagged with it)."""

import csv
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest

from community.vocabulary import POLICY_AREA_COLUMNS
from search.analysis import analyse, analyse_query


def _shared_data() -> Path:
    """``shared/data`` beside the checkout (or beside a parent of it, for a worktree)."""
    for parent in Path(settings.BASE_DIR).parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return Path(settings.BASE_DIR).parent / "shared" / "data"


COMMITMENTS = _shared_data() / "ogp-commitments" / "commitments.csv"


# names the site shows for a policy area that are everyday words ("Labor" is "Travail",
# "Trabajo": also "work", as in "plan de trabajo"): a glossary name for them would tag most
# records with the concept, so the glossary keeps their longer forms ("droit du travail")
EVERYDAY_WORDS = {"Travail", "Trabajo"}


def concepts(name: str, language: str) -> set[str]:
    return {t for t in analyse(name, language).split() if t.startswith("zc")}


@pytest.mark.skipif(not COMMITMENTS.exists(), reason=f"no OGP export at {COMMITMENTS}")
def test_every_policy_area_of_the_real_export_is_a_glossary_concept():
    with COMMITMENTS.open(encoding="utf-8") as stream:
        header = next(csv.reader(stream))
    # the flag columns, from "Anti-Corruption and Integrity" to "Money in Politics"
    columns = header[header.index("Anti-Corruption and Integrity") :]
    columns = columns[: columns.index("Money in Politics") + 1]
    assert len(columns) > 80
    missing = [name for name in columns if not concepts(name, "en")]
    assert missing == []
    assert set(columns) == set(POLICY_AREA_COLUMNS)  # the importer's list is the export's


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_policy_areas_french_and_spanish_names_are_its_concept(language):
    unmatched = []
    for name in POLICY_AREA_COLUMNS:
        with translation.override(language):
            translated = translation.gettext(name)
        if translated == name or translated in EVERYDAY_WORDS:
            continue
        english = concepts(name, "en")
        if not english or not english & concepts(translated, language):
            unmatched.append((name, translated))
    assert unmatched == []


@pytest.mark.parametrize(
    ("query", "concept"),
    [
        ("dinero en la política", "zcpoliticalfinance"),
        ("élections", "zcelections"),
        ("derechos humanos", "zchumanrights"),
        ("renforcement des capacités", "zccapacitybuilding"),
    ],
)
def test_a_query_naming_a_policy_area_finds_its_concept(query, concept):
    assert concept in analyse_query(query).concepts
