"""A file's type as people say it: "PDF document", "JPEG photo", "e-mail", not `application/pdf`. Desk sniffs the
media type from the content (desk.evidence.sniff) and keeps it; this is how the window and the lists name it."""

from __future__ import annotations

from desk.language import QT_TRANSLATE_NOOP, words

TYPE_WORDS = {
    "application/pdf": QT_TRANSLATE_NOOP("words", "PDF document"),
    "image/jpeg": QT_TRANSLATE_NOOP("words", "JPEG photo"),
    "image/png": QT_TRANSLATE_NOOP("words", "PNG image"),
    "image/gif": QT_TRANSLATE_NOOP("words", "GIF image"),
    "image/webp": QT_TRANSLATE_NOOP("words", "WebP image"),
    "image/heic": QT_TRANSLATE_NOOP("words", "HEIC photo"),
    "image/heif": QT_TRANSLATE_NOOP("words", "HEIF photo"),
    "image/tiff": QT_TRANSLATE_NOOP("words", "TIFF image"),
    "image/bmp": QT_TRANSLATE_NOOP("words", "BMP image"),
    "image/svg+xml": QT_TRANSLATE_NOOP("words", "SVG drawing"),
    "text/plain": QT_TRANSLATE_NOOP("words", "text file"),
    "text/html": QT_TRANSLATE_NOOP("words", "web page"),
    "text/csv": QT_TRANSLATE_NOOP("words", "CSV table"),
    "message/rfc822": QT_TRANSLATE_NOOP("words", "e-mail"),
    "application/vnd.ms-outlook": QT_TRANSLATE_NOOP("words", "Outlook e-mail"),
    "application/zip": QT_TRANSLATE_NOOP("words", "zip archive"),
    "application/json": QT_TRANSLATE_NOOP("words", "JSON file"),
    "application/msword": QT_TRANSLATE_NOOP("words", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP(
        "words", "Word document"
    ),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("words", "Excel workbook"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP("words", "Excel workbook"),
    "video/mp4": QT_TRANSLATE_NOOP("words", "MP4 video"),
    "video/quicktime": QT_TRANSLATE_NOOP("words", "QuickTime video"),
    "audio/mpeg": QT_TRANSLATE_NOOP("words", "MP3 recording"),
    "application/octet-stream": QT_TRANSLATE_NOOP("words", "file of unknown type"),
    "application/x-empty": QT_TRANSLATE_NOOP("words", "empty file"),
}
# A type not named above, by its family: "image (image/x-icon)"; anything else is a "file (…)". Both tables' words
# are shown translated (`words.tr`).
FAMILY_WORDS = {
    "image": QT_TRANSLATE_NOOP("words", "image"),
    "video": QT_TRANSLATE_NOOP("words", "video"),
    "audio": QT_TRANSLATE_NOOP("words", "audio recording"),
    "text": QT_TRANSLATE_NOOP("words", "text file"),
}


def file_type_words(media_type: str) -> str:
    """`application/pdf` → "PDF document"; an unnamed type keeps its media type in brackets for whoever needs it."""
    known = TYPE_WORDS.get(media_type.lower())
    if known is not None:
        return words.tr(known)
    family = FAMILY_WORDS.get(media_type.partition("/")[0].lower(), QT_TRANSLATE_NOOP("words", "file"))
    return f"{words.tr(family)} ({media_type})"
