"""One canonical id per entity, found in text however it is spelt.

Names come from corpus/catalog: glossary terms (en, ko, aliases), support plans (name) and aliases.yaml (the
spellings people type: Hangul transliterations, misspellings, abbreviations). Latin names match as whole words,
ignoring case, spaces and hyphens ("on-ramp" = "onramp"); Hangul names match inside words, because Korean
attaches particles to nouns ("온램프는"). A name written "=MAP" matches only in that exact case; one written
"~business" is weak (an everyday word that names the entity only in context: the reader decides). Where names
overlap, the longest match wins ("설계 원칙" before "원칙").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import get_args

import yaml

from assistant import yaml_text
from assistant.errors import CorpusError
from assistant.knowledge.cache import corpus_cached
from assistant.knowledge.catalog import PillarId
from assistant.knowledge.words import KNOWN_WORD, slips, zipf

PILLARS = get_args(PillarId)
SEVERITIES = {
    "general-guidance": "general_guidance",
    "system-impaired": "system_impaired",
    "production-system-impaired": "production_impaired",
    "production-system-down": "production_down",
    "business-critical-system-down": "business_critical_down",
}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PILLAR_WORDS_EN = ("pillar", "pilar", "pillars")
_PILLAR_WORDS_KO = ("원칙", "필라", "필러", "기둥")
_PLUS = re.compile(r"\s?(?:\+|plus\b)", re.IGNORECASE)
_FUZZY_WORD = re.compile(r"[A-Za-z]{5,}|[\uac00-\ud7a3]{4,}")
_LATIN = re.compile(r"[a-z0-9+]+")


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # pillar | plan | severity | term | service | program | provider
    en: str
    ko: str
    # the Korean summaries write it by its English name only ("Infrastructure Event Management", never "인프라
    # 이벤트 관리"): a Korean question that types it otherwise ("IEM") searches for that name too
    english_in_korean: bool = False
    korean_spellings: frozenset[str] = frozenset()  # its names (casefolded) that the Korean summaries use
    # every plain name it goes by ("다중 AZ" beside "다중 AZ 배포"): a sentence naming it by any of them names it
    spellings: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int
    end: int
    text: str
    weak: bool = False

    @property
    def names(self) -> list[str]:
        """The name as typed, then the entity's English and Korean names (those it has)."""
        return [n for n in (self.text, self.entity.en, self.entity.ko) if n]

    @property
    def every_name(self) -> list[str]:
        """`names`, then every other plain name of the entity: a sentence saying "다중 AZ" names the "멀티AZ" typed."""
        return [*self.names, *sorted(self.entity.spellings)]


