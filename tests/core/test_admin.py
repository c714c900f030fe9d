"""The admin's read-only listing of the outbox."""

import pytest
from pytest_django.asserts import assertContains

from core.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(db):
    return OutboxMessage.objects.create(
        task="search.tasks.owners_sync",
        kwargs={"owners": ["page:3"]},
        available_at="2030-01-01T00:00:00Z",
        attempts=2,
        last_error="OperationalError('Error 111 connecting to redis:6379. Connection refused.')",
    )


def test_superusers_see_what_waits_and_why(client, staff, waiting):
    client.force_login(staff)
    listing = client.get("/admin/outbox/")
    assertContains(listing, "search.tasks.owners_sync")
    assertContains(listing, "Connection refused")
    assertContains(client.get(f"/admin/outbox/inspect/{waiting.pk}/"), "page:3")


def test_nobody_changes_a_row_through_the_admin(client, staff, waiting):
    client.force_login(staff)
    for url in (f"/admin/outbox/edit/{waiting.pk}/", f"/admin/outbox/delete/{waiting.pk}/"):
        assert client.get(url).status_code != 200, url
        client.post(url, {"task": "changed"})
    assert client.get("/admin/outbox/new/").status_code != 200
    assert OutboxMessage.objects.get().task == "search.tasks.owners_sync"


def test_editors_do_not_see_the_outbox(client, editor, waiting):
    client.force_login(editor)
    response = client.get("/admin/outbox/")
    assert response.status_code in (302, 403)
    assert "owners_sync" not in response.content.decode()
