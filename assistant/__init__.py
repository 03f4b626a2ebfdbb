"""wa-assistant: grounded, bilingual answers over the AWS Well-Architected knowledge base."""

from assistant.core import Assistant
from assistant.types import Answer, Citation, Hit, Retrieval, Turn

__all__ = ["Answer", "Assistant", "Citation", "Hit", "Retrieval", "Turn"]