@dataclass
class AliasTable:
    entities: dict[str, Entity]
    names: dict[str, list[tuple[str, str]]]  # entity id -> (name, mode: "" | "exact" | "weak")
    question_areas: dict[str, str] = field(default_factory=dict)  # "REL12" -> its best-practice area's entity id
    # support plan id -> (its cost rank, the line-ups it is in): "the plan above it" is the next one up its line-up
    ladder: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    successors: dict[str, str] = field(default_factory=dict)  # a retiring plan's id -> the id of the plan after it

    def __post_init__(self) -> None:
        self._areas: dict[str, list[Entity]] | None = None
        pairs = [(name, mode, eid) for eid, ns in self.names.items() for name, mode in ns]
        # longest first; a name for a whole class ("support plan") yields to a member's name it overlaps
        # ("dev support" in "dev support plan price")
        pairs.sort(key=lambda p: (self.entities[p[2]].kind == "class", -len(p[0])))
        # Each name's first part must appear in a text for the name to match: a substring test skips most of
        # the thousand patterns before any regex runs.
        self._patterns = [
            (_pattern(name, mode == "exact"), mode == "weak", eid, _first_part(name)) for name, mode, eid in pairs
        ]
        self._single = {  # one-word names long enough to recognise with a slip in them
            name.casefold(): (eid, mode)
            for name, mode, eid in pairs
            if mode != "exact" and " " not in name and len(name) >= (4 if _HANGUL.search(name) else 5)
        }
        self._hangul_multi = {  # Hangul names of several words, compared with spaces removed
            re.sub(r"\s+", "", name): (eid, mode)
            for name, mode, eid in pairs
            if mode == "" and " " in name.strip() and _HANGUL.search(name) and len(re.sub(r"\s+", "", name)) >= 5
        }
        # Within one slip, a run and a name share a letter among their first two (the slip takes at most one of
        # them, or shifts them by one): only the names sharing one are compared, in the table's order.
        self._hangul_heads: dict[str, list[str]] = {}
        for name in self._hangul_multi:
            for head in dict.fromkeys(name[:2]):
                self._hangul_heads.setdefault(head, []).append(name)
        self._hangul_order = {name: i for i, name in enumerate(self._hangul_multi)}
        # a run of words within one slip of such a name holds at least this many Hangul syllables
        self._hangul_least = min((len(_HANGUL.findall(n)) for n in self._hangul_multi), default=1) - 1
        self._pairs = {
            name.casefold(): (eid, mode)
            for name, mode, eid in pairs
            if mode != "exact" and name.isascii() and name.count(" ") == 1 and len(name) >= 10
        }

    def areas_named(self, entity: Entity) -> list[Entity]:
        """Best-practice areas whose English or Korean name is `entity`'s (a glossary term may share one)."""
        if self._areas is None:
            self._areas = {}
            for e in self.entities.values():
                if e.kind == "area":
                    for name in {e.en.casefold(), e.ko.casefold()} - {""}:
                        self._areas.setdefault(name, []).append(e)
        found = [*self._areas.get(entity.en.casefold(), []), *self._areas.get(entity.ko.casefold(), [])]
        return list(dict.fromkeys(found))

    def find(self, text: str, slips: bool = True) -> list[Mention]:
        """Every entity named in `text`, longest names first, no overlaps, in text order. `slips=False` for
        text that is spelt with care (the corpus): names typed with a slip are only looked for in questions."""
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []
        folded = text.casefold()
        for pattern, weak, eid, first in self._patterns:
            if first not in folded:
                continue
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Mention(self.entities[eid], m.start(), m.end(), m.group(0), weak))
        for fuzzy in (
            self._hangul_slips(text) if slips else ()
        ):  # "비지니스 서포트 플러스" is one name, not "비지니스" and two words
            inside = [m for m in found if fuzzy.start <= m.start and m.end <= fuzzy.end]
            if any(m.start < fuzzy.end and fuzzy.start < m.end for m in found if m not in inside):
                continue
            if not inside or max(m.end - m.start for m in inside) < fuzzy.end - fuzzy.start:
                found = [m for m in found if m not in inside] + [fuzzy]
        return sorted(found, key=lambda m: m.start)

    def _hangul_slips(self, text: str) -> list[Mention]:
        """Names of several Hangul words typed with one syllable wrong, added or missing ("비지니스 서포트 플러스",
        "엔터프라이즈 온램푸"): runs of up to three words, particles allowed at the end."""
        words = list(re.finditer(r"[\uac00-\ud7a3A-Za-z+]+", text))
        out: list[Mention] = []
        for i in range(len(words)):
            for j in range(i + 1, min(i + 3, len(words)) + 0):
                run = words[i : j + 1]
                if len(run[0].group(0)) == 1:  # "몇 개 운영 우수성": a counter or particle starts no name
                    break
                if text[run[-2].end() : run[-1].start()].strip():  # "엔터프라이즈, 온램프": two names, not one
                    break
                compact = "".join(w.group(0) for w in run)
                if len(_HANGUL.findall(compact)) < self._hangul_least:  # e.g. English words: no such name
                    continue
                near = {name for head in dict.fromkeys(compact[:2]) for name in self._hangul_heads.get(head, ())}
                for name in sorted(near, key=self._hangul_order.__getitem__):
                    eid = self._hangul_multi[name][0]
                    # a stem within one syllable of the name is at most one longer: longer ends cannot match
                    for end in range(min(len(compact), len(name) + 1), max(len(name) - 2, 3), -1):
                        stem = compact[:end]
                        if stem == name:
                            break  # the exact name: find() has it
                        head = len(run[0].group(0))  # ("과소 프로비저닝" is the opposite of "과다 프로비저닝":
                        # a word of two syllables with one changed is another word, not a slip)
                        if (
                            abs(len(stem) - len(name)) <= 1
                            and _same_end(stem, name)
                            and slips(stem, name, 1) <= 1
                            and not _particle_between(run, stem, name)
                            and not (head <= 2 and stem[:head] != name[:head])
                            # ("MAP 프로그램" is no slip of "MSP 프로그램": the slip is in a syllable, never in a
                            # Latin name's letters)
                            and _LATIN.findall(stem.casefold()) == _LATIN.findall(name.casefold())
                        ):
                            stop = run[-1].start() + end - sum(len(w.group(0)) for w in run[:-1])
                            # ("파트너 프로그램" is no slip of "파트너 경로": a name ends its word, or a particle
                            # follows)
                            if stop > run[-1].start() and _PARTICLE_LEFT.fullmatch(text[stop : run[-1].end()]):
                                out.append(
                                    Mention(self.entities[eid], run[0].start(), stop, text[run[0].start() : stop])
                                )
                            break
        out.sort(key=lambda m: m.start - m.end)  # longest first
        kept: list[Mention] = []
        for m in out:
            if not any(m.start < k.end and k.start < m.end for k in kept):
                kept.append(m)
        return kept

    def find_typos(self, text: str, taken: list[Mention]) -> list[Mention]:
        """Names typed with a slip ("busines", "secuirty", "엔터프라이스"), outside the spans already found.

        Latin words of five letters or more that are rare in everyday English, within one slip of a
        one-word name (two for names of nine letters or more); Hangul words of four syllables or more,
        particles and all, within one syllable of a name.
        """
        spans = [(m.start, m.end) for m in taken]
        found = []
        words = list(re.finditer(r"[A-Za-z]{3,}", text))
        for a, b in zip(words, words[1:], strict=False):  # two-word names: "operational excelence"
            if text[a.end() : b.start()] != " " or any(a.start() < e and s < b.end() for s, e in spans):
                continue
            plus = _PLUS.match(text, b.end())  # "support+" / "support plus" is another plan than "support"
            end = plus.end() if plus else b.end()
            pair = f"{a.group(0)} {b.group(0)}{'+' if plus else ''}".casefold()
            if any(zipf(w.group(0).casefold()) < KNOWN_WORD for w in (a, b)):
                # the nearest name, not the first within reach: "buisness support" is one slip from
                # "business support" and two from "business support+"
                near = [(d, name) for name in self._pairs if name[0] == pair[0] and (d := slips(pair, name, 2)) <= 2]
                if near:
                    eid, mode = self._pairs[min(near, key=lambda x: x[0])[1]]
                    found.append(Mention(self.entities[eid], a.start(), end, text[a.start() : end], mode == "weak"))
                    spans.append((a.start(), end))
        for word in _FUZZY_WORD.finditer(text):
            if any(word.start() < e and s < word.end() for s, e in spans):
                continue
            hit = self._close(word.group(0))
            if hit is not None and (joined := self._joined(text, word, taken)) is not None:
                found.append(joined)  # "enterprize on-ramp": one slipped name, not Enterprise and On-Ramp
                continue
            if hit is not None:
                eid, mode, end = hit
                found.append(
                    Mention(self.entities[eid], word.start(), word.start() + end, word.group(0)[:end], mode == "weak")
                )
        return found

    def _joined(self, text: str, word: re.Match[str], taken: list[Mention]) -> Mention | None:
        """The mention right after a slipped `word`, widened over it when the two together are a slip of one
        of that entity's names: "enterprize on-ramp" is Enterprise On-Ramp. The caller drops the narrower one."""
        after = next((m for m in taken if m.start > word.end() and not text[word.end() : m.start].strip(" -")), None)
        if after is None or after.start - word.end() > 1:
            return None
        typed = f"{word.group(0)} {after.text}".casefold().replace("-", " ")
        for name, _mode in self.names.get(after.entity.id, []):
            name = name.casefold().replace("-", " ")
            tail = after.text.casefold().replace("-", " ")
            if name.endswith(tail) and len(name) > len(tail) + 2 and slips(typed, name, 2) <= 2:
                return Mention(after.entity, word.start(), after.end, text[word.start() : after.end], after.weak)
        return None

    def _close(self, word: str) -> tuple[str, str, int] | None:
        if _HANGUL.search(word):
            for end in range(len(word), 3, -1):  # "엔터프라이스는": drop particles from the end
                stem = word[:end]
                for name, (eid, mode) in self._single.items():  # a name of five syllables may gain or lose one
                    if (
                        _HANGUL.search(name)
                        and (
                            len(name) == len(stem)
                            or (len(name) >= 5 and abs(len(name) - len(stem)) == 1 and name[-1] == stem[-1])
                        )
                        # (not the name without its first syllable, which is its head noun: "아키텍처" of 웰아키텍처)
                        and not (len(name) > len(stem) and name.endswith(stem))
                        and slips(stem, name, 1) <= 1
                    ):
                        return eid, mode, end
            return None
        low = word.casefold()
        if zipf(low) >= KNOWN_WORD:  # an everyday word ("basics", "market"), not a slip
            return None
        best: tuple[int, str, str] | None = None
        for name, (eid, mode) in self._single.items():
            if name.isascii() and name[0] == low[0]:
                d = slips(low, name, 2)
                if d <= (2 if len(name) >= 9 else 1) and (best is None or d < best[0]):
                    best = (d, eid, mode)
        return (best[1], best[2], len(word)) if best else None

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)

    def area_of(self, question_id: str) -> Entity | None:
        """The best-practice area a Well-Architected question id ("REL12") belongs to."""
        eid = self.question_areas.get(question_id)
        return self.entities.get(eid) if eid else None

    def by_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]


