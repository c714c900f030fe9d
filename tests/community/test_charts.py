"""The charts of a challenge area's hub: their figures against hand-counted fixtures (the
selectors are tested directly), the drawing's geometry (pure), well-formed SVG with a text
and a table alternative in each language, and a hub whose queries do not grow with its
commitments."""

import re
from datetime import UTC, datetime

from django.test import TestCase
from django.utils import translation

import pytest
from defusedxml import ElementTree as ET

from community import challenge_selectors as selectors
from community import charts
from community.models import ChallengeSubmission
from tests.community.challenge_factories import SubmissionFactory
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    CountryFactory,
    MemberFactory,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db
ACCEPTED = ChallengeSubmission.State.ACCEPTED


def _member(vocab, region, **kwargs):
    return MemberFactory(country=CountryFactory(region=vocab["regions"][region]), **kwargs)


@pytest.fixture
def hub(vocab):
    """Justice: 4 commitments from the Americas, 2 from Europe (and one in another area that
    no chart of Justice counts), in two plan periods, with these IRM results:

    plan     | member  | status      | completion (end / mid-term) | starred
    2016-18  | Chile   | completed   | complete / limited          | yes
    2016-18  | Chile   | in_progress | - / substantial             | no
    2016-18  | Chile   | unknown     | - / -                       | not assessed
    2020-22  | Peru    | completed   | limited / -                 | no
    2020-22  | Spain   | in_progress | complete / -                | yes
    2020-22  | Spain   | completed   | not_started / complete      | not assessed
    """
    justice, other = vocab["areas"]["justice"], vocab["areas"]["anti-corruption"]
    chile = _member(vocab, "americas", name="Chile", slug="chile")
    peru = _member(vocab, "americas", name="Peru", slug="peru")
    spain = _member(vocab, "europe", name="Spain", slug="spain")
    old = ActionPlanFactory(member=chile, start_year=2016, end_year=2018)
    peru_plan = ActionPlanFactory(member=peru, start_year=2020, end_year=2022)
    spain_plan = ActionPlanFactory(member=spain, start_year=2020, end_year=2022)
    rows = [
        (old, "completed", "complete", "limited", True),
        (old, "in_progress", "", "substantial", False),
        (old, "unknown", "", "", None),
        (peru_plan, "completed", "limited", "", False),
        (spain_plan, "in_progress", "complete", "", True),
        (spain_plan, "completed", "not_started", "complete", None),
    ]
    for plan, status, end, mid, starred in rows:
        CommitmentFactory(
            action_plan=plan, status=status, irm_completion=end, irm_completion_midterm=mid,
            irm_starred=starred, challenge_areas=[justice, other] if plan is old else [justice],
        )  # fmt: skip
    CommitmentFactory(action_plan=peru_plan, status="withdrawn", challenge_areas=[other])

    def accepted(member, year, area=justice, state=ACCEPTED):
        reviewed = datetime(year, 6, 1, tzinfo=UTC)
        SubmissionFactory(member=member, challenge_area=area, state=state, reviewed_at=reviewed)

    accepted(chile, 2024)
    accepted(chile, 2025)
    accepted(spain, 2025)
    accepted(peru, 2025, area=other)  # another area
    accepted(peru, 2025, state=ChallengeSubmission.State.DECLINED)  # not accepted
    return justice


def test_commitments_by_region(hub):
    got = [(r.slug, n) for r, n in selectors.commitments_by_region(area=hub)]
    assert got == [("americas", 4), ("europe", 2)]


def test_commitments_by_status(hub):
    assert selectors.commitments_by_status(area=hub) == {
        "completed": 3,
        "in_progress": 2,
        "unknown": 1,
    }


def test_completion_by_period_counts_the_irms_latest_word(hub):
    assert selectors.completion_by_period(area=hub) == [
        ((2016, 2018), {"complete": 1, "substantial": 1}),
        ((2020, 2022), {"limited": 1, "complete": 1, "not_started": 1}),
    ]


def test_starred_share(hub):
    assert selectors.starred_share(area=hub) == {
        "starred": 2,
        "not_starred": 2,
        "not_assessed": 2,
    }


def test_accepted_submissions_by_year_and_by_member(hub):
    assert selectors.accepted_by_year(area=hub) == [(2024, 1), (2025, 2)]
    got = [(m.slug, n) for m, n in selectors.accepted_by_member(area=hub)]
    assert got == [("chile", 2), ("spain", 1)]


