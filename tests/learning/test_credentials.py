"""Open Badges 3.0 credentials: signed round trip (checked with joserfc and with
cryptography, independently of our code), refusals (tampered, alg none, HS256 with our
public key, unknown key, another issuer, expired), the Bitstring Status List (spec
encoding, revocation visible at once), the JWK Set and issuer profile, the verification
form with any input, who may download, and query counts."""

import base64
import copy
import gzip
import hashlib
import hmac
import json

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from joserfc import jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet, OKPKey

from learning import credentials, selectors, services
from learning.models import STATUS_LIST_SIZE, Certificate, Enrolment
from tests import shared_data
from tests.community.factories import ProfileFactory, UserFactory
from tests.learning.factories import course_build
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

STATUS_URL = "/credentials/status/1/"
VERIFY_URL = "/certificates/verify/"


def _build():
    course = course_build(
        modules=1, lessons_per_module=1, checks=(), title="Budgets 101", pass_mark=80
    )
    holder = UserFactory(email="holder@example.org", first_name="Ama", last_name="Owusu")
    ProfileFactory(user=holder, display_name="Ama O.", visibility="private")
    enrolment = Enrolment.objects.create(user=holder, course=course)
    return {
        "course": course,
        "holder": holder,
        "certificate": services.certificate_issue(enrolment=enrolment),
        "reformer": UserFactory(email="someone@example.org"),
        "staff": UserFactory(email="boss@example.org", is_staff=True, is_superuser=True),
    }


@pytest.fixture(scope="module")
def world_module(request, django_db_blocker):
    with shared_data.module_dataset(request, django_db_blocker) as dataset:
        yield dataset.built(_build())


@pytest.fixture
def world(world_module, db):
    return copy.deepcopy(world_module)


def _download(client, world) -> str:
    client.force_login(world["holder"])
    response = client.get(f"/certificates/{world['certificate'].code}/credential.jwt")
    assert response.status_code == 200
    return response.content.decode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _parts(token):
    header, payload, signature = token.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
    return (
        json.loads(base64.urlsafe_b64decode(pad(header))),
        json.loads(base64.urlsafe_b64decode(pad(payload))),
        base64.urlsafe_b64decode(pad(signature)),
    )


def _token(header: dict, payload: dict, signature: bytes = b"") -> str:
    return ".".join(
        [_b64(json.dumps(header).encode()), _b64(json.dumps(payload).encode()), _b64(signature)]
    )


def _check(client, text) -> str:
    response = client.post(VERIFY_URL, {"credential": text})
    assert response.status_code == 200
    return response.content.decode()


# --- the credential --------------------------------------------------------------------------


