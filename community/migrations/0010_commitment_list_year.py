"""The plan's year copied onto each commitment (Commitment.list_year) and indexed with the
identifier: the order of /commitments/, read from the index instead of a sort of every row."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce


def copy_plan_years(apps, schema_editor):
    Commitment = apps.get_model("community", "Commitment")
    ActionPlan = apps.get_model("community", "ActionPlan")
    year = ActionPlan.objects.filter(pk=OuterRef("action_plan_id")).values("start_year")[:1]
    Commitment.objects.update(list_year=Coalesce(Subquery(year), 0))


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0009_profile_name_index"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="commitment",
            options={
                "ordering": ["-list_year", "public_id"],
                "verbose_name": "commitment",
                "verbose_name_plural": "commitments",
            },
        ),
        migrations.AddField(
            model_name="commitment",
            name="list_year",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(copy_plan_years, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["-list_year", "public_id"], name="commitment_list_idx"),
        ),
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(fields=["updated_at"], name="commitment_updated_idx"),
        ),
    ]
