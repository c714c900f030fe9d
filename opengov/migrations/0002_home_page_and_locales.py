"""Replace Wagtail's welcome page with our home page and add the French and Spanish locales."""

from django.db import migrations


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("opengov.HomePage")

    default_locale, _ = Locale.objects.get_or_create(language_code="en")
    for code in ("fr", "es"):
        Locale.objects.get_or_create(language_code=code)

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="opengov")
    if HomePage.objects.exists():
        return
    home = HomePage.objects.create(
        title="OpenGov Commons",
        draft_title="OpenGov Commons",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=default_locale,
        hero_heading="Where open-government reformers learn, connect and find evidence",
        intro="OpenGov Commons brings together the partnership's challenge areas, members' "
        "commitments and the reformers behind them.",
        body="[]",
    )
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)


def backwards(apps, schema_editor):
    apps.get_model("opengov.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("opengov", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
