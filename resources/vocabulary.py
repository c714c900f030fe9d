"""How the Open Governance Research Exchange's subject categories map onto the platform's
themes and challenge areas (slugs from :mod:`community.vocabulary`).

Every category is kept as a research-category tag whatever this table says. The mapping
only adds the themes and challenge areas a reader browsing the platform would expect the
paper under. Categories that say how research or reform is done rather than what it is
about (labs, institutional innovation) map to nothing, as do categories we do not know yet:
they stay tags only until someone adds them here."""

from dataclasses import dataclass


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
    "Open Data": _m(["access-to-information", "digital-governance"], ["access-to-information"]),
    "Freedom of Information": _m(["access-to-information"], ["access-to-information"]),
    "Open Contracting": _m(["anti-corruption"], ["anti-corruption"]),
    "Citizen Engagement and Crowdsourcing": _PARTICIPATION,
    "Citizen Engagement and Collective Intelligence": _PARTICIPATION,
    "Collective Intelligence": _PARTICIPATION,
    "Co-Creation": _PARTICIPATION,
    "Citizen Science": _PARTICIPATION,
    "Crowdlaw": _PARTICIPATION,
    "Participatory Budgeting": _m(
        ["participation-inclusion", "fiscal-openness"], ["public-participation", "fiscal-openness"]
    ),
    "Expert Networking": _m(["participation-inclusion"]),
    "Distributed Governance": _m(["participation-inclusion"]),
    "Prizes and Challenges": _m(["participation-inclusion"]),
    "Gamification": _m(["participation-inclusion"]),
    "Civic Technology": _m(
        ["digital-governance", "participation-inclusion"],
        ["digital-governance", "public-participation"],
    ),
    "Big Data": _DIGITAL,
    "Data Governance": _DIGITAL,
    "Data Collaboratives": _DIGITAL,
    "Smart Cities": _m(["digital-governance", "public-service-delivery"], ["digital-governance"]),
    "Social Media": _m(["digital-governance", "civic-space"], ["digital-governance"]),
    "Data Analysis": _m(["digital-governance"]),
    "Small Data": _m(["digital-governance"]),
    "Behavioral Science and Nudges": _m(["public-service-delivery"]),
    "Design Thinking": _m(["public-service-delivery"]),
    "Institutional Innovation": _TAG_ONLY,
    "Labs and Experimentation": _TAG_ONLY,
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