# what may follow a name in its word: nothing, or a particle or copula ("엔터프라이즈온램프는", "…플러스임")
_PARTICLE_LEFT = re.compile(
    r"(?:은|는|이|가|을|를|의|에|에서|에게|한테|으로|로|도|만|랑|이랑|과|와|하고|까지|부터|보다|처럼|이나|나|요|야|임|이야|예요|이에요|인가|인데|이고|이면|면)?"
)


def _same_end(stem: str, name: str) -> bool:
    """The stem ends as the name does, or, at the same length, with a syllable of the same first consonant
    (a vowel slip: "온램푸" for "온램프"); a particle ("엔터프라이즈는") ends no name."""
    if stem[-1] == name[-1]:
        return True
    a, b = ord(stem[-1]) - 0xAC00, ord(name[-1]) - 0xAC00
    return len(stem) == len(name) and 0 <= a < 11172 and 0 <= b < 11172 and a // 588 == b // 588


def _particle_between(run: list[re.Match[str]], stem: str, name: str) -> bool:
    """The extra syllable of `stem` ends one of the run's words before the last: a particle that joins two
    names ("엔터프라이즈랑 온램프" is Enterprise and On-Ramp), not a syllable typed in one name."""
    if len(stem) != len(name) + 1:
        return False
    at = 0
    for word in run[:-1]:
        at += len(word.group(0))
        if at <= len(stem) and stem[: at - 1] + stem[at:] == name:
            return True
    return False