def test_the_longest_bar_fills_the_width_and_segments_follow_each_other():
    chart = charts.stacked_chart(
        slug="s", title="T", dimension="D", series=[("a", "A"), ("b", "B")],
        rows=[("one", {"a": 1, "b": 3}), ("two", {"a": 2})], summary="", empty="",
    )  # fmt: skip
    one, two = chart.rows
    assert [(s.x, s.width) for s in one.segments] == [(0, 80.0), (80.0, 240.0)]
    assert [(s.x, s.width) for s in two.segments] == [(0, 160.0), (160.0, 0)]
    assert (one.y, two.y, chart.height) == (0, charts.ROW_HEIGHT, 2 * charts.ROW_HEIGHT)
    assert charts.layout(charts.Chart("e", "E", "D", [], [("a", "A")])).height > 0


def test_percentages_are_written_the_readers_way():
    assert charts.percent(1, 3) == "33%"
    assert charts.percent(0, 0) == "0%"


def _svgs(html):
    return re.findall(r"<svg\b.*?</svg>", html, flags=re.S)


@pytest.mark.parametrize("language", ["", "/fr", "/es"])
def test_the_hub_draws_each_chart_as_wellformed_svg_with_text_and_table(client, hub, language):
    html = client.get(f"{language}/challenge-areas/justice/").content.decode()
    drawings = [s for s in _svgs(html) if "chart-drawing" in s]
    assert len(drawings) == 6  # every chart has figures in this fixture
    for drawing in drawings:
        root = ET.fromstring(drawing)  # well-formed, or this raises
        assert root.get("role") == "img"
        width, height = root.get("viewBox").split()[2:]
        assert width.isdigit() and height.isdigit()
        for rect in root.iter("{http://www.w3.org/2000/svg}rect"):
            assert re.fullmatch(r"[\d.]+", rect.get("width")), rect.attrib
            assert "style" not in rect.attrib and "fill" not in rect.attrib  # CSS classes
    assert html.count('class="chart-table"') == 6
    assert html.count('class="chart-summary"') == 6
    code = language.strip("/") or "en"
    with translation.override(code):
        from community import labels

        americas = labels.label(hub.commitments.first().action_plan.member.country.region)
        in_progress = str(translation.gettext("In progress"))
        title = translation.gettext("Commitments by region")
    assert title in html
    assert f'<th scope="row">{americas}</th>' in html  # the region in the reader's language
    assert f'<th scope="row">{in_progress}</th>' in html
    if code == "fr":
        assert "Amériques" in html


def test_an_area_without_figures_says_so_instead_of_drawing(client, vocab):
    html = client.get("/challenge-areas/justice/").content.decode()
    assert not [s for s in _svgs(html) if "chart-drawing" in s]
    assert "No commitment in this area yet." in html


def _grow(vocab, n, start):
    justice = vocab["areas"]["justice"]
    for i in range(n):
        member = _member(vocab, ["americas", "europe", "asia-pacific"][i % 3])
        plan = ActionPlanFactory(member=member, start_year=start + i, end_year=start + i + 2)
        CommitmentFactory(
            action_plan=plan, challenge_areas=[justice], irm_completion="complete",
            irm_starred=bool(i % 2), status="completed",
        )  # fmt: skip
        SubmissionFactory(
            member=member, challenge_area=justice, state=ACCEPTED,
            reviewed_at=datetime(2020 + i, 1, 1, tzinfo=UTC),
        )  # fmt: skip


@pytest.mark.parametrize("language", ["", "/fr"])
def test_the_hub_with_charts_does_not_grow_with_its_commitments(
    client, vocab, django_assert_max_num_queries, language
):
    url = f"{language}/challenge-areas/justice/"
    # the area's figures as in production: refreshed once the writes commit (community.signals)
    with TestCase.captureOnCommitCallbacks(execute=True):
        _grow(vocab, 2, 2000)
    small = count_queries(client, url, django_assert_max_num_queries, 20)
    with TestCase.captureOnCommitCallbacks(execute=True):
        _grow(vocab, 12, 2010)
    large = count_queries(client, url, django_assert_max_num_queries, 20)
    assert large <= small + 1  # +1 at most: the label cache may be cold after new rows


