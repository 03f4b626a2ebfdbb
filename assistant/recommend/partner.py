"""Recommend a kind of AWS partner: the Partner Path, the Competencies or programs to look for, a tier.

The path follows what the need asks a partner to do: become a partner yourself (AWS Navigate), sell
your software (Software Path and AWS Marketplace), teach your people (Training Path and AWS Training and
Certification), buy a product (Software Path via Marketplace), or design, migrate, build or run
workloads (Services Path, narrowed by Competency, MSP and tier). Every claim cites the catalog's passage.
"""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.catalog import Catalog, PartnerEntry
from assistant.recommend.messages import say
from assistant.recommend.needs import PartnerNeeds, extract_partner_needs
from assistant.recommend.types import Alternative, Passage, Reason, Recommendation
from assistant.retrieval.lexical import detect_lang

CLARIFY = {
    "en": "What should the partner do for you? For example: migrate workloads to AWS, build something (machine "
    "learning, generative AI, data and analytics, DevOps), improve security, run your operations (managed "
    "services), sell your own software on AWS, or train your team. Also: how large or critical is the work, and "
    "do you need a partner in Korea?",
    "ko": "파트너에게 어떤 일을 맡기려는지 알려 주세요. 예: AWS로 마이그레이션, 구축(머신 러닝, 생성형 AI, 데이터 "
    "분석, DevOps), 보안 강화, 운영 대행(관리형 서비스), 자사 소프트웨어 판매, 팀 교육. 또 작업 규모나 중요도는 "
    "어느 정도인지, 국내(한국어) 지원 파트너가 필요한지도 알려 주세요.",
}
JOBS = {  # what the need asks of a path, as a requirement (en, ko)
    "services": (
        "someone to design, migrate, build or run the work for you",
        "설계·마이그레이션·구축·운영을 맡길 회사",
    ),
    "sell": ("selling your own software on AWS", "자사 소프트웨어를 AWS에서 판매"),
    "train": ("training your own people", "팀 내부 인력 교육"),
    "buy": ("ready-made software that runs on AWS", "AWS에서 쓸 수 있는 완성된 소프트웨어"),
    "become": ("becoming an AWS partner yourself", "자사가 AWS 파트너가 되는 것"),
    "hardware": ("hardware or devices that work with AWS", "AWS와 함께 쓰는 하드웨어·디바이스"),
    "distribution": ("reaching customers through resellers", "리셀러를 통한 유통"),
}
PROGRAMS = {  # services programs a need can ask for: label in the recommendation, requirement (en, ko)
    "aws-msp": ("MSP", "someone to run operations for you", "운영을 맡길 회사"),
    "aws-service-delivery": ("Service Delivery", "proven delivery of one AWS service", "특정 AWS 서비스 구축 경험"),
}
# The words of an entry's name that its passage states ("AWS Navigate Program" is written "AWS Navigate").
EVIDENCE = {"aws-msp": "MSP", "aws-navigate": "Navigate", "aws-competency": "AWS Competency"}
EVIDENCE |= {"aws-service-delivery": "Service Delivery", "aws-service-ready": "Service Ready"}
TRAINING = {"training-path", "training-partner", "aws-training-and-certification"}
SERVICES = {"services-path", "consulting-partner", "aws-msp", "aws-service-delivery"}
PRODUCT = {"software-path", "technology-partner", "aws-marketplace"}


def recommend_partner(catalog: Catalog, corpus_dir: Path, need: str, korea: bool = False) -> Recommendation:
    """A kind of partner for a need; Korean partners only when the need asks for Korea or `korea` is set."""
    lang = detect_lang(need) if need.strip() else "en"
    found = extract_partner_needs(need or "", catalog.partners, catalog.support_plans.cues)
    found.korea = found.korea or korea
    return _Matchmaker(catalog, corpus_dir, lang, found).decide()


