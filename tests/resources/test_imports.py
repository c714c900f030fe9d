import io
import json
import re
from datetime import date

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

import pytest

from community import vocabulary as community_vocabulary
from resources import vocabulary
from resources.imports import ImportFileError, parse_year, research_import
from resources.models import ResearchCategoryTag, Resource

REAL_FILE = settings.BASE_DIR.parent / "shared" / "data" / "ogrx" / "papers.json"


def make_paper(**overrides):
    paper = {
        "id": "0123456789abcdef0123456789abcdef",
        "title": "Open data portals and who uses them",
        "abstract": "A survey of the people who download data from city portals.",
        "authors": ["Ada Okafor", "", "Bruno Lima"],
        "paper_date": "7/2015",
        "url": "https://example.org/papers/portals",
        "type": "journal-article",
        "taxonomy": {
            "category": ["Open Data", "Citizen Engagement and Crowdsourcing", ""],
            "objective": ["Effectiveness", ""],
            "methodology": ["Survey", "Surveys"],
        },
        "sector": [""],
        "region": ["United Kingdom", ""],
    }
    paper.update(overrides)
    return paper


def as_json(items):
    return io.StringIO(json.dumps(items))


TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016", 2016),
        ("7/2015", 2015),
        ("12/2015", 2015),
        ("12/15", 2015),
        ("2/16", 2016),
        ("12/23/2013", 2013),
        ("1/4/16", 2016),
        ("23/12/2013", 2013),  # day first: still a real date
        ("2015-06-30", 2015),
        (" 2014 ", 2014),
        ("5/98", 1998),  # a two-digit year in the future is last century's
        ("1/1/26", 2026),  # next year is allowed (forthcoming papers)
        ("", None),
        ("forthcoming", None),
        ("13/2015", None),  # no thirteenth month
        ("31/31/2015", None),
        ("1850", None),
        ("2099", None),
        ("0/15", None),
        ("12/15/2015/1", None),
    ],
)
def test_paper_dates_are_read_as_years(text, expected):
    assert parse_year(text, today=TODAY) == expected


def test_every_mapped_theme_and_area_exists_in_the_platform_vocabulary():
    themes = {t.slug for t in community_vocabulary.THEMES}
    areas = {t.slug for t in community_vocabulary.CHALLENGE_AREAS}
    for category, mapping in vocabulary.CATEGORIES.items():
        assert set(mapping.themes) <= themes, category
        assert set(mapping.challenge_areas) <= areas, category


@pytest.mark.django_db
def test_a_good_paper_creates_a_classified_resource():
    report = research_import(stream=as_json([make_paper()]))

    assert (report.created, report.updated, report.problems) == (1, 0, [])
    resource = Resource.objects.get(source_id="0123456789abcdef0123456789abcdef")
    assert resource.title == "Open data portals and who uses them"
    assert resource.slug == "open-data-portals-and-who-uses-them"
    assert resource.authors == ["Ada Okafor", "Bruno Lima"]
    assert (resource.year, resource.date_label) == (2015, "7/2015")
    assert resource.kind == Resource.Kind.JOURNAL_ARTICLE
    assert resource.objectives == ["Effectiveness"]
    assert resource.methodologies == ["Survey"]  # "Surveys" is the same method
    assert resource.sectors == []
    assert resource.places == ["United Kingdom"]
    assert resource.language == "en"
    assert set(resource.categories.names()) == {
        "Open Data",
        "Citizen Engagement and Crowdsourcing",
    }
    assert {t.slug for t in resource.themes.all()} == {
        "access-to-information",
        "digital-governance",
        "participation-inclusion",
    }
    assert {a.slug for a in resource.challenge_areas.all()} == {
        "access-to-information",
        "public-participation",
    }
    with translation.override("en"):
        assert resource.get_absolute_url() == "/resources/open-data-portals-and-who-uses-them/"


@pytest.mark.django_db
def test_an_unknown_category_is_kept_as_a_tag_without_theme():
    paper = make_paper(taxonomy={"category": ["Quantum Governance"]})
    research_import(stream=as_json([paper]))
    resource = Resource.objects.get()
    assert list(resource.categories.names()) == ["Quantum Governance"]
    assert not resource.themes.exists() and not resource.challenge_areas.exists()


