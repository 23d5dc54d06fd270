"""Probe photo files and make their thumbnails, refusing anything that is not a safe image.

One decode serves both jobs: `probe_and_thumbnail` opens the file once, checks the claimed
pixel count before any pixel is decoded, decodes the whole image (JPEGs at a reduced DCT scale
via `draft`, which still reads every byte of the entropy-coded data), reads the metadata and
writes the thumbnail. `probe_photo` and `make_thumbnail` are the same code path with one half
switched off.
"""

from __future__ import annotations

import functools
import io
import math
import os
import re
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from email.utils import parsedate_to_datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError

from memorial_viewer.errors import RejectedInput
from memorial_viewer.types import GeoPoint, PhotoInfo

__all__ = [
    "MAX_PIXELS",
    "PHOTO_EXTENSIONS",
    "SUPPORTED_FORMATS",
    "THUMBNAIL_BACKGROUND",
    "THUMBNAIL_QUALITY",
    "canonical_extension",
    "make_thumbnail",
    "probe_and_thumbnail",
    "probe_photo",
]

SUPPORTED_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP", "GIF")
"""Pillow format names we decode; every other parser (EPS, PSD, PDF, ...) is never run."""

PHOTO_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".tif", ".tiff", ".webp", ".gif"}
)
"""Lower-case file extensions the importer offers as photos (the content decides the format)."""

MAX_PIXELS = 400_000_000
"""Largest image we decode: large enough for 1200 dpi A3 masters, small enough to stay sane."""

THUMBNAIL_QUALITY = 85
THUMBNAIL_BACKGROUND = (238, 238, 238)
"""Neutral light grey behind transparent pixels, so both dark and light artwork stay visible."""

_CANONICAL_EXTENSIONS = {
    "JPEG": ".jpg",
    "MPO": ".jpg",
    "PNG": ".png",
    "TIFF": ".tif",
    "WEBP": ".webp",
    "GIF": ".gif",
}

_FORMAT_LABELS = {"JPEG": "JPEG", "PNG": "PNG", "TIFF": "TIFF", "WEBP": "WebP", "GIF": "GIF"}

_MAX_TEXT = 2000
"""Longest metadata string kept: enough for any caption, short enough to keep rows small."""


def canonical_extension(format: str) -> str:
    """Return the extension (with dot) to store a file of this Pillow format under.

    Stored media get the extension of their real content, not the one they arrived with.
    """
    try:
        return _CANONICAL_EXTENSIONS[format.upper()]
    except KeyError:
        raise ValueError(f"unsupported photo format: {format!r}") from None


def probe_photo(path: Path) -> PhotoInfo:
    """Check that `path` is a complete, supported, not-too-large image and read its metadata.

    Raises RejectedInput with a one-line reason otherwise. JPEGs are decoded at 1/8 scale
    (all data is still read and entropy-decoded); other formats are decoded in full, so a
    100 MP 16-bit TIFF briefly needs about 200-400 MB.
    """
    info, _ = _decode(Path(path), None)
    return info


def probe_and_thumbnail(path: Path, thumb_dest: Path, max_side: int = 512) -> PhotoInfo:
    """Probe `path` and write its thumbnail to `thumb_dest` from the same single decode.

    The thumbnail is an sRGB JPEG, EXIF orientation applied, longest side at most `max_side`
    (never enlarged), written atomically (unique `.part` file, then os.replace) so readers and
    concurrent writers of the same cache entry never see a partial file.
    """
    if max_side < 1:
        raise ValueError("max_side must be positive")
    info, thumb = _decode(Path(path), max_side)
    assert thumb is not None
    _write_jpeg_atomically(thumb, Path(thumb_dest))
    return info


def make_thumbnail(src: Path, dest: Path, max_side: int) -> None:
    """Rebuild a cached thumbnail; the same code path as the import, so results are identical."""
    probe_and_thumbnail(src, dest, max_side)


# --------------------------------------------------------------------------------------------
# Decoding


