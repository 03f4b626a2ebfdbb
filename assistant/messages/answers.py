"""Messages of the answer engine: facts from the catalog, abstentions, notes, declines."""

ANSWERS: dict[str, dict[str, str]] = {
    # abstaining
    "abstain": {
        "ko": "지식 베이스에 이 질문에 답할 근거가 없어 답하지 않겠습니다.",
        "en": "The knowledge base does not cover this question, so I won't guess.",
    },
    "abstain.missing": {
        "ko": "지식 베이스에는 {what}에 대한 내용이 없어 추측하지 않겠습니다.",
        "en": "The knowledge base does not state anything about {what}, so I won't guess.",
    },
    "abstain.provider": {
        "ko": "이 지식 베이스는 AWS만 다룹니다. {what}에 대해서는 답하지 않겠습니다.",
        "en": "This knowledge base covers AWS only, so I won't answer about {what}.",
    },
    "abstain.figure": {
        "ko": "관련 자료에 질문하신 수치(가격, 시간, 날짜, 개수)가 나와 있지 않아 추측하지 않겠습니다.",
        "en": "The passages on this topic do not state the figure you asked for, so I won't guess.",
    },
    "closest": {"ko": "가장 가까운 자료:", "en": "Closest sources:"},
    "sources": {"ko": "출처", "en": "Sources"},
    "sources.closest": {"ko": "가장 가까운 자료", "en": "Closest sources"},
    "decline.language": {
        "ko": "한국어나 영어로 질문해 주세요. I answer in Korean or English.",
        "en": "I answer in Korean or English. 한국어나 영어로 질문해 주세요.",
    },
    "cross_lingual": {
        "ko": "이 내용은 영어 자료에만 있어 원문 그대로 인용합니다.",
        "en": "This is covered only in Korean sources, quoted as written.",
    },
    "notes.quote": {"ko": "노트에 적은 대로: {text}", "en": "As your notes put it: {text}"},
    "notes.this": {"ko": "이 주제", "en": "this"},
    "notes.silent": {
        "ko": "노트에는 {subject}에 대해 적힌 내용이 없습니다. 자료에는 이렇게 나와 있습니다.",
        "en": "Your notes say nothing about {subject}. Here is what the sources say.",
    },
    # catalog facts: support plans
    "resp.one": {"ko": "{plan}의 {severity} 응답 목표는 {value}입니다.", "en": "{value} on {plan} ({severity})."},
    "resp.all": {"ko": "{plan}의 심각도별 첫 응답 목표:", "en": "First-response targets on {plan}, by severity:"},
    "resp.counted": {
        "ko": "{plan}에서 열 수 있는 심각도는 {n}이며, 심각도별 첫 응답 목표는 다음과 같습니다:",
        "en": "{plan} offers {n} severity levels, with these first-response targets:",
    },
    "resp.lacks": {
        "ko": "{plan}에는 {severity} 심각도가 없습니다.",
        "en": "{plan} has no {severity} severity.",
    },
    "resp.none": {
        "ko": "{plan}은(는) 기술 지원 케이스에 대한 응답 시간 목표가 없습니다.",
        "en": "{plan} has no response-time targets for technical cases.",
    },
    "resp.business_hours": {"ko": "(업무 시간 기준)", "en": " (business hours)"},
    "resp.round_the_clock": {"ko": "(24시간 연중무휴 기준)", "en": " (around the clock, 24/7)"},
    "sev.general_guidance": {"ko": "일반 안내", "en": "general guidance"},
    "sev.system_impaired": {"ko": "시스템 손상", "en": "system impaired"},
    "sev.production_impaired": {"ko": "프로덕션 시스템 손상", "en": "production system impaired"},
    "sev.production_down": {"ko": "프로덕션 시스템 다운", "en": "production system down"},
    "sev.business_critical_down": {"ko": "비즈니스 크리티컬 시스템 다운", "en": "business-critical system down"},
    "concierge.True": {
        "ko": "{plan}에는 컨시어지 지원팀이 포함됩니다.",
        "en": "{plan} includes the concierge support team.",
    },
    "concierge.False": {
        "ko": "{plan}에는 컨시어지 지원팀이 없습니다.",
        "en": "{plan} does not include the concierge support team.",
    },
    "concierge.None": {
        "ko": "{plan}의 컨시어지 지원팀 제공 여부는 확인되지 않았습니다.",
        "en": "Whether {plan} includes the concierge support team is not confirmed.",
    },
    "tam.none": {
        "ko": "{plan}에는 TAM이 없습니다.",
        "en": "{plan} does not include a Technical Account Manager (TAM).",
    },
    "tam.pool": {
        "ko": "{plan}은(는) TAM 풀(여러 TAM이 공유)을 제공합니다.",
        "en": "{plan} gives access to a pool of Technical Account Managers (TAMs).",
    },
    "tam.designated": {
        "ko": "{plan}에는 지정 TAM이 포함됩니다.",
        "en": "{plan} includes a designated Technical Account Manager (TAM).",
    },
    "tam.unconfirmed": {
        "ko": "{plan}의 TAM 제공 여부는 자료에서 확인되지 않습니다.",
        "en": "Whether {plan} includes a TAM is not confirmed by the sources.",
    },
    "ta.core": {
        "ko": "{plan}은(는) Trusted Advisor 핵심(core) 검사만 제공합니다.",
        "en": "{plan} includes only the core Trusted Advisor checks.",
    },
    "ta.full": {
        "ko": "{plan}은(는) Trusted Advisor 전체 검사를 제공합니다.",
        "en": "{plan} includes the full set of Trusted Advisor checks.",
    },
    "ta.unconfirmed": {
        "ko": "{plan}의 Trusted Advisor 범위는 자료에서 확인되지 않습니다.",
        "en": "The Trusted Advisor scope of {plan} is not confirmed by the sources.",
    },
    "ch.email": {"ko": "이메일", "en": "email"},
    "ch.phone": {"ko": "전화", "en": "phone"},
    "ch.chat": {"ko": "채팅", "en": "chat"},
    "list.plans_including": {"ko": "{item}을(를) 포함하는 플랜은 {n}입니다.", "en": "{n} plans include {item}:"},
    "list.plans_including.one": {
        "ko": "{item}을(를) 포함하는 플랜은 1가지입니다.",
        "en": "Only one plan includes {item}:",
    },
    "plan.not_listed": {
        "ko": "{plan}에 포함된 항목에 {item}은(는) 없습니다.",
        "en": "{item} is not among what {plan} includes.",
    },
    "plan.item_unconfirmed": {
        "ko": "{plan}에 {item}이(가) 포함되는지는 자료로 확인되지 않습니다.",
        "en": "Whether {plan} includes {item} is not confirmed by the sources.",
    },
    "plan.has_item": {"ko": "{plan}에는 {item}이(가) 포함됩니다.", "en": "{plan} includes {item}."},
    "plan.has_item_extra": {
        "ko": "{plan}에서는 {item}을(를) 이용할 수 있습니다(플랜 요금에 포함되지 않음).",
        "en": "{plan} offers {item} (not part of the plan's price).",
    },
    "pillar.owner": {"ko": "{pillar} 원칙입니다.", "en": "The {pillar} pillar."},
    "term.in_english": {"ko": "영어로는 {other}입니다.", "en": "In English it is {other}."},
    "term.in_korean": {"ko": "한국어로는 {other}입니다.", "en": "In Korean it is {other}."},
    "ch.unconfirmed.hours": {
        "ko": "{plan}은(는) {hours}로 AWS 전문가에게 지원받을 수 있습니다. "
        "채널(전화, 이메일, 채팅)은 자료에서 확인되지 않았습니다.",
        "en": "{plan} gives {hours} access to AWS experts; "
        "its channels (phone, email, chat) are not confirmed by the sources.",
    },
    "ch.unconfirmed": {
        "ko": "{plan}의 기술 지원 채널(전화, 이메일, 채팅)은 자료에서 확인되지 않았습니다. AWS에 직접 확인하세요.",
        "en": "{plan}'s technical-support channels (phone, email, chat) are not confirmed by the sources; ask AWS.",
    },
    "ch.none": {
        "ko": "{plan}에는 기술 지원 채널이 없습니다(계정·결제 문의만 가능).",
        "en": "{plan} has no technical-support channel (account and billing questions only).",
    },
    "ch.by": {"ko": ", 답변: {who}", "en": ", answered by {who}"},
    "who.cloud_support_associates": {"ko": "Cloud Support Associates", "en": "Cloud Support Associates"},
    "who.cloud_support_engineers": {"ko": "Cloud Support Engineers", "en": "Cloud Support Engineers"},
    "ch.some": {
        "ko": "{plan}의 기술 지원 채널: {channels}{hours}.",
        "en": "{plan} technical support: {channels}{hours}.",
    },
    "hours.business_hours": {"ko": " (업무 시간)", "en": " (business hours)"},
    "hours.24x7": {"ko": " (24시간 연중무휴)", "en": " (24/7)"},
    "plan.ends": {
        "ko": "{plan}은(는) {date}에 종료됩니다({days}일 남음). 후속 플랜은 {successor}입니다.",
        "en": "{plan} ends on {date} ({days} days from today); {successor} replaces it.",
    },
    "plan.ended": {
        "ko": "{plan}은(는) {date}에 종료되었습니다. 후속 플랜은 {successor}입니다.",
        "en": "{plan} ended on {date}; {successor} replaces it.",
    },
    "plan.join_ending": {
        "ko": "권하지 않습니다. {plan}은(는) {date}에 종료됩니다({days}일 남음).",
        "en": "Not advisable: {plan} ends on {date} ({days} days from today).",
    },
    "plan.join_instead": {
        "ko": "지금 새로 시작한다면 후속 플랜인 {successor}를 보세요.",
        "en": "A team starting now should look at its successor, {successor}.",
    },
    "plan.not_only": {
        "ko": "아니요, {plan}만 종료되는 것은 아닙니다: {others}도 {date}에 종료됩니다.",
        "en": "No, not only {plan}: {others} also end on {date}.",
    },
    "plan.continues": {
        "ko": "{plan}은(는) 종료 예정이 없습니다(2027-01-01 이후에도 유지).",
        "en": "{plan} is not scheduled to end; it continues after 2027-01-01.",
    },
    # catalog facts: pillars and principles
    "list.areas.besides": {
        "ko": "{aside} 말고 {owner} 원칙의 모범 사례 영역은 {n}입니다.",
        "en": "Besides {aside}, the {owner} pillar has {n} best-practice areas:",
    },
    "list.principles": {
        "ko": "{owner} 원칙의 설계 원칙은 {n}입니다.",
        "en": "The {owner} pillar has {n} design principles:",
    },
    "list.principles.besides": {
        "ko": "{aside} 말고 {owner} 원칙의 설계 원칙은 {n}입니다.",
        "en": "Besides {aside}, the {owner} pillar has {n} design principles:",
    },
    "list.areas": {
        "ko": "{owner} 원칙의 모범 사례 영역은 {n}입니다.",
        "en": "The {owner} pillar has {n} best-practice areas:",
    },
    "list.general": {
        "ko": "Well-Architected Framework의 일반 설계 원칙은 {n}입니다.",
        "en": "The Well-Architected Framework has {n} general design principles:",
    },
    "sev.code": {
        "ko": "{severity} 심각도의 Support API 코드는 {code}입니다.",
        "en": "The Support API code for the {severity} severity is {code}.",
    },
    "list.severities": {
        "ko": "AWS Support 케이스의 심각도(severity)는 {n}입니다.",
        "en": "An AWS Support case has {n} severity levels:",
    },
    "list.plans": {
        "ko": "AWS Support 플랜은 두 구성을 합쳐 {n}입니다.",
        "en": "AWS Support has {n} plans across its two line-ups:",
    },
    "list.plans_classic": {
        "ko": "기존(클래식) AWS Support 플랜은 {n}입니다.",
        "en": "The classic AWS Support line-up has {n} plans:",
    },
    "list.plans_new": {
        "ko": "새 구성의 AWS Support 플랜은 {n}입니다.",
        "en": "The new AWS Support line-up has {n} plans:",
    },
    "plan.item_ending": {
        "ko": "{plan} ({date} 종료, 후속 플랜 {successor})",
        "en": "{plan} (ends {date}; replaced by {successor})",
    },
    "list.pillars.besides": {
        "ko": "{aside} 말고 Well-Architected Framework의 나머지 원칙(pillar)은 {n}입니다.",
        "en": "Besides {aside}, the Well-Architected Framework has {n} more pillars:",
    },
    "list.pillars": {
        "ko": "Well-Architected Framework의 원칙(pillar)은 {n}입니다.",
        "en": "The Well-Architected Framework has {n} pillars:",
    },
    "area.biggest": {
        "ko": "{owner} 원칙에서 질문이 가장 많은 영역은 {area}로, 질문 {n}개({ids})를 다룹니다.",
        "en": "The {owner} pillar's biggest area is {area}, with {n} questions ({ids}).",
    },
    "area.smallest": {
        "ko": "{owner} 원칙에서 질문이 가장 적은 영역은 {area}로, 질문 {n}개({ids})를 다룹니다.",
        "en": "The {owner} pillar's smallest area is {area}, with {n} questions ({ids}).",
    },
    "join.and": {"ko": ", ", "en": " and "},
    "count.questions.sum": {
        "ko": "{owners} 원칙의 질문은 합쳐서 {n}개입니다.",
        "en": "The {owners} pillars have {n} questions together.",
    },
    "count.questions": {
        "ko": "{owner} 원칙의 질문은 {n}개({first}~{last})입니다.",
        "en": "The {owner} pillar has {n} questions ({first} to {last}).",
    },
    "count.all_questions": {
        "ko": "Framework 렌즈의 질문은 {n}개 원칙을 합쳐 모두 {total}개입니다.",
        "en": "The Framework lens has {total} questions across its {n} pillars:",
    },
    "count.pillar_principles": {"ko": "{owner}: 설계 원칙 {n}개", "en": "{owner}: {n} design principles"},
    "count.pillar_questions": {
        "ko": "{owner}: {n}개({first}~{last})",
        "en": "{owner}: {n} ({first} to {last})",
    },
    "pillar.fewest.questions": {
        "ko": "질문이 가장 적은 원칙은 {pillars}입니다(질문 {n}개).",
        "en": "The pillar with the fewest questions: {pillars}, with {n} questions.",
    },
    "pillar.most.questions": {
        "ko": "질문이 가장 많은 원칙은 {pillars}입니다(질문 {n}개).",
        "en": "The pillar with the most questions: {pillars}, with {n} questions.",
    },
    "pillar.next": {
        "ko": "그다음은 {pillars}입니다({thing} {n}개).",
        "en": "Next after it: {pillars}, with {n} {thing}.",
    },
    "thing.questions": {"ko": "질문", "en": "questions"},
    "thing.principles": {"ko": "설계 원칙", "en": "design principles"},
    "pillar.fewest.principles": {
        "ko": "설계 원칙이 가장 적은 원칙은 {pillars}입니다(설계 원칙 {n}개).",
        "en": "The pillar with the fewest design principles: {pillars}, with {n} design principles.",
    },
    "pillar.most.principles": {
        "ko": "설계 원칙이 가장 많은 원칙은 {pillars}입니다(설계 원칙 {n}개).",
        "en": "The pillar with the most design principles: {pillars}, with {n} design principles.",
    },
    "price.total.within": {"ko": " (예산 {amount} 이내)", "en": " (within the {amount} budget)"},
    "price.total.over": {"ko": " (예산 {amount} 초과)", "en": " (over the {amount} budget)"},
    "price.band": {"ko": "{span} 구간 {pct}%: {amount}", "en": "{span} at {pct}%: {amount}"},
    "price.break_even": {
        "ko": "월 AWS 사용액이 약 {spend}를 넘으면 사용액 기준 요금이 최소 금액 {minimum}보다 커집니다. "
        "그 아래에서는 {minimum}입니다 ({rule})",
        "en": "the usage-based fee passes the {minimum} minimum above about {spend} of monthly AWS usage; below that "
        "you pay {minimum} ({rule})",
    },
    "price.held.within": {
        "ko": "{at}월 {cost}로 {amount} 이내입니다{limit} ({rule})",
        "en": "{cost} a month{at}, within {amount}{limit} ({rule})",
    },
    "price.held.over": {
        "ko": "{at}월 {cost}로 {amount}를 넘습니다 ({rule})",
        "en": "{cost} a month{at}, over {amount} ({rule})",
    },
    "price.held.at": {"ko": "월 AWS 사용액 {spend}일 때 ", "en": " at {spend} of monthly AWS usage"},
    "price.held.from": {"ko": "최소 {cost}", "en": "from {cost}"},
    "price.held.limit": {
        "ko": "(월 AWS 사용액 {usage}까지)",
        "en": " up to {usage} of monthly AWS usage",
    },
    "price.lasting_within": {
        "ko": "{date} 이후에도 계속되는 플랜 가운데 월 {amount} 이내: {names}.",
        "en": "Of the plans that continue after {date}, within {amount} a month: {names}.",
    },
    "resp.gap": {
        "ko": "{severity} 첫 응답 목표는 {fast} {a}, {slow} {b}이고, 차이는 {gap}입니다.",
        "en": "For {severity}, {fast} targets a first response in {a} and {slow} in {b}: a gap of {gap}.",
    },
    "price.gap": {
        "ko": "월 AWS 사용액 {spend}일 때 {high}이(가) {low}보다 월 {gap} 더 비쌉니다.",
        "en": "{high} costs {gap} a month more than {low} at {spend} of monthly AWS usage.",
    },
    "price.gap.minimum": {
        "ko": "월 최소 금액은 {high}이(가) {low}보다 {gap} 더 많습니다(실제 요금은 사용액에 따라 달라집니다).",
        "en": "{high}'s monthly minimum is {gap} more than {low}'s (the actual price depends on usage).",
    },
    "price.spend_krw": {
        "ko": "{krw}(≈{usd}, 1달러당 {rate}원·{date} 기준 계획 환율)",
        "en": "{krw} (≈{usd} at a planning rate of {rate} KRW per USD, {date})",
    },
    # a price asked of a later year: the day the prices stand at
    "price.later_year": {
        "ko": "가격은 {as_of} 기준입니다. 자료에는 {year}년 가격이 나와 있지 않습니다.",
        "en": "Prices are as of {as_of}; the sources say nothing about {year} prices.",
    },
    "price.at": {
        "ko": "월 AWS 사용액 {spend}일 때 {cost} ({rule})",
        "en": "{cost} a month at {spend} of monthly AWS usage ({rule})",
    },
    # the same plan on several accounts, each at the stated bill: support is billed per account
    "price.accounts": {
        "ko": "계정 {n}개면 월 {total} (계정마다 {cost}씩, 요금은 계정별로 청구된다)",
        "en": "{total} a month for {n} accounts ({cost} each; support is billed per account)",
    },
    # a plan and an add-on bought beside it, each priced at the stated bill, added up
    "price.total": {
        "ko": "월 AWS 사용액 {spend}일 때 합계 {total}: {plan} {plan_cost} + {addon} {addon_cost}",
        "en": "{total} a month in all at {spend} of monthly AWS usage: {plan} {plan_cost} + {addon} {addon_cost}",
    },
    "feature.technical-account-manager": {"ko": "TAM(기술 계정 관리자)", "en": "a Technical Account Manager (TAM)"},
    "feature.concierge-support-team": {"ko": "컨시어지 지원팀", "en": "the concierge support team"},
    "feature.business-critical-system-down": {
        "ko": "비즈니스 크리티컬 시스템 다운 응답 목표",
        "en": "a business-critical system down target",
    },
    "feature.production-system-down": {
        "ko": "프로덕션 시스템 다운 응답 목표",
        "en": "a production system down target",
    },
    "feature.trusted-advisor": {"ko": "Trusted Advisor 전체 검사", "en": "the full set of Trusted Advisor checks"},
    "feature.retiring": {"ko": "종료 예정", "en": "an end date"},
    "plans.with.retiring": {"ko": "종료 예정인 플랜은 {n}개입니다.", "en": "{n} plans are ending:"},
    "plans.without.retiring": {
        "ko": "종료 예정이 없는(계속 제공되는) 플랜은 {n}개입니다.",
        "en": "{n} plans are not ending (they continue):",
    },
    "plan.until": {"ko": "{date} 종료", "en": "ends {date}"},
    "plan.includes": {"ko": "{plan}에 포함된 것:", "en": "{plan} includes:"},
    # what kind of TAM a plan in a list of plans with one gives
    "tam.kind.pool": {"ko": "TAM 풀 공유", "en": "a pool of TAMs"},
    "tam.kind.designated": {"ko": "지정 TAM", "en": "a designated TAM"},
    "case_openers.none": {
        "ko": "{plan}에서는 누구도 기술 지원 케이스를 열 수 없습니다. 계정과 결제 문의만 사람이 답합니다.",
        "en": (
            "Nobody can open technical support cases on {plan}; only account and billing questions get a person's "
            "answer."
        ),
    },
    "case_openers.primary_contact": {
        "ko": "{plan}에서는 주 연락 담당자(primary contact) 한 명만 케이스를 열 수 있습니다(건수 제한은 없음).",
        "en": "On {plan} only one primary contact can open cases (as many cases as needed).",
    },
    "case_openers.any_iam_user": {
        "ko": "{plan}에서는 계정의 IAM 사용자라면 인원 제한 없이 케이스를 열 수 있습니다.",
        "en": "On {plan} any number of the account's IAM users can open cases.",
    },
    "tech_case.no": {
        "ko": "{plan}에서는 기술 지원 케이스를 열 수 없습니다. 계정과 결제 문의만 사람이 답합니다.",
        "en": "{plan} takes no technical support cases; only account and billing questions get a person's answer.",
    },
    "tech_case.yes": {
        "ko": "{plan}에서는 기술 지원 케이스를 열 수 있습니다.",
        "en": "{plan} takes technical support cases.",
    },
    "verdict.yes": {"ko": "네. {text}", "en": "Yes. {text}"},
    "verdict.no": {"ko": "아니요. {text}", "en": "No. {text}"},
    "pillar.newest": {
        "ko": "가장 최근에 추가된 원칙은 {pillar}입니다({year}년 {month}월, 여섯 번째 원칙).",
        "en": "The newest pillar is {pillar}, added as the sixth in {year}-{month:02d}.",
    },
    "firms.premier": {
        "ko": "국내 AWS Premier 파트너로는 {names}가 자주 꼽힙니다(현재 등급은 AWS Partner Solutions Finder에서 확인).",
        "en": "Korean AWS Premier partners commonly named are {names} "
        "(check their current tier in the AWS Partner Solutions Finder).",
    },
    "tiers.top": {
        "ko": "Services Path의 최상위 등급은 {name}입니다: {text}",
        "en": "The top Services Path tier is {name}: {text}",
    },
    "qid.topic": {
        "ko": "{qid}({topic})은(는) {pillar}의 {area} 영역에 속한 질문입니다.",
        "en": "{qid} ({topic}) is a question of the {area} area of the {pillar} pillar.",
    },
    "qid.area": {
        "ko": "{qid}은(는) {pillar}의 {area} 영역에 속한 질문입니다.",
        "en": "{qid} is a question of the {area} area of the {pillar} pillar.",
    },
    # the area asked for, found by the question that covers what was described ("RI는 어느 영역임?")
    "area.covering": {
        "ko": "{area} 영역입니다. {pillar}의 {qid}({topic}) 질문이 다룹니다.",
        "en": "The {area} area ({pillar} pillar): its question {qid} ({topic}) covers this.",
    },
    "area.covering_id": {
        "ko": "{area} 영역입니다. {pillar}의 {qid} 질문이 다룹니다.",
        "en": "The {area} area ({pillar} pillar): its question {qid} covers this.",
    },
    # an id the asker guessed, when another covers what they describe ("… SEC08 right?")
    "qid.not_guess": {"ko": "{qid}는 아닙니다.", "en": "Not {qid}."},
    # the name an acronym shortens, as a passage spells it out ("CUR stand for?")
    "acronym.stands_for": {"ko": "{acronym}은(는) {name}의 약자입니다.", "en": "{acronym} stands for {name}."},
    # a count asked, said before the lead that lists the items without a number
    "count.lead": {"ko": "{n}{unit}: {text}", "en": "{n}{unit}: {text}"},
    # the word a follow-up that points at a stated bill is read with: it asks the plan's price at that bill
    "word.price": {"ko": "요금", "en": "price"},
    "plans.cheapest.of": {
        "ko": "이 중 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest of these is {plan}: {price}",
    },
    "plans.cheapest.any": {
        "ko": "가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest plan is {plan}: {price}",
    },
    "plans.priciest": {
        "ko": "요금이 공개된 플랜 가운데 가장 비싼 플랜은 {plan}입니다. 요금: {price}",
        "en": "Of the plans with a published price, the most expensive is {plan}: {price}",
    },
    "plans.cheapest.paid": {
        "ko": "유료 플랜 가운데 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest paid plan is {plan}: {price}",
    },
    "plans.cheapest.meeting": {
        "ko": "이 목표를 충족하는 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest plan that meets it is {plan}: {price}",
    },
    "plans.cheapest.lasting": {
        "ko": "{date} 이후에도 계속되는 플랜 가운데 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "Of the plans that continue after {date}, the cheapest is {plan}: {price}",
    },
    "plans.cheapest.without": {
        "ko": "{feature}이(가) 없는 플랜 중 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest plan without {feature} is {plan}: {price}",
    },
    "plans.cheapest": {
        "ko": "{feature}을(를) 제공하는 가장 저렴한 플랜은 {plan}입니다. 요금: {price}",
        "en": "The cheapest plan with {feature} is {plan}: {price}",
    },
    "feature.designated-tam": {"ko": "전담(지정) TAM", "en": "a designated (dedicated) TAM"},
    "channel.phone": {"ko": "전화", "en": "phone"},
    "channel.chat": {"ko": "채팅", "en": "chat"},
    "channel.email": {"ko": "이메일", "en": "email"},
    "channel.24x7": {"ko": "24시간 연중무휴", "en": "24/7"},
    "channel.any": {"ko": "기술 지원 채널", "en": "technical-support channels"},
    "list.addons": {
        "ko": "AWS Support 플랜 위에 따로 사는 추가 옵션(애드온)은 {n}가지입니다: {names}.",
        "en": "AWS Support sells {n} add-ons on top of a plan: {names}.",
    },
    "list.addons.other": {
        "ko": "{aside} 말고 다른 추가 옵션(애드온)은 {n}가지입니다: {names}.",
        "en": "Besides {aside}, AWS Support sells {n} add-on(s) on top of a plan: {names}.",
    },
    "addon.response": {
        "ko": "{name}: 크리티컬 워크로드 인시던트에 {minutes}분 이내 응답",
        "en": "{name}: a {minutes}-minute response to incidents on critical workloads",
    },
    "plans.with": {"ko": "{feature}을(를) 제공하는 플랜은 {n}개입니다.", "en": "{n} plans include {feature}:"},
    "plans.without": {"ko": "{feature}이(가) 없는 플랜은 {n}개입니다.", "en": "{n} plans do not include {feature}:"},
    "plans.open": {
        "ko": "{plans}의 {feature} 제공 여부는 자료에서 확인되지 않습니다.",
        "en": "The sources do not confirm whether {plans} include {feature}.",
    },
    "plans.with.one": {
        "ko": "{feature}을(를) 제공하는 플랜은 {plan} 1개입니다.",
        "en": "Only one plan includes {feature}: {plan}.",
    },
    "plans.without.one": {
        "ko": "{feature}이(가) 없는 플랜은 {plan} 1개입니다.",
        "en": "Only one plan lacks {feature}: {plan}.",
    },
    "principle.owners": {
        "ko": "{name}은(는) {n}개 원칙에 공통된 설계 원칙입니다.",
        "en": "{name} is a design principle of {n} pillars:",
    },
    "principle.renamed": {
        "ko": "{old}은(는) 이전 판의 이름이고, 현행판 {owner}에서는 {name}입니다.",
        "en": "“{old}” is the name older editions used; the current {owner} calls it {name}.",
    },
    "list.missing": {"ko": "빠진 것은 {what}입니다.", "en": "Missing from your list: {what}."},
    "list.complete": {
        "ko": "빠진 것 없이 {what}가지가 모두 있습니다.",
        "en": "Nothing is missing: all {what} are there.",
    },
    "principle.formerly": {
        "ko": "{name}의 이전 판 이름은 {old}입니다.",
        "en": "Older editions called {name} “{old}”.",
    },
    "principle.absorbed": {
        "ko": "{old}은(는) 이전 판의 원칙이고, 현행판에서는 {owner}의 {name}에 흡수됐습니다.",
        "en": "“{old}” was a principle of older editions; the current edition folds it into {name} ({owner}).",
    },
    "principle.dropped": {
        "ko": "{old}은(는) 이전 판의 원칙이고, 현행판 {owner}에는 없습니다.",
        "en": "“{old}” was a principle of older editions; the current {owner} no longer has it.",
    },
    "principle.owner.pillar": {"ko": "{pillar} 원칙", "en": "{pillar} pillar"},
    "principle.owner.general": {"ko": "일반 설계 원칙", "en": "general design principles"},
    "principle.of": {
        "ko": "{name}은(는) {pillar} 원칙의 설계 원칙입니다: {summary}",
        "en": "{name} is a design principle of the {pillar} pillar: {summary}",
    },
    "area.of": {
        "ko": "{pillar} 원칙의 {name} 영역은 {questions} 질문을 다룹니다.",
        "en": "The {name} area of the {pillar} pillar covers {questions}.",
    },
    "area.count": {
        "ko": "{pillar} 원칙의 {name} 영역 질문은 {n}개입니다: {questions}.",
        "en": "The {name} area of the {pillar} pillar has {n} questions: {questions}.",
    },
    "area.count_one": {
        "ko": "{pillar} 원칙의 {name} 영역 질문은 1개입니다: {questions}.",
        "en": "The {name} area of the {pillar} pillar has one question: {questions}.",
    },
    "list.tiers": {"ko": "Services Path 등급은 {n}단계입니다.", "en": "The Services Path has {n} tiers:"},
    "tiers.not_of_path": {
        "ko": "{path}의 등급은 이 지식 베이스에 없습니다. 나와 있는 등급({tiers})은 Services Path의 것입니다.",
        "en": "The knowledge base gives no tiers for the {path}; the tiers it gives ({tiers}) are the Services Path's.",
    },
    "list.paths": {"ko": "APN 파트너 경로(Partner Paths)는 {n}입니다.", "en": "The APN has {n} Partner Paths:"},
    "def": {"ko": "{name}: {text}", "en": "{name}: {text}"},
    # durations, for response targets (here and in the advisors)
    "duration.minutes": {"ko": "{n}분", "en": "{n} minutes"},
    "duration.hour": {"ko": "{n}시간", "en": "{n} hour"},
    "duration.hours": {"ko": "{n}시간", "en": "{n} hours"},
    # what the knowledge base does not state: a figure of a named thing
    "missing.of": {"ko": "{name}의 {word}", "en": "the {word} of {name}"},
    "figure.asked": {"ko": "질문하신 {word}", "en": "the {word} you asked for"},
    # the kinds of figure a question asks by its unit (cues.ASKED), as the decline names them
    "figure.percent": {"ko": "비율(%)", "en": "percentage"},
    "figure.duration": {"ko": "기간이나 시간", "en": "duration"},
    "figure.size": {"ko": "크기나 용량", "en": "size"},
    "figure.length": {"ko": "글자 수", "en": "length in characters"},
    "figure.multiple": {"ko": "배수", "en": "multiple"},
    "figure.phone": {"ko": "전화번호", "en": "phone number"},
    "figure.score": {"ko": "점수", "en": "score"},
    "figure.fee": {"ko": "수수료", "en": "fee"},
    "figure.discount": {"ko": "할인", "en": "discount"},
    "figure.entry": {"ko": "참여 요건", "en": "entry requirements"},
    "figure.former": {"ko": "예전 이름", "en": "former name"},
    "figure.money": {"ko": "금액", "en": "amount"},
    "figure.customers": {"ko": "고객 사례", "en": "named customers"},
    "figure.person": {"ko": "인물", "en": "person"},
    "figure.clock": {"ko": "시각", "en": "time of day"},
    "figure.expiry": {"ko": "만료 후 처리", "en": "expiry terms"},
    "figure.count": {"ko": "개수", "en": "number"},
    "figure.count_of": {"ko": "{what} 개수", "en": "number of {what}"},
    "figure.limit": {"ko": "한도", "en": "limit"},
    "figure.price": {"ko": "금액", "en": "price"},
    # the LLM composer's answer failed its grounding check and the extractive one stands in
    "llm.fallback": {
        "ko": "(언어 모델의 답변이 출처와 맞지 않아, 출처에서 직접 인용한 답변으로 대신합니다.)",
        "en": "(The language model's answer did not match its sources, so this answer quotes them directly.)",
    },
}
