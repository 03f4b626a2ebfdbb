"""Check the golden question set against the corpus (stdlib only).

Verifies the JSON shape of every line, unique ids, that every expected substring occurs in some
corpus body, that the substrings reach a passage in the language the `pair` names as the answer's
language, that every expected keyword occurs in a file that also holds one of the item's
substrings, and the minimum counts the set promises. Prints counts by pair and topic. Exit code 1
if anything is wrong.

`pair` is question language -> language of the passages that state the answer. An item whose answer
is stated in both languages is same-language (en->en, ko->ko) and may list substrings from both;
a cross-lingual item (en->ko, ko->en) must not match any passage in the question's own language.

Passages are the repo's own chunks (ingest.loaders + ingest.chunking, which need PyYAML); without
them the checker falls back to Markdown sections. `--per-item` prints, for each in-scope item, how
many passages its substrings match and in which languages.

    python eval/check_golden.py [--dataset eval/data/golden.jsonl] [--corpus corpus] [--per-item]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {
    "id": str,
    "question": str,
    "lang": str,
    "pair": str,
    "topic": str,
    "expect_substrings": list,
    "expect_keywords": list,
    "out_of_scope": bool,
    "history": list,
}
IN_PAIRS = {"ko->ko", "en->en", "en->ko", "ko->en"}
OUT_PAIRS = {"ko->none", "en->none"}
MINIMUMS = {
    "total": 170,
    "ko->ko": 60,
    "en->en": 55,
    "en->ko": 15,
    "ko->en": 12,
    "out_of_scope": 25,
    "with_history": 22,
}
TOPIC = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BROAD = 3  # a substring found in more passages than this is probably not specific to its answer
MAX_SUBSTRINGS = 4  # enough to reach every passage that states an answer in both languages
CROSS = {"en->ko", "ko->en"}
Passage = tuple[str, str, str]  # (source, lang, text)


def load_corpus(corpus: Path) -> list[tuple[str, str, str]]:
    """(name, lang, body) for each Markdown file; the body is the text after the front matter."""
    docs = []
    for path in sorted(corpus.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(corpus).parts):
            continue
        text = path.read_text(encoding="utf-8").lstrip("\ufeff")
        lang, body = "", text
        if text.startswith("---"):
            head, sep, rest = text[3:].partition("\n---")
            if sep:
                m = re.search(r"^lang:\s*(\w+)", head, re.MULTILINE)
                lang = m.group(1) if m else ""
                body = rest.split("\n", 1)[1] if "\n" in rest else ""
        docs.append((path.relative_to(corpus).as_posix(), lang, body))
    return docs


def load_passages(corpus: Path, docs: list[tuple[str, str, str]]) -> tuple[list[Passage], str]:
    """The passages retrieval works on: the repo's chunks, or Markdown sections as a fallback."""
    try:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from ingest.chunking import chunk_document
        from ingest.loaders import find_files, load_document

        chunks = [
            (c.source, c.lang, c.text)
            for path in find_files(corpus)
            for c in chunk_document(load_document(path, corpus))
        ]
        return chunks, "chunks"
    except Exception as exc:  # no PyYAML, or a corpus file the loader rejects
        sections = [
            (name, lang, part)
            for name, lang, body in docs
            for part in re.split(r"(?m)^(?=#{1,6} )", body)
            if part.strip()
        ]
        return sections, f"sections (chunker unavailable: {type(exc).__name__})"


def check_shape(n: int, item: object) -> list[str]:
    if not isinstance(item, dict):
        return [f"line {n}: not a JSON object"]
    errs = [
        f"line {n}: missing or mistyped field {k!r} (want {t.__name__})"
        for k, t in FIELDS.items()
        if not isinstance(item.get(k), t)
    ]
    errs += [f"line {n}: unknown field {k!r}" for k in item if k not in FIELDS]
    if errs:
        return errs
    where = f"line {n} ({item['id']})"
    if item["lang"] not in ("ko", "en"):
        errs.append(f"{where}: lang must be ko or en")
    if not item["question"].strip():
        errs.append(f"{where}: empty question")
    if not item["pair"].startswith(f"{item['lang']}->"):
        errs.append(f"{where}: pair {item['pair']!r} does not start with lang {item['lang']!r}")
    if not TOPIC.match(item["topic"]):
        errs.append(f"{where}: topic {item['topic']!r} is not a slug")
    if not all(isinstance(h, str) and h.strip() for h in item["history"]):
        errs.append(f"{where}: history must be a list of non-empty question strings")
    subs, kws = item["expect_substrings"], item["expect_keywords"]
    if item["out_of_scope"]:
        if item["pair"] not in OUT_PAIRS:
            errs.append(f"{where}: out-of-scope pair must be one of {sorted(OUT_PAIRS)}")
        if subs or kws:
            errs.append(f"{where}: out-of-scope items take empty expect lists")
        return errs
    if item["pair"] not in IN_PAIRS:
        errs.append(f"{where}: pair must be one of {sorted(IN_PAIRS)}")
    if not 1 <= len(subs) <= MAX_SUBSTRINGS or not all(isinstance(s, str) and 5 <= len(s) <= 40 for s in subs):
        errs.append(f"{where}: expect_substrings needs 1-{MAX_SUBSTRINGS} strings of 5-40 characters")
    elif len(set(subs)) != len(subs):
        errs.append(f"{where}: expect_substrings repeats a string")
    if not 1 <= len(kws) <= 3 or not all(isinstance(k, str) and k.strip() for k in kws):
        errs.append(f"{where}: expect_keywords needs 1-3 non-empty strings")
    return errs


