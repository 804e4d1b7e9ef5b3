"""``backup create FILE``, ``backup restore FILE`` and ``backup status``: the director's backups,
for scheduled tasks (Windows Task Scheduler, cron) as much as by hand."""

from __future__ import annotations

from pathlib import Path

from shopprivacy.cli.commands import recover
from shopprivacy.cli.commands.recovery_sheet import show_recovery_code
from shopprivacy.cli.context import CliContext, no_keyring_warning
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services.backup_recovery import restore_new_shop


def register(subparsers: Subparsers) -> None:
    _, backup = add_group(
        subparsers,
        "backup",
        QT_TRANSLATE_NOOP("cli", "make and restore encrypted backups (director only)"),
        dest="backup_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli", "write an encrypted backup of the whole shop database to FILE while work goes on"
    )
    p = backup.add_parser("create", help=help_text, description=help_text)
    p.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "the backup file"))
    set_handler(p, run_create, path="FILE")

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "replace the shop's data with a backup; customers erased since then stay erased; "
        "a safety backup of the current data is kept first",
    )
    p = backup.add_parser("restore", help=help_text, description=help_text)
    p.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "the backup file"))
    set_handler(p, run_restore, path="FILE")

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "build the shop again from a backup on a computer or server with no shop yet, with the "
        "printed recovery code (the code from $SHOPPRIVACY_RECOVERY_CODE, the new director "
        "password from $SHOPPRIVACY_NEW_PASSWORD, else both asked for)",
    )
    p = backup.add_parser("rebuild", help=help_text, description=help_text)
    p.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "the backup file"))
    p.add_argument(
        "--director",
        required=True,
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "the director account to recover"),
    )
    set_handler(p, run_rebuild, path="FILE", username="--director")

    help_text = QT_TRANSLATE_NOOP("cli", "when the last backup was made and whether one is due")
    p = backup.add_parser("status", help=help_text, description=help_text)
    set_handler(p, run_status)


def run_create(ctx: CliContext) -> int:
    """Director only. Audit: ``backup_created`` (the service)."""
    services, actor = ctx.sign_in()
    made = services.backup.create_backup(actor, Path(ctx.args.file))
    data = {
        "file": str(made.path),
        "backup_id": made.backup_id,
        "created_at": made.created_at,
        "rows": made.rows,
        "bytes": made.size,
    }
    ctx.out.result(
        data,
        ctx.out.tr(
            QT_TRANSLATE_NOOP(
                "cli", "Backup written to {file}: {rows} rows, {size} KB, made at {time}."
            ),
            file=str(made.path),
            rows=made.rows,
            size=max(1, made.size // 1024),
            time=made.created_at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M"),
        ),
    )
    return 0


def run_restore(ctx: CliContext) -> int:
    """Director only. Audit: ``backup_restored`` (the service)."""
    services, actor = ctx.sign_in()
    done = services.backup.restore_backup(actor, Path(ctx.args.file))
    data = {
        "backup_id": done.backup_id,
        "backup_created_at": done.backup_created_at,
        "rows_restored": done.rows_restored,
        "erasures_replayed": done.erasures_replayed,
        "safety_copy": str(done.safety_copy),
    }
    ctx.out.result(
        data,
        ctx.out.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Restored the backup made at {time}: {rows} rows. Customers erased since then "
                "and erased again: {erased}. The data as it was before the restore is kept in "
                "{safety}.",
            ),
            time=done.backup_created_at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M"),
            rows=done.rows_restored,
            erased=done.erasures_replayed,
            safety=str(done.safety_copy),
        ),
    )
    return 0


def run_rebuild(ctx: CliContext) -> int:
    """Anyone holding the backup and its recovery code, where no shop exists yet.
    Audit: ``recovered``, ``device_enrolled``, ``recovery_code_replaced``, ``signed_in``,
    ``backup_restored``. The typed code is spent; the new one is printed once."""
    code = recover._code(ctx)  # the same sources as `recover`: environment, else a prompt
    new = ctx.new_password()
    signed = restore_new_shop(
        ctx.database(),
        ctx.devices,
        Path(ctx.args.file),
        code,
        ctx.args.director.strip().lower(),
        new,
    )
    if not signed.vault.device_protected:
        no_keyring_warning(ctx.out)
    ctx.out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "The shop was rebuilt at {where}. {username} has a new password and this "
            "computer is enrolled.",
        ),
        where=ctx.where(),
        username=signed.actor.username,
    )
    ctx.out.say(
        QT_TRANSLATE_NOOP(
            "cli",
            "The recovery code you typed is used up: its sheet no longer works. Destroy it and "
            "keep the new code below instead.",
        )
    )
    show_recovery_code(
        ctx.out,
        signed.recovery_code,
        {"ok": True, "director": signed.actor.username, "where": ctx.where()},
    )
    return 0


def run_status(ctx: CliContext) -> int:
    """Anyone signed in; reads no personal data and writes nothing."""
    services, _actor = ctx.sign_in()
    status = services.backup.status()
    data = {
        "last_backup_at": status.last_backup_at,
        "reminder_days": status.reminder_days,
        "overdue": status.overdue,
    }
    if status.last_backup_at is None:
        human = ctx.out.tr(QT_TRANSLATE_NOOP("cli", "No backup has been made yet."))
    else:
        human = ctx.out.tr(
            QT_TRANSLATE_NOOP("cli", "Last backup: {time}."),
            time=status.last_backup_at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M"),
        )
    if status.overdue:
        human += " " + ctx.out.tr(
            QT_TRANSLATE_NOOP("cli", "A backup is due (reminder every {days} days)."),
            days=status.reminder_days,
        )
    ctx.out.result(data, human)
    return 0
