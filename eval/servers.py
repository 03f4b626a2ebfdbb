"""Real servers on free loopback ports for the load bench and the tests: `chroma run` and `wa-assistant serve`.

The `chroma` CLI ships with chromadb in the venv. Its data persists in `path`, so a restart serves the
same collections, as an operator restarting the service would see.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def chroma_cli() -> str | None:
    """The venv's `chroma` executable (beside this Python), else one on PATH."""
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.exists() else shutil.which("chroma")


def wait_until(ready: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        if ready():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer within {timeout:.0f} s")


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=15)


class ChromaServer:
    def __init__(self, path: Path, port: int | None = None):
        self.path, self.port = path, port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = path.parent / f"chroma-{self.port}.log"

    @property
    def env(self) -> dict[str, str]:
        """The settings that point wa-assistant at this server."""
        return {"WA_CHROMA_HOST": HOST, "WA_CHROMA_PORT": str(self.port)}

    def start(self, timeout: float = 60) -> ChromaServer:
        exe = chroma_cli()
        if exe is None:
            raise RuntimeError("the `chroma` CLI is missing: pip install chromadb")
        self.path.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [exe, "run", "--path", str(self.path), "--host", HOST, "--port", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        try:
            wait_until(self.alive, self.proc, self.log, f"chroma run on {HOST}:{self.port}", timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def alive(self) -> bool:
        return http_ok(f"http://{HOST}:{self.port}/api/v2/heartbeat")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and wait until the port refuses connections."""
        if self.proc is None:
            return
        stop_process(self.proc)
        self.proc = None
        while self.alive():
            time.sleep(0.1)


class ServeProcess:
    """`wa-assistant serve` in a subprocess on a free loopback port, run from this checkout."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 1):
        self.env, self.log, self.workers = env, log, workers
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 300) -> ServeProcess:
        root = Path(__file__).resolve().parents[1]
        argv = [sys.executable, "-m", "assistant.cli", "serve", "--host", HOST, "--port", str(self.port)]
        argv += ["--workers", str(self.workers), "--log-level", "warning"]
        env = {**os.environ, "PYTHONPATH": str(root), **self.env}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(argv, cwd=root, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            wait_until(lambda: http_ok(self.url + "/readyz"), self.proc, self.log, f"serve on {self.url}", timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def rss_mb(self) -> dict[str, float]:
        """Current and peak resident memory of the server process and its workers."""
        return process_rss_mb(self.proc.pid) if self.proc else {}

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self.proc = None


def process_rss_mb(pid: int) -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process and its children, from /proc."""
    total = {"rss_mb": 0.0, "peak_rss_mb": 0.0}
    for one in [pid, *_children(pid)]:
        try:
            status = Path(f"/proc/{one}/status").read_text()
        except OSError:
            continue
        for key, field in (("VmRSS", "rss_mb"), ("VmHWM", "peak_rss_mb")):
            if m := re.search(rf"^{key}:\s+(\d+) kB", status, re.MULTILINE):
                total[field] += int(m.group(1)) / 1024
    return {k: round(v, 1) for k, v in total.items()}


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(p) for p in text.split()]
    return kids + [g for k in kids for g in _children(k)]