def _decode(path: Path, max_side: int | None) -> tuple[PhotoInfo, Image.Image | None]:
    """Open, check, decode once; return the metadata and (if asked) the finished thumbnail."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RejectedInput(f"cannot read file ({exc.strerror or exc})") from None
    if size == 0:
        raise RejectedInput("empty file")
    head = _read_head(path)

    with _pillow_limit_at_least(MAX_PIXELS), _open_image(path, head) as im:
        fmt = "JPEG" if im.format == "MPO" else str(im.format)
        label = _FORMAT_LABELS.get(fmt, fmt)
        width, height = im.size
        if width < 1 or height < 1:
            raise RejectedInput(f"truncated or corrupt {label}: image has no pixels")
        if width * height > MAX_PIXELS:
            raise RejectedInput(_too_large_reason(width, height))
        mode = im.mode

        # TIFF metadata is read from the open file, which Pillow closes after load(); PNG text
        # chunks after the pixel data are only seen by load(). Hence the two orders.
        meta: dict[str, Any] = {} if fmt == "PNG" else _read_metadata(im)
        if fmt == "JPEG":
            _draft_jpeg(im, max_side)
        try:
            im.load()
        except MemoryError:
            raise RejectedInput(
                f"not enough memory to decode this {width}×{height} {label}"
            ) from None
        except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, zlib.error...
            raise RejectedInput(f"truncated or corrupt {label}: {_one_line(exc)}") from None
        if fmt == "PNG":
            meta = _read_metadata(im)

        thumb = _render_thumbnail(im, max_side, meta["orientation"]) if max_side else None
        frames = _frame_count(im)
        if frames > 1:
            meta["exif"]["Frames"] = str(frames)

    info = PhotoInfo(format=fmt, width=width, height=height, mode=mode, **meta)
    return info, thumb


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(1024)
    except OSError as exc:
        raise RejectedInput(f"cannot read file ({exc.strerror or exc})") from None


@contextmanager
def _open_image(path: Path, head: bytes) -> Iterator[Image.Image]:
    """Image.open restricted to SUPPORTED_FORMATS, with every failure turned into a reason."""
    try:
        im = Image.open(path, formats=SUPPORTED_FORMATS)
    except UnidentifiedImageError:
        raise RejectedInput(_unidentified_reason(head)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise RejectedInput(_too_large_reason(*(_claimed_size(path) or (0, 0)))) from None
    except OSError as exc:
        if exc.errno is not None:
            raise RejectedInput(f"cannot read file ({exc.strerror or exc})") from None
        raise RejectedInput(f"{_corrupt_prefix(head)}: {_one_line(exc)}") from None
    except Exception as exc:  # header parsers raise ValueError, EOFError, struct.error, ...
        raise RejectedInput(f"{_corrupt_prefix(head)}: {_one_line(exc)}") from None
    with im:
        yield im


def _draft_jpeg(im: Image.Image, max_side: int | None) -> None:
    """Ask libjpeg for the smallest DCT scale that still covers the thumbnail.

    Scaled IDCT still entropy-decodes every block, so truncation and most corruption are still
    caught; for a pure probe we go to 1/8 scale and skip chroma (mode L).
    """
    width, height = im.size
    if max_side is None:
        im.draft("L" if im.mode == "RGB" else im.mode, (1, 1))
        return
    long_side = max(width, height)
    if long_side <= max_side:
        return
    want = (
        max(1, math.ceil(max_side * width / long_side)),
        max(1, math.ceil(max_side * height / long_side)),
    )
    im.draft(im.mode, want)


def _frame_count(im: Image.Image) -> int:
    """Frames or pages; only the first one is decoded and shown."""
    try:
        return int(getattr(im, "n_frames", 1))
    except Exception:  # a damaged later frame must not reject a good first one
        return 1


# --------------------------------------------------------------------------------------------
# Decompression bombs: Pillow's global limit vs ours

_limit_lock = threading.Lock()
_limit_users = 0
_limit_saved: int | None = None
_limit_ours: int | None = None


@contextmanager
def _pillow_limit_at_least(pixels: int) -> Iterator[None]:
    """Let Pillow accept images up to `pixels` while inside, then put its limit back.

    Pillow's bomb limit is a process-wide setting (warning above ~89 MP, error above ~179 MP by
    default) that would refuse legitimate large masters; we enforce MAX_PIXELS ourselves right
    after the header is parsed. The limit is only ever raised (never lowered or disabled), the
    change is reference-counted so overlapping threads restore it exactly once, and it is not
    restored if someone else changed it meanwhile. Other threads see the raised limit only
    while one of our decodes is running.
    """
    global _limit_users, _limit_saved, _limit_ours
    with _limit_lock:
        if _limit_users == 0:
            current = Image.MAX_IMAGE_PIXELS
            _limit_saved = current
            _limit_ours = None if current is None else max(current, pixels)
            Image.MAX_IMAGE_PIXELS = _limit_ours
        _limit_users += 1
    try:
        yield
    finally:
        with _limit_lock:
            _limit_users -= 1
            if _limit_users == 0 and _limit_ours == Image.MAX_IMAGE_PIXELS:
                Image.MAX_IMAGE_PIXELS = _limit_saved


def _claimed_size(path: Path) -> tuple[int, int] | None:
    """Header dimensions of a file Pillow refused as a bomb, read without Pillow's size check.

    Runs only the header parser of one of our formats (no pixel data is touched), so the
    rejection can say what the file claims.
    """
    try:
        with path.open("rb") as fh:
            prefix = fh.read(16)
            for fmt in SUPPORTED_FORMATS:
                if fmt not in Image.OPEN:
                    Image.init()
                factory, accept = Image.OPEN[fmt]
                if accept is not None and accept(prefix) is not True:
                    continue
                fh.seek(0)
                try:
                    im = factory(fh, str(path))
                except Exception:
                    continue
                return im.size
    except Exception:
        return None
    return None


def _too_large_reason(width: int, height: int) -> str:
    limit = f"{MAX_PIXELS // 1_000_000} MP limit"
    if width and height:
        return f"image claims {width}×{height} pixels, more than the {limit}"
    return f"image claims more pixels than the {limit}"


# --------------------------------------------------------------------------------------------
# What is this file, if not one of our images?

_SUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"),
)

_OTHER_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"8BPS", "Photoshop PSD"),
    (b"BM", "BMP"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"\xffO\xffQ", "JPEG 2000"),
    (b"\x00\x00\x01\x00", "Windows icon"),
    (b"FUJIFILMCCD-RAW", "Fujifilm RAW"),
    (b"\x76\x2f\x31\x01", "OpenEXR"),
    (b"qoif", "QOI"),
)

_DOCUMENT_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"%!PS", "PostScript/EPS document"),
    (b"\xc5\xd0\xd3\xc6", "EPS document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"{\\rtf", "RTF document"),
)

_ACCEPTED = ", ".join(_FORMAT_LABELS[f] for f in SUPPORTED_FORMATS)


def _sniff_supported(head: bytes) -> str | None:
    for magic, fmt in _SUPPORTED_MAGIC:
        if head.startswith(magic):
            return fmt
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def _corrupt_prefix(head: bytes) -> str:
    fmt = _sniff_supported(head)
    return f"truncated or corrupt {_FORMAT_LABELS[fmt]}" if fmt else "unreadable image"


def _unidentified_reason(head: bytes) -> str:
    """Name what the file is, so the archivist knows why it was refused."""
    if _sniff_supported(head):
        return f"{_corrupt_prefix(head)}: header unreadable"
    for magic, label in _OTHER_IMAGE_MAGIC:
        if head.startswith(magic):
            return f"unsupported image format: {label} (accepted: {_ACCEPTED})"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"hevc"):
            return f"unsupported image format: HEIC/HEIF (accepted: {_ACCEPTED})"
        if brand in (b"avif", b"avis"):
            return f"unsupported image format: AVIF (accepted: {_ACCEPTED})"
        return "not an image (video or other ISO media file)"
    for magic, label in _DOCUMENT_MAGIC:
        if head.startswith(magic):
            return f"not an image ({label})"
    text = _as_text(head)
    if text is not None:
        lowered = text.lstrip("\ufeff \t\r\n").lower()
        if lowered.startswith("<svg") or "<svg" in lowered[:400]:
            return f"unsupported image format: SVG (accepted: {_ACCEPTED})"
        if any(tag in lowered for tag in ("<html", "<!doctype html", "<head", "<body")):
            return "not an image (HTML page)"
        if lowered.startswith("<?xml"):
            return "not an image (XML document)"
        return "not an image (text file)"
    return "not an image (unrecognised binary data)"


def _as_text(head: bytes) -> str | None:
    """Return the sample as text if it looks like text in any common encoding."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    if b"\x00" in head:
        return None
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f" or b == 0x7F)
    if controls > len(head) // 100:
        return None
    return head.decode("utf-8", "replace")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


