"""Open Badges 3.0 credentials of certificates, and the revocation status list: pure
functions (no database) that build, sign and check them. docs/credentials.md describes the
format; `learning.selectors` feeds them the records and `learning.views` serves them.

- A credential is a W3C Verifiable Credential (data model 2.0) of type
  OpenBadgeCredential, secured as VC-JOSE (a JWS in compact form, media type
  `application/vc+jwt`, `alg: EdDSA` over Ed25519) with joserfc. It is built from the
  certificate each time it is asked for: the same certificate gives the same bytes (Ed25519
  signatures are deterministic), and nothing is stored twice.
- The key is the platform's (settings.LEARNING_CREDENTIAL_KEY, a JWK or a PEM); its `kid` is
  its RFC 7638 thumbprint, so a new key gets a new kid and retired public keys
  (settings.LEARNING_CREDENTIAL_RETIRED_KEYS) stay in the published JWK Set.
- Revocation is a W3C Bitstring Status List: one bit per certificate (its `status_index`),
  gzip-compressed, multibase base64url, in a credential signed the same way."""

import base64
import binascii
import gzip
import hashlib
import json
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from joserfc import jwt
from joserfc.errors import JoseError, SecurityWarning
from joserfc.jwk import OKPKey

from .models import STATUS_LIST_SIZE

# RFC 9864 deprecates "EdDSA" for the fully-specified "Ed25519"; VC-JOSE and Open Badges
# verifiers expect "EdDSA" today, so we sign with it (deliberately) and accept both.
warnings.filterwarnings("ignore", message="EdDSA is deprecated", category=SecurityWarning)

ALG = "EdDSA"
ACCEPTED_ALGS = ("EdDSA", "Ed25519")
MEDIA_TYPE = "application/vc+jwt"
VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
STATUS_LIST_NUMBER = 1  # one list: 131,072 positions
# A credential of ours is a few kilobytes; anything far longer is not one.
MAX_TOKEN_CHARS = 64 * 1024
_COMPACT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


# --- keys ------------------------------------------------------------------------------------


def _import(text: str, *, private: bool) -> OKPKey:
    """An Ed25519 key from a JWK (JSON) or a PEM; ValueError when it is not one."""
    text = text.strip()
    try:
        value = json.loads(text) if text.startswith("{") else text
        key = OKPKey.import_key(value)
    except (ValueError, TypeError, JoseError) as error:
        raise ValueError(f"not an Ed25519 key in JWK or PEM form ({error})") from None
    if key.as_dict(private=False).get("crv") != "Ed25519":
        raise ValueError("not an Ed25519 key (crv must be Ed25519)")
    if private and not key.is_private:
        raise ValueError("a public key: the signing key must be the private key")
    if private:  # the published x must be the public half of d (joserfc does not check)
        raw = key.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        if key.as_dict(private=False)["x"] != base64.urlsafe_b64encode(raw).decode().rstrip("="):
            raise ValueError("its public half (x) is not that of its private key (d)")
    return key


def key_from_secret(secret: str) -> str:
    """A development key derived from SECRET_KEY, as a PEM: stable across restarts of one
    machine, never for production (a deploy check refuses it)."""
    seed = hashlib.sha256(f"opengov-learning-credential:{secret}".encode()).digest()
    return private_pem(Ed25519PrivateKey.from_private_bytes(seed))


def private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def new_key_jwk() -> str:
    """A new private key as a one-line JWK (for the environment)."""
    key = OKPKey.generate_key("Ed25519")
    return json.dumps(key.as_dict(private=True), separators=(",", ":"))


def _configured_key_text() -> str:
    text = getattr(settings, "LEARNING_CREDENTIAL_KEY", "")
    if text:
        return text
    if getattr(settings, "LEARNING_CREDENTIAL_DEV_KEY", False):
        return key_from_secret(settings.SECRET_KEY)
    raise ImproperlyConfigured(
        "LEARNING_CREDENTIAL_KEY is not set: credentials cannot be signed (docs/settings.md)."
    )


