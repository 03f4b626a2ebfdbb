"""Support plan and partner recommenders: decisions with reasons and cited passages, from the catalog alone.

needs.py    requirement extraction from Korean or English text and option ids (rule lexicon)
checks.py   does one support plan meet one requirement: yes, no or unconfirmed
support.py  the support plan decision      partner.py  the partner decision
intent.py   chat routing: does a message ask for a recommendation
types.py    Recommendation and its parts   cli.py      `wa-assistant recommend ...`
"""

from assistant.recommend.intent import detect_intent
from assistant.recommend.partner import recommend_partner
from assistant.recommend.support import recommend_support
from assistant.recommend.types import Recommendation

__all__ = ["Recommendation", "detect_intent", "recommend_partner", "recommend_support"]
