"""A reformer nominates in a real browser: the record field suggests commitments as they
type (awards/static/awards/nominate.js fills the field's datalist from /awards/records/),
and the nomination lands in "My nominations"."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reformer_finds_a_commitment_by_its_title_and_nominates_it(page, live_server):
    from playwright.sync_api import expect

    from awards.models import Nomination
    from tests.awards.factories import programme_build
    from tests.community.factories import CommitmentFactory, UserFactory

    UserFactory(email="nominator@example.org")
    commitment = CommitmentFactory(public_id="KE0012", title="Open court backlog data")
    CommitmentFactory(public_id="KE0013", title="Budget hearings in every county")
    programme = programme_build()

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill("nominator@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct horse battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(programme.url)
    page.get_by_role("link", name="Nominate").click()
    page.get_by_label("Reform of the year").check()
    page.get_by_label("A commitment").check()
    record = page.get_by_role("combobox", name="Which one")
    record.press_sequentially("backlog")
    suggestion = page.locator("#award-record-suggestions option")
    expect(suggestion).to_have_count(1)
    expect(suggestion).to_have_attribute("value", "KE0012")
    record.fill(suggestion.get_attribute("value"))
    page.get_by_label("Why it deserves the award").fill("Court users now see where delays are.")
    page.get_by_role("button", name="Submit the nomination").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My nominations")
    expect(page.get_by_role("link", name=commitment.title)).to_be_visible()
    nomination = Nomination.objects.get()
    assert (nomination.commitment, nomination.state) == (commitment, "submitted")


SERIOUS = {"serious", "critical"}


def _axe_failures(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in violations
        if v["impact"] in SERIOUS
    ]


def _sign_in(page, email, *, admin=False):
    from playwright.sync_api import expect

    if admin:
        page.goto("/admin/login/")
        page.fill('input[name="username"]', email)
        page.fill('input[name="password"]', "correct horse battery")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/admin/")
        return
    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^Email:?$")).fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct horse battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_from_nomination_to_published_results(page, new_context, live_server):
    """nominate → staff find it eligible and assign the jury → the juror scores → staff
    mark the winner and publish → the results page shows it, with the anonymised scores."""
    from playwright.sync_api import expect

    from awards.models import Juror, Nomination, Score
    from tests.awards.factories import programme_build
    from tests.community.factories import CommitmentFactory, ProfileFactory, UserFactory

    UserFactory(email="nominator@example.org")
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    juror = ProfileFactory(user=UserFactory(email="juror@example.org")).user
    commitment = CommitmentFactory(public_id="KE0012", title="Open court backlog data")
    programme = programme_build(jurors_per_nomination=1)
    Juror.objects.create(programme=programme, user=juror)

    # a reformer nominates
    _sign_in(page, "nominator@example.org")
    page.goto(f"/awards/{programme.slug}/nominate/")
    page.get_by_label("Reform of the year").check()
    page.get_by_label("A commitment").check()
    page.get_by_role("combobox", name="Which one").fill("KE0012")
    page.get_by_label("Why it deserves the award").fill("Court users now see where delays are.")
    page.get_by_role("button", name="Submit the nomination").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My nominations")
    nomination = Nomination.objects.get()

    # staff find it eligible and assign the jury
    admin = new_context().new_page()
    _sign_in(admin, staff.email, admin=True)
    admin.goto(f"/admin/awards/nominations/eligibility/{nomination.pk}/")
    admin.get_by_label("Eligible", exact=True).check()
    admin.get_by_role("button", name="Save the decision").click()
    admin.goto(f"/admin/awards/jury/{programme.pk}/")
    admin.get_by_role("button", name="Assign automatically").click()
    expect(admin.get_by_text("1 assignments made")).to_be_visible()

    # the juror scores
    jury = new_context().new_page()
    _sign_in(jury, juror.email)
    jury.goto("/awards/jury/")
    expect(jury.get_by_text("0 of 1 nominations scored")).to_be_visible()
    jury.get_by_role("link", name=commitment.title).click()
    for criterion in programme.criteria.order_by("sort_order"):
        jury.get_by_label(f"4: Level 4 of {criterion.name.lower()}").check()
    jury.get_by_role("button", name="Save my scores").click()
    expect(jury.get_by_text("1 of 1 nominations scored")).to_be_visible()
    assert Score.objects.count() == 2

    # staff mark the winner and publish
    admin.goto(f"/admin/awards/jury/{programme.pk}/ranking/")
    admin.get_by_label("Result").select_option("winner")
    admin.get_by_label("Citation").fill("For making court delays visible to everyone.")
    admin.get_by_role("button", name="Save", exact=True).click()
    admin.get_by_role("button", name="Publish the results").click()
    expect(admin.get_by_text("The results are published.")).to_be_visible()

    # the results page shows them
    page.goto(programme.url)
    expect(page.get_by_role("heading", name="Winners")).to_be_visible()
    expect(page.get_by_text("For making court delays visible to everyone.")).to_be_visible()
    page.get_by_text("The jury's scores", exact=True).click()
    expect(page.get_by_role("rowheader", name="Juror A")).to_be_visible()
    failures = _axe_failures(page)
    jury.goto("/awards/jury/")
    failures += _axe_failures(jury)
    assert not failures, "axe-core, serious or critical:\n" + "\n".join(failures)