@lru_cache(maxsize=4)
def _signing_key(text: str) -> OKPKey:
    return _import(text, private=True)


def signing_key() -> OKPKey:
    """The platform's private key (ImproperlyConfigured when there is none or it is not a
    private Ed25519 key)."""
    try:
        return _signing_key(_configured_key_text())
    except ValueError as error:
        raise ImproperlyConfigured(f"LEARNING_CREDENTIAL_KEY: {error}") from None


@lru_cache(maxsize=4)
def _retired(texts: tuple[str, ...]) -> tuple[OKPKey, ...]:
    return tuple(_import(text, private=False) for text in texts)


def retired_keys() -> tuple[OKPKey, ...]:
    """Public keys of earlier signing keys (JWKs, or PEMs), still published so that
    credentials they signed still verify."""
    configured = getattr(settings, "LEARNING_CREDENTIAL_RETIRED_KEYS", None) or []
    try:
        if not isinstance(configured, list | tuple):
            raise TypeError("a JSON list of public JWKs is expected")
        texts = tuple(
            json.dumps(item, sort_keys=True) if isinstance(item, dict) else str(item)
            for item in configured
        )
        return _retired(texts)
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(f"LEARNING_CREDENTIAL_RETIRED_KEYS: {error}") from None


def kid_of(key: OKPKey) -> str:
    return key.thumbprint()


def public_jwk(key: OKPKey) -> dict:
    return {**key.as_dict(private=False), "kid": kid_of(key), "alg": ALG, "use": "sig"}


def verification_keys() -> dict[str, OKPKey]:
    """{kid: public key} of every key whose signatures we accept: the current and retired."""
    keys = {}
    for key in (signing_key(), *retired_keys()):
        public = OKPKey.import_key(key.as_dict(private=False))
        keys[kid_of(key)] = public
    return keys


def jwks() -> dict:
    """The JWK Set published at /credentials/jwks.json."""
    return {"keys": [public_jwk(key) for key in verification_keys().values()]}


# --- addresses -------------------------------------------------------------------------------


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id() -> str:
    return absolute(reverse("credentials:issuer"))


def jwks_url() -> str:
    return absolute(reverse("credentials:jwks"))


def status_list_url(number: int = STATUS_LIST_NUMBER) -> str:
    return absolute(reverse("credentials:status_list", kwargs={"number": number}))


def achievement_url(course_id: int) -> str:
    return absolute(reverse("credentials:achievement", kwargs={"course_id": course_id}))


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- documents -------------------------------------------------------------------------------


def issuer_profile() -> dict:
    """The issuer's Open Badges Profile, naming its keys (JWK Set and verification methods)."""
    issuer = issuer_id()
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer,
        "type": ["Profile"],
        "name": settings.SITE_NAME,
        "url": absolute("/"),
        "jwks_uri": jwks_url(),
        "verificationMethod": [
            {
                "id": f"{issuer}#{kid}",
                "type": "JsonWebKey",
                "controller": issuer,
                "publicKeyJwk": public_jwk(key),
            }
            for kid, key in verification_keys().items()
        ],
    }


@dataclass(frozen=True)
class CourseFacts:
    """What the Achievement says of a course."""

    id: int  # the original course's id
    name: str
    description: str
    pass_mark: int


def achievement(course: CourseFacts) -> dict:
    """The course as an OB Achievement, in the site's language whatever the reader's (a
    credential is the same wherever it is downloaded)."""
    with translation.override(settings.LANGUAGE_CODE):
        narrative = _(
            "Complete every lesson of the course and pass each of its knowledge checks "
            "(pass mark %(mark)s%%)."
        ) % {"mark": course.pass_mark}
    return {
        "id": achievement_url(course.id),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": course.name,
        "description": course.description or course.name,
        "criteria": {"narrative": narrative},
    }


