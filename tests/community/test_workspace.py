"""The member workspace (/workspace/): who may open and change what, what a change keeps
(history), forms that keep what was typed, and query counts independent of the number of
commitments and milestones."""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import Client

import pytest

from community import personal_data, services, workspace_services
from community.models import ChangeRecord, Commitment, Milestone, PointOfContact, ProgressUpdate
from community.permissions import editors_group_ensure
from tests.community.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    MemberFactory,
    MilestoneFactory,
    UserFactory,
)
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reformer", "contact", "other contact", "editor", "staff")


@pytest.fixture
def world():
    member, other_member = MemberFactory(), MemberFactory()
    plan = ActionPlanFactory(member=member)
    commitment = CommitmentFactory(action_plan=plan, public_id="WS0001")
    milestone = MilestoneFactory(commitment=commitment)
    foreign = CommitmentFactory(action_plan=ActionPlanFactory(member=other_member))
    foreign_milestone = MilestoneFactory(commitment=foreign)
    contact, other_contact = UserFactory(), UserFactory()
    PointOfContact.objects.create(member=member, user=contact)
    PointOfContact.objects.create(member=other_member, user=other_contact)
    editor = UserFactory()
    editor.groups.add(editors_group_ensure())
    users = {
        "anonymous": None,
        "reformer": UserFactory(),
        "contact": contact,
        "other contact": other_contact,
        "editor": editor,
        "staff": UserFactory(is_staff=True),
    }
    return {
        "member": member,
        "plan": plan,
        "commitment": commitment,
        "milestone": milestone,
        "foreign": foreign,
        "foreign_milestone": foreign_milestone,
        "users": users,
    }


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def urls(w):
    base = f"/workspace/{w['member'].slug}/"
    c = f"{base}commitments/{w['commitment'].public_id}/"
    return [
        base,
        f"{base}commitments/new/",
        c,
        f"{c}milestones/new/",
        f"{c}milestones/{w['milestone'].pk}/",
        f"{c}updates/new/",
    ]


LOGIN, OK, FORBIDDEN = "login", 200, 403
EXPECTED = dict(zip(ROLES, (LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK), strict=True))


def outcome(response):
    if response.status_code == 302 and "/accounts/login/" in response["Location"]:
        return LOGIN
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_on_every_workspace_page(world, role):
    client = client_for(world["users"][role])
    for url in urls(world):
        for prefix in ("", "/fr"):
            assert outcome(client.get(prefix + url)) == EXPECTED[role], (role, prefix + url)
    # writes: the same answer, and nothing changes
    c = urls(world)[2]
    before = Commitment.objects.get(pk=world["commitment"].pk).title
    response = client.post(c, {"title": "Hijacked", "action_plan": world["plan"].pk})
    if EXPECTED[role] != OK:
        assert outcome(response) == EXPECTED[role]
        assert Commitment.objects.get(pk=world["commitment"].pk).title == before
    evidence = f"{c}milestones/{world['milestone'].pk}/evidence/"
    response = client.post(evidence, {"title": "Gazette", "url": "https://example.org/g"})
    assert (response.status_code == 302 and "/accounts/login/" not in response["Location"]) == (
        EXPECTED[role] == OK
    )


def test_the_home_lists_the_members_one_keeps(world):
    contact = world["users"]["contact"]
    html = client_for(contact).get("/workspace/").content.decode()
    assert world["member"].name in html
    assert world["foreign"].action_plan.member.name not in html
    html = client_for(world["users"]["reformer"]).get("/workspace/").content.decode()
    assert "not a point of contact" in html


@pytest.mark.parametrize(
    "url",
    [
        "/workspace/{member}/commitments/{foreign}/",  # another member's commitment
        "/workspace/{member}/commitments/{foreign}/milestones/new/",
        "/workspace/{member}/commitments/{foreign}/updates/new/",
        "/workspace/{member}/commitments/{commitment}/milestones/{foreign_milestone}/",
        "/workspace/{member}/commitments/{commitment}/milestones/99999999999999999999/",
        "/workspace/{member}/commitments/NOPE/",
        "/workspace/no-such-member/",
    ],
)
def test_forged_ids_are_404(world, url):
    url = url.format(
        member=world["member"].slug,
        foreign=world["foreign"].public_id,
        commitment=world["commitment"].public_id,
        foreign_milestone=world["foreign_milestone"].pk,
    )
    assert client_for(world["users"]["contact"]).get(url).status_code == 404
    assert client_for(world["users"]["staff"]).get(url).status_code == 404