def _first_part(name: str) -> str:
    """The part of a name before its first space or hyphen, case-folded (spaces and hyphens are optional)."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    return parts[0].casefold() if parts else ""


def _pattern(name: str, exact: bool) -> re.Pattern[str]:
    """Spaces and hyphens are optional inside a name; Latin names need word edges."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", name.strip()) if p]
    body = r"[\s-]*".join(parts)
    flags = 0 if exact else re.IGNORECASE
    if _HANGUL.search(name):
        if len(parts) > 1 and parts[-1] == "렌즈":
            # ("의료쪽 업종 렌즈", "금융용 렌즈": words of a field may stand between its name and 렌즈)
            head = r"[\s-]*".join(parts[:-1])
            body = rf"{head}(?:\s*(?:쪽|용|업종|업계|분야|관련|계열|산업|워크로드)(?:용|의)?)*\s*렌즈"
        # ("보안팀이 승인한 제품": the team that works on it, not the pillar)
        return re.compile(rf"{body}(?!팀|부서|담당)", flags)
    if len(parts) > 1 and parts[-1].casefold() == "lens":
        # ("is there a lens for genai?", "a lens about serverless": the lens by its field, after the word "lens")
        head = r"[\s-]*".join(parts[:-1])
        body = rf"(?:{body}|lens(?:es)?\s+(?:for|on|about|covering)\s+(?:the\s+|an?\s+)?{head})"
    # ("an enterprise-wide migration", "enterprise-grade security": a word made into an adjective names no plan)
    end = r"(?![A-Za-z0-9+])" + _COMPOUND if not name.endswith("+") else ""
    if _ACRONYM.fullmatch(name):  # "HRIs", "TAMs": an acronym's plural names the same thing (typed in capitals:
        body += "(?-i:(?<=[A-Z])s)?"  # "was" is no plural of "WA")
    return re.compile(rf"(?<![A-Za-z0-9]){body}{end}", flags)


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_COMPOUND = (
    r"(?!-(?:wide|grade|level|scale|class|ready|size|sized|friendly|style|type|like|based|specific|focused|facing"
    r"|minded|heavy|only|owned|led|driven)\b)"
)


