import pytest

from resources.demo import BRIEFS, load_resources
from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_demo_briefs_load_classified_and_idempotently(client):
    assert load_resources() == f"{len(BRIEFS)} research briefs created ({len(BRIEFS)} in all)"
    assert Resource.objects.count() == len(BRIEFS) == 6
    brief = Resource.objects.get(source_id="ogc-demo-06")
    assert {a.slug for a in brief.challenge_areas.all()} == {
        "anti-corruption",
        "access-to-information",
    }
    assert set(brief.categories.names()) == {"Open Contracting", "Open Data"}
    snapshot = sorted(Resource.objects.values_list("source_id", "title", "updated_at"))

    assert load_resources() == f"0 research briefs created ({len(BRIEFS)} in all)"
    assert sorted(Resource.objects.values_list("source_id", "title", "updated_at")) == snapshot
    assert client.get(brief.get_absolute_url()).status_code == 200
