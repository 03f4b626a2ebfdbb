"""Check the golden question set against the corpus (stdlib, PyYAML and the repo's own readers).

Verifies the JSON shape of every line, unique ids, that every expected substring occurs in some
corpus body, that the substrings reach a passage in the language the `pair` names as the answer's
language, that every expected keyword occurs in a file that also holds one of the item's
substrings, and the minimum counts the set promises. Prints counts by pair and topic. Exit code 1
if anything is wrong.

`pair` is question language -> language of the passages that state the answer. An item whose answer
is stated in both languages is same-language (en->en, ko->ko) and may list substrings from both;
a cross-lingual item (en->ko, ko->en) must not match any passage in the question's own language.

Passages are the repo's own chunks (ingest.loaders + ingest.chunking); when the loader rejects a
file the checker falls back to Markdown sections. `--per-item` prints, for each in-scope item, how
many passages its substrings match and in which languages.

Rows may carry the expected answer (OPTIONAL): `type`, `intent`, `answer_groups` (groups of alternative
words a complete answer contains; required for list and number questions and chain turns, the first group
of a number question being its value), `distractors` (values of sibling entities), `near_miss`, and
`chain`/`turn` for multi-turn conversations. A row with answer_groups may leave expect_substrings empty:
it is judged on its answer only.

    python eval/check_golden.py [--dataset eval/data/golden_test.jsonl ...] [--corpus corpus] [--per-item]
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
# The expected answer, optional so that a row exported from feedback (FIELDS only) stays valid.
OPTIONAL = {
    "type": str,
    "intent": str,
    "answer_groups": list,
    "distractors": list,
    "near_miss": bool,
    "chain": str,
    "turn": int,
    # the question asks what the user's notes say: their words rightly lead the answer
    "notes_asked": bool,
    # a cross-language row's keywords as the corpus says them in the asker's language
    "said_as": dict,
    # who wrote the row and why: persona, register, the expected answer and the corpus section it comes from
    "note": str,
}
TYPES = {"list", "number", "definition", "yesno", "comparison", "howto", "decision"}
INTENTS = {"question", "support_plan", "partner", "transition"}
NEEDS_GROUPS = {"list", "number"}
IN_PAIRS = {"ko->ko", "en->en", "en->ko", "ko->en"}
OUT_PAIRS = {"ko->none", "en->none"}
MINIMUMS = {  # over all files checked together
    "total": 170,
    "ko->ko": 60,
    "en->en": 55,
    "en->ko": 15,
    "ko->en": 12,
    "out_of_scope": 25,
    "with_history": 22,
    "near_miss": 60,
    "near_miss_ko": 25,
    "near_miss_en": 25,
    "chains": 30,
    "chains_ko": 12,
    "chains_en": 12,
}
TEST_MINIMUMS = {"list_number": 40}  # over golden_test.jsonl alone
TOPIC = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BROAD = 3  # a substring found in more passages than this is probably not specific to its answer
MAX_SUBSTRINGS = 4  # enough to reach every passage that states an answer in both languages
CROSS = {"en->ko", "ko->en"}
Passage = tuple[str, str, str]  # (source, lang, text)


def load_corpus(corpus: Path) -> list[tuple[str, str, str]]:
    """(name, lang, body) for each Markdown file; the body is the text after the front matter."""
    if str(ROOT) not in sys.path:  # run as `python eval/check_golden.py`
        sys.path.insert(0, str(ROOT))
    from assistant.front_matter import read_front_matter

    docs = []
    for path in sorted(corpus.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(corpus).parts):
            continue
        meta, body = read_front_matter(path.read_text(encoding="utf-8"))
        docs.append((path.relative_to(corpus).as_posix(), str(meta.get("lang") or ""), body))
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
    except Exception as exc:  # a corpus file the loader rejects
        sections = [
            (name, lang, part)
            for name, lang, body in docs
            for part in re.split(r"(?m)^(?=#{1,6} )", body)
            if part.strip()
        ]
        return sections, f"sections (chunker unavailable: {type(exc).__name__})"


def check_shape(n: int | str, item: object) -> list[str]:
    if not isinstance(item, dict):
        return [f"{n}: not a JSON object"]
    errs = [
        f"{n}: missing or mistyped field {k!r} (want {t.__name__})"
        for k, t in FIELDS.items()
        if not isinstance(item.get(k), t)
    ]
    errs += [
        f"{n}: mistyped field {k!r} (want {t.__name__})"
        for k, t in OPTIONAL.items()
        if k in item and (not isinstance(item[k], t) or isinstance(item[k], bool) is not (t is bool))
    ]
    errs += [f"{n}: unknown field {k!r}" for k in item if k not in FIELDS and k not in OPTIONAL]
    if errs:
        return errs
    where = f"{n} ({item['id']})"
    errs += check_answer(where, item)
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
    if not subs and item.get("answer_groups"):
        pass  # an answer-only row: judged on its answer, left out of the retrieval metrics
    elif not 1 <= len(subs) <= MAX_SUBSTRINGS or not all(isinstance(s, str) and 5 <= len(s) <= 40 for s in subs):
        errs.append(f"{where}: expect_substrings needs 1-{MAX_SUBSTRINGS} strings of 5-40 characters")
    elif len(set(subs)) != len(subs):
        errs.append(f"{where}: expect_substrings repeats a string")
    if not 1 <= len(kws) <= 3 or not all(isinstance(k, str) and k.strip() for k in kws):
        errs.append(f"{where}: expect_keywords needs 1-3 non-empty strings")
    return errs


def check_answer(where: str, item: dict) -> list[str]:
    """The expected-answer fields: known type and intent, well-formed groups, consistent chains."""
    errs = []
    typ, groups = item.get("type"), item.get("answer_groups")
    if typ is not None and typ not in TYPES:
        errs.append(f"{where}: type must be one of {sorted(TYPES)}")
    if item.get("intent") is not None and item["intent"] not in INTENTS:
        errs.append(f"{where}: intent must be one of {sorted(INTENTS)}")
    if groups is not None and not (
        groups and all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g) for g in groups)
    ):
        errs.append(f"{where}: answer_groups must be a non-empty list of non-empty lists of words")
    if typ in NEEDS_GROUPS and not item["out_of_scope"] and not groups:
        errs.append(f"{where}: a {typ} question needs answer_groups")
    if item.get("chain") and not item["out_of_scope"] and not groups:
        errs.append(f"{where}: a chain turn needs answer_groups (each turn is judged on its own answer)")
    if item["out_of_scope"] and (groups or item.get("distractors")):
        errs.append(f"{where}: out-of-scope items take no answer_groups or distractors")
    if item.get("near_miss") and not item["out_of_scope"]:
        errs.append(f"{where}: near_miss needs out_of_scope")
    distractors = item.get("distractors") or []
    if not all(isinstance(d, str) and d.strip() for d in distractors):
        errs.append(f"{where}: distractors must be non-empty strings")
    elif distractors and (typ != "number" or not groups):
        errs.append(f"{where}: distractors belong to number questions with answer_groups")
    elif groups and set(distractors) & set(groups[0]):
        errs.append(f"{where}: a distractor is also an alternative of the value group")
    if ("chain" in item) != ("turn" in item):
        errs.append(f"{where}: chain and turn go together")
    elif "turn" in item and (item["turn"] < 1 or len(item["history"]) != item["turn"] - 1):
        errs.append(f"{where}: turn {item['turn']} needs {item['turn'] - 1} history entries")
    return errs


def check_chains(items: list[dict]) -> list[str]:
    """Each chain's turns are 1..n in order, in one file, each turn's history being the questions before it."""
    errs = []
    chains: dict[str, list[dict]] = {}
    for item in items:
        if item.get("chain"):
            chains.setdefault(item["chain"], []).append(item)
    for cid, turns in chains.items():
        if [t["turn"] for t in turns] != list(range(1, len(turns) + 1)):
            errs.append(f"{cid}: turns must be 1..n in file order")
        elif any(t["history"] != [p["question"] for p in turns[: t["turn"] - 1]] for t in turns):
            errs.append(f"{cid}: a turn's history must be the chain's earlier questions")
        if not 2 <= len(turns) <= 4:
            errs.append(f"{cid}: a chain has 2-4 turns, not {len(turns)}")
        if len({t["_file"] for t in turns}) > 1:
            errs.append(f"{cid}: a chain must not straddle the dev/test split")
    return errs


def group_warnings(item: dict, docs: list[tuple[str, str, str]]) -> list[str]:
    """An answer group none of whose words is in the corpus cannot be answered completely from it."""
    bodies = [body for _, _, body in docs]
    return [
        f"{item['id']}: no word of answer group {g} is in the corpus"
        for g in item.get("answer_groups") or []
        if not any(a in body for a in g for body in bodies)
    ]


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
    errs += _said_as_errors(item, docs)
    return errs, warns, sorted(matched)


def _said_as_errors(item: dict, docs: list[tuple[str, str, str]]) -> list[str]:
    """`said_as` (cross-language rows only): each keyword as the corpus says it in the asker's language, which is
    the answer's; every form must occur in a corpus file of that language."""
    said = item.get("said_as")
    if said is None:
        return []
    iid, lang = item["id"], item["lang"]
    if item["pair"] not in CROSS:
        return [f"{iid}: said_as is for cross-language rows only"]
    if not isinstance(said, dict) or set(said) - set(item["expect_keywords"]):
        return [f"{iid}: said_as maps expect_keywords to lists of forms"]
    errs = []
    for k, forms in said.items():
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            errs.append(f"{iid}: said_as[{k!r}] needs a non-empty list of strings")
            continue
        errs += [
            f"{iid}: said_as form {f!r} is in no {lang} corpus file"
            for f in forms
            if not any(f.casefold() in body.casefold() for _, dlang, body in docs if dlang == lang)
        ]
    return errs


