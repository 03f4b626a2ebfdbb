"""The wa-assistant web app: `streamlit run ui/app.py`.

This file is the frame around every page: page config, who is using the app, navigation and the
shared sidebar. Each page is a script in ui/views/; to add one, put the script there and add a line
to PAGES. The Admin page is listed only for the people in WA_ADMINS. (The folder is not called
`pages/`: Streamlit would then run a deep link such as /review as its own script, without this frame,
until the first visit to /.)
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from assistant.quiet import quiet_third_parties
from ui import look, sidebar
from ui.people import identify, known
from ui.state import is_admin, ui_lang
from ui.strings import t

PAGES_DIR = Path(__file__).resolve().parent / "views"
FAVICON = Path(__file__).resolve().parent / "static" / "favicon.png"  # local: an emoji icon is fetched from a CDN

# (script in ui/views/, icon); the title is the catalogue's `ui.page.<script stem>`; the first page is the default.
PAGES = [
    ("chat.py", ":material/forum:"),
    ("support_advisor.py", ":material/support_agent:"),
    ("partner_finder.py", ":material/handshake:"),
    ("learn.py", ":material/school:"),
    ("review.py", ":material/fact_check:"),
    ("sources.py", ":material/menu_book:"),
]
ADMIN_PAGE = ("admin.py", ":material/admin_panel_settings:")


def page(script: str, icon: str, lang: str, default: bool) -> st.Page:
    # a fixed url_path keeps links stable while the title follows the language toggle
    stem = Path(script).stem
    title = t(f"page.{stem}", lang)
    return st.Page(PAGES_DIR / script, title=title, icon=icon, url_path=stem.replace("_", "-"), default=default)


quiet_third_parties()  # the web app's entry point: before any page loads a model
st.set_page_config(page_title="wa-assistant", page_icon=str(FAVICON), layout="wide")
look.inject()
lang = ui_lang()
entries = PAGES + ([ADMIN_PAGE] if is_admin(known()) else [])
current = st.navigation([page(*entry, lang=lang, default=i == 0) for i, entry in enumerate(entries)])
identify(lang)  # asks for a name (or sign-in) once, and ends the run until there is one
sidebar.render(lang)
current.run()
