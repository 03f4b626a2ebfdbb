"""The onboarding path (`wa-assistant learn` and the Learn page): steps, seeded quizzes, progress.

path.py       the ordered steps; a step's summary, key terms and links in one language
facts.py      design principles, anti-patterns and the assistant guide, read from their sections
questions.py  quiz question candidates of several kinds, each naming the section that states it
passages.py   which words a passage states; the shortest excerpt stating an answer and no distractor
quiz.py       seeded quizzes; a question is kept only if its excerpt states the answer and no distractor
progress.py   quiz results and pass marks, the review (Leitner) schedule, per named learner, in SQLite
cli.py        the typer command; items.yaml and guide/ hold the hand-written items and the guide
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
