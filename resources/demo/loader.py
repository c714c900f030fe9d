"""Demo research: short briefs by the OpenGov Commons team (imaginary, written for the demo),
in briefs.yaml.

Creates the briefs that are missing and leaves existing ones as editors left them, so
running it again changes nothing."""

from pathlib import Path

from community.services import vocabulary_ensure
from core.demo import read_yaml
from resources import services, vocabulary
from resources.models import Resource
from resources.signals import indexing_deferred

BRIEFS = Path(__file__).parent / "briefs.yaml"


def load_resources() -> str:
    briefs = read_yaml(BRIEFS)
    vocab = vocabulary_ensure()
    existing = set(Resource.objects.values_list("source_id", flat=True))
    created = 0
    with indexing_deferred():
        for brief in briefs:
            if brief["source_id"] in existing:
                continue
            theme_slugs, area_slugs = vocabulary.classify(brief["categories"])
            services.resource_create(
                themes=[vocab["themes"][slug] for slug in sorted(theme_slugs)],
                challenge_areas=[vocab["areas"][slug] for slug in sorted(area_slugs)],
                date_label=str(brief["year"]),
                **{**brief, "kind": Resource.Kind(brief["kind"])},
            )
            created += 1
    return f"{created} research briefs created ({len(briefs)} in all)"
