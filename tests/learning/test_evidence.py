"""Courses and lessons in the evidence index (learning/evidence.py, registered with the search
layer): found by search with their kind, course, level, themes and areas, in every language
they exist in; never as drafts, behind a restriction or under an unpublished course; the
answers of knowledge checks never indexed; "Related evidence" on lesson pages."""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

import pytest

from community import labels
from core import languages
from search import api, engines
from search.models import EvidenceRecord
from stories.models import StoryIndexPage
from tests.learning.factories import LessonPageFactory, course_build, lessons_of
from tests.query_counts import count_queries
from tests.stories.factories import StoryPageFactory, story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(vocab):
    course = course_build(
        modules=1,
        lessons_per_module=2,
        checks=(1,),
        title="Open Government 101",
        level="intermediate",
    )
    course.themes = [vocab["themes"]["fiscal-openness"]]
    course.challenge_areas = [vocab["areas"]["anti-corruption"]]
    course.save()
    first = lessons_of(course)[0]
    first.title = "Participatory budgeting in practice"
    first.summary = "How citizens decide on a share of the municipal budget."
    first.save()
    api.rebuild()
    return course


def kinds_found(query: str, **filters) -> dict[str, str]:
    results = api.evidence(query, filters=filters or None, per_page=50)
    return {hit.key: hit.kind for hit in results.hits}


def test_courses_and_lessons_are_found_with_their_kind_course_and_level(course):
    lesson = lessons_of(course)[0]
    results = api.evidence("participatory budgeting", per_page=50, facets=True)
    hit = next(h for h in results.hits if h.key == f"lesson:{lesson.pk}")
    assert hit.kind == "lesson" and hit.kind_label == "Lesson"
    assert hit.title == "Participatory budgeting in practice"
    assert hit.member == "Open Government 101"  # its course
    assert hit.level == "intermediate" and hit.level_label == "Intermediate"
    assert hit.url == lesson.url
    assert kinds_found("open government 101")[f"course:{course.pk}"] == "course"
    # the course's classification is the lesson's: facet values as for every other record
    assert hit.themes == ["fiscal-openness"] and hit.areas == ["anti-corruption"]
    types = {v.value: (v.count, v.label) for v in results.facets["type"]}
    assert types["lesson"] == (2, "Lesson")  # the other lesson: "Budgets are public."


def test_the_type_theme_area_and_level_filters_select_learning(course):
    found = kinds_found("", type=["course", "lesson"], area=["anti-corruption"])
    assert sorted(found.values()) == ["course", "lesson", "lesson"]
    assert kinds_found("", type=["lesson"], theme=["open-contracting"]) == {}
    assert sorted(kinds_found("", level=["intermediate"]).values()) == [
        "course",
        "lesson",
        "lesson",
    ]
    assert kinds_found("", level=["advanced"]) == {}


def test_the_level_facet_is_counted_and_labelled_in_the_readers_language(course, client):
    results = api.evidence("budget", facets=True)
    assert [(v.value, v.count, v.label) for v in results.facets["level"]] == [
        ("intermediate", 2, "Intermediate")
    ]
    html = client.get("/search/", {"q": "budget"}).content.decode()
    assert "<legend>Level</legend>" in html
    assert 'name="level" value="intermediate"' in html


def test_the_level_is_searchable(course):
    assert f"course:{course.pk}" in kinds_found("intermediate")


def test_knowledge_check_answers_and_feedback_are_never_indexed(course):
    """two_question_check's options and feedback ("Alpha feedback 1: well chosen.")."""
    body = " ".join(EvidenceRecord.objects.filter(kind="lesson").values_list("body", flat=True))
    assert "Budgets are public" in body  # the lesson's text is
    assert "feedback" not in body and "Alpha" not in body
    assert kinds_found("alpha feedback") == {}


def test_a_draft_lesson_is_not_indexed_until_published(course, django_capture_on_commit_callbacks):
    module = lessons_of(course)[0].get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        draft = LessonPageFactory(parent=module, title="Beneficial ownership registers", live=False)
        draft.save_revision()
    assert kinds_found("beneficial ownership registers") == {}
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    assert kinds_found("beneficial ownership registers") == {f"lesson:{draft.pk}": "lesson"}


def test_unpublishing_a_course_removes_it_and_its_lessons(
    course, django_capture_on_commit_callbacks
):
    assert EvidenceRecord.objects.filter(kind__in=["course", "lesson"]).count() == 3
    with django_capture_on_commit_callbacks(execute=True):
        course.unpublish()  # the lessons stay live, but nobody can reach them through it
    assert not EvidenceRecord.objects.filter(kind__in=["course", "lesson"]).exists()
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision().publish()
    assert EvidenceRecord.objects.filter(kind__in=["course", "lesson"]).count() == 3


def test_renaming_a_course_updates_its_lessons(course, django_capture_on_commit_callbacks):
    course.title = "Open Government 102"
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision().publish()
    contexts = set(EvidenceRecord.objects.filter(kind="lesson").values_list("member", flat=True))
    assert contexts == {"Open Government 102"}


