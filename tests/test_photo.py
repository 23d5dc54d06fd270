"""Photo probing and thumbnails: real files generated with Pillow (or by hand) in tmp_path."""

from __future__ import annotations

import struct
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.photo import (
    MAX_PIXELS,
    PHOTO_EXTENSIONS,
    SUPPORTED_FORMATS,
    THUMBNAIL_BACKGROUND,
    canonical_extension,
    make_thumbnail,
    probe_and_thumbnail,
    probe_photo,
)
from memorial_viewer.types import GeoPoint

B = ExifTags.Base
IFD = ExifTags.IFD


# ---------------------------------------------------------------------------- helpers


def noisy_rgb(size: tuple[int, int]) -> Image.Image:
    """Noise over a gradient: compresses like a photo, not like a flat test card."""
    noise = Image.effect_noise(size, 30)
    gradient = Image.linear_gradient("L").resize(size)
    return Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5)))


def camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[B.Make] = "NIKON CORPORATION"
    exif[B.Model] = "NIKON D70"
    exif[B.Artist] = "Rauf Mammadov"
    exif[B.Copyright] = "Rauf Mammadov\x00Archive editor"
    exif[B.ImageDescription] = "Funeral procession, Baku"
    exif[B.DateTime] = "2004:05:06 07:08:09"
    sub = exif.get_ifd(IFD.Exif)
    sub[B.DateTimeOriginal] = "1990:01:20 10:00:00"
    sub[B.ExposureTime] = 1 / 125
    sub[B.FNumber] = 2.8
    sub[B.FocalLength] = 50.0
    sub[B.ISOSpeedRatings] = 200
    sub[B.MakerNote] = b"NIKON\x00\x02\x10\x00\x00binary maker note \xff\xfe"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (40.0, 24.0, 36.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (49.0, 52.0, 12.0)
    gps[ExifTags.GPS.GPSAltitudeRef] = b"\x00"
    gps[ExifTags.GPS.GPSAltitude] = 28.5
    return exif


def save_jpeg(path: Path, size: tuple[int, int] = (640, 480), **params: object) -> Path:
    noisy_rgb(size).save(path, "JPEG", quality=90, **params)
    return path


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def handmade_png(width: int, height: int, bit_depth: int = 1, color_type: int = 0) -> bytes:
    """A tiny PNG whose IHDR claims any size; the pixel data holds a single row."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    one_row = b"\x00" + b"\x00" * ((width * bit_depth + 7) // 8)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(one_row))
        + png_chunk(b"IEND", b"")
    )


def rgb48_tiff(width: int, height: int, pixel: tuple[int, int, int]) -> bytes:
    """An uncompressed 16-bit-per-channel RGB TIFF (Pillow cannot write these itself)."""
    data = struct.pack("<3H", *pixel) * (width * height)
    entries = 11
    ifd_offset = 8
    bits_offset = ifd_offset + 2 + entries * 12 + 4
    data_offset = bits_offset + 6
    tags = [
        (256, 3, 1, width),  # ImageWidth
        (257, 3, 1, height),  # ImageLength
        (258, 3, 3, bits_offset),  # BitsPerSample -> 16,16,16
        (259, 3, 1, 1),  # no compression
        (262, 3, 1, 2),  # RGB
        (273, 4, 1, data_offset),  # StripOffsets
        (274, 3, 1, 1),  # Orientation
        (277, 3, 1, 3),  # SamplesPerPixel
        (278, 3, 1, height),  # RowsPerStrip
        (279, 4, 1, len(data)),  # StripByteCounts
        (284, 3, 1, 1),  # chunky
    ]
    out = b"II*\x00" + struct.pack("<I", ifd_offset) + struct.pack("<H", entries)
    for tag, kind, count, value in tags:
        if kind == 3 and count == 1:
            out += struct.pack("<HHIHH", tag, kind, count, value, 0)
        else:
            out += struct.pack("<HHII", tag, kind, count, value)
    return out + struct.pack("<I", 0) + struct.pack("<3H", 16, 16, 16) + data


SRGB_RED = (0.4361, 0.2225, 0.0139)  # sRGB primaries adapted to D50, as ICC wants them
SRGB_GREEN = (0.3851, 0.7169, 0.0971)
SRGB_BLUE = (0.1431, 0.0606, 0.7141)


def rgb_icc_profile(description: str, red: tuple, green: tuple, blue: tuple) -> bytes:
    """A minimal ICC v2 matrix/TRC RGB profile (gamma 2.2), enough for LittleCMS."""

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(values: tuple) -> bytes:
        return b"XYZ " + bytes(4) + b"".join(s15(v) for v in values)

    text = description.encode("ascii") + b"\0"
    desc = b"desc" + bytes(4) + struct.pack(">I", len(text)) + text + bytes(4 + 4 + 2 + 1 + 67)
    curve = b"curv" + bytes(4) + struct.pack(">IH", 1, round(2.2 * 256)) + bytes(2)
    white = (0.9642, 1.0, 0.8249)
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz(white)),
        (b"rXYZ", xyz(red)),
        (b"gXYZ", xyz(green)),
        (b"bXYZ", xyz(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table = body = b""
    for signature, data in tags:
        data += bytes(-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    header = (
        struct.pack(">I", offset + len(body))
        + bytes(4)
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + bytes(12)
        + b"acsp"
        + bytes(28)
        + b"".join(s15(v) for v in white)
        + bytes(48)
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def rejection(path: Path) -> str:
    with pytest.raises(RejectedInput) as caught:
        probe_photo(path)
    reason = str(caught.value)
    assert "\n" not in reason
    return reason


def mean(im: Image.Image) -> tuple[float, ...]:
    """Average colour per band (ImageStat without the import)."""
    bands = im.split()
    count = im.width * im.height
    return tuple(sum(i * n for i, n in enumerate(band.histogram())) / count for band in bands)


# ---------------------------------------------------------------------------- constants


def test_extensions_and_canonical_names() -> None:
    assert {".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".webp", ".gif"} <= PHOTO_EXTENSIONS
    assert all(ext == ext.lower() and ext.startswith(".") for ext in PHOTO_EXTENSIONS)
    assert [canonical_extension(f) for f in SUPPORTED_FORMATS] == [
        ".jpg",
        ".png",
        ".tif",
        ".webp",
        ".gif",
    ]
    assert canonical_extension("mpo") == ".jpg"
    with pytest.raises(ValueError):
        canonical_extension("EPS")


# ---------------------------------------------------------------------------- camera JPEG + EXIF


def test_camera_jpeg_metadata(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "IMG_001.jpg", exif=camera_exif())
    info = probe_photo(path)
    assert (info.format, info.width, info.height, info.mode) == ("JPEG", 640, 480, "RGB")
    assert info.orientation == 1
    assert info.capture_date == "1990-01-20T10:00:00"
    assert info.camera == "NIKON D70"
    assert info.description == "Funeral procession, Baku"
    assert info.artist == "Rauf Mammadov"
    assert info.copyright == "Rauf Mammadov; Archive editor"
    assert info.exif["ExposureTime"] == "1/125"
    assert info.exif["FNumber"] == "f/2.8"
    assert info.exif["FocalLength"] == "50 mm"
    assert info.exif["ISOSpeedRatings"] == "200"
    assert info.exif["DateTimeOriginal"] == "1990:01:20 10:00:00"
    assert "MakerNote" not in info.exif
    assert all(isinstance(v, str) and len(v) <= 2000 for v in info.exif.values())


def test_gps_in_decimal_degrees(tmp_path: Path) -> None:
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=camera_exif()))
    assert info.gps == GeoPoint(latitude=40.41, longitude=49.87, altitude=28.5)


def test_gps_sign_comes_from_refs(tmp_path: Path) -> None:
    exif = Image.Exif()
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (33.0, 51.0, 54.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (70.0, 30.0, 0.0)
    gps[ExifTags.GPS.GPSAltitudeRef] = b"\x01"  # below sea level
    gps[ExifTags.GPS.GPSAltitude] = 12.0
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif))
    assert info.gps is not None
    assert info.gps.latitude == pytest.approx(-33.865)
    assert info.gps.longitude == pytest.approx(-70.5)
    assert info.gps.altitude == pytest.approx(-12.0)


def test_gps_zero_zero_is_treated_as_no_fix(tmp_path: Path) -> None:
    exif = Image.Exif()
    gps = exif.get_ifd(IFD.GPSInfo)
    gps.update({1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)})
    assert probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif)).gps is None


def test_capture_date_falls_back_to_datetime(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[B.DateTime] = "2004:05:06 07:08:09"
    exif.get_ifd(IFD.Exif)[B.DateTimeOriginal] = "0000:00:00 00:00:00"  # camera placeholder
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif))
    assert info.capture_date == "2004-05-06T07:08:09"


def test_capture_date_with_blank_time_keeps_the_day(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.get_ifd(IFD.Exif)[B.DateTimeOriginal] = "1975:08:31   :  :  "
    assert probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif)).capture_date == "1975-08-31"


def test_no_exif_gives_empty_metadata(tmp_path: Path) -> None:
    info = probe_photo(save_jpeg(tmp_path / "a.jpg"))
    assert info.capture_date is None and info.camera is None and info.gps is None
    assert info.orientation == 1


def test_utf8_text_in_exif_ascii_tags_is_repaired(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[B.ImageDescription] = "Şəhidlər xiyabanı, Bakı".encode()
    exif[B.Artist] = "Гафаров".encode()
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif))
    assert info.description == "Şəhidlər xiyabanı, Bakı"
    assert info.artist == "Гафаров"


def test_camera_placeholder_description_is_dropped(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[B.ImageDescription] = "OLYMPUS DIGITAL CAMERA         "
    exif[B.Make] = "Canon"
    exif[B.Model] = "EOS 5D"
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif))
    assert info.description is None
    assert info.camera == "Canon EOS 5D"


def test_windows_xp_title_and_user_comment(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[B.XPTitle] = "Xocalı, 1992".encode("utf-16-le") + b"\x00\x00"
    exif.get_ifd(IFD.Exif)[B.UserComment] = b"UNICODE\x00" + "Qeyd".encode("utf-16-le")
    info = probe_photo(save_jpeg(tmp_path / "a.jpg", exif=exif))
    assert info.exif["XPTitle"] == "Xocalı, 1992"
    assert info.description == "Xocalı, 1992"
    assert info.exif["UserComment"] == "Qeyd"


def test_png_text_chunks(tmp_path: Path) -> None:
    text = PngImagePlugin.PngInfo()
    text.add_text("Title", "Family portrait")
    text.add_itxt("Author", "Ləman Həsənova")
    text.add_text("Creation Time", "Sat, 20 Jan 1990 10:00:00 GMT")
    path = tmp_path / "scan.png"
    noisy_rgb((120, 90)).save(path, pnginfo=text)
    info = probe_photo(path)
    assert info.format == "PNG"
    assert info.description == "Family portrait"
    assert info.artist == "Ləman Həsənova"
    assert info.capture_date == "1990-01-20T10:00:00"
    assert info.exif["PNG:Title"] == "Family portrait"


# ---------------------------------------------------------------------------- thumbnails


def test_thumbnail_from_single_decode_keeps_original_dimensions(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "big.jpg", size=(4000, 3000), exif=camera_exif())
    dest = tmp_path / "cache" / "t.jpg"
    info = probe_and_thumbnail(path, dest, max_side=512)
    assert (info.width, info.height) == (4000, 3000)  # not the draft size
    assert info.camera == "NIKON D70"
    with Image.open(dest) as thumb:
        assert thumb.format == "JPEG" and thumb.mode == "RGB"
        assert thumb.size == (512, 384)
    assert not list(dest.parent.glob("*.part"))


def test_orientation_6_gives_rotated_thumbnail(tmp_path: Path) -> None:
    im = Image.new("RGB", (400, 300), (220, 0, 0))
    im.paste((0, 0, 220), (200, 0, 400, 300))  # left red, right blue
    exif = Image.Exif()
    exif[B.Orientation] = 6  # display needs a 90 degree clockwise turn
    path = tmp_path / "rotated.jpg"
    im.save(path, exif=exif)
    dest = tmp_path / "t.jpg"
    info = probe_and_thumbnail(path, dest, max_side=256)
    assert info.orientation == 6
    assert (info.width, info.height) == (400, 300)
    assert info.display_size == (300, 400)
    with Image.open(dest) as thumb:
        assert thumb.size == (192, 256)
        top = mean(thumb.crop((0, 0, 192, 100)))
        bottom = mean(thumb.crop((0, 156, 192, 256)))
    assert top[0] > 180 and top[2] < 40  # the left (red) half is now on top
    assert bottom[2] > 180 and bottom[0] < 40


def test_thumbnail_is_never_enlarged(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "small.jpg", size=(100, 60))
    make_thumbnail(path, tmp_path / "t.jpg", 512)
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.size == (100, 60)


def test_thumbnail_replaces_existing_file(tmp_path: Path) -> None:
    dest = tmp_path / "t.jpg"
    dest.write_bytes(b"old")
    make_thumbnail(save_jpeg(tmp_path / "a.jpg"), dest, 64)
    with Image.open(dest) as thumb:
        assert max(thumb.size) == 64
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg", "t.jpg"]


def test_failed_thumbnail_leaves_nothing_behind(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "a.jpg", size=(800, 600))
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(RejectedInput):
        probe_and_thumbnail(path, tmp_path / "cache" / "t.jpg")
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_rgba_png_is_flattened_on_neutral_background(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (100, 100), (255, 0, 0, 0)).save(path)
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 50)
    assert info.mode == "RGBA"
    with Image.open(tmp_path / "t.jpg") as thumb:
        r, g, b = mean(thumb)
    assert all(abs(c - t) <= 3 for c, t in zip((r, g, b), THUMBNAIL_BACKGROUND, strict=True))


def test_embedded_srgb_profile_keeps_colours(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "profiled.jpg"
    Image.new("RGB", (64, 64), (200, 120, 40)).save(path, icc_profile=srgb, quality=95)
    probe_and_thumbnail(path, tmp_path / "t.jpg", 32)
    with Image.open(tmp_path / "t.jpg") as thumb:
        r, g, b = mean(thumb)
    assert abs(r - 200) <= 3 and abs(g - 120) <= 3 and abs(b - 40) <= 3


def test_non_srgb_profile_is_converted(tmp_path: Path) -> None:
    # Pixels stored as pure "red" in a space whose red primary is sRGB's blue must show blue.
    swapped = rgb_icc_profile("Swapped primaries", SRGB_BLUE, SRGB_GREEN, SRGB_RED)
    path = tmp_path / "swapped.jpg"
    Image.new("RGB", (64, 64), (255, 0, 0)).save(path, icc_profile=swapped, quality=95)
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 32)
    assert info.mode == "RGB"
    with Image.open(tmp_path / "t.jpg") as thumb:
        r, g, b = mean(thumb)
    assert b > 230 and r < 25 and g < 25


def test_broken_icc_profile_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "badprofile.jpg"
    Image.new("RGB", (64, 64), (10, 200, 10)).save(path, icc_profile=b"not a profile" * 20)
    probe_and_thumbnail(path, tmp_path / "t.jpg", 32)
    with Image.open(tmp_path / "t.jpg") as thumb:
        r, g, b = mean(thumb)
    assert g > 190 and r < 20 and b < 20


# ---------------------------------------------------------------------------- formats


def test_png_named_jpg_is_accepted_as_png(tmp_path: Path) -> None:
    path = tmp_path / "liar.jpg"
    noisy_rgb((64, 48)).save(path, "PNG")
    info = probe_photo(path)
    assert info.format == "PNG"
    assert canonical_extension(info.format) == ".png"


def test_cmyk_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "print.jpg"
    Image.new("CMYK", (200, 100), (0, 255, 255, 0)).save(path, quality=95)  # red ink
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 64)
    assert (info.format, info.mode) == ("JPEG", "CMYK")
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.mode == "RGB" and thumb.size == (64, 32)
        r, g, b = mean(thumb)
    assert r > 200 and g < 60 and b < 60


def test_palette_gif_with_transparency(tmp_path: Path) -> None:
    im = Image.new("P", (60, 60), 0)
    im.putpalette([0, 0, 0, 255, 255, 0] + [0] * 762)
    im.paste(1, (0, 0, 30, 60))  # left half yellow, right half index 0 = transparent
    path = tmp_path / "icon.gif"
    im.save(path, transparency=0)
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 60)
    assert (info.format, info.mode) == ("GIF", "P")
    with Image.open(tmp_path / "t.jpg") as thumb:
        right = mean(thumb.crop((40, 0, 60, 60)))
        left = mean(thumb.crop((0, 0, 20, 60)))
    assert all(abs(c - t) <= 4 for c, t in zip(right, THUMBNAIL_BACKGROUND, strict=True))
    assert left[0] > 230 and left[1] > 230 and left[2] < 30


def test_animated_gif_uses_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (40, 40), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 40)
    assert info.format == "GIF"
    assert info.exif["Frames"] == "3"
    with Image.open(tmp_path / "t.jpg") as thumb:
        r, g, b = mean(thumb)
    assert r > 230 and g < 25 and b < 25


def test_webp(tmp_path: Path) -> None:
    path = tmp_path / "web.webp"
    noisy_rgb((160, 120)).save(path, "WEBP", quality=80)
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 80)
    assert (info.format, info.width, info.height) == ("WEBP", 160, 120)
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.size == (80, 60)


def test_16bit_greyscale_tiff_is_scaled_not_clipped(tmp_path: Path) -> None:
    ramp = Image.linear_gradient("L").resize((256, 128))
    im = ramp.convert("I").point(lambda v: v * 257).convert("I;16")  # 0..65535
    path = tmp_path / "master.tif"
    im.save(path, "TIFF", compression="tiff_lzw")
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 128)
    assert (info.format, info.mode, info.width, info.height) == ("TIFF", "I;16", 256, 128)
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.size == (128, 64)
        grey = mean(thumb.convert("L"))[0]
    assert 110 < grey < 145  # a clipped conversion would be almost all white


def test_12bit_data_in_16bit_tiff_is_not_black(tmp_path: Path) -> None:
    ramp = Image.linear_gradient("L").resize((256, 128))
    im = ramp.convert("I").point(lambda v: v * 16).convert("I;16")  # 0..4080
    path = tmp_path / "sensor.tif"
    im.save(path, "TIFF")
    probe_and_thumbnail(path, tmp_path / "t.jpg", 128)
    with Image.open(tmp_path / "t.jpg") as thumb:
        grey = mean(thumb.convert("L"))[0]
    assert 110 < grey < 145


def test_48bit_rgb_tiff(tmp_path: Path) -> None:
    path = tmp_path / "master48.tif"
    path.write_bytes(rgb48_tiff(90, 60, (65535, 32768, 0)))
    info = probe_and_thumbnail(path, tmp_path / "t.jpg", 45)
    assert (info.format, info.width, info.height) == ("TIFF", 90, 60)
    assert info.exif["BitsPerSample"] == "16 16 16"
    with Image.open(tmp_path / "t.jpg") as thumb:
        assert thumb.size == (45, 30)
        r, g, b = mean(thumb)
    assert r > 245 and 115 < g < 140 and b < 10


def test_multipage_tiff_reports_pages(tmp_path: Path) -> None:
    pages = [noisy_rgb((50, 40)) for _ in range(3)]
    path = tmp_path / "letters.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    info = probe_photo(path)
    assert info.exif["Frames"] == "3"


# ---------------------------------------------------------------------------- rejections


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert rejection(path) == "empty file"


def test_truncated_jpeg(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "cut.jpg", size=(800, 600))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert rejection(path).startswith("truncated or corrupt JPEG: ")


def test_truncated_jpeg_is_caught_by_thumbnail_path_too(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "cut.jpg", size=(4000, 3000))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])  # only the last rows are missing
    with pytest.raises(RejectedInput, match=r"^truncated or corrupt JPEG: "):
        probe_and_thumbnail(path, tmp_path / "t.jpg", 256)


def test_jpeg_with_garbage_after_the_signature(tmp_path: Path) -> None:
    path = tmp_path / "bad.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    assert rejection(path).startswith("truncated or corrupt JPEG")


def test_corrupt_png_data(tmp_path: Path) -> None:
    path = tmp_path / "bad.png"
    noisy_rgb((200, 200)).save(path)
    data = bytearray(path.read_bytes())
    start = data.index(b"IDAT") + 4
    data[start + 100 : start + 400] = bytes(300)  # wipe part of the zlib stream
    path.write_bytes(bytes(data))
    assert rejection(path).startswith("truncated or corrupt PNG: ")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.jpg"
    path.write_bytes(bytes((i * 7919) % 251 for i in range(4096)))
    assert rejection(path) == "not an image (unrecognised binary data)"


def test_text_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("Qafarov ailəsi, 1990\nBakı\n", encoding="utf-8")
    assert rejection(path) == "not an image (text file)"


def test_html_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "page.jpg"
    path.write_text("<!DOCTYPE html>\n<html><head><title>404</title></head></html>")
    assert rejection(path) == "not an image (HTML page)"


def test_eps_named_jpg_is_refused_without_running_the_eps_parser(tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nshowpage\n")
    assert rejection(path) == "not an image (PostScript/EPS document)"


def test_pdf_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    assert rejection(path) == "not an image (PDF document)"


def test_unsupported_image_format_is_named(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    noisy_rgb((20, 20)).save(path, "BMP")
    reason = rejection(path)
    assert reason.startswith("unsupported image format: BMP")
    assert "JPEG, PNG, TIFF, WebP, GIF" in reason


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(handmade_png(30000, 30000))
    before = Image.MAX_IMAGE_PIXELS
    assert rejection(path) == "image claims 30000×30000 pixels, more than the 400 MP limit"
    assert before == Image.MAX_IMAGE_PIXELS  # Pillow's global limit is left as it was


@pytest.mark.parametrize("warning_action", ["ignore", "error"])
def test_bomb_just_over_our_limit(tmp_path: Path, warning_action: str) -> None:
    # Between our limit and twice it, Pillow itself only warns (with our limit in force);
    # whether that warning is shown, ignored or raised, the reason is the same.
    path = tmp_path / "bomb.png"
    path.write_bytes(handmade_png(25000, 16001))  # 400.025 MP
    assert MAX_PIXELS < 25000 * 16001
    with warnings.catch_warnings():
        warnings.simplefilter(warning_action, Image.DecompressionBombWarning)
        reason = rejection(path)
    assert reason == "image claims 25000×16001 pixels, more than the 400 MP limit"


@pytest.mark.parametrize("size", [(12000, 10000), (20000, 15000)])
def test_large_master_is_not_refused_by_pillows_default_limit(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # 120 MP is over Pillow's default warning threshold, 300 MP over its error threshold;
    # both are within ours. Only the header is real here (1-bit, one row of data), so the
    # file is either accepted or refused as damaged, but never as a bomb and never with a
    # DecompressionBombWarning.
    path = tmp_path / "master.png"
    path.write_bytes(handmade_png(*size))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            info = probe_photo(path)
        except RejectedInput as exc:
            assert "limit" not in str(exc)
        else:
            assert (info.width, info.height) == size
    assert not [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]


def test_pillow_limit_is_restored_after_errors(tmp_path: Path) -> None:
    before = Image.MAX_IMAGE_PIXELS
    for name, data in (("a.jpg", b"text"), ("b.png", handmade_png(30000, 30000))):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(RejectedInput):
            probe_photo(tmp_path / name)
    assert before == Image.MAX_IMAGE_PIXELS


def test_missing_file(tmp_path: Path) -> None:
    assert rejection(tmp_path / "gone.jpg").startswith("cannot read file")
