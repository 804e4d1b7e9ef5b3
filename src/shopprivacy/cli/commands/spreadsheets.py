"""``marketing export`` and ``import``: the sales desk's files (director and sales)."""

from __future__ import annotations

from pathlib import Path

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.import_profiles import PROFILE_BY_KEY, header_key
from shopprivacy.domain.importing import DuplicateChoice, ImportField, ImportReport, RowProblem
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CHANNELS = {"email": Purpose.MARKETING_EMAIL, "post": Purpose.MARKETING_POST,
            "phone": Purpose.MARKETING_PHONE, "zalo": Purpose.MARKETING_ZALO}  # fmt: skip


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "marketing",
        QT_TRANSLATE_NOOP("cli", "marketing lists (director and sales)"),
        dest="marketing_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "write a CSV, or an XLSX when FILE ends in .xlsx, of the customers whose consent for "
        "one channel is in force, safe to open in Excel",
    )
    p = group.add_parser("export", help=help_text, description=help_text)
    p.add_argument("--channel", required=True, choices=sorted(CHANNELS))
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    set_handler(p, run_export)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "import customers from a spreadsheet (CSV, Excel, OpenDocument) or a phone's vCards: "
        "every valid row lands together or none does (director and sales)",
    )
    p = subparsers.add_parser("import", help=help_text, description=help_text)
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "check every row and report, write nothing"),
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "add a duplicate row's new details to the existing customer (default: skip it)"
        ),
    )
    p.add_argument(
        "--rejects",
        metavar="FILE.csv",
        help=QT_TRANSLATE_NOOP("cli", "write the rejected rows and why, to fix and import again"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "what a column holds, by its number from 1 or its header, instead of the guess "
            "(e.g. 3=ignore)",
        ),
    )
    set_handler(p, run_import, file="FILE", mapping="--map")


def run_export(ctx: CliContext) -> int:
    """Director or sales. Audit: ``marketing_exported`` with the count (the service)."""
    services, actor = ctx.sign_in()
    out = ctx.out
    result = services.marketing.export_marketing(
        actor, CHANNELS[ctx.args.channel], Path(ctx.args.out), translate=out.catalog.translate
    )
    out.result(
        {"count": result.count, "without_contact": result.without_contact,
         "out": str(result.path)},
        out.tr(
            QT_TRANSLATE_NOOP("cli", "{count} customer(s) written to {path}."),
            count=result.count,
            path=str(result.path),
        ),
    )  # fmt: skip
    if result.without_contact:
        out.warn(
            QT_TRANSLATE_NOOP(
                "cli", "{n} customer(s) agreed to this channel but have no contact for it on file."
            ),
            n=result.without_contact,
        )
    return 0


def _mapping(ctx: CliContext) -> dict[int, ImportField] | None:
    """The guessed mapping with the user's ``--map`` changes on top (None: no changes)."""
    if not ctx.args.map:
        return None
    services, actor = ctx.sign_in()
    preview = services.importer.preview(actor, Path(ctx.args.file), sample_rows=0)
    mapping = dict(preview.mapping)
    by_header = {header_key(h): i for i, h in reversed(list(enumerate(preview.headers)))}
    for item in ctx.args.map:
        column, _, name = item.rpartition("=")
        index = int(column) - 1 if column.strip().isdigit() else by_header.get(header_key(column))
        try:
            field = ImportField(name.strip())
        except ValueError:
            index = None
        if index is None or index not in mapping:
            raise CliProblem(
                2,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "--map takes COLUMN=FIELD, the column by its number or header, e.g. "
                    "1=full_name; fields: {fields}.",
                ),
                fields=", ".join(f.value for f in ImportField),
            )
        mapping[index] = field
    return mapping


