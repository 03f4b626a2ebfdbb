"""What the store's health says (`store.` keys): shown by `status`, `ask`, the server and the web app as
"English / 한국어", each with what to run next."""

STORE: dict[str, dict[str, str]] = {
    "stale": {
        "ko": "저장소가 코퍼스보다 오래되었습니다({files}개 파일이 {since} 이후 바뀜). 마지막으로 완료된 수집 기준으로 "
        "답합니다. `wa-assistant ingest`를 실행하세요.",
        "en": "The store is older than the corpus ({files} file(s) since {since}): answers come from the last "
        "complete ingest. Run `wa-assistant ingest`.",
    },
    "models_changed": {
        "ko": "마지막 수집 뒤 임베딩 모델이 바뀌었습니다({change}): "
        "`wa-assistant ingest`로 코퍼스를 다시 임베딩하세요.",
        "en": "The embedding models changed since the last ingest ({change}): run `wa-assistant ingest` to embed "
        "the corpus again.",
    },
    "ingest_running": {
        "ko": "수집(pid {pid})이 진행 중입니다: 끝날 때까지 지금 저장소로 답합니다.",
        "en": "An ingest (pid {pid}) is running: this store answers until it finishes.",
    },
    "missing": {
        "ko": "{store}에 저장소가 없습니다: 먼저 `wa-assistant ingest`를 실행하세요.",
        "en": "No store at {store}: run `wa-assistant ingest` first.",
    },
    "first_ingest_running": {
        "ko": "{store}로의 첫 수집(pid {pid})이 아직 진행 중입니다: 끝날 때까지 기다리세요.",
        "en": "The first ingest into {store} is still running (pid {pid}): wait for it to finish.",
    },
    "incomplete": {
        "ko": "{store}의 저장소가 완성되지 않았습니다: 그것을 쓴 수집이 끝나지 않았습니다(또는 무결성 기록 이전의 "
        "저장소입니다). `wa-assistant ingest`로 완성하세요.",
        "en": "The store at {store} is incomplete: the ingest that wrote it did not finish (or it predates "
        "integrity records). Run `wa-assistant ingest` to complete it.",
    },
    "damaged": {
        "ko": "{store}의 저장소가 마지막 수집 뒤 바뀌었거나 손상되었습니다({why}). `wa-assistant ingest`로 코퍼스에서 "
        "다시 만드세요. 코퍼스의 내용은 잃지 않습니다.",
        "en": "The store at {store} was changed or damaged after its last ingest ({why}). Run `wa-assistant ingest` "
        "to rebuild it from the corpus; nothing in the corpus is lost.",
    },
    "no_passages": {
        "ko": "{store}의 저장소에 문서가 없습니다(코퍼스가 비어 있었습니다). Markdown 파일이 있는 코퍼스를 수집하세요.",
        "en": "The store at {store} holds no passages (its corpus had none). Ingest a corpus with Markdown files.",
    },
    "content_changed": {
        "ko": "내용이 수집 기록과 더 이상 맞지 않습니다",
        "en": "its content no longer matches the ingest record",
    },
}
