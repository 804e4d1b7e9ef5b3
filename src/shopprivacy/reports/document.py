"""What a printed report says, as plain data: no Qt here, so report builders stay testable and the
renderer is the only place that knows about pages.

Text in a document is already translated; the renderer adds only the running header and footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from shopprivacy.domain.staff import ShopProfile


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = section, 2 = sub-section


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "normal", "small" (fine print), "strong" (bold), "note" (italic), "warning" (bold, framed),
    # "dateline" (italic, to the right: the place and date a letter is written)
    style: str = "normal"


@dataclass(frozen=True)
class KeyValues:
    """Label: value pairs, two columns without borders (who, when, what period)."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page; rows are never split across pages.

    ``widths`` are relative column widths (any scale, e.g. (2, 1, 3)); None = equal.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    # Shown in place of the table when there are no rows.
    empty_text: str = ""
    # Per column: "left" (default), "right" (counts, amounts) or "center".
    align: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        n = len(self.headers)
        if self.widths is not None and len(self.widths) != n:
            raise ValueError("one width per column")
        if self.align is not None and (
            len(self.align) != n or not set(self.align) <= {"left", "right", "center"}
        ):
            raise ValueError("one alignment per column: left, right or center")
        for row in self.rows:
            if len(row) != n:
                raise ValueError("every row needs one cell per column")


@dataclass(frozen=True)
class Signature:
    """A line to sign on, with a caption under it (and the signer's name if known)."""

    caption: str
    name: str = ""


@dataclass(frozen=True)
class Monospace:
    """Codes and hashes, in a fixed-width font so every character can be copied without doubt."""

    text: str
    large: bool = False
    framed: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | KeyValues | Table | Signature | Monospace | PageBreak


@dataclass(frozen=True)
class AuditAnchor:
    """The audit chain's head when the report was made: paper that anchors the log."""

    seq: int
    hash: str


@dataclass(frozen=True)
class OfficialHeading:
    """The head of an administrative paper in Vietnam: the issuer on the left, the national
    heading on the right (``nation`` over ``motto``), then the place and date it is written."""

    nation: str
    motto: str
    place_date: str


@dataclass
class ReportDocument:
    """One printed report. ``printed_at`` is an aware UTC time; the renderer shows shop time."""

    title: str
    profile: ShopProfile
    printed_by: str
    printed_at: datetime
    lang: str = "vi"
    subtitle: str = ""
    demo: bool = False
    blocks: list[Block] = field(default_factory=list)
    audit_head: AuditAnchor | None = None
    official: OfficialHeading | None = None

    def add(self, *blocks: Block) -> ReportDocument:
        self.blocks.extend(blocks)
        return self
