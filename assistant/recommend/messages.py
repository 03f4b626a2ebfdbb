"""User-facing sentences of the advisors, English and Korean side by side, in one place.

`say(lang, key, **values)` fills one template. New advisor wording goes here rather than into inline
pairs, so a translator (or a reviewer checking that both languages say the same) reads one file.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "retiring_fits": (
        "{name} would also meet these needs, but it ends on {end} ({days} days after {as_of}, inside the "
        "{months}-month planning horizon), so it is not recommended; {best} continues.",
        "{name} 플랜도 요구 사항을 충족하지만 {end}에 종료되므로"
        "({as_of} 기준 {days}일 뒤, 계획 기간 {months}개월 이내) 추천하지 않습니다. {best} 플랜은 계속 제공됩니다.",
    ),
    "budget_conflict": (
        "Budget conflict: no plan meets {needs} within the budget ({budget}). The cheapest plan that meets the rest "
        "is {name}, at {cost} a month{at_usage}.",
        "예산 충돌: 예산({budget}) 안에서 {needs}을(를) 충족하는 플랜이 없습니다. 나머지 요구 사항을 충족하는 가장 "
        "저렴한 플랜은 {name}이며 월 {cost}입니다{at_usage}.",
    ),
    "budget_nothing": (
        "Budget conflict: no plan meets {needs} within the budget ({budget}), and no continuing plan meets them at any "
        "price either.",
        "예산 충돌: 예산({budget}) 안에서 {needs}을(를) 충족하는 플랜이 없고, "
        "예산과 무관하게도 충족하는 플랜이 없습니다.",
    ),
    "at_usage": (" at a monthly AWS spend of {spend}", "(월 AWS 사용액 {spend} 기준)"),
    "price_at": (
        "{name} costs {cost} a month{at_usage} ({text})",
        "{name} 요금은 월 {cost}입니다{at_usage}. ({text})",
    ),
    "price_uncertain": (
        "{name}'s price is uncertain in the sources; the higher figure was used for the budget.",
        "{name} 플랜의 요금은 자료마다 달라 예산 판단에는 높은 금액을 썼습니다.",
    ),
    "exchange": (
        "Won amounts were converted at {rate:,.0f} KRW per USD (planning rate of {date}); check today's rate.",
        "원화 금액은 1달러당 {rate:,.0f}원({date} 기준 계획 환율)으로 환산했습니다. 현재 환율을 확인하세요.",
    ),
    "nice_to_have": (
        "Nice to have, not decisive: {labels}. {plan} would add it.",
        "있으면 좋은 항목(결정에는 반영하지 않음): {labels}. {plan} 플랜이 이를 제공합니다.",
    ),
    "nice_unmet": ("Nice to have, not decisive: {labels}.", "있으면 좋은 항목(결정에는 반영하지 않음): {labels}."),
    "ruled_out": ("You said you do not need: {labels}.", "필요 없다고 한 항목: {labels}."),
    "unconfirmed_pick": (
        "{name} is the cheapest continuing plan with nothing known to be missing; the sources do not confirm {open}. "
        "{confirmed} is confirmed for everything but costs {cost} a month or more.",
        "{name} 플랜은 부족하다고 알려진 점이 없는 가장 저렴한 계속 제공 플랜이지만 자료에서 다음이 확인되지 않습니다: "
        "{open}. 모든 항목이 확인된 {confirmed} 플랜은 월 {cost} 이상입니다.",
    ),
    "transition_end": (
        "{cur} ends on {end} ({days} days after {as_of}); {to} replaces it.",
        "{cur} 플랜은 {end}에 종료되며({as_of} 기준 {days}일 뒤) {to} 플랜이 대체합니다.",
    ),
    "transition_stays": (
        "{cur} continues after the current plans retire; nothing forces a move.",
        "{cur} 플랜은 기존 플랜 종료 후에도 계속 제공되므로 옮길 필요가 없습니다.",
    ),
    "transition_when": (
        "Move before {end}: moving now gives time to check the new plan's unconfirmed points; waiting gains nothing "
        "after the plan ends.",
        "{end} 전에 옮기세요. 지금 옮기면 새 플랜의 미확인 항목을 확인할 시간이 생기고, 종료 후에는 기다려도 얻는 것이 "
        "없습니다.",
    ),
    "gains": ("Gains with {to}: {items}.", "{to} 플랜으로 얻는 것: {items}."),
    "losses": ("Losses with {to}: {items}.", "{to} 플랜으로 잃는 것: {items}."),
    "unknowns": ("Not confirmed for {to}: {items}.", "{to} 플랜에서 확인되지 않은 것: {items}."),
    "no_change": ("Features: nothing changes.", "기능: 달라지는 것이 없습니다."),
    "price_diff": (
        "Price: {cur} {cur_cost} → {to} {to_cost} a month{at_usage} ({diff}).",
        "요금: {cur} {cur_cost} → {to} {to_cost}/월{at_usage} ({diff}).",
    ),
    "transition_requirement": ("what replaces {cur}", "{cur} 플랜을 대체하는 플랜"),
    "transition_met_by": ("{to}: replaces {cur} on {end}", "{to}: {end}부터 {cur} 플랜을 대체"),
    "addon": (
        "No plan answers faster than 15 minutes; for a {minutes}-minute response on critical workloads, add {name} "
        "({text}).",
        "15분보다 빠르게 응답하는 플랜은 없습니다. 크리티컬 워크로드에 {minutes}분 응답이 필요하면 {name}를 추가하세요"
        "({text}).",
    ),
    "korea_partners": ("with partners in Korea such as {names}", "국내 파트너 예: {names}"),
}


def say(lang: str, key: str, **values: object) -> str:
    """One message in the answer's language, filled with `values`."""
    en, ko = MESSAGES[key]
    return (ko if lang == "ko" else en).format(**values)


def usd(amount: float | None) -> str:
    return "?" if amount is None else f"${amount:,.0f}"
