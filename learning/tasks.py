"""The learning app's follow-up work, queued through `core.outbox.enqueue`."""

from celery import shared_task

from . import cohort_services, services
from .models import Application, Certificate


@shared_task(acks_late=True, ignore_result=True)
def certificate_pdf_make(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:  # gone (an account deleted) before its PDF was made
        services.certificate_pdf_make(certificate=certificate)


@shared_task(acks_late=True, ignore_result=True)
def cohort_application_notify(application_id: int, step: str) -> None:
    application = (
        Application.objects.select_related("cohort", "applicant").filter(pk=application_id).first()
    )
    if application is not None:  # gone (an account deleted) before its e-mail was sent
        cohort_services.application_notify(application=application, step=step)
