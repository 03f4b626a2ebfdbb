"""Cold-ingest speed for your own documents: a 100-page PDF printed by headless Chromium from the corpus's
own text, converted, chunked and embedded with both models into a new store with an empty embedding cache.

    PYTHONPATH=. python -m eval.ingest_speed [--pages 100] [--use-threads 1 2] [--json]

Reports conversion time, chunks, and chunks/s with and without model loading, wall and CPU time per chunk
(CPU time stays meaningful on a busy machine, where wall time does not), and the load average. Each
`--use-threads` value is a separate cold run, so before/after compare on the same PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from eval import doc_samples

ROOT = Path(__file__).resolve().parents[1]


def corpus_pages(n: int) -> list[str]:
    """`n` printable pages of real corpus prose (English and Korean summaries), a heading on each."""
    paragraphs: list[tuple[str, str]] = []
    for path in sorted((ROOT / "corpus" / "summaries").rglob("*.md")):
        heading = path.stem
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if block.startswith("#"):
                heading = block.lstrip("# ").split("\n")[0]
            elif block and not block.startswith(("---", "|", "title:")) and len(block) > 80:
                paragraphs.append((heading, re.sub(r"[*_`]", "", block)))
    pages, i = [], 0
    for p in range(n):
        heading = paragraphs[i % len(paragraphs)][0]
        body = []
        for _ in range(4):
            body.append(f"<p>{paragraphs[i % len(paragraphs)][1]}</p>")
            i += 1
        pages.append(f"<h2>{p + 1}. {heading}</h2>{''.join(body)}")
    return pages


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run(pdf: Path, use_threads: int) -> dict[str, Any]:
    """One cold ingest of a corpus holding only `pdf`, with USE's BLAS threads set to `use_threads`."""
    import ingest.run as run_module
    from assistant.retrieval import embedder
    from assistant.settings import load_settings
    from ingest.convert import convert
    from ingest.run import ingest

    embedder.USE_INGEST_THREADS = use_threads
    run_module.USE_INGEST_THREADS = use_threads
    t0, c0 = time.perf_counter(), cpu_s()
    pages = convert(pdf, 10_000).pages
    convert_s, convert_cpu = time.perf_counter() - t0, cpu_s() - c0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / pdf.name).write_bytes(pdf.read_bytes())
        settings = load_settings(store=Path(tmp) / "state" / "store", corpus=corpus)
        loads: dict[str, float] = {}
        spaces = embedder.make_spaces(
            settings.embeddings, settings.threads, settings.state_dir / "models", use_threads=use_threads
        )
        for s in spaces:  # model load, timed apart on the same kind of instance (the .npz cache is warmed too)
            t = time.perf_counter()
            s.encode(["warm up"])
            loads[s.name] = round(time.perf_counter() - t, 2)
        c0 = cpu_s()
        report = ingest(settings)
        cpu = cpu_s() - c0
    chunks = report.chunks_added
    work = report.seconds - sum(loads.values()) - convert_s
    return {
        "use_blas_threads": use_threads,
        "pages": pages,
        "chunks": chunks,
        "convert_s": round(convert_s, 2),
        "convert_cpu_s": round(convert_cpu, 2),
        "ingest_s": round(report.seconds, 2),
        "model_load_s": loads,
        "chunks_per_s": round(chunks / work, 2) if work > 0 else None,
        "chunks_per_s_with_convert_and_load": round(chunks / report.seconds, 2),
        "cpu_ms_per_chunk": round(1000 * (cpu - convert_cpu) / chunks, 1) if chunks else None,
        "errors": report.errors,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--use-threads", type=int, nargs="+", default=[1])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from assistant.quiet import quiet_third_parties

    quiet_third_parties()
    with tempfile.TemporaryDirectory() as tmp:
        page = doc_samples.html_page("Speed test", corpus_pages(args.pages))
        pdf = doc_samples.print_pdf(page, Path(tmp) / "speed.pdf")
        results = [run(pdf, n) for n in args.use_threads]
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    for r in results:
        print(
            f"USE BLAS threads {r['use_blas_threads']}: {r['pages']} pages -> {r['chunks']} chunks; convert "
            f"{r['convert_s']} s; {r['chunks_per_s']} chunks/s embedding+writing "
            f"({r['chunks_per_s_with_convert_and_load']} with conversion and model load); "
            f"{r['cpu_ms_per_chunk']} ms CPU per chunk; load average {r['loadavg']}"
        )


if __name__ == "__main__":
    main()
