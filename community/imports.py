"""Import members' commitments from OGP's own commitments export (CSV).

The columns are OGP's, so a full export imports the same way as the 558-row sample in
``../shared/data``. Every row is validated; a bad row is reported as "row N (line L)" (N as
a spreadsheet numbers it, the header being row 1; L the line of the file where the row
starts, which differs when a cell holds line breaks) with its reason and skipped, the good
ones are created or updated. Re-running the same file changes nothing (each row compares
before it writes). docs/imports.md has the rules: columns, stars, dates, duplicates."""

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

import pycountry
from tqdm import tqdm

from core.csv_export import unneutralise

from . import services, vocabulary
from .models import ActionPlan, ChallengeArea, Commitment, Member
from .signals import area_stats_paused, areas_changed

C = Commitment
MISSING = {"", "ND", "NR", "NA", "N/A", "NONE_GIVEN"}
ID_COLUMN = "Commitment Unique Identifier"
# Without these the file is not OGP's export at all.
REQUIRED_COLUMNS = {
    ID_COLUMN,
    "Country/Locality",
    "Code",
    "Region",
    "National Or Local",
    "Year Of Submission",
    "Action Plan ID",
    "Commitment Title",
    "Full Text",
}
# OGP's star columns, most recent assessment first: the first that holds 0 or 1 decides.
# The end-of-term report follows the progress (mid-term) report, and both use the current
# formula (transformative potential impact, substantial or complete); "Starred (2015 Only)"
# is the formula the IRM used until 2015 (moderate impact sufficed), a last resort. On the
# real export this order reproduces OGP's own "Max star" column on every row (36 stars).
# "Star - Most Recently Assessed" is not a star: it is 1 for every commitment of the
# 2015-2016 plans, not-started ones with minor impact included, so it is not read.
STAR_COLUMNS = (
    "Starred (Current Formula) End of Term",
    "Starred (Current Formula) Progress Report",
    "Starred (2015 Only)",
)
# Every other column the importer reads. A file without one of them is refused: importing
# it would blank that field on every commitment.
OPTIONAL_COLUMNS = (
    "Action Plan Number",
    "Action Plan End Year",
    "Commitment Number",
    "Short Title",
    "Theme",
    "Start Date",
    "End Date",
    "Lead Institution",
    "Supporting Institution(s)",
    "Specificity",
    "Potential Impact",
    "Completion (Progress Report)",
    "Completion (End Of Term)",
    "Did It Open Government (Overall)",
    *STAR_COLUMNS,
    "Latest IRM Report",
    "URL",
    *vocabulary.POLICY_AREA_COLUMNS,
)
PUBLIC_ID = re.compile(r"^[A-Z]{2,4}[0-9]{2,6}$")
MEMBER_CODE = re.compile(r"^[A-Z]{3,4}$")
# OGP was launched in 2011: no action plan, and no commitment, began before.
PARTNERSHIP_FOUNDED = 2011
LATEST_YEAR = 2100

# OGP's spellings of the IRM's scales; values meaning "not assessed" map to None.
SPECIFICITY = {
    "None": C.Specificity.NONE,
    "Low": C.Specificity.LOW,
    "Medium": C.Specificity.MEDIUM,
    "High": C.Specificity.HIGH,
}
POTENTIAL_IMPACT = {
    "None": C.PotentialImpact.NONE,
    "Minor": C.PotentialImpact.MINOR,
    "Moderate": C.PotentialImpact.MODERATE,
    "Transformative": C.PotentialImpact.TRANSFORMATIVE,
}
COMPLETION = {
    "Not Started": C.Completion.NOT_STARTED,
    "Limited": C.Completion.LIMITED,
    "Substantial": C.Completion.SUBSTANTIAL,
    "Complete": C.Completion.COMPLETE,
    "Withdrawn": C.Completion.WITHDRAWN,
    "Unclear": None,
}
OPENED_GOVERNMENT = {
    "Worsens": C.OpenedGovernment.WORSENS,
    "Did Not Change": C.OpenedGovernment.DID_NOT_CHANGE,
    "Marginal": C.OpenedGovernment.MARGINAL,
    "Major": C.OpenedGovernment.MAJOR,
    "Outstanding": C.OpenedGovernment.OUTSTANDING,
    "No early results to report yet": None,
}
STATUS_FROM_COMPLETION = {
    C.Completion.NOT_STARTED: C.Status.NOT_STARTED,
    C.Completion.LIMITED: C.Status.IN_PROGRESS,
    C.Completion.SUBSTANTIAL: C.Status.IN_PROGRESS,
    C.Completion.COMPLETE: C.Status.COMPLETED,
    C.Completion.WITHDRAWN: C.Status.WITHDRAWN,
}


