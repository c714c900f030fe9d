"""One path for every vocabulary name (community.labels): members, countries, policy areas,
research categories in the reader's language, in the reader's alphabetical order, without a
query per name shown."""

from django.utils import translation

import pytest

from community import labels
from community.filters import CommitmentFilter, ReformerFilter
from community.models import PolicyAreaTag
from community.services import country_ensure
from resources.filters import ResourceFilter
from resources.models import ResearchCategoryTag
from tests.community.factories import CommitmentFactory, MemberFactory, ProfileFactory
from tests.resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def countries(vocab):
    africa, americas = vocab["regions"]["africa-middle-east"], vocab["regions"]["americas"]
    return {
        "CIV": country_ensure(iso3="CIV", name="Côte d'Ivoire", region=africa),
        "KEN": country_ensure(iso3="KEN", name="Kenya", region=africa),
        "COL": country_ensure(iso3="COL", name="Colombia", region=americas),
        "CUB": country_ensure(iso3="CUB", name="Cuba", region=americas),
        "CRI": country_ensure(iso3="CRI", name="Costa Rica", region=americas),
        "EGY": country_ensure(iso3="EGY", name="Egypt", region=africa),
        "ESP": country_ensure(iso3="ESP", name="Spain", region=vocab["regions"]["europe"]),
    }


@pytest.fixture
def members(countries):
    return {
        "kenya": MemberFactory(name="Kenya", slug="kenya", country=countries["KEN"]),
        "bogota": MemberFactory(
            name="Bogotá, Colombia", slug="bogota", kind="local", country=countries["COL"]
        ),
        "odd": MemberFactory(  # a local member whose name does not end with its country's
            name="Municipality of Nowhere", slug="nowhere", kind="local", country=countries["KEN"]
        ),
    }


def test_members_are_named_after_their_country_in_the_readers_language(members):
    with translation.override("es"):
        assert labels.label(members["kenya"]) == "Kenia"
        assert labels.label(members["bogota"]) == "Bogotá, Colombia"
        assert labels.label(members["odd"]) == "Municipality of Nowhere"
    with translation.override("fr"):
        assert labels.label(members["kenya"]) == "Kenya"
        assert labels.label(members["bogota"]) == "Bogotá, Colombie"
        # search records keep the English name: it is found again
        assert labels.member_name("Bogotá, Colombia") == "Bogotá, Colombie"
        assert labels.member_name("Somewhere else") == "Somewhere else"
    with translation.override("en"):
        assert labels.label(members["bogota"]) == "Bogotá, Colombia"


def test_renaming_a_country_renames_its_members(members, countries):
    from community.models import Country

    with translation.override("es"):
        assert labels.label(members["kenya"]) == "Kenia"
        spanish = Country.objects.get(
            translation_key=countries["KEN"].translation_key, locale__language_code="es"
        )
        spanish.name = "República de Kenia"
        spanish.save()
        assert labels.label(members["kenya"]) == "República de Kenia"


def test_names_sort_by_the_unicode_collation_not_by_bytes(countries):
    """Côte d'Ivoire sorts under C (a byte-wise ORDER BY puts "Cô" after every "Cz" and
    "Z"); Égypte with the Es in French."""
    terms = list(countries.values())
    with translation.override("en"):
        assert [labels.label(c) for c in labels.sorted_by_label(terms)] == [
            "Colombia",
            "Costa Rica",
            "Côte d'Ivoire",
            "Cuba",
            "Egypt",
            "Kenya",
            "Spain",
        ]
    with translation.override("fr"):
        assert [labels.label(c) for c in labels.sorted_by_label(terms)] == [
            "Colombie",
            "Costa Rica",
            "Côte d'Ivoire",
            "Cuba",
            "Égypte",
            "Espagne",
            "Kenya",
        ]


