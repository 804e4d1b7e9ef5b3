"""Deciding what goes on which page, as plain arithmetic (no Qt), so it can be tested alone.

Every piece of a report is laid out once, unpaginated; what the paginator sees is a list of
strips (``Slice``) in that piece's own coordinates. A plain piece is one strip; a table is one
strip per row plus a header strip that repeats at the top of every page the table reaches. A
strip is never cut unless it is taller than a whole page on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Slice:
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Flow:
    """How one piece may be placed on pages."""

    bands: tuple[Slice, ...]
    header: Slice | None = None
    space_before: float = 0.0
    # Headings: never left alone at the foot of a page, away from what they introduce.
    keep_with_next: bool = False
    break_before: bool = False

    def first_unit(self) -> float:
        head = self.header.height if self.header else 0.0
        return head + (self.bands[0].height if self.bands else 0.0)

    def total(self) -> float:
        head = self.header.height if self.header else 0.0
        return head + sum(b.height for b in self.bands)


@dataclass
class Placement:
    """Part of piece ``piece`` drawn at ``y`` on a page: its strips stacked top to bottom."""

    piece: int
    y: float
    strips: list[Slice]
    has_header: bool = False

    @property
    def height(self) -> float:
        return sum(s.height for s in self.strips)


@dataclass
class _Pages:
    body_height: float
    pages: list[list[Placement]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def room(self) -> float:
        return self.body_height - self.y


def paginate(flows: list[Flow], body_height: float) -> list[list[Placement]]:
    """Place every flow on pages of ``body_height``; returns the placements of each page."""
    if body_height <= 0:
        raise ValueError("no room on the page for the report body")
    out = _Pages(body_height)
    for index, flow in enumerate(flows):
        if not flow.bands:
            continue
        if flow.break_before and out.y > 0:
            out.new_page()
        if out.y > 0:
            out.y += flow.space_before
        if flow.keep_with_next and out.y > 0 and index + 1 < len(flows):
            nxt = flows[index + 1]
            need = flow.total() + nxt.space_before + nxt.first_unit()
            if need <= body_height and need > out.room():
                out.new_page()
        _place(out, index, flow)
    return out.pages


def _place(out: _Pages, index: int, flow: Flow) -> None:
    pending = list(flow.bands)
    header = flow.header
    head_h = header.height if header else 0.0
    while pending:
        count, used = 0, head_h
        for band in pending:
            if used + band.height > out.room() + 1e-6:
                break
            count += 1
            used += band.height
        if count:
            fitted, pending = pending[:count], pending[count:]
        elif out.y > 0:
            out.new_page()
            continue
        else:
            # Alone on an empty page and still too tall: cut it where the page ends.
            band = pending[0]
            cut = band.top + max(out.room() - head_h, band.height / 2)
            fitted, pending = [Slice(band.top, cut)], [Slice(cut, band.bottom), *pending[1:]]
            used = head_h + fitted[0].height
        strips = ([header] if header else []) + fitted
        out.pages[-1].append(Placement(index, out.y, strips, has_header=header is not None))
        out.y += used
        if pending:
            out.new_page()
