"""Every endpoint of /api/v1/ fuzzed against its own OpenAPI schema (schemathesis, in
process through Django's WSGI application): no 500 whatever the parameters, and every
response conforms to the schema. Deterministic and bounded (a few examples per operation)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from opengov.wsgi import application
from tests.api.conftest import pages, records

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=8, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_every_endpoint_answers_as_its_schema_says(vocab):
    records(vocab, commitments=3, milestones=1)
    pages(stories=1, recommendations=1)
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 12  # a list and a record of each of the six kinds

    for operation in operations:

        @EXAMPLES
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.text[:300])
            if response.status_code == 200:
                case.validate_response(
                    response, checks=[response_schema_conformance, content_type_conformance]
                )
            else:
                assert response.status_code in (400, 404), (case.path, case.query)

        check()
