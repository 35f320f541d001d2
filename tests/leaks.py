"""What must never reach a person (issue 12, plain words): the patterns the leak scan looks for in every text Desk
shows — windows, PDFs meant for people, CLI messages."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import cache

from desk.models import Base
from desk.models.base import Platform
from desk.policies import shipped_sets


@dataclass(frozen=True)
class Leak:
    where: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what} in {self.text[:200]!r}"


@cache
def internal_words() -> frozenset[str]:
    """Identifiers only the code uses: table and column names, enum values and rule keys, where they have an
    underscore (single words such as `state` or `orders` are English and may be read)."""
    words = {t.name for t in Base.metadata.tables.values()}
    words |= {c.name for t in Base.metadata.tables.values() for c in t.columns}
    for mapper in Base.registry.mappers:
        for column in mapper.local_table.columns:
            enum_class = getattr(column.type, "enum_class", None)
            if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum):
                words |= {str(m.value) for m in enum_class}
    words |= {r.key for s in shipped_sets().values() for r in s.rules}
    return frozenset(w for w in words if "_" in w)


_PLATFORMS = "|".join(re.escape(p.value) for p in Platform)
_PATTERNS = (
    ("a machine key", re.compile(r"\b(?!(?:" + _PLATFORMS + r"):)[a-z][a-z_]*:\d+\b")),
    ("a seed number", re.compile(r"\bseeds? ?0\d\d\b", re.IGNORECASE)),
    ("a seed file", re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")),
    (
        "a rule key",
        re.compile(
            r"\b(?:"
            + _PLATFORMS
            + r"|agent|default)\.(?:"
            + "|".join(sorted({r.key for s in shipped_sets().values() for r in s.rules}))
            + r")\b"
        ),
    ),
    ("a source file name", re.compile(r"\b[\w/-]+\.(?:py|toml)\b")),
    ("a Python repr", re.compile(r"<desk\.|<[A-Z]\w+ object at |\b[A-Z]\w+\.[A-Z_]{3,}\b")),
)


# A date in the fixed ISO form, not inside a file name (`statement_2026-10-01.pdf`) or a longer number: the window
# writes dates in the user's locale (desk.ui.locale_text); the CLI, JSON and documents keep ISO on purpose.
ISO_DATE = re.compile(r"(?<![\w.-])\d{4}-\d{2}-\d{2}(?![\w-])")


def leaks(where: str, text: str, allowed: tuple[str, ...] = (), *, window: bool = False) -> list[Leak]:
    """Every internal identifier in `text`; with `window`, also a date written in ISO form."""
    ours = text
    for allow in allowed:
        ours = ours.replace(allow, "")
    found = [Leak(where, what, text) for what, pattern in _PATTERNS if pattern.search(ours)]
    if window and ISO_DATE.search(ours):
        found.append(Leak(where, "an ISO date", text))
    words = set(re.findall(r"(?<![\w.@/-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.@/-])", ours)) & internal_words()
    found += [Leak(where, f"the identifier {w}", text) for w in sorted(words)]
    return found