def check_corpus(
    item: dict, docs: list[tuple[str, str, str]], passages: list[Passage]
) -> tuple[list[str], list[str], list[int]]:
    """Errors, warnings and matched passage indexes for an in-scope item's expectations."""
    errs, warns = [], []
    iid, lang, pair = item["id"], item["lang"], item["pair"]
    target = pair.split("->")[1]
    holding: set[str] = set()
    matched: set[int] = set()
    for s in item["expect_substrings"]:
        found = [(name, dlang) for name, dlang, body in docs if s in body]
        if not found:
            errs.append(f"{iid}: substring not in any corpus file: {s!r}")
            continue
        holding |= {name for name, _ in found}
        hits = [n for n, (_, _, text) in enumerate(passages) if s in text]
        if not hits:
            errs.append(f"{iid}: substring {s!r} is in a file but in no single passage (split across chunks?)")
        if len(hits) > BROAD:
            warns.append(f"{iid}: substring {s!r} is in {len(hits)} passages; is it specific?")
        matched.update(hits)
    langs = {passages[n][1] for n in matched}
    if matched and target not in langs:
        errs.append(f"{iid}: pair {pair} but no substring matches a {target} passage")
    if pair in CROSS and lang in langs:
        same = sorted({passages[n][0] for n in matched if passages[n][1] == lang})
        errs.append(
            f"{iid}: cross-lingual {pair} item also matches {lang} passages ({', '.join(same)}); "
            f"if they state the answer, relabel it {lang}->{lang}"
        )
    for k in item["expect_keywords"]:
        if not any(k in body for _, _, body in docs):
            errs.append(f"{iid}: keyword not in any corpus file: {k!r}")
        elif holding and not any(k in body for name, _, body in docs if name in holding):
            errs.append(f"{iid}: keyword {k!r} is not in the files holding the substrings")
    return errs, warns, sorted(matched)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=ROOT / "eval/data/golden.jsonl")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--per-item", action="store_true", help="print passage matches for every in-scope item")
    args = ap.parse_args(argv)

    docs = load_corpus(args.corpus)
    if not docs:
        print(f"error: no Markdown files under {args.corpus}", file=sys.stderr)
        return 1
    passages, unit = load_passages(args.corpus, docs)
    errors: list[str] = []
    reports: list[str] = []
    warnings: list[str] = []
    items: list[dict] = []
    ids: Counter[str] = Counter()
    for n, line in enumerate(args.dataset.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc.msg})")
            continue
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            ids[item["id"]] += 1
        shape = check_shape(n, item)
        errors += shape
        if shape:
            continue
        items.append(item)
        if not item["out_of_scope"]:
            errs, warns, matched = check_corpus(item, docs, passages)
            errors += errs
            warnings += warns
            by_lang = Counter(passages[i][1] for i in matched)
            reports.append(
                f"{item['id']:<11} {item['pair']:<7} {len(matched):>2} passages "
                f"({', '.join(f'{lang} {c}' for lang, c in sorted(by_lang.items())) or 'none'}): "
                + " ".join(
                    sorted(
                        {passages[i][0].rsplit("/", 2)[-2] + "/" + passages[i][0].rsplit("/", 1)[-1] for i in matched}
                    )
                )
            )
    errors += [f"duplicate id {i!r} ({c} times)" for i, c in ids.items() if c > 1]

    pairs = Counter(i["pair"] for i in items)
    counts = {
        **pairs,
        "total": len(items),
        "out_of_scope": sum(i["out_of_scope"] for i in items),
        "with_history": sum(bool(i["history"]) for i in items),
    }
    errors += [f"too few {k}: {counts.get(k, 0)} < {m}" for k, m in MINIMUMS.items() if counts.get(k, 0) < m]

    if args.per_item:
        print(f"passage matches ({unit}):")
        for line in reports:
            print("  " + line)
    print(f"{len(items)} items, {counts['with_history']} with history, {counts['out_of_scope']} out of scope")
    print(f"passages: {len(passages)} {unit}")
    print("by pair:  " + ", ".join(f"{p} {c}" for p, c in sorted(pairs.items())))
    topics = Counter(i["topic"] for i in items)
    print("by topic: " + ", ".join(f"{t} {c}" for t, c in sorted(topics.items())))
    for msg in warnings:
        print(f"warning: {msg}")
    for msg in errors:
        print(f"error: {msg}", file=sys.stderr)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