def achievement_document(course: CourseFacts) -> dict:
    return {"@context": [VC_CONTEXT, OB_CONTEXT], **achievement(course)}


@dataclass(frozen=True)
class CertificateFacts:
    """The stored fields of a certificate a credential is built from."""

    code: str
    holder_name: str  # as the holder chose to show it
    course: CourseFacts
    course_title: str  # at issue
    issued_at: datetime
    status_index: int
    url: str  # the verification page's path


def credential(facts: CertificateFacts) -> dict:
    """The OpenBadgeCredential of a certificate (unsigned)."""
    subject = {"type": ["AchievementSubject"]}
    if facts.holder_name:
        subject["identifier"] = [
            {
                "type": "IdentityObject",
                "identityHash": facts.holder_name,
                "identityType": "name",
                "hashed": False,
            }
        ]
    subject["achievement"] = {**achievement(facts.course), "name": facts.course_title}
    list_url = status_list_url()
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": absolute(facts.url),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_id(),
            "type": ["Profile"],
            "name": settings.SITE_NAME,
            "url": absolute("/"),
        },
        "name": facts.course_title,
        "validFrom": _timestamp(facts.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{list_url}#{facts.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(facts.status_index),
            "statusListCredential": list_url,
        },
    }


def sign(document: dict, *, not_before: datetime, key: OKPKey | None = None) -> str:
    """The document as a VC-JOSE compact JWS (`typ: vc+jwt`), with the JWT claims `iss`,
    `jti` and `nbf` repeating its issuer, id and validFrom for JWT-minded verifiers."""
    key = key or signing_key()
    issuer = document["issuer"]
    claims = {
        **document,
        "iss": issuer["id"] if isinstance(issuer, dict) else issuer,
        "jti": document["id"],
        "nbf": int(not_before.timestamp()),
    }
    header = {"alg": ALG, "typ": "vc+jwt", "cty": "vc", "kid": kid_of(key)}
    return jwt.encode(header, claims, key, algorithms=[ALG])


def certificate_credential(facts: CertificateFacts) -> str:
    return sign(credential(facts), not_before=facts.issued_at)


# --- the status list -------------------------------------------------------------------------


def etag(token: str) -> str:
    return '"' + hashlib.sha256(token.encode()).hexdigest()[:32] + '"'


def encode_status_list(revoked, size: int = STATUS_LIST_SIZE) -> str:
    """The `encodedList` of a bitstring with the bits of `revoked` (indexes) set: index 0 is
    the left-most bit of the first byte; GZIP (no timestamp: the same list gives the same
    bytes), base64url without padding, multibase prefix "u"."""
    bits = bytearray(size // 8)
    for index in revoked:
        if 0 <= index < size:
            bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def status_list_credential(revoked, *, valid_from: datetime) -> dict:
    url = status_list_url()
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": _timestamp(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_status_list(revoked),
        },
    }


# --- checking a credential -------------------------------------------------------------------

VALID, REVOKED, UNKNOWN = "valid", "revoked", "unknown"


@dataclass
class Verification:
    """What checking a pasted credential found, in words a visitor reads."""

    valid: bool = False
    problem: str = ""  # why it is not valid, when it is not
    signature: bool | None = None  # None: not reached
    issuer: bool | None = None
    status: str | None = None  # VALID, REVOKED, UNKNOWN, or None: not reached
    holder: str = ""
    course: str = ""
    issued: datetime | None = None
    certificate_path: str = ""  # our certificate page, when a signed credential names it


def _b64json(segment: str):
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        return None


def _when(value) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _describe(result: Verification, claims: dict) -> None:
    """Holder, course and date as the credential states them (shown even when not valid)."""
    subject = claims.get("credentialSubject")
    if isinstance(subject, dict):
        for item in subject.get("identifier") or []:
            if isinstance(item, dict) and item.get("identityType") == "name":
                result.holder = str(item.get("identityHash", ""))[:200]
        found = subject.get("achievement")
        if isinstance(found, dict):
            result.course = str(found.get("name", ""))[:255]
    result.issued = _when(claims.get("validFrom"))


