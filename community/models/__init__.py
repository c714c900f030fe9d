from .challenge import ChallengeSubmission
from .connections import Connection, ConnectionBlock
from .notify import DigestSent, EmailPreferences, Follow, Notification, NotificationKind
from .people import ExpertiseTag, ProfileExpertise, ReformerProfile, User
from .records import (
    ActionPlan,
    Commitment,
    CommitmentPolicyArea,
    Member,
    Milestone,
    PointOfContact,
    PolicyAreaTag,
)
from .stats import ChallengeAreaCount
from .taxonomy import ChallengeArea, Country, Region, Theme
from .workspace import ChangeRecord, EvidenceLink, ProgressUpdate

__all__ = [
    "ActionPlan",
    "ChallengeArea",
    "ChallengeAreaCount",
    "ChallengeSubmission",
    "ChangeRecord",
    "Commitment",
    "Connection",
    "ConnectionBlock",
    "CommitmentPolicyArea",
    "Country",
    "DigestSent",
    "EmailPreferences",
    "EvidenceLink",
    "ExpertiseTag",
    "Follow",
    "Member",
    "Milestone",
    "Notification",
    "NotificationKind",
    "PointOfContact",
    "PolicyAreaTag",
    "ProfileExpertise",
    "ProgressUpdate",
    "ReformerProfile",
    "Region",
    "Theme",
    "User",
]
