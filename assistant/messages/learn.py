"""Words of the onboarding path: the terminal's `wa-assistant learn` and the Learn page (namespace `learn.`)."""

LEARN: dict[str, dict[str, str]] = {
    # the terminal (assistant/cli/learn.py) and the page share these
    "terms": {"ko": "핵심 용어", "en": "Key terms"},
    "read": {"ko": "더 읽기", "en": "Read further"},
    "quiz": {"ko": "퀴즈: {total}문제 중 {need}개 이상 맞히면 통과", "en": "Quiz: {need} of {total} right to pass"},
    "pick": {"ko": "답 (1-{n}, 빈 줄이면 종료): ", "en": "Your answer (1-{n}, empty line quits): "},
    "right": {"ko": "정답입니다.", "en": "Right."},
    "wrong": {"ko": "아쉽습니다. 정답은 {answer}입니다.", "en": "Not quite: the answer is {answer}."},
    "passed": {
        "ko": "{learner}: {step} {score}/{total}점, 통과입니다. 이 단계를 마쳤습니다.",
        "en": "{learner}: {score}/{total} on {step}, passed. Step done.",
    },
    "failed": {
        "ko": (
            "{learner}: {step} {score}/{total}점, 통과하지 못했습니다({need}개 필요). 이 단계는 아직 끝나지 않았습니다."
        ),
        "en": "{learner}: {score}/{total} on {step}, not passed ({need} needed). The step stays open.",
    },
    "missed": {"ko": "틀린 문제와 근거:", "en": "What you missed, and where it is stated:"},
    "retry": {"ko": "이 단계의 새 퀴즈: `{cmd}`", "en": "A new quiz on this step: `{cmd}`"},
    "queued": {
        "ko": "틀린 문제는 `wa-assistant learn --learner {learner} --review`에서 다시 나옵니다.",
        "en": "Missed questions come back in `wa-assistant learn --learner {learner} --review`.",
    },
    "next": {
        "ko": "다음: `wa-assistant learn --learner {learner} --step {step}`",
        "en": "Next: `wa-assistant learn --learner {learner} --step {step}`",
    },
    "finished": {
        "ko": "모든 단계를 통과했습니다. 다시 풀려면 --step을 주세요.",
        "en": "You have passed every step; pass --step to retake one.",
    },
    "quit": {"ko": "퀴즈를 중단했습니다. 기록하지 않았습니다.", "en": "Quiz abandoned; nothing recorded."},
    "no_due": {"ko": "지금 복습할 문제가 없습니다.", "en": "Nothing to review now."},
    "review": {"ko": "복습: 때가 된 문제 {n}개", "en": "Review: {n} question(s) due"},
    "reviewed": {
        "ko": (
            "{n}문제 중 {right}개 정답. 맞힌 문제는 나중에(1, 3, 7, 14일 뒤) 다시 나오고, 틀린 문제는 계속 복습 "
            "대상입니다."
        ),
        "en": "{right}/{n} right. Right answers come back later (1, 3, 7, 14 days); missed ones stay due.",
    },
    "due": {"ko": "복습할 문제: {n}개", "en": "Review questions due: {n}"},
    "status_title": {
        "ko": "{learner} · {total}단계 중 {done}단계 통과",
        "en": "{learner} · {done}/{total} steps passed",
    },
    "report_title": {"ko": "온보딩 진도 · 학습자 {n}명", "en": "Onboarding progress · {n} learner(s)"},
    "no_learners": {"ko": "아직 퀴즈를 푼 학습자가 없습니다.", "en": "No learner has taken a quiz yet."},
    "source": {"ko": "출처", "en": "Source"},
    # table columns
    "col.step": {"ko": "단계", "en": "Step"},
    "col.passed": {"ko": "통과", "en": "Passed"},
    "col.best": {"ko": "최고", "en": "Best"},
    "col.last": {"ko": "최근", "en": "Last"},
    "col.attempts": {"ko": "시도", "en": "Attempts"},
    "col.learner": {"ko": "학습자", "en": "Learner"},
    "col.lang": {"ko": "언어", "en": "Lang"},
    "col.passed_of": {"ko": "통과", "en": "Passed"},
    "col.next": {"ko": "다음 단계", "en": "Next step"},
    "col.struggling": {"ko": "미통과 시도", "en": "Tried, not passed"},
    "col.due": {"ko": "복습 대기", "en": "Review due"},
    "col.last_activity": {"ko": "최근 활동", "en": "Last activity"},
    "col.definition": {"ko": "정의", "en": "Definition"},
    # the Learn page (ui/views/learn.py)
    "title": {"ko": "Well-Architected 배우기", "en": "Learn Well-Architected"},
    "caption": {
        "ko": (
            "프레임워크부터 파트너와 이 어시스턴트 사용법까지 짧은 단계를 거쳐 최종 평가로 끝납니다. 단계마다 "
            "퀴즈를 통과해야 하며, 정답마다 근거 구절을 보여 줍니다."
        ),
        "en": (
            "Short steps from the framework to partners and this assistant, then a final test. Pass each quiz to "
            "finish its step; every answer cites the passage that states it."
        ),
    },
    "learner": {"ko": "이름 (진도는 학습자별로 저장됩니다)", "en": "Your name (progress is kept per learner)"},
    "ask_name": {
        "ko": "이름을 입력하면 자신의 학습 과정을 시작하거나 이어 갑니다.",
        "en": "Enter your name to start or continue your own path.",
    },
    "tab_learn": {"ko": "학습", "en": "Learn"},
    "tab_review": {"ko": "복습 ({n}개 대기)", "en": "Review ({n} due)"},
    "tab_progress": {"ko": "진도", "en": "Progress"},
    "step": {"ko": "단계", "en": "Step"},
    "check": {"ko": "채점하기", "en": "Check answers"},
    "new_quiz": {"ko": "새 퀴즈", "en": "New quiz"},
    "all": {"ko": "모든 문제에 답해 주세요.", "en": "Answer every question first."},
    "page_passed": {
        "ko": "{total}문제 중 {score}개 정답: 통과입니다. {learner} 님의 이 단계를 완료로 기록했습니다.",
        "en": "{score}/{total} right: passed. This step is done for {learner}.",
    },
    "page_failed": {
        "ko": (
            "{total}문제 중 {score}개 정답: 통과하지 못했습니다({need}개 필요). 틀린 문제를 읽어 보고 새 퀴즈를 "
            "풀어 보세요."
        ),
        "en": "{score}/{total} right: not passed ({need} needed). Read what you missed, then take a new quiz.",
    },
    "wrong_md": {"ko": "아쉽습니다. 정답은 **{answer}**입니다.", "en": "Not quite: the answer is **{answer}**."},
    "passage": {"ko": "근거 구절", "en": "Source passage"},
    "page_queued": {
        "ko": "틀린 문제는 복습 탭에서 다시 나옵니다.",
        "en": "Missed questions come back in the Review tab.",
    },
    "review_intro": {
        "ko": "전에 틀린 문제입니다. 맞히면 나중에(1, 3, 7, 14일 뒤) 다시 나오고, 틀리면 계속 복습 대상입니다.",
        "en": (
            "Questions you missed earlier. A right answer brings one back later (1, 3, 7, 14 days); a wrong one "
            "keeps it due."
        ),
    },
    "review_check": {"ko": "복습 채점", "en": "Check review"},
    "page_reviewed": {
        "ko": "이번 복습에서 {total}문제 중 {score}개 정답입니다.",
        "en": "{score}/{total} right in this review.",
    },
    "review_more": {"ko": "다음 복습", "en": "Next review"},
    "summary": {"ko": "{total}단계 중 {done}단계 통과", "en": "{done} of {total} steps passed"},
}
