from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stories", "0002_image_block")]

    operations = [
        migrations.AddIndex(
            model_name="storypage",
            index=models.Index(fields=["date", "page_ptr"], name="story_date_idx"),
        ),
    ]