def test_the_credential_verifies_with_the_published_keys_independently_of_our_code(client, world):
    token = _download(client, world)
    keys = client.get("/credentials/jwks.json").json()
    # joserfc, with nothing but the published JWK Set
    decoded = jwt.decode(token, KeySet.import_key_set(keys), algorithms=["EdDSA"])
    assert decoded.header == {
        "alg": "EdDSA",
        "typ": "vc+jwt",
        "cty": "vc",
        "kid": keys["keys"][0]["kid"],
    }
    # cryptography, on the raw Ed25519 signature over "header.payload"
    jwk = keys["keys"][0]
    assert (jwk["kty"], jwk["crv"]) == ("OKP", "Ed25519") and "d" not in jwk
    public = Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(jwk["x"] + "="))
    signing_input, _dot, _sig = token.rpartition(".")
    public.verify(_parts(token)[2], signing_input.encode())
    with pytest.raises(InvalidSignature):
        public.verify(_parts(token)[2], signing_input.encode() + b"x")

    vc = decoded.claims
    certificate = world["certificate"]
    assert vc["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "ob/v3p0" in vc["@context"][1]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["id"] == f"http://testserver/certificates/{certificate.code}/"
    assert vc["issuer"]["id"] == vc["iss"] == "http://testserver/credentials/issuer/"
    assert vc["validFrom"] == certificate.issued_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    subject = vc["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Ama O."  # the name the holder shows
    achievement = subject["achievement"]
    assert achievement["name"] == "Budgets 101" and "80%" in achievement["criteria"]["narrative"]
    assert vc["credentialStatus"] == {
        "id": f"http://testserver{STATUS_URL}#{certificate.status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(certificate.status_index),
        "statusListCredential": f"http://testserver{STATUS_URL}",
    }
    # the achievement's id is a stable address that serves it
    served = client.get(achievement["id"].removeprefix("http://testserver"))
    assert served.status_code == 200 and served.json()["name"] == "Budgets 101"


def test_the_credential_is_built_again_identically_and_never_makes_a_second_certificate(
    client, world
):
    token = _download(client, world)
    assert _download(client, world) == token
    french = client.get(f"/fr/certificates/{world['certificate'].code}/credential.jwt")
    assert french.content.decode() == token  # the same in every language
    assert Certificate.objects.filter(enrolment__user=world["holder"]).count() == 1


def test_the_jwks_holds_the_public_half_of_the_signing_key_and_the_profile_names_it(client, world):
    key = credentials.signing_key()
    published = client.get("/credentials/jwks.json")
    assert published["Content-Type"] == "application/jwk-set+json"
    (jwk,) = published.json()["keys"]
    assert jwk["x"] == key.as_dict(private=False)["x"] and "d" not in jwk
    assert jwk["kid"] == key.thumbprint()
    profile = client.get("/credentials/issuer/").json()
    assert (
        profile["type"] == ["Profile"] and profile["id"] == "http://testserver/credentials/issuer/"
    )
    assert profile["jwks_uri"] == "http://testserver/credentials/jwks.json"
    assert profile["verificationMethod"][0]["publicKeyJwk"] == jwk


def test_a_rotated_key_signs_new_credentials_and_the_retired_key_still_verifies(
    client, world, settings
):
    old_token = _download(client, world)
    old_public = credentials.public_jwk(credentials.signing_key())
    settings.LEARNING_CREDENTIAL_KEY = credentials.new_key_jwk()
    settings.LEARNING_CREDENTIAL_RETIRED_KEYS = [old_public]
    new_token = _download(client, world)
    kids = [k["kid"] for k in client.get("/credentials/jwks.json").json()["keys"]]
    assert _parts(new_token)[0]["kid"] == kids[0] != old_public["kid"] == kids[1]
    for token in (old_token, new_token):
        assert "This credential is genuine" in _check(client, token)
    settings.LEARNING_CREDENTIAL_RETIRED_KEYS = []  # retired for good: no longer accepted
    assert "not one of ours" in _check(client, old_token)


# --- refusals --------------------------------------------------------------------------------


def test_a_tampered_credential_is_refused_by_the_library_and_by_the_page(client, world):
    token = _download(client, world)
    header, payload, signature = _parts(token)
    payload["credentialSubject"]["achievement"]["name"] = "Open Government 101 with honours"
    tampered = ".".join([token.split(".")[0], _b64(json.dumps(payload).encode()), _b64(signature)])
    with pytest.raises(BadSignatureError):
        jwt.decode(tampered, credentials.verification_keys()[header["kid"]], algorithms=["EdDSA"])
    html = _check(client, tampered)
    assert "Not valid." in html and "was altered or damaged" in html


def test_alg_none_and_hs256_with_our_public_key_are_refused(client, world):
    header, payload, _sig = _parts(_download(client, world))
    unsigned = _token({**header, "alg": "none"}, payload)
    assert unsigned.endswith(".")
    html = _check(client, unsigned)
    assert "Not valid." in html and "its algorithm is none" in html
    # the classic confusion: HMAC keyed with the public key, which anyone can read
    public_x = credentials.signing_key().as_dict(private=False)["x"]
    for secret in (public_x.encode(), base64.urlsafe_b64decode(public_x + "=")):
        confused = {**header, "alg": "HS256"}
        signing_input = _token(confused, payload).rsplit(".", 1)[0]
        mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
        html = _check(client, f"{signing_input}.{_b64(mac)}")
        assert "Not valid." in html and "its algorithm is HS256" in html


def test_another_key_another_issuer_and_an_expired_credential_are_not_valid(client, world):
    header, payload, _sig = _parts(_download(client, world))
    stranger = OKPKey.generate_key("Ed25519")
    forged = credentials.sign(payload, not_before=world["certificate"].issued_at, key=stranger)
    assert "not one of ours" in _check(client, forged)
    elsewhere = {**payload, "issuer": {"id": "https://badges.example.net/issuer"}}
    html = _check(client, credentials.sign(elsewhere, not_before=world["certificate"].issued_at))
    assert "names another issuer" in html
    expired = {**payload, "validUntil": "2001-01-01T00:00:00Z"}
    html = _check(client, credentials.sign(expired, not_before=world["certificate"].issued_at))
    assert "has expired" in html and "Not valid." in html


# --- the status list -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("revoked", "first_bytes"),
    [((), b"\x00\x00"), ((0,), b"\x80\x00"), ((7,), b"\x01\x00"), ((8, 1), b"\x40\x80")],
)
def test_the_encoded_list_is_gzip_base64url_with_index_0_the_left_most_bit(revoked, first_bytes):
    encoded = credentials.encode_status_list(revoked)
    assert "=" not in encoded  # no padding
    bits = _decode(encoded)
    assert len(bits) * 8 == STATUS_LIST_SIZE >= 16 * 1024 * 8  # 16 KB at least, as the spec says
    assert bits[:2] == first_bytes and not any(bits[2:])


def _decode(encoded: str) -> bytes:
    """An encodedList decoded as the spec says, independently of our code."""
    assert encoded.startswith("u")  # multibase base64url
    data = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def _bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))  # index 0: the left-most bit