class ImportFileError(Exception):
    """The file as a whole cannot be imported (unreadable, not OGP's columns)."""


class RowInvalid(ValueError):
    pass


@dataclass
class RowProblem:
    """A remark about one row: why it was not imported (``report.problems``), or what the
    importer made of a doubtful value in a row it imported (``report.notes``)."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    line: int  # the line of the file where the row starts
    public_id: str
    reason: str

    def __str__(self):
        who = f", {self.public_id}" if self.public_id else ""
        return f"row {self.row} (line {self.line}){who}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did: counts of created/updated/unchanged, the rows or items it could
    not take, each with its reason, and notes on rows it took. Shared by every importer
    (resources too)."""

    counts: Counter = field(default_factory=Counter)
    problems: list = field(default_factory=list)  # RowProblem, or another importer's kind
    notes: list = field(default_factory=list)

    @property
    def created(self):
        return self.counts["created"]

    @property
    def updated(self):
        return self.counts["updated"]

    @property
    def unchanged(self):
        return self.counts["unchanged"]


@dataclass
class ParsedRow:
    public_id: str
    member_name: str
    member_code: str
    member_kind: str
    country_iso3: str
    country_name: str
    region_slug: str
    plan_id: str
    plan_number: int | None
    start_year: int
    end_year: int | None
    fields: dict
    theme_slugs: set[str]
    area_slugs: set[str]
    policy_areas: set[str]
    notes: list[str] = field(default_factory=list)


@dataclass
class SourceRow:
    row: int
    line: int
    cells: list[str]


# --- Parsing one row ---------------------------------------------------------------------


def _value(row, column):
    # a cell our own export neutralised for spreadsheets ("'=...", core.csv_export) reads back
    # as it was
    value = unneutralise((row.get(column) or "").strip())
    return None if value.upper() in MISSING else value


def _required(row, column):
    value = _value(row, column)
    if value is None:
        raise RowInvalid(f"'{column}' is empty")
    return value


def _int(row, column, *, low=None, high=None):
    value = _value(row, column)
    if value is None:
        return None
    try:
        number = int(float(value))
    except ValueError:
        raise RowInvalid(f"'{column}' should be a number, got '{value}'") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise RowInvalid(f"'{column}' is out of range: {number}")
    return number


def _choice(row, column, mapping):
    value = _value(row, column)
    if value is None:
        return ""
    if value not in mapping:
        allowed = ", ".join(sorted(k for k in mapping))
        raise RowInvalid(f"'{column}' has an unknown value '{value}' (expected one of {allowed})")
    return mapping[value] or ""


def _flag(row, column):
    value = _value(row, column)
    if value is None:
        return None
    if value not in ("0", "1"):
        raise RowInvalid(f"'{column}' should be 0 or 1, got '{value}'")
    return value == "1"


MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
EXCEL_EPOCH = date(1899, 12, 30)


