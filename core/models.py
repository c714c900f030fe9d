from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """A task call, written in the same transaction as the change that needs it.

    It is sent to the broker when the transaction commits; whatever could not be sent (or
    failed when it ran) stays here until `core.tasks.outbox_drain` sends it again. The row
    is deleted in the same transaction as the task's own writes, so the work is done once.
    """

    task = models.CharField(_("task"), max_length=200)
    kwargs = models.JSONField(_("arguments"), default=dict)
    # set while the transaction that wrote the row may still add values to it (batching)
    batch = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # when the drain may (re)send it: after a failure, or once a sent copy is overdue
    available_at = models.DateTimeField(_("available at"), db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["available_at", "pk"]
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")

    def __str__(self):
        return f"{self.task} #{self.pk}"
