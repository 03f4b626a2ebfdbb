"""The real app in a real browser: `streamlit run ui/app.py`, driven by headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
KO_QUESTION = "비즈니스 플랜에서 프로덕션 다운 시 응답 시간은?"

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


@pytest.fixture
def app_url(corpus_settings, tmp_path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "WA_STORE": str(corpus_settings.store),
        "WA_CORPUS": str(CORPUS),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true"]
    cmd += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    log = tmp_path / "streamlit.log"
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert "Traceback" not in log.read_text(), log.read_text()


@pytest.fixture
def browser(monkeypatch):
    webdriver = pytest.importorskip("selenium.webdriver", reason='install the dev extra: pip install -e ".[dev]"')
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for drivers online
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
        "--window-size=1400,1600",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_korean_question_in_the_browser(app_url, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 90)
    browser.get(app_url)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]')))
    box.send_keys(KO_QUESTION)
    box.send_keys(Keys.ENTER)

    def answered(driver):
        messages = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')
        expanders = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stExpander"]')
        return expanders if len(messages) >= 2 and expanders and "1시간" in messages[1].text else False

    expanders = wait.until(answered)
    messages = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')
    assert KO_QUESTION in messages[0].text
    assert "[1]" in messages[1].text and "출처" in messages[1].text
    assert "[1] " in expanders[0].text  # the label (after the chevron icon's ligature text)
    assert not browser.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]')

    time.sleep(1)  # let the typewriter effect finish
    browser.execute_script("arguments[0].scrollIntoView()", messages[0])
    shots = [tmp_path / "chat-answer.png", tmp_path / "chat-citation.png"]
    browser.save_screenshot(str(shots[0]))
    expanders[0].find_element(By.TAG_NAME, "summary").click()  # show the cited passage and its file
    wait.until(lambda d: "corpus/summaries/" in expanders[0].text)
    time.sleep(0.5)  # the expander's animation
    browser.execute_script("arguments[0].scrollIntoView()", expanders[0])
    browser.save_screenshot(str(shots[1]))
    for shot in shots:
        assert shot.stat().st_size > 10_000
        print(f"screenshot: {shot}")