def test_a_forged_action_plan_is_a_form_error_and_nothing_is_lost(world):
    client = client_for(world["users"]["contact"])
    foreign_plan = world["foreign"].action_plan
    response = client.post(
        f"/workspace/{world['member'].slug}/commitments/new/",
        {"action_plan": foreign_plan.pk, "title": "Open budgets", "status": "in_progress"},
    )
    assert response.status_code == 400
    assert "Open budgets" in response.content.decode()
    assert not Commitment.objects.filter(title="Open budgets").exists()


def test_dates_out_of_order_are_a_form_error_and_keep_what_was_typed(world):
    client = client_for(world["users"]["contact"])
    url = f"/workspace/{world['member'].slug}/commitments/{world['commitment'].public_id}/"
    response = client.post(
        url,
        {
            "action_plan": world["plan"].pk,
            "title": "A title typed with care",
            "status": "in_progress",
            "start_date": "2024-05-01",
            "end_date": "2023-01-01",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "The end date is before the start date." in html
    assert "A title typed with care" in html and "2024-05-01" in html
    assert not ChangeRecord.objects.exists()


def test_a_milestone_done_date_without_done_or_in_the_future_is_refused(world):
    client = client_for(world["users"]["contact"])
    url = urls(world)[3]
    for data in (
        {"title": "Law passed", "done_date": "2024-01-01"},
        {"title": "Law passed", "is_done": "on", "done_date": "2999-01-01"},
    ):
        response = client.post(url, data)
        assert response.status_code == 400
        assert "Law passed" in response.content.decode()
    assert not Milestone.objects.filter(title="Law passed").exists()


def test_creating_and_editing_keeps_every_change(world):
    contact = world["users"]["contact"]
    client = client_for(contact)
    slug = world["member"].slug
    response = client.post(
        f"/workspace/{slug}/commitments/new/",
        {"action_plan": world["plan"].pk, "title": "Open budgets", "status": "not_started"},
    )
    assert response.status_code == 302
    created = Commitment.objects.get(title="Open budgets")
    assert created.action_plan == world["plan"]
    assert created.public_id.endswith("-W0001")
    url = f"/workspace/{slug}/commitments/{created.public_id}/"
    response = client.post(
        url,
        {"action_plan": world["plan"].pk, "title": "Open budgets for all", "status": "in_progress"},
    )
    assert response.status_code == 302
    records = list(ChangeRecord.objects.filter(commitment=created).order_by("pk"))
    assert [r.action for r in records] == ["created", "changed"]
    assert records[1].changes == {
        "title": ["Open budgets", "Open budgets for all"],
        "status": ["not_started", "in_progress"],
    }
    assert all(r.changed_by == contact for r in records)
    html = client.get(url).content.decode()
    assert "Open budgets for all" in html and "History of changes" in html


def test_milestones_evidence_and_updates(world):
    contact = world["users"]["contact"]
    client = client_for(contact)
    c = f"/workspace/{world['member'].slug}/commitments/{world['commitment'].public_id}/"
    m = f"{c}milestones/{world['milestone'].pk}/"
    assert (
        client.post(
            m, {"title": "Law passed", "is_done": "on", "done_date": "2024-03-01"}
        ).status_code
        == 302
    )
    world["milestone"].refresh_from_db()
    assert world["milestone"].is_done and world["milestone"].done_date == datetime.date(2024, 3, 1)
    bad = client.post(f"{m}evidence/", {"title": "Gazette", "url": "not a url"})
    assert bad.status_code == 400 and "Gazette" in bad.content.decode()
    assert (
        client.post(
            f"{m}evidence/", {"title": "Gazette", "url": "https://example.org/g"}
        ).status_code
        == 302
    )
    assert world["milestone"].evidence_links.get().title == "Gazette"
    public = Client().get(world["commitment"].get_absolute_url()).content.decode()
    assert 'href="https://example.org/g"' in public and "Gazette" in public
    response = client.post(
        f"{c}updates/new/", {"date": "2024-03-02", "status": "completed", "note": "Law in force."}
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert (update.status, update.created_by) == ("completed", contact)
    world["commitment"].refresh_from_db()
    assert world["commitment"].status == "completed"
    subjects = sorted(ChangeRecord.objects.values_list("subject", flat=True))
    assert subjects == ["commitment", "evidence", "milestone", "update"]
    milestone_change = ChangeRecord.objects.get(subject="milestone")
    assert milestone_change.changes["is_done"] == ["False", "True"]
    future = client.post(
        f"{c}updates/new/", {"date": "2999-01-01", "status": "completed", "note": "x"}
    )
    assert future.status_code == 400


def test_the_services_ask_the_rule(world):
    for user in (world["users"]["reformer"], world["users"]["other contact"], AnonymousUser()):
        with pytest.raises(PermissionDenied):
            workspace_services.commitment_update(
                user=user, commitment=world["commitment"], title="No"
            )
        with pytest.raises(PermissionDenied):
            workspace_services.milestone_update(user=user, milestone=world["milestone"], title="No")
    assert not ChangeRecord.objects.exists()


def test_seats_are_in_my_data_and_go_with_the_account(world):
    contact = world["users"]["contact"]
    data = personal_data.collect(user=contact)
    assert data["points_of_contact"]["seats"][0]["member"] == world["member"].slug
    workspace_services.progress_update_create(
        user=contact,
        commitment=world["commitment"],
        date=datetime.date(2024, 1, 1),
        status="in_progress",
        note="Started.",
    )
    services.account_delete(user=contact)
    assert not PointOfContact.objects.filter(member=world["member"]).exists()
    kept = ChangeRecord.objects.filter(commitment=world["commitment"])
    assert kept.exists() and not kept.filter(changed_by__isnull=False).exists()


def _grow(world, n):
    for _i in range(n):
        commitment = CommitmentFactory(action_plan=world["plan"])
        MilestoneFactory(commitment=commitment, is_done=True)
        milestone = MilestoneFactory(commitment=world["commitment"])
        workspace_services.evidence_add(
            user=world["users"]["staff"], milestone=milestone, url="https://e.org", title="E"
        )
        ProgressUpdate.objects.create(
            commitment=world["commitment"],
            date=datetime.date(2024, 1, 1),
            status="in_progress",
            note="n",
        )


def test_workspace_queries_do_not_grow_with_commitments_and_milestones(
    world, django_assert_max_num_queries
):
    client = client_for(world["users"]["contact"])
    pages = urls(world)[:3]
    for url in pages:  # caches warmed (labels, the session)
        client.get(url)
    before = [count_queries(client, url, django_assert_max_num_queries, 30) for url in pages]
    _grow(world, 5)
    after = [count_queries(client, url, django_assert_max_num_queries, 30) for url in pages]
    assert after == before


def test_staff_name_and_remove_points_of_contact_in_the_admin(world):
    staff = UserFactory(is_staff=True, is_superuser=True)
    person = world["users"]["reformer"]
    client = client_for(staff)
    listing = client.get("/admin/snippets/community/pointofcontact/")
    assert listing.status_code == 200
    response = client.post(
        "/admin/snippets/community/pointofcontact/add/",
        {"member": world["member"].pk, "user": person.pk},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    seat = PointOfContact.objects.get(member=world["member"], user=person)
    assert seat.created_by == staff
    assert client_for(person).get(urls(world)[0]).status_code == 200
    response = client.post(f"/admin/snippets/community/pointofcontact/delete/{seat.pk}/")
    assert response.status_code == 302
    assert client_for(person).get(urls(world)[0]).status_code == 403
    # an editor (no permission on points of contact) cannot name one
    editor = world["users"]["editor"]
    assert client_for(editor).get("/admin/snippets/community/pointofcontact/").status_code in (
        302,
        403,
    )


def test_the_workspace_home_and_the_rule_page_in_fixed_queries(
    world, client, django_assert_max_num_queries
):
    staff = client_for(world["users"]["staff"])
    staff.get("/workspace/")
    before = count_queries(staff, "/workspace/", django_assert_max_num_queries, 12)
    for _i in range(5):
        MemberFactory()
    assert count_queries(staff, "/workspace/", django_assert_max_num_queries, 12) == before
    client.get("/commitments/progress/")
    count_queries(client, "/commitments/progress/", django_assert_max_num_queries, 2)


def test_an_edit_in_the_admin_joins_the_history(world):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    staff = UserFactory(is_staff=True, is_superuser=True)
    commitment, milestone = world["commitment"], world["milestone"]
    data = nested_form_data(
        {
            "public_id": commitment.public_id,
            "action_plan": commitment.action_plan_id,
            "number": "",
            "title": "Retitled in the admin",
            "short_title": "",
            "description": commitment.description,
            "plan_heading": "",
            "lead_institution": "",
            "supporting_institutions": "",
            "status": commitment.status,
            "milestones": inline_formset(
                [{"id": milestone.pk, "title": milestone.title, "ORDER": 0}], initial=1
            ),
            "irm_completion": "complete",
            "policy_areas": "",
        }
    )
    response = client_for(staff).post(
        f"/admin/snippets/community/commitment/edit/{commitment.pk}/", data
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    record = ChangeRecord.objects.get(commitment=commitment)
    assert record.changed_by == staff
    assert record.changes == {
        "title": [commitment.title, "Retitled in the admin"],
        "irm_completion": ["", "complete"],
    }
