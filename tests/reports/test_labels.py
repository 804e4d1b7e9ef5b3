"""Every audit action has a plain name, so the access review never shows a code to the director."""

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.reports.labels import ACTION_LABELS, action_label


def test_every_audit_action_has_a_plain_name() -> None:
    missing = sorted(str(a) for a in Action if a not in ACTION_LABELS)
    assert missing == [], f"add these to reports/labels.py ACTION_LABELS: {missing}"


@pytest.mark.parametrize("action", list(Action))
def test_every_name_reads_in_vietnamese(action: Action) -> None:
    assert action_label(action, "vi") != ACTION_LABELS[action], action
