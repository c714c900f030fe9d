"""The awards' e-mails, each in its recipient's language: the nominator's is the language
they nominated in (`Nomination.language`); a nominee's, the first of their profile's
languages the site speaks, else the site's default. Sent by awards.tasks, never in a
request."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from core.languages import absolute_url, language_codes
from core.mail import subject_line

from .models import JurorAssignment, Nomination


def _send(*, template: str, to: str, language: str, context: dict) -> None:
    with translation.override(language):
        subject = render_to_string(f"awards/email/{template}_subject.txt", context)
        body = render_to_string(f"awards/email/{template}.txt", context)
    send_mail(subject_line(subject), body, settings.DEFAULT_FROM_EMAIL, [to])


def profile_language(profile) -> str:
    """The first of a profile's languages the site speaks, else the site's default."""
    spoken = profile.languages if profile is not None else []
    return next((code for code in spoken if code in language_codes()), settings.LANGUAGE_CODE)


def nominee_language(nomination: Nomination) -> str:
    return profile_language(nomination.reformer)


def nomination_received(nomination: Nomination) -> None:
    language = nomination.language
    _send(
        template="nomination_received",
        to=nomination.nominator.email,
        language=language,
        context={
            "nomination": nomination,
            "url": absolute_url(f"/awards/nominations/{nomination.pk}/", language),
        },
    )


def nominee_told(nomination: Nomination) -> None:
    profile = nomination.reformer
    if profile is None or not profile.user.is_active or nomination.nominee_declined:
        return
    language = nominee_language(nomination)
    _send(
        template="nominee_told",
        to=profile.user.email,
        language=language,
        context={
            "nomination": nomination,
            "decline_url": absolute_url(f"/awards/nominations/{nomination.pk}/decline/", language),
        },
    )


def eligibility_decided(nomination: Nomination) -> None:
    language = nomination.language
    _send(
        template="eligibility_decided",
        to=nomination.nominator.email,
        language=language,
        context={
            "nomination": nomination,
            "eligible": nomination.state == Nomination.State.ELIGIBLE,
            "url": absolute_url(f"/awards/nominations/{nomination.pk}/", language),
        },
    )


def juror_assigned(assignment: JurorAssignment) -> None:
    juror = assignment.juror
    if not juror.is_active or assignment.recused_at is not None:
        return
    language = profile_language(getattr(juror, "profile", None))
    _send(
        template="juror_assigned",
        to=juror.email,
        language=language,
        context={
            "assignment": assignment,
            "url": absolute_url(f"/awards/jury/{assignment.nomination_id}/", language),
        },
    )


def result_told(nomination: Nomination) -> None:
    """The outcome, to the nominator in their language and to a nominated reformer (who did
    not decline) in theirs."""
    context = {
        "nomination": nomination,
        "winner": nomination.state == Nomination.State.WINNER,
        "shortlisted": nomination.state == Nomination.State.SHORTLISTED,
    }
    parts = nomination.programme.get_url_parts()
    path = parts[2] if parts else "/awards/"
    recipients = [(nomination.nominator, nomination.language)]
    profile = nomination.reformer
    if profile is not None and not nomination.nominee_declined:
        recipients.append((profile.user, nominee_language(nomination)))
    for user, language in recipients:
        if not user.is_active:
            continue
        _send(
            template="result_told",
            to=user.email,
            language=language,
            context={**context, "url": absolute_url(path, language)},
        )
