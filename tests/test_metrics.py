import math

import pytest

from eval import metrics as m


def test_first_relevant_and_recall():
    texts = ["nothing", "the 1 hour target", "1 hour again"]
    rank = m.first_relevant(texts, ["1 hour"])
    assert rank == 2
    assert m.recall_at(rank, 1) == 0.0 and m.recall_at(rank, 3) == 1.0
    assert m.reciprocal_rank(rank) == 0.5
    assert m.first_relevant(texts, ["15 minutes"]) is None
    assert m.reciprocal_rank(None) == 0.0 and m.reciprocal_rank(11, 10) == 0.0


def test_keyword_hit_rate_is_case_insensitive_share():
    assert m.keyword_hit_rate("Business gives a 1 Hour answer", ["business", "1 hour", "TAM"]) == pytest.approx(2 / 3)
    assert m.keyword_hit_rate("x", []) == 1.0


def test_keyword_counts_in_any_form_the_row_accepts_but_never_as_a_citation_marker():
    groups = [["1시간", "1 hour"], ["Enterprise", "엔터프라이즈"]]
    assert m.keyword_hit_rate("Enterprise Support의 목표는 1시간입니다. [1]", ["엔터프라이즈"], groups) == 1.0
    assert m.keyword_hit_rate("Enterprise Support의 목표 [1]", ["엔터프라이즈"]) == 0.0  # no group: the word itself
    assert m.keyword_hit_rate("설계 원칙은 5가지입니다. [1]", ["다섯"]) == 1.0
    assert m.keyword_hit_rate("설계 원칙은 여러 가지입니다. [5]", ["다섯"]) == 0.0
    assert m.keyword_hit_rate("It has 15 areas", ["다섯"]) == 0.0


def test_a_cross_language_keyword_counts_as_the_corpus_says_it_in_the_askers_language():
    said_as = {"more than one path": ["여러 경로"]}
    answer = "한 회사가 여러 경로에 동시에 참여할 수도 있다. [1]"
    assert m.keyword_hit_rate(answer, ["more than one path"]) == 0.0
    assert m.keyword_hit_rate(answer, ["more than one path"], said_as=said_as) == 1.0
    assert m.keyword_hit_rate("경로는 다섯 가지다. [1]", ["more than one path"], said_as=said_as) == 0.0


def test_citation_validity():
    assert m.citation_validity("a [1] b [2]", [1, 2]) == 1.0
    assert m.citation_validity("a [1] b [3]", [1, 2]) == 0.0
    assert m.citation_validity("no refs", [1]) == 0.0


def test_abstention_precision_recall():
    got = m.abstention([True, True, False, False], [True, False, True, False])
    assert got == {"abstention_accuracy": 0.5, "abstention_precision": 0.5, "abstention_recall": 0.5}


def test_groundedness_counts_cited_lines_found_in_their_passage():
    texts = {1: "Business Support answers production down in 1 hour.\n- Phone, chat and email", 2: "| a | b |"}
    answer = (
        "- Business Support answers production down in 1 hour. [1]\n"
        "- Phone, chat and email [1]\n- Made up claim. [2]\nlead line without citation"
    )
    assert m.groundedness(answer, texts) == pytest.approx(2 / 3)
    assert m.groundedness("nothing cited", texts) == 0.0
    assert m.groundedness("a — b [2]", texts) == 1.0


def test_citation_precision():
    assert m.citation_precision(["has 1 hour", "nothing"], ["1 hour"]) == 0.5
    assert m.citation_precision([], ["x"]) == 0.0


def test_ndcg_binary_relevance():
    assert m.ndcg_at(["a x", "b", "c"], ["x"]) == 1.0
    assert m.ndcg_at(["b", "c", "a x"], ["x"]) == pytest.approx(0.5)
    assert m.ndcg_at(["b", "x1", "x2"], ["x"]) == pytest.approx(
        (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    )
    assert m.ndcg_at(["b"], ["x"]) == 0.0


def test_find_keeps_numbers_whole_and_ignores_case():
    assert m.find("greater of $15,000 per month", "15,000") == 12
    assert m.find("greater of $15,500 per month", "5,500") is None
    assert m.find("SEC11 covers it", "11") is None
    assert m.find("11 questions", "11") == 0
    assert m.find("12시간 이내", "1시간") is None and m.find("1시간 이내", "1시간") == 0
    assert m.find("$15,000", "$15") is None
    assert m.find("Scale  Horizontally", "scale horizontally") == 0


def test_completeness_needs_every_group_and_recall_gives_partial_credit():
    groups = [["$15,000", "15,000달러"], ["Enterprise", "엔터프라이즈"]]
    assert m.complete("엔터프라이즈 서포트는 월 15,000달러부터", groups) == 1.0
    assert m.complete("Enterprise starts at $5,500", groups) == 0.0
    assert m.group_recall("Enterprise starts at $5,500", groups) == 0.5
    assert m.group_recall("anything", []) == 1.0


def test_number_correct_rejects_a_sibling_value_leading_the_first_line():
    value, siblings = ["$15,000"], ["$5,500"]
    assert m.number_correct("Enterprise: $15,000 a month (On-Ramp: $5,500). [1]", value, siblings) == 1.0
    assert m.number_correct("On-Ramp is $5,500. [1]\nEnterprise is $15,000. [2]", value, siblings) == 0.0
    assert m.number_correct("The minimum is given below.\n$15,000 [1]", value, siblings) == 1.0
    assert m.number_correct("On-Ramp is $5,500. [1]", value, siblings) == 0.0
    assert m.first_line_value("\n- $15,000 a month [1]\nmore", value) == 1.0
    assert m.first_line_value("It depends.\n$15,000", value) == 0.0


def test_led_by_note_only_counts_answers_that_cite_a_summary():
    sources = {1: "corpus/notes/well-architected-notes.ko.md", 2: "corpus/summaries/ko/support-plans.md"}
    assert m.led_by_note("노트 문장 [1]\n요약 문장 [2]", sources) == 1.0
    assert m.led_by_note("요약 문장 [2]\n노트 문장 [1]", sources) == 0.0
    assert m.led_by_note("노트 문장 [1]", {1: sources[1]}) is None
    assert m.led_by_note("no citation", sources) is None


def test_turn_correct():
    groups = [["15분", "15 minutes"]]
    assert m.turn_correct(False, False, "Enterprise: 15분 [1]", groups) == 1.0
    assert m.turn_correct(False, False, "Enterprise: 30분 [1]", groups) == 0.0
    assert m.turn_correct(True, False, "", groups) == 0.0
    assert m.turn_correct(True, True, "", []) == 1.0 and m.turn_correct(False, True, "Paris", []) == 0.0


def test_claim_support_counts_claims_whose_figures_and_names_are_in_their_passage():
    texts = {1: "Enterprise Support: business-critical system down within 15 minutes.", 2: "Basic is free."}
    assert m.claim_support("15 minutes on Enterprise Support. [1] Basic costs $29. [2]", texts) == 0.5
    assert m.claim_support("no citations here", texts) == 0.0


def test_a_digit_keyword_counts_as_its_number_word_but_only_as_a_whole_word():
    assert m.keyword_hit_rate("위험 수준은 다음 다섯 가지이며", ["5"]) == 1.0
    assert m.keyword_hit_rate("There are ten levels", ["10"]) == 1.0
    assert m.keyword_hit_rate("We review it often", ["10"]) == 0.0
