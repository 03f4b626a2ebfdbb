"""Recommend a kind of AWS partner: the Partner Path, the Competencies or programs to look for, a tier.

The path follows what the need asks a partner to do: become a partner yourself (AWS Navigate), sell
your software (Software Path and AWS Marketplace), teach your people (Training Path and AWS Training and
Certification), buy a product (Software Path via Marketplace), or design, migrate, build or run
workloads (Services Path, narrowed by Competency, MSP and tier). Every claim cites the catalog's passage.
"""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.catalog import Catalog, PartnerEntry
from assistant.messages import say
from assistant.recommend.needs import PartnerNeeds, extract_partner_needs
from assistant.recommend.types import Alternative, Passage, Reason, Recommendation
from assistant.retrieval.lexical import detect_lang

# services programs a need can ask for: label in the recommendation (the requirement is `rec.job.<id>`)
PROGRAMS = {"aws-msp": "MSP", "aws-service-delivery": "Service Delivery"}
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
            self.rec.status, self.rec.clarifying_question = "clarify", self._say("clarify_partner")
            return self.rec
        if deadline := self.found.deadline:
            self._note("deadline", deadline=deadline)
        return self.rec

    # --- the paths -----------------------------------------------------------------------------------
    def _services(self, comps: list[PartnerEntry]) -> None:
        self._path("services-path", "services")
        parts = []
        for c in comps:
            said = self.hit[c.id]
            self._reason(c, self._say("expertise", name=c.name, said=said))
            parts.append(f"{c.name} Competency")
        for prog_id, label in PROGRAMS.items():
            said = self.hit.get(prog_id) or (self.intents.get("operate", "") if prog_id == "aws-msp" else "")
            if said:
                self._reason(self.entries[prog_id], self._say("quoted", need=self._say(f"job.{prog_id}"), said=said))
                parts.append(label)
        named_work = bool(parts)  # a Competency or program narrows the search; a tier alone does not
        if tiers := self._tiers():
            parts.append(self._say("tier", tiers=self._say("or").join(tiers)))
        else:
            self._note("tier_advice", self.partners.tiers[-1])
        if not named_work:
            self._note("name_the_work")
        listed = f" ({', '.join(parts)})" if parts else ""
        self.rec.recommendation = f"{self._name('services-path')} {self._say('partner')}{listed}"
        if self.found.korea:  # only when asked (or the UI box is ticked): a Korean message is not a request
            self._korea()
            names = ", ".join(f.name for f in self.partners.korean_premier_partners)
            self.rec.recommendation += f"; {self._say('korea_partners', names=names)}"
        self._alternatives("aws-professional-services", "aws-marketplace", "aws-training-and-certification")

    def _sell(self) -> None:
        path = "hardware-path" if "hardware-path" in self.hit else "software-path"
        self._path(path, "hardware" if path == "hardware-path" else "sell")
        self._reason(self.entries["aws-marketplace"], self._say("sell_channel"))
        seller = self._say("as_seller")
        self.rec.recommendation = f"{self._name(path)} + AWS Marketplace{seller}"
        self._alternatives("distribution-path", "aws-service-ready", "aws-navigate")

    def _train(self) -> None:
        self._path("training-path", "train")
        courses = self._say("courses")
        self._reason(self.entries["aws-training-and-certification"], courses)
        partner = self._say("partner")
        self.rec.recommendation = f"{self._name('training-path')} {partner} + AWS Training and Certification"
        self._alternatives("services-path", "aws-professional-services")

    def _buy(self, comps: list[PartnerEntry]) -> None:
        self._path("software-path", "buy")
        store = self._say("marketplace")
        self._reason(self.entries["aws-marketplace"], store)
        for c in comps:
            said = self.hit[c.id]
            self._reason(c, self._say("proven_vendor", name=c.name, said=said))
        area = f" ({', '.join(c.name for c in comps)})" if comps else ""
        self.rec.recommendation = self._say("product", path=self._name("software-path"), area=area)
        self._alternatives("aws-service-ready", "services-path")

    def _become(self) -> None:
        path = "software-path" if {"software-path", "technology-partner"} & self.hit.keys() else "services-path"
        path = "training-path" if "training-path" in self.hit else path
        self._path(path, "become")
        way_in = self._say("way_in")
        self._reason(self.entries["aws-navigate"], way_in)
        self.rec.recommendation = f"AWS Navigate Program + {self._name(path)}"
        self._alternatives("aws-competency", "aws-marketplace")

    # --- pieces --------------------------------------------------------------------------------------
    def _path(self, path_id: str, job: str) -> None:
        said = self.hit.get(path_id) or self.intents.get(job, "")
        need = self._say(f"job.{job}")
        requirement = self._say("quoted", need=need, said=said) if said else need
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
            why = self._say("tier_asked", said=said)
        elif size == "large":
            why = self._say("large_work")
        else:
            why = self._say("small_work")
            names = [chosen[0].name + self._say("or_higher")]
        joined = self._say("or").join(names)
        unconfirmed = not all(t.confirmed for t in chosen)
        caveat = self._say("tiers_open") if unconfirmed else ""
        met_by = self._say("tier_met_by", tiers=joined, caveat=caveat)
        self.rec.reasons.append(Reason(why, met_by, self._passage(chosen[0]), chosen[0].name))
        if unconfirmed:
            self.rec.unmet.append(self._say("tier_ladder"))
        return names

    def _korea(self) -> None:
        firms = self.partners.korean_premier_partners
        names = ", ".join(f.name for f in firms)
        self.rec.reasons.append(
            Reason(
                self._say("korea_need"),
                self._say("korea_met_by", names=names),
                self._passage(firms[0]),
                firms[0].name,
            )
        )
        if not all(f.verified for f in firms):
            self.rec.unmet.append(self._say("korea_unverified", names=names))

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

    def _note(self, key: str, source: PartnerEntry | None = None, **values: object) -> None:
        """A note in the answer's language (catalogue key `rec.<key>`), with the entry it rests on."""
        message = self._say(key, **values)
        self.rec.notes.append(message)
        if source:
            passage = self._passage(source)
            self.rec.sources.append(passage)
            self.rec.note_sources[message] = passage

    def _name(self, entry_id: str) -> str:
        return self.entries[entry_id].name

    def _passage(self, entry: PartnerEntry) -> Passage:
        return Passage.of(self.corpus_dir, entry.cite, self.lang)

    def _say(self, key: str, **values: object) -> str:
        return say(f"rec.{key}", self.lang, **values)
