"""Text from outside (argv, stdin, the Python API, the UI) must be valid Unicode before anything encodes it.

Invalid UTF-8 bytes reach Python as lone surrogates; the first `.encode()` deep in a tokenizer then
fails with a traceback. Checking at the edge turns that into one clear message and exit code 2.
"""

from __future__ import annotations

from assistant.errors import BadQuestion


def require_valid_unicode(text: str, what: str = "The input") -> str:
    """`text` unchanged, or BadQuestion naming where the invalid character is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadQuestion(
            f"{what} is not valid UTF-8 (at character {exc.start + 1}): set your terminal to UTF-8 and retype it. "
            "/ 입력이 올바른 UTF-8이 아닙니다. 터미널을 UTF-8로 설정하고 다시 입력하세요."
        ) from None
    return text
