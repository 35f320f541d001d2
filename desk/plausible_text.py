"""How plausible one reading of a text file is: the oddities a wrong encoding leaves in the words it makes.

A file of Russian product titles saved by Excel in Windows-1251 also decodes as GB18030 ("Кабель" as "枢徨朦") and
as Windows-1252 ("Êàáåëü"); a German one in Windows-1252 decodes as GB18030 too ("Größe" as "Gr鲞e"). Bytes alone
cannot say which is right, but the words can: real text has words of one script, cased the way people write
(`Кабель`, `ООО`, not `УжЙМ`), few symbols inside words, the common Chinese characters (GB2312's first level holds
the 3,755 that make up nearly all modern text) rather than rare ones, and no control or private-use characters.
Each oddity adds to a count: the reading with the fewest is the likeliest.

Only tokens with a character beyond ASCII are looked at: ASCII reads alike in every encoding Desk tries. The
caller scores a sample of a large file (`desk.text_encodings` takes the same bytes for each reading)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

# A cell or word holding a character beyond ASCII: CSV delimiters, quotes and spaces end it.
_TOKEN = re.compile(r'[^\s,;|"]*[^\x00-\x7f][^\s,;|"]*')
# Marks that real text beyond ASCII holds: quotes, dashes, the euro, №, degrees, and Chinese punctuation.
COMMON_MARKS = frozenset("«»„“”‘’‚—–…€№°×·•±§©®™£¥¢²³½¼¾‰†" "，。、；：？！（）【】《》「」『』〈〉～￥")
# Letters a wrong reading makes far more often than any text of ours holds: Serbian and Macedonian Cyrillic (bytes
# 0x80–0xBF of Windows-1251, which Chinese and Western bytes fall on), Icelandic's eth and thorn, the florin.
RARE_LETTERS = frozenset("ЂЃЉЊЋЌЏЅЈђѓљњћќџѕјðþÐÞƒ")
# Letters that belong to no script of their own: ª º (Spanish ordinals), µ.
NEUTRAL_LETTERS = frozenset("ªºµ")

ODD_MARK = 10.0  # a control, private-use or unassigned character: no text holds one
SCRIPT_CHANGE = 3.0  # a word that changes script: "cafй", "GrцЯe"; or Chinese inside a Latin word: "Gr鲞e"
RARE_HAN = 3.0  # a Chinese character outside GB2312
SECOND_LEVEL_HAN = 1.0  # one of GB2312's less common characters
# What a reading may have and still look right: a quarter of an oddity per character beyond ASCII, and one more
# (a short text with one uncommon character, "鑫源五金店", looks right).
PLAUSIBLE = 0.25


@dataclass(frozen=True)
class Plausibility:
    """`oddities` summed over the sampled tokens; `characters`: their characters beyond ASCII."""

    oddities: float
    characters: int

    @property
    def looks_right(self) -> bool:
        return self.oddities <= PLAUSIBLE * self.characters + 1.0


def plausibility(text: str) -> Plausibility:
    """How odd `text` reads (see the module's docstring)."""
    oddities, characters = 0.0, 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        oddities += _token_oddities(token)
        characters += sum(1 for c in token if not c.isascii())
    return Plausibility(oddities, characters)


def _token_oddities(token: str) -> float:
    odd = 0.0
    word: list[str] = []
    for i, char in enumerate(token):
        category = unicodedata.category(char)
        if category[0] in "LM":
            word.append(char)
            continue
        odd += _word_oddities(word)
        word = []
        if not char.isascii():
            odd += _mark_oddities(char, category, token, i)
    return odd + _word_oddities(word)


def _mark_oddities(char: str, category: str, token: str, at: int) -> float:
    if category in ("Cc", "Co", "Cn", "Cs"):  # C1 controls (Latin-1 readings), private use (GB18030's user area)
        return ODD_MARK
    if category == "Zs":  # a no-break space: Excel writes it in numbers
        return 0.0
    odd = 0.0 if char in COMMON_MARKS or "\uff01" <= char <= "\uff5e" else 1.0
    inside = 0 < at < len(token) - 1 and token[at - 1].isalpha() and token[at + 1].isalpha()
    return odd + (1.0 if inside else 0.0)  # a symbol inside a word: "У¦Й"


def _word_oddities(letters: list[str]) -> float:
    if not letters or all(c.isascii() for c in letters):
        return 0.0
    odd = 0.0
    runs: list[str] = []  # the scripts the word passes through, in order
    foreign = 0  # letters beyond ASCII in a row, in a Latin word
    for char in letters:
        script = _script(char)
        if script and (not runs or runs[-1] != script):
            runs.append(script)
        if script == "Han":
            odd += _han_oddities(char)
        if char in RARE_LETTERS:
            odd += 1.0
        foreign = foreign + 1 if script == "Latin" and not char.isascii() else 0
        if foreign > 2:  # "Êàáåëü": Cyrillic read as Windows-1252
            odd += 1.0
    return odd + SCRIPT_CHANGE * _script_changes(runs) + _case_changes(letters)


def _script_changes(runs: list[str]) -> int:
    """Changes of script within a word, except that Chinese writes Latin letters into its words ("T恤", "U盘",
    "iPhone壳", "纯棉T恤") while Chinese inside a Latin word ("Gr鲞e") is Western text read as GB18030."""
    changes = 0
    for i in range(1, len(runs)):
        if {runs[i - 1], runs[i]} != {"Latin", "Han"}:
            changes += 1
        elif runs[i] == "Han" and i + 1 < len(runs) and runs[i + 1] == "Latin":
            changes += 2
    return changes


def _case_changes(letters: list[str]) -> float:
    """Changes between capitals and small letters beyond a capital at the start: `Кабель` none, `ООО` none,
    `УжЙМ` two."""
    cased = [c.isupper() for c in letters if c.isupper() or c.islower()]
    changes = sum(1 for a, b in pairwise(cased) if a != b)
    if len(cased) > 1 and cased[0] and not cased[1]:
        changes -= 1
    return float(max(changes, 0))


@cache
def _script(char: str) -> str | None:
    """The script of a letter as the first word of its Unicode name says ("CYRILLIC SMALL LETTER A"); the scripts
    of Chinese and Japanese writing are one ("Han"), as they mix in one word."""
    if char in NEUTRAL_LETTERS:
        return None
    if char.isascii():
        return "Latin"
    first = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC"):
        return "Han"
    return first.title()


@cache
def _han_oddities(char: str) -> float:
    if unicodedata.name(char, "").startswith(("HIRAGANA", "KATAKANA", "FULLWIDTH", "HALFWIDTH")):
        return 0.0
    try:
        coded = char.encode("gb2312")
    except UnicodeEncodeError:
        return RARE_HAN
    return 0.0 if coded[0] < 0xD8 else SECOND_LEVEL_HAN  # rows 16–55 are the first level, 56–87 the second
