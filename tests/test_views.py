"""One view model per result: the recommendation, review and answer sources each built once, drawn alike."""

from __future__ import annotations

import datetime as dt
import re

from rich.console import Console

from assistant.answer.sources import answer_sources
from assistant.cli.recommend import print_recommendation
from assistant.knowledge.catalog import load_catalog
from assistant.messages import say
from assistant.recommend import recommend_support
from assistant.recommend.partner import recommend_partner
from assistant.recommend.render import to_markdown
from assistant.recommend.view import recommendation_view
from assistant.review.report import to_markdown as review_markdown
from assistant.review.run import run_review
from assistant.review.view import review_view
from assistant.settings import load_settings
from tests.conftest import CORPUS

TODAY = dt.date(2025, 11, 26)


def support(need: str, **kwargs: object):
    return recommend_support(load_catalog(CORPUS), CORPUS, need, as_of=TODAY, **kwargs)


def terminal(rec) -> str:
    console = Console(record=True, width=200, highlight=False)
    print_recommendation(rec, console)
    return console.export_text()


def test_a_conflict_is_said_once_under_unmet_in_every_renderer():
    rec = support("무료로 쓰고 싶은데 비즈니스 크리티컬 장애 때 15분 안에 응답받아야 해")
    view = recommendation_view(rec)
    assert view.headline == say("rec.label.conflict", "ko") and view.status == "conflict"
    said = rec.notes[0]
    assert [s.key for s in view.sections][:1] == ["unmet"]
    assert sum(line.text == said for s in view.sections for line in s.lines) == 1
    text, _ = to_markdown(rec)
    assert text.count(said) == 1 and f"{say('rec.label.unmet', 'ko')}:" in text
    assert terminal(rec).count(said[:40]) == 1


def test_markdown_and_terminal_number_the_same_sources_the_same_way():
    rec = support("production down within 1 hour, phone support, budget low")
    view = recommendation_view(rec)
    text, passages = to_markdown(rec)
    assert [p.section for p in passages] == [p.section for p in view.sources] and passages
    why = next(s for s in view.sections if s.key == "why")
    for line in why.lines:
        assert f"{line.plain} [{line.cite}]" in text
    out = terminal(rec)
    for n, p in enumerate(view.sources, start=1):
        assert f"[{n}] {p.section}" in out
    assert f"{view.title}" in out and "Recommended plan" in text and view.headline in text


def test_labels_follow_the_request_language():
    ko = recommendation_view(support("프로덕션 장애 때 1시간 안에 전화로 지원받고 싶어요"))
    assert (ko.title, ko.sources_heading) == ("추천 플랜", "출처")
    assert {s.heading for s in ko.sections} <= {
        say(f"rec.label.{k}", "ko") for k in ("why", "unmet", "notes", "alternatives")
    }


def test_a_question_is_the_whole_view():
    view = recommendation_view(support("which plan?"))
    assert view.question and not view.headline and not view.sections and not view.sources
    assert terminal(support("which plan?")).count("production") >= 1


def test_review_view_numbers_the_plan_and_labels_it_once(monkeypatch):
    monkeypatch.setenv("WA_CORPUS", str(CORPUS))
    settings = load_settings()
    review = load_catalog(CORPUS).review
    answers = {q.id: "no" for p in review.pillars for q in p.questions[:1]}
    result = run_review(settings, answers, "shop", "ko", save=False)
    view = review_view(result)
    assert [row.n for row in view.plan] == list(range(1, len(view.plan) + 1)) and view.plan
    assert view.totals["high"] == sum(row.risk == "high" for row in view.plan)
    assert view.label("high") == "고위험" and view.title == "Well-Architected 리뷰: shop"
    md = review_markdown(result)
    first = view.plan[0]
    assert f"### 1. [{first.tag}] {first.question_id} · {first.pillar}" in md
    assert re.search(r"^\| 원칙 \| 점수 \| 고위험 \| 중간 위험 \| 미답변 \|$", md, re.M)


def test_answer_sources_are_the_citations_or_else_the_closest():
    cite = {"n": 1, "section": "Design principles", "source": "wa/reliability.md", "text": "…"}
    answered = answer_sources({"lang": "en", "citations": [cite], "suggestions": []})
    assert (answered.heading, answered.closest, [c.n for c in answered.cited]) == ("Sources", False, [1])
    abstained = answer_sources({"lang": "ko", "citations": [], "suggestions": [cite]})
    assert (abstained.heading, abstained.closest, abstained.cited) == ("가장 가까운 자료", True, ())
    assert [c.section for c in abstained.items] == ["Design principles"]


def test_every_listed_source_is_cited_by_a_line_shown():
    """Notes cite the passage they rest on (a retirement date, a price), so no source is listed uncited."""
    asks = [
        ("production down within 1 hour, phone support, budget low", None, dt.date(2026, 11, 30)),
        ("", ["email"], TODAY),
        ("", ["production-down-1h"], dt.date(2026, 11, 30)),
        ("무료로 쓰고 싶은데 비즈니스 크리티컬 장애 때 15분 안에 응답받아야 해", None, TODAY),
        ("We are on Business support; what changes?", None, dt.date(2026, 11, 30)),
    ]
    recs = [recommend_support(load_catalog(CORPUS), CORPUS, need, needs, as_of=day) for need, needs, day in asks]
    for need in ("Help us migrate to AWS, a large critical project", "보안 컨설팅 파트너, 국내 Premier 티어"):
        recs.append(recommend_partner(load_catalog(CORPUS), CORPUS, need))
    for rec in recs:
        view = recommendation_view(rec)
        cites = [line.cite for s in view.sections for line in s.lines if line.cite]
        assert view.sources and sorted(set(cites)) == list(range(1, len(view.sources) + 1)), rec.notes
        assert list(dict.fromkeys(cites)) == sorted(set(cites))  # numbered in reading order
