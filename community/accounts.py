"""django-allauth, adapted: the forms named in settings.ACCOUNT_FORMS."""

from django.db import IntegrityError, transaction

from allauth.account.forms import SignupForm as AllauthSignupForm


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