def test_select_boxes_show_names_in_the_readers_language_and_order(client, members, countries):
    for member in members.values():
        CommitmentFactory(action_plan__member=member)
    ProfileFactory(visibility="public", country=countries["CIV"])
    ProfileFactory(visibility="public", country=countries["CUB"])
    ProfileFactory(visibility="public", country=countries["COL"])
    with translation.override("es"):
        member_choices = [label for _v, label in CommitmentFilter().form.fields["member"].choices]
        country_choices = [label for _v, label in ReformerFilter().form.fields["country"].choices]
    assert member_choices[1:] == ["Bogotá, Colombia", "Kenia", "Municipality of Nowhere"]
    assert country_choices[1:] == ["Colombia", "Costa de Marfíl", "Cuba"]
    # the challenge areas keep the partnership's own order, whatever the language
    with translation.override("fr"):
        areas = [label for _v, label in CommitmentFilter().form.fields["area"].choices][1:]
    with translation.override("en"):
        english = [label for _v, label in CommitmentFilter().form.fields["area"].choices][1:]
    assert len(areas) == len(english) and areas[0] == "Lutte contre la corruption"


def test_policy_areas_and_research_categories_come_from_the_catalogues():
    """Their names are marked for translation in the vocabularies; a name the catalogue
    translates shows translated ("Members" is one the French catalogue already has)."""
    tag = PolicyAreaTag(name="Members", slug="members")
    category = ResearchCategoryTag(name="Members", slug="members")
    unknown = ResearchCategoryTag(name="Astrology of budgets", slug="astrology")
    with translation.override("fr"):
        assert labels.label(tag) == "Membres"
        assert labels.label(category) == "Membres"
        assert labels.label(unknown) == "Astrology of budgets"


def test_the_research_category_filter_speaks_the_readers_language(vocab):
    resource = ResourceFactory()
    resource.categories.add("Members", "Open Data")
    resource.save()
    with translation.override("fr"):
        choices = [label for _v, label in ResourceFilter().form.fields["category"].choices]
    assert "Membres" in choices


def test_names_cost_no_query_per_row(members, django_assert_max_num_queries):
    with translation.override("fr"):
        labels.label(members["kenya"])  # the cache is built once
        with django_assert_max_num_queries(0):
            for member in members.values():
                labels.label(member)
                labels.label(member.country)
            labels.member_name("Bogotá, Colombia")


def test_the_newer_lists_and_select_boxes_speak_the_readers_language_and_order(
    members, countries, vocab
):
    """The policy-area filter, the hub's members (filter and list: equal counts in
    alphabetical order) and the profile form's countries."""
    from community.filters import HubCommitmentFilter
    from community.forms import ProfileForm
    from community.selectors import members_active_in_area

    area = vocab["areas"]["anti-corruption"]
    ivory = MemberFactory(name="Côte d'Ivoire", slug="cote-divoire", country=countries["CIV"])
    rica = MemberFactory(name="Costa Rica", slug="costa-rica", country=countries["CRI"])
    for member in (*members.values(), ivory, rica):
        commitment = CommitmentFactory(action_plan__member=member, challenge_areas=[area])
        commitment.policy_areas.add("Members", "Access to Information")
        commitment.save()
    with translation.override("es"):
        policy = [label for _v, label in CommitmentFilter().form.fields["policy_area"].choices]
        hub = [label for _v, label in HubCommitmentFilter(area=area).form.fields["member"].choices]
        listed = [labels.label(m) for m in members_active_in_area(area=area)]
        profile_countries = [label for _v, label in ProfileForm().fields["country"].choices]
    assert policy[1:] == ["Access to Information", "Miembros"]
    # byte order puts "Costa Rica" before "Côte d'Ivoire" (Costa de Marfíl in Spanish)
    expected = [
        "Bogotá, Colombia", "Costa de Marfíl", "Costa Rica", "Kenia", "Municipality of Nowhere"
    ]  # fmt: skip
    assert hub[1:] == expected
    assert listed == expected
    assert profile_countries[1:4] == ["Colombia", "Costa de Marfíl", "Costa Rica"]
