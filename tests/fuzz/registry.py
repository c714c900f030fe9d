"""Every view a visitor or a signed-in reformer can reach, with the forms that read its
parameters. The fuzz tests send hostile values for every field of those forms (so a new
parameter of a registered form is fuzzed without touching this file), and
test_registry.py fails when the URLconf or a routable page has a view that is missing here.

`path` builds the address from the fuzz world and a path segment drawn by the test (a real
slug or an odd one); `params` returns {name: form field} for the world."""

from collections.abc import Callable
from dataclasses import dataclass

from allauth.account import forms as account_forms

from api.filters import ActionPlanFilter
from awards.forms import ConflictForm, NominationForm, RecordSuggestionForm, ScoreForm
from community.challenge_forms import ReviewForm, SubmissionForm
from community.connection_forms import (
    BlockForm,
    ConnectionAnswerForm,
    ConnectionRequestForm,
    SuggestionReasonForm,
)
from community.filters import CommitmentFilter, HubCommitmentFilter, MemberFilter, ReformerFilter
from community.forms import AccountDeleteForm, ProfileForm
from community.notify_forms import EmailPreferencesForm, FollowForm
from community.workspace_forms import (
    CommitmentForm,
    EvidenceForm,
    MilestoneForm,
    ProgressUpdateForm,
)
from guide.forms import ChapterForm, ReportForm, SelfAssessmentForm
from learning.alumni_filters import AlumniFilter
from learning.board_forms import ModerationForm, ReplyForm, ThreadForm
from learning.cohort_forms import ApplicationForm, DecisionForm
from learning.filters import CourseFilter
from learning.forms import AttemptForm, CredentialForm
from opengov.views import LanguageChoiceForm
from resources.filters import ResourceFilter
from search.forms import AutocompleteForm, SavedSearchForm, SearchForm
from stories.filters import StoryFilter
from stories.models import StoryPage

from .strategies import form_fields

ANONYMOUS, REFORMER = "anonymous", "reformer"
PAGINATED = ("page",)  # read by Paginator.get_page, which turns anything into a real page
REDIRECT = ("next",)  # allauth's redirect field
API_PAGES = ("page", "page_size")  # read by DRF's paginator: a bad page is a 404


def no_params(world):
    return {}


def fields_of(source, **kwargs):
    return lambda world: form_fields(source, **kwargs)


def _hub_fields(world):
    return form_fields(HubCommitmentFilter, area=world.vocab["areas"]["anti-corruption"])


def _self_assessment_fields(world):
    ids = [r.pk for r in world.chapter.recommendations.all()]
    return form_fields(SelfAssessmentForm, recommendation_ids=ids)


def _report_fields(world):
    return form_fields(ReportForm, chapter_slugs=[world.chapter.slug])


def _attempt_fields(world):
    return form_fields(AttemptForm(checks=world.lesson.checks()))


def _attempt_base(world):
    """A valid attempt (every answer right) that the fuzzed values are laid over."""
    check = world.lesson.checks()[0]
    answers = {f"answer-{q.id}": sorted(q.right) for q in check.questions}
    return {"check": check.id, "attempt": "0", **answers}


def _application_fields(world):
    return form_fields(ApplicationForm(questions=world.cohort.question_list()))


def _application_base(world):
    answers = {f"answer-{n}": "An answer" for n in range(len(world.cohort.question_list()))}
    return {"statement": "Why I apply", **answers}


def _lesson_path(world, segment):
    return world.lesson.url if segment is None else f"{world.course.url}x/{segment}/"


def _nomination_fields(world):
    return form_fields(NominationForm(programme=world.programme))


def _score_fields(world):
    from wagtail.models import Locale

    from awards import selectors

    criteria = selectors.score_criteria(programme=world.programme, locale=Locale.get_default())
    return form_fields(ScoreForm(criteria=criteria))


def _score_base(world):
    return {f"score_{c.pk}": "3" for c in world.programme.criteria.all()}


def _nomination_base(world):
    """A valid nomination of the fuzz world's second commitment (the fuzzed values go over
    it)."""
    return {
        "category": str(world.programme.categories.first().pk),
        "kind": "commitment",
        "record": "FZ0002",
        "statement": "It opened the courts.",
        "client_key": "6f1c1d8e-0000-4000-8000-000000000001",
        "action": "draft",
    }


