import pytest

from core.mail import subject_line


@pytest.mark.parametrize(
    ("rendered", "line"),
    [
        ("Hello\n", "Hello"),
        ("  Your   application\r\nto X ", "Your application to X"),
        ("Changes asked\u00a0: Open courts\n", "Changes asked\u00a0: Open courts"),
        ("a\tb\x0bc\x0cd", "a b c d"),
    ],
)
def test_a_subject_is_one_line_that_keeps_no_break_spaces(rendered, line):
    assert subject_line(rendered) == line
