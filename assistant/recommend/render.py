"""A recommendation as a chat answer: Markdown with [n] markers that number its cited passages."""

from __future__ import annotations

from assistant.recommend.types import Passage, Recommendation

LABELS = {
    "en": {
        "support_plan": "Recommended plan",
        "partner": "Recommended partner",
        "why": "Why",
        "notes": "Keep in mind",
        "alt": "Alternatives",
        "unmet": "Not met or unconfirmed",
        "conflict": "No single plan meets every requirement",
    },
    "ko": {
        "support_plan": "추천 플랜",
        "partner": "추천 파트너",
        "why": "이유",
        "notes": "참고",
        "alt": "대안",
        "unmet": "충족하지 못하거나 확인되지 않은 점",
        "conflict": "모든 요구 사항을 충족하는 플랜이 없습니다",
    },
}


def to_markdown(rec: Recommendation) -> tuple[str, list[Passage]]:
    """The answer text and the passages its [n] markers refer to, in order."""
    passages = rec.citations
    number = {(p.source, p.section): n for n, p in enumerate(passages, start=1)}
    label = LABELS.get(rec.lang, LABELS["en"])

    def ref(p: Passage | None) -> str:
        return f" [{number[(p.source, p.section)]}]" if p is not None else ""

    lines: list[str] = []
    if rec.clarifying_question:
        lines.append(rec.clarifying_question)
    if rec.recommendation:
        lines.append(f"**{label[rec.kind]}: {rec.recommendation}**")
    elif rec.status == "conflict":
        lines.append(f"**{label['conflict']}**")
    if rec.reasons:
        lines += ["", f"{label['why']}:"]
        lines += [f"- {r.requirement} → {r.met_by}{ref(r.citation)}" for r in rec.reasons]
    if unmet := [u for u in rec.unmet if u not in rec.notes]:  # a conflict is said once, in the notes
        lines += ["", f"{label['unmet']}:"] + [f"- {u}" for u in unmet]
    if rec.notes:
        lines += ["", f"{label['notes']}:"] + [f"- {n}" for n in rec.notes]
    if rec.alternatives:
        lines += ["", f"{label['alt']}:"]
        lines += [f"- {a.name}: {a.why}{ref(a.citation)}" for a in rec.alternatives]
    return "\n".join(lines).strip(), passages