def _published_bits(client):
    response = client.get(STATUS_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    decoded = jwt.decode(
        response.content.decode(),
        KeySet.import_key_set(client.get("/credentials/jwks.json").json()),
        algorithms=["EdDSA"],
    )
    assert decoded.claims["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    subject = decoded.claims["credentialSubject"]
    assert subject["statusPurpose"] == "revocation" and subject["type"] == "BitstringStatusList"
    return _decode(subject["encodedList"])


def test_revoking_sets_the_bit_in_the_published_list_at_once(
    client, world, django_capture_on_commit_callbacks
):
    certificate = world["certificate"]
    assert not _bit(_published_bits(client), certificate.status_index)
    assert cache.get(selectors.STATUS_LIST_CACHE_KEY) is not None  # signed once, then cached
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(certificate=certificate, reason="Copied", by=world["staff"])
    assert cache.get(selectors.STATUS_LIST_CACHE_KEY) is None  # dropped on commit
    bits = _published_bits(client)
    assert _bit(bits, certificate.status_index)
    assert sum(bin(byte).count("1") for byte in bits) == 1
    client.force_login(world["holder"])
    token = client.get(f"/certificates/{certificate.code}/credential.jwt").content.decode()
    html = _check(client, token)
    assert "revoked by its issuer" in html and "Not valid." in html
    # with the way to the certificate's page, which gives the reason
    assert f'href="/certificates/{certificate.code}/"' in html
    french = client.post("/fr/certificates/verify/", {"credential": token}).content.decode()
    assert f'href="/fr/certificates/{certificate.code}/"' in french


def test_a_list_cached_from_before_a_revocation_is_not_served_after_it(client, world):
    """A list built from a read made just before a revocation committed, and stored just
    after its cache entry was dropped: the count of revocations tells it is stale."""
    certificate = world["certificate"]
    _published_bits(client)
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=certificate.issued_at)
    assert _bit(_published_bits(client), certificate.status_index)


def test_the_list_is_cacheable_and_revalidated_by_its_etag(client, world):
    first = client.get(STATUS_URL)
    assert "public" in first["Cache-Control"] and "no-cache" in first["Cache-Control"]
    again = client.get(STATUS_URL, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    services.certificate_revoke(certificate=world["certificate"], reason="x", by=world["staff"])
    changed = client.get(STATUS_URL, headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


# --- the verification form -------------------------------------------------------------------


def test_a_valid_credential_says_so_with_what_it_is(client, world):
    token = _download(client, world)
    client.logout()
    html = _check(client, token[:40] + "\n  " + token[40:])  # a paste with a line break
    assert "This credential is genuine, issued by this site, and not revoked." in html
    assert "Ama O." in html and "Budgets 101" in html
    assert "valid: signed with our key" in html and "not revoked" in html


def test_an_uploaded_credential_is_checked_and_shown_as_pasted(client, world):
    token = _download(client, world)
    upload = SimpleUploadedFile("badge.jwt", token.encode(), "application/vc+jwt")
    response = client.post(VERIFY_URL, {"file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and "This credential is genuine" in html
    assert token in html


def test_a_credential_of_ours_with_no_certificate_behind_it_is_unknown(client, world):
    header, payload, _sig = _parts(_download(client, world))
    index = (world["certificate"].status_index + 1) % STATUS_LIST_SIZE
    payload["credentialStatus"]["statusListIndex"] = str(index)
    html = _check(client, credentials.sign(payload, not_before=world["certificate"].issued_at))
    assert "no record of this credential" in html and "Not valid." in html


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "a.b.c",
        "eyJhbGciOiJFZERTQSJ9.eyJ0eXBlIjoxfQ.AAAA",  # JSON, not a credential
        "e30.e30.e30",  # {} . {} . {}
        "!!!.???.***",
        "%00" * 30,
        "x" * 60_000 + "." + "y" * 4_000 + "." + "z",
        "[[[[" * 1000 + "." + "e30.",
        "eyJhbGciOiJFZERTQSJ9." + _b64(b"[" * 100_00) + ".AAAA",  # deep nesting
    ],
)
def test_malformed_pastes_are_not_valid_and_kept_in_the_form(client, world, text):
    response = client.post(VERIFY_URL, {"credential": text})
    html = response.content.decode()
    assert response.status_code == 200 and "Not valid." in html
    assert text[:30] in html  # the paste is redisplayed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Paste a credential or choose a file to check."),
        ({"credential": "x" * 70_000}, "at most 65536 characters"),
        ({"credential": "a\x00b"}, "Null characters are not allowed."),
        (
            {"credential": "kept text", "file": SimpleUploadedFile("a.jwt", b"a.b.c")},
            "not both",
        ),
        ({"file": SimpleUploadedFile("a.jwt", b"\x89PNG\r\n\x1a\n\x00\xff")}, "it is not text"),
        ({"file": SimpleUploadedFile("a.jwt", b"x" * 70_000)}, "too large to be a credential"),
    ],
    ids=["empty", "huge-paste", "nul", "both", "binary-upload", "huge-upload"],
)
def test_a_form_that_cannot_be_read_is_a_400_with_the_reason(client, world, data, message):
    response = client.post(VERIFY_URL, data)
    html = response.content.decode()
    assert response.status_code == 400 and message in html
    if data.get("credential") == "kept text":
        assert "kept text" in html


def test_a_paste_larger_than_any_request_the_site_takes_is_a_400(client, world):
    response = client.post(VERIFY_URL, {"credential": "x" * 3_000_000})
    assert response.status_code == 400


# --- who may download ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("reformer", 403), ("holder", 200), ("staff", 200)],
)
def test_only_the_holder_and_staff_download_the_credential(client, world, role, status):
    if role != "anonymous":
        client.force_login(world[role])
    code = world["certificate"].code
    response = client.get(f"/certificates/{code}/credential.jwt")
    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith("/accounts/login/")
    if status == 200:
        assert response["Content-Type"] == "application/vc+jwt"
        disposition = 'attachment; filename="budgets-101-credential.jwt"'
        assert response["Content-Disposition"] == disposition
    page = client.get(f"/certificates/{code}/").content.decode()
    assert (f"/certificates/{code}/credential.jwt" in page) is (status == 200)


