from celery import shared_task

from . import services
from .models import ReformerProfile


@shared_task(acks_late=True)
def profile_photo_normalise(profile_id: int) -> bool:
    profile = ReformerProfile.objects.filter(pk=profile_id).first()
    if profile is None:
        return False
    return services.profile_photo_normalise(profile=profile)