def load_aliases(corpus_dir: Path) -> AliasTable:
    return _load(corpus_dir.resolve())


@corpus_cached(maxsize=4)
def _load(corpus_dir: Path) -> AliasTable:
    catalog = corpus_dir / "catalog"
    entities: dict[str, Entity] = {}
    names: dict[str, list[tuple[str, str]]] = {}
    question_areas: dict[str, str] = {}

    def owned(name: str) -> bool:
        key = re.sub(r"[\s-]+", "", name.casefold())
        return any(re.sub(r"[\s-]+", "", n.casefold()) == key for ns in names.values() for n, _ in ns)

    def add(eid: str, kind: str, en: str, ko: str, spellings: list[str], derived: bool = False) -> None:
        if derived:  # names read off pillars.yaml / partners.yaml yield to a glossary term of the same name;
            # a one-word name ("Data", "준비") is an everyday word: it names the area only in context
            spellings = [n if " " in n.strip() else f"~{n}" for n in spellings if not owned(n)]
        old = entities.get(eid)
        entities[eid] = Entity(
            eid,
            kind if old is None or kind != "term" else old.kind,
            en or (old.en if old else ""),
            ko or (old.ko if old else ""),
        )
        bucket = names.setdefault(eid, [])
        for raw in spellings:
            raw = str(raw).strip()
            mode = {"=": "exact", "~": "weak"}.get(raw[:1], "")
            name = raw.lstrip("=~")
            if name and (name, mode) not in bucket:
                bucket.append((name, mode))

    glossary = _read(catalog / "glossary.yaml")
    for t in glossary.get("terms", []):
        kind = "pillar" if t["id"] in PILLARS else "severity" if t["id"] in SEVERITIES else "term"
        add(t["id"], kind, t["en"], t["ko"], [t["en"], t["ko"], *t.get("aliases", [])])
    plans = _read(catalog / "support_plans.yaml")
    ladder: dict[str, tuple[int, frozenset[str]]] = {}
    successors: dict[str, str] = {}
    for p in plans.get("plans", []):
        add(p["id"], "plan", p["name"], p["name"], [p["name"]])
        ladder[p["id"]] = (int(p.get("order", 0)), frozenset(p.get("lineup", [])))
        if p.get("replaced_by"):
            successors[p["id"]] = str(p["replaced_by"])
    pillars = _read(catalog / "pillars.yaml")
    for pillar in pillars.get("pillars", []):  # "cost pillar", "비용 필라": a pillar by its first word and "pillar"
        head_en, head_ko = pillar["name"]["en"].split()[0], pillar["name"]["ko"].split()[0]
        words = (*_PILLAR_WORDS_EN, *_PILLAR_WORDS_KO)  # in either language, as mixed chat has it ("cost 필라")
        short = [f"{head} {w}" for head in (head_en, head_ko) for w in words]
        add(pillar["id"], "pillar", "", "", [n for n in short if not owned(n)])
    for pillar in pillars.get("pillars", []):  # design principles and best-practice areas, by name
        for d in pillar.get("design_principles", []):
            add(
                f"{pillar['id']}/{d['id']}",
                "principle",
                d["name"]["en"],
                d["name"]["ko"],
                [
                    d["name"]["en"],
                    d["name"]["ko"],
                    *_ko_verb_stem(d["name"]["ko"]),
                    *(t for t in _ko_tail(d["name"]["ko"]) if not owned(t)),
                ],
                derived=True,
            )
        for a in pillar.get("areas", []):
            question_areas.update((qid, f"{pillar['id']}/{a['id']}") for qid in a.get("questions", []))
            add(
                f"{pillar['id']}/{a['id']}",
                "area",
                a["name"]["en"],
                a["name"]["ko"],
                [a["name"]["en"], a["name"]["ko"]],
                derived=True,
            )
    for g in pillars.get("general_principles", []):
        eid = g["id"] if g["id"] in entities else f"general/{g['id']}"
        add(eid, "principle", g["name"]["en"], g["name"]["ko"], [g["name"]["en"], g["name"]["ko"]], True)
    partners = _read(catalog / "partners.yaml")
    for path in partners.get("paths", []):
        short = path["name"].replace(" Path", "")
        add(path["id"], "path", path["name"], path["name"], [path["name"], f"{short} path"], True)
    for firm in partners.get("korean_premier_partners", []):  # "베스핀은 지금도 Premier야?": a named partner firm
        add(firm["id"], "partner", firm["name"], firm["name"], [firm["name"], *firm.get("keywords", [])])
    extra = _read(catalog / "aliases.yaml")
    for e in extra.get("entities", []):
        old = entities.get(e["id"])
        en = e.get("en") or (old.en if old else e["names"][0])
        ko = e.get("ko") or (old.ko if old else en)
        add(e["id"], e["kind"], en, ko, list(e["names"]))
    korean = " ".join(p.read_text(encoding="utf-8") for p in sorted((corpus_dir / "summaries" / "ko").glob("*.md")))
    korean = korean.casefold()
    for eid, e in entities.items():
        if e.en and e.ko and e.en != e.ko and e.ko.casefold() not in korean and e.en.casefold() in korean:
            said = frozenset(n.casefold() for n, _ in names.get(eid, []) if n.casefold() in korean)
            entities[eid] = replace(e, english_in_korean=True, korean_spellings=said)
    for eid, ns in names.items():
        entities[eid] = replace(entities[eid], spellings=frozenset(n for n, mode in ns if mode == ""))
    owner: dict[tuple[str, bool], str] = {}
    for eid, ns in names.items():
        for name, mode in ns:
            exact = mode == "exact"
            key = (name if exact else re.sub(r"[\s-]+", "", name.casefold()), exact)
            if owner.setdefault(key, eid) != eid:
                raise CorpusError(str(catalog / "aliases.yaml"), f"{name!r} names both {owner[key]} and {eid}")
    return AliasTable(entities, names, question_areas, ladder, successors)


