"""Support plan and partner recommenders: decisions with reasons and cited passages, from the catalog alone.

reader.py      generic reading: phrases, typos, clauses, negation scope, durations, USD/KRW money
needs.py       support and partner needs read with the catalog's words (support_plans.yaml, partners.yaml)
checks.py      does one support plan meet one requirement: yes, no or unconfirmed; price at a spend
support.py     the support plan decision (horizon, budget conflict)   partner.py  the partner decision
transition.py  moving between plans: end date, replacement, gains and losses, price difference
messages.py    the advisors' sentences, English and Korean side by side
intent.py      chat routing: support_plan, partner, transition, or a factual question
types.py       Recommendation and its parts   cli.py      `wa-assistant recommend ...`
"""

from assistant.recommend.intent import detect_intent
from assistant.recommend.partner import recommend_partner
from assistant.recommend.support import recommend_support
from assistant.recommend.types import Recommendation

__all__ = ["Recommendation", "detect_intent", "recommend_partner", "recommend_support"]
