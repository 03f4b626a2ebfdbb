"""Answers through the whole chain (real store, real models) to what chat says around its subject: a seller's
question about Marketplace and APN, a rare name the turn before lent, chat's "DIY" and "CIDR", and a name asked
from an older edition."""

from __future__ import annotations


def test_a_sellers_question_is_answered_by_the_sellers_passage(chat):
    first = chat("우리 솔루션 마켓플레이스 입점하려면 뭐부터 해?").answer.splitlines()[0]
    assert "판매자" in first, first
    en = chat("can we put our own saas up on marketplace without being an apn partner?").answer.splitlines()[0]
    assert any(w in en for w in ("sell", "listing on Marketplace")), en


def test_chat_abbreviations_are_no_names_the_corpus_lacks(chat):
    diy = chat("is a WA review DIY or does AWS have to run it for us?")
    assert not diy.abstained and "solutions architect" in diy.answer, diy.answer
    cidr = chat("서브넷 cidr 안겹치게 잡는건 REL 몇번 질문에서 다룸?")
    assert not cidr.abstained and "REL02" in cidr.answer, cidr.answer


def test_a_name_asked_from_an_older_edition_is_the_former_name(chat):
    first = chat("아키텍처 실험을 고려한 자동화 원칙, 구판 교재에선 이름 뭐였음?").answer.splitlines()[0]
    assert "Automate to make architectural experimentation easier" in first, first


def test_the_plan_a_step_up_and_a_plan_held_up_for_likeness(chat):
    up = chat("엔터프라이즈 서포트 요금?", "그 윗급 플랜은 얼마?").answer.splitlines()[0]
    assert up.startswith("Unified Operations") and "확인되지" in up, up
    stays = chat(
        "엔터프라이즈 서포트 얼마임?", "그거 내년에도 있지? 온램프처럼 없어지는거 아니고?"
    ).answer.splitlines()[0]
    assert "Enterprise Support" in stays and "On-Ramp" not in stays, stays
