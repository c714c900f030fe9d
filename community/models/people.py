"""People: accounts and the reformer profiles that make the community visible."""

from django import forms
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.db.models.fields.files import ImageFieldFile
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase
from wagtail.search import index

from ..photos import PreparedPhoto, photo_upload_to, prepare, profile_photo_storage
from .taxonomy import ChallengeArea, Country, Theme


class EmailUserManager(UserManager):
    use_in_migrations = True

    def _create_user(self, username, email, password, **extra_fields):
        # Accounts are keyed by e-mail; "username" is accepted only for API compatibility.
        email = self.normalize_email(email or username)
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(None, email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(None, email, password, **extra_fields)


class User(AbstractUser):
    """An account. People sign in with their e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email


class ExpertiseTag(TagBase):
    class Meta:
        verbose_name = _("expertise")
        verbose_name_plural = _("expertise")


class ProfileExpertise(TaggedItemBase):
    content_object = models.ForeignKey(
        "community.ReformerProfile", on_delete=models.CASCADE, related_name="tagged_expertise"
    )
    tag = models.ForeignKey(ExpertiseTag, on_delete=models.CASCADE, related_name="+")


class ProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Profiles this person may open: private ones only for their owner and staff, and
        those of deactivated accounts only for staff."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        active = self.filter(user__is_active=True)
        if user.is_authenticated:
            return active.filter(
                Q(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]) | Q(user=user)
            ).not_blocking(user)
        return active.filter(visibility=Visibility.PUBLIC)

    def not_blocking(self, user):
        """Without the profiles of people who blocked `user`: to them, such a profile looks
        like a private one (community.connection_services.block)."""
        if not user.is_authenticated:
            return self
        # an uncorrelated list (read once, a probe a row), not a correlated EXISTS a row
        from .connections import ConnectionBlock

        blockers = ConnectionBlock.objects.filter(blocked=user).values("blocker_id")
        return self.exclude(user_id__in=blockers)

    def featurable(self):
        """Profiles that content may feature (stories, choosers): public, of active accounts."""
        return self.filter(visibility=Visibility.PUBLIC, user__is_active=True)

    def listed_for(self, user, *, by_index: bool = False):
        """Profiles in the directory: public ones, and members-only ones for signed-in people.

        Private profiles are never listed, not even for their owner or staff."""
        # the profile's own copy of "visible here and of an active account" (listed_public,
        # listed_members: ReformerProfile.listing_flags), in an index with the directory's
        # order, instead of joining every profile to its account. `by_index`, for reads of
        # the whole directory: the flag written `IN (1)`, which SQLite looks up in that
        # index (a bare boolean column, as `=True` is written, it does not); without it, a
        # read of a few profiles (a cohort's, the alumni) starts from them instead of
        # walking the 90,000 listed ones (the alumni directory: 17 -> 140 ms when it did).
        flag = "listed_members" if user.is_authenticated else "listed_public"
        listed = self.filter(**({f"{flag}__in": [True]} if by_index else {flag: True}))
        return listed.not_blocking(user) if user.is_authenticated else listed


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see my profile")
    MEMBERS = "members", _("Community only: signed-in reformers can see my profile")
    PRIVATE = "private", _("Private: only me")


class Sector(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    PARLIAMENT = "parliament", _("Parliament")
    JUDICIARY = "judiciary", _("Judiciary")
    ACADEMIA = "academia", _("Academia")
    MEDIA = "media", _("Media")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    MULTILATERAL = "multilateral", _("Multilateral organisation")


# Languages reformers say they work in (ISO 639-1). Names are translated with the interface.
SPOKEN_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("sw", _("Swahili")),
    ("id", _("Indonesian")),
    ("tl", _("Filipino")),
    ("ha", _("Hausa")),
    ("de", _("German")),
]


CONTACT_LINKS_MAX = 5


def contact_links_list(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def validate_contact_links(text: str) -> None:
    links = contact_links_list(text)
    if len(links) > CONTACT_LINKS_MAX:
        raise ValidationError(
            _("Please give at most %(count)d links."),
            code="too_many_links",
            params={"count": CONTACT_LINKS_MAX},
        )
    check = URLValidator(schemes=["http", "https"])
    for link in links:
        try:
            check(link)
        except ValidationError:
            raise ValidationError(
                _("“%(link)s” is not a web address (https://…)."),
                code="invalid_link",
                params={"link": link[:80]},
            ) from None


class ProfilePhotoFieldFile(ImageFieldFile):
    @property
    def url(self):
        # Never the storage's own URL: the photo is served by a view that checks who asks.
        self._require_file()
        return reverse("community:profile_photo", kwargs={"name": self.name})


class ProfilePhotoFormField(forms.ImageField):
    """Validates by normalising (see community.photos.prepare); the cleaned value is the
    prepared JPEG, so that the form and the model never hold the upload as it came."""

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if not isinstance(upload, UploadedFile):
            return upload
        try:
            return prepare(upload)
        except ValidationError as error:
            raise forms.ValidationError(error.messages, code=error.code) from None


class ProfilePhotoField(models.ImageField):
    attr_class = ProfilePhotoFieldFile

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed and not isinstance(file.file, PreparedPhoto):
            # whatever path a file comes by (admin, shell), it is stored only once prepared
            file.save(file.name, prepare(file.file), save=False)
        return super().pre_save(model_instance, add)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ProfilePhotoFormField, **kwargs})


class ReformerProfile(index.Indexed, models.Model):
    Visibility = Visibility
    Sector = Sector

    user = models.OneToOneField(
        User, verbose_name=_("account"), on_delete=models.CASCADE, related_name="profile"
    )
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    display_name = models.CharField(_("name"), max_length=120)
    headline = models.CharField(
        _("headline"),
        max_length=160,
        blank=True,
        help_text=_("One line on what you work on, e.g. 'Leads the open contracting unit'."),
    )
    bio = models.TextField(_("about you"), max_length=4000, blank=True)
    photo = ProfilePhotoField(
        _("photo"),
        upload_to=photo_upload_to,
        storage=profile_photo_storage,
        max_length=100,
        blank=True,
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reformers",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector, blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="reformers"
    )
    challenge_areas = models.ManyToManyField(
        ChallengeArea, verbose_name=_("challenge areas"), blank=True, related_name="reformers"
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"),
        through=ProfileExpertise,
        blank=True,
        help_text=_("Comma-separated, e.g. open contracting, procurement data, audits."),
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    visibility = models.CharField(
        _("who can see your profile"),
        max_length=10,
        choices=Visibility,
        default=Visibility.MEMBERS,
    )
    open_to_peer_exchange = models.BooleanField(
        _("open to peer exchange"),
        default=True,
        help_text=_("Other reformers may be pointed to you as a peer to learn from."),
    )
    share_contact = models.BooleanField(
        _("share my contact details with my connections"),
        default=False,
        help_text=_(
            "Your e-mail address and the links below are shown to the reformers you are "
            "connected with, and only to those who share theirs too."
        ),
    )
    contact_links = models.TextField(
        _("links for my connections only"),
        max_length=1200,
        blank=True,
        validators=[validate_contact_links],
        help_text=_("Up to five web addresses, one per line (a website, a social profile)."),
    )
    # whether the directory lists the profile to anyone / to signed-in people: its visibility
    # and its account's activation, copied here by save() and by the account's save
    # (community.signals) so that the directory reads an index (listing_flags)
    listed_public = models.BooleanField(default=False, editable=False)
    listed_members = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    search_fields = [
        index.SearchField("display_name"),
        index.AutocompleteField("display_name"),
        index.SearchField("organisation"),
        index.AutocompleteField("organisation"),
        index.SearchField("headline"),
        index.FilterField("visibility"),
        # the chooser searches featurable profiles only (ProfileQuerySet.featurable)
        index.RelatedFields("user", [index.FilterField("is_active")]),
    ]

    class Meta:
        verbose_name = _("reformer profile")
        verbose_name_plural = _("reformer profiles")
        ordering = ["display_name"]
        # the directory's order and keyset cursor (community.keyset, REFORMER_LIST_KEYS)
        indexes = [
            models.Index(fields=["display_name", "id"], name="profile_name_idx"),
            # the directory for anonymous readers, and for signed-in ones, in its order
            models.Index(fields=["listed_public", "display_name", "id"], name="profile_public_idx"),
            # (with the account: the block check of signed-in readers reads it from the index)
            models.Index(
                fields=["listed_members", "display_name", "id", "user"],
                name="profile_members_idx",
            ),
            # the directory's country filter: is anyone of this country listed?
            models.Index(
                fields=["country", "listed_public", "listed_members"], name="profile_country_idx"
            ),
        ]

    def __str__(self):
        return self.display_name or self.user.email

    def save(self, *args, **kwargs):
        is_active = User.objects.filter(pk=self.user_id).values_list("is_active", flat=True).first()
        for name, value in self.listing_flags(
            visibility=self.visibility, is_active=bool(is_active)
        ).items():
            setattr(self, name, value)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "listed_public", "listed_members"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("community:reformer_detail", kwargs={"slug": self.slug})

    @staticmethod
    def listing_flags(*, visibility: str, is_active: bool) -> dict[str, bool]:
        """The one rule of the directory's copy: listed only for an active account, to
        anyone if public, to signed-in people if public or community-only; never private."""
        return {
            "listed_public": bool(is_active) and visibility == Visibility.PUBLIC,
            "listed_members": bool(is_active)
            and visibility in (Visibility.PUBLIC, Visibility.MEMBERS),
        }

    def get_contact_links(self) -> list[str]:
        return contact_links_list(self.contact_links)

    def get_languages_display(self):
        names = dict(SPOKEN_LANGUAGES)
        return [names[code] for code in self.languages if code in names]
