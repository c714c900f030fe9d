"""How the Open Governance Research Exchange's subject categories map onto the platform's
themes and challenge areas (slugs from :mod:`community.vocabulary`).

Every category is kept as a research-category tag whatever this table says. The mapping
only adds the themes and challenge areas a reader browsing the platform would expect the
paper under. Categories that say how research or reform is done rather than what it is
about (labs, institutional innovation) map to nothing, as do categories we do not know yet:
they stay tags only until someone adds them here."""

from dataclasses import dataclass

# _() marks each name for the message catalogues and leaves it as it is (the key is the
# name the source data uses); pages show the translation through community.labels.
from django.utils.translation import gettext_noop as _


@dataclass(frozen=True)
class CategoryMapping:
    themes: tuple[str, ...] = ()
    challenge_areas: tuple[str, ...] = ()


def _m(themes=(), areas=()):
    return CategoryMapping(tuple(themes), tuple(areas))


_PARTICIPATION = _m(["participation-inclusion"], ["public-participation"])
_DIGITAL = _m(["digital-governance"], ["digital-governance"])
_TAG_ONLY = _m()

# OGRX category -> themes and challenge areas. There is no separate "open data" or "open
# contracting" area on the platform: open data by default belongs to access to information,
# open contracting to anti-corruption (see the areas' summaries).
CATEGORIES: dict[str, CategoryMapping] = {
    _("Open Data"): _m(["access-to-information", "digital-governance"], ["access-to-information"]),
    _("Freedom of Information"): _m(["access-to-information"], ["access-to-information"]),
    _("Open Contracting"): _m(["anti-corruption"], ["anti-corruption"]),
    _("Citizen Engagement and Crowdsourcing"): _PARTICIPATION,
    _("Citizen Engagement and Collective Intelligence"): _PARTICIPATION,
    _("Collective Intelligence"): _PARTICIPATION,
    _("Co-Creation"): _PARTICIPATION,
    _("Citizen Science"): _PARTICIPATION,
    _("Crowdlaw"): _PARTICIPATION,
    _("Participatory Budgeting"): _m(
        ["participation-inclusion", "fiscal-openness"], ["public-participation", "fiscal-openness"]
    ),
    _("Expert Networking"): _m(["participation-inclusion"]),
    _("Distributed Governance"): _m(["participation-inclusion"]),
    _("Prizes and Challenges"): _m(["participation-inclusion"]),
    _("Gamification"): _m(["participation-inclusion"]),
    _("Civic Technology"): _m(
        ["digital-governance", "participation-inclusion"],
        ["digital-governance", "public-participation"],
    ),
    _("Big Data"): _DIGITAL,
    _("Data Governance"): _DIGITAL,
    _("Data Collaboratives"): _DIGITAL,
    _("Smart Cities"): _m(
        ["digital-governance", "public-service-delivery"], ["digital-governance"]
    ),
    _("Social Media"): _m(["digital-governance", "civic-space"], ["digital-governance"]),
    _("Data Analysis"): _m(["digital-governance"]),
    _("Small Data"): _m(["digital-governance"]),
    _("Behavioral Science and Nudges"): _m(["public-service-delivery"]),
    _("Design Thinking"): _m(["public-service-delivery"]),
    _("Institutional Innovation"): _TAG_ONLY,
    _("Labs and Experimentation"): _TAG_ONLY,
}

# The exchange's data spells a few values two ways; one spelling keeps one tag and one
# filter value per idea. Applied to categories, methodologies, sectors and places.
SPELLINGS = {
    "Behavioral Sciences and Nudges": "Behavioral Science and Nudges",
    "Labs and Experimenation": "Labs and Experimentation",
    "Statistial Modeling": "Statistical Modeling",
    "Surveys": "Survey",
    "Geospacial Services": "Geospatial Services",
    "Social Movements and Activism": "Social Movements & Activism",
    "Phillipines": "Philippines",
}


def classify(categories) -> tuple[set[str], set[str]]:
    """The theme slugs and challenge-area slugs a list of categories maps to."""
    themes, areas = set(), set()
    for category in categories:
        mapping = CATEGORIES.get(category, _TAG_ONLY)
        themes.update(mapping.themes)
        areas.update(mapping.challenge_areas)
    return themes, areas
