"""How many pixels Desk opens in one image: one limit for the vault, the previews and the packets.

Pillow guards against decompression bombs (a few kilobytes that decode to gigabytes) with `MAX_IMAGE_PIXELS`: it
warns past 89 million pixels and refuses past twice that. Phones take larger photos than its warning allows (108 and
200 megapixel modes), and a packet that treated the warning as a refusal left them out. Desk refuses past
`MAX_PIXELS` everywhere alike, and takes everything below it."""

from __future__ import annotations

from types import ModuleType

# A 200-megapixel phone photo (16,320 × 12,240) with room to spare; decoded as RGB it takes about 770 MB, which a
# desktop has. A bomb past it is refused before it is decoded.
MAX_PIXELS = 256_000_000


def pillow() -> ModuleType:
    """`PIL.Image`, with Desk's limit: Pillow refuses an image of more than MAX_PIXELS (`DecompressionBombError`)
    and, below it, only warns (callers ignore `DecompressionBombWarning`)."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # Pillow refuses at twice its figure
    return Image
