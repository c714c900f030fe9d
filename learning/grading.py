"""Knowledge checks: reading a check out of a lesson, grading an attempt, and when the next
attempt may be made. Pure functions of their arguments (no database): the one place for
these rules, called by `learning.services.attempt_record`.

A check is a `knowledge_check` block of a lesson's body; its questions and options are
addressed by the ids Wagtail gives every block and list item (UUIDs, kept when a lesson is
copied for translation, so a French lesson's check is the English one's)."""

import datetime
import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .blocks import SINGLE


class TamperedAnswers(ValueError):
    """A submission no form of ours could have sent: the message says what is wrong."""


class IncompleteAnswers(ValueError):
    """A question left unanswered."""


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    options: tuple[Option, ...]

    @property
    def right(self) -> frozenset[str]:
        return frozenset(option.id for option in self.options if option.correct)


@dataclass(frozen=True)
class PublicQuestion:
    """What the browser may see of a question before an attempt: no answers, no feedback."""

    id: str
    text: str
    kind: str
    options: tuple[tuple[str, str], ...]  # (id, text)


@dataclass(frozen=True)
class Check:
    id: str
    heading: str
    questions: tuple[Question, ...]

    def public(self) -> tuple[PublicQuestion, ...]:
        return tuple(
            PublicQuestion(q.id, q.text, q.kind, tuple((o.id, o.text) for o in q.options))
            for q in self.questions
        )


def checks_in(body) -> list[Check]:
    """The knowledge checks of a lesson body (a StreamValue), in order."""
    return [_check(block) for block in body if block.block_type == "knowledge_check"]


def check_ids_in(raw_body) -> tuple[str, ...]:
    """The ids of the checks of a lesson body, from its stored JSON (no block conversion:
    what progress needs for every lesson of a course)."""
    return tuple(block["id"] for block in raw_body if block.get("type") == "knowledge_check")


def _check(block) -> Check:
    questions = tuple(
        Question(
            id=item.id,
            text=item.value["question"],
            kind=item.value["kind"],
            options=tuple(
                Option(
                    id=option.id,
                    text=option.value["text"],
                    correct=bool(option.value["correct"]),
                    feedback=option.value["feedback"],
                )
                for option in item.value["options"].bound_blocks
            ),
        )
        for item in block.value["questions"].bound_blocks
    )
    return Check(id=block.id, heading=block.value["heading"], questions=questions)


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen: tuple[Option, ...]
    right: bool


@dataclass(frozen=True)
class Grade:
    score: int  # percent of the questions answered right
    passed: bool
    results: tuple[QuestionResult, ...] = field(default=())


def grade(check: Check, answers: dict[str, list[str]], *, pass_mark: int) -> Grade:
    """Grade `answers` ({question id: [option id, ...]}) against `check`.

    A question is right when exactly its right options are chosen. Raises TamperedAnswers
    for what no honest form sends (an unknown question or option, an option twice, two
    answers to a one-answer question) and IncompleteAnswers for a question left blank."""
    questions = {question.id: question for question in check.questions}
    unknown = set(answers) - set(questions)
    if unknown:
        raise TamperedAnswers(_("These answers are for questions that are not in this check."))
    results = []
    for question in check.questions:
        chosen_ids = answers.get(question.id, [])
        if not chosen_ids:
            raise IncompleteAnswers(_("Answer every question before you submit."))
        if len(set(chosen_ids)) != len(chosen_ids):
            raise TamperedAnswers(_("The same option was sent twice for one question."))
        if question.kind == SINGLE and len(chosen_ids) > 1:
            raise TamperedAnswers(_("A question with one answer was sent several answers."))
        options = {option.id: option for option in question.options}
        if not set(chosen_ids) <= set(options):
            raise TamperedAnswers(_("An answer is not one of the question's options."))
        chosen = tuple(options[option_id] for option_id in chosen_ids)
        results.append(QuestionResult(question, chosen, frozenset(chosen_ids) == question.right))
    right = sum(1 for result in results if result.right)
    score = math.floor(100 * right / len(results)) if results else 0
    return Grade(score=score, passed=score >= pass_mark, results=tuple(results))


def regrade(check: Check, answers: dict[str, list[str]], *, pass_mark: int) -> Grade | None:
    """The grade of a recorded attempt against the check as it is now (for showing its
    feedback), or None when the check has changed so that the answers no longer fit."""
    try:
        return grade(check, answers, pass_mark=pass_mark)
    except ValueError:
        return None


def next_attempt_at(
    *,
    failures: int,
    last_failure_at: datetime.datetime | None,
    attempt_limit: int,
    cooldown_minutes: int,
) -> datetime.datetime | None:
    """When the next attempt may be made, or None if it may be made now.

    Attempts come in rounds of `attempt_limit`: after each round of failures the learner
    waits `cooldown_minutes` from the last failure (server clock). A limit of 0 means no
    limit."""
    if attempt_limit <= 0 or failures == 0 or failures % attempt_limit:
        return None
    return last_failure_at + datetime.timedelta(minutes=cooldown_minutes)
