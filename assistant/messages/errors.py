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
        "ko": "통과 기준은 3/4, 0.8, 75%처럼 정답 비율로 적어 주세요({raw!r}가 아니라).",
        "en": "A pass mark is a share of right answers such as 3/4, 0.8 or 75%, not {raw!r}.",
    },
    "learn.quiz_size": {
        "ko": "퀴즈 문제 수는 {low}~{high}개입니다({count}개가 아니라).",
        "en": "A quiz has {low} to {high} questions, not {count}.",
    },
    "cli.interrupted": {"ko": "중단됨", "en": "interrupted"},
    "cli.not_utf8": {"ko": "입력이 UTF-8이 아닙니다.", "en": "That line is not valid UTF-8: retype it."},
}
