"""JSON read back by Desk, from a file a stranger may have made (a lawyer's bundle's manifest) or from the data
folder (settings, overrides of platform rules, remembered column mappings, the change history): nested deeper
than Desk ever writes (a manifest is three levels deep), it is refused with a sentence that names where it was,
instead of Python's own recursion limit stopping Desk with a traceback.

    data = read_json(text, "manifest.json")     # TooDeeplyNested (a DeskError and a ValueError) when too deep
"""

from __future__ import annotations

import json
from typing import Any

from desk.errors import DeskError
from desk.language import words

MAX_DEPTH = 64  # levels of lists and objects one inside the other; Desk writes at most three


class TooDeeplyNested(DeskError, ValueError):
    """Also a ValueError, as JSON that cannot be read is: a caller that takes bad JSON in its stride (a setting
    falls back to its default) takes this in its stride too."""


def read_json(text: str | bytes, where: str) -> Any:
    """`json.loads(text)`, refusing lists and objects nested more than MAX_DEPTH deep. `where` names the file or
    the record in the refusal."""
    try:
        value = json.loads(text)
    except RecursionError:  # deeper than Python's limit (about a thousand): the decoder gave up
        value = None
        deep = True
    else:
        deep = _deeper_than(value, MAX_DEPTH)
    if deep:
        raise TooDeeplyNested(
            words.tr(
                "{0}: its lists and objects are nested more than {1} levels deep, deeper than anything Desk writes, so "
                "it was not read"
            ).format(where, MAX_DEPTH)
        )
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels in `value`, found without recursion."""
    level = [value] if isinstance(value, dict | list) else []
    for _ in range(limit):  # one level of containers at a time
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True
