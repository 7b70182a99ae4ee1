"""Attachments: checked by content (not by name), pictures re-encoded so their metadata is dropped."""

from __future__ import annotations

import io
from dataclasses import dataclass

from desktop.core.log_model import MAX_SHORT_TEXT, AttachmentRejected, NewAttachment, clean_text

MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
# A phone photo is ~12-50 megapixels; beyond this it is a decompression bomb, not a screenshot.
MAX_PIXELS = 60_000_000
# Re-encoded pictures are scaled down to this longest side: plenty for a printed record.
MAX_SIDE = 3000

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)


@dataclass(frozen=True)
class CheckedAttachment:
    """An attachment ready to store: safe name, content type, the bytes to keep."""

    name: str
    mime: str
    data: bytes


def sniff_type(data: bytes) -> str | None:
    """The kind of file by its first bytes: png, jpeg, gif, bmp, webp, pdf, or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    for magic, kind in _IMAGE_MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _reencode_image(data: bytes, kind: str) -> tuple[bytes, str]:
    """Decode and re-encode a picture, keeping only pixels (no EXIF, GPS, comments)."""
    from PIL import Image, ImageOps  # imported here: only attaching a picture pays for Pillow

    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise AttachmentRejected("attachment", "attachment_pixels")
            probe.verify()
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            # Apply the camera's rotation before the EXIF tag that carries it is dropped.
            img: Image.Image = ImageOps.exif_transpose(opened)
            img.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            if kind == "jpeg":
                img.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
                return out.getvalue(), "image/jpeg"
            if img.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                img = img.convert("RGBA")
            img.save(out, "PNG", optimize=False)
            return out.getvalue(), "image/png"
    except AttachmentRejected:
        raise
    except Exception as exc:  # noqa: BLE001 - any decoder failure means the file is not a usable picture
        raise AttachmentRejected("attachment", "attachment_damaged") from exc


def _check_pdf(data: bytes) -> bytes:
    """Accept a PDF whose header and end marker are present (kept as is)."""
    if b"%%EOF" not in data[-2048:]:
        raise AttachmentRejected("attachment", "attachment_damaged")
    return data


def check_attachment(new: NewAttachment) -> CheckedAttachment:
    """Check an attachment by content and size; re-encode pictures. Raises AttachmentRejected."""
    data = bytes(new.data)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentRejected("attachment", "attachment_size", MAX_ATTACHMENT_BYTES)
    kind = sniff_type(data)
    if kind is None:
        raise AttachmentRejected("attachment", "attachment_type")
    # Keep only the last path part of the name: a full path may hold a person's user name.
    base = (new.name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = clean_text(base, "attachment", MAX_SHORT_TEXT) or "attachment"
    if kind == "pdf":
        return CheckedAttachment(_with_suffix(name, ".pdf"), "application/pdf", _check_pdf(data))
    encoded, mime = _reencode_image(data, kind)
    return CheckedAttachment(
        _with_suffix(name, ".jpg" if mime == "image/jpeg" else ".png"), mime, encoded
    )


def _with_suffix(name: str, suffix: str) -> str:
    """Make the name's extension match what is really stored."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return (stem or "attachment") + suffix
