"""The community template tags of the list pages and the reformer avatars."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image
from pytest_django.asserts import assertContains, assertNotContains

from community.templatetags.community_tags import initials
from tests.community.factories import ProfileFactory


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Adaeze Okonkwo", "AO"),
        ("María Fernanda Rodríguez-Villanueva de la Cruz", "MC"),
        ("élodie dubois", "ÉD"),
        ("Chen", "C"),
        ("(Ana) Lima", "AL"),
        ("Ana —", "A"),
        ("   ", ""),
        ("", ""),
    ],
)
def test_initials_are_the_first_letters_of_the_first_and_last_words(name, expected):
    assert initials(name) == expected


def _photo():
    from community import photos

    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 40, 40)).save(buffer, format="JPEG")
    return photos.prepare(SimpleUploadedFile("me.jpg", buffer.getvalue(), "image/jpeg"))


@pytest.mark.django_db
def test_every_reformer_card_has_an_avatar_box_photo_or_initials(client, vocab):
    ProfileFactory(display_name="Ana María López", slug="ana")
    with_photo = ProfileFactory(display_name="Bruno Lima", slug="bruno")
    with_photo.photo = _photo()
    with_photo.save()

    directory = client.get("/reformers/")
    # decorative: the name is next to it, and a screen reader should not spell "A L"
    assertContains(
        directory, '<span class="avatar avatar-initials" aria-hidden="true">AL</span>', html=True
    )
    assertContains(directory, 'alt="" width="64" height="64" class="avatar"')
    assertNotContains(directory, "BL</span>")

    profile = client.get("/reformers/ana/")
    assertContains(
        profile,
        '<span class="avatar avatar-initials avatar-large" aria-hidden="true">AL</span>',
        html=True,
    )
    assertContains(client.get("/reformers/bruno/"), 'alt="Photo of Bruno Lima"')


# what the hub's template wrote a member before area_member_items wrote them in one pass
_MEMBER_ITEM_TEMPLATE = (
    "{% load i18n community_tags %}{% for active in members %}"
    '<li><a href="{{ active.get_absolute_url }}">{{ active|label }}</a> <a class="meta" '
    'href="?member={{ active.slug|urlencode }}#commitments-heading">{% blocktranslate count '
    "counter=active.area_commitment_count %}{{ counter }} commitment{% plural %}{{ counter }} "
    "commitments{% endblocktranslate %}</a></li>{% endfor %}"
)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_area_member_items_write_what_the_template_wrote(vocab, language):
    from django.template import Context, Template
    from django.utils import translation

    from tests.community.factories import MemberFactory

    members = [
        MemberFactory(name="Côte d'Ivoire <&>", slug="cote-d-ivoire"),
        MemberFactory(name="Chile", slug="chile_2"),
        MemberFactory(name="Ghana", slug="ghana"),
    ]
    for member, n in zip(members, (1, 2, 1234), strict=True):
        member.area_commitment_count = n
    with translation.override(language):
        expected = Template(_MEMBER_ITEM_TEMPLATE).render(Context({"members": members}))
        written = Template("{% load community_tags %}{% area_member_items members %}").render(
            Context({"members": members})
        )
    assert written == expected
    assert "&lt;&amp;&gt;" in written
