"""A real `chroma run` server on a free loopback port, which a test can stop and start again.

The `chroma` CLI ships with chromadb in the venv. Data persists in `path`, so a restart serves the same
collections, as an operator restarting the service would see.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
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
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            if self.alive():
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma run did not answer on {HOST}:{self.port} within {timeout:.0f} s")

    def alive(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{self.port}/api/v2/heartbeat", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and wait until the port refuses connections."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)
        self.proc = None
        while self.alive():
            time.sleep(0.1)