# --------------------------------------------------------------------------------------------
# Thumbnail rendering

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
"""The same mapping as ImageOps.exif_transpose, applied after shrinking (cheaper)."""

_HIGH_DEPTH = ("I;16", "I;16L", "I;16B", "I;16N", "I", "F")


def _render_thumbnail(im: Image.Image, max_side: int, orientation: int) -> Image.Image:
    """Shrink, orient and turn any mode into an 8-bit sRGB image for a JPEG thumbnail."""
    icc = im.info.get("icc_profile")
    if im.mode == "1":
        im = im.convert("L")
    elif im.mode in ("P", "PA"):
        keep_alpha = im.mode == "PA" or "transparency" in im.info
        im = im.convert("RGBA" if keep_alpha else "RGB")
    im = _shrink(im, max_side)
    if orientation in _TRANSPOSE:
        im = im.transpose(_TRANSPOSE[orientation])
    if im.mode in _HIGH_DEPTH:
        im = _to_8bit(im)
    im = _flatten_alpha(im)
    if isinstance(icc, bytes) and icc and im.mode in ("RGB", "CMYK", "L"):
        im = _to_srgb(im, icc)
    return im if im.mode == "RGB" else im.convert("RGB")


def _shrink(im: Image.Image, max_side: int) -> Image.Image:
    width, height = im.size
    scale = max_side / max(width, height)
    if scale >= 1:
        return im.copy()  # detach from the file object, which is closed on return
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    try:
        # reducing_gap: a cheap box reduce() first, then bicubic (as Image.thumbnail) for 2x.
        return im.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
    except ValueError:  # reduce() does not support 16-bit modes
        return im.resize(size, Image.Resampling.BICUBIC)


