"""Demo follows (follows.yaml), made through the follow service, which keeps one row per
person and target: a second run changes nothing."""

from pathlib import Path

from community import notify_services
from community.models import ChallengeArea, Commitment, Member, ReformerProfile, Theme, User
from core.demo import read_yaml

FILE = Path(__file__).parent / "follows.yaml"

# how follows.yaml names each kind of target
_TARGETS = {
    "challenge-area": lambda key: ChallengeArea.objects.in_default_locale().get(slug=key),
    "theme": lambda key: Theme.objects.in_default_locale().get(slug=key),
    "member": lambda key: Member.objects.get(code=key),
    "commitment": lambda key: Commitment.objects.get(public_id=key),
    "reformer": lambda key: ReformerProfile.objects.get(user__email=key),
}


def load_follows() -> int:
    count = 0
    for row in read_yaml(FILE)["follows"]:
        user = User.objects.get(email=row["user"])
        for target in row["targets"]:
            obj = _TARGETS[target["kind"]](target["key"])
            notify_services.follow(user=user, kind_slug=target["kind"], object_id=obj.pk)
            count += 1
    return count
