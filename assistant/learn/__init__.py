"""The onboarding path (`wa-assistant learn` and the Learn page): steps, seeded quizzes, progress.

path.py       the ordered steps; a step's summary, key terms and links in one language
questions.py  quiz question candidates from catalog facts, each naming the passage that states it
quiz.py       seeded quizzes; a question is kept only if its cited passage contains the answer
progress.py   finished quizzes and each learner's language, in SQLite beside the store
cli.py        the typer command
"""

from assistant.learn.path import STEP_IDS, STEPS, LearnError, StepView, view
from assistant.learn.progress import Progress, StepStatus
from assistant.learn.quiz import Quiz, QuizQuestion, explanation, make_quiz

__all__ = [
    "STEPS",
    "STEP_IDS",
    "LearnError",
    "Progress",
    "Quiz",
    "QuizQuestion",
    "StepStatus",
    "StepView",
    "explanation",
    "make_quiz",
    "view",
]
