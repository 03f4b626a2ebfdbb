"""The UI's words: `t("key", lang, **values)` reads the `ui.` part of the one catalogue (assistant/messages/).

The chrome (titles, buttons, sidebar) follows the sidebar's language toggle; what belongs to an
answer (its sources, the feedback prompt) follows the language of the question.
"""

from __future__ import annotations

from assistant.messages import say

LANGS = {"en": "English", "ko": "한국어"}

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


def t(key: str, lang: str, **values: object) -> str:
    """The app's text for `key` in `lang`: the catalogue's `ui.` namespace (assistant/messages/ui.py)."""
    return say(f"ui.{key}", lang, **values)