NOMINATION_IDS = ("0", "99999999999999999999", "-1")


def _unsubscribe_path(world, segment):
    from community.notify_services import unsubscribe_token

    token = unsubscribe_token(user=world.reformer) if segment is None else segment
    return f"/notifications/unsubscribe/{token}/"


def _ws(world, rest=""):
    """An address in the fuzz reformer's workspace (they keep FZ0001's member)."""
    return f"/workspace/{world.commitment.action_plan.member.slug}/{rest}"


def _ws_commitment(world, segment, rest=""):
    return _ws(world, f"commitments/{seg(segment, world.commitment.public_id)}/{rest}")


def _ws_milestone(world, segment, rest=""):
    return _ws_commitment(world, None, f"milestones/{seg(segment, world.milestone.pk)}/{rest}")


def _commitment_form_fields(world):
    return form_fields(CommitmentForm(member=world.commitment.action_plan.member))


def _commitment_base(world):
    return {
        "action_plan": str(world.commitment.action_plan_id),
        "title": "Open budgets",
        "status": "in_progress",
    }


MILESTONE_IDS = ("0", "99999999999999999999", "-1", "x")
PUBLIC_IDS = ("FZ0002", "NOPE", "A" * 41, "%00")


def _submission_fields(world):
    return form_fields(SubmissionForm(member=world.commitment.action_plan.member))


def _submission_base(world):
    """A valid Open Gov Challenge submission of the fuzz reformer's member (a draft)."""
    return {
        "challenge_area": str(world.vocab["areas"]["justice"].pk),
        "title": "Open courts",
        "description": "Publish every ruling.",
        "ambition": "A first.",
        "lead_institution": "Supreme Court",
        "commitments": [str(world.commitment.pk)],
        "action": "draft",
    }


def _challenge_member_path(world, segment):
    return f"/challenge/members/{seg(segment, world.commitment.action_plan.member.slug)}/"


def _saved_search_fields(world):
    return {**form_fields(SearchForm), **form_fields(SavedSearchForm)}


@dataclass(frozen=True)
class Target:
    name: str  # the URL name, or "<page model>:<route name>" for a routable page
    path: Callable  # (world, segment) -> path; segment is None for the real object
    params: Callable = no_params
    extra: tuple[str, ...] = ()  # parameters read outside a form
    segments: tuple[str, ...] = ()  # odd values for the path's variable part
    methods: tuple[str, ...] = ("GET",)
    roles: tuple[str, ...] = (ANONYMOUS, REFORMER)
    posted: Callable | None = None  # fields of the form a POST sends, when not `params`
    base: Callable = no_params  # a valid POST the fuzzed values are laid over


ODD_SLUGS = ("nobody", "x" * 300, "%C3%A9", "-", "..", "%F0%9F%92%A5", "²", "A%00B")


def seg(value, real):
    return real if value is None else value