def _issuer_of(claims: dict) -> str:
    issuer = claims.get("issuer")
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else ""


def verify(token: str, *, status_of, now: datetime) -> Verification:
    """Check a credential: its shape, that we issued it (issuer and key), its signature, its
    dates, and its status (`status_of(index) -> VALID | REVOKED | UNKNOWN`, from our list).
    Never raises on any input."""
    result = Verification()
    token = "".join(token.split())  # line breaks and spaces of a paste
    if not token:
        result.problem = _("Nothing was pasted or uploaded.")
        return result
    if len(token) > MAX_TOKEN_CHARS or not _COMPACT.fullmatch(token):
        result.problem = _(
            "This is not a credential in the form we issue (a signed JWT: three parts of "
            "letters, digits, '-' and '_' separated by dots)."
        )
        return result
    header_part, payload_part, _signature = token.split(".")
    header, claims = _b64json(header_part), _b64json(payload_part)
    if not isinstance(header, dict) or not isinstance(claims, dict):
        result.problem = _("This credential is damaged: its header or contents cannot be read.")
        return result
    _describe(result, claims)
    types = claims.get("type")
    if not isinstance(types, list) or "OpenBadgeCredential" not in types:
        result.problem = _("This is a signed token, but not an Open Badges credential.")
        return result
    result.issuer = _issuer_of(claims) == issuer_id()
    if not result.issuer:
        result.problem = _(
            "This credential names another issuer. We can only check credentials issued by "
            "this site."
        )
        return result
    alg = header.get("alg")
    if alg not in ACCEPTED_ALGS:
        result.signature = False
        result.problem = _(
            "This credential is not signed the way we sign (its algorithm is %(alg)s, ours is "
            "EdDSA). It is not valid."
        ) % {"alg": str(alg)[:20]}
        return result
    key = verification_keys().get(header.get("kid")) if isinstance(header.get("kid"), str) else None
    if key is None:
        result.signature = False
        result.problem = _("This credential was signed with a key that is not one of ours.")
        return result
    try:
        decoded = jwt.decode(token, key, algorithms=[alg])
    except (JoseError, ValueError):
        result.signature = False
        result.problem = _(
            "The signature does not match the contents: this credential was altered or damaged."
        )
        return result
    result.signature = True
    claims = decoded.claims
    _describe(result, claims)
    page = claims.get("id")
    if isinstance(page, str) and page.startswith(absolute("/certificates/")):
        result.certificate_path = page.removeprefix(absolute(""))
    valid_from, valid_until = _when(claims.get("validFrom")), _when(claims.get("validUntil"))
    expires = claims.get("exp")
    if valid_from is None:
        result.problem = _("This credential has no valid date of issue.")
        return result
    if valid_from > now:
        result.problem = _("This credential is not valid yet.")
        return result
    if (valid_until and valid_until < now) or (
        isinstance(expires, int | float) and expires < now.timestamp()
    ):
        result.problem = _("This credential has expired.")
        return result
    result.status = _status(claims, status_of)
    if result.status == REVOKED:
        result.problem = _("This credential was revoked by its issuer. It is no longer valid.")
    elif result.status == UNKNOWN:
        result.problem = _("We have no record of this credential's status.")
    else:
        result.valid = True
    return result


def _status(claims: dict, status_of) -> str:
    entry = claims.get("credentialStatus")
    if not isinstance(entry, dict) or entry.get("statusListCredential") != status_list_url():
        return UNKNOWN
    index = entry.get("statusListIndex")
    if not isinstance(index, str) or not index.isdigit() or len(index) > 7:
        return UNKNOWN
    index = int(index)
    return status_of(index) if 0 <= index < STATUS_LIST_SIZE else UNKNOWN
