"""What ingest and the document library say about a file or a store (`ingest.` keys): each names the
problem and what to do next. Shown as "English / 한국어" (`bilingual`), since a file's reader is unknown."""

INGEST: dict[str, dict[str, str]] = {
    "docs_extra": {
        "ko": '{suffix} 파일을 읽으려면 "docs" 추가 패키지가 필요합니다: pip install -e ".[docs]" ({module})',
        "en": '{suffix} files need the "docs" extra: pip install -e ".[docs]" ({module})',
    },
    "not_converted": {
        "ko": "변환하지 못했습니다({reason}). 파일이 열리는지, 암호가 걸려 있지 않은지 확인하세요",
        "en": "could not be converted ({reason}); check that it opens and is not password-protected",
    },
    "too_many_pages": {
        "ko": "{n}쪽으로 한도 {max_pages}쪽(WA_MAX_PAGES)을 넘습니다. 파일을 나누거나 한도를 올리세요",
        "en": "has {n} pages, over the {max_pages}-page limit (WA_MAX_PAGES): split it or raise the limit",
    },
    "too_many_slides": {
        "ko": "슬라이드 {n}장으로 한도 {max_pages}쪽(WA_MAX_PAGES)을 넘습니다. 파일을 나누거나 한도를 올리세요",
        "en": "has {n} slides, over the {max_pages}-page limit (WA_MAX_PAGES): split it or raise the limit",
    },
    "needs_ocr": {
        "ko": "텍스트 없음: OCR 필요 (스캔본처럼 텍스트 층이 없는 PDF입니다). 먼저 OCR을 거치세요(예: ocrmypdf)",
        "en": "no text: needs OCR (the PDF has no text layer, like a scan); run OCR on it first, e.g. ocrmypdf",
    },
    "blank_pages": {
        "ko": "{pages}쪽은 텍스트 층이 없어 제외했습니다(OCR 필요)",
        "en": "page(s) {pages} have no text layer and were left out (needs OCR)",
    },
    "no_text": {"ko": "가져올 텍스트가 없습니다", "en": "has no text to ingest"},
    "not_utf8": {"ko": "UTF-8 텍스트가 아닙니다: UTF-8로 저장하세요", "en": "is not UTF-8 text: save it as UTF-8"},
    "fm_absent": {
        "ko": "YAML 머리말이 없습니다: 파일을 '---', {fields} 필드, '---' 순서로 시작하세요",
        "en": "has no YAML front matter: start the file with '---', the fields {fields}, and '---'",
    },
    "fm_unclosed": {
        "ko": "머리말이 닫히지 않았습니다: 머리말 뒤에 '---' 줄을 넣으세요",
        "en": "front matter is not closed: add a '---' line after it",
    },
    "fm_yaml": {
        "ko": "머리말이 올바른 YAML이 아닙니다({problem})",
        "en": "front matter is not valid YAML ({problem})",
    },
    "fm_mapping": {
        "ko": "머리말은 '필드: 값' 형태의 YAML 매핑이어야 합니다",
        "en": "front matter must be a YAML mapping of field: value",
    },
    "fm_missing": {"ko": "머리말에 {fields} 필드가 없습니다", "en": "front matter lacks {fields}"},
    "fm_title": {"ko": "title은 비어 있지 않은 문자열이어야 합니다", "en": "title must be a non-empty string"},
    "fm_lang": {
        "ko": "lang은 'ko' 또는 'en'이어야 합니다(지금: {value})",
        "en": "lang must be 'ko' or 'en', not {value}",
    },
    "fm_kind": {
        "ko": "kind는 'summary'나 'notes' 같은 문자열이어야 합니다",
        "en": "kind must be a string such as 'summary' or 'notes'",
    },
    "fm_topics": {
        "ko": "topics는 문자열 목록이어야 합니다(예: [reliability])",
        "en": "topics must be a list of strings, e.g. [reliability]",
    },
    "fm_as_of": {"ko": "as_of는 YYYY-MM-DD 형식의 날짜여야 합니다", "en": "as_of must be a date written YYYY-MM-DD"},
    "fm_references": {
        "ko": "references는 URL 목록이어야 합니다(비어 있어도 됩니다: [])",
        "en": "references must be a list of URLs (may be empty: [])",
    },
    "bad_folder": {
        "ko": "폴더 이름 {name}: 글자, 숫자, '.', '-', '_'만 쓸 수 있습니다(64자까지)",
        "en": "{name} is not a usable folder name: use letters, digits, '.', '-' or '_' (up to 64)",
    },
    "unsupported": {
        "ko": "'{suffix}' 파일은 지원하지 않습니다. {supported} 형식을 쓰세요",
        "en": "'{suffix}' files are not supported: use {supported}",
    },
    "too_big": {
        "ko": "{size} MB로 한도 {limit} MB({var})를 넘습니다. 나누거나 한도를 올리세요",
        "en": "is {size} MB, over the {limit} MB limit ({var}): split it or raise the limit",
    },
    "empty_file": {"ko": "빈 파일입니다", "en": "is empty"},
    "no_such_file": {"ko": "파일이 없습니다", "en": "does not exist"},
    "not_a_file_name": {"ko": "파일 이름이 아닙니다", "en": "is not a file name"},
    "not_added": {
        "ko": "{name}: 추가한 문서가 아닙니다. `wa-assistant list`로 확인하세요",
        "en": "{name} is not an added document: see `wa-assistant list`",
    },
    "would_empty": {
        "ko": "코퍼스 {corpus}에 문서가 없어 저장소가 비게 됩니다{removing}. --corpus / WA_CORPUS 경로를 확인하고, "
        "일부러 비우려면 --allow-shrink를 붙이세요.",
        "en": "The corpus {corpus} gives no passages, so this ingest would leave an empty store{removing}. "
        "Check --corpus / WA_CORPUS; to empty the store on purpose, add --allow-shrink.",
    },
    "removing_all": {"ko": " (문서 {have}개 모두 삭제)", "en": " (removing all {have})"},
    "would_halve": {
        "ko": "이번 가져오기는 코퍼스 {corpus} 기준으로 저장소 문서 {have}개 중 {removed}개를 삭제합니다"
        "({after}개 유지). --corpus / WA_CORPUS를 확인하고, 의도한 것이면 --allow-shrink를 붙여 다시 실행하세요.",
        "en": "This ingest would remove {removed} of the store's {have} passages (keeping {after}) from corpus "
        "{corpus}. Check --corpus / WA_CORPUS; if that is intended, run again with --allow-shrink.",
    },
    "verify_failed": {
        "ko": "새 저장소가 계획과 맞지 않아({problems}) 기존 저장소를 유지합니다. "
        "`wa-assistant ingest`를 다시 실행하세요.",
        "en": "The new store does not match the plan ({problems}): the previous store stays in place. "
        "Run `wa-assistant ingest` again.",
    },
}
