"""The learning app's follow-up work, queued through `core.outbox.enqueue`."""

from celery import shared_task

from . import services
from .models import Certificate


@shared_task(acks_late=True, ignore_result=True)
def certificate_pdf_make(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:  # gone (an account deleted) before its PDF was made
        services.certificate_pdf_make(certificate=certificate)
