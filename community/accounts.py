"""django-allauth, adapted: the adapter (settings.ACCOUNT_ADAPTER) and the forms named in
settings.ACCOUNT_FORMS."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.db import IntegrityError, transaction
from django.utils.encoding import force_str

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context as allauth_context


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's e-mails call `current_site`: the site's name, and the host it was
    reached on. Without django.contrib.sites allauth would name the site by its host
    ("Hello from 127.0.0.1:8000!")."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    """Every account e-mail names the site (settings.SITE_NAME) in its subject ("[OpenGov
    Commons] Please confirm…"), greeting and signature."""

    def format_email_subject(self, subject: str) -> str:
        return f"[{settings.SITE_NAME}] {force_str(subject)}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        domain = get_current_site(allauth_context.request).domain
        site = SiteIdentity(name=settings.SITE_NAME, domain=domain)
        super().send_mail(template_prefix, email, {"current_site": site, **context})


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form, safe when two sign-ups with one address arrive together.

    Both pass allauth's "address already has an account" check before either has saved, and
    the second insert breaks the unique e-mail constraint (a 500). It is a sign-up with an
    address that has an account, so it gets allauth's answer to that: an e-mail to the
    address's owner and the usual "check your e-mail" page, which reveals nothing; no second
    account, and no half-made one (user and e-mail address are saved in one transaction)."""

    def try_save(self, request):
        try:
            with transaction.atomic():
                return super().try_save(request)
        except IntegrityError:
            # allauth's own check, now that the other sign-up has committed
            self.validate_unique_email(self.cleaned_data["email"])
            if not self.account_already_exists:
                raise
            return super().try_save(request)