def run_import(ctx: CliContext) -> int:
    """Director or sales. Audit: ``customers_imported`` (or ``import_checked`` for a dry run)
    (the service)."""
    a = ctx.args
    mapping = _mapping(ctx)
    services, actor = ctx.sign_in()
    out = ctx.out
    report = services.importer.run_import(
        actor,
        Path(a.file),
        mapping,
        duplicates=DuplicateChoice.MERGE if a.merge else DuplicateChoice.SKIP,
        dry_run=a.dry_run,
        rejects_path=Path(a.rejects) if a.rejects else None,
        translate=out.catalog.translate,
    )
    out.result(report_data(ctx, report), report_text(ctx, report))
    return 0


def profile_name(ctx: CliContext, key: str | None) -> str:
    profile = PROFILE_BY_KEY.get(key or "")
    if profile is None:
        return ctx.out.tr(QT_TRANSLATE_NOOP("cli", "not a known tool: guessed from the headers"))
    return ctx.out.tr(profile.name, context="import")


def _mapping_json(r: ImportReport) -> dict[str, str]:
    out: dict[str, str] = {}
    for header, field in r.mapping:
        name, n = header, 2
        while name in out:  # two columns with one header: both shown
            name, n = f"{header} ({n})", n + 1
        out[name] = field.value
    return out


def report_data(ctx: CliContext, r: ImportReport) -> dict[str, object]:
    def rows(problems: tuple[RowProblem, ...]) -> list[dict[str, object]]:
        return [{"row": p.row, "field": p.field, "reason": ctx.out.render(p.reason)}
                for p in problems]  # fmt: skip

    return {
        "profile": r.profile, "profile_name": profile_name(ctx, r.profile),
        "mapping": _mapping_json(r),
        "imported": r.imported, "duplicates": r.duplicates, "merged": r.merged,
        "blank": r.blank, "dry_run": r.dry_run, "ignored_columns": list(r.ignored_columns),
        "rejected": rows(r.rejected),
        "warnings": [{"row": None, "field": None, "reason": ctx.out.render(m)}
                     for m in r.notices] + rows(r.warnings),
        "rejects_file": str(r.rejects_file) if r.rejects_file else None,
    }  # fmt: skip


def _mapping_lines(ctx: CliContext, r: ImportReport) -> list[str]:
    out = ctx.out
    lines = [out.tr(QT_TRANSLATE_NOOP("cli", "File from: {name}"),
                    name=profile_name(ctx, r.profile))]  # fmt: skip
    column_text = QT_TRANSLATE_NOOP("cli", "  {column} -> {field}")
    lines += [out.tr(column_text, column=h, field=f.value) for h, f in r.mapping]
    return lines


def report_text(ctx: CliContext, r: ImportReport) -> str:
    out = ctx.out
    head = (
        QT_TRANSLATE_NOOP(
            "cli",
            "Checked only, nothing written: {imported} new, {duplicates} duplicate(s), "
            "{rejected} rejected, {blank} blank row(s).",
        )
        if r.dry_run
        else QT_TRANSLATE_NOOP(
            "cli",
            "Imported {imported} new customer(s); {duplicates} duplicate(s) ({merged} merged), "
            "{rejected} rejected, {blank} blank row(s).",
        )
    )
    lines = _mapping_lines(ctx, r) if r.dry_run else []
    lines.append(out.tr(head, imported=r.imported, duplicates=r.duplicates, merged=r.merged,
                        rejected=len(r.rejected), blank=r.blank))  # fmt: skip
    lines += [out.render(m) for m in r.notices]
    row_text = QT_TRANSLATE_NOOP("cli", "Row {row}: {reason}")
    lines += [out.tr(row_text, row=p.row, reason=out.render(p.reason)) for p in r.rejected]
    kept_text = (
        QT_TRANSLATE_NOOP("cli", "Row {row}, to be imported without this detail: {reason}")
        if r.dry_run
        else QT_TRANSLATE_NOOP("cli", "Row {row}, imported without this detail: {reason}")
    )
    lines += [out.tr(kept_text, row=p.row, reason=out.render(p.reason)) for p in r.warnings]
    if r.ignored_columns:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP("cli", "Not imported (the shop does not collect it): {columns}"),
                columns=", ".join(r.ignored_columns),
            )
        )
    return "\n".join(lines)