def neighbour_plan(aliases: AliasTable, plan: str, up: bool) -> Entity | None:
    """The plan one step up (or down) from `plan` in its line-up, the new line-up first (the classic one ends)."""
    if plan not in aliases.ladder:
        return None
    order, lineups = aliases.ladder[plan]
    for lineup in ("new", "classic"):
        if lineup not in lineups:
            continue
        steps = [
            (o, pid) for pid, (o, ls) in aliases.ladder.items() if lineup in ls and (o > order if up else o < order)
        ]
        if steps:
            return aliases.entities[(min(steps) if up else max(steps))[1]]
    return None


def _ko_tail(name: str) -> list[str]:
    """ "클라우드 워크로드의 다운스트림 영향 줄이기" is typed "다운스트림 영향 줄이기": a Korean name of four words
    or more is also named by its last three (the head of a Korean phrase comes last), with its stem."""
    words = name.split()
    if len(words) < 4:
        return []
    tail = " ".join(words[-3:])
    # (its stem only when long enough to say which principle: "돈 쓰지 않" is how any sentence may go on)
    return [tail, *(_ko_verb_stem(tail) if len(tail.replace(" ", "")) >= 8 else [])]


def _ko_verb_stem(name: str) -> list[str]:
    """ "사람을 데이터로부터 멀리 두기" is also asked as "…멀리 두라는거": a name ending in the nominal -기 is named by
    its stem with any ending (a stem of two words at least, so it still says which principle)."""
    stem = name[:-1].rstrip()
    return [stem] if name.endswith("기") and not name.endswith(" 기") and len(stem.split()) >= 2 else []


def _read(path: Path) -> dict:
    try:
        return yaml_text.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as exc:
        raise CorpusError(str(path), f"not valid YAML: {exc}") from exc