@pytest.mark.django_db
def test_open_contracting_and_freedom_of_information_map_to_their_areas():
    research_import(
        stream=as_json(
            [
                make_paper(id="a" * 32, taxonomy={"category": ["Open Contracting"]}),
                make_paper(id="b" * 32, taxonomy={"category": ["Freedom of Information"]}),
            ]
        )
    )
    contracting = Resource.objects.get(source_id="a" * 32)
    foi = Resource.objects.get(source_id="b" * 32)
    assert {a.slug for a in contracting.challenge_areas.all()} == {"anti-corruption"}
    assert {t.slug for t in contracting.themes.all()} == {"anti-corruption"}
    assert {a.slug for a in foi.challenge_areas.all()} == {"access-to-information"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("ogrx_type", "kind"),
    [
        ("research-report", Resource.Kind.RESEARCH_REPORT),
        ("book", Resource.Kind.BOOK),
        ("book-chapter", Resource.Kind.BOOK_CHAPTER),
        ("conference-proceedings", Resource.Kind.CONFERENCE_PAPER),
        ("conference-proceedings-white-paper", Resource.Kind.CONFERENCE_PAPER),
        ("white-paper", Resource.Kind.WHITE_PAPER),
        ("working-paper", Resource.Kind.WORKING_PAPER),
        ("thesisdissertation", Resource.Kind.THESIS),
        ("Journal Article", Resource.Kind.JOURNAL_ARTICLE),
        ("podcast", Resource.Kind.OTHER),
        ("", Resource.Kind.OTHER),
    ],
)
def test_ogrx_types_map_to_kinds(ogrx_type, kind):
    research_import(stream=as_json([make_paper(type=ogrx_type)]))
    assert Resource.objects.get().kind == kind


@pytest.mark.django_db
def test_bad_papers_are_reported_by_position_with_reason_and_good_ones_still_import():
    items = [
        make_paper(),
        make_paper(id="c" * 32, title="   "),
        make_paper(id=""),
        {"title": "No id at all"},
        "not an object",
        make_paper(id="d" * 32, url="javascript:alert(1)"),
        make_paper(id="e" * 32, authors="Solo Author"),  # one string: accepted as one author
        make_paper(id="f" * 32, authors=[{"name": "x"}]),
        make_paper(id="0123456789abcdef0123456789abcdef", title="Same id again"),
        make_paper(id="not an id!"),
        make_paper(id="9" * 32, url="https://" + "x" * 1000 + ".org/"),
    ]
    report = research_import(stream=as_json(items))

    assert report.created == 2
    assert set(Resource.objects.values_list("source_id", flat=True)) == {
        "0123456789abcdef0123456789abcdef",
        "e" * 32,
    }
    assert Resource.objects.get(source_id="e" * 32).authors == ["Solo Author"]
    problems = {p.index: p.reason for p in report.problems}
    assert sorted(problems) == [2, 3, 4, 5, 6, 8, 9, 10, 11]
    assert "no title" in problems[2]
    assert "no id" in problems[3] and "no id" in problems[4]
    assert "expected an object" in problems[5]
    assert "not a web address" in problems[6]
    assert "'authors' should be a list of text" in problems[8]
    assert "used again (first by item 1)" in problems[9]
    assert "is not a paper id" in problems[10]
    assert "url" in problems[11]
    assert str(report.problems[0]) == f"item 2 ({'c' * 32}): the paper has no title"


