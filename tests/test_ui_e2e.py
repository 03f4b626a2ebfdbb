"""The real app in a real browser: `streamlit run ui/app.py`, driven by headless Chromium.

One server per module (its own copy of the session's store, so its state files are its own) and one
browser per screen size: desktop 1280x800 and phone 390x844. Screenshots go to
.wa-assistant/test-artifacts/ui/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = ROOT / ".wa-assistant" / "test-artifacts" / "ui"
KO_QUESTION = "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?"
EN_QUESTION = "What are the design principles of the reliability pillar?"
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}
WAIT = 90

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's Chromium: apt-get install chromium chromium-driver",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as res:
                if res.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"streamlit did not become healthy in {timeout:.0f} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def app_url(corpus_settings, tmp_path_factory) -> Iterator[str]:
    state = tmp_path_factory.mktemp("e2e-state")
    shutil.copytree(corpus_settings.store, state / "store")  # its own state folder beside its own store
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("WA_")},
        "WA_STORE": str(state / "store"),
        "WA_CORPUS": str(CORPUS),
        "WA_ADMINS": "admin",
        "PYTHONPATH": str(ROOT),
    }
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true"]
    cmd += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    log = state / "streamlit.log"
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
        print(log.read_text()[-3000:])  # shown when a test of the module failed
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert "Traceback" not in log.read_text(), log.read_text()


def make_driver(size: str) -> Any:
    webdriver = pytest.importorskip("selenium.webdriver", reason='install the dev extra: pip install -e ".[dev]"')
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not look for drivers online
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-US",
    ):
        options.add_argument(arg)
    width, height = SIZES[size]
    if size == "phone":
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}}
        )
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    if size == "desktop":
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
    return driver


@pytest.fixture(scope="module")
def browsers() -> Iterator[dict[str, Any]]:
    """One Chromium per screen size, started on first use."""
    made: dict[str, Any] = {}

    class Lazy(dict):
        def __missing__(self, size: str) -> Any:
            made[size] = make_driver(size)
            return made[size]

    try:
        yield Lazy()
    finally:
        for driver in made.values():
            driver.quit()


# --- helpers -----------------------------------------------------------------------------------
def by_css(driver: Any, css: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def wait_for(driver: Any, condition: Any, timeout: float = WAIT) -> Any:
    """WebDriverWait, with a screenshot and the page's text when it runs out. An element redrawn while the
    condition reads it (Streamlit reruns replace elements) is a reason to look again, not a failure."""
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        wait = WebDriverWait(driver, timeout, poll_frequency=0.2, ignored_exceptions=[StaleElementReferenceException])
        return wait.until(condition)
    except TimeoutException:
        shot(driver, f"timeout-{time.strftime('%H%M%S')}")
        pytest.fail(f"timed out at {driver.current_url}:\n{driver.find_element('tag name', 'body').text[-2000:]}")


def settled(driver: Any, timeout: float = 20) -> None:
    """Let the script run end (the running indicator goes) and the page draw; tests then wait for
    what they need, so this only steadies screenshots and clicks."""
    wait_for(driver, lambda d: by_css(d, '[data-testid="stAppViewContainer"]'))
    deadline = time.monotonic() + timeout
    time.sleep(0.5)
    while time.monotonic() < deadline and by_css(driver, '[data-testid="stStatusWidgetRunningIcon"]'):
        time.sleep(0.2)
    time.sleep(0.3)


def open_page(driver: Any, url: str) -> None:
    driver.get(url)
    settled(driver)


def click(driver: Any, element: Any) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element)


def button(driver: Any, text: str) -> Any:
    return wait_for(
        driver, lambda d: next((b for b in by_css(d, "button") if b.text.strip().split("\n")[-1] == text), False)
    )


def messages(driver: Any) -> list[Any]:
    return by_css(driver, '[data-testid="stChatMessage"]')


def ask(driver: Any, question: str) -> list[Any]:
    """Ask in the chat box and wait for the answer with its sources and rating."""
    from selenium.webdriver.common.keys import Keys

    before = len(messages(driver))
    box = wait_for(driver, lambda d: next(iter(by_css(d, '[data-testid="stChatInputTextArea"]')), False))
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    wait_for(
        driver,
        lambda d: len(messages(d)) >= before + 2 and any(by_css(m, "a[href^='#cite-']") for m in messages(d)[before:]),
    )
    settled(driver)
    return messages(driver)


def shot(driver: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def sidebar_text(driver: Any) -> str:
    return str(driver.execute_script("return document.querySelector('[data-testid=stSidebar]')?.textContent || ''"))


def visible_in_viewport(driver: Any, element: Any) -> bool:
    return bool(
        driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 1 && r.top < window.innerHeight"
            " && r.bottom > 0;",
            element,
        )
    )


# the words of `arguments[0]`'s cells that a line break cuts in two (a hyphen may end a line)
BROKEN_WORDS = """
return arguments[0].flatMap((cell) => {
  const broken = [], walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    for (const m of node.data.matchAll(/[^\\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
  }
  return broken;
});
"""


def param(driver: Any, name: str) -> str | None:
    from urllib.parse import parse_qs, urlparse

    return next(iter(parse_qs(urlparse(driver.current_url).query).get(name, [])), None)


# --- tests -------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_reload_keeps_the_conversation(app_url, browsers, size):
    driver = browsers[size]
    open_page(driver, f"{app_url}/?who=reload-{size}")
    shown = ask(driver, KO_QUESTION)
    assert KO_QUESTION in shown[0].text and "1시간" in shown[1].text and "출처" in shown[1].text
    conversation = param(driver, "c")
    assert conversation
    shot(driver, f"chat-answer-{size}")

    driver.refresh()
    settled(driver)
    wait_for(driver, lambda d: len(messages(d)) == 2)
    assert KO_QUESTION in messages(driver)[0].text and "1시간" in messages(driver)[1].text
    assert param(driver, "c") == conversation and param(driver, "who") == f"reload-{size}"
    # listed in the sidebar, titled by the first question; the list is drawn after the messages
    wait_for(driver, lambda d: KO_QUESTION in sidebar_text(d))
    assert not by_css(driver, '[data-testid="stException"]')
    shot(driver, f"chat-reloaded-{size}")


def test_people_see_only_their_own_history_and_exports(app_url, browsers):
    minji, jun = browsers["desktop"], browsers["phone"]
    open_page(minji, f"{app_url}/?who=minji")
    ask(minji, EN_QUESTION)
    thumbs = wait_for(minji, lambda d: by_css(d, '[data-testid="stFeedback"] button') or False)
    click(minji, thumbs[0])
    settled(minji)
    conversation = param(minji, "c")
    wait_for(minji, lambda d: "Export my feedback (1)" in d.find_element("tag name", "body").text)

    open_page(jun, f"{app_url}/?who=jun&c={conversation}")  # another session with minji's address
    assert not messages(jun)
    wait_for(jun, lambda d: "No conversations yet." in sidebar_text(d))  # jun's list, drawn in full
    assert EN_QUESTION not in sidebar_text(jun)
    # the export buttons are drawn after the list: wait for jun's own, with none of minji's feedback
    export = wait_for(
        jun,
        lambda d: next(
            (b for b in by_css(d, '[data-testid="stDownloadButton"] button') if "Export my feedback" in b.text), False
        ),
    )
    assert "Export my feedback (0)" in export.text, export.text
    assert not export.is_enabled()
    shot(jun, "people-jun-phone")
    shot(minji, "people-minji-desktop")

    open_page(jun, f"{app_url}/review?who=jun")  # review workloads are per person too
    assert "Milestones" not in jun.find_element("tag name", "body").text


def test_only_admins_see_reingest(app_url, browsers):
    driver = browsers["desktop"]
    for page in ("", "sources", "admin"):
        open_page(driver, f"{app_url}/{page}?who=minji")
        sidebar = wait_for(driver, sidebar_text)  # (drawn: an empty sidebar would pass the check below)
        body = driver.find_element("tag name", "body").text
        assert "Re-ingest" not in body and "Rebuild from scratch" not in body and "Admin" not in sidebar
    open_page(driver, f"{app_url}/admin?who=admin")
    assert wait_for(driver, lambda d: "Admin" in sidebar_text(d))
    button(driver, "Re-ingest")
    shot(driver, "admin-desktop")


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_plan_comparison_fits_and_shows_the_recommended_plan(app_url, browsers, size):
    driver = browsers[size]
    open_page(driver, f"{app_url}/support-advisor?who=plans-{size}")
    text = wait_for(driver, lambda d: next(iter(by_css(d, "textarea")), False))
    text.send_keys("We run an online shop; when it is down we need a phone call within an hour, budget is tight.")
    recommend = button(driver, "Recommend")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", recommend)
    recommend.click()  # a real click: the text box loses focus and applies what was typed, as for a person
    wait_for(driver, lambda d: by_css(d, ".wa-card.wa-chosen"))
    settled(driver)
    if size == "phone":
        assert not by_css(driver, ".wa-wide")[0].is_displayed()
        cards = [c for c in by_css(driver, ".wa-card") if c.is_displayed()]
        # Business also fits but ends on 2027-01-01, inside the planning horizon: its successor is chosen
        assert cards[0].get_attribute("data-plan") == "Business Support+"
        assert "wa-chosen" in cards[0].get_attribute("class")
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", cards[0])
        time.sleep(0.3)
        assert visible_in_viewport(driver, cards[0])
        assert "Recommended: Business Support+" in cards[0].text
        assert driver.execute_script(BROKEN_WORDS, cards[0].find_elements("css selector", "dt, dd")) == []
    else:
        table = by_css(driver, ".wa-wide table")[0]
        assert table.is_displayed() and not by_css(driver, ".wa-cards")[0].is_displayed()
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", table)
        time.sleep(0.3)
        heads = [h.text for h in table.find_elements("css selector", "thead th")]
        assert heads[-1] == "Unified Operations" and "★ Business Support+" in heads
        assert visible_in_viewport(driver, table)  # nothing runs off the right edge
        cells = table.find_elements("css selector", "td, th")
        clipped = driver.execute_script(
            "return arguments[0].filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent);", cells
        )
        assert clipped == []
        assert driver.execute_script(BROKEN_WORDS, cells) == []  # wrapped between words, never inside one
        assert "$15,000" in table.text
    shot(driver, f"plans-{size}")


def test_a_citation_link_opens_its_source_and_the_document_at_the_section(app_url, browsers):
    driver = browsers["desktop"]
    open_page(driver, f"{app_url}/?who=citations")
    shown = ask(driver, KO_QUESTION)
    link = by_css(shown[-1], "a[href^='#cite-']")[0]
    key = link.get_attribute("href").split("#", 1)[1]
    box = by_css(driver, f".st-key-{key}")[0]
    assert not box.find_element("css selector", "details").get_attribute("open")
    click(driver, link)
    wait_for(driver, lambda d: box.find_element("css selector", "details").get_attribute("open"))
    assert wait_for(driver, lambda d: visible_in_viewport(d, box))  # (the page scrolls to it, however slowly)
    shot(driver, "citation-opened-desktop")

    section = box.find_element("css selector", "summary").text.split("] ", 1)[1]
    click(
        driver,
        wait_for(driver, lambda d: next((a for a in by_css(box, "a") if "/sources" in a.get_attribute("href")), False)),
    )
    wait_for(driver, lambda d: next(iter(by_css(d, ".st-key-cited")), False))
    settled(driver)
    assert param(driver, "section") == section and param(driver, "who") == "citations"
    # scrolled to, not left below a long table (found anew each time: a rerun redraws the section, and a reference
    # to the old one never turns visible)
    assert wait_for(driver, lambda d: any(visible_in_viewport(d, e) for e in by_css(d, ".st-key-cited")))
    shot(driver, "sources-cited-section-desktop")


def test_korean_source_titles_wrap_between_words_on_a_phone(app_url, browsers):
    driver = browsers["phone"]
    open_page(driver, f"{app_url}/?who=phone-titles")
    shown = ask(driver, "심각도별 응답 시간 목표 플랜마다 다 알려줘")
    titles = by_css(shown[-1], "summary")
    assert titles, "the answer lists its sources"
    assert driver.execute_script(BROKEN_WORDS, titles) == []
    shot(driver, "source-titles-phone")


def test_no_request_leaves_the_machine(app_url, browsers):
    driver = browsers["desktop"]
    driver.get_log("performance")  # drop what earlier tests did
    open_page(driver, f"{app_url}/?who=offline")
    open_page(driver, f"{app_url}/sources?who=offline")
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls and all(u.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")) for u in urls), [
        u for u in urls if "127.0.0.1" not in u
    ]
    icon = driver.execute_script("return document.querySelector('link[rel~=icon]')?.href || ''")
    assert icon.startswith(app_url) or icon.startswith("data:")
    # read every button's text in one call: Streamlit may re-render between a find and a read (stale elements)
    labels = driver.execute_script("return [...document.querySelectorAll('button')].map(b => b.innerText.trim())")
    assert labels and "Deploy" not in labels


def test_phone_sidebar_closes_after_choosing_a_page(app_url, browsers):
    driver = browsers["phone"]
    open_page(driver, f"{app_url}/?who=phone-nav")

    def sidebar_right() -> float:
        return float(
            driver.execute_script(
                "return document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().right"
            )
        )

    click(driver, wait_for(driver, lambda d: next(iter(by_css(d, '[data-testid="stExpandSidebarButton"]')), False)))
    wait_for(driver, lambda d: sidebar_right() > 0)
    link = wait_for(
        driver, lambda d: next((a for a in by_css(d, '[data-testid="stSidebarNavLink"]') if "Sources" in a.text), False)
    )
    link.click()
    wait_for(driver, lambda d: "/sources" in d.current_url and sidebar_right() <= 0)
    assert param(driver, "who") == "phone-nav"
