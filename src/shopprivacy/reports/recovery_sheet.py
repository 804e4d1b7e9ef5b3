"""The recovery sheet: the one paper that opens the shop's data when every password and this PC's
keyring are lost. Shown once at set-up, and once more each time a new code replaces it (after
the code is used, or when the director makes a new sheet); whoever holds it can open all
customer data, so the wording tells the director plainly to lock it away."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.staff import ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    KeyValues,
    Monospace,
    Paragraph,
    ReportDocument,
    Signature,
)
from shopprivacy.reports.render import print_report, write_pdf
from shopprivacy.reports.text import format_date, tr

GROUPS_PER_LINE = 3


def code_lines(code: str) -> str:
    """The code in its groups, three to a line, so a person copies it group by group."""
    groups = [g for g in code.replace(" ", "").split("-") if g]
    lines = [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]
    return "\n".join(lines)


def build_recovery_sheet(
    profile: ShopProfile,
    code: str,
    director_username: str,
    lang: str = "vi",
    made_at: datetime | None = None,
) -> ReportDocument:
    when = made_at or datetime.now(UTC)
    report = ReportDocument(
        title=tr(lang, QT_TRANSLATE_NOOP("reports", "Recovery code")),
        subtitle=tr(lang, QT_TRANSLATE_NOOP("reports", "Keep locked away, like the key to a safe")),
        profile=profile,
        printed_by=director_username,
        printed_at=when,
        lang=lang,
    )
    report.add(
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "Whoever holds this code can open ALL of the shop's customer data. Do not "
                    "photograph it, do not type it into a message or e-mail, do not keep it next "
                    "to the computer.",
                ),
            ),
            style="warning",
        ),
        KeyValues(
            (
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Shop")), profile.name),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Made on")), format_date(when, lang)),
                (
                    tr(lang, QT_TRANSLATE_NOOP("reports", "Director's login name")),
                    director_username,
                ),
            )
        ),
        Monospace(code_lines(code), large=True),
        Paragraph(tr(lang, QT_TRANSLATE_NOOP("reports", "What this code is for")), "strong"),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "It lets the director back in when the password is forgotten, when this "
                    "computer breaks or is replaced, or when the computer's key store is lost. "
                    "Without this code and without a director's password, nobody - not even the "
                    "software's makers - can open the data.",
                ),
            )
        ),
        Paragraph(tr(lang, QT_TRANSLATE_NOOP("reports", "How to use it")), "strong"),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    '1. On the sign-in screen, choose "Use recovery code".',
                ),
            )
        ),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "2. Type the director's login name and the code above (capital letters or "
                    "not, with or without the spaces), then choose a new password.",
                ),
            )
        ),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "3. The code works once. The app then shows a new code: print the new sheet, "
                    "keep it here instead and destroy this one.",
                ),
            )
        ),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "On a computer without the app's screens, the support person runs this "
                    "command and types the code above when it is asked for (never on the "
                    "command line itself, where others could see it):",
                ),
            ),
            "small",
        ),
        Monospace(f"shopprivacy-admin recover --director {director_username}"),
        Paragraph(tr(lang, QT_TRANSLATE_NOOP("reports", "Where to keep it")), "strong"),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "In a locked safe or drawer that only the director opens, away from the "
                    "computer and its backups. If you think someone has seen or copied it, make "
                    "a new recovery code as soon as you can and destroy this sheet.",
                ),
            )
        ),
        Signature(
            tr(lang, QT_TRANSLATE_NOOP("reports", "Kept by the director")),
            director_username,
        ),
    )
    return report


def write_recovery_sheet_pdf(
    path: Path, profile: ShopProfile, code: str, director_username: str, lang: str = "vi"
) -> int:
    """Save the sheet as a PDF the user chose to write; returns its pages. The file holds the
    code, so it is made owner-only (POSIX) through a temporary file in the same folder, then
    moved into place."""
    return write_pdf(build_recovery_sheet(profile, code, director_username, lang), Path(path))


def print_recovery_sheet(
    printer: QPrinter, profile: ShopProfile, code: str, director_username: str, lang: str = "vi"
) -> int:
    """Print the sheet on the printer the print dialog set up; returns the pages sent."""
    return print_report(build_recovery_sheet(profile, code, director_username, lang), printer)
