# The semantic retriever's vector, stored with each evidence record (search/semantic.py).
# Nullable, so SQLite adds the column with ALTER TABLE … ADD COLUMN, without rebuilding the
# table (which would drop the FTS5 triggers of migration 0002).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_award_kind"),
    ]

    operations = [
        migrations.AddField(
            model_name="evidencerecord",
            name="embedding",
            field=models.BinaryField(blank=True, editable=False, null=True),
        ),
    ]