def _to_8bit(im: Image.Image) -> Image.Image:
    """Scale 16-bit (or 32-bit/float) grey to 8 bits; Pillow's convert('L') clips at 255.

    16-bit data keeps its tonality (a dark scan stays dark), except that data never above
    4095 is taken as 12-bit camera/scanner data in a 16-bit container, which would otherwise
    come out nearly black. Wider integer data is stretched to its maximum.
    """
    if im.mode == "F":
        _, high = im.getextrema()
        factor = 255.0 if high <= 1.0 else 255.0 / max(float(high), 1.0)
        return im.point(lambda v: v * factor).convert("L")
    sixteen_bit = im.mode.startswith("I;16")
    im = im.convert("I") if im.mode != "I" else im
    _, high = im.getextrema()
    if sixteen_bit or high > 255:
        if high <= 4095:
            factor = 255 / 4095
        elif high <= 65535:
            factor = 255 / 65535
        else:
            factor = 255 / float(high)
        im = im.point(lambda v: v * factor)
    return im.convert("L")


def _flatten_alpha(im: Image.Image) -> Image.Image:
    """Composite transparent pixels onto THUMBNAIL_BACKGROUND (JPEG has no alpha)."""
    if im.mode in ("RGBa", "La"):
        im = im.convert("RGBA" if im.mode == "RGBa" else "LA")
    if im.mode == "LA":
        background = Image.new("L", im.size, THUMBNAIL_BACKGROUND[0])
        background.paste(im.convert("L"), mask=im.getchannel("A"))
        return background
    if im.mode == "RGBA":
        background = Image.new("RGB", im.size, THUMBNAIL_BACKGROUND)
        background.paste(im.convert("RGB"), mask=im.getchannel("A"))
        return background
    return im


def _to_srgb(im: Image.Image, icc: bytes) -> Image.Image:
    """Convert through the embedded ICC profile (scans are often Adobe RGB, CMYK is common).

    A broken profile is ignored rather than rejecting a good image.
    """
    try:
        transform = _srgb_transform(icc, im.mode)
        if transform is None:
            return im
        return transform.apply(im)
    except Exception:
        return im


@functools.lru_cache(maxsize=16)
def _srgb_transform(icc: bytes, mode: str) -> Any:
    """Build (once per profile) a LittleCMS transform to sRGB; None when already sRGB."""
    from PIL import ImageCms

    source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    description = ImageCms.getProfileDescription(source) or ""
    if mode == "RGB" and "srgb" in description.lower():
        return None
    return ImageCms.buildTransform(
        source,
        ImageCms.createProfile("sRGB"),
        mode,
        "RGB",
        flags=ImageCms.Flags.NOCACHE,  # transforms are shared between worker threads
    )