GET_TARGETS = [
    # --- pages of the site (Wagtail)
    Target("HomePage:serve", lambda w, s: "/"),
    Target("GuideIndexPage:index", lambda w, s: "/guide/"),
    Target("GuideIndexPage:report", lambda w, s: "/guide/report/", _report_fields),
    Target("GuideIndexPage:report_pdf", lambda w, s: "/guide/report/pdf/", _report_fields),
    Target("GuideChapterPage:chapter", lambda w, s: f"/guide/{seg(s, w.chapter.slug)}/",
           fields_of(ChapterForm), segments=ODD_SLUGS),
    Target("GuideChapterPage:self_assessment",
           lambda w, s: f"/guide/{seg(s, w.chapter.slug)}/self-assessment/",
           _self_assessment_fields, segments=ODD_SLUGS, methods=("GET", "POST"),
           base=lambda w: {"done": [str(w.chapter.recommendations.first().pk)]}),
    # StoryFilter names no model (the page imports it): it filters the queryset it is given
    Target("StoryIndexPage:index", lambda w, s: "/stories/",
           fields_of(StoryFilter, queryset=StoryPage.objects.none()), PAGINATED),
    Target("StoryIndexPage:feed_rss", lambda w, s: "/stories/feed/rss/"),
    Target("StoryIndexPage:feed_atom", lambda w, s: "/stories/feed/atom/"),
    Target("StoryIndexPage:theme_feed_rss",
           lambda w, s: f"/stories/feed/{seg(s, 'climate')}/rss/", segments=ODD_SLUGS),
    Target("StoryIndexPage:theme_feed_atom",
           lambda w, s: f"/stories/feed/{seg(s, 'climate')}/atom/", segments=ODD_SLUGS),
    Target("StoryPage:serve", lambda w, s: f"/stories/{seg(s, w.story.slug)}/",
           segments=ODD_SLUGS),
    # --- learning (the fuzz reformer is enrolled in the course)
    Target("CourseIndexPage:index", lambda w, s: "/learning/", fields_of(CourseFilter),
           PAGINATED),
    Target("CoursePage:course", lambda w, s: f"/learning/{seg(s, w.course.slug)}/",
           segments=ODD_SLUGS),
    Target("CoursePage:enrol", lambda w, s: f"{w.course.url}enrol/", methods=("GET", "POST")),
    Target("ModulePage:serve", lambda w, s: f"{w.lesson.get_parent().url}"),
    Target("LessonPage:lesson", _lesson_path, segments=ODD_SLUGS),
    Target("LessonPage:submit_check", lambda w, s: f"{w.lesson.url}check/",
           methods=("GET", "POST"), posted=_attempt_fields, base=_attempt_base),
    Target("LessonPage:complete", lambda w, s: f"{w.lesson.url}complete/",
           methods=("GET", "POST")),
    Target("learning:certificate", lambda w, s: f"/certificates/{seg(s, w.certificate.code)}/",
           segments=(*ODD_SLUGS, "A" * 43, "A" * 65, "a_b-c" * 9)),
    Target("learning:credential_download",
           lambda w, s: f"/certificates/{seg(s, w.certificate.code)}/credential.jwt",
           segments=(*ODD_SLUGS, "A" * 43, "A" * 65)),
    # the paste form: any text in the textarea (and the file field sent as text)
    Target("learning:credential_verify", lambda w, s: "/certificates/verify/",
           methods=("GET", "POST"), posted=fields_of(CredentialForm)),
    Target("credentials:issuer", lambda w, s: "/credentials/issuer/"),
    Target("credentials:jwks", lambda w, s: "/credentials/jwks.json"),
    Target("credentials:status_list", lambda w, s: f"/credentials/status/{seg(s, 1)}/",
           segments=("0", "2", "99999999999999999999")),
    Target("credentials:achievement",
           lambda w, s: f"/credentials/achievements/{seg(s, w.course.pk)}/",
           segments=("0", "99999999999999999999")),
    # --- cohorts (the fuzz reformer facilitates `cohort` and is a member of another)
    Target("learning:cohort_index", lambda w, s: "/learning/cohorts/"),
    Target("learning:cohort_detail", lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/",
           segments=ODD_SLUGS),
    Target("learning:cohort_apply",
           lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/apply/",
           segments=ODD_SLUGS, methods=("GET", "POST"), posted=_application_fields,
           base=_application_base),
    Target("learning:cohort_applications", lambda w, s: "/learning/cohorts/mine/"),
    Target("learning:application_withdraw",
           lambda w, s: f"/learning/cohorts/mine/{seg(s, w.membership.pk)}/withdraw/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST")),
    Target("learning:calendar_rotate", lambda w, s: "/learning/cohorts/calendar/rotate/",
           methods=("GET", "POST")),
    Target("learning:my_calendar",
           lambda w, s: f"/learning/cohorts/calendar/{seg(s, w.calendar.token)}.ics",
           segments=("00000000-0000-0000-0000-000000000000", "not-a-uuid")),
    Target("learning:cohort_review",
           lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/review/", segments=ODD_SLUGS),
    Target("learning:application_decide",
           lambda w, s: f"/learning/cohorts/{w.cohort.slug}/review/{seg(s, w.pending.pk)}/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(DecisionForm), base=lambda w: {"state": "waitlisted"}),
    Target("learning:cohort_members",
           lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/members/",
           segments=ODD_SLUGS),
    Target("learning:cohort_calendar",
           lambda w, s: f"/learning/cohorts/a-cohort/calendar/{seg(s, w.calendar.token)}.ics",
           segments=("00000000-0000-0000-0000-000000000000", "not-a-uuid")),
    # --- awards (the fuzz reformer nominated the fuzz world's first commitment)
    Target("AwardIndexPage:serve", lambda w, s: "/awards/"),
    Target("AwardProgrammePage:serve", lambda w, s: f"/awards/{seg(s, w.programme.slug)}/",
           segments=ODD_SLUGS),
    Target("awards:nominate", lambda w, s: f"/awards/{seg(s, w.programme.slug)}/nominate/",
           segments=ODD_SLUGS, methods=("GET", "POST"), posted=_nomination_fields,
           base=_nomination_base),
    Target("awards:my_nominations", lambda w, s: "/awards/nominations/"),
    Target("awards:nomination_edit",
           lambda w, s: f"/awards/nominations/{seg(s, w.nomination.pk)}/",
           segments=NOMINATION_IDS, methods=("GET", "POST"), posted=_nomination_fields,
           base=_nomination_base),
    Target("awards:nomination_withdraw",
           lambda w, s: f"/awards/nominations/{seg(s, 10**19)}/withdraw/",
           segments=NOMINATION_IDS, methods=("GET", "POST")),
    Target("awards:nomination_decline",
           lambda w, s: f"/awards/nominations/{seg(s, w.nomination.pk)}/decline/",
           segments=NOMINATION_IDS, methods=("GET", "POST")),
    Target("awards:nomination_file", lambda w, s: f"/awards/files/{seg(s, w.award_file_name)}",
           segments=("x" * 300 + ".pdf", "..%2F..%2Fsecret.pdf", "A%00B.pdf", "²²².png")),
    Target("awards:record_suggestions", lambda w, s: "/awards/records/",
           fields_of(RecordSuggestionForm)),
    Target("learning:cohort_close",
           lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/close/",
           segments=ODD_SLUGS, methods=("GET", "POST")),
    Target("learning:alumni", lambda w, s: "/alumni/", fields_of(AlumniFilter), PAGINATED),
    # the board of the cohort the fuzz reformer facilitates
    Target("learning:board", lambda w, s: f"/learning/cohorts/{seg(s, w.cohort.slug)}/board/",
           extra=PAGINATED, segments=ODD_SLUGS, methods=("GET", "POST"),
           posted=fields_of(ThreadForm), base=lambda w: {"title": "A title", "body": "A body"}),
    Target("learning:board_thread",
           lambda w, s: f"/learning/cohorts/{w.cohort.slug}/board/{seg(s, w.thread.pk)}/",
           extra=PAGINATED, segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ReplyForm), base=lambda w: {"body": "A reply"}),
    Target("learning:thread_edit",
           lambda w, s: f"/learning/cohorts/{w.cohort.slug}/board/{seg(s, w.thread.pk)}/edit/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ThreadForm), base=lambda w: {"title": "A title", "body": "A body"}),
    Target("learning:reply_edit",
           lambda w, s: (f"/learning/cohorts/{w.cohort.slug}/board/replies/"
                         f"{seg(s, w.reply.pk)}/edit/"),
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ReplyForm), base=lambda w: {"body": "A reply"}),
    Target("learning:thread_moderate",
           lambda w, s: f"/learning/cohorts/{w.cohort.slug}/board/{seg(s, w.thread.pk)}/moderate/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ModerationForm), base=lambda w: {"action": "pin"}),
    Target("learning:reply_moderate",
           lambda w, s: (f"/learning/cohorts/{w.cohort.slug}/board/replies/"
                         f"{seg(s, w.reply.pk)}/moderate/"),
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ModerationForm), base=lambda w: {"action": "hide"}),
    # the fuzz reformer is a juror of the programme, given `judged` to score
    Target("awards:jury", lambda w, s: "/awards/jury/"),
    Target("awards:jury_score", lambda w, s: f"/awards/jury/{seg(s, w.judged.pk)}/",
           segments=NOMINATION_IDS, methods=("GET", "POST"), posted=_score_fields,
           base=_score_base),
    Target("awards:jury_conflict",
           lambda w, s: f"/awards/jury/{seg(s, w.nomination.pk)}/conflict/",
           segments=NOMINATION_IDS, methods=("GET", "POST"), posted=fields_of(ConflictForm)),
    # --- community
    Target("community:challenge_area_list", lambda w, s: "/challenge-areas/"),
    Target("community:challenge_area_detail",
           lambda w, s: f"/challenge-areas/{seg(s, 'anti-corruption')}/", _hub_fields,
           PAGINATED, ODD_SLUGS),
    Target("community:member_list", lambda w, s: "/members/", fields_of(MemberFilter),
           PAGINATED),
    Target("community:member_detail",
           lambda w, s: f"/members/{seg(s, w.commitment.action_plan.member.slug)}/",
           segments=ODD_SLUGS),
    Target("community:action_plan_detail",
           lambda w, s: f"/action-plans/{seg(s, w.commitment.action_plan.ogp_id)}/",
           segments=(*ODD_SLUGS, "ap_t0001", "A" * 31, "%20", "AP%3FX")),
    Target("community:commitment_list", lambda w, s: "/commitments/",
           fields_of(CommitmentFilter), PAGINATED),
    Target("community:commitment_detail",
           lambda w, s: f"/commitments/{seg(s, w.commitment.public_id)}/",
           segments=(*ODD_SLUGS, "fz0001", "FZ-0001", "A" * 41)),
    # the Open Gov Challenge: the fuzz reformer is a point of contact of the first member
    Target("community:challenge_member_submissions", _challenge_member_path, segments=ODD_SLUGS),
    Target("community:challenge_submission_create",
           lambda w, s: _challenge_member_path(w, s) + "new/", segments=ODD_SLUGS,
           methods=("GET", "POST"), posted=_submission_fields, base=_submission_base),
    Target("community:challenge_submission_edit",
           lambda w, s: f"/challenge/submissions/{seg(s, w.challenge_draft.pk)}/edit/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=_submission_fields, base=_submission_base),
    Target("community:challenge_review_list", lambda w, s: "/challenge/review/"),
    Target("community:challenge_review",
           lambda w, s: f"/challenge/review/{seg(s, w.challenge_sent.pk)}/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST"),
           posted=fields_of(ReviewForm), base=lambda w: {"decision": "accept"}),
    Target("community:reformer_list", lambda w, s: "/reformers/", fields_of(ReformerFilter),
           PAGINATED),
    Target("community:reformer_detail", lambda w, s: f"/reformers/{seg(s, 'fuzz-reformer')}/",
           segments=(*ODD_SLUGS, "hidden")),
    # peer connections: the fuzz reformer asking or blocking themself is refused (a 400)
    Target("community:network", lambda w, s: "/network/"),
    Target("community:connection_answer", lambda w, s: f"/network/{seg(s, 10**19)}/",
           segments=("0", "99999999999999999999", "-1"), methods=("GET", "POST"),
           posted=fields_of(ConnectionAnswerForm)),
    Target("community:connection_request",
           lambda w, s: f"/reformers/{seg(s, 'fuzz-reformer')}/connect/",
           fields_of(SuggestionReasonForm), segments=(*ODD_SLUGS, "hidden"),
           methods=("GET", "POST"), posted=fields_of(ConnectionRequestForm)),
    Target("community:connection_block",
           lambda w, s: f"/reformers/{seg(s, 'fuzz-reformer')}/block/",
           segments=(*ODD_SLUGS, "hidden"), methods=("GET", "POST"), posted=fields_of(BlockForm)),
    Target("community:profile_edit", lambda w, s: "/profile/", methods=("GET", "POST"),
           posted=fields_of(ProfileForm),
           base=lambda w: {"display_name": "Fuzz Reformer", "visibility": "public",
                           "sector": "government"}),
    Target("community:profile_photo",
           lambda w, s: f"/reformers/photos/{seg(s, 'AAAAAAAAAAAAAAAAAAAAAAAA.jpg')}",
           segments=("x" * 300 + ".jpg", "..%2F..%2Fsecret.jpg", "A%00B.jpg", "²²²².jpg")),
    Target("community:personal_data", lambda w, s: "/profile/data.json"),
    # the wrong password (every fuzzed value is wrong): the account is kept
    Target("community:account_delete", lambda w, s: "/profile/delete/", methods=("GET", "POST"),
           posted=lambda w: form_fields(AccountDeleteForm(w.reformer))),
    # --- follows, notifications, e-mail preferences, unsubscribing (community/notify_views.py)
    Target("community:follow",
           lambda w, s: f"/follow/{seg(s, 'challenge-area')}/{w.vocab['areas']['justice'].pk}/",
           segments=(*ODD_SLUGS, "reformer"), methods=("POST",), posted=fields_of(FollowForm),
           base=lambda w: {"action": "follow", "next": "/members/"}),
    Target("community:notifications", lambda w, s: "/notifications/", extra=PAGINATED),
    Target("community:notification_open",
           lambda w, s: f"/notifications/{seg(s, '1')}/open/",
           segments=("0", "99999999999999999999"), methods=("POST",)),
    Target("community:notifications_read_all", lambda w, s: "/notifications/read-all/",
           methods=("POST",)),
    Target("community:email_preferences", lambda w, s: "/profile/notifications/",
           methods=("GET", "POST"), posted=fields_of(EmailPreferencesForm),
           base=lambda w: {"language": "en", "digest": "on", "emailed_kinds": ["story"]}),
    Target("community:unsubscribe", _unsubscribe_path,
           segments=("x", "x" * 300, "%00", "a:b:c", "..%2F"), methods=("GET", "POST")),
    # --- the member workspace and the progress rule
    Target("community:progress_rule", lambda w, s: "/commitments/progress/"),
    Target("community:workspace", lambda w, s: "/workspace/", extra=PAGINATED),
    Target("community:workspace_member", lambda w, s: _ws(w) if s is None else f"/workspace/{s}/",
           segments=ODD_SLUGS),
    Target("community:workspace_commitment_new", lambda w, s: _ws(w, "commitments/new/"),
           methods=("GET", "POST"), posted=_commitment_form_fields, base=_commitment_base),
    Target("community:workspace_commitment", _ws_commitment, segments=PUBLIC_IDS,
           methods=("GET", "POST"), posted=_commitment_form_fields, base=_commitment_base),
    Target("community:workspace_milestone_new",
           lambda w, s: _ws_commitment(w, s, "milestones/new/"), segments=PUBLIC_IDS,
           methods=("GET", "POST"), posted=fields_of(MilestoneForm),
           base=lambda w: {"title": "Law passed", "due_date": "2025-01-01"}),
    Target("community:workspace_milestone", _ws_milestone, segments=MILESTONE_IDS,
           methods=("GET", "POST"), posted=fields_of(MilestoneForm),
           base=lambda w: {"title": "Law passed", "is_done": "on", "done_date": "2024-01-01"}),
    Target("community:workspace_evidence_add", lambda w, s: _ws_milestone(w, s, "evidence/"),
           segments=MILESTONE_IDS, methods=("GET", "POST"), posted=fields_of(EvidenceForm),
           base=lambda w: {"title": "Gazette", "url": "https://example.org/gazette"}),
    Target("community:workspace_update_new",
           lambda w, s: _ws_commitment(w, s, "updates/new/"), segments=PUBLIC_IDS,
           methods=("GET", "POST"), posted=fields_of(ProgressUpdateForm),
           base=lambda w: {"date": "2024-01-01", "status": "in_progress", "note": "Going."}),
    # --- resources
    Target("resources:resource_list", lambda w, s: "/resources/", fields_of(ResourceFilter),
           PAGINATED),
    Target("resources:resource_detail",
           lambda w, s: f"/resources/{seg(s, w.resource.slug)}/", segments=ODD_SLUGS),
    # --- search
    Target("search:search", lambda w, s: "/search/", fields_of(SearchForm)),
    Target("search:autocomplete", lambda w, s: "/search/autocomplete/",
           fields_of(AutocompleteForm)),
    Target("search:saved_list", lambda w, s: "/search/saved/", methods=("GET", "POST"),
           posted=_saved_search_fields, base=lambda w: {"name": "Mine", "q": "contracts"}),
    Target("search:saved_detail", lambda w, s: f"/search/saved/{seg(s, w.saved.pk)}/",
           segments=("0", "99999999999999999999", "1")),
    Target("search:saved_delete", lambda w, s: f"/search/saved/{seg(s, 10**19)}/delete/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST")),
    Target("search:saved_feed_rotate",
           lambda w, s: f"/search/saved/{seg(s, w.saved.pk)}/feed/rotate/",
           segments=("0", "99999999999999999999"), methods=("GET", "POST")),
    Target("search:saved_feed", lambda w, s: f"/search/saved/feed/{seg(s, w.saved.feed_token)}/",
           segments=("00000000-0000-0000-0000-000000000000", "not-a-uuid")),
    Target("search:dashboard", lambda w, s: "/dashboard/"),
    # --- open data: the API (DRF reads ?page= and ?page_size=, turning anything bad into
    # a 404 or the default size) and the downloads; schemathesis fuzzes the API against its
    # schema too (tests/api/test_schema_fuzz.py)
    Target("api:commitment-list", lambda w, s: "/api/v1/commitments/",
           fields_of(CommitmentFilter), API_PAGES),
    Target("api:commitment-detail",
           lambda w, s: f"/api/v1/commitments/{seg(s, w.commitment.public_id)}/",
           segments=(*ODD_SLUGS, "fz0001", "A" * 41)),
    Target("api:member-list", lambda w, s: "/api/v1/members/", fields_of(MemberFilter),
           API_PAGES),
    Target("api:member-detail",
           lambda w, s: f"/api/v1/members/{seg(s, w.commitment.action_plan.member.slug)}/",
           segments=ODD_SLUGS),
    Target("api:action-plan-list", lambda w, s: "/api/v1/action-plans/",
           fields_of(ActionPlanFilter), API_PAGES),
    Target("api:action-plan-detail",
           lambda w, s: f"/api/v1/action-plans/{seg(s, w.commitment.action_plan.ogp_id)}/",
           segments=(*ODD_SLUGS, "A" * 31, "%20")),
    Target("api:challenge-area-list", lambda w, s: "/api/v1/challenge-areas/", extra=API_PAGES),
    Target("api:challenge-area-detail",
           lambda w, s: f"/api/v1/challenge-areas/{seg(s, 'anti-corruption')}/",
           segments=ODD_SLUGS),
    Target("api:story-list", lambda w, s: "/api/v1/stories/",
           fields_of(StoryFilter, queryset=StoryPage.objects.none()), API_PAGES),
    Target("api:story-detail", lambda w, s: f"/api/v1/stories/{seg(s, w.story.pk)}/",
           segments=("0", "99999999999999999999", "-1")),
    Target("api:recommendation-list", lambda w, s: "/api/v1/recommendations/",
           extra=API_PAGES),
    Target("api:recommendation-detail",
           lambda w, s: f"/api/v1/recommendations/{seg(s, 1)}/",
           segments=("0", "99999999999999999999", "-1")),
    Target("api_schema", lambda w, s: "/api/v1/schema/", extra=("format", "lang")),
    Target("wagtailapi:pages:listing", lambda w, s: "/api/v2/pages/",
           extra=("type", "fields", "limit", "offset", "order", "search", "child_of")),
    Target("wagtailapi:pages:detail", lambda w, s: f"/api/v2/pages/{seg(s, w.story.pk)}/",
           segments=("0", "99999999999999999999")),
    Target("wagtailapi:pages:find", lambda w, s: "/api/v2/pages/find/",
           extra=("html_path", "id")),
    Target("commitments_export", lambda w, s: f"/commitments/export.{seg(s, 'csv')}",
           fields_of(CommitmentFilter), segments=("json", "xml", "x" * 300)),
    Target("members_export", lambda w, s: f"/members/export.{seg(s, 'csv')}",
           fields_of(MemberFilter), segments=("json", "xml")),
    Target("action_plans_export", lambda w, s: f"/action-plans/export.{seg(s, 'csv')}",
           fields_of(ActionPlanFilter), segments=("json", "xml")),
    Target("challenge_areas_export", lambda w, s: f"/challenge-areas/export.{seg(s, 'csv')}",
           segments=("json", "xml")),
    # --- site-wide
    Target("healthz", lambda w, s: "/healthz"),
    Target("language_choose", lambda w, s: f"/language/{seg(s, 'fr')}/",
           fields_of(LanguageChoiceForm), segments=("xx", "x" * 300, "EN", "%C3%A9")),
    Target("robots_txt", lambda w, s: "/robots.txt"),
    Target("sitemap", lambda w, s: "/sitemap.xml", extra=("p",)),
    Target("sitemap_section", lambda w, s: f"/sitemap-{seg(s, 'commitments')}.xml",
           extra=("p",), segments=("nope", "pages", "reformers", "x" * 300)),
    # --- accounts (django-allauth): the forms of signing up and in
    Target("account_login", lambda w, s: "/accounts/login/", fields_of(account_forms.LoginForm),
           REDIRECT, methods=("GET", "POST"), roles=(ANONYMOUS,),
           base=lambda w: {"login": "reformer@example.org", "password": "correct horse battery"}),
    Target("account_signup", lambda w, s: "/accounts/signup/",
           fields_of(account_forms.SignupForm), REDIRECT, methods=("GET", "POST"),
           roles=(ANONYMOUS,), base=lambda w: {"email": "new@example.org",
                                               "password1": "a long pass phrase 42",
                                               "password2": "a long pass phrase 42"}),
    Target("account_reset_password", lambda w, s: "/accounts/password/reset/",
           fields_of(account_forms.ResetPasswordForm), methods=("GET", "POST"),
           roles=(ANONYMOUS,), base=lambda w: {"email": "reformer@example.org"}),
    Target("account_logout", lambda w, s: "/accounts/logout/", extra=REDIRECT),
    Target("account_inactive", lambda w, s: "/accounts/inactive/"),
    Target("account_email_verification_sent", lambda w, s: "/accounts/confirm-email/"),
    Target("account_confirm_email", lambda w, s: f"/accounts/confirm-email/{seg(s, 'abc')}/",
           segments=("x" * 300, "a:b:c", "MQ:1abc:xyz")),
    Target("account_reset_password_done", lambda w, s: "/accounts/password/reset/done/"),
    Target("account_reset_password_from_key",
           lambda w, s: f"/accounts/password/reset/key/{seg(s, '1-set-password')}/",
           segments=("zz-" + "k" * 300, "0-x", "9999999999999-abc")),
    Target("account_reset_password_from_key_done",
           lambda w, s: "/accounts/password/reset/key/done/"),
    Target("account_email", lambda w, s: "/accounts/email/", roles=(REFORMER,)),
    Target("account_change_password", lambda w, s: "/accounts/password/change/",
           roles=(REFORMER,)),
    Target("account_set_password", lambda w, s: "/accounts/password/set/", roles=(REFORMER,)),
    Target("account_reauthenticate", lambda w, s: "/accounts/reauthenticate/",
           roles=(REFORMER,)),
    Target("account_confirm_login_code", lambda w, s: "/accounts/login/code/confirm/"),
    Target("account_request_reauthentication_code",
           lambda w, s: "/accounts/reauthenticate/code/", roles=(REFORMER,)),
    Target("account_confirm_reauthentication_code",
           lambda w, s: "/accounts/reauthenticate/code/confirm/", roles=(REFORMER,)),
]  # fmt: skip

# Addresses of the URLconf that are not fuzzed here, each with the reason.
NOT_FUZZED = {
    "wagtail_serve": "the catch-all for pages: each page type and route is registered above",
    "wagtaildocs_serve": "documents: Wagtail's own view; no public document in the fuzz world",
    "wagtaildocs_authenticate_with_password": "Wagtail's privacy form; no restricted document",
    "wagtailcore_authenticate_with_password": "Wagtail's privacy form; no restricted page",
    "wagtailcore_login": "Wagtail's redirect to the sign-in page (fuzzed as account_login)",
}
