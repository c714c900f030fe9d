from django.db.models.signals import post_delete, post_save

from . import labels


def _drop_labels(sender, **kwargs):
    labels.invalidate()


for _model in labels.LABELLED_MODELS:
    post_save.connect(_drop_labels, sender=_model, dispatch_uid=f"labels-save-{_model.__name__}")
    post_delete.connect(
        _drop_labels, sender=_model, dispatch_uid=f"labels-delete-{_model.__name__}"
    )
