"""Domain errors a user can cause, said in both languages at once (namespace `errors.`): an error is
raised before anyone knows which language the reader prefers, so `bilingual()` writes "English / 한국어"."""

ERRORS: dict[str, dict[str, str]] = {
    "learn.unknown_step": {
        "ko": "알 수 없는 단계 {step!r}입니다: {steps} 중에서 고르세요(`wa-assistant learn --steps`).",
        "en": "Unknown step {step!r}: use one of {steps} (`wa-assistant learn --steps`).",
    },
    "learn.unknown_lang": {
        "ko": "알 수 없는 언어 {lang!r}입니다: 언어는 en 또는 ko로 정해 주세요.",
        "en": "Unknown language {lang!r}: use en or ko.",
    },
    "learn.name": {
        "ko": "학습자 이름(1~{max}자)을 정해 주세요. 예: --learner minji",
        "en": "Name the learner (1 to {max} characters), e.g. --learner minji: progress is kept per learner.",
    },
    "learn.pass_mark": {
        "ko": "통과 기준 {raw!r}: 3/4, 0.8, 75%처럼 정답 비율로 적어 주세요.",
        "en": "A pass mark is a share of right answers such as 3/4, 0.8 or 75%, not {raw!r}.",
    },
    "learn.quiz_size": {
        "ko": "퀴즈 문제 수는 {low}~{high}개입니다({count}개가 아니라).",
        "en": "A quiz has {low} to {high} questions, not {count}.",
    },
    "cli.interrupted": {"ko": "중단됨", "en": "interrupted"},
    "cli.not_utf8": {"ko": "입력이 UTF-8이 아닙니다.", "en": "That line is not valid UTF-8: retype it."},
    "question.empty": {
        "ko": '질문이 비어 있습니다: 예를 들어 "신뢰성 원칙이 뭔가요?"처럼 물어보세요.',
        "en": 'The question is empty: ask something, e.g. "What is the reliability pillar?"',
    },
    "question.too_long": {
        "ko": "질문이 {n:,}자로 한도 {limit:,}자를 넘습니다. 답을 원하는 부분만 남겨 주세요.",
        "en": (
            "The question is {n:,} characters long; the limit is {limit:,}. Shorten it to the part you want answered."
        ),
    },
    "not_utf8": {
        "ko": "{what}: 입력이 올바른 UTF-8이 아닙니다({at}번째 문자). 터미널을 UTF-8로 설정하고 다시 입력하세요.",
        "en": "{what} is not valid UTF-8 (at character {at}): set your terminal to UTF-8 and retype it.",
    },
    "recommend.unknown_need": {
        "ko": "알 수 없는 요구 사항 {need!r}입니다: {needs} 중에서 고르세요.",
        "en": "Unknown need {need!r}: use one of {needs}.",
    },
    "recommend.unknown_budget": {
        "ko": "알 수 없는 예산 {budget!r}입니다: {budgets} 중에서 고르세요.",
        "en": "Unknown budget {budget!r}: use one of {budgets}.",
    },
    "recommend.bad_date": {
        "ko": "--as-of {text!r}: 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요(예: 2027-01-01).",
        "en": "--as-of {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2027-01-01.",
    },
    "review.unknown_lang": {
        "ko": "알 수 없는 언어 {lang!r}입니다: en 또는 ko를 쓰세요.",
        "en": "Unknown language {lang!r}: use en or ko.",
    },
    "review.nothing_answered": {
        "ko": "답한 질문이 없어 리뷰하거나 저장할 것이 없습니다.",
        "en": "No question is answered, so there is nothing to review or save.",
    },
    "review.workload_name": {
        "ko": "워크로드 이름은 1~{max}자입니다. 예: --workload online-shop",
        "en": "A workload name has 1 to {max} characters, e.g. --workload online-shop.",
    },
}
