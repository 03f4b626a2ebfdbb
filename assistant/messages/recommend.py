"""Sentences of the support plan and partner advisors (namespace `rec.`)."""

RECOMMEND: dict[str, dict[str, str]] = {
    "retiring_fits": {
        "ko": (
            "{name} 플랜도 요구 사항을 충족하지만 {end}에 종료되므로"
            "({as_of} 기준 {days}일 뒤, 계획 기간 {months}개월 이내) 추천하지 않습니다. {best} 플랜은 계속 제공됩니다."
        ),
        "en": (
            "{name} would also meet these needs, but it ends on {end} ({days} days after {as_of}, inside the "
            "{months}-month planning horizon), so it is not recommended; {best} continues."
        ),
    },
    "budget_conflict": {
        "ko": (
            "예산 충돌: 예산({budget}) 안에서 {needs}을(를) 충족하는 플랜이 없습니다. 나머지 요구 사항을 충족하는 가장 "
            "저렴한 플랜은 {name}이며 월 {cost}입니다{at_usage}."
        ),
        "en": (
            "Budget conflict: no plan meets {needs} within the budget ({budget}). The cheapest plan that meets the "
            "rest is {name}, at {cost} a month{at_usage}."
        ),
    },
    "budget_nothing": {
        "ko": (
            "예산 충돌: 예산({budget}) 안에서 {needs}을(를) 충족하는 플랜이 없고, "
            "예산과 무관하게도 충족하는 플랜이 없습니다."
        ),
        "en": (
            "Budget conflict: no plan meets {needs} within the budget ({budget}), and no continuing plan meets "
            "them at any price either."
        ),
    },
    "at_usage": {"ko": "(월 AWS 사용액 {spend} 기준)", "en": " at a monthly AWS spend of {spend}"},
    "price_at": {
        "ko": "{name} 요금은 월 {cost}입니다{at_usage}. ({text})",
        "en": "{name} costs {cost} a month{at_usage} ({text})",
    },
    "price_minimum": {
        "ko": "{name} 요금은 월 {cost}이며, 사용액에 따른 금액은 확인되지 않았습니다. ({text})",
        "en": "{name} costs {cost} a month; what it costs at a given usage is not confirmed ({text})",
    },
    "price_unpublished": {
        "ko": "{name} 요금은 자료에 나와 있지 않습니다. ({text})",
        "en": "The sources give no price for {name} ({text})",
    },
    "at_least": {"ko": "최소 {cost}", "en": "at least {cost}"},
    "price_uncertain": {
        "ko": "{name} 플랜의 요금은 자료마다 달라 예산 판단에는 높은 금액을 썼습니다.",
        "en": "{name}'s price is uncertain in the sources; the higher figure was used for the budget.",
    },
    "price_straddles": {
        "ko": (
            "{name} 요금은 자료에 따라 월 최소 {low} 또는 {high}로 다릅니다. 예산 {budget} 안에는 {low}가 맞을 때만 "
            "들어갑니다. 예산 판단에는 더 높은 {high}를 썼으니, 고르기 전에 AWS 요금 페이지에서 확인하세요."
        ),
        "en": (
            "{name}'s minimum differs between sources, {low} or {high} a month: it fits your {budget} only if "
            "{low} holds. The budget was held against {high}; confirm on the AWS pricing page before choosing."
        ),
    },
    "exchange": {
        "ko": "원화 금액은 1달러당 {rate:,.0f}원({date} 기준 계획 환율)으로 환산했습니다. 현재 환율을 확인하세요.",
        "en": "Won amounts were converted at {rate:,.0f} KRW per USD (planning rate of {date}); check today's rate.",
    },
    "nice_to_have": {
        "ko": "있으면 좋은 항목(결정에는 반영하지 않음): {labels}. {plan} 플랜이 이를 제공합니다.",
        "en": "Nice to have, not decisive: {labels}. {plan} would add it.",
    },
    "nice_unmet": {
        "ko": "있으면 좋은 항목(결정에는 반영하지 않음): {labels}.",
        "en": "Nice to have, not decisive: {labels}.",
    },
    "ruled_out": {"ko": "필요 없다고 한 항목: {labels}.", "en": "You said you do not need: {labels}."},
    "unconfirmed_pick": {
        "ko": (
            "{name} 플랜은 부족하다고 알려진 점이 없는 가장 저렴한 계속 제공 플랜이지만 자료에서 다음이 확인되지 "
            "않습니다: {open}. 모든 항목이 확인된 {confirmed} 플랜은 월 {cost} 이상입니다."
        ),
        "en": (
            "{name} is the cheapest continuing plan with nothing known to be missing; the sources do not confirm "
            "{open}. {confirmed} is confirmed for everything but costs {cost} a month or more."
        ),
    },
    "transition_end": {
        "ko": "{cur} 플랜은 {end}에 종료되며({as_of} 기준 {days}일 뒤) {to} 플랜이 대체합니다.",
        "en": "{cur} ends on {end} ({days} days after {as_of}); {to} replaces it.",
    },
    "transition_stays": {
        "ko": "{cur} 플랜은 기존 플랜 종료 후에도 계속 제공되므로 옮길 필요가 없습니다.",
        "en": "{cur} continues after the current plans retire; nothing forces a move.",
    },
    "transition_when": {
        "ko": (
            "{end} 전에 옮기세요. 지금 옮기면 새 플랜의 미확인 항목을 확인할 시간이 생기고, 종료 후에는 기다려도 "
            "얻는 것이 없습니다."
        ),
        "en": (
            "Move before {end}: moving now gives time to check the new plan's unconfirmed points; waiting gains "
            "nothing after the plan ends."
        ),
    },
    "gains": {"ko": "{to} 플랜으로 얻는 것: {items}.", "en": "Gains with {to}: {items}."},
    "losses": {"ko": "{to} 플랜으로 잃는 것: {items}.", "en": "Losses with {to}: {items}."},
    "unknowns": {"ko": "{to} 플랜에서 확인되지 않은 것: {items}.", "en": "Not confirmed for {to}: {items}."},
    "no_change": {"ko": "기능: 달라지는 것이 없습니다.", "en": "Features: nothing changes."},
    "price_diff": {
        "ko": "월 요금: {cur} {cur_cost} → {to} {to_cost}{at_usage} ({diff}).",
        "en": "Monthly price: {cur} {cur_cost} → {to} {to_cost}{at_usage} ({diff}).",
    },
    "keep_no": {
        "ko": "아니요. {cur} 플랜은 {end}까지만 쓸 수 있고, 그 뒤로는 {to} 플랜이 대체합니다.",
        "en": "No: {cur} can be kept only until {end}; after that {to} replaces it.",
    },
    "cost_now": {"ko": "{cur} 플랜은 지금 월 {cost}입니다{at_usage}.", "en": "{cur} costs {cost} a month{at_usage}."},
    "cost_now_ending": {
        "ko": "{cur} 플랜은 지금 월 {cost}입니다{at_usage}. {end}에 종료되며 그 뒤로는 {to} 플랜이 대체합니다.",
        "en": "{cur} costs {cost} a month{at_usage} now; it ends on {end}, and {to} replaces it.",
    },
    "keep_yes": {
        "ko": "네. {cur} 플랜은 기존 플랜이 종료된 뒤에도 계속 제공됩니다.",
        "en": "Yes: {cur} continues after the retiring plans end.",
    },
    "transition_requirement": {"ko": "{cur} 플랜을 대체하는 플랜", "en": "what replaces {cur}"},
    "transition_met_by": {"ko": "{to}: {end}부터 {cur} 플랜을 대체", "en": "{to}: replaces {cur} on {end}"},
    "transition_requirement.chosen": {
        "ko": "{end}에 종료되는 {cur} 플랜 다음에 쓸 플랜",
        "en": "a plan for after {cur} ends on {end}",
    },
    "transition_met_by.chosen": {"ko": "{to}: {end} 이후에도 계속 제공", "en": "{to}: continues after {end}"},
    "addon": {
        "ko": (
            "15분보다 빠르게 응답하는 플랜은 없습니다. 크리티컬 워크로드에 {minutes}분 응답이 필요하면 {name}을(를) "
            "추가하세요({text})."
        ),
        "en": (
            "No plan answers faster than 15 minutes; for a {minutes}-minute response on critical workloads, add {name} "
            "({text})."
        ),
    },
    "korea_partners": {"ko": "국내 파트너 예: {names}", "en": "with partners in Korea such as {names}"},
    # the support plan advisor
    "clarify_support_budget": {
        "ko": (
            "이 가운데 고르려면 몇 가지를 더 알려 주세요. 프로덕션 워크로드를 운영하나요? 야간·주말을 포함해 24시간 "
            "지원이 필요한가요? 전화나 채팅이 필요한가요, 이메일이면 충분한가요? 프로덕션 장애 때 첫 응답은 얼마나 "
            "빨라야 하나요?"
        ),
        "en": (
            "To pick one of them I need a little more. Do you run production workloads? Do you need help 24/7, nights "
            "and weekends included? By phone or chat, or is email enough? How fast must the first response be when "
            "production is down?"
        ),
    },
    "named_within": {
        "ko": "말씀하신 플랜 가운데 월 ${usd:,} 이내: {names}.",
        "en": "Of the plans you named, within ${usd:,} a month: {names}.",
    },
    "named_over": {"ko": "월 ${usd:,} 초과: {names}.", "en": "Over ${usd:,} a month: {names}."},
    "named_none": {
        "ko": "말씀하신 플랜은 모두 월 ${usd:,}를 넘습니다: {names}.",
        "en": "None of the plans you named fits within ${usd:,} a month: {names}.",
    },
    "named_detail": {"ko": "{name}({details})", "en": "{name} ({details})"},
    "named_cost": {"ko": "월 {cost}", "en": "{cost} a month"},
    "named_end": {"ko": "{end} 종료", "en": "ends {end}"},
    "within_budget": {
        "ko": "월 ${usd:,} 이내로 앞으로 {months}개월 동안 계속 쓸 수 있는 플랜: {names}.",
        "en": "Within ${usd:,} a month, the plans you can keep for the next {months} months: {names}.",
    },
    "clarify_support": {
        "ko": (
            "어떤 플랜이 맞는지 판단하려면 몇 가지를 더 알려 주세요. 프로덕션 워크로드를 운영하나요? 야간·주말을 "
            "포함해 24시간 지원이 필요한가요? 전화나 채팅이 필요한가요, 이메일이면 충분한가요? 프로덕션 장애 때 첫 "
            "응답은 얼마나 빨라야 하나요(예: 1시간, 비즈니스 크리티컬 시스템이면 15분)? TAM(Technical Account "
            "Manager)이 필요한가요? 월 예산은 어느 정도인가요(무료, 낮음, 중간, 높음)?"
        ),
        "en": (
            "To recommend a plan I need a little more. Do you run production workloads? Do you need help 24/7, "
            "nights and weekends included? By phone or chat, or is email enough? How fast must the first response be "
            "when production is down (for example 1 hour, or 15 minutes for business-critical systems)? Do you need a "
            "Technical Account Manager (TAM)? What is your monthly budget (free, low, medium or high)?"
        ),
    },
    "none_confirmed": {
        "ko": (
            "{as_of} 기준으로 모든 요구 사항이 확인된 플랜은 없습니다. {name} 플랜이 "
            "충족할 수 있는 가장 저렴한 플랜이므로, 가입 전에 미충족으로 표시된 항목을 AWS에 확인하세요."
        ),
        "en": (
            "No plan available on {as_of} is confirmed for every requirement; {name} is "
            "the cheapest that may be, so ask AWS to confirm what is listed as unmet before buying."
        ),
    },
    "ask_aws_first": {
        "ko": "{label}: 자료에서 {name} 플랜의 해당 기능이 확인되지 않았으므로 AWS에 먼저 확인하세요.",
        "en": "{label}: not confirmed for {name} in the sources; ask AWS first.",
    },
    "your_needs": {"ko": "요구 사항", "en": "your needs"},
    "all_but_budget": {"ko": "예산을 뺀 모든 요구 사항을 충족", "en": "meets every need except the budget"},
    "conflict_all": {
        "ko": (
            "요구 사항이 서로 충돌합니다: {as_of} 기준으로 {labels}을(를) 모두 충족하는 플랜이 없습니다. "
            "하나를 빼거나 완화해 주세요."
        ),
        "en": (
            "These requirements conflict: no plan available on {as_of} meets all of {labels}. "
            "Drop or relax one of them."
        ),
    },
    "conflict_pair": {
        "ko": (
            "요구 사항이 서로 충돌합니다: “{la}” 조건은 {pa} 플랜만, “{lb}” 조건은 {pb} 플랜만 충족합니다. "
            "{as_of} 기준으로 둘 다 충족하는 플랜은 없으므로 하나를 빼거나 완화해 주세요."
        ),
        "en": (
            "These requirements conflict: “{la}” is met only by {pa}, and “{lb}” only by {pb}. No plan "
            "available on {as_of} meets both, so drop or relax one of them."
        ),
    },
    "meets": {"ko": "“{label}” 조건을 충족", "en": "meets “{label}”"},
    "ending": {
        "ko": "{name} 플랜은 {end}에 종료되고 {rname} 플랜이 대체합니다. {fit}",
        "en": "{name} ends on {end}; {rname} replaces it. {fit}",
    },
    "keeper": {
        "ko": "{end} 이후에도 유지되며 모든 요구 사항이 확인된 플랜",
        "en": "continues after {end} and is confirmed for every requirement",
    },
    "ended": {
        "ko": "{name} 플랜이 맞았겠지만 {end}에 종료되었고 {rname} 플랜이 대체했습니다.",
        "en": "{name} would have fit, but it ended on {end}; {rname} replaced it.",
    },
    "next_down": {
        "ko": "한 단계 아래인 {down} 플랜에 없는 것: {lacks}.",
        "en": "The next plan down, {down}, lacks: {lacks}.",
    },
    "cheaper_lacks": {"ko": "더 저렴하지만 없는 것: {lacks}", "en": "cheaper, but lacks: {lacks}"},
    "if_confirmed": {
        "ko": "AWS가 {name} 플랜에서 다음을 확인해 주면 더 저렴하게 모두 충족합니다: {open}.",
        "en": "If AWS confirms {open} for {name}, it would meet every requirement for less.",
    },
    "cheaper_open": {"ko": "더 저렴함, 미확인: {open}", "en": "cheaper; not confirmed: {open}"},
    "without": {
        "ko": "“{label}” 조건이 없다면 {name} 플랜으로 충분합니다.",
        "en": "Without “{label}”, {name} would be enough.",
    },
    "until": {"ko": "({end}까지)", "en": " (until {end})"},
    "also_need": {
        "ko": "다음도 필요하다면 답은 {name} 플랜이 됩니다: {labels}.",
        "en": "If you also need {labels}, the answer becomes {name}.",
    },
    "adds": {"ko": "추가로 제공: {labels}", "en": "adds {labels}"},
    "and_more": {"ko": " 외 {n}가지", "en": " and {n} more"},
    "stale": {
        "ko": "플랜 정보는 {date}에 확인한 것이므로 그 뒤에 바뀌었을 수 있는 내용은 다시 확인하세요.",
        "en": "The plan facts were checked on {date}; confirm anything that may have changed since.",
    },
    "fit_lacks": {"ko": "{name} 플랜이 충족하지 못하는 것: {no}.", "en": "{name} does not meet: {no}."},
    "fit_open": {"ko": "{name} 플랜에서 확인되지 않은 것: {unsure}.", "en": "{name} is not confirmed for: {unsure}."},
    "fit_all": {"ko": "{name} 플랜도 모든 요구 사항을 충족합니다.", "en": "{name} also meets every requirement."},
    "open_mark": {"ko": " (미확인)", "en": " (not confirmed)"},
    "alt_ends": {"ko": " ({end} 종료, 후속 플랜 {repl})", "en": " (ends on {end}; {repl} replaces it)"},
    # the partner finder
    "clarify_partner": {
        "ko": (
            "파트너에게 어떤 일을 맡기려는지 알려 주세요. 예: AWS로 마이그레이션, 구축(머신 러닝, 생성형 AI, "
            "데이터 분석, DevOps), 보안 강화, 운영 대행(관리형 서비스), 자사 소프트웨어 판매, 팀 교육. 또 작업 "
            "규모나 중요도는 어느 정도인지, 국내(한국어) 지원 파트너가 필요한지도 알려 주세요."
        ),
        "en": (
            "What should the partner do for you? For example: migrate workloads to AWS, build something (machine "
            "learning, generative AI, data and analytics, DevOps), improve security, run your operations (managed "
            "services), sell your own software on AWS, or train your team. Also: how large or critical is the work, "
            "and do you need a partner in Korea?"
        ),
    },
    "job.services": {
        "ko": "설계·마이그레이션·구축·운영을 맡길 회사",
        "en": "someone to design, migrate, build or run the work for you",
    },
    "job.sell": {"ko": "자사 소프트웨어를 AWS에서 판매", "en": "selling your own software on AWS"},
    "job.train": {"ko": "팀 내부 인력 교육", "en": "training your own people"},
    "job.buy": {"ko": "AWS에서 쓸 수 있는 완성된 소프트웨어", "en": "ready-made software that runs on AWS"},
    "job.become": {"ko": "자사가 AWS 파트너가 되는 것", "en": "becoming an AWS partner yourself"},
    "job.hardware": {"ko": "AWS와 함께 쓰는 하드웨어·디바이스", "en": "hardware or devices that work with AWS"},
    "job.distribution": {"ko": "리셀러를 통한 유통", "en": "reaching customers through resellers"},
    "job.aws-msp": {"ko": "운영을 맡길 회사", "en": "someone to run operations for you"},
    "job.aws-service-delivery": {"ko": "특정 AWS 서비스 구축 경험", "en": "proven delivery of one AWS service"},
    "quoted": {"ko": "{need}: “{said}”", "en": "{need}: “{said}”"},
    "deadline": {
        "ko": (
            "기한 “{deadline}”: 카탈로그는 파트너의 속도를 평가하지 않으므로, 후보 파트너에게 비슷한 기간에 "
            "끝낸 비슷한 프로젝트 사례를 요청하세요."
        ),
        "en": (
            "Deadline “{deadline}”: the catalog does not rate partners on speed; ask shortlisted partners for "
            "references of similar projects delivered in similar time."
        ),
    },
    "expertise": {"ko": "{name} 전문성: “{said}”", "en": "expertise in {name}: “{said}”"},
    "or": {"ko": " 또는 ", "en": " or "},
    "tier": {"ko": "{tiers} 등급", "en": "{tiers} tier"},
    "tier_advice": {
        "ko": (
            "등급: 대규모·핵심 작업에는 Advanced나 Premier, 범위가 작은 프로젝트에는 Select 이상이 맞습니다"
            "(등급 이름은 파트너 자료에서만 확인됨)."
        ),
        "en": (
            "Tier: Advanced or Premier suits large or critical work; Select or higher may do for a small, "
            "well-scoped project (tier names read only in partner materials)."
        ),
    },
    "name_the_work": {
        "ko": (
            "맡길 일(마이그레이션, 머신 러닝, 보안, 데이터, DevOps, 운영)을 알려 주면 해당 AWS Competency를 "
            "보유한 파트너로 범위를 좁힐 수 있습니다."
        ),
        "en": (
            "Name the work (migration, machine learning, security, data, DevOps, operations) to narrow the "
            "search to partners holding the matching AWS Competency."
        ),
    },
    "partner": {"ko": "파트너", "en": "partner"},
    "sell_channel": {"ko": "판매 채널", "en": "a channel to sell through"},
    "as_seller": {"ko": " (판매자 등록)", "en": " (as a seller)"},
    "courses": {"ko": "AWS가 직접 제공하는 교육과 자격증", "en": "courses and certification from AWS itself"},
    "marketplace": {"ko": "AWS 청구서로 결제하는 구매 창구", "en": "a place to buy it, billed with AWS"},
    "proven_vendor": {"ko": "{name} 분야 검증 공급사: “{said}”", "en": "a vendor proven in {name}: “{said}”"},
    "product": {
        "ko": "AWS Marketplace의 {path} 제품{area}",
        "en": "{path} product via AWS Marketplace{area}",
    },
    "way_in": {"ko": "AWS를 처음 다루는 파트너의 시작점", "en": "a way in for a partner new to AWS"},
    "tier_asked": {"ko": "요청한 등급: “{said}”", "en": "the tier you asked for: “{said}”"},
    "large_work": {"ko": "대규모·핵심 작업", "en": "large or critical work"},
    "small_work": {"ko": "범위가 작은 작업", "en": "small, well-scoped work"},
    "or_higher": {"ko": " 이상", "en": " or higher"},
    "tiers_open": {"ko": " (등급 이름 미확인)", "en": " (tier names unconfirmed)"},
    "tier_met_by": {"ko": "Services Path 등급: {tiers}{caveat}", "en": "Services Path tier: {tiers}{caveat}"},
    "tier_ladder": {
        "ko": (
            "등급 체계(Registered, Select, Advanced, Premier)는 파트너 자료에서만 확인되었으므로 AWS Partner "
            "Solutions Finder에서 현재 이름을 확인하세요."
        ),
        "en": (
            "The tier ladder (Registered, Select, Advanced, Premier) was read only in partner materials: "
            "confirm the current names in the AWS Partner Solutions Finder."
        ),
    },
    "korea_need": {"ko": "국내(한국어) 지원 파트너", "en": "a partner in Korea with Korean-language delivery"},
    "korea_met_by": {
        "ko": "노트에 적힌 국내 Premier 파트너: {names}",
        "en": "Korean Premier partners named in your notes: {names}",
    },
    "korea_unverified": {
        "ko": (
            "{names}: 노트에 적힌 예시이며 현재 등급은 다시 확인하지 않았으므로 AWS Partner "
            "Solutions Finder에서 확인하세요."
        ),
        "en": (
            "{names}: named in your notes, current tier not re-verified; check the AWS Partner "
            "Solutions Finder before relying on it."
        ),
    },
    # a recommendation's furniture (assistant/recommend/view.py), the same in chat, terminal and page
    "label.support_plan": {"ko": "추천 플랜", "en": "Recommended plan"},
    "label.partner": {"ko": "추천 파트너", "en": "Recommended partner"},
    "label.why": {"ko": "이유", "en": "Why"},
    "label.unmet": {"ko": "미충족·미확인", "en": "Unmet or unconfirmed"},
    "label.notes": {"ko": "참고", "en": "Notes"},
    "label.alternatives": {"ko": "대안", "en": "Alternatives"},
    "label.within_budget": {"ko": "예산 안의 플랜", "en": "Plans within the budget"},
    "label.compared": {"ko": "말씀하신 플랜", "en": "The plans you named"},
    "label.conflict": {"ko": "하나로 충족할 수 없습니다", "en": "No single answer fits"},
    "label.unconfirmed": {"ko": "AWS가 확인해 주면 가장 잘 맞는 선택", "en": "Best fit, if AWS confirms what is open"},
    # what a plan has that meets a need (assistant/recommend/checks.py) and what a move changes (transition.py)
    "met_by.severity": {"ko": "{name}: {severity} {target} 이내", "en": "{name}: {severity}: {target}"},
    "met_by.channel": {"ko": "{name}: {word} 기술 지원", "en": "{name}: technical support by {word}"},
    "met_by.24x7": {"ko": "{name}: {word} 기술 지원", "en": "{name}: technical support {word}"},
    "met_by.concierge": {"ko": "{name}: 컨시어지 지원팀", "en": "{name}: the concierge support team"},
    "met_by.full_ta": {
        "ko": "{name}: Trusted Advisor 전체 검사",
        "en": "{name}: the full set of Trusted Advisor checks",
    },
    "met_by.support_api": {"ko": "{name}: AWS Support API 포함", "en": "{name}: includes the AWS Support API"},
    "met_by.billing": {
        "ko": "{name}: 계정·결제 고객 서비스",
        "en": "{name}: customer service for account and billing",
    },
    "met_by.learning": {
        "ko": "{name}: 무료이며 기술 문제는 문서와 re:Post 같은 셀프서비스로 해결",
        "en": "{name}: free, with self-service technical help (documentation, re:Post)",
    },
    "met_by.tam": {"ko": "{name}: {word}", "en": "{name}: a {word}"},
    "met_by.free": {"ko": "{name}: 무료", "en": "{name}: free"},
    "met_by.at_usage": {
        "ko": "{name}: 이 사용량에서 월 {cost} (최소 {amount}){doubt}",
        "en": "{name}: {cost} a month at this usage (minimum {amount}){doubt}",
    },
    "met_by.from": {"ko": "{name}: 월 {amount}부터{doubt}", "en": "{name}: from {amount} a month{doubt}"},
    "word.24x7": {"ko": "24시간 연중무휴", "en": "24/7"},
    "word.concierge": {"ko": "컨시어지", "en": "concierge"},
    "word.full_set": {"ko": "전체 검사", "en": "full set"},
    "word.billing": {"ko": "결제", "en": "billing"},
    "word.free": {"ko": "무료", "en": "free"},
    "word.designated_tam": {"ko": "지정 TAM", "en": "designated TAM"},
    "word.tam_pool": {"ko": "TAM 풀", "en": "pool of TAMs"},
    "word.uncertain": {"ko": " (불확실)", "en": " (uncertain)"},
    "gain.pool": {"ko": "TAM 풀", "en": "a pool of TAMs"},
    "gain.designated": {"ko": "지정 TAM", "en": "a designated TAM"},
    "gain.full_ta": {"ko": "Trusted Advisor 전체 검사", "en": "full Trusted Advisor checks"},
    "diff.unknown": {"ko": "확인 필요", "en": "to be confirmed"},
    "diff": {"ko": "{sign}{amount}/월", "en": "{sign}{amount} a month"},
    "price.minimum_only": {"ko": " (불확실, 최소 금액)", "en": " (uncertain, minimum only)"},
    "price.unpublished": {"ko": "요금 미공개", "en": "price not published"},
    # what a customer needs (assistant/recommend/needs.py): option ids, learning, budgets
    "need.business-critical-15m": {
        "ko": "비즈니스 크리티컬 시스템 다운 시 15분 이내 응답",
        "en": "business-critical system down within 15 minutes",
    },
    "need.business-critical-30m": {
        "ko": "비즈니스 크리티컬 시스템 다운 시 30분 이내 응답",
        "en": "business-critical system down within 30 minutes",
    },
    "need.production-down-1h": {
        "ko": "프로덕션 시스템 다운 시 1시간 이내 응답",
        "en": "production system down within 1 hour",
    },
    "need.production-impaired-4h": {
        "ko": "프로덕션 시스템 손상 시 4시간 이내 응답",
        "en": "production system impaired within 4 hours",
    },
    "need.system-impaired-12h": {"ko": "시스템 손상 시 12시간 이내 응답", "en": "system impaired within 12 hours"},
    "need.general-guidance-24h": {
        "ko": "기술 문의 24시간 이내 응답",
        "en": "technical questions answered within 24 hours",
    },
    "need.24x7": {"ko": "야간·주말을 포함한 24시간 연중무휴 지원", "en": "help 24/7, nights and weekends included"},
    "need.phone": {"ko": "전화 기술 지원", "en": "technical support by phone"},
    "need.chat": {"ko": "채팅 기술 지원", "en": "technical support by chat"},
    "need.email": {"ko": "이메일 기술 지원", "en": "technical support by email"},
    "need.tam": {"ko": "TAM(Technical Account Manager)", "en": "a Technical Account Manager (TAM)"},
    "need.designated-tam": {"ko": "지정(전담) TAM", "en": "a designated TAM of your own"},
    "need.concierge": {"ko": "컨시어지 지원팀", "en": "the concierge support team"},
    "need.full-trusted-advisor": {"ko": "Trusted Advisor 전체 검사", "en": "the full set of Trusted Advisor checks"},
    "need.support-api": {"ko": "AWS Support API", "en": "the AWS Support API"},
    "need.account-billing": {"ko": "계정·결제 문의", "en": "account and billing help"},
    "need.learning": {"ko": "프로덕션 없는 학습·실험", "en": "learning or experiments, no production"},
    "budget.free": {"ko": "무료", "en": "free"},
    "budget.low": {"ko": "낮음", "en": "low"},
    "budget.medium": {"ko": "중간", "en": "medium"},
    "budget.high": {"ko": "높음", "en": "high"},
    "budget.krw": {
        "ko": "예산: 월 {krw:,}원(약 ${usd:,}) 이하",
        "en": "budget: at most KRW {krw:,} (about ${usd:,}) a month",
    },
    "budget.usd": {"ko": "예산: 월 ${usd:,} 이하", "en": "budget: at most ${usd:,} a month"},
    "budget.under_usd": {"ko": "예산: 월 ${usd:,} 미만", "en": "budget: under ${usd:,} a month"},
    "budget.level": {"ko": "예산: {word}", "en": "budget: {word}"},
    "budget.level_cap": {"ko": "예산: {word} (월 ${usd:,} 이하)", "en": "budget: {word} (up to ${usd:,} a month)"},
}
