"""The support plan comparison as HTML that fits any screen.

Wide screens get one table, plans as columns, every cell wrapping (nothing is cut). Narrow screens
(ui/look.py switches at look.NARROW px) get one card per plan, the recommended plan first. Rows the
requirements were checked on are tinted, the recommended plan is marked. Every value is escaped.
"""

from __future__ import annotations

import re
from html import escape

from ui.plan_table import PlanTable
from ui.strings import t

MARK, STAR = "▶", "★"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def cell(text: str) -> str:
    """A cell's value, escaped, a date kept on one line (a browser would break it at a hyphen)."""
    return _DATE.sub(lambda m: f'<span class="wa-nowrap">{m.group(0)}</span>', escape(text))


def plan_html(table: PlanTable, rows: set[str], chosen: str, lang: str) -> str:
    wide, cards = _wide(table, rows, chosen, lang), _cards(table, rows, chosen, lang)
    return f'<div class="wa-wide">{wide}</div><div class="wa-cards">{cards}</div>'


def _wide(table: PlanTable, rows: set[str], chosen: str, lang: str) -> str:
    def head(name: str) -> str:
        if name == chosen:
            return f'<th class="wa-chosen" title="{escape(t("recommended", lang))}">{STAR} {escape(name)}</th>'
        return f"<th>{escape(name)}</th>"

    header = f"<tr><th>{MARK}</th><th>{escape(t('feature', lang))}</th>{''.join(head(p) for p in table.plans)}</tr>"
    body = []
    for key, label, cells in table.rows:
        marked = key in rows
        tds = "".join(
            f'<td class="wa-chosen">{cell(c)}</td>' if plan == chosen else f"<td>{cell(c)}</td>"
            for plan, c in zip(table.plans, cells, strict=True)
        )
        cls = ' class="wa-row"' if marked else ""
        body.append(f"<tr{cls}><td>{MARK if marked else ''}</td><th>{escape(label)}</th>{tds}</tr>")
    return f'<table class="wa-plans"><thead>{header}</thead><tbody>{"".join(body)}</tbody></table>'


def _cards(table: PlanTable, rows: set[str], chosen: str, lang: str) -> str:
    order = sorted(range(len(table.plans)), key=lambda i: table.plans[i] != chosen)  # stable: chosen first
    cards = []
    for i in order:
        name = table.plans[i]
        star = f"{STAR} {escape(t('recommended', lang))}: " if name == chosen else ""
        items = "".join(
            f'<dt class="wa-row">{MARK} {escape(label)}</dt><dd class="wa-row">{cell(cells[i])}</dd>'
            if key in rows
            else f"<dt>{escape(label)}</dt><dd>{cell(cells[i])}</dd>"
            for key, label, cells in table.rows
        )
        cls = "wa-card wa-chosen" if name == chosen else "wa-card"
        cards.append(
            f'<div class="{cls}" data-plan="{escape(name)}"><h4>{star}{escape(name)}</h4><dl>{items}</dl></div>'
        )
    return "".join(cards)
