"""Route a chat message: does it ask us to choose a support plan or a partner, or just ask a fact?

"Which support plan should we choose?" wants a decision; "What is Business Support's response time?"
wants a passage, and the normal retrieval answers it. So a message routes to a recommender only when it
names the topic and also asks for a choice or states a need of its own.
"""

from __future__ import annotations

from assistant.recommend.needs import any_of, latin

SUPPORT = any_of(
    latin(
        r"support (?:plans?|tiers?|levels?)|aws support|premium support|(?:business|enterprise|developer) support\+?"
    ),
    latin(r"on-ramp|unified operations|TAMs?|technical account managers?|(?:phone|chat|24/7|technical) support"),
    latin(r"(?<!savings )(?<!recovery )(?<!dr )(?<!migration )(?<!learning )(?<!training )(?<!backup )plans?"),
    r"서포트|지원\s*플랜|(?<!세이빙스\s)(?<!복구\s)(?<!마이그레이션\s)(?<!학습\s)(?<!교육\s)플랜|요금제|기술\s*지원",
)
PARTNER = any_of(
    latin(r"partners?|apn|consult(?:ing|ants?|ancy)|msps?|system integrators?|vendors?|agency"),
    r"파트너|컨설팅|업체|협력사|대행사",
)
# Asking for a choice, or describing one's own situation ("we need", "우리 팀은 ... 필요").
CHOOSE = any_of(
    latin(r"recommend\w*|suggest\w*|should (?:we|i)|which (?:one|is best)"),
    latin(r"best\s+(?:[\w+-]+\s+){0,3}(?:plans?|partners?|options?|fit)"),
    latin(r"(?:which|what) [\w\s+-]{0,40}?(?:fits?|suits?|for (?:us|me|our)|do (?:we|i) need)"),
    latin(r"(?:which|what) [\w\s+-]{0,40}?to (?:choose|pick|get|buy|use)"),
    latin(r"help (?:me|us) (?:choose|pick|find|decide)|(?:choose|pick|find|looking for|need|want) an?"),
    latin(r"(?:we|i) (?:need|want|run|have|are looking|am looking)|we'd like|our (?:team|company|startup|workload)s?"),
    latin(r"right (?:plan|partner) for"),
    r"추천|골라|고르|고를|선택|맞(?:아|는|을까|나요|는지|을지)|뭘\s*(?:써야|골라|해야)|어느\s*(?:게|것|쪽)",
    r"필요(?:해|한데|합니다|하다|함)|찾(?:고|아|는)|도와줄|구하(?:고|려)|우리\s*(?:팀|회사)|저희",
    r"(?:받고|맡기고|쓰고|도입하고|가입하고)\s*싶",
)


def detect_intent(question: str) -> str | None:
    """ "support_plan", "partner", or None for a question the normal retrieval should answer."""
    text = question or ""
    if not CHOOSE.search(text):
        return None
    support, partner = len(SUPPORT.findall(text)), len(PARTNER.findall(text))
    if not support and not partner:
        return None
    return "partner" if partner > support else "support_plan"
