from .challenge import ChallengeSubmission
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
from .taxonomy import ChallengeArea, Country, Region, Theme

__all__ = [
    "ActionPlan",
    "ChallengeArea",
    "ChallengeSubmission",
    "Commitment",
    "CommitmentPolicyArea",
    "Country",
    "ExpertiseTag",
    "Member",
    "Milestone",
    "PointOfContact",
    "PolicyAreaTag",
    "ProfileExpertise",
    "ReformerProfile",
    "Region",
    "Theme",
    "User",
]
