"""What other apps hear of peer connections, without `community` importing them.

`connection_changed` is sent once the change has committed (never for a rolled-back one),
with `connection_id` and `event`: "requested" (a new request awaits the recipient's answer)
or "accepted" (the two are connected; the person who asked is the one to tell). Declines,
withdrawals, removals and blocks send nothing: nobody is told of them. The notifications
service (issue 15) listens to it."""

from django.dispatch import Signal

REQUESTED = "requested"
ACCEPTED = "accepted"

connection_changed = Signal()  # kwargs: connection_id: int, event: str (REQUESTED or ACCEPTED)
