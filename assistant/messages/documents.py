"""Where a passage sits in its file, as a citation shows it: "p. 12" / "12쪽", "slide 3" / "슬라이드 3"."""

DOCUMENTS: dict[str, dict[str, str]] = {
    "cite.page": {"ko": "{n}쪽", "en": "p. {n}"},
    "cite.slide": {"ko": "슬라이드 {n}", "en": "slide {n}"},
}
