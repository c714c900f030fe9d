from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("community", "0010_commitment_list_year")]

    operations = [
        migrations.AddIndex(
            model_name="commitment",
            index=models.Index(
                fields=["irm_starred", "irm_potential_impact"], name="commitment_irm_idx"
            ),
        ),
    ]
