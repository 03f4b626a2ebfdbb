"""The wa-assistant web app: `streamlit run ui/app.py`.

This file is the frame around every page: page config, navigation and the shared sidebar. Each
page is a script in ui/pages/; to add one, put the script there and add a line to PAGES.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui import sidebar
from ui.state import ui_lang

PAGES_DIR = Path(__file__).parent / "pages"

# (script in ui/pages/, English title, Korean title, icon); the first page is the default.
PAGES = [
    ("chat.py", "Chat", "채팅", ":material/forum:"),
    ("support_advisor.py", "Support plan advisor", "서포트 플랜 추천", ":material/support_agent:"),
    ("partner_finder.py", "Partner finder", "파트너 찾기", ":material/handshake:"),
    ("learn.py", "Learn", "학습", ":material/school:"),
    ("review.py", "Well-Architected review", "Well-Architected 리뷰", ":material/fact_check:"),
    ("sources.py", "Sources", "자료", ":material/menu_book:"),
]


def page(script: str, en: str, ko: str, icon: str, lang: str, default: bool) -> st.Page:
    # a fixed url_path keeps links stable while the title follows the language toggle
    url = Path(script).stem.replace("_", "-")
    title = ko if lang == "ko" else en
    return st.Page(PAGES_DIR / script, title=title, icon=icon, url_path=url, default=default)


st.set_page_config(page_title="wa-assistant", page_icon=":material/architecture:", layout="wide")
lang = ui_lang()
current = st.navigation([page(*entry, lang=lang, default=i == 0) for i, entry in enumerate(PAGES)])
sidebar.render(lang)
current.run()