def test_each_chart_says_in_words_what_it_draws(hub):
    with translation.override("en"):
        summaries = {chart.slug: chart.summary for chart in selectors.hub_charts(area=hub)}
    assert summaries == {
        "regions": "This area's 6 commitments by region: Americas: 4, Europe: 2.",
        "status": "This area's 6 commitments by status: In progress: 2, Completed: 3, Unknown: 1.",
        "completion": "In the latest action plans the IRM assessed (2020–2022), 1 of 3 "
        "commitments (33%) were substantially or fully complete.",
        "starred": "The IRM starred 2 of the 4 commitments it assessed in this area (50%); 2 "
        "are not assessed yet.",
        "challenge-years": "3 reforms accepted in this area, by year: 2024: 1, 2025: 2.",
        "challenge-members": "3 reforms accepted in this area, by member: Chile: 2, Spain: 1.",
    }


# what community/includes/bar_chart.svg wrote before bar_chart_svg wrote it in one pass
_BAR_CHART_SVG = """<svg xmlns="http://www.w3.org/2000/svg" class="chart-drawing" viewBox="0 0 {{ chart.width|stringformat:"d" }} {{ chart.height|stringformat:"d" }}" role="img" aria-labelledby="chart-{{ chart.slug }}-title chart-{{ chart.slug }}-summary">
  {% for row in chart.rows %}
    <g class="chart-row">
      <text class="chart-label" x="0" y="{{ row.label_y|stringformat:"d" }}">{{ row.short_label }}</text>
      <text class="chart-value" x="{{ chart.width|stringformat:"d" }}" y="{{ row.label_y|stringformat:"d" }}" text-anchor="end">{{ row.total_display }}</text>
      <rect class="chart-track" x="0" y="{{ row.bar_y|stringformat:"d" }}" width="{{ chart.bar_width|stringformat:"d" }}" height="{{ chart.bar_height|stringformat:"d" }}"/>
      {% for segment in row.segments %}{% if segment.value %}<rect class="chart-fill-{{ segment.key }}" x="{{ segment.x_attr }}" y="{{ row.bar_y|stringformat:"d" }}" width="{{ segment.width_attr }}" height="{{ chart.bar_height|stringformat:"d" }}"><title>{{ row.label }} · {{ segment.label }}: {{ segment.value_display }}</title></rect>{% endif %}{% endfor %}
    </g>
  {% endfor %}
</svg>
"""  # noqa: E501 - the template as it was


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_bar_chart_svg_writes_what_the_template_wrote(language):
    """Stacked and single-series charts, a long label cut short, a segment of 0 (not drawn),
    a name to escape, thousands written the reader's way."""
    from django.template import Context, Template

    stacked = charts.layout(
        charts.Chart(
            "status<&>",
            "Status",
            "Region",
            [
                charts.Row("Americas & the Caribbean, a very long region name", [
                    charts.Segment("completed", "Completed <b>", 1234),
                    charts.Segment("in-progress", "In progress", 0),
                    charts.Segment("unknown", "Unknown", 7),
                ]),
                charts.Row("Europe", [charts.Segment("completed", "Completed <b>", 3)]),
            ],
            [("completed", "Completed"), ("in-progress", "In progress"), ("unknown", "Unknown")],
        )
    )  # fmt: skip
    single = charts.layout(
        charts.Chart("members", "Members", "Member", [charts.Row("Chile", [
            charts.Segment("main", "Commitments", 5)])], [("main", "Commitments")])
    )  # fmt: skip
    empty = charts.layout(charts.Chart("none", "None", "Member", [], [("main", "x")]))
    drawn = {}
    with translation.override(language):
        for chart in (stacked, single, empty):
            expected = Template(_BAR_CHART_SVG).render(Context({"chart": chart}))
            drawn[chart.slug] = Template(
                "{% load community_tags %}{% bar_chart_svg chart %}"
            ).render(Context({"chart": chart}))
            assert drawn[chart.slug] == expected, chart.slug
    assert 'aria-labelledby="chart-status&lt;&amp;&gt;-title' in drawn["status<&>"]
    assert "Completed &lt;b&gt;" in drawn["status<&>"]
    assert drawn["status<&>"].count('<rect class="chart-fill-') == 3  # the 0 is not drawn