def _period(text: str) -> tuple[date, date] | None:
    """The first and last day of the period a free-text date in OGP's export names.

    The export's dates are typed by hand: 9/1/2018, 31/12/2014, 12/31/18, July 2014, 2016,
    "IV quarter of 2021", "Quarter 1 2015", Excel serial numbers... Anything else
    ("Ongoing", "Permanent activity") is unknown."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 else y
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        return d, d
    if m := re.fullmatch(r"([A-Za-z]+)\s+(\d{4})", text):
        month = MONTHS.get(m[1].lower())
        if month is None:
            return None
        year = int(m[2])
        first = date(year, month, 1)
        last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
        return first, last
    if m := re.fullmatch(r"(I{1,3}|IV) quarter of (\d{4})", text) or re.fullmatch(
        r"Quarter ([1-4]) (\d{4})", text
    ):
        quarter = ROMAN.get(m[1]) or int(m[1])
        year = int(m[2])
        first = date(year, 3 * quarter - 2, 1)
        last = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - timedelta(days=1)
        return first, last
    if re.fullmatch(r"(19|20)\d{2}", text):
        year = int(text)
        return date(year, 1, 1), date(year, 12, 31)
    if re.fullmatch(r"4\d{4}", text):  # an Excel serial number (2009-2036)
        d = EXCEL_EPOCH + timedelta(days=int(text))
        return d, d
    return None


def _date(row, column, notes: list[str], *, end=False):
    """The first (or, with ``end``, last) day a date cell names, or None when unknown.

    A date before the partnership existed cannot be a commitment's. One such mistake is
    recognised and undone: a year typed into a date-formatted spreadsheet cell becomes the
    day with that serial number, counted from 30 December 1899 (Excel's, LibreOffice's and
    Google Sheets' calendar), so 2023 becomes 7/15/1905. Such a day reads back as its year
    (the whole year, as a bare "2023" would); any other early date is left unknown. Both
    are noted in the report."""
    value = _value(row, column)
    if value is None:
        return None
    period = _period(value)
    if period is None:
        return None
    first, last = period
    if first.year >= PARTNERSHIP_FOUNDED:
        return last if end else first
    year = (first - EXCEL_EPOCH).days
    if first == last and PARTNERSHIP_FOUNDED <= year <= LATEST_YEAR:
        notes.append(
            f"'{column}' {value} is the year {year} that a spreadsheet turned into a date; "
            f"read as {year}"
        )
        return date(year, 12, 31) if end else date(year, 1, 1)
    notes.append(
        f"'{column}' {value} is before the partnership began ({PARTNERSHIP_FOUNDED}); left unknown"
    )
    return None


def _starred(row):
    """The IRM's star from the most recent assessment that has one (see STAR_COLUMNS)."""
    for column in STAR_COLUMNS:
        starred = _flag(row, column)
        if starred is not None:
            return starred
    return None


def _member_identity(row, code):
    """(kind, country ISO-3, country name) for the member a row belongs to."""
    name = _required(row, "Country/Locality")
    national_or_local = _value(row, "National Or Local") or ""
    is_local = "local" in national_or_local.lower() or len(code) == 4
    if not is_local:
        return Member.Kind.NATIONAL, code, name
    # A local member: OGP's code starts with its country's ISO alpha-2 code, and its name
    # ends with the country's name ("Kaduna State, Nigeria").
    record = pycountry.countries.get(alpha_2=code[:2])
    if record is None:
        raise RowInvalid(f"cannot tell the country of local member '{name}' ({code})")
    country_name = name.rsplit(",", 1)[-1].strip() if "," in name else record.name
    return Member.Kind.LOCAL, record.alpha_3, country_name


def parse_row(row: dict) -> ParsedRow:
    public_id = _required(row, "Commitment Unique Identifier").upper()
    if not PUBLIC_ID.match(public_id):
        raise RowInvalid(f"'{public_id}' is not an OGP commitment identifier (e.g. AL0002)")
    code = _required(row, "Code").upper()
    if not MEMBER_CODE.match(code):
        raise RowInvalid(f"'Code' should be a three- or four-letter code, got '{code}'")
    kind, iso3, country_name = _member_identity(row, code)
    region_name = _required(row, "Region")
    region_slug = vocabulary.REGION_BY_OGP_NAME.get(region_name)
    if region_slug is None:
        raise RowInvalid(f"unknown region '{region_name}'")
    start_year = _int(row, "Year Of Submission", low=PARTNERSHIP_FOUNDED, high=LATEST_YEAR)
    if start_year is None:
        raise RowInvalid("'Year Of Submission' is empty")
    end_year = _int(row, "Action Plan End Year", low=PARTNERSHIP_FOUNDED, high=LATEST_YEAR)
    if end_year is not None and end_year < start_year:
        raise RowInvalid(f"the action plan ends ({end_year}) before it starts ({start_year})")
    title = _value(row, "Commitment Title") or _value(row, "Short Title")
    if title is None:
        raise RowInvalid("the commitment has no title")

    themes, areas, policy_areas = set(), set(), set()
    for column, mapping in vocabulary.POLICY_AREA_COLUMNS.items():
        if _flag(row, column):
            policy_areas.add(column)
            themes.update(mapping.themes)
            areas.update(mapping.challenge_areas)

    completion_midterm = _choice(row, "Completion (Progress Report)", COMPLETION)
    completion_end = _choice(row, "Completion (End Of Term)", COMPLETION)
    starred = _starred(row)
    url = _value(row, "URL") or ""
    if url and not url.startswith(("http://", "https://")):
        raise RowInvalid(f"'URL' is not a web address: '{url}'")
    notes = []
    start_date = _date(row, "Start Date", notes)
    end_date = _date(row, "End Date", notes, end=True)
    if start_date and end_date and end_date < start_date:
        end_date = None  # hand-typed dates sometimes swap day and month; keep the safe one
    fields = {
        "number": (_value(row, "Commitment Number") or "")[:20],
        "title": title[:500],
        "short_title": (_value(row, "Short Title") or "")[:255],
        "description": _value(row, "Full Text") or "",
        "plan_heading": (_value(row, "Theme") or "")[:255],
        "lead_institution": (_value(row, "Lead Institution") or "")[:500],
        "supporting_institutions": _value(row, "Supporting Institution(s)") or "",
        "start_date": start_date,
        "end_date": end_date,
        "irm_specificity": _choice(row, "Specificity", SPECIFICITY),
        "irm_potential_impact": _choice(row, "Potential Impact", POTENTIAL_IMPACT),
        "irm_completion_midterm": completion_midterm,
        "irm_completion": completion_end,
        "irm_opened_government": _choice(
            row, "Did It Open Government (Overall)", OPENED_GOVERNMENT
        ),
        "irm_starred": starred,
        "irm_report_year": _int(row, "Latest IRM Report", low=2000, high=2100),
        "source_url": url[:500],
        "status": STATUS_FROM_COMPLETION.get(
            completion_end or completion_midterm, C.Status.UNKNOWN
        ),
    }
    return ParsedRow(
        public_id=public_id,
        member_name=_required(row, "Country/Locality")[:200],
        member_code=code,
        member_kind=kind,
        country_iso3=iso3,
        country_name=country_name,
        region_slug=region_slug,
        plan_id=_required(row, "Action Plan ID")[:30],
        plan_number=_int(row, "Action Plan Number", low=0, high=100),
        start_year=start_year,
        end_year=end_year,
        fields=fields,
        theme_slugs=themes,
        area_slugs=areas,
        policy_areas=policy_areas,
        notes=notes,
    )


# --- Writing ------------------------------------------------------------------------------


class _Importer:
    def __init__(self):
        self.vocab = services.vocabulary_ensure()
        self.countries = {}
        self.members = {m.code: m for m in Member.objects.all()}
        self.plans = {p.ogp_id: p for p in ActionPlan.objects.all()}
        self.commitments = {
            c.public_id: c
            for c in Commitment.objects.prefetch_related(
                "themes", "challenge_areas", "tagged_policy_areas__tag"
            )
        }

    def country(self, row: ParsedRow):
        if row.country_iso3 not in self.countries:
            self.countries[row.country_iso3] = services.country_ensure(
                iso3=row.country_iso3,
                name=row.country_name,
                region=self.vocab["regions"][row.region_slug],
            )
        return self.countries[row.country_iso3]

    def member(self, row: ParsedRow) -> Member:
        member = self.members.get(row.member_code)
        country = self.country(row)
        wanted = {"name": row.member_name, "kind": row.member_kind, "country_id": country.pk}
        if member is None:
            member = Member.objects.create(
                code=row.member_code,
                slug=services.unique_slug(
                    Member, row.member_name, max_length=190, fallback="member"
                ),
                **wanted,
            )
            self.members[member.code] = member
        elif _differs(member, wanted):
            _assign(member, wanted)
            member.save()
        return member

    def plan(self, row: ParsedRow, member: Member) -> ActionPlan:
        plan = self.plans.get(row.plan_id)
        wanted = {
            "member_id": member.pk,
            "number": row.plan_number,
            "start_year": row.start_year,
            "end_year": row.end_year,
        }
        if plan is None:
            plan = ActionPlan.objects.create(ogp_id=row.plan_id, **wanted)
            self.plans[plan.ogp_id] = plan
        elif _differs(plan, wanted):
            _assign(plan, wanted)
            plan.save()
        return plan

    def commitment(self, row: ParsedRow, plan: ActionPlan) -> str:
        wanted = {"action_plan_id": plan.pk, **row.fields}
        themes = [self.vocab["themes"][s] for s in sorted(row.theme_slugs)]
        areas = [self.vocab["areas"][s] for s in sorted(row.area_slugs)]
        commitment = self.commitments.get(row.public_id)
        if commitment is None:
            commitment = Commitment(public_id=row.public_id)
            outcome = "created"
        else:
            same = (
                not _differs(commitment, wanted)
                and {t.pk for t in commitment.themes.all()} == {t.pk for t in themes}
                and {a.pk for a in commitment.challenge_areas.all()} == {a.pk for a in areas}
                and {t.tag.name for t in commitment.tagged_policy_areas.all()} == row.policy_areas
            )
            if same:
                return "unchanged"
            outcome = "updated"
        _assign(commitment, wanted)
        commitment.full_clean(exclude=["themes", "challenge_areas", "policy_areas"])
        commitment.themes.set(themes)
        commitment.challenge_areas.set(areas)
        commitment.policy_areas.set(sorted(row.policy_areas))
        commitment.save()
        self.commitments[commitment.public_id] = commitment
        return outcome

    def import_row(self, row: ParsedRow) -> str:
        try:
            with transaction.atomic():
                member = self.member(row)
                plan = self.plan(row, member)
                return self.commitment(row, plan)
        except Exception:
            self.reload(row)
            raise

    def reload(self, row: ParsedRow) -> None:
        """Forget what a rolled-back row put in the caches: a member, plan or country it
        created no longer exists, and one it changed holds values the database does not."""
        self.countries.pop(row.country_iso3, None)
        for cache, key, found in (
            (self.members, row.member_code, Member.objects.filter(code=row.member_code)),
            (self.plans, row.plan_id, ActionPlan.objects.filter(ogp_id=row.plan_id)),
            (
                self.commitments,
                row.public_id,
                Commitment.objects.filter(public_id=row.public_id).prefetch_related(
                    "themes", "challenge_areas", "tagged_policy_areas__tag"
                ),
            ),
        ):
            obj = found.first()
            if obj is None:
                cache.pop(key, None)
            else:
                cache[key] = obj


def _differs(obj, wanted: dict) -> bool:
    return any(getattr(obj, k) != v for k, v in wanted.items())


def _assign(obj, wanted: dict) -> None:
    for k, v in wanted.items():
        setattr(obj, k, v)


def _check_columns(header: list[str]) -> None:
    missing = sorted(REQUIRED_COLUMNS - set(header))
    if missing:
        raise ImportFileError(
            "this is not OGP's commitments export: missing column(s) " + ", ".join(missing)
        )
    twice = sorted(c for c in REQUIRED_COLUMNS.union(OPTIONAL_COLUMNS) if header.count(c) > 1)
    if twice:
        raise ImportFileError(
            "column(s) " + ", ".join(twice) + " appear more than once: which to read cannot "
            "be told, so nothing was imported."
        )
    missing = [column for column in OPTIONAL_COLUMNS if column not in header]
    if missing:
        raise ImportFileError(
            "missing column(s) "
            + ", ".join(missing)
            + ": importing without them would blank these fields on every commitment, so "
            "nothing was imported. Export every column of OGP's commitments sheet."
        )


def _read_rows(stream) -> tuple[list[str], list[SourceRow]]:
    reader = csv.reader(stream)
    try:
        header = next(reader, [])
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ImportFileError(f"cannot read the file as CSV: {exc}") from exc
    _check_columns(header)
    rows, number, line = [], 1, reader.line_num
    try:
        for cells in reader:
            number += 1
            if cells:  # a blank line is an empty spreadsheet row: counted, not imported
                rows.append(SourceRow(row=number, line=line + 1, cells=cells))
            line = reader.line_num
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ImportFileError(f"cannot read row {number + 1} (line {line + 1}): {exc}") from exc
    return header, rows


def _where(source: SourceRow) -> str:
    return f"row {source.row} (line {source.line})"


def _screen(header: list[str], rows: list[SourceRow], report: ImportReport):
    """Yield (row, id, cells by column) for the rows worth parsing. Rows of the wrong width,
    and every row of an id that appears more than once (which of them is right cannot be
    told), go to the report instead."""
    id_index = header.index(ID_COLUMN)
    ids = [r.cells[id_index].strip().upper() if id_index < len(r.cells) else "" for r in rows]
    rows_by_id = defaultdict(list)
    for source, public_id in zip(rows, ids, strict=True):
        if public_id:
            rows_by_id[public_id].append(source)
    width = len(header)
    for source, public_id in zip(rows, ids, strict=True):
        if len(source.cells) < width:
            reason = f"short row: {len(source.cells)} of {width} columns"
        elif len(source.cells) > width:
            reason = f"long row: {len(source.cells)} cells for {width} columns"
        elif len(rows_by_id.get(public_id, ())) > 1:
            others = ", ".join(_where(o) for o in rows_by_id[public_id] if o is not source)
            reason = f"the same id is on {others}: neither row was imported"
        else:
            yield source, public_id, dict(zip(header, source.cells, strict=True))
            continue
        report.problems.append(RowProblem(source.row, source.line, public_id, reason))


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
    if isinstance(exc, IntegrityError | DataError):
        return f"database refused it: {exc}"
    return str(exc)


def commitments_import(*, stream, progress: bool = False) -> ImportReport:
    """Import every good row of an OGP commitments export; report the bad ones."""
    header, rows = _read_rows(stream)
    report = ImportReport()
    importer = _Importer()
    screened = list(_screen(header, rows, report))
    # the areas' figures once at the end, not once per row (each row commits on its own)
    with area_stats_paused():
        for source, public_id, cells in tqdm(
            screened, desc="Commitments", unit="row", disable=not progress
        ):
            try:
                parsed = parse_row(cells)
                outcome = importer.import_row(parsed)
            except (RowInvalid, ValidationError, IntegrityError, DataError) as exc:
                report.problems.append(RowProblem(source.row, source.line, public_id, _reason(exc)))
                continue
            report.counts[outcome] += 1
            report.notes.extend(
                RowProblem(source.row, source.line, public_id, note) for note in parsed.notes
            )
    if screened:  # a member or plan may have changed without its commitments
        areas_changed(ChallengeArea.objects.in_default_locale().values_list("pk", flat=True))
    report.problems.sort(key=lambda p: p.row)
    return report