class _Matchmaker:
    def __init__(self, catalog: Catalog, corpus_dir: Path, lang: str, found: PartnerNeeds):
        p = self.partners = catalog.partners
        groups = (p.paths, p.legacy_types, p.tiers, p.programs, p.competencies, p.korean_premier_partners)
        self.entries = {e.id: e for g in (*groups, p.alternatives) for e in g}
        self.corpus_dir, self.lang, self.found = corpus_dir, lang, found
        self.hit, self.intents = found.entries, found.intents
        self.rec = Recommendation("partner", lang)

    def decide(self) -> Recommendation:
        hit, intents = self.hit.keys(), self.intents.keys()
        comps = [c for c in self.partners.competencies if c.id in hit]
        services_named = bool(SERVICES & hit or self._tier_or_firm_named())
        asked_for_work = bool({"services", "operate"} & intents)
        if "become" in intents or "aws-navigate" in hit:
            self._become()
        elif "sell" in intents:
            self._sell()
        elif "train" in intents or TRAINING & hit:
            self._train()
        elif not asked_for_work and ("buy" in intents or (PRODUCT & hit and not services_named)):
            self._buy(comps)
        elif {"hardware-path", "distribution-path"} & hit and not (comps or asked_for_work):
            path = "hardware-path" if "hardware-path" in hit else "distribution-path"
            self._path(path, "hardware" if path == "hardware-path" else "distribution")
            self.rec.recommendation = self._name(path)
            self._alternatives("services-path", "aws-marketplace")
        elif comps or asked_for_work or services_named:
            self._services(comps)
        else:
            self.rec.status, self.rec.clarifying_question = "clarify", CLARIFY[self.lang]
            return self.rec
        if deadline := self.found.deadline:
            self._note(
                f"Deadline “{deadline}”: the catalog does not rate partners on speed; ask shortlisted partners for "
                "references of similar projects delivered in similar time.",
                f"기한 “{deadline}”: 카탈로그는 파트너의 속도를 평가하지 않으므로, 후보 파트너에게 비슷한 기간에 "
                "끝낸 비슷한 프로젝트 사례를 요청하세요.",
            )
        return self.rec

    # --- the paths -----------------------------------------------------------------------------------
    def _services(self, comps: list[PartnerEntry]) -> None:
        self._path("services-path", "services")
        parts = []
        for c in comps:
            said = self.hit[c.id]
            self._reason(c, self._say(f"expertise in {c.name}: “{said}”", f"{c.name} 전문성: “{said}”"))
            parts.append(f"{c.name} Competency")
        for prog_id, (label, en, ko) in PROGRAMS.items():
            said = self.hit.get(prog_id) or (self.intents.get("operate", "") if prog_id == "aws-msp" else "")
            if said:
                self._reason(self.entries[prog_id], self._say(f"{en}: “{said}”", f"{ko}: “{said}”"))
                parts.append(label)
        named_work = bool(parts)  # a Competency or program narrows the search; a tier alone does not
        if tiers := self._tiers():
            parts.append(self._say(f"{' or '.join(tiers)} tier", f"{' 또는 '.join(tiers)} 등급"))
        else:
            self._note(
                "Tier: Advanced or Premier suits large or critical work; Select or higher may do for a small, "
                "well-scoped project (tier names read only in partner materials).",
                "등급: 대규모·핵심 작업에는 Advanced나 Premier, 범위가 작은 프로젝트에는 Select 이상이 맞습니다"
                "(등급 이름은 파트너 자료에서만 확인됨).",
                self.partners.tiers[-1],
            )
        if not named_work:
            self._note(
                "Name the work (migration, machine learning, security, data, DevOps, operations) to narrow the "
                "search to partners holding the matching AWS Competency.",
                "맡길 일(마이그레이션, 머신 러닝, 보안, 데이터, DevOps, 운영)을 알려 주면 해당 AWS Competency를 "
                "보유한 파트너로 범위를 좁힐 수 있습니다.",
            )
        listed = f" ({', '.join(parts)})" if parts else ""
        self.rec.recommendation = f"{self._name('services-path')} {self._say('partner', '파트너')}{listed}"
        if self.found.korea:  # only when asked (or the UI box is ticked): a Korean message is not a request
            self._korea()
            names = ", ".join(f.name for f in self.partners.korean_premier_partners)
            self.rec.recommendation += f"; {say(self.lang, 'korea_partners', names=names)}"
        self._alternatives("aws-professional-services", "aws-marketplace", "aws-training-and-certification")

    def _sell(self) -> None:
        path = "hardware-path" if "hardware-path" in self.hit else "software-path"
        self._path(path, "hardware" if path == "hardware-path" else "sell")
        self._reason(self.entries["aws-marketplace"], self._say("a channel to sell through", "판매 채널"))
        seller = self._say(" (as a seller)", " (판매자 등록)")
        self.rec.recommendation = f"{self._name(path)} + AWS Marketplace{seller}"
        self._alternatives("distribution-path", "aws-service-ready", "aws-navigate")

    def _train(self) -> None:
        self._path("training-path", "train")
        courses = self._say("courses and certification from AWS itself", "AWS가 직접 제공하는 교육과 자격증")
        self._reason(self.entries["aws-training-and-certification"], courses)
        partner = self._say("partner", "파트너")
        self.rec.recommendation = f"{self._name('training-path')} {partner} + AWS Training and Certification"
        self._alternatives("services-path", "aws-professional-services")

    def _buy(self, comps: list[PartnerEntry]) -> None:
        self._path("software-path", "buy")
        store = self._say("a place to buy it, billed with AWS", "AWS 청구서로 결제하는 구매 창구")
        self._reason(self.entries["aws-marketplace"], store)
        for c in comps:
            said = self.hit[c.id]
            self._reason(c, self._say(f"a vendor proven in {c.name}: “{said}”", f"{c.name} 분야 검증 공급사: “{said}”"))
        area = f" ({', '.join(c.name for c in comps)})" if comps else ""
        self.rec.recommendation = self._say(
            f"{self._name('software-path')} product via AWS Marketplace{area}",
            f"AWS Marketplace의 {self._name('software-path')} 제품{area}",
        )
        self._alternatives("aws-service-ready", "services-path")

    def _become(self) -> None:
        path = "software-path" if {"software-path", "technology-partner"} & self.hit.keys() else "services-path"
        path = "training-path" if "training-path" in self.hit else path
        self._path(path, "become")
        way_in = self._say("a way in for a partner new to AWS", "AWS를 처음 다루는 파트너의 시작점")
        self._reason(self.entries["aws-navigate"], way_in)
        self.rec.recommendation = f"AWS Navigate Program + {self._name(path)}"
        self._alternatives("aws-competency", "aws-marketplace")

    # --- pieces --------------------------------------------------------------------------------------
    def _path(self, path_id: str, job: str) -> None:
        said = self.hit.get(path_id) or self.intents.get(job, "")
        requirement = JOBS[job][1 if self.lang == "ko" else 0] + (f": “{said}”" if said else "")
        self._reason(self.entries[path_id], requirement)

    def _tiers(self) -> list[str]:
        """Advanced or Premier for large or critical work, Select or higher for small; a named tier wins."""
        named = [t for t in self.partners.tiers if t.id in self.hit]
        size = self.found.size
        if not named and not size:
            return []
        chosen = named or [t for t in self.partners.tiers if t.rank >= (3 if size == "large" else 2)]
        names = [t.name for t in chosen]
        if named:
            said = self.hit[named[0].id]
            why = self._say(f"the tier you asked for: “{said}”", f"요청한 등급: “{said}”")
        elif size == "large":
            why = self._say("large or critical work", "대규모·핵심 작업")
        else:
            why = self._say("small, well-scoped work", "범위가 작은 작업")
            names = [chosen[0].name + self._say(" or higher", " 이상")]
        joined = self._say(" or ".join(names), " 또는 ".join(names))
        unconfirmed = not all(t.confirmed for t in chosen)
        caveat = self._say(" (tier names unconfirmed)", " (등급 이름 미확인)") if unconfirmed else ""
        met_by = self._say(f"Services Path tier: {joined}{caveat}", f"Services Path 등급: {joined}{caveat}")
        self.rec.reasons.append(Reason(why, met_by, self._passage(chosen[0]), chosen[0].name))
        if unconfirmed:
            self._unmet(
                "The tier ladder (Registered, Select, Advanced, Premier) was read only in partner materials: "
                "confirm the current names in the AWS Partner Solutions Finder.",
                "등급 체계(Registered, Select, Advanced, Premier)는 파트너 자료에서만 확인되었으므로 AWS Partner "
                "Solutions Finder에서 현재 이름을 확인하세요.",
            )
        return names

    def _korea(self) -> None:
        firms = self.partners.korean_premier_partners
        names = ", ".join(f.name for f in firms)
        self.rec.reasons.append(
            Reason(
                self._say("a partner in Korea with Korean-language delivery", "국내(한국어) 지원 파트너"),
                self._say(
                    f"Korean Premier partners in the notes: {names}", f"노트에 나온 국내 Premier 파트너: {names}"
                ),
                self._passage(firms[0]),
                firms[0].name,
            )
        )
        if not all(f.verified for f in firms):
            self._unmet(
                f"{names}: named by the user's notes, current tier not re-verified; check the AWS Partner "
                "Solutions Finder before relying on it.",
                f"{names}: 사용자 노트에 나온 예시이며 현재 등급은 다시 확인하지 않았으므로 AWS Partner "
                "Solutions Finder에서 확인하세요.",
            )

    def _alternatives(self, *ids: str) -> None:
        for e in (self.entries[i] for i in ids):
            why = e.description.ko if self.lang == "ko" else e.description.en
            self.rec.alternatives.append(Alternative(e.name, why, self._passage(e)))

    def _reason(self, entry: PartnerEntry, requirement: str) -> None:
        kind = " Competency" if entry in self.partners.competencies else ""
        description = entry.description.ko if self.lang == "ko" else entry.description.en
        evidence = EVIDENCE.get(entry.id, entry.name)
        self.rec.reasons.append(
            Reason(requirement, f"{entry.name}{kind}: {description}", self._passage(entry), evidence)
        )

    def _tier_or_firm_named(self) -> bool:
        named = {t.id for t in self.partners.tiers} | {k.id for k in self.partners.korean_premier_partners}
        return bool(named & self.hit.keys())

    def _note(self, en: str, ko: str, source: PartnerEntry | None = None) -> None:
        self.rec.notes.append(self._say(en, ko))
        if source:
            self.rec.sources.append(self._passage(source))

    def _unmet(self, en: str, ko: str) -> None:
        self.rec.unmet.append(self._say(en, ko))

    def _name(self, entry_id: str) -> str:
        return self.entries[entry_id].name

    def _passage(self, entry: PartnerEntry) -> Passage:
        return Passage.of(self.corpus_dir, entry.cite, self.lang)

    def _say(self, en: str, ko: str) -> str:
        return ko if self.lang == "ko" else en