def _write_jpeg_atomically(im: Image.Image, dest: Path) -> None:
    """Write to a unique `<name>.<random>.part` beside `dest`, then os.replace over it.

    A unique name per writer keeps concurrent builds of the same thumbnail from clobbering
    each other's temp file; stray `.part` files left by a crash can be swept by glob.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f"{dest.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with tmp.open("xb") as fh:
            im.save(fh, "JPEG", quality=THUMBNAIL_QUALITY)
        os.replace(tmp, dest)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


# --------------------------------------------------------------------------------------------
# Metadata

_T = ExifTags.Base
_E = ExifTags.IFD

# Tags copied into PhotoInfo.exif as strings (a whitelist: no MakerNote, thumbnails or blobs).
_IFD0_KEYS = (
    _T.Make,
    _T.Model,
    _T.Software,
    _T.DateTime,
    _T.ImageDescription,
    _T.Artist,
    _T.Copyright,
    _T.Orientation,
    _T.DocumentName,
    _T.PageName,
    _T.HostComputer,
    _T.BitsPerSample,
    _T.XResolution,
    _T.YResolution,
    _T.ResolutionUnit,
    _T.XPTitle,
    _T.XPComment,
    _T.XPAuthor,
    _T.XPKeywords,
    _T.XPSubject,
)
_EXIF_IFD_KEYS = (
    _T.DateTimeOriginal,
    _T.DateTimeDigitized,
    _T.OffsetTimeOriginal,
    _T.SubsecTimeOriginal,
    _T.ExposureTime,
    _T.FNumber,
    _T.ISOSpeedRatings,
    _T.FocalLength,
    _T.FocalLengthIn35mmFilm,
    _T.Flash,
    _T.LensMake,
    _T.LensModel,
    _T.BodySerialNumber,
    _T.ImageUniqueID,
    _T.UserComment,
    _T.ColorSpace,
)
_XP_TAGS = {_T.XPTitle, _T.XPComment, _T.XPAuthor, _T.XPKeywords, _T.XPSubject}

# Strings cameras write into ImageDescription when the user wrote nothing.
_PLACEHOLDER_DESCRIPTIONS = {
    "",
    "default",
    "image",
    "olympus digital camera",
    "sony dsc",
    "digital camera",
    "minolta digital camera",
    "kodak digital still camera",
    "samsung camera pictures",
    "exif_jpeg_picture",
    "lg electronics",
    "camera",
}

_PNG_SKIP_PREFIXES = ("xml:", "raw profile type", "icc", "exif", "mathml", "ole")


def _read_metadata(im: Image.Image) -> dict[str, Any]:
    """Everything PhotoInfo needs besides size and mode; broken EXIF never rejects an image."""
    exif_strings: dict[str, str] = {}
    meta: dict[str, Any] = {
        "orientation": 1,
        "capture_date": None,
        "camera": None,
        "description": None,
        "artist": None,
        "copyright": None,
        "gps": None,
        "exif": exif_strings,
    }
    try:
        exif = im.getexif()
    except Exception:
        exif = Image.Exif()
    ifd0 = dict(_safe_items(exif))
    exif_ifd = _safe_ifd(exif, _E.Exif)
    gps_ifd = _safe_ifd(exif, _E.GPSInfo)

    for tag in _IFD0_KEYS:
        _put(exif_strings, tag, ifd0.get(tag))
    for tag in _EXIF_IFD_KEYS:
        _put(exif_strings, tag, exif_ifd.get(tag))
    _add_container_text(im, exif_strings)

    orientation = ifd0.get(_T.Orientation)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        meta["orientation"] = orientation

    meta["capture_date"] = (
        _exif_datetime(exif_ifd.get(_T.DateTimeOriginal))
        or _exif_datetime(ifd0.get(_T.DateTime))
        or _png_datetime(exif_strings.get("PNG:Creation Time"))
    )
    meta["camera"] = _camera(_text(ifd0.get(_T.Make)), _text(ifd0.get(_T.Model)))

    description = _text(ifd0.get(_T.ImageDescription))
    if description and description.lower() in _PLACEHOLDER_DESCRIPTIONS:
        description = None
    meta["description"] = (
        description
        or exif_strings.get("XPTitle")
        or exif_strings.get("XPComment")
        or exif_strings.get("PNG:Description")
        or exif_strings.get("PNG:Title")
    )
    meta["artist"] = (
        _text(ifd0.get(_T.Artist)) or exif_strings.get("XPAuthor") or exif_strings.get("PNG:Author")
    )
    meta["copyright"] = _copyright(ifd0.get(_T.Copyright)) or exif_strings.get("PNG:Copyright")
    meta["gps"] = _gps(gps_ifd)
    return meta


def _safe_items(exif: Image.Exif) -> Iterator[tuple[int, Any]]:
    try:
        items = list(exif.items())
    except Exception:
        return
    yield from items


def _safe_ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        return {}


def _put(out: dict[str, str], tag: int, value: Any) -> None:
    if value is None:
        return
    text = _tag_text(tag, value)
    if text:
        out[ExifTags.TAGS.get(tag, str(tag))] = text


def _tag_text(tag: int, value: Any) -> str | None:
    """One EXIF value as a short human-readable string, or None for blobs and junk."""
    if tag in _XP_TAGS:
        return _xp_text(value)
    if tag == _T.UserComment:
        return _user_comment(value)
    if tag == _T.Copyright:
        return _copyright(value)
    if isinstance(value, bytes):
        return None
    if tag == _T.ExposureTime:
        number = _number(value)
        if number is None or number <= 0:
            return None
        return f"1/{round(1 / number)}" if number < 0.5 else _fmt_number(number)
    if tag == _T.FNumber:
        number = _number(value)
        return f"f/{_fmt_number(number)}" if number else None
    if tag == _T.FocalLength:
        number = _number(value)
        return f"{_fmt_number(number)} mm" if number else None
    if isinstance(value, tuple):
        parts = [_tag_text(-1, v) for v in value if not isinstance(v, bytes)]
        return " ".join(p for p in parts if p) or None
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    number = _number(value)
    return _fmt_number(number) if number is not None else None


def _number(value: Any) -> float | None:
    """A float from an IFDRational/int/float/pair, or None for 0/0 and other garbage."""
    try:
        if isinstance(value, tuple) and len(value) == 2:
            numerator, denominator = value
            return float(Fraction(int(numerator), int(denominator)))
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _fmt_number(number: float | None) -> str:
    if number is None:
        return ""
    if number == int(number):
        return str(int(number))
    return f"{number:.4g}"


def _text(value: Any) -> str | None:
    """Tidy an EXIF ASCII value: strip NULs and padding; repair UTF-8 read as Latin-1.

    Pillow decodes EXIF ASCII as Latin-1, but many tools (and Windows) write UTF-8 there,
    which for Azerbaijani or Russian captions would otherwise arrive as mojibake.
    """
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    if any(ord(c) > 0x7F for c in value):
        with suppress(UnicodeError):
            value = value.encode("latin-1").decode("utf-8")
    value = value.replace("\x00", " ")
    value = " ".join(value.split())
    if not value:
        return None
    return value if len(value) <= _MAX_TEXT else value[: _MAX_TEXT - 1] + "…"


def _xp_text(value: Any) -> str | None:
    """Windows Explorer's XP* tags: UTF-16LE bytes (Pillow may give a tuple of byte values)."""
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        with suppress(ValueError):
            value = bytes(value)
    if isinstance(value, bytes):
        return _text(value.decode("utf-16-le", "replace").rstrip("\x00"))
    return _text(value)


