"""`wa-assistant eval --html FILE`: a self-contained page for people, with per-question details and plots.

Plots are inline SVG drawn here (a recall@k curve and a latency histogram), so the report needs no
plotting library and opens offline.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from eval import metrics as m
from eval.run import fmt, metric_groups
from eval.scoring import KEYS

W, H, PAD = 420, 220, 36


def recall_curve(result: dict[str, Any], items: dict[str, dict[str, Any]]) -> list[float]:
    """Share of in-scope questions with a relevant passage in the top k, for k = 1..10."""
    ranks = []
    for q in result["questions"]:
        item = items.get(q["id"], {})
        if item.get("out_of_scope"):
            continue
        texts = [r["text"] for r in q["retrieve"]["results"]]
        ranks.append(m.first_relevant(texts, item.get("expect_substrings") or []))
    return [m.mean([m.recall_at(r, k) for r in ranks]) for k in range(1, 11)]


def _svg_line(values: list[float], label: str) -> str:
    step = (W - 2 * PAD) / max(1, len(values) - 1)
    pts = " ".join(f"{PAD + i * step:.1f},{H - PAD - v * (H - 2 * PAD):.1f}" for i, v in enumerate(values))
    ticks = "".join(
        f'<text x="{PAD + i * step:.1f}" y="{H - PAD + 14}" font-size="10" text-anchor="middle">{i + 1}</text>'
        for i in range(len(values))
    )
    return (
        f'<svg width="{W}" height="{H}" role="img" aria-label="{label}">'
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="#999"/>'
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{H - PAD}" stroke="#999"/>'
        f'<text x="4" y="{PAD}" font-size="10">1.0</text><text x="4" y="{H - PAD}" font-size="10">0.0</text>'
        f'<polyline fill="none" stroke="#c7254e" stroke-width="2" points="{pts}"/>{ticks}'
        f'<text x="{W / 2}" y="{H - 4}" font-size="11" text-anchor="middle">{label}</text></svg>'
    )


def _svg_hist(values: list[float], label: str, bins: int = 12) -> str:
    if not values:
        return ""
    top = max(values) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v / top * bins))] += 1
    most = max(counts)
    bw = (W - 2 * PAD) / bins
    bars = "".join(
        f'<rect x="{PAD + i * bw:.1f}" y="{H - PAD - c / most * (H - 2 * PAD):.1f}" width="{bw - 2:.1f}" '
        f'height="{c / most * (H - 2 * PAD):.1f}" fill="#3b7dd8"/>'
        for i, c in enumerate(counts)
    )
    return (
        f'<svg width="{W}" height="{H}" role="img" aria-label="{label}">{bars}'
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="#999"/>'
        f'<text x="{PAD}" y="{H - PAD + 14}" font-size="10">0</text>'
        f'<text x="{W - PAD}" y="{H - PAD + 14}" font-size="10" text-anchor="end">{top:.0f} ms</text>'
        f'<text x="{W / 2}" y="{H - 4}" font-size="11" text-anchor="middle">{label}</text></svg>'
    )


def write_html(result: dict[str, Any], items: list[dict[str, Any]], path: Path) -> Path:
    by_id = {i["id"]: i for i in items}
    e = html.escape
    keys = list(result["metrics"]["all"])
    metric_rows = "".join(
        f"<tr><td>{e(group)}</td>" + "".join(f"<td>{e(fmt(vals.get(k)))}</td>" for k in keys) + "</tr>"
        for group, vals in metric_groups(result["metrics"])
    )
    header = "".join(f"<th>{e(k)}</th>" for k in keys)
    latencies = [sum(q["ask"]["timings_ms"].values()) for q in result["questions"]]
    rows = []
    for q in result["questions"]:
        item = by_id.get(q["id"], {})
        texts = [r["text"] for r in q["retrieve"]["results"]]
        rank = m.first_relevant(texts, item.get("expect_substrings") or []) if not item.get("out_of_scope") else None
        ok = q["ask"]["abstained"] == bool(item.get("out_of_scope"))
        check = answer_check(item, q["ask"])
        ok = ok and "missing" not in check and "sibling" not in check
        rows.append(
            f"<tr class='{'' if ok else 'bad'}'><td>{e(q['id'])}</td><td>{e(item.get('question', ''))}</td>"
            f"<td>{e(item.get('pair', item.get('lang', '')))}</td><td>{rank or '-'}</td>"
            f"<td>{'yes' if q['ask']['abstained'] else ''}</td><td>{e(check)}</td>"
            f"<td><details><summary>answer</summary><pre>{e(q['ask']['answer'])}</pre></details></td>"
            f"<td>{sum(q['ask']['timings_ms'].values()):.0f}</td></tr>"
        )
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>wa-assistant eval</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;
padding:3px 6px;font-size:13px;vertical-align:top}}tr.bad{{background:#fde8e8}}
pre{{white-space:pre-wrap;max-width:60em}}
</style></head><body><h1>wa-assistant eval</h1>
<h2>Metrics</h2><table><tr><th>group</th>{header}</tr>{metric_rows}</table>
<h2>Plots</h2>{_svg_line(recall_curve(result, by_id), "recall@k, k = 1..10")}
{_svg_hist(latencies, "ask latency (retrieve + compose)")}
<h2>Questions</h2><p>Rows in red: abstained when it should have answered, or the reverse; or an
incomplete or wrong answer to a list or number question.</p>
<table><tr><th>id</th><th>question</th><th>pair</th><th>first relevant rank</th><th>abstained</th>
<th>answer check</th><th>answer</th><th>ms</th></tr>{"".join(rows)}</table></body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def answer_check(item: dict[str, Any], ask: dict[str, Any]) -> str:
    """One line for a person: which answer groups are missing, or whether a sibling's figure leads."""
    groups = item.get("answer_groups") or []
    if item.get("out_of_scope") or not groups:
        return ""
    text = ask["answer"]
    missing = [g[0] for g in groups if not m.group_found(text, g)]
    parts = [f"missing: {', '.join(missing)}"] if missing else ["complete"]
    value_found = m.group_found(text, groups[0])
    if (
        item.get("type") == "number"
        and value_found
        and not m.number_correct(text, groups[0], item.get("distractors") or [])
    ):
        parts.append("a sibling's value leads line 1")
    return "; ".join(parts)


def markdown_table(metrics: dict[str, Any], keys: tuple[str, ...] = (*KEYS, "n")) -> str:
    """The metrics as a Markdown table: one row per group, "-" where a metric does not apply."""
    groups = metric_groups(metrics)
    lines = ["| group | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    lines += [f"| {g} | " + " | ".join(fmt(v.get(k)) for k in keys) + " |" for g, v in groups]
    return "\n".join(lines) + "\n"


def write_markdown(result: dict[str, Any], path: Path) -> Path:
    a = result["metrics"]["all"]
    extra = {k: v for k, v in a.items() if k.startswith(("turn", "chain", "abstention_"))}
    body = (
        f"# wa-assistant eval: {', '.join(result.get('datasets', []))}\n\n"
        + markdown_table(result["metrics"])
        + "\n"
        + "".join(f"- {k}: {fmt(v)}\n" for k, v in extra.items())
    )
    path.write_text(body, encoding="utf-8")
    return path
