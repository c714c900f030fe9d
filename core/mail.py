"""What every e-mail the site sends shares."""

import re

# Line breaks, tabs and runs of ordinary spaces; not the no-break spaces French typography
# puts before ":" ";" "?" "!" (str.split() would take those too).
_BREAKS = re.compile(r"[ \t\r\n\f\v]+")


def subject_line(text: str) -> str:
    """A rendered subject template as one header line: no line break (a header cannot hold
    one), single spaces, the language's no-break spaces kept."""
    return _BREAKS.sub(" ", text).strip()