@pytest.mark.parametrize("role", ["anonymous", "reformer", "holder", "staff"])
def test_the_public_documents_and_the_form_are_open_to_everyone(client, world, role):
    if role != "anonymous":
        client.force_login(world[role])
    course_id = world["course"].pk
    for url in (
        VERIFY_URL,
        "/fr/certificates/verify/",
        "/credentials/issuer/",
        "/credentials/jwks.json",
        STATUS_URL,
        f"/credentials/achievements/{course_id}/",
    ):
        assert client.get(url).status_code == 200, url
    for url in ("/credentials/status/2/", "/credentials/achievements/999999/"):
        assert client.get(url).status_code == 404, url
    assert client.post("/credentials/jwks.json").status_code == 405
    missing = "/certificates/" + "A" * 43 + "/credential.jwt"
    assert client.get(missing).status_code == 404


def test_the_dashboard_lists_the_holders_credential_download(client, world):
    client.force_login(world["holder"])
    html = client.get("/dashboard/").content.decode()
    assert f"/certificates/{world['certificate'].code}/credential.jwt" in html


# --- queries ---------------------------------------------------------------------------------

# measured: 3, 7 (the site's navigation and the signed-in user), 2, 0, 0, 2
LIMITS = {"download": 4, "verify": 8, "status": 3, "jwks": 0, "issuer": 0, "achievement": 2}


