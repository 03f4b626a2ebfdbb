"""A real OpenAI-compatible chat endpoint on loopback, standing in for a hosted LLM."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def reply_from_passages(prompt: str, mode: str) -> str:
    """Echo the first sentence of passage [1] with its citation, as a well-behaved model would."""
    if mode == "no_answer":
        return "NO_ANSWER"
    if mode == "uncited":
        return "Trust me, it is fine."
    if mode.startswith("text:"):  # a fixed reply, e.g. a confident claim its passage does not make
        return mode[len("text:") :]
    m = re.search(r"\[1\] \([^)]*\)\n(.+?[.!?다])(\s|$)", prompt, re.S)
    sentence = m.group(1).strip() if m else "?"
    return f"{sentence} [1] Also see [9]."


@contextmanager
def fake_llm(mode: str = "cite") -> Iterator[dict]:
    state = {"requests": [], "mode": mode}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state["requests"].append(body)
            if state["mode"] == "error":
                self.send_response(500)
                self.end_headers()
                self.wfile.write(b'{"error": {"message": "boom"}}')
                return
            if state["mode"] == "echo_headers":  # a careless endpoint that echoes the request headers
                echoed = json.dumps({"error": {"message": f"bad request, headers: {dict(self.headers)}"}}).encode()
                self.send_response(400)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(echoed)
                return
            prompt = body["messages"][-1]["content"]
            content = reply_from_passages(prompt, state["mode"])
            if body.get("stream"):
                self._stream(content, body.get("model", "fake"))
                return
            payload = {
                "id": "fake-1",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "fake"),
                "choices": [
                    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, content: str, model: str) -> None:
            """Server-sent events, a few characters at a time, as OpenAI's streaming API sends them."""
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            pieces = [content[i : i + 8] for i in range(0, len(content), 8)]
            for n, piece in enumerate(pieces):
                delta = {"role": "assistant", "content": piece} if n == 0 else {"content": piece}
                chunk = {
                    "id": "fake-1",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            done = {
                "id": "fake-1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
            self.wfile.flush()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{server.server_port}/v1"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