@pytest.mark.django_db
def test_rerunning_changes_nothing_and_a_changed_paper_updates():
    research_import(stream=as_json([make_paper()]))
    before = Resource.objects.get()

    again = research_import(stream=as_json([make_paper()]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert Resource.objects.get().updated_at == before.updated_at

    changed = research_import(
        stream=as_json(
            [make_paper(title="Open data portals, revisited", taxonomy={"category": ["Crowdlaw"]})]
        )
    )
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 0)
    resource = Resource.objects.get()
    assert resource.title == "Open data portals, revisited"
    assert resource.slug == before.slug  # links to it keep working
    assert list(resource.categories.names()) == ["Crowdlaw"]
    assert {a.slug for a in resource.challenge_areas.all()} == {"public-participation"}


@pytest.mark.django_db
def test_two_papers_with_the_same_title_get_distinct_slugs():
    research_import(stream=as_json([make_paper(id="a" * 32), make_paper(id="b" * 32)]))
    assert sorted(Resource.objects.values_list("slug", flat=True)) == [
        "open-data-portals-and-who-uses-them",
        "open-data-portals-and-who-uses-them-2",
    ]


@pytest.mark.django_db
def test_imported_resources_are_in_the_search_index():
    from wagtail.search.backends import get_search_backend

    research_import(stream=as_json([make_paper()]))
    results = get_search_backend().search("portals", Resource)
    assert [r.source_id for r in results] == ["0123456789abcdef0123456789abcdef"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"id": "x",', "not valid JSON (line 1, column 13"),
        ('{"papers": []}', "expected a JSON list of papers, found an object"),
        ('"papers"', "found a string"),
        ("", "not valid JSON"),
    ],
)
def test_a_file_that_is_not_a_json_list_is_refused_whole(content, message):
    with pytest.raises(ImportFileError, match=re.escape(message)):
        research_import(stream=io.StringIO(content))


def test_the_command_turns_bad_json_into_a_clear_error(tmp_path):
    path = tmp_path / "papers.json"
    path.write_text("[{'id': 'single quotes are not JSON'}]", encoding="utf-8")
    with pytest.raises(CommandError, match=r"papers.json: this is not valid JSON \(line 1"):
        call_command("import_research", str(path), "--no-progress")


def test_the_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_research", str(tmp_path / "absent.json"), "--no-progress")


def test_the_command_reports_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'[{"title": "caf\xe9"}]')
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_research", str(path), "--no-progress")


@pytest.mark.django_db
def test_the_command_prints_counts_and_each_problem(tmp_path):
    path = tmp_path / "papers.json"
    path.write_text(json.dumps([make_paper(), make_paper(id="a" * 32, title="")]))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_research", str(path), stdout=out, stderr=err)  # with progress bar
    assert "1 created, 0 updated, 0 unchanged, 1 problem(s)." in out.getvalue()
    assert f"item 2 ({'a' * 32}): the paper has no title" in err.getvalue()


@pytest.mark.django_db
@pytest.mark.skipif(not REAL_FILE.exists(), reason=f"the OGRX export is not here ({REAL_FILE})")
def test_the_real_ogrx_export_imports_whole_and_idempotently():
    out = io.StringIO()
    call_command("import_research", str(REAL_FILE), "--no-progress", stdout=out)
    assert "482 created, 0 updated, 0 unchanged, 0 problem(s)" in out.getvalue()
    assert Resource.objects.count() == 482
    assert Resource.objects.filter(year=None).count() == 5  # the papers without a date
    assert not Resource.objects.filter(kind=Resource.Kind.OTHER).exists()
    assert Resource.objects.filter(kind=Resource.Kind.JOURNAL_ARTICLE).count() == 202
    assert Resource.objects.filter(challenge_areas__slug="public-participation").exists()
    assert Resource.objects.filter(challenge_areas__slug="anti-corruption").count() == 1
    # one tag per category, misspellings folded into the right one
    names = set(ResearchCategoryTag.objects.values_list("name", flat=True))
    assert "Behavioral Science and Nudges" in names
    assert "Behavioral Sciences and Nudges" not in names and "" not in names

    smart_city = Resource.objects.get(source_id="cfcd208495d565ef66e7dff9f98764da")
    assert smart_city.title.startswith("The Smart City and its Citizens")
    assert smart_city.authors == ["Carlo Francesco Capra"]
    assert (smart_city.year, smart_city.kind) == (2016, Resource.Kind.JOURNAL_ARTICLE)
    assert smart_city.places == ["Amsterdam"] and smart_city.sectors == []
    assert set(smart_city.categories.names()) == {
        "Citizen Engagement and Crowdsourcing",
        "Smart Cities",
    }
    assert {a.slug for a in smart_city.challenge_areas.all()} == {
        "public-participation",
        "digital-governance",
    }
    month_and_short_year = Resource.objects.filter(date_label="12/15").first()
    assert month_and_short_year.year == 2015

    again = io.StringIO()
    call_command("import_research", str(REAL_FILE), "--no-progress", stdout=again)
    assert "0 created, 0 updated, 482 unchanged, 0 problem(s)" in again.getvalue()
    assert Resource.objects.count() == 482
