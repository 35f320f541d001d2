"""A file's type as people say it: "PDF document", "JPEG photo", "e-mail", not `application/pdf`. Desk sniffs the
media type from the content (desk.evidence.sniff) and keeps it; this is how the window and the lists name it."""

from __future__ import annotations

TYPE_WORDS = {
    "application/pdf": "PDF document",
    "image/jpeg": "JPEG photo",
    "image/png": "PNG image",
    "image/gif": "GIF image",
    "image/webp": "WebP image",
    "image/heic": "HEIC photo",
    "image/heif": "HEIF photo",
    "image/tiff": "TIFF image",
    "image/bmp": "BMP image",
    "image/svg+xml": "SVG drawing",
    "text/plain": "text file",
    "text/html": "web page",
    "text/csv": "CSV table",
    "message/rfc822": "e-mail",
    "application/vnd.ms-outlook": "Outlook e-mail",
    "application/zip": "zip archive",
    "application/json": "JSON file",
    "application/msword": "Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.ms-excel": "Excel workbook",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel workbook",
    "video/mp4": "MP4 video",
    "video/quicktime": "QuickTime video",
    "audio/mpeg": "MP3 recording",
    "application/octet-stream": "file of unknown type",
    "application/x-empty": "empty file",
}
# A type not named above, by its family: "image (image/x-icon)"; anything else is a "file (…)".
FAMILY_WORDS = {"image": "image", "video": "video", "audio": "audio recording", "text": "text file"}


def file_type_words(media_type: str) -> str:
    """`application/pdf` → "PDF document"; an unnamed type keeps its media type in brackets for whoever needs it."""
    known = TYPE_WORDS.get(media_type.lower())
    if known is not None:
        return known
    family = FAMILY_WORDS.get(media_type.partition("/")[0].lower(), "file")
    return f"{family} ({media_type})"
