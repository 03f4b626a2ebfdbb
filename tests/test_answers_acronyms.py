"""Acronyms and names typed with a Korean particle glued on: read as the name they are ("CDK가", "PLS가"), an
acronym the corpus only spells out read as that name ("CAF": "Cloud Adoption Framework"), and one it never names at
all declined."""

from __future__ import annotations

from assistant.answer.acronyms import spelled_out, with_acronyms_spelled
from assistant.answer.question import expand_shorthand
from assistant.retrieval.lexical import LexicalIndex

CORPUS = "Consultants use the AWS Cloud Adoption Framework to assess readiness. Service control policies (SCPs)."


def test_an_acronym_is_spelled_out_by_the_initials_of_a_name_the_corpus_writes():
    assert spelled_out("CAF", CORPUS) == "Cloud Adoption Framework"
    assert spelled_out("CAP", CORPUS) is None
    # (two names spelled the same and written equally often: no guess between them)
    assert spelled_out("CAF", "Cloud Adoption Framework and Cost Allocation Files") is None
    known = {"SCP"}.__contains__
    said = with_acronyms_spelled("CAF가 뭐임? SCP는?", known, CORPUS)
    assert said == "CAF (Cloud Adoption Framework)가 뭐임? SCP는?", said


def test_a_chat_filler_typed_in_capitals_is_an_acronym_unless_it_ends_the_request():
    assert "PLS" in expand_shorthand("what is PLS in the partner program")
    assert "PLS" not in expand_shorthand("list them in English PLS")
    assert "pls" not in expand_shorthand("list them pls")
    assert "BTW" not in expand_shorthand("BTW what is a TAM")


def test_a_particle_glued_onto_a_name_is_no_word_of_the_search():
    index = LexicalIndex(["CDK는 코드로 인프라를 정의한다", "AWS는 여러 서비스를 제공한다", "다른 문장이다"])
    scores = index.scores("CDK는 뭐야")
    assert scores[0] > 0 and scores[1] == 0, scores


def test_a_name_with_a_particle_glued_on_is_answered_by_its_passage(chat):
    cdk = chat("CDK가 뭐임")
    assert not cdk.abstained and "CDK" in cdk.answer.splitlines()[0], cdk.answer
    scp = chat("SCP가 뭐임?")
    assert not scp.abstained and "SCP" in scp.answer.splitlines()[0], scp.answer


def test_an_acronym_the_corpus_spells_out_is_answered_and_one_it_never_names_is_declined(chat):
    for question in ("what's CAF?", "프로서브 제안서에 CAF로 준비 상태 평가한다던데 CAF가 뭐임?"):
        caf = chat(question)
        assert "Cloud Adoption Framework" in caf.answer.splitlines()[0], caf.answer
    for question in ("PLS가 뭐임?", "what is PLS in the partner program"):
        pls = chat(question)
        assert pls.abstained and "PLS" in pls.answer.splitlines()[0], pls.answer


def test_a_quoted_name_of_the_brand_and_a_name_the_corpus_writes_is_known(chat):
    msp = chat("파트너 소개서마다 'AWS MSP' 배지 달려있던데 그게 뭐임?")
    assert not msp.abstained and "MSP" in msp.answer.splitlines()[0], msp.answer


def test_an_unknown_acronym_in_what_the_asker_is_doing_is_their_setting(chat):
    # ("MSA로 쪼개는중인데": what the team is in the middle of, not what is asked)
    said = chat("MSA로 쪼개는중인데 느슨한 결합 원칙 보면 비동기로 붙일땐 뭐 쓰라고 나옴?")
    assert not said.abstained and "SQS" in said.answer, said.answer


def test_a_comparison_of_amounts_the_corpus_does_not_give_is_declined(chat):
    fees = chat("SAA랑 SAP 시험 응시료 차이 얼마나 남? 회사 지원 예산 잡아야돼서")
    assert fees.abstained, fees.answer
    # (a comparison of how prices work asks no amount)
    works = chat("how does proserve pricing work compared to support plans?")
    assert not works.abstained and "negotiat" in works.answer, works.answer


def test_a_what_is_part_naming_a_name_no_alias_knows_is_answered_beside_the_other(chat):
    # ("what is CDK? and how many pillars are there?": the CDK part was dropped, its name being no alias)
    both = chat("what is CDK? and how many pillars are there?").answer
    assert "6 pillars" in both.splitlines()[0] and "Cloud Development Kit" in both, both
    first = chat("CDK가 뭐임? 그리고 SCP는 뭐임?").answer.splitlines()[0]
    assert "CDK" in first, first


def test_a_word_that_joins_the_turn_to_the_talk_is_no_word_of_the_question(chat):
    # ("그리고" is how the turn goes on, not something the passages must hold: it once declined the question)
    scp = chat("그리고 SCP는 뭐임?")
    assert not scp.abstained and "SCP" in scp.answer.splitlines()[0], scp.answer


def test_two_names_no_one_passage_holds_together_are_answered_part_by_part(chat):
    # ("CDK가 뭐고 SCP는 뭐임?" was declined whole: no passage names both, and each part alone is answered)
    both = chat("CDK가 뭐고 SCP는 뭐임?")
    assert not both.abstained and "CDK" in both.answer and "SCP" in both.answer, both.answer
    # (a part the corpus cannot answer is still said to be declined, in its own words)
    mixed = chat("람다 최대 실행 시간이 뭐고 WA 필라는 몇개임?").answer
    assert "람다" in mixed.splitlines()[0] and "6" in mixed, mixed


def test_a_term_typed_as_its_acronym_places_the_review_question_it_names(chat):
    dr = chat("REL에서 DR은 몇번임?")
    assert dr.answer.startswith("REL13"), dr.answer  # (not the count of REL01~REL13)
    # (an acronym in the asker's guess beside an id is the guess, not what the practice described is)
    guess = chat(
        "백업은 AWS Backup으로 떠놓고 매달 복원 테스트까지 함. REL 몇번 질문에 붙이면 됨? DR이니까 REL13 아님?"
    )
    assert guess.answer.startswith("REL09"), guess.answer


def test_an_exam_acronym_spelled_out_is_the_asker_s_scene_not_a_missing_subject(chat):
    answer = chat("SAP 시험 준비중인데 보안 필러 설계원칙 7개 다 불러줘")
    assert not answer.abstained, answer.answer
    assert "추적성" in answer.answer and "7" in answer.answer.splitlines()[0], answer.answer
