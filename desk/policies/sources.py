"""The public pages Desk's rules come from, by the titles people know them by.

Policy files cite a source by its file in the project's seed collection (`002_8278cbea450b0445.txt: "…"`), which
is how engineers find the sentence; a person is shown the page's own title instead (`titled`)."""

from __future__ import annotations

import re

# Each seed document's own title, as the page heads itself.
TITLES = {
    "000_e5fcfd6b7758ae63.txt": "Refund & Withdraw Fund",  # the purchase agent's help centre
    "001_6c915d389b837a28.txt": "Refund Methods and Timeframe",  # a shop's help centre, released 2019-07-28
    "002_8278cbea450b0445.txt": "How to properly return money to Aliexpress",
    "003_0904c09b3d3b32f3.txt": "How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide",
    "004_e3fc575abb2b001c.txt": "What to Do if AliExpress is Not Refunding Your Money?",  # Yuan Xu
}
_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")
_SEED = re.compile(r"\bseeds? (\d{3})\b", re.IGNORECASE)
_POLICY_FILE = re.compile(r"\b(\w+)\.toml(?:'s)?\b")
_BARE_SEED = re.compile(r"\bseed\b")
_BY_NUMBER = {name[:3]: title for name, title in TITLES.items()}


def title_of(source: str) -> str | None:
    """The title of the page a source text cites first; None when it cites none (a user's own source)."""
    found = _FILE.search(source)
    return TITLES.get(found.group(0)) if found else None


def titled(text: str) -> str:
    """`text` with every seed file name or "seed 002" replaced by the page's title in quotes, for people."""

    def page(title: str | None, original: str) -> str:
        return f'"{title}"' if title else original

    text = _FILE.sub(lambda m: page(TITLES.get(m.group(0)), m.group(0)), text)
    text = _SEED.sub(lambda m: page(_BY_NUMBER.get(m.group(1)), m.group(0)), text)
    text = _POLICY_FILE.sub(
        lambda m: "Desk's general rule" if m.group(1) == "default" else f"the {m.group(1)} rules", text
    )
    return _BARE_SEED.sub("page", text)  # "the seed also says": the page, to a reader


def quoted(source: str) -> str:
    """The sentence a source text quotes (what follows the file name), or the whole text in words."""
    found = _FILE.match(source.strip())
    if found:
        rest = source.strip()[found.end() :].lstrip(" ,:")
        return titled(rest)
    return titled(source)
