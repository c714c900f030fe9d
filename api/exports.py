"""Downloads of the public records as CSV and JSON (docs/open-data.md), filtered by the same
query-string filters as the site's listings.

The commitments' CSV has the columns of OGP's own export (api.ogp), so it imports again with
``import_commitments``; the other CSVs have the API's fields as columns. Every download
streams: the rows are read CHUNK at a time (`iterator(chunk_size=...)`, prefetching per
chunk) and written as they come, so neither the table nor the file is ever held in memory.
CSV is UTF-8 with a byte-order mark and formula-like cells neutralised (core.csv_export);
JSON is a list of the API's records."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from community.filters import CommitmentFilter, MemberFilter
from core.csv_export import csv_lines

from . import ogp, selectors, serializers
from .filters import ActionPlanFilter

CHUNK = 200
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def _records(queryset):
    return queryset.iterator(chunk_size=CHUNK)


def _json_lines(records, serializer_class):
    yield "["
    for n, record in enumerate(records):
        data = serializer_class(record, context={"request": None}).data
        yield (
            ("," if n else "") + "\n" + json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
        )
    yield "\n]\n"


def _flat(value):
    if isinstance(value, list):
        return " | ".join(str(item) for item in value)
    return value


def _csv_of(records, serializer_class):
    fields = list(serializer_class().fields)
    rows = (
        [_flat(value) for value in serializer_class(record).data.values()] for record in records
    )
    return csv_lines(fields, rows)


def _download(request, fmt, *, name, queryset, filterset_class, serializer_class, csv=None):
    if fmt not in FORMATS:
        raise Http404("No such format")
    if filterset_class is not None:
        filterset = filterset_class(request.GET, queryset=queryset, request=request)
        if not filterset.is_valid():
            errors = "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in filterset.errors.items()
            )
            return HttpResponse(
                _("These filters cannot be applied: %(errors)s") % {"errors": errors},
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        queryset = filterset.qs
    records = _records(queryset)
    if fmt == "json":
        lines = _json_lines(records, serializer_class)
    else:
        lines = csv(records) if csv else _csv_of(records, serializer_class)
    response = StreamingHttpResponse(lines, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def _ogp_csv(records):
    return csv_lines(ogp.OGP_COLUMNS, (ogp.commitment_row(c) for c in records))


@require_GET
def commitments_export(request, fmt):
    return _download(
        request,
        fmt,
        name="commitments",
        queryset=selectors.commitments(),
        filterset_class=CommitmentFilter,
        serializer_class=serializers.CommitmentSerializer,
        csv=_ogp_csv,
    )


@require_GET
def members_export(request, fmt):
    return _download(
        request,
        fmt,
        name="members",
        queryset=selectors.members(),
        filterset_class=MemberFilter,
        serializer_class=serializers.MemberSerializer,
    )


@require_GET
def action_plans_export(request, fmt):
    return _download(
        request,
        fmt,
        name="action-plans",
        queryset=selectors.action_plans(),
        filterset_class=ActionPlanFilter,
        serializer_class=serializers.ActionPlanSerializer,
    )


@require_GET
def challenge_areas_export(request, fmt):
    return _download(
        request,
        fmt,
        name="challenge-areas",
        queryset=selectors.challenge_areas(),
        filterset_class=None,
        serializer_class=serializers.ChallengeAreaSerializer,
    )
