"""deploy/: every file parses, every command in it runs with its real options plus `--help`, every WA_*
variable it sets is one the program reads, and its ports and paths agree with each other."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.settings import Settings
from eval.servers import chroma_cli
from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def known_variables() -> set[str]:
    from assistant.server.config import ServerSettings

    fields = set(Settings.model_fields) | set(ServerSettings.model_fields)
    return {f"WA_{f.upper()}" for f in fields}


def local_argv(argv: list[str]) -> list[str]:
    """The command as this checkout runs it: the venv's executables, the CLI from the source tree."""
    exe = Path(argv[0]).name
    if exe == "wa-assistant":
        return [sys.executable, "-m", "assistant.cli", *argv[1:]]
    if exe == "chroma":
        found = chroma_cli()
        assert found, "the chroma CLI is missing"
        return [found, *argv[1:]]
    local = BIN / exe
    return [str(local) if local.exists() else exe, *argv[1:]]


def runs_with_help(argv: list[str]) -> None:
    """The real options followed by --help: an unknown option or subcommand fails; --help exits 0."""
    r = subprocess.run([*local_argv(argv), "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, f"{shlex.join(argv)} --help: {r.stderr[-800:]}"
    assert "Usage" in r.stdout or "usage" in r.stdout


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_compose_services_and_their_commands():
    services = compose()["services"]
    assert set(services) == {"chroma", "ingest", "api", "ui"}
    for name, svc in services.items():
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile", name
        runs_with_help(svc["command"])
        for var in svc["environment"]:
            if var.startswith("WA_"):
                assert var in known_variables(), f"{name}: {var} is read by nothing"
    api = services["api"]
    assert api["ports"] == ["127.0.0.1:8080:8080"] and "/readyz" in " ".join(api["healthcheck"]["test"])
    assert "/api/v2/heartbeat" in " ".join(services["chroma"]["healthcheck"]["test"])
    assert services["chroma"]["command"][-1] == api["environment"]["WA_CHROMA_PORT"]


def test_dockerfile_copies_what_exists_and_runs_serve():
    text = (DEPLOY / "Dockerfile").read_text()
    for line in text.splitlines():
        if line.startswith("COPY "):
            for src in line.split()[1:-1]:
                assert (ROOT / src).exists(), src
    cmd = re.search(r"^CMD (\[.*\])$", text, re.MULTILINE)
    assert cmd
    runs_with_help(yaml.safe_load(cmd.group(1)))
    assert 'pip install --no-cache-dir ".[serve]"' in text


def unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as {section: {key: [values]}}; keys may repeat."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        assert current is not None and value, f"{path.name}: {raw!r}"
        current.setdefault(key, []).append(value)
    return sections


@pytest.mark.parametrize("name", ["wa-assistant.service", "chroma.service"])
def test_systemd_units(name, tmp_path):
    u = unit(DEPLOY / name)
    assert set(u) == {"Unit", "Service", "Install"}
    for key in ("ExecStartPre", "ExecStart"):
        for command in u["Service"].get(key, []):
            runs_with_help(shlex.split(command))
    for env in u["Service"].get("Environment", []):
        for var in re.findall(r"\b(WA_\w+)=", env):
            assert var in known_variables(), var
    if shutil.which("systemd-analyze"):  # the real parser, with this checkout's paths
        text = (DEPLOY / name).read_text().replace("/opt/wa-assistant/.venv/bin/", f"{BIN}/")
        local = tmp_path / name
        local.write_text(text.replace("/opt/wa-assistant", str(ROOT)))
        r = subprocess.run(["systemd-analyze", "verify", str(local)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and not r.stderr.strip(), r.stderr


def test_env_example_names_only_real_variables():
    for line in (DEPLOY / "env.example").read_text().splitlines():
        if m := re.match(r"#?(WA_\w+)=", line):
            assert m.group(1) in known_variables(), line


def test_nginx_example_points_at_the_services():
    """nginx is not installed here, so this checks structure: balanced blocks, upstream ports, body limit."""
    text = (DEPLOY / "nginx.conf").read_text()
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert code.count("{") == code.count("}")
    assert all(s.strip().endswith((";", "{", "}")) for s in code.splitlines() if s.strip())
    ports = set(re.findall(r"proxy_pass http://127\.0\.0\.1:(\d+);", code))
    assert ports == {"8080", "8501"}
    assert "proxy_buffering off;" in code  # SSE must not be buffered
    from assistant.server.config import ServerSettings

    limit_kb = int(re.search(r"client_max_body_size (\d+)k;", code).group(1))
    assert limit_kb * 1024 <= ServerSettings().max_body_bytes
