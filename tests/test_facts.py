"""Catalog answers: the right value for the right entity, complete lists, time-aware plan notes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.answer.facts import Knowledge, fact_lines
from assistant.answer.question import read_question
from assistant.knowledge.aliases import load_aliases
from assistant.messages import kinds
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def ctx():
    return load_aliases(CORPUS), Knowledge.load(CORPUS, dt.date(2026, 11, 30))


def lines(ctx, text: str):
    aliases, knowledge = ctx
    return fact_lines(read_question(text, aliases), knowledge)


def test_price_belongs_to_the_plan_asked(ctx):
    first = lines(ctx, "what's the minimum price of enterprise support")[0].text
    assert "$15,000" in first and "5,500" not in first
    assert "$5,500" in lines(ctx, "엔터프라이즈 온램프 최소 요금 얼마?")[0].text


def test_response_target_for_the_severity_asked(ctx):
    first = lines(ctx, "enterprise support business critical system down response time")[0].text
    assert "15 minutes" in first and "Enterprise Support" in first
    lacks = lines(ctx, "business support business-critical system down response")[0].text
    assert "no business-critical" in lacks


def test_retiring_plan_says_when_and_what_replaces_it(ctx):
    out = lines(ctx, "개발자 플랜 없어진다던데 언제부터임?")
    assert "2027-01-01" in out[0].text and "Business Support+" in out[0].text
    later = Knowledge.load(CORPUS, dt.date(2027, 2, 1))
    text = fact_lines(read_question("when does developer support end", ctx[0]), later)[0].text
    assert "ended" in text


@pytest.mark.parametrize(
    ("text", "count", "first"),
    [
        ("security pillar design principles", 7, "Implement a strong identity foundation"),
        ("보안 원칙의 모범 사례 영역은?", 7, "보안 기반"),
        ("안정성 원칙 설계 원칙", 5, "장애 자동 복구"),
        ("what are the 6 pillars again?", 6, "Operational Excellence"),
        ("웰아키텍처 6개 기둥이 뭐야", 6, "운영 우수성"),
    ],
)
def test_lists_are_complete_and_count_what_they_list(ctx, text, count, first):
    line = lines(ctx, text)[0]
    assert len(line.items) == count
    assert kinds(count, "ko" if re.search("[가-힣]", text) else "en") in line.text
    assert line.items[0].startswith(first)


def test_korean_answers_in_korean_and_definitions_come_from_the_glossary(ctx):
    line = lines(ctx, "라이트사이징이 정확히 뭐임")[0]
    assert "적정 크기 조정" in line.text and line.source.endswith("ko/right-sizing.md")


def test_no_catalog_fact_returns_nothing(ctx):
    assert lines(ctx, "How do game days improve reliability?") == []


def test_a_principle_name_two_pillars_share_names_both_or_the_one_asked(ctx):
    both = lines(ctx, "which pillars have 'use managed services' as a design principle")
    assert both[0].items == ("Operational Excellence", "Sustainability") and len(both) == 3
    assert "Sustainability" in both[2].text and "utilization" in both[2].text
    one = lines(ctx, "지속가능성의 관리형 서비스 사용 원칙이 뭐야")
    assert len(one) == 1 and "지속 가능성" in one[0].text and "활용률" in one[0].text


def test_a_question_id_says_what_it_asks_about_and_each_id_is_answered(ctx):
    one = lines(ctx, "REL10 - what's that question about again?")
    assert one[0].text.startswith("REL10 (fault isolation) is a question of the Failure management area")
    both = lines(ctx, "SEC05랑 SEC06 각각 뭐 보는 질문이었지?")
    assert [x.text.split("(")[0] for x in both] == ["SEC05", "SEC06"] and "컴퓨팅 리소스 보호" in both[1].text
    assert "(" not in lines(ctx, "SEC01 뭐임")[0].text.split("은")[0]  # one question in its area: the area says it


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("we're on Basic — can I open a technical support case with an engineer?", "No."),
        ("베이직 플랜으로 기술 문의 케이스 열 수 있어?", "아니요."),
        ("is it possible on developer support to open a technical case?", "Yes."),
    ],
)
def test_whether_a_plan_takes_technical_cases_is_a_yes_or_no(ctx, text, verdict):
    assert lines(ctx, text)[0].text.startswith(verdict)
