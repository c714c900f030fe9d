import pytest

from core.demo import read_yaml
from resources.demo.loader import BRIEFS, load_resources
from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_demo_briefs_load_classified_and_idempotently(client):
    count = len(read_yaml(BRIEFS))
    assert load_resources() == f"{count} research briefs created ({count} in all)"
    assert Resource.objects.count() == count == 6
    brief = Resource.objects.get(source_id="ogc-demo-06")
    assert brief.kind == Resource.Kind.RESEARCH_REPORT
    assert {a.slug for a in brief.challenge_areas.all()} == {
        "anti-corruption",
        "access-to-information",
    }
    assert set(brief.categories.names()) == {"Open Contracting", "Open Data"}
    snapshot = sorted(Resource.objects.values_list("source_id", "title", "updated_at"))

    assert load_resources() == f"0 research briefs created ({count} in all)"
    assert sorted(Resource.objects.values_list("source_id", "title", "updated_at")) == snapshot
    assert client.get(brief.get_absolute_url()).status_code == 200
