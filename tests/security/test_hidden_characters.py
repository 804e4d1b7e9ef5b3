"""Control characters and bidirectional overrides (U+202E) are refused in names, notes and
addresses, and the command line prints any that are already stored escaped, never raw."""

from __future__ import annotations

import io
import json

import pytest

from shopprivacy.cli.output import Output
from shopprivacy.domain.customers import Address, AddressKind
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import NewStaff, Role
from shopprivacy.i18n import load_catalog
from tests.conftest import Shop
from tests.services.customer_helpers import add

NASTY = ["Nguyễn \u202eAn", "Trần\x1b[2J Bình", "Lê\u2066 Văn", "Phạm\x00Hà", "Ngô\u200f Lan"]


@pytest.mark.parametrize("name", NASTY)
def test_a_customer_name_with_hidden_characters_is_refused(shop: Shop, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        add(shop, name=name)
    assert info.value.field == "full_name"


def test_notes_and_addresses_refuse_them_but_keep_line_breaks(shop: Shop) -> None:
    with pytest.raises(ValidationError) as info:
        add(shop, notes="gọi lại \u202esau")
    assert info.value.field == "notes"
    home = Address(AddressKind.HOME, street="12 Lê\x1b]0;x\x07 Lợi", province="TP. HCM")
    with pytest.raises(ValidationError) as info:
        add(shop, addresses=(home,))
    assert info.value.field == "addresses"
    assert add(shop, notes="Dòng một\nDòng hai\tcột").notes == "Dòng một\nDòng hai\tcột"


def test_a_staff_name_with_an_override_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError):
        shop.services.staff.add_staff(
            shop.director, NewStaff("ketoan", Role.CARE, "Kế \u202eToán"), "Song-nuoc#Hue-2026!"
        )


def test_the_command_line_prints_stored_ones_escaped() -> None:
    for json_mode in (False, True):
        stdout, stderr = io.StringIO(), io.StringIO()
        out = Output(load_catalog("en"), json_mode, stdout, stderr)
        out.result({"name": "A\u202eB\x1b[31m"}, "A\u202eB\x1b[31m")
        out.error_line("x\u202ey")
        printed = stdout.getvalue() + stderr.getvalue()
        assert "\u202e" not in printed and "\x1b" not in printed
        assert "\\u202e" in printed
        if json_mode:
            assert json.loads(stdout.getvalue()) == {"name": "A\u202eB\x1b[31m"}
