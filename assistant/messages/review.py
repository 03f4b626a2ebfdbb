"""Labels of a Well-Architected review report (namespace `review.`)."""

REVIEW: dict[str, dict[str, str]] = {
    "title": {"ko": "Well-Architected 리뷰: {workload}", "en": "Well-Architected review: {workload}"},
    "milestone": {
        "ko": "마일스톤 #{id} · {when} · 질문지 기준일 {as_of}",
        "en": "Milestone #{id} · {when} · questionnaire as of {as_of}",
    },
    "unsaved": {"ko": "저장하지 않음 · 질문지 기준일 {as_of}", "en": "Not saved · questionnaire as of {as_of}"},
    "scores": {
        "ko": "원칙별 점수 (해당 모범 사례 충족 비율 %)",
        "en": "Pillar scores (% of applicable best practices met)",
    },
    "pillar": {"ko": "원칙", "en": "Pillar"},
    "score": {"ko": "점수", "en": "Score"},
    "not_scored": {"ko": "답변 없음", "en": "not answered"},
    "unanswered": {"ko": "미답변", "en": "Unanswered"},
    "plan": {"ko": "개선 계획", "en": "Improvement plan"},
    "no_plan": {"ko": "고위험·중간 위험 항목이 없습니다.", "en": "No high- or medium-risk items."},
    "high": {"ko": "고위험", "en": "High risk"},
    "medium": {"ko": "중간 위험", "en": "Medium risk"},
    "tag.high": {"ko": "고위험", "en": "High"},
    "tag.medium": {"ko": "중간 위험", "en": "Medium"},
    "answer": {"ko": "답변", "en": "Your answer"},
    "practice": {"ko": "모범 사례", "en": "Best practice"},
    "do": {"ko": "권장 조치", "en": "Recommendation"},
    "source": {"ko": "출처", "en": "Source"},
    "since": {"ko": "마일스톤 #{id} ({when}) 이후 변화", "en": "Since milestone #{id} ({when})"},
    "resolved": {"ko": "해결됨", "en": "Resolved"},
    "new": {"ko": "새 위험", "en": "New risks"},
    "lowered": {"ko": "고위험에서 중간 위험으로", "en": "High to medium"},
    "raised": {"ko": "중간 위험에서 고위험으로", "en": "Medium to high"},
    "gone": {"ko": "위험 항목이었으나 이번엔 미답변", "en": "Was a risk, now unanswered"},
    "change": {"ko": "점수 변화", "en": "Score change"},
    "unanswered_note": {
        "ko": "미답변 질문 {n}개는 점수와 개선 계획에서 제외했습니다.",
        "en": "{n} unanswered question(s) are left out of the scores and the plan.",
    },
    # the terminal (assistant/cli/review.py) and the answers template (assistant/review/questionnaire.py)
    "cli.one_mode": {
        "ko": "--template, --history, --answers 중 하나만 쓰세요.",
        "en": "Use one of --template, --history and --answers at a time.",
    },
    "cli.no_folder": {
        "ko": "{path}에 쓸 수 없습니다: 폴더가 없습니다.",
        "en": "Cannot write {path}: its folder does not exist.",
    },
    "cli.written": {"ko": "보고서를 {path}에 썼습니다", "en": "Report written to {path}"},
    "cli.no_milestones": {
        "ko": "워크로드 {workload!r}의 마일스톤이 아직 없습니다: `wa-assistant review --workload ...`를 실행하세요.",
        "en": "No milestones for workload {workload!r} yet: run `wa-assistant review --workload ...`.",
    },
    "cli.history_title": {"ko": "{workload}: 마일스톤 {n}개", "en": "{workload}: {n} milestone(s)"},
    "cli.created": {"ko": "저장 시각 (UTC)", "en": "created (UTC)"},
    "cli.ask": {
        "ko": "답: yes, partly, no, n/a (Enter = 건너뛰기)",
        "en": "Answer yes, partly, no or n/a (Enter skips).",
    },
    "cli.abandoned": {"ko": "리뷰를 중단했습니다. 저장하지 않았습니다.", "en": "Review abandoned; nothing saved."},
    "template.title": {"ko": "# Well-Architected 리뷰 답변 파일", "en": "# Well-Architected review answers"},
    "template.hint": {
        "ko": "# 답: yes, partly, no, n/a. 모르면 비워 두세요(미답변).",
        "en": "# Answers: use yes, partly, no or n/a (leave it empty if not answered yet).",
    },
}