def test_a_course_behind_a_view_restriction_is_not_indexed(course):
    assert EvidenceRecord.objects.filter(kind__in=["course", "lesson"]).count() == 3
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    api.rebuild()
    assert not EvidenceRecord.objects.filter(kind__in=["course", "lesson"]).exists()


def test_every_language_version_is_indexed_and_readers_get_theirs(course, client):
    fr = Locale.objects.get(language_code="fr")
    french_course = course.copy_for_translation(fr, copy_parents=True)
    french_course.title = "Gouvernement ouvert 101"
    french_course.save_revision().publish()
    lesson = lessons_of(course)[0]
    lesson.get_parent().copy_for_translation(fr).save_revision().publish()
    french = lesson.copy_for_translation(fr).specific
    french.title = "Le budget participatif en pratique"
    french.save_revision().publish()
    api.rebuild()
    record = EvidenceRecord.objects.get(key=f"lesson:{french.pk}")
    assert record.language == "fr" and record.group == f"lesson:{lesson.translation_key}"
    assert record.member == "Gouvernement ouvert 101"
    with translation.override("fr"):
        hits = api.evidence("budget participatif").hits
    found = {h.key: h for h in hits}
    assert f"lesson:{lesson.pk}" not in found  # one per translation: the reader's
    assert found[f"lesson:{french.pk}"].url == french.url and french.url.startswith("/fr/")
    assert found[f"lesson:{french.pk}"].level_label == "Intermédiaire"
    # an untranslated lesson, for a Spanish reader: the original, at the Spanish address
    with translation.override("es"):
        found = {h.key: h for h in api.evidence("participatory budgeting").hits}
    assert found[f"lesson:{lesson.pk}"].url == f"/es{lesson.url}"


def test_an_untranslated_lesson_shows_its_level_in_the_readers_language(course):
    lesson = lessons_of(course)[0]
    with translation.override("fr"):
        found = {h.key: h for h in api.evidence("participatory budgeting").hits}
    hit = found[f"lesson:{lesson.pk}"]  # the English lesson, for a French reader
    assert hit.language == "en" and hit.member == "Open Government 101"
    assert hit.level_label == "Intermédiaire"


def test_the_search_page_shows_a_lesson_with_its_course_and_level(course, client):
    lesson = lessons_of(course)[0]
    html = client.get("/fr/search/", {"q": "participatory budgeting"}).content.decode()
    assert f'href="/fr{lesson.url}"' in html
    assert '· <span lang="en">Open Government 101</span> · Intermédiaire' in html


# --- related evidence on lesson pages --------------------------------------------------------


def _story(title, intro):
    index = StoryIndexPage.objects.first() or story_index()
    return StoryPageFactory(parent=index, title=title, intro=intro)


def test_a_lesson_page_shows_related_evidence_and_not_other_lessons(course, client):
    story = _story("Porto Alegre's participatory budget", "Citizens decide the municipal budget.")
    course_build(modules=1, lessons_per_module=1, checks=(), title="Budgets for citizens")
    other = lessons_of(course)[1]
    other.title = "Participatory budgeting, municipal budget"
    other.save()
    api.rebuild()
    lesson = lessons_of(course)[0]
    html = client.get(lesson.url).content.decode()
    section = html[html.index('id="related-heading"') :]
    assert "Related evidence" in section
    assert story.title.replace("'", "&#x27;") in section
    assert "kind-lesson" not in section and "kind-course" not in section


def _lesson_page_queries(client, django_assert_max_num_queries, size) -> int:
    """A course of `size` × 3 lessons; the lesson shown has a story like it (so the related
    section runs its full-text query and reads a page of results at both sizes)."""
    course = course_build(modules=size, lessons_per_module=3, checks=(1,))
    lesson = lessons_of(course)[0]
    lesson.title = f"Porto Alegre's participatory budget, {size}"
    lesson.save()
    _story(f"Participatory budgeting in Porto Alegre, {size}", "Citizens decide the budget.")
    api.rebuild()
    cache.clear()  # cold, as after a deploy: the search snapshot is built again
    engines.get_engine.cache_clear()  # by a new process (one kept would bring its own
    engines.engine.cache_clear()  # snapshot up to date, reading fewer terms)
    labels.invalidate()
    languages._locale_codes.clear()
    count = count_queries(client, lesson.url, django_assert_max_num_queries, 34)  # measured 31
    response = client.get(lesson.url)
    assert f"Participatory budgeting in Porto Alegre, {size}" in response.content.decode()
    return count


def test_a_lesson_page_takes_as_many_queries_whatever_the_number_of_lessons(
    client, vocab, django_assert_max_num_queries
):
    small = _lesson_page_queries(client, django_assert_max_num_queries, 2)
    large = _lesson_page_queries(client, django_assert_max_num_queries, 6)
    assert large == small, (small, large)
