"""Charts of a challenge area's hub, drawn on the server as SVG (no script, no inline style).

Pure functions: they take figures the selectors counted (`community.challenge_selectors`)
and return a `Chart` the template `community/includes/bar_chart.html` draws: one
horizontal bar per row, a bar made of one segment per series (a stacked bar when there are
several), each segment's colour a class of the site's stylesheet (`.chart-fill-<key>`), so
every colour comes from the palette. Every chart carries a one-sentence summary and the
figures for its table, formatted for the reader's language."""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

# The drawing's coordinate system: 320 units wide (1:1 on the narrowest phone), each row a
# label line and a bar beneath it.
WIDTH = 320
ROW_HEIGHT = 42
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 13
MAX_LABEL = 32  # characters of a row's label in the drawing (the table has it whole)


@dataclass
class Segment:
    key: str  # the series (its colour class)
    label: str
    value: int
    x: float = 0.0
    width: float = 0.0

    # SVG attributes are written with a decimal point whatever the reader's language
    @property
    def x_attr(self) -> str:
        return f"{self.x:.2f}"

    @property
    def width_attr(self) -> str:
        return f"{self.width:.2f}"

    @property
    def value_display(self) -> str:
        return number_format(self.value)


@dataclass
class Row:
    label: str
    segments: list[Segment]
    y: int = 0

    @property
    def total(self) -> int:
        return sum(segment.value for segment in self.segments)

    @property
    def short_label(self) -> str:
        return self.label if len(self.label) <= MAX_LABEL else self.label[: MAX_LABEL - 1] + "…"

    @property
    def label_y(self) -> int:
        return self.y + LABEL_BASELINE

    @property
    def bar_y(self) -> int:
        return self.y + BAR_TOP

    @property
    def total_display(self) -> str:
        return number_format(self.total)


@dataclass
class Chart:
    slug: str
    title: str
    dimension: str  # what a row is (the table's first column)
    rows: list[Row]
    series: list[tuple[str, str]]  # (key, label) of each segment kind, in order
    summary: str = ""
    empty: str = ""
    width: int = WIDTH
    height: int = 0
    bar_width: int = WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def stacked(self) -> bool:
        return len(self.series) > 1

    @property
    def table_rows(self) -> list[tuple[str, list[tuple[str, str]], str]]:
        """(label, [(series, its figure)], the total) of each row, formatted."""
        return [
            (row.label, [(s.label, s.value_display) for s in row.segments], row.total_display)
            for row in self.rows
        ]


def layout(chart: Chart) -> Chart:
    """Place the rows and size the segments: the longest row fills the width."""
    longest = max((row.total for row in chart.rows), default=0)
    for index, row in enumerate(chart.rows):
        row.y = index * ROW_HEIGHT
        x = 0.0
        for segment in row.segments:
            segment.x = round(x, 2)
            segment.width = round(chart.bar_width * segment.value / longest, 2) if longest else 0
            x += segment.width
    chart.height = max(len(chart.rows), 1) * ROW_HEIGHT
    return chart


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as a whole percentage, written the reader's way ("42 %" in French)."""
    value = round(100 * part / whole) if whole else 0
    return _("%(percent)s%%") % {"percent": number_format(value)}


def counts_chart(
    *,
    slug: str,
    title: str,
    dimension: str,
    measure: str,
    counts: list[tuple[str, int]],
    summary,
    empty: str,
) -> Chart:
    """One bar per (label, count), in the given order. `summary(listing, total)` writes the
    sentence (`total` a number, for the plural): `listing` names every row with its count in
    the chart's order ("Americas: 4, Europe: 2"), so that the text says all the drawing does."""
    rows = [Row(label, [Segment("main", measure, count)]) for label, count in counts]
    chart = Chart(slug, title, dimension, rows, [("main", measure)], empty=empty)
    if rows:
        listing = _(", ").join(
            _("%(label)s: %(count)s") % {"label": label, "count": number_format(count)}
            for label, count in counts
        )
        chart.summary = summary(listing, sum(c for _label, c in counts))
    return layout(chart)


def stacked_chart(
    *,
    slug: str,
    title: str,
    dimension: str,
    series: list[tuple[str, str]],
    rows: list[tuple[str, dict[str, int]]],
    summary: str,
    empty: str,
) -> Chart:
    """One bar per (label, {series key: count}), each made of the series in order."""
    chart_rows = [
        Row(label, [Segment(key, name, values.get(key, 0)) for key, name in series])
        for label, values in rows
    ]
    return layout(Chart(slug, title, dimension, chart_rows, series, summary=summary, empty=empty))