def read_items(paths: list[Path]) -> tuple[list[tuple[str, object]], list[str]]:
    """(where, parsed line) for every non-blank line of the files, and the JSON errors."""
    lines, errors = [], []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                lines.append((where, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc.msg})")
    return lines, errors


def count(items: list[dict]) -> dict[str, int]:
    """The quantities the set promises (MINIMUMS, TEST_MINIMUMS)."""
    chains = {(i["chain"], i["lang"]) for i in items if i.get("chain")}
    near = [i for i in items if i.get("near_miss")]
    return {
        **Counter(i["pair"] for i in items),
        "total": len(items),
        "out_of_scope": sum(i["out_of_scope"] for i in items),
        "with_history": sum(bool(i["history"]) for i in items),
        "near_miss": len(near),
        "near_miss_ko": sum(i["lang"] == "ko" for i in near),
        "near_miss_en": sum(i["lang"] == "en" for i in near),
        "chains": len(chains),
        "chains_ko": sum(lang == "ko" for _, lang in chains),
        "chains_en": sum(lang == "en" for _, lang in chains),
        "list_number": sum(i.get("type") in NEEDS_GROUPS and not i["out_of_scope"] for i in items),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--dataset",
        type=Path,
        action="append",
        help="a JSONL file (repeatable); default: the dev and test files, whose union must meet the minimums",
    )
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--per-item", action="store_true", help="print passage matches for every in-scope item")
    args = ap.parse_args(argv)
    paths = args.dataset or [ROOT / "eval/data/golden_dev.jsonl", ROOT / "eval/data/golden_test.jsonl"]

    docs = load_corpus(args.corpus)
    if not docs:
        print(f"error: no Markdown files under {args.corpus}", file=sys.stderr)
        return 1
    passages, unit = load_passages(args.corpus, docs)
    reports: list[str] = []
    warnings: list[str] = []
    items: list[dict] = []
    ids: Counter[str] = Counter()
    lines, errors = read_items(paths)
    for where, item in lines:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            ids[item["id"]] += 1
        shape = check_shape(where, item)
        errors += shape
        if shape:
            continue
        assert isinstance(item, dict)
        items.append({**item, "_file": where.split(":")[0]})
        warnings += group_warnings(item, docs)
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
    errors += check_chains(items)

    counts = count(items)
    names = {p.name for p in paths}
    if {"golden_dev.jsonl", "golden_test.jsonl"} <= names:
        errors += [f"too few {k}: {counts.get(k, 0)} < {m}" for k, m in MINIMUMS.items() if counts.get(k, 0) < m]
    if "golden_test.jsonl" in names:
        test = count([i for i in items if i["_file"] == "golden_test.jsonl"])
        errors += [f"too few {k} in test: {test[k]} < {m}" for k, m in TEST_MINIMUMS.items() if test[k] < m]

    if args.per_item:
        print(f"passage matches ({unit}):")
        for line in reports:
            print("  " + line)
    print(f"{len(items)} items, {counts['with_history']} with history, {counts['out_of_scope']} out of scope")
    print(
        f"{counts['near_miss']} near-miss, {counts['chains']} chains, "
        f"{counts['list_number']} list/number questions; files: {', '.join(sorted(names))}"
    )
    print(f"passages: {len(passages)} {unit}")
    pairs = Counter(i["pair"] for i in items)
    print("by pair:  " + ", ".join(f"{p} {c}" for p, c in sorted(pairs.items())))
    print("by type:  " + ", ".join(f"{t} {c}" for t, c in sorted(Counter(i.get("type", "?") for i in items).items())))
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
