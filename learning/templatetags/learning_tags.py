from dataclasses import dataclass

from django import template

from .. import selectors
from ..forms import answer_field_name

register = template.Library()


@dataclass
class OptionView:
    id: str
    text: str
    checked: bool


@dataclass
class QuestionView:
    id: str
    field_name: str
    text: str
    kind: str
    options: list


@register.simple_tag
def check_view(check_states, check_id, chosen):
    """The form of one check: its state and its questions without answers or feedback,
    with the options the learner had ticked (after a refused submission) ticked again."""
    state = next((s for s in check_states if s.check.id == check_id), None)
    if state is None:
        return None
    questions = []
    for question in state.check.public():
        name = answer_field_name(question.id)
        ticked = chosen.get(name, ())
        options = [OptionView(oid, text, oid in ticked) for oid, text in question.options]
        questions.append(QuestionView(question.id, name, question.text, question.kind, options))
    return {"state": state, "questions": questions}


@register.simple_tag(takes_context=True)
def my_learning(context):
    """The dashboard's "my learning" section (learning.selectors.my_learning)."""
    return selectors.my_learning(user=context["request"].user)
