"""Words of `wa-assistant status` (namespace `cli.`): an operator's screen, written in both languages at once."""

CLI: dict[str, dict[str, str]] = {
    "state.complete": {"ko": "완료", "en": "complete"},
    "state.incomplete": {"ko": "미완료", "en": "INCOMPLETE"},
    "state.damaged": {"ko": "손상", "en": "DAMAGED"},
    "state.empty": {"ko": "비어 있음", "en": "EMPTY"},
    "state.missing": {"ko": "없음", "en": "MISSING"},
    "state.remote": {"ko": "원격", "en": "remote"},
    "up_to_date": {"ko": "최신", "en": "up to date"},
    # the title of an answer's box in `ask` and `chat`: what kind of answer it is, in the answer's language
    "panel.question": {"ko": "답변", "en": "answer"},
    "panel.support_plan": {"ko": "서포트 플랜 추천", "en": "support plan advice"},
    "panel.partner": {"ko": "파트너 추천", "en": "partner advice"},
    "panel.transition": {"ko": "플랜 전환 안내", "en": "plan transition"},
    "panel.abstained": {"ko": "답할 근거 없음", "en": "not answered"},
    "read_only": {"ko": "읽기 전용", "en": "read-only"},
    "none_running": {"ko": "실행 중 아님", "en": "none running"},
    # ingest's progress and summary
    "ingest.reading": {"ko": "파일 읽기", "en": "reading files"},
    "ingest.embedding": {"ko": "임베딩", "en": "embedding"},
    "ingest.not_ingested": {
        "ko": "{n}개 파일을 가져오지 못했고, 그 파일들의 이전 내용은 유지했습니다.",
        "en": "{n} file(s) not ingested; their previous chunks were kept.",
    },
    # wa-assistant add / remove / list
    "doc.added": {"ko": "추가: {source}", "en": "added: {source}"},
    "doc.unchanged": {"ko": "변경 없음: {source}", "en": "unchanged: {source}"},
    "doc.removed": {"ko": "삭제: {source}", "en": "removed: {source}"},
    "doc.ingest_later": {
        "ko": "검색되게 하려면 `wa-assistant ingest`를 실행하세요.",
        "en": "Run `wa-assistant ingest` to make them searchable.",
    },
    "doc.none": {
        "ko": "{folder}에 추가한 문서가 없습니다: `wa-assistant add 파일…`로 추가하세요.",
        "en": "No documents in {folder}: add some with `wa-assistant add FILE…`.",
    },
    "doc.not_current": {
        "ko": "일부 문서가 지금 모습 그대로 저장소에 있지 않습니다: "
        "`wa-assistant ingest`가 추가하거나 이유를 알려 줍니다",
        "en": "some documents are not in the store as they are now: `wa-assistant ingest` adds them or says why not",
    },
    "doc.col.document": {"ko": "문서", "en": "document"},
    "doc.col.size": {"ko": "크기", "en": "size"},
    "doc.col.modified": {"ko": "수정일", "en": "modified"},
    "doc.col.state": {"ko": "상태", "en": "state"},
    "doc.state.ingested": {"ko": "반영됨", "en": "ingested"},
    "doc.state.changed": {"ko": "변경됨", "en": "changed"},
    "doc.state.not ingested": {"ko": "미반영", "en": "not ingested"},
    "doc.state.unsupported": {"ko": "지원 안 함", "en": "unsupported"},
}
