"""Words of the Streamlit app: titles, buttons, sidebar, page captions, answer furniture (namespace `ui.`).

The chrome follows the sidebar's language toggle; what belongs to an answer follows the question's language.
"""

UI: dict[str, dict[str, str]] = {
    # app and sidebar
    "language": {"ko": "언어", "en": "Language"},
    "store": {"ko": "저장소", "en": "Store"},
    "store_chunks": {"ko": "패시지 **{n:,}**개 · 마지막 수집 {when}", "en": "**{n:,}** passages · last ingest {when}"},
    "store_none": {
        "ko": "`{path}`에 완료된 수집 기록이 없습니다.",
        "en": "No complete ingest recorded in `{path}` yet.",
    },
    "store_remote": {"ko": "Chroma 서버 `{host}:{port}`", "en": "Chroma server `{host}:{port}`"},
    "embeddings": {"ko": "임베딩 `{spec}`", "en": "Embeddings `{spec}`"},
    "composer_offline": {"ko": "답변 작성: 오프라인 발췌형 (LLM 없음)", "en": "Composer: offline, extractive (no LLM)"},
    "composer_llm": {"ko": "답변 작성: LLM `{model}` ({url})", "en": "Composer: LLM `{model}` at {url}"},
    "reingest": {"ko": "다시 수집", "en": "Re-ingest"},
    "rebuild": {"ko": "처음부터 다시 빌드", "en": "Rebuild from scratch"},
    "rebuild_help": {
        "ko": "저장소를 지우고 전부 다시 임베딩합니다 (저장소가 손상됐을 때).",
        "en": "Drop the store and embed everything again (for a damaged store).",
    },
    "ingesting": {"ko": "새 패시지 임베딩 중… {done}/{total}", "en": "Embedding new passages… {done}/{total}"},
    "ingest_done": {
        "ko": "파일 {files}개, 패시지 {total:,}개 (+{added} ~{updated} −{removed}), {seconds:.1f}초",
        "en": "{files} files, {total:,} passages (+{added} ~{updated} −{removed}) in {seconds:.1f} s",
    },
    "ingest_unchanged": {"ko": "코퍼스 변경 없음: 패시지 {total:,}개.", "en": "Corpus unchanged: {total:,} passages."},
    "ingest_errors": {
        "ko": "파일 {n}개를 수집하지 못해 이전 패시지를 유지했습니다:",
        "en": "{n} file(s) not ingested; their previous passages were kept:",
    },
    "loading": {"ko": "지식 베이스와 모델을 불러오는 중…", "en": "Loading the knowledge base and models…"},
    "hint_store": {
        "ko": "또는 관리자에게 관리 페이지의 **다시 수집**을 부탁하세요.",
        "en": "Or ask an admin to press **Re-ingest** on the Admin page.",
    },
    "hint_config": {
        "ko": "설정을 고친 뒤 앱을 다시 시작하세요 (`make run`).",
        "en": "Fix the setting, then restart the app (`make run`).",
    },
    # people
    "welcome": {"ko": "wa-assistant에 오신 것을 환영합니다", "en": "Welcome to wa-assistant"},
    "your_name": {"ko": "이름", "en": "Your name"},
    "name_help": {"ko": "예: minji", "en": "e.g. minji"},
    "start": {"ko": "시작", "en": "Start"},
    "name_why": {
        "ko": "대화, 평가, 학습 진도, 리뷰가 이 이름으로 저장됩니다. 페이지 주소에 남으니 북마크해 두세요.",
        "en": (
            "Your conversations, ratings, learning progress and reviews are kept under this name. "
            "It stays in the page address, so bookmark it."
        ),
    },
    "sign_in": {"ko": "로그인", "en": "Sign in"},
    "signed_in_as": {"ko": "{name} 님으로 사용 중", "en": "You are {name}"},
    "switch_person": {"ko": "다른 사람으로 바꾸기", "en": "Not you? Switch"},
    "admin": {"ko": "관리", "en": "Admin"},
    # admin page
    "admin_title": {"ko": "관리", "en": "Admin"},
    "admin_caption": {
        "ko": "모든 답변의 근거인 지식 베이스와 전체 피드백입니다. WA_ADMINS에 있는 사람만 이 페이지를 봅니다.",
        "en": "The knowledge base behind every answer and everyone's feedback. Only people in WA_ADMINS see this page.",
    },
    "export_all": {"ko": "전체 피드백 내보내기 ({n})", "en": "Export everyone's feedback ({n})"},
    # chat sidebar
    "conversations": {"ko": "대화 목록", "en": "Conversations"},
    "no_conversations": {"ko": "아직 대화가 없습니다.", "en": "No conversations yet."},
    "manage": {"ko": "이름 바꾸기·삭제", "en": "Rename or delete"},
    "title": {"ko": "제목", "en": "Title"},
    "rename": {"ko": "이름 바꾸기", "en": "Rename"},
    "delete": {"ko": "이 대화 삭제", "en": "Delete this conversation"},
    "deleted": {"ko": "대화를 삭제했습니다.", "en": "Conversation deleted."},
    "export_chat": {"ko": "Markdown으로 내보내기", "en": "Export as Markdown"},
    "not_found": {
        "ko": "내 대화가 아니거나 삭제된 대화입니다. 새 대화를 시작합니다.",
        "en": "That conversation is not one of yours (or was deleted): here is a new one.",
    },
    "question": {"ko": "질문", "en": "Question"},
    "examples_intro": {"ko": "이런 질문을 해 보세요:", "en": "Try one of these:"},
    "choose_options": {"ko": "선택하세요", "en": "Choose options"},
    # chat page
    "chat_title": {"ko": "지식 베이스에 질문하기", "en": "Ask the knowledge base"},
    "chat_caption": {
        "ko": (
            "Well-Architected Framework, AWS Support 플랜, 파트너. 모든 답변은 근거 구절을 인용하고, "
            "이어지는 질문은 대화 맥락을 씁니다."
        ),
        "en": (
            "Well-Architected Framework, AWS Support plans and partners. Every answer cites its passages; "
            "follow-up questions use the conversation."
        ),
    },
    "chat_placeholder": {"ko": "한국어나 영어로 질문하세요…", "en": "Ask in Korean or English…"},
    "new_chat": {"ko": "새 대화", "en": "New conversation"},
    "export": {"ko": "내 피드백 내보내기 ({n})", "en": "Export my feedback ({n})"},
    "export_help": {
        "ko": "내가 평가한 답변을 평가 세트 형식(eval/data/golden.jsonl)의 JSONL로 내려받습니다.",
        "en": "Your rated answers as JSONL in the eval set format (eval/data/golden.jsonl).",
    },
    "thinking": {"ko": "지식 베이스를 찾는 중…", "en": "Searching the knowledge base…"},
    # answer furniture (follows the question's language)
    "file": {"ko": "파일", "en": "File"},
    "section": {"ko": "섹션", "en": "Section"},
    "open_in_sources": {"ko": "문서에서 이 섹션 보기", "en": "Open the document at this section"},
    "rated": {"ko": "저장했습니다. 고맙습니다!", "en": "Saved. Thank you!"},
    "timings": {
        "ko": "검색 {retrieve:.0f} ms · 답변 {compose:.0f} ms",
        "en": "retrieval {retrieve:.0f} ms · answer {compose:.0f} ms",
    },
    # support plan advisor
    "advisor_title": {"ko": "서포트 플랜 추천", "en": "Support plan advisor"},
    "advisor_caption": {
        "ko": (
            "아는 것만 고르거나 상황을 적어 주세요. 모든 요구 사항을 충족하는 가장 저렴한 플랜을 고르고, 이유마다 "
            "근거를 인용합니다."
        ),
        "en": (
            "Answer what you know, or describe your situation; the cheapest plan that meets every requirement wins, "
            "and every reason cites its source."
        ),
    },
    "production": {"ko": "프로덕션 워크로드를 운영하나요?", "en": "Do you run production workloads?"},
    "production_yes": {"ko": "예", "en": "Yes"},
    "production_no": {"ko": "아니요: 학습·실험용", "en": "No: learning or experiments"},
    "production_down": {"ko": "프로덕션 장애: 첫 응답 시간", "en": "Production trouble: first response within"},
    "business_critical": {
        "ko": "비즈니스 크리티컬 다운: 첫 응답 시간",
        "en": "Business-critical system down: first response within",
    },
    "no_requirement": {"ko": "요구 없음", "en": "no requirement"},
    "round_clock": {"ko": "야간·주말 포함 24시간 연중무휴", "en": "24/7, nights and weekends included"},
    "channels": {"ko": "기술 지원 채널", "en": "Technical support by"},
    "tam": {"ko": "TAM (Technical Account Manager)", "en": "Technical Account Manager (TAM)"},
    "extras": {"ko": "그 밖에 필요한 것", "en": "Also needed"},
    "budget": {"ko": "월 예산", "en": "Monthly budget"},
    "any_budget": {"ko": "정하지 않음", "en": "not set"},
    "as_of": {"ko": "기준일", "en": "Decide as of"},
    "describe": {
        "ko": "또는 상황을 설명해 주세요 (한국어·영어)",
        "en": "Or describe your situation (Korean or English)",
    },
    "describe_help": {
        "ko": "예: “온라인 쇼핑몰을 운영하는데 장애 때 1시간 안에 전화 지원이 필요하고 예산이 빠듯해요.”",
        "en": "e.g. “We run an online shop; when it is down we need a phone call within an hour, budget is tight.”",
    },
    "recommend": {"ko": "추천 받기", "en": "Recommend"},
    "compare": {"ko": "전체 플랜 비교", "en": "All plans side by side"},
    "compare_caption": {
        "ko": "▶는 요구 사항을 확인한 행, ★는 추천 플랜입니다. ✓ 있음 · — 없음 · ? 자료로 확인되지 않음.",
        "en": (
            "▶ marks the rows your requirements were checked on; ★ the recommended plan. "
            "✓ yes · — no · ? not confirmed by the sources."
        ),
    },
    "feature": {"ko": "항목", "en": "Feature"},
    "recommended": {"ko": "추천", "en": "Recommended"},
    "price_rules": {"ko": "요금 규칙", "en": "Price rules"},
    # partner finder
    "partner_title": {"ko": "파트너 찾기", "en": "Partner finder"},
    "partner_caption": {
        "ko": (
            "어떤 AWS 파트너를 찾아야 하는지 알려 드립니다: Partner Path, Competency·프로그램, 등급, 그리고 더 나을 수 "
            "있는 대안."
        ),
        "en": (
            "Which kind of AWS partner to look for: the Partner Path, the Competencies or programs, a tier, and what "
            "else might serve you better."
        ),
    },
    "partner_need": {
        "ko": "파트너에게 무엇을 맡기려 하나요? (한국어·영어)",
        "en": "What do you need a partner for? (Korean or English)",
    },
    "partner_need_help": {
        "ko": "예: “온프레미스 데이터 센터를 6개월 안에 AWS로 이전하고 싶어요.”",
        "en": "e.g. “Move our on-premises data center to AWS within six months.”",
    },
    "partner_job": {"ko": "맡길 일", "en": "The work"},
    "partner_size": {"ko": "작업 규모", "en": "Size of the work"},
    "partner_size_any": {"ko": "모름", "en": "not sure"},
    "partner_korea": {
        "ko": "국내(한국어 지원) 파트너가 필요함",
        "en": "We need a partner in Korea (Korean-language delivery)",
    },
    "find": {"ko": "파트너 찾기", "en": "Find partners"},
    "empty_request": {"ko": "먼저 필요한 일을 적거나 고르세요.", "en": "Describe the need or pick the work first."},
    "partner_is_support": {
        "ko": "파트너보다는 AWS Support 플랜(응답 시간, TAM, 24시간 지원)에 관한 요청으로 보입니다. "
        "서포트 플랜 추천에서 알맞은 플랜을 찾아 드립니다.",
        "en": "This reads as a need for an AWS Support plan (response times, a TAM, round-the-clock help) rather "
        "than a partner. The Support plan advisor picks the plan for it.",
    },
    "to_advisor": {"ko": "이 요청으로 서포트 플랜 추천 열기", "en": "Open the Support plan advisor with this request"},
    # review page
    "review_title": {"ko": "Well-Architected 리뷰", "en": "Well-Architected review"},
    "review_caption": {
        "ko": (
            "원칙별로 답하세요. 답하지 않은 질문은 점수에서 빠집니다. 리뷰마다 내 워크로드의 마일스톤으로 저장되고, "
            "다음 리뷰는 그 답변에서 시작합니다."
        ),
        "en": (
            "Answer per pillar; unanswered questions are left out of the scores. Each review is saved as a milestone "
            "of your workload, and the next review starts from its answers."
        ),
    },
    "review_workload": {"ko": "워크로드", "en": "Workload"},
    "review_prefilled": {
        "ko": "마일스톤 #{id} ({when})의 답변에서 시작합니다.",
        "en": "Answers start from milestone #{id} ({when}).",
    },
    "review_run": {"ko": "리뷰하고 마일스톤 저장", "en": "Review and save milestone"},
    "review_upload": {"ko": "또는 답변 파일(YAML/JSON)로 리뷰", "en": "Or review from an answers file (YAML/JSON)"},
    "review_run_file": {"ko": "이 파일로 리뷰", "en": "Review this file"},
    "review_template": {"ko": "답변 템플릿 받기", "en": "Download an answers template"},
    "review_saved": {
        "ko": "{workload}의 마일스톤 #{id}으로(로) 저장했습니다.",
        "en": "Saved as milestone #{id} of {workload}.",
    },
    "review_history": {"ko": "마일스톤", "en": "Milestones"},
    "review_when": {"ko": "저장 시각 (UTC)", "en": "Saved (UTC)"},
    "review_md": {"ko": "Markdown 받기", "en": "Download Markdown"},
    "review_json": {"ko": "JSON 받기", "en": "Download JSON"},
    "answer_yes": {"ko": "예", "en": "Yes"},
    "answer_partly": {"ko": "부분적", "en": "Partly"},
    "answer_no": {"ko": "아니오", "en": "No"},
    "answer_n/a": {"ko": "해당 없음", "en": "N/A"},
    # sources page
    "sources_title": {"ko": "자료", "en": "Sources"},
    "sources_caption": {
        "ko": "모든 답변의 근거가 되는 지식 베이스입니다. 주제와 언어로 거른 뒤 문서를 여세요.",
        "en": "The knowledge base behind every answer. Filter by topic and language, then open a document.",
    },
    "all": {"ko": "전체", "en": "All"},
    "topics": {"ko": "주제", "en": "Topics"},
    "documents": {"ko": "문서 {n}개", "en": "{n} documents"},
    "open_doc": {"ko": "문서 열기", "en": "Open a document"},
    "browse": {"ko": "전체 문서", "en": "All documents"},
    "not_a_doc": {
        "ko": "이 주소는 자료 폴더 {folder}/의 문서를 가리키지 않습니다. 목록에서 고르세요.",
        "en": "This address does not name a document in the corpus folder {folder}/: pick one from the list.",
    },
    "cited": {"ko": "인용된 섹션", "en": "Cited section"},
    "pick_doc": {"ko": "문서를 고르세요…", "en": "Choose a document…"},
    "references": {"ko": "참고 자료", "en": "References"},
    "col_title": {"ko": "제목", "en": "Title"},
    "col_lang": {"ko": "언어", "en": "Lang"},
    "col_kind": {"ko": "종류", "en": "Kind"},
    "col_topics": {"ko": "주제", "en": "Topics"},
    "col_as_of": {"ko": "기준일", "en": "As of"},
    "col_source": {"ko": "파일", "en": "Source"},
    # navigation (ui/app.py)
    "page.chat": {"ko": "채팅", "en": "Chat"},
    "page.support_advisor": {"ko": "서포트 플랜 추천", "en": "Support plan advisor"},
    "page.partner_finder": {"ko": "파트너 찾기", "en": "Partner finder"},
    "page.learn": {"ko": "학습", "en": "Learn"},
    "page.review": {"ko": "Well-Architected 리뷰", "en": "Well-Architected review"},
    "page.sources": {"ko": "자료", "en": "Sources"},
    "page.admin": {"ko": "관리", "en": "Admin"},
    # support advisor form
    "budget_cap": {"ko": "{word} (월 ${cap:,} 이하)", "en": "{word} (up to ${cap:,} a month)"},
    # the plan comparison (ui/plan_table.py): rows top to bottom, then the catalog's values
    "plan.row.available": {"ko": "가입 가능", "en": "Available"},
    "plan.row.email": {"ko": "이메일", "en": "Email"},
    "plan.row.phone": {"ko": "전화", "en": "Phone"},
    "plan.row.chat": {"ko": "채팅", "en": "Chat"},
    "plan.row.hours": {"ko": "지원 시간", "en": "Hours"},
    "plan.row.answered_by": {"ko": "응답 담당", "en": "Answered by"},
    "plan.row.general_guidance": {"ko": "일반 안내", "en": "General guidance"},
    "plan.row.system_impaired": {"ko": "시스템 손상", "en": "System impaired"},
    "plan.row.production_impaired": {"ko": "프로덕션 시스템 손상", "en": "Production system impaired"},
    "plan.row.production_down": {"ko": "프로덕션 시스템 다운", "en": "Production system down"},
    "plan.row.business_critical_down": {"ko": "비즈니스 크리티컬 시스템 다운", "en": "Business-critical system down"},
    "plan.row.tam": {"ko": "TAM", "en": "Technical Account Manager"},
    "plan.row.concierge": {"ko": "컨시어지", "en": "Concierge"},
    "plan.row.trusted_advisor": {"ko": "Trusted Advisor", "en": "Trusted Advisor"},
    "plan.row.support_api": {"ko": "AWS Support API", "en": "AWS Support API"},
    "plan.row.price": {"ko": "요금", "en": "Price"},
    "plan.word.business_hours": {"ko": "업무 시간", "en": "business hours"},
    "plan.word.24x7": {"ko": "24시간 연중무휴", "en": "24/7"},
    "plan.word.cloud_support_associates": {"ko": "Cloud Support Associates", "en": "Cloud Support Associates"},
    "plan.word.cloud_support_engineers": {"ko": "Cloud Support Engineers", "en": "Cloud Support Engineers"},
    "plan.word.customer_service": {"ko": "고객 서비스 (계정·결제)", "en": "customer service (account, billing)"},
    "plan.word.pool": {"ko": "TAM 풀", "en": "pool of TAMs"},
    "plan.word.designated": {"ko": "지정 TAM", "en": "designated TAM"},
    "plan.word.core": {"ko": "핵심 검사", "en": "core checks"},
    "plan.word.full": {"ko": "전체 검사", "en": "full set"},
    "plan.until": {"ko": "{end}까지", "en": "until {end}"},
    "plan.ended": {"ko": "{end} 종료", "en": "ended {end}"},
    "plan.free": {"ko": "무료", "en": "free"},
    "plan.from": {"ko": "월 ${usd:,}부터", "en": "from ${usd:,}/month"},
    # partner finder choices (ui/forms.py): what the select boxes show
    "form.job.migration": {"ko": "AWS로 마이그레이션", "en": "Migrate workloads to AWS"},
    "form.job.machine-learning": {"ko": "머신 러닝 구축", "en": "Build machine learning"},
    "form.job.generative-ai": {"ko": "생성형 AI 구축", "en": "Build generative AI"},
    "form.job.data": {"ko": "데이터 분석", "en": "Data and analytics"},
    "form.job.security": {"ko": "보안·규정 준수", "en": "Security and compliance"},
    "form.job.devops": {"ko": "DevOps·자동화", "en": "DevOps and automation"},
    "form.job.operations": {"ko": "운영 대행 (관리형 서비스)", "en": "Run operations for us (managed services)"},
    "form.job.sell": {"ko": "자사 소프트웨어 판매", "en": "Sell our software"},
    "form.job.train": {"ko": "팀 교육", "en": "Train our team"},
    "form.job.buy": {"ko": "완성된 소프트웨어 구매", "en": "Buy ready-made software"},
    "form.size.large": {"ko": "대규모·핵심", "en": "Large or critical"},
    "form.size.small": {"ko": "소규모", "en": "Small, well-scoped"},
    "reading_files": {"ko": "파일 읽는 중… {done}/{total}", "en": "Reading files… {done}/{total}"},
    "ingest_rate": {"ko": "초당 {rate:.1f}개, 약 {left}초 남음", "en": "{rate:.1f} passages/s, about {left} s left"},
    "upload": {"ko": "문서 추가", "en": "Add documents"},
    "upload_files": {
        "ko": "PDF, Word(.docx), PowerPoint(.pptx), HTML, Markdown, 텍스트",
        "en": "PDF, Word (.docx), PowerPoint (.pptx), HTML, Markdown or text",
    },
    "upload_folder": {"ko": "폴더 (출처마다 하나)", "en": "Folder (one per source)"},
    "upload_go": {"ko": "추가하고 수집", "en": "Add and ingest"},
    "upload_added": {"ko": "`{folder}`에 추가: {names}", "en": "Added to `{folder}`: {names}"},
    "upload_same": {"ko": "이미 있고 변경 없음: {names}", "en": "Already there, unchanged: {names}"},
    "upload_refused": {"ko": "추가하지 않음:", "en": "Not added:"},
    "page_mark": {"ko": "{n}쪽", "en": "p. {n}"},
}
