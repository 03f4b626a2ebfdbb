"""The app's own CSS and one small script, injected once per run by ui/app.py.

CSS: titles, paragraphs and table cells wrap Korean by word (`keep-all`, never mid-word); the plan
comparison wraps only between words (a column is never narrower than its longest word) and scrolls
sideways rather than cut one; the cited section and a clicked citation are highlighted, and the plan
comparison switches to stacked cards on narrow screens. The script makes a `[n]` marker (a link to
`#cite-<id>`) open the expander keyed `cite-<id>` in place and scroll to it, scrolls the Sources page to
its cited section, and on a phone closes the sidebar once a page or a conversation is chosen. Nothing
here loads anything from the network.
"""

from __future__ import annotations

import streamlit as st

NARROW = 700  # px: below this the plan comparison is stacked cards

CSS = f"""
<style>
.stMarkdown li, .stMarkdown p {{ word-break: keep-all; overflow-wrap: anywhere; }}
h1, h2, h3, h4, summary, [data-testid="stCaptionContainer"] {{ word-break: keep-all; overflow-wrap: break-word; }}
summary p, summary span, summary div {{ word-break: keep-all !important; overflow-wrap: anywhere !important; }}
td, th {{ word-break: keep-all; overflow-wrap: break-word; }}
.stMarkdown table {{ display: block; max-width: 100%; overflow-x: auto; }}
.wa-flash {{ animation: wa-flash 2.4s ease-out; border-radius: .5rem; }}
@keyframes wa-flash {{ from {{ box-shadow: 0 0 0 4px rgba(255, 170, 0, .85); }} to {{ box-shadow: none; }} }}
.st-key-cited {{ background: rgba(255, 196, 0, .14); border-left: 4px solid #f0a500; padding: .5rem 1rem;
  border-radius: .25rem; scroll-margin-top: 5rem; }}
.wa-wide {{ overflow-x: auto; }}
.wa-plans {{ width: 100%; border-collapse: collapse; font-size: .9rem; table-layout: auto; }}
.wa-plans th, .wa-plans td {{ border: 1px solid rgba(128, 128, 128, .3); padding: .3rem .45rem;
  vertical-align: top; text-align: left; overflow-wrap: normal; hyphens: manual; }}
.wa-nowrap {{ white-space: nowrap; }}
.wa-who {{ margin: 0; font-size: .875rem; overflow-wrap: anywhere; }}
.wa-plans .wa-row {{ background: rgba(255, 196, 0, .22); }}
.wa-plans .wa-chosen {{ background: rgba(33, 195, 84, .16); font-weight: 600; }}
.wa-cards {{ display: none; }}
.wa-card {{ border: 1px solid rgba(128, 128, 128, .35); border-radius: .5rem; padding: .5rem .75rem;
  margin-bottom: .6rem; }}
.wa-card.wa-chosen {{ border: 2px solid rgb(33, 195, 84); background: rgba(33, 195, 84, .08); }}
.wa-card h4 {{ margin: 0 0 .3rem 0; padding: 0; }}
.wa-card dl {{ padding: 0; display: grid; grid-template-columns: minmax(7rem, 45%) 1fr; gap: .1rem .6rem; margin: 0; }}
.wa-card dt {{ opacity: .75; word-break: keep-all; }}
.wa-card dd {{ margin: 0; word-break: keep-all; overflow-wrap: anywhere; }}
.wa-card .wa-row {{ background: rgba(255, 196, 0, .22); }}
@media (max-width: {NARROW}px) {{
  .wa-wide {{ display: none; }}
  .wa-cards {{ display: block; }}
}}
</style>
"""

SCRIPT = """
<script>
(() => {
  const w = window.parent && window.parent.document ? window.parent : window;
  const doc = w.document;
  if (w.__waCite) return;
  w.__waCite = true;
  const flash = (el) => { el.classList.remove("wa-flash"); void el.offsetWidth; el.classList.add("wa-flash"); };
  doc.addEventListener("click", (event) => {
    // on a phone, choosing a page or a conversation closes the sidebar that covers the page
    const chosen = event.target.closest && event.target.closest(
      '[data-testid="stSidebarNavLink"], [class*="st-key-open_conv_"] button');
    if (chosen && w.innerWidth < 768) {
      setTimeout(() => doc.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click(), 250);
    }
    const link = event.target.closest && event.target.closest('a[href^="#cite-"]');
    if (!link) return;
    const box = doc.querySelector(".st-key-" + link.getAttribute("href").slice(1));
    if (!box) return;
    event.preventDefault();
    const details = box.querySelector("details") || box;
    const summary = box.querySelector("summary");
    const open = details.open || summary?.getAttribute("aria-expanded") === "true";
    if (summary && !open) summary.click();
    box.scrollIntoView({ behavior: "smooth", block: "center" });
    flash(box);
  });
  let seen = null;  // the address whose cited section was last shown: scroll once per opened citation
  new MutationObserver(() => {
    const cited = doc.querySelector(".st-key-cited");
    if (cited && seen !== w.location.search) {
      seen = w.location.search;
      cited.scrollIntoView({ block: "start" });
      flash(cited);
    }
  }).observe(doc.body, { childList: true, subtree: true });
})();
</script>
"""


def inject() -> None:
    """The CSS and the script; called once per run before the page draws."""
    st.html(CSS)
    st.html(SCRIPT, unsafe_allow_javascript=True)
