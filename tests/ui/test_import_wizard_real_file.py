"""From an empty database (``shopprivacy-admin init``), the director signs in and imports the
shop's Google Contacts export through the import wizard: the mapping page names the source and
has already chosen each column; the check lists the birthday it leaves out; the customers land."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.domain.importing import ImportField
from shopprivacy.storage.database import Database
from tests.cli.conftest import ENV_NAMES, Cli
from tests.cli.test_init import INIT
from tests.conftest import DIRECTOR_PASSWORD, MemoryKeyring
from tests.ui.conftest import ShellFactory
from tests.ui.desk_support import names
from tests.ui.helpers import sign_in_to_main, type_into

GOOGLE = Path(__file__).resolve().parents[1] / "data" / "imports" / "google_contacts.csv"


def test_a_google_contacts_export_through_the_wizard_from_an_empty_shop(
    qtbot: QtBot,
    make_shell: ShellFactory,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    cli = Cli(capsys, monkeypatch)
    path = tmp_path / "cuahang.db"
    cli.db = path
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0

    db = Database(f"sqlite:///{path}")
    shell = make_shell(db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    home = window.customers
    assert home is not None and names(home) == []
    wizard = home.open_import()
    qtbot.waitExposed(wizard)

    type_into(qtbot, wizard.file_page.path, str(GOOGLE))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    page = wizard.mapping_page
    assert page.info.text().startswith("Recognised: an export of Google Contacts.")
    headers = [page.table.horizontalHeaderItem(i).text() for i in range(page.table.columnCount())]
    chosen = {headers[i]: field for i, field in page.table.mapping().items()}
    assert chosen["Phone 1 - Label"] is ImportField.IGNORE
    assert chosen["Phone 1 - Value"] is ImportField.MOBILE
    assert (chosen["First Name"], chosen["Last Name"]) == (
        ImportField.GIVEN_NAME, ImportField.FAMILY_NAME,
    )  # fmt: skip
    assert page.table.choosers[headers.index("Phone 1 - Label")].currentText() == (
        "— do not import —"
    )

    wizard.next()  # the check
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=30_000)
    assert "New customers to add: 2" in check.summary.text()
    assert (check.rejects.item(0, 0).text(), check.rejects.item(0, 2).text()) == (
        "2",
        "Imported without this detail: The birthday has no year (only day and month): the "
        "birth date was left empty.",
    )

    wizard.next()  # Import
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.report is not None, timeout=30_000)
    assert "New customers added: 2" in run.summary.text()
    qtbot.waitUntil(lambda: len(names(home)) == 2, timeout=10_000)
    assert sorted(names(home)) == ["Phan Minh Tuấn", "Vũ Ngọc Ánh"]
    wizard.close()
