"""Children: who must consent for them, by age.

The law treats under-16s as children: under 7 the guardian consents alone, from 7 the child and
the guardian both. A shop may set a higher age (some want a guardian under 18); below it the
guardian's name, a way to reach them and their recorded consent come before any order or consent.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

GUARDIAN_ALONE_UNDER = 7
LEGAL_MINOR_AGE = 16


class GuardianRule(StrEnum):
    NONE = "none"
    GUARDIAN_ALONE = "guardian_alone"  # under 7
    CHILD_AND_GUARDIAN = "child_and_guardian"  # from 7 up to the shop's age


def age_on(birth: date, today: date) -> int:
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years


def guardian_rule(birth: date | None, today: date, minor_age: int) -> GuardianRule:
    """Which consent a customer born on ``birth`` needs; unknown birth dates need none."""
    if birth is None:
        return GuardianRule.NONE
    age = age_on(birth, today)
    if age >= minor_age:
        return GuardianRule.NONE
    return (
        GuardianRule.GUARDIAN_ALONE
        if age < GUARDIAN_ALONE_UNDER
        else GuardianRule.CHILD_AND_GUARDIAN
    )