def _query_counts(client, world, size, django_assert_max_num_queries):
    for _ in range(size):  # more certificates, some revoked
        enrolment = Enrolment.objects.create(user=UserFactory(), course=world["course"])
        extra = services.certificate_issue(enrolment=enrolment)
        services.certificate_revoke(certificate=extra, reason="x", by=world["staff"])
    cache.clear()
    client.force_login(world["holder"])
    code = world["certificate"].code
    token = client.get(f"/certificates/{code}/credential.jwt").content.decode()
    counts = {
        name: count_queries(client, url, django_assert_max_num_queries, LIMITS[name])
        for name, url in {
            "download": f"/certificates/{code}/credential.jwt",
            "status": STATUS_URL,
            "jwks": "/credentials/jwks.json",
            "issuer": "/credentials/issuer/",
            "achievement": f"/credentials/achievements/{world['course'].pk}/",
        }.items()
    }
    with django_assert_max_num_queries(LIMITS["verify"]) as captured:
        assert client.post(VERIFY_URL, {"credential": token}).status_code == 200
    counts["verify"] = len(captured.captured_queries)
    return counts


def test_the_credential_pages_cost_the_same_whatever_the_number_of_certificates(
    client, world, django_assert_max_num_queries
):
    small = _query_counts(client, world, 1, django_assert_max_num_queries)
    large = _query_counts(client, world, 4, django_assert_max_num_queries)
    assert small == large


def test_a_status_position_already_taken_is_drawn_again(world, monkeypatch):
    """Positions are random and unique (the database's constraint): a draw that collides
    with an issued certificate's position is retried, never a second certificate's bit."""
    taken = world["certificate"].status_index
    draws = iter([taken, taken, (taken + 1) % STATUS_LIST_SIZE])
    monkeypatch.setattr(services.secrets, "randbelow", lambda n: next(draws))
    enrolment = Enrolment.objects.create(user=UserFactory(), course=world["course"])
    certificate = services.certificate_issue(enrolment=enrolment)
    assert certificate.status_index == (taken + 1) % STATUS_LIST_SIZE


# --- the key's configuration -----------------------------------------------------------------


def _check_ids(settings, **values) -> list[str]:
    from learning import checks

    for name, value in values.items():
        setattr(settings, name, value)
    return [
        error.id
        for check in (checks.credential_keys_check, checks.credential_key_deploy_check)
        for error in check()
    ]


def test_a_new_key_from_the_command_is_accepted_and_a_wrong_one_is_named(settings):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("credential_key", stdout=out)
    new = json.loads(out.getvalue())
    assert (new["kty"], new["crv"]) == ("OKP", "Ed25519") and new["d"]
    assert _check_ids(settings, LEARNING_CREDENTIAL_KEY=out.getvalue()) == []
    public_only = json.dumps({k: v for k, v in new.items() if k != "d"})
    mismatched = json.dumps({**new, "x": json.loads(credentials.new_key_jwk())["x"]})
    for wrong in ("not a key", public_only, mismatched):
        assert _check_ids(settings, LEARNING_CREDENTIAL_KEY=wrong) == ["learning.E001"]
    assert _check_ids(
        settings, LEARNING_CREDENTIAL_KEY="", LEARNING_CREDENTIAL_RETIRED_KEYS="oops"
    ) == ["learning.E002", "learning.E003"]
