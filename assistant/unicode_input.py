"""Text from outside (argv, stdin, the Python API, the UI) must be valid Unicode before anything encodes it.

Invalid UTF-8 bytes reach Python as lone surrogates; the first `.encode()` deep in a tokenizer then
fails with a traceback. Checking at the edge turns that into one clear message and exit code 2.
"""

from __future__ import annotations

from assistant.errors import BadQuestion
from assistant.messages import bilingual


def require_valid_unicode(text: str, what: str = "The input") -> str:
    """`text` unchanged, or BadQuestion naming where the invalid character is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadQuestion(bilingual("errors.not_utf8", what=what, at=exc.start + 1)) from None
    return text
