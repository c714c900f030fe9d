"""The schema generator: it describes /api/v1/ only (api.schema_urls), wherever it runs —
the schema view and drf-spectacular's deploy check alike (the check would otherwise walk the
whole URLconf, Wagtail's admin API included, and warn about views that are not ours)."""

from drf_spectacular.generators import SchemaGenerator


class ApiSchemaGenerator(SchemaGenerator):
    def __init__(self, *args, urlconf=None, **kwargs):
        super().__init__(*args, urlconf=urlconf or "api.schema_urls", **kwargs)
