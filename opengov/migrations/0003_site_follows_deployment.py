"""The default Site was made with hostname "localhost" on port 80, so every full page URL
(admin links, previews) pointed at http://localhost/: give it the deployment's address
(WAGTAILADMIN_BASE_URL) and the site's name. opengov.apps does it again after every migrate."""

from django.conf import settings
from django.db import migrations


def forwards(apps, schema_editor):
    from opengov.services import site_record_sync

    site_record_sync(
        base_url=settings.WAGTAILADMIN_BASE_URL,
        site_name=settings.SITE_NAME,
        site_model=apps.get_model("wagtailcore", "Site"),
        using=schema_editor.connection.alias,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("opengov", "0002_home_page_and_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
