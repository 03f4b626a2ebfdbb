"""The UI's words in English and Korean: `t("key", lang, **values)`.

The chrome (titles, buttons, sidebar) follows the sidebar's language toggle; what belongs to an
answer (its sources, the feedback prompt) follows the language of the question.
"""

from __future__ import annotations

LANGS = {"en": "English", "ko": "한국어"}

STRINGS: dict[str, tuple[str, str]] = {
    # app and sidebar
    "language": ("Language", "언어"),
    "store": ("Store", "저장소"),
    "store_chunks": ("**{n:,}** passages · last ingest {when}", "패시지 **{n:,}**개 · 마지막 수집 {when}"),
    "store_none": ("No complete ingest recorded in `{path}` yet.", "`{path}`에 완료된 수집 기록이 없습니다."),
    "store_remote": ("Chroma server `{host}:{port}`", "Chroma 서버 `{host}:{port}`"),
    "embeddings": ("Embeddings `{spec}`", "임베딩 `{spec}`"),
    "composer_offline": ("Composer: offline, extractive (no LLM)", "답변 작성: 오프라인 발췌형 (LLM 없음)"),
    "composer_llm": ("Composer: LLM `{model}` at {url}", "답변 작성: LLM `{model}` ({url})"),
    "reingest": ("Re-ingest", "다시 수집"),
    "rebuild": ("Rebuild from scratch", "처음부터 다시 빌드"),
    "rebuild_help": (
        "Drop the store and embed everything again (for a damaged store).",
        "저장소를 지우고 전부 다시 임베딩합니다 (저장소가 손상됐을 때).",
    ),
    "ingesting": ("Embedding new passages… {done}/{total}", "새 패시지 임베딩 중… {done}/{total}"),
    "ingest_done": (
        "{files} files, {total:,} passages (+{added} ~{updated} −{removed}) in {seconds:.1f} s",
        "파일 {files}개, 패시지 {total:,}개 (+{added} ~{updated} −{removed}), {seconds:.1f}초",
    ),
    "reading_files": ("Reading files… {done}/{total}", "파일 읽는 중… {done}/{total}"),
    "ingest_rate": ("{rate:.1f} passages/s, about {left} s left", "초당 {rate:.1f}개, 약 {left}초 남음"),
    "ingest_unchanged": ("Corpus unchanged: {total:,} passages.", "코퍼스 변경 없음: 패시지 {total:,}개."),
    "ingest_errors": (
        "{n} file(s) not ingested; their previous passages were kept:",
        "파일 {n}개를 수집하지 못해 이전 패시지를 유지했습니다:",
    ),
    "loading": ("Loading the knowledge base and models…", "지식 베이스와 모델을 불러오는 중…"),
    "hint_store": (
        "Or ask an admin to press **Re-ingest** on the Admin page.",
        "또는 관리자에게 관리 페이지의 **다시 수집**을 부탁하세요.",
    ),
    "hint_config": (
        "Fix the setting, then restart the app (`make run`).",
        "설정을 고친 뒤 앱을 다시 시작하세요 (`make run`).",
    ),
    # people
    "welcome": ("Welcome to wa-assistant", "wa-assistant에 오신 것을 환영합니다"),
    "your_name": ("Your name", "이름"),
    "name_help": ("e.g. minji", "예: minji"),
    "start": ("Start", "시작"),
    "name_why": (
        "Your conversations, ratings, learning progress and reviews are kept under this name. "
        "It stays in the page address, so bookmark it.",
        "대화, 평가, 학습 진도, 리뷰가 이 이름으로 저장됩니다. 페이지 주소에 남으니 북마크해 두세요.",
    ),
    "sign_in": ("Sign in", "로그인"),
    "signed_in_as": ("You are **{name}**", "**{name}** 님으로 사용 중"),
    "switch_person": ("Not you? Switch", "다른 사람으로 바꾸기"),
    "admin": ("Admin", "관리"),
    # admin page
    "admin_title": ("Admin", "관리"),
    "admin_caption": (
        "The knowledge base behind every answer and everyone's feedback. Only people in WA_ADMINS see this page.",
        "모든 답변의 근거인 지식 베이스와 전체 피드백입니다. WA_ADMINS에 있는 사람만 이 페이지를 봅니다.",
    ),
    "export_all": ("Export everyone's feedback ({n})", "전체 피드백 내보내기 ({n})"),
    # chat sidebar
    "conversations": ("Conversations", "대화 목록"),
    "no_conversations": ("No conversations yet.", "아직 대화가 없습니다."),
    "manage": ("Rename or delete", "이름 바꾸기·삭제"),
    "title": ("Title", "제목"),
    "rename": ("Rename", "이름 바꾸기"),
    "delete": ("Delete this conversation", "이 대화 삭제"),
    "deleted": ("Conversation deleted.", "대화를 삭제했습니다."),
    "export_chat": ("Export as Markdown", "Markdown으로 내보내기"),
    "not_found": (
        "That conversation is not one of yours (or was deleted): here is a new one.",
        "내 대화가 아니거나 삭제된 대화입니다. 새 대화를 시작합니다.",
    ),
    "question": ("Question", "질문"),
    "examples_intro": ("Try one of these:", "이런 질문을 해 보세요:"),
    "choose_options": ("Choose options", "선택하세요"),
    # chat page
    "chat_title": ("Ask the knowledge base", "지식 베이스에 질문하기"),
    "chat_caption": (
        "Well-Architected Framework, AWS Support plans and partners. Every answer cites its passages; "
        "follow-up questions use the conversation.",
        "Well-Architected Framework, AWS Support 플랜, 파트너. 모든 답변은 근거 구절을 인용하고, "
        "이어지는 질문은 대화 맥락을 씁니다.",
    ),
    "chat_placeholder": ("Ask in Korean or English…", "한국어나 영어로 질문하세요…"),
    "new_chat": ("New conversation", "새 대화"),
    "export": ("Export my feedback ({n})", "내 피드백 내보내기 ({n})"),
    "export_help": (
        "Your rated answers as JSONL in the eval set format (eval/data/golden.jsonl).",
        "내가 평가한 답변을 평가 세트 형식(eval/data/golden.jsonl)의 JSONL로 내려받습니다.",
    ),
    "thinking": ("Searching the knowledge base…", "지식 베이스를 찾는 중…"),
    # answer furniture (follows the question's language)
    "sources": ("Sources", "출처"),
    "closest": ("Closest sources", "가장 가까운 자료"),
    "file": ("File", "파일"),
    "section": ("Section", "섹션"),
    "open_in_sources": ("Open the document at this section", "문서에서 이 섹션 보기"),
    "rated": ("Saved. Thank you!", "저장했습니다. 고맙습니다!"),
    "timings": (
        "retrieval {retrieve:.0f} ms · answer {compose:.0f} ms",
        "검색 {retrieve:.0f} ms · 답변 {compose:.0f} ms",
    ),
    # recommendations (follow the request's language)
    "why": ("Why", "이유"),
    "unmet": ("Unmet or unconfirmed", "미충족·미확인"),
    "notes": ("Notes", "참고"),
    "alternatives": ("Alternatives", "대안"),
    "conflict": ("No single answer fits", "하나로 충족할 수 없습니다"),
    "unconfirmed": ("Best fit, if AWS confirms what is open", "AWS가 확인해 주면 가장 잘 맞는 선택"),
    # support plan advisor
    "advisor_title": ("Support plan advisor", "서포트 플랜 추천"),
    "advisor_caption": (
        "Answer what you know, or describe your situation; the cheapest plan that meets every requirement wins, "
        "and every reason cites its source.",
        "아는 것만 고르거나 상황을 적어 주세요. 모든 요구 사항을 충족하는 가장 저렴한 플랜을 고르고, 이유마다 "
        "근거를 인용합니다.",
    ),
    "production": ("Do you run production workloads?", "프로덕션 워크로드를 운영하나요?"),
    "production_yes": ("Yes", "예"),
    "production_no": ("No: learning or experiments", "아니요: 학습·실험용"),
    "production_down": ("Production trouble: first response within", "프로덕션 장애: 첫 응답 시간"),
    "business_critical": (
        "Business-critical system down: first response within",
        "비즈니스 크리티컬 다운: 첫 응답 시간",
    ),
    "no_requirement": ("no requirement", "요구 없음"),
    "round_clock": ("24/7, nights and weekends included", "야간·주말 포함 24시간 연중무휴"),
    "channels": ("Technical support by", "기술 지원 채널"),
    "tam": ("Technical Account Manager (TAM)", "TAM (Technical Account Manager)"),
    "extras": ("Also needed", "그 밖에 필요한 것"),
    "budget": ("Monthly budget", "월 예산"),
    "any_budget": ("not set", "정하지 않음"),  # also the partner finder's "no work chosen"
    "as_of": ("Decide as of", "기준일"),
    "describe": ("Or describe your situation (Korean or English)", "또는 상황을 설명해 주세요 (한국어·영어)"),
    "describe_help": (
        "e.g. “We run an online shop; when it is down we need a phone call within an hour, budget is tight.”",
        "예: “온라인 쇼핑몰을 운영하는데 장애 때 1시간 안에 전화 지원이 필요하고 예산이 빠듯해요.”",
    ),
    "recommend": ("Recommend", "추천 받기"),
    "compare": ("All plans side by side", "전체 플랜 비교"),
    "compare_caption": (
        "▶ marks the rows your requirements were checked on; ★ the recommended plan. "
        "✓ yes · — no · ? not confirmed by the sources.",
        "▶는 요구 사항을 확인한 행, ★는 추천 플랜입니다. ✓ 있음 · — 없음 · ? 자료로 확인되지 않음.",
    ),
    "feature": ("Feature", "항목"),
    "recommended": ("Recommended", "추천"),
    "price_rules": ("Price rules", "요금 규칙"),
    # partner finder
    "partner_title": ("Partner finder", "파트너 찾기"),
    "partner_caption": (
        "Which kind of AWS partner to look for: the Partner Path, the Competencies or programs, a tier, and what "
        "else might serve you better.",
        "어떤 AWS 파트너를 찾아야 하는지 알려 드립니다: Partner Path, Competency·프로그램, 등급, 그리고 더 나을 수 "
        "있는 대안.",
    ),
    "partner_need": (
        "What do you need a partner for? (Korean or English)",
        "파트너에게 무엇을 맡기려 하나요? (한국어·영어)",
    ),
    "partner_need_help": (
        "e.g. “Move our on-premises data center to AWS within six months.”",
        "예: “온프레미스 데이터 센터를 6개월 안에 AWS로 이전하고 싶어요.”",
    ),
    "partner_job": ("The work", "맡길 일"),
    "partner_size": ("Size of the work", "작업 규모"),
    "partner_size_any": ("not sure", "모름"),
    "partner_korea": ("We need a partner in Korea (Korean-language delivery)", "국내(한국어 지원) 파트너가 필요함"),
    "find": ("Find partners", "파트너 찾기"),
    "empty_request": ("Describe the need or pick the work first.", "먼저 필요한 일을 적거나 고르세요."),
    # review page
    "review_title": ("Well-Architected review", "Well-Architected 리뷰"),
    "review_caption": (
        "Answer per pillar; unanswered questions are left out of the scores. Each review is saved as a milestone "
        "of your workload, and the next review starts from its answers.",
        "원칙별로 답하세요. 답하지 않은 질문은 점수에서 빠집니다. 리뷰마다 내 워크로드의 마일스톤으로 저장되고, "
        "다음 리뷰는 그 답변에서 시작합니다.",
    ),
    "review_workload": ("Workload", "워크로드"),
    "review_prefilled": (
        "Answers start from milestone #{id} ({when}).",
        "마일스톤 #{id} ({when})의 답변에서 시작합니다.",
    ),
    "review_run": ("Review and save milestone", "리뷰하고 마일스톤 저장"),
    "review_upload": ("Or review from an answers file (YAML/JSON)", "또는 답변 파일(YAML/JSON)로 리뷰"),
    "review_run_file": ("Review this file", "이 파일로 리뷰"),
    "review_template": ("Download an answers template", "답변 템플릿 받기"),
    "review_scores": ("Pillar scores (% of applicable best practices met)", "원칙별 점수 (해당 모범 사례 충족 비율 %)"),
    "review_pillar": ("Pillar", "원칙"),
    "review_score": ("Score", "점수"),
    "review_not_scored": ("not answered", "답변 없음"),
    "review_high": ("High risk", "고위험"),
    "review_medium": ("Medium risk", "중간 위험"),
    "review_unanswered": ("Unanswered", "미답변"),
    "review_plan": ("Improvement plan", "개선 계획"),
    "review_no_plan": ("No high- or medium-risk items.", "고위험·중간 위험 항목이 없습니다."),
    "review_do": ("Recommendation", "권장 조치"),
    "review_since": ("Since milestone #{id}", "마일스톤 #{id} 이후"),
    "review_resolved": ("Resolved", "해결됨"),
    "review_new": ("New risks", "새 위험"),
    "review_saved": ("Saved as milestone #{id} of {workload}.", "{workload}의 마일스톤 #{id}로 저장했습니다."),
    "review_history": ("Milestones", "마일스톤"),
    "review_when": ("Saved (UTC)", "저장 시각 (UTC)"),
    "review_md": ("Download Markdown", "Markdown 받기"),
    "review_json": ("Download JSON", "JSON 받기"),
    "answer_yes": ("Yes", "예"),
    "answer_partly": ("Partly", "부분적"),
    "answer_no": ("No", "아니오"),
    "answer_n/a": ("N/A", "해당 없음"),
    # sources page
    "sources_title": ("Sources", "자료"),
    "sources_caption": (
        "The knowledge base behind every answer. Filter by topic and language, then open a document.",
        "모든 답변의 근거가 되는 지식 베이스입니다. 주제와 언어로 거른 뒤 문서를 여세요.",
    ),
    "all": ("All", "전체"),
    "topics": ("Topics", "주제"),
    "documents": ("{n} documents", "문서 {n}개"),
    "open_doc": ("Open a document", "문서 열기"),
    "browse": ("All documents", "전체 문서"),
    "not_a_doc": (
        "This address does not name a document in the corpus folder {folder}/: pick one from the list.",
        "이 주소는 자료 폴더 {folder}/의 문서를 가리키지 않습니다. 목록에서 고르세요.",
    ),
    "cited": ("Cited section", "인용된 섹션"),
    "pick_doc": ("Choose a document…", "문서를 고르세요…"),
    "references": ("References", "참고 자료"),
    "col_title": ("Title", "제목"),
    "col_lang": ("Lang", "언어"),
    "col_kind": ("Kind", "종류"),
    "col_topics": ("Topics", "주제"),
    "col_as_of": ("As of", "기준일"),
    "col_source": ("Source", "파일"),
    "upload": ("Add documents", "문서 추가"),
    "upload_files": (
        "PDF, Word (.docx), PowerPoint (.pptx), HTML, Markdown or text",
        "PDF, Word(.docx), PowerPoint(.pptx), HTML, Markdown, 텍스트",
    ),
    "upload_folder": ("Folder (one per source)", "폴더 (출처마다 하나)"),
    "upload_go": ("Add and ingest", "추가하고 수집"),
    "upload_added": ("Added to `{folder}`: {names}", "`{folder}`에 추가: {names}"),
    "upload_same": ("Already there, unchanged: {names}", "이미 있고 변경 없음: {names}"),
    "upload_refused": ("Not added:", "추가하지 않음:"),
    "page_mark": ("p. {n}", "{n}쪽"),
}

# clickable example questions on an empty chat, in the chrome's language first
EXAMPLES = {
    "en": (
        "What are the design principles of the reliability pillar?",
        "Which support plan gives a 15-minute response when a business-critical system is down?",
        "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?",
    ),
    "ko": (
        "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?",
        "신뢰성 원칙의 설계 원칙은 무엇인가요?",
        "What are the design principles of the reliability pillar?",
    ),
}


def plain(text: str) -> str:
    """`text` shown literally inside Markdown: every ASCII punctuation mark backslash-escaped, so a value
    from outside (an address parameter, a typed name) cannot become a link, an image or a directive."""
    return "".join(f"\\{ch}" if ch in _PUNCTUATION else ch for ch in text)


_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def t(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` ("en" or "ko"), formatted with `values`."""
    en, ko = STRINGS[key]
    text = ko if lang == "ko" else en
    return text.format(**values) if values else text
