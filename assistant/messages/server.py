"""Every sentence the HTTP server itself says (namespace `server.`); domain errors bring their own text."""

SERVER: dict[str, dict[str, str]] = {
    "no_key": {
        "ko": "API 키가 필요합니다: `Authorization: Bearer KEY` (또는 `X-API-Key: KEY`) 헤더를 보내세요.",
        "en": "This server needs an API key: send `Authorization: Bearer KEY` (or `X-API-Key: KEY`).",
    },
    "bad_key": {
        "ko": "API 키가 올바르지 않습니다: 서버 운영자에게 WA_API_KEYS에 등록된 키를 받으세요.",
        "en": "The API key is not valid: ask the server's operator for a key listed in WA_API_KEYS.",
    },
    "loopback_only": {
        "ko": "API 키가 설정되지 않아 이 컴퓨터에서만 요청할 수 있습니다: 서버에 WA_API_KEYS를 설정하세요.",
        "en": "No API keys are configured, so only this machine may ask: set WA_API_KEYS on the server.",
    },
    "rate_limited": {
        "ko": "이 키의 요청이 너무 많습니다: {seconds}초 뒤에 다시 시도하세요.",
        "en": "Too many requests for this key: wait {seconds} s and try again.",
    },
    "body_too_large": {
        "ko": "요청 본문이 {limit:,}바이트를 넘습니다: 질문이나 대화 기록을 줄여 보내세요.",
        "en": "The request body is larger than {limit:,} bytes: send a shorter question or less history.",
    },
    "too_much_history": {
        "ko": "이전 대화가 {n}개로 한도 {limit}개를 넘습니다. 최근 대화만 보내세요.",
        "en": "The request carries {n} earlier turns; the limit is {limit}. Send only the latest ones.",
    },
    "invalid_request": {"ko": "요청 형식이 올바르지 않습니다: {detail}", "en": "The request is not valid: {detail}"},
    "bad_text": {
        "ko": "텍스트에 올바르지 않은 유니코드 문자(짝 없는 서로게이트)가 있습니다: UTF-8 텍스트를 보내세요.",
        "en": "The text holds characters that are not valid Unicode (a lone surrogate): send UTF-8 text.",
    },
    "no_user_message": {
        "ko": (
            "messages에 내용이 있는 user 메시지가 없습니다: "
            '마지막 메시지로 user 메시지를 넣으세요: {{"role": "user", "content": ...}}.'
        ),
        "en": 'The messages hold no user message with text: end them with {{"role": "user", "content": ...}}.',
    },
    "unknown_model": {
        "ko": '알 수 없는 모델 {model!r}: 이 서버의 모델 이름은 "wa-assistant"입니다.',
        "en": 'Unknown model {model!r}: this server answers as model "wa-assistant".',
    },
    "not_found": {
        "ko": "없는 엔드포인트입니다: API는 /docs 를 보세요.",
        "en": "No such endpoint: see /docs for the API.",
    },
    "internal": {
        "ko": "서버가 답하지 못했습니다({kind}); 자세한 내용은 서버 로그에 있습니다.",
        "en": "The server failed to answer ({kind}); the operator can find the details in its log.",
    },
    "loading": {
        "ko": "어시스턴트가 저장소와 모델을 불러오는 중입니다.",
        "en": "The assistant is still loading its store and models.",
    },
    "store_empty": {
        "ko": "저장소에 문서가 없습니다. `wa-assistant ingest`를 실행하세요.",
        "en": "The store holds no passages: run `wa-assistant ingest`.",
    },
    "reload_failed": {
        "ko": "저장소가 {generation}(으)로 바뀌었지만 이 서버가 불러오지 못했습니다({error}). 아직 {loaded} 기준으로 "
        "답합니다. `wa-assistant status`와 `wa-assistant ingest`를 실행하세요.",
        "en": "The store now points at {generation}, which this server could not load ({error}); it still "
        "answers from {loaded}. Run `wa-assistant status` and `wa-assistant ingest`.",
    },
}
