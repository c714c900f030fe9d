"""Anyone may read the research pages; only editors and staff manage resources in the admin."""

import pytest

from tests.resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(reformer, editor, staff):
    return {"anonymous": None, "reformer": reformer, "editor": editor, "staff": staff}


@pytest.fixture
def paper(vocab):
    return ResourceFactory(slug="open-data-portals", challenge_areas=[vocab["areas"]["justice"]])


# url -> allowed for (anonymous, reformer, editor, staff)
MATRIX = {
    "/resources/": (True, True, True, True),
    "/resources/open-data-portals/": (True, True, True, True),
    "/fr/resources/open-data-portals/": (True, True, True, True),
    "/admin/snippets/resources/resource/": (False, False, True, True),
    "/admin/snippets/resources/resource/?q=data&kind=journal_article": (False, False, True, True),
    "/admin/snippets/resources/resource/add/": (False, False, True, True),
}


@pytest.mark.parametrize("url", list(MATRIX))
@pytest.mark.parametrize("role", ["anonymous", "reformer", "editor", "staff"])
def test_who_may_open_what(client, people, paper, url, role):
    if people[role] is not None:
        client.force_login(people[role])
    response = client.get(url)
    allowed = MATRIX[url][["anonymous", "reformer", "editor", "staff"].index(role)]
    if allowed:
        assert response.status_code == 200, (role, url)
    else:
        assert response.status_code in (302, 403), (role, url, response.status_code)


def test_an_editor_can_open_a_resource_in_the_admin(client, editor, paper):
    client.force_login(editor)
    response = client.get(f"/admin/snippets/resources/resource/edit/{paper.pk}/")
    assert response.status_code == 200


def test_the_admin_list_searches_resources(client, staff, paper):
    ResourceFactory(title="Crowdlaw in practice")
    client.force_login(staff)
    response = client.get("/admin/snippets/resources/resource/", {"q": "crowdlaw"})
    assert response.status_code == 200
    titles = [r.title for r in response.context["object_list"]]
    assert titles == ["Crowdlaw in practice"]
