from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("community", "0009_profile_name_index")]

    operations = [
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                fields=["irm_starred", "irm_potential_impact"], name="commitment_irm_idx"
            ),
        ),
    ]
