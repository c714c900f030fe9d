"""A story body's image is Wagtail's ImageBlock (alternative text, or decorative) with a caption
and a credit; stories/migrations/0002 moved the old blocks' data to that shape."""

import importlib
import json

import pytest
import wagtail_factories
from pytest_django.asserts import assertContains

from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_body_image_renders_its_alternative_text_or_none_when_decorative(client, index):
    photo = wagtail_factories.ImageFactory(title="IMG_2041.jpg")
    # the stored (JSON) form, as the admin's form saves it
    body = [
        {"type": "image", "value": {
            "image": {"image": photo.pk, "alt_text": "Clerks at the registry counter",
                      "decorative": False},
            "caption": "The registry in Yerevan", "credit": "Ani Petrosyan"}},
        {"type": "image", "value": {
            "image": {"image": photo.pk, "alt_text": "", "decorative": True},
            "caption": "", "credit": ""}},
    ]  # fmt: skip
    story = StoryPageFactory(parent=index, body=json.dumps(body))
    response = client.get(story.url)
    assertContains(response, 'alt="Clerks at the registry counter"', count=1)
    assertContains(response, 'alt=""', count=1)  # decorative: not the file's title
    assertContains(response, "The registry in Yerevan")
    assertContains(response, "(Ani Petrosyan)")
    assert "IMG_2041" not in response.content.decode()


def test_the_migration_moves_old_image_blocks_to_the_image_block_shape():
    migration = importlib.import_module("stories.migrations.0002_image_block")
    operation = migration.ImageWithAltTextOperation()
    old = {"image": 7, "alt_text": "A map of the district", "caption": "Map", "credit": "OSM"}
    assert operation.apply(old) == {
        "image": {"image": 7, "alt_text": "A map of the district", "decorative": False},
        "caption": "Map",
        "credit": "OSM",
    }
    moved = operation.apply({"image": 8, "alt_text": "", "caption": "", "credit": ""})
    assert moved["image"] == {"image": 8, "alt_text": "", "decorative": True}
    assert operation.apply(moved) == moved  # run twice: unchanged