def _user_comment(value: Any) -> str | None:
    """EXIF UserComment: 8-byte charset header (ASCII/UNICODE/JIS or zeros) then the text."""
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, bytes) or len(value) < 8:
        return None
    header, body = value[:8], value[8:]
    if header.startswith(b"UNICODE"):
        if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = body.decode("utf-16", "replace")
        else:
            # the byte order is the file's; most writers are little-endian (and ASCII-heavy)
            little = body[1::2].count(0) >= body[0::2].count(0)
            text = body.decode("utf-16-le" if little else "utf-16-be", "replace")
    elif header.startswith(b"ASCII") or header == b"\x00" * 8:
        text = body.decode("utf-8", "replace")
    else:
        return None  # JIS and unknown encodings: not worth guessing
    return _text(text.strip("\x00"))


def _copyright(value: Any) -> str | None:
    """EXIF Copyright may hold 'photographer NUL editor'; join the parts."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    parts = [p for p in (_text(part) for part in value.split("\x00")) if p]
    return "; ".join(parts) or None


def _camera(make: str | None, model: str | None) -> str | None:
    """'NIKON CORPORATION' + 'NIKON D70' -> 'NIKON D70'; 'Canon' + 'EOS 5D' -> 'Canon EOS 5D'."""
    if not model:
        return make
    if not make:
        return model
    make_words = {w.casefold().strip(",.") for w in make.split()}
    if model.split()[0].casefold() in make_words:
        return model
    return f"{make} {model}"


_EXIF_DATE = re.compile(
    r"^\s*(\d{4})[:\-/.](\d{2})[:\-/.](\d{2})(?:[ T]+(\d{2}):(\d{2})(?::(\d{2}))?)?"
)


def _exif_datetime(value: Any) -> str | None:
    """'1990:01:20 10:00:00' -> '1990-01-20T10:00:00'; '0000:00:00 ...' and blanks -> None.

    A valid date with a blank or impossible time keeps just the day.
    """
    text = _text(value)
    if not text:
        return None
    match = _EXIF_DATE.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        day_value = datetime(int(year), int(month), int(day))
    except ValueError:  # includes the '0000:00:00' placeholder
        return None
    if hour is None:
        return day_value.strftime("%Y-%m-%d")
    try:
        full = day_value.replace(hour=int(hour), minute=int(minute), second=int(second or 0))
    except ValueError:
        return day_value.strftime("%Y-%m-%d")
    return full.strftime("%Y-%m-%dT%H:%M:%S")


def _png_datetime(value: str | None) -> str | None:
    """PNG 'Creation Time' is free text; RFC 1123 (the spec's advice) and EXIF/ISO forms."""
    if not value:
        return None
    converted = _exif_datetime(value)
    if converted:
        return converted
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.strftime("%Y-%m-%dT%H:%M:%S")


def _gps(gps: dict[int, Any]) -> GeoPoint | None:
    """Decimal degrees with the sign from the N/S and E/W refs; (0, 0) is a 'no fix' filler."""
    latitude = _dms(gps.get(ExifTags.GPS.GPSLatitude))
    longitude = _dms(gps.get(ExifTags.GPS.GPSLongitude))
    if latitude is None or longitude is None:
        return None
    if _ref(gps.get(ExifTags.GPS.GPSLatitudeRef)) == "S":
        latitude = -latitude
    if _ref(gps.get(ExifTags.GPS.GPSLongitudeRef)) == "W":
        longitude = -longitude
    if abs(latitude) > 90 or abs(longitude) > 180 or (latitude == 0 and longitude == 0):
        return None
    altitude = _number(gps.get(ExifTags.GPS.GPSAltitude))
    if altitude is not None:
        below = gps.get(ExifTags.GPS.GPSAltitudeRef)
        if isinstance(below, bytes):
            below = below[:1] == b"\x01"
        if below in (1, True):
            altitude = -altitude
    return GeoPoint(round(latitude, 7), round(longitude, 7), altitude)


def _dms(value: Any) -> float | None:
    """Degrees, minutes, seconds (any trailing parts may be missing) to decimal degrees."""
    if value is None:
        return None
    parts = value if isinstance(value, tuple) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for part, divisor in zip(parts, (1, 60, 3600), strict=False):
        number = _number(part)
        if number is None:
            return None
        total += abs(number) / divisor
    return total


def _ref(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    return value.strip("\x00 ").upper()[:1] if isinstance(value, str) else ""


def _add_container_text(im: Image.Image, out: dict[str, str]) -> None:
    """Cheap non-EXIF text: PNG tEXt/iTXt/zTXt chunks, JPEG/GIF comments, resolution."""
    if im.format == "PNG":
        try:
            chunks = dict(getattr(im, "text", {}) or {})
        except Exception:
            chunks = {}
        for key, value in chunks.items():
            if not isinstance(key, str) or key.lower().startswith(_PNG_SKIP_PREFIXES):
                continue
            text = _text(str(value))
            if text:
                out[f"PNG:{key}"] = text
    comment = im.info.get("comment")
    if isinstance(comment, bytes):
        text = _text(comment.decode("utf-8", "replace"))
        if text:
            out["Comment"] = text
    dpi = im.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2 and "XResolution" not in out:
        x, y = (_fmt_number(_number(v)) for v in dpi)
        if x and y and x != "0":
            out["DPI"] = x if x == y else f"{x}x{y}"
