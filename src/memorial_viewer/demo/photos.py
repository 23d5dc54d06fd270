"""Draw the demo archive's photographs from `resources/demo/photos.json`.

Each spec names a file, a format and a size, the catalogue fields for a JSON sidecar, the EXIF to
embed and a `scene` to draw. Pictures are simple archive-style scenes (an alley of headstones, the
Eternal Flame, carnations, a crowd, the bay, a typed document, a portrait) with film grain, vignette
and a gray, sepia or faded-colour grade, so the viewer, the thumbnailer and the EXIF reader all get
realistic input without any real photograph in the wheel.

Determinism matters more than beauty: every random choice comes from `random.Random` seeded with
the file name (or `scene.seed`), no encoder is given a timestamp and nothing reads the clock, so
two runs write identical bytes and the demo archive's checksums never change.

Spec conventions:

* `size` is the picture as it is *shown*; with EXIF orientation 6 the file stores it turned a
  quarter turn, as a phone held upright does, and a viewer must turn it back.
* `mode: "I;16"` makes a 16-bit grayscale TIFF master.
* `exif: null` writes no EXIF at all; an `exif` with `"datetime": null` writes camera fields only.
  EXIF strings must be ASCII because Pillow writes every other character as `?`.
* GIF cannot hold EXIF, so GIF specs carry their metadata in the sidecar only.
* `scene`: `motif` (alley, flame, carnations, skyline, crowd, sea, document, portrait), `palette`
  (gray, sepia, faded, color), `time` (day, dusk, night), `extras` (carnations, snow, fog,
  candles), and per motif: `flame_towers` (skyline; only for 2012 and later, when the towers
  stood), `count` (crowd rows, carnation heads), `steps`, `high`, `season`, `heading` (ASCII),
  `border`, `background`; optional `grain`, `vignette` and `seed`.
"""

from __future__ import annotations

import json
import math
import random
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PIL import (
    ExifTags,
    Image,
    ImageChops,
    ImageDraw,
    ImageEnhance,
    ImageFilter,
    ImageFont,
    ImageMath,
    ImageOps,
    TiffImagePlugin,
)

from memorial_viewer.ingest.sidecar import SIDECAR_FIELDS

Color = tuple[int, int, int]
Size = tuple[int, int]
Spec = dict[str, Any]
Scene = dict[str, Any]

#: Keys copied from a spec into its `<file>.json` sidecar: the fields sidecars may carry.
SIDECAR_KEYS = SIDECAR_FIELDS

_SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "JPEG": {"quality": 85},
    "WEBP": {"quality": 80, "method": 2},
    # Grainy pictures barely compress; level 1 is four times faster than 6 for 25% more bytes.
    "PNG": {"compress_level": 1},
    "TIFF": {},
    "GIF": {},
}

_SKY: dict[str, tuple[Color, Color]] = {
    "day": ((142, 166, 192), (224, 225, 220)),
    "dusk": ((48, 52, 96), (236, 148, 92)),
    "night": ((6, 8, 22), (38, 36, 60)),
}

_GRAIN = {"gray": 0.45, "sepia": 0.45, "faded": 0.3, "color": 0.15}

# Folded Azerbaijani words for typed documents: Pillow's built-in font has Latin letters only.
_WORDS = (
    "yanvar", "1990", "Baki", "seher", "xalq", "matem", "sehidler", "gece", "qosun", "elan",
    "ailesi", "xatire", "defn", "parkda", "saat", "12", "komite", "sakinler", "xahis", "edirik",
    "komek", "qeyd", "tarix", "20", "21", "22", "yaralilar", "xestexana", "sukut", "qerenfil",
    "sehid", "imza",
)  # fmt: skip


def load_photo_specs(spec_path: Path) -> list[Spec]:
    """Read the spec list; accepts `{"photos": [...]}` or a bare list."""
    data = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    specs = data["photos"] if isinstance(data, dict) else data
    for spec in specs:
        _check_spec(spec)
    return specs


def generate_demo_photos(spec_path: Path, dest: Path) -> list[Path]:
    """Draw every photo in `spec_path` into `dest`, with a `<file>.json` sidecar beside each.

    Returns the image paths in spec order. Existing files of the same names are overwritten.
    """
    specs = load_photo_specs(spec_path)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for spec in specs:
        path = dest / spec["file"]
        _save(render_photo(spec), path, spec)
        _write_sidecar(path, spec)
        paths.append(path)
    return paths


def render_photo(spec: Spec) -> Image.Image:
    """Return the pixels exactly as they will be stored (turned already for orientation 6)."""
    width, height = spec["size"]
    scene: Scene = spec.get("scene", {})
    rng = random.Random(scene.get("seed", zlib.crc32(spec["file"].encode("utf-8"))))
    # Drawing at half size and scaling up is much faster and softens edges as a lens would.
    work = (max(8, width // 2), max(8, height // 2))
    canvas = _MOTIFS[scene["motif"]](work, rng, scene)
    for extra in scene.get("extras", ()):
        if extra != "carnations":  # drawn by the motif itself, where flowers belong
            canvas = _EXTRAS[extra](canvas, rng, scene)
    image = _grade(canvas.resize((width, height), Image.Resampling.BICUBIC), rng, scene)
    if _orientation(spec) == 6:
        image = image.transpose(Image.Transpose.ROTATE_90)
    if spec.get("mode") == "I;16":
        image = _to_16bit(image.convert("L"), rng)
    return image


# ---------------------------------------------------------------------------------------------
# Validation, saving, EXIF, sidecars


def _check_spec(spec: Spec) -> None:
    name = spec.get("file", "?")
    if not isinstance(name, str) or Path(name).name != name or name.startswith("."):
        raise ValueError(f"{name!r}: a photo spec's file must be a plain file name")
    if spec.get("format") not in _SAVE_OPTIONS:
        raise ValueError(f"{name}: unknown format {spec.get('format')!r}")
    if spec.get("scene", {}).get("motif") not in _MOTIFS:
        raise ValueError(f"{name}: unknown motif {spec.get('scene', {}).get('motif')!r}")
    unknown = set(spec["scene"].get("extras", ())) - set(_EXTRAS) - {"carnations"}
    if unknown:
        raise ValueError(f"{name}: unknown extras {sorted(unknown)}")
    if spec.get("mode") == "I;16" and spec["format"] != "TIFF":
        raise ValueError(f"{name}: 16-bit output is only written as TIFF")
    for key, value in (spec.get("exif") or {}).items():
        if isinstance(value, str) and not value.isascii():
            raise ValueError(
                f"{name}: EXIF {key} must be ASCII; Pillow writes other letters as '?'"
            )


def _orientation(spec: Spec) -> int:
    return int((spec.get("exif") or {}).get("orientation", 1))


def _save(image: Image.Image, path: Path, spec: Spec) -> None:
    fmt = spec["format"]
    options = dict(_SAVE_OPTIONS[fmt])
    exif = spec.get("exif")
    if fmt == "GIF":
        if image.mode != "L":
            image = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    elif exif is not None:
        base, sub, gps = _exif_tags(exif)
        if fmt == "TIFF":
            # Pillow's TIFF writer only nests the Exif and GPS IFDs when given them as dicts.
            info = TiffImagePlugin.ImageFileDirectory_v2()
            for tag, value in base.items():
                info[tag] = value
            if sub:
                info[ExifTags.IFD.Exif] = sub
            if gps:
                info[ExifTags.IFD.GPSInfo] = gps
            options["tiffinfo"] = info
        else:
            options["exif"] = _exif_bytes(base, sub, gps)
    image.save(path, fmt, **options)


def _exif_tags(exif: dict[str, Any]) -> tuple[dict[int, Any], dict[int, Any], dict[int, Any]]:
    """Split the spec's EXIF into the main IFD, the Exif sub-IFD and the GPS IFD."""
    tag = ExifTags.Base
    base: dict[int, Any] = {tag.Orientation: int(exif.get("orientation", 1))}
    for key, code in (
        ("make", tag.Make),
        ("model", tag.Model),
        ("description", tag.ImageDescription),
        ("artist", tag.Artist),
        ("copyright", tag.Copyright),
    ):
        if exif.get(key):
            base[code] = exif[key]
    sub: dict[int, Any] = {}
    if exif.get("datetime"):
        base[tag.DateTime] = exif["datetime"]
        sub[tag.DateTimeOriginal] = exif["datetime"]
        sub[tag.DateTimeDigitized] = exif["datetime"]
    gps: dict[int, Any] = {}
    if exif.get("gps"):
        lat, lon = exif["gps"]
        gps = {
            ExifTags.GPS.GPSVersionID: b"\x02\x02\x00\x00",
            ExifTags.GPS.GPSLatitudeRef: "N" if lat >= 0 else "S",
            ExifTags.GPS.GPSLatitude: _dms(lat),
            ExifTags.GPS.GPSLongitudeRef: "E" if lon >= 0 else "W",
            ExifTags.GPS.GPSLongitude: _dms(lon),
        }
    return base, sub, gps


def _exif_bytes(base: dict[int, Any], sub: dict[int, Any], gps: dict[int, Any]) -> bytes:
    exif = Image.Exif()
    for tag, value in base.items():
        exif[tag] = value
    if sub:
        exif.get_ifd(ExifTags.IFD.Exif).update(sub)
    if gps:
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(gps)
    return exif.tobytes()


def _dms(value: float) -> tuple[float, float, float]:
    """Decimal degrees to EXIF degrees/minutes/seconds."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return float(degrees), float(minutes), seconds


def _write_sidecar(path: Path, spec: Spec) -> None:
    """Write the catalogue fields; absent ones are left out so EXIF can supply a missing date."""
    data = {key: spec[key] for key in SIDECAR_KEYS if spec.get(key) not in (None, "", [])}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.with_name(path.name + ".json").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Film look


def _grade(image: Image.Image, rng: random.Random, scene: Scene) -> Image.Image:
    palette = scene.get("palette", "gray")
    grain = float(scene.get("grain", _GRAIN.get(palette, 0.3)))
    vignette = float(scene.get("vignette", 0.35))
    if palette in ("gray", "sepia"):
        lum = ImageOps.autocontrast(image.convert("L"), cutoff=1)
        lum = _vignette(_grain(lum, rng, grain), vignette)
        if palette == "gray":
            return lum
        return ImageOps.colorize(lum, black=(36, 24, 12), white=(250, 236, 206), mid=(150, 112, 74))
    if palette == "faded":
        # Old colour prints: weak saturation, lifted blacks, warm cast as the cyan dye fades.
        red, green, blue = ImageEnhance.Color(image).enhance(0.55).split()
        image = Image.merge(
            "RGB",
            (
                red.point(lambda v: int(30 + v * 0.86)),
                green.point(lambda v: int(22 + v * 0.83)),
                blue.point(lambda v: int(28 + v * 0.72)),
            ),
        )
    return _vignette(_grain(image, rng, grain), vignette)


def _grain(image: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    if amount <= 0:
        return image
    width, height = image.size
    small = (max(1, width // 2), max(1, height // 2))
    noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
    noise = noise.resize(image.size, Image.Resampling.BILINEAR)
    noise = noise.point(lambda v: int(128 + (v - 128) * amount))
    if image.mode == "RGB":
        noise = Image.merge("RGB", (noise, noise, noise))
    return ImageChops.overlay(image, noise)


def _vignette(image: Image.Image, strength: float) -> Image.Image:
    if strength <= 0:
        return image
    mask = Image.radial_gradient("L").resize(image.size, Image.Resampling.BILINEAR)
    mask = mask.point(lambda v: int(255 - strength * v * v / 255))
    if image.mode == "RGB":
        mask = Image.merge("RGB", (mask, mask, mask))
    return ImageChops.multiply(image, mask)


def _to_16bit(lum: Image.Image, rng: random.Random) -> Image.Image:
    """Widen to 16 bits with a random low byte, so the master really uses the extra depth."""
    low = Image.frombytes("L", lum.size, rng.randbytes(lum.width * lum.height))
    wide = ImageMath.lambda_eval(lambda a: a["hi"] * 256 + a["lo"], hi=lum, lo=low)
    return wide.convert("I;16")


# ---------------------------------------------------------------------------------------------
# Drawing helpers


def _gradient(size: Size, top: Color, bottom: Color) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, black=top, white=bottom)


def _jitter(color: Color, rng: random.Random, spread: int) -> Color:
    r, g, b = (max(0, min(255, c + rng.randint(-spread, spread))) for c in color)
    return r, g, b


def _mix(a: Color, b: Color, t: float) -> Color:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return r, g, bl


def _glow(image: Image.Image, box: Sequence[float], color: Color, radius: float) -> Image.Image:
    """Brighten a soft halo around `box`, like light spreading on film."""
    layer = Image.new("RGB", image.size)
    ImageDraw.Draw(layer).ellipse(box, fill=color)
    return ImageChops.screen(image, layer.filter(ImageFilter.GaussianBlur(radius)))


def _sky(size: Size, scene: Scene) -> Image.Image:
    return _gradient(size, *_SKY[scene.get("time", "day")])


def _carnation(draw: ImageDraw.ImageDraw, x: float, y: float, r: float, rng: random.Random) -> None:
    """A ruffled red flower head: two jagged rings, darker outside."""
    outer = _jitter((188, 24, 40), rng, 22)
    inner = _jitter((226, 58, 68), rng, 18)
    for scale, color in ((1.0, outer), (0.58, inner)):
        points = []
        for i in range(18):
            angle = 2 * math.pi * i / 18
            rad = r * scale * (0.72 + 0.28 * rng.random())
            points.append((x + rad * math.cos(angle), y + rad * math.sin(angle)))
        draw.polygon(points, fill=color)


def _flame_points(
    cx: float, base: float, half: float, height: float, rng: random.Random
) -> list[tuple[float, float]]:
    """A teardrop flame, widest near the base, swaying to one side towards the tip."""
    sway = rng.uniform(-0.5, 0.5) * half
    left, right = [], []
    steps = 10
    for i in range(steps + 1):
        t = i / steps
        width = half * math.sin(math.pi * min(1.0, 0.35 + 0.65 * (1 - t))) * (1 - t) ** 0.35
        width *= 0.9 + 0.2 * rng.random()
        x = cx + sway * t * t
        y = base - height * t
        left.append((x - width, y))
        right.append((x + width, y))
    return left + right[::-1]


def _person(
    draw: ImageDraw.ImageDraw, x: float, y: float, head: float, tone: Color, rng: random.Random
) -> None:
    """A standing figure seen from behind: shoulders and head; some wear a cap."""
    body = _jitter(tone, rng, 10)
    shoulder = head * rng.uniform(1.6, 2.1)
    draw.rounded_rectangle(
        (x - shoulder, y - head * 2.3, x + shoulder, y + head * 6), radius=head, fill=body
    )
    draw.ellipse((x - head, y - head * 4.3, x + head, y - head * 2.0), fill=_jitter(tone, rng, 8))
    if rng.random() < 0.3:
        draw.rectangle(
            (x - head * 1.05, y - head * 4.4, x + head * 1.05, y - head * 3.6), fill=body
        )


# ---------------------------------------------------------------------------------------------
# Motifs: each draws a full RGB scene of the given (working) size.


def _alley(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """Two rows of dark headstones receding along a pale path, trees behind them."""
    w, h = size
    image = _sky(size, scene)
    draw = ImageDraw.Draw(image)
    horizon = h * 0.42
    draw.rectangle((0, horizon, w, h), fill=(112, 108, 96))
    vx = w * (0.5 + rng.uniform(-0.04, 0.04))
    draw.polygon(
        [(vx - w * 0.01, horizon), (vx + w * 0.01, horizon), (w * 0.8, h), (w * 0.2, h)],
        fill=(168, 160, 146),
    )
    autumn = scene.get("season") == "autumn"
    leaves = (150, 98, 42) if autumn else (40, 62, 42)
    flowers = "carnations" in scene.get("extras", ())
    count = 16
    depths = [0.06 * (1 / 0.06) ** (k / (count - 1)) for k in range(count)]
    for s in depths:  # trees first, far to near, so the stones stand in front of them
        y = horizon + (h - horizon) * s
        for side in (-1, 1):
            x = vx + side * (w * 0.05 + w * 0.5 * s)
            tw, th = w * 0.035 * s, h * 0.55 * s
            draw.line((x, y - th * 0.3, x, y), fill=(58, 46, 36), width=max(1, int(tw / 3)))
            draw.ellipse((x - tw, y - th, x + tw, y - th * 0.25), fill=_jitter(leaves, rng, 14))
    for s in depths:
        y = horizon + (h - horizon) * s
        sw, sh = w * 0.045 * s, h * 0.15 * s  # upright slabs, taller than wide
        for side in (-1, 1):
            edge = vx + side * (w * 0.015 + w * 0.3 * s)
            x0 = edge - sw if side < 0 else edge
            draw.rectangle((x0, y - sh, x0 + sw, y), fill=_jitter((34, 34, 38), rng, 6))
            draw.line((x0, y - sh, x0 + sw, y - sh), fill=(92, 92, 96), width=max(1, int(s * 3)))
            px, py = x0 + sw / 2, y - sh * 0.65  # engraved portrait
            oval = (px - sw * 0.25, py - sh * 0.14, px + sw * 0.25, py + sh * 0.14)
            draw.ellipse(oval, fill=(120, 118, 114))
            if flowers:
                for _ in range(3):
                    fx = x0 + rng.uniform(0, sw)
                    _carnation(draw, fx, y + rng.uniform(-1, 2), max(1.0, sw * 0.09), rng)
    return image


def _flame(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """A stepped stone memorial under a pointed canopy, with a flame burning in its bowl."""
    w, h = size
    image = _sky(size, scene)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, h * 0.72, w, h), fill=(92, 88, 82))
    cx = w * 0.5
    base = h * 0.86
    for k in range(3):
        half = w * (0.32 - k * 0.06)
        top = base - h * 0.045 * (k + 1)
        draw.rectangle(
            (cx - half, top, cx + half, top + h * 0.045),
            fill=_mix((120, 116, 108), (176, 170, 158), k / 2),
        )
    bowl_top = base - h * 0.135 - h * 0.06
    # Canopy: two slender pillars and a pointed roof above the flame.
    span = w * 0.2
    for px in (cx - span, cx + span):
        draw.rectangle(
            (px - w * 0.015, h * 0.26, px + w * 0.015, base - h * 0.135), fill=(142, 136, 124)
        )
    draw.polygon(
        [(cx - span * 1.25, h * 0.27), (cx, h * 0.08), (cx + span * 1.25, h * 0.27)],
        fill=(118, 112, 104),
    )
    if scene.get("time", "day") != "day":
        image = _glow(
            image,
            (cx - w * 0.16, bowl_top - h * 0.3, cx + w * 0.16, bowl_top + h * 0.05),
            (150, 70, 20),
            w * 0.05,
        )
        draw = ImageDraw.Draw(image)
    for scale, color in ((1.0, (196, 62, 20)), (0.7, (240, 132, 34)), (0.42, (255, 218, 126))):
        draw.polygon(
            _flame_points(cx, bowl_top + h * 0.01, w * 0.07 * scale, h * 0.3 * scale, rng),
            fill=color,
        )
    draw.polygon(
        [
            (cx - w * 0.1, bowl_top),
            (cx + w * 0.1, bowl_top),
            (cx + w * 0.07, bowl_top + h * 0.06),
            (cx - w * 0.07, bowl_top + h * 0.06),
        ],
        fill=(70, 66, 62),
    )
    if "carnations" in scene.get("extras", ()):
        for _ in range(40):
            _carnation(
                draw,
                rng.uniform(cx - w * 0.3, cx + w * 0.3),
                rng.uniform(base, h * 0.97),
                w * 0.012,
                rng,
            )
    return image


def _carnations(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """Red carnations laid on dark stone, or on steps when `steps` is set."""
    w, h = size
    image = _gradient(size, (58, 56, 58), (96, 92, 88))
    draw = ImageDraw.Draw(image)
    if scene.get("steps"):
        rows = 5
        for k in range(rows):
            top = h * k / rows
            draw.rectangle((0, top, w, top + h / rows), fill=_jitter((124, 118, 108), rng, 10))
            draw.line((0, top, w, top), fill=(60, 58, 54), width=max(1, h // 120))
    else:
        draw.rectangle((0, 0, w, h * 0.22), fill=(30, 30, 34))
        draw.line((0, h * 0.22, w, h * 0.22), fill=(82, 82, 86), width=max(1, h // 150))
    count = int(scene.get("count", 40))
    radius = min(w, h) * 0.42 / math.sqrt(count)
    heads = sorted(
        ((rng.uniform(0, w), rng.uniform(h * 0.18, h * 1.02)) for _ in range(count)),
        key=lambda p: p[1],
    )
    for x, y in heads:
        angle = rng.uniform(0, 2 * math.pi)
        length = radius * rng.uniform(2.5, 4)
        stem_end = (x + length * math.cos(angle), y + length * math.sin(angle))
        draw.line(
            ((x, y), stem_end), fill=_jitter((58, 108, 50), rng, 12), width=max(1, int(radius / 5))
        )
        _carnation(draw, x, y, radius, rng)
    return image


def _skyline(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """The bay and the city from the hill; the Flame Towers only when `flame_towers` is set."""
    w, h = size
    time = scene.get("time", "day")
    image = _sky(size, scene)
    horizon = h * 0.56
    water = {"day": ((88, 110, 124), (44, 62, 76)), "dusk": ((122, 96, 104), (40, 42, 66))}
    top, bottom = water.get(time, ((14, 18, 32), (4, 6, 12)))
    image.paste(_gradient((w, h - int(horizon)), top, bottom), (0, int(horizon)))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        y = rng.uniform(horizon + 2, h)
        x = rng.uniform(0, w)
        length = w * 0.02 * (1 + (y - horizon) / (h - horizon) * 3)
        draw.line((x, y, x + length, y), fill=_mix(top, (230, 230, 230), 0.25), width=1)
    # The far shore and the curve of the city along the bay.
    draw.polygon(
        [(0, horizon), (w * 0.25, horizon - h * 0.03), (w * 0.55, horizon), (0, horizon + 2)],
        fill=_mix(top, (70, 70, 76), 0.6),
    )
    night = time == "night"
    x = 0.0
    while x < w * 0.7:
        bw, bh = w * rng.uniform(0.015, 0.045), h * rng.uniform(0.03, 0.12)
        base = horizon + h * 0.06 - x / w * h * 0.05
        color = (22, 22, 32) if night else _jitter((188, 178, 158), rng, 18)
        draw.rectangle((x, base - bh, x + bw, base), fill=color)
        if night:
            for _ in range(int(bw * bh / 40) + 1):
                wx, wy = rng.uniform(x, x + bw), rng.uniform(base - bh, base)
                draw.point((wx, wy), fill=(250, 206, 120))
        x += bw * rng.uniform(0.9, 1.3)
    if scene.get("flame_towers"):
        fill = {"day": (118, 140, 166), "dusk": (156, 120, 120)}.get(time, (232, 112, 40))
        core = {"day": (164, 184, 204), "dusk": (200, 150, 130)}.get(time, (252, 184, 74))
        for offset, height, lean in ((0.0, 0.3, 0.6), (0.075, 0.4, 0.3), (0.16, 0.33, -0.2)):
            tx, base = w * (0.2 + offset), horizon + h * 0.02
            half = w * 0.03
            for scale, color in ((1.0, fill), (0.45, core)):
                points = [(tx - half * scale, base)]
                for i in range(1, 11):
                    t = i / 10
                    points.append(
                        (
                            tx - half * scale * (1 - t) ** 0.8 + lean * half * t * t,
                            base - h * height * t * scale**0.1,
                        )
                    )
                for i in range(9, -1, -1):
                    t = i / 10
                    points.append(
                        (
                            tx + half * scale * (1 - t) ** 0.6 + lean * half * t * t,
                            base - h * height * t * scale**0.1,
                        )
                    )
                draw.polygon(points, fill=color)
    # Dark foliage of the park in the foreground.
    for _ in range(14):
        cx, cy, r = rng.uniform(0, w), h * rng.uniform(0.9, 1.05), w * rng.uniform(0.03, 0.07)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_jitter((26, 38, 28), rng, 8))
    return image


def _crowd(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """Rows of people seen from behind, paler with distance, in front of a building."""
    w, h = size
    image = _sky(size, scene)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, h * 0.12, w, h * 0.62), fill=(164, 158, 148))
    cols = 9
    for r in range(4):
        for c in range(cols):
            x0 = w * (c + 0.3) / cols
            y0 = h * (0.16 + r * 0.11)
            draw.rectangle((x0, y0, x0 + w * 0.4 / cols, y0 + h * 0.07), fill=(82, 84, 90))
    rows = max(2, int(scene.get("count", 6)))
    flowers = "carnations" in scene.get("extras", ())
    for r in range(rows):
        depth = r / (rows - 1)
        head = h * 0.03 * (0.4 + 0.6 * depth)
        y = h * (0.5 + 0.5 * depth) + head * 2
        tone = _mix((128, 124, 120), (30, 28, 28), depth)
        x = -rng.uniform(0, head * 2)
        while x < w + head * 2:
            _person(draw, x, y + rng.uniform(-head, head) * 0.5, head, tone, rng)
            if flowers and rng.random() < 0.25:
                _carnation(draw, x + head * 1.5, y - head * 2.6, head * 0.6, rng)
            x += head * rng.uniform(2.4, 3.4)
    return image


def _sea(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """The bay from the boulevard railing, or from the hill when `high` is set."""
    w, h = size
    time = scene.get("time", "day")
    high = bool(scene.get("high"))
    image = _sky(size, scene)
    horizon = h * (0.36 if high else 0.46)
    top, bottom = ((96, 116, 128), (52, 70, 82)) if time != "night" else ((16, 20, 34), (4, 6, 12))
    image.paste(_gradient((w, h - int(horizon)), top, bottom), (0, int(horizon)))
    draw = ImageDraw.Draw(image)
    for _ in range(80):
        y = rng.uniform(horizon + 1, h)
        x = rng.uniform(-w * 0.05, w)
        length = w * 0.015 * (1 + 4 * (y - horizon) / (h - horizon))
        draw.line((x, y, x + length, y), fill=_mix(top, (236, 236, 230), 0.3), width=1)
    draw.polygon(
        [(0, horizon), (w * 0.18, horizon - h * 0.035), (w * 0.4, horizon), (0, horizon + 1)],
        fill=_mix(top, (60, 62, 66), 0.5),
    )
    if rng.random() < 0.7:  # a tanker on the horizon
        sx = rng.uniform(w * 0.5, w * 0.85)
        draw.rectangle((sx, horizon - h * 0.012, sx + w * 0.08, horizon), fill=(44, 44, 48))
        draw.rectangle(
            (sx + w * 0.06, horizon - h * 0.03, sx + w * 0.075, horizon), fill=(44, 44, 48)
        )
    dark = (34, 34, 38)
    if high:
        for _ in range(30):  # roofs and trees of the slope below the hill
            x, y = rng.uniform(0, w), rng.uniform(h * 0.82, h)
            draw.rectangle(
                (x, y, x + w * rng.uniform(0.03, 0.08), h), fill=_jitter((120, 104, 88), rng, 20)
            )
        for _ in range(10):
            cx, r = rng.uniform(0, w), w * rng.uniform(0.03, 0.06)
            draw.ellipse(
                (cx - r, h * 0.9 - r, cx + r, h * 0.9 + r), fill=_jitter((36, 52, 38), rng, 8)
            )
    else:
        rail = h * 0.78
        draw.rectangle((0, rail, w, h), fill=(96, 92, 86) if time != "night" else (20, 20, 24))
        for y in (rail - h * 0.1, rail - h * 0.05):
            draw.line((0, y, w, y), fill=dark, width=max(1, h // 160))
        for k in range(12):
            x = w * k / 11
            draw.line((x, rail - h * 0.1, x, rail), fill=dark, width=max(1, w // 300))
        for x in (w * 0.12, w * 0.62):
            draw.line((x, rail, x, rail - h * 0.4), fill=dark, width=max(2, w // 220))
            r = w * 0.012
            globe = (250, 220, 150) if time == "night" else (210, 210, 200)
            draw.ellipse((x - r, rail - h * 0.4 - r * 2, x + r, rail - h * 0.4), fill=globe)
    return image


def _document(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """A typed sheet on a wooden table: heading, ruled lines, typed words, stamp, signature."""
    w, h = size
    image = _gradient(size, (84, 60, 40), (58, 40, 28))
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        y = rng.uniform(0, h)
        draw.line((0, y, w, y + rng.uniform(-4, 4)), fill=_jitter((96, 70, 48), rng, 10), width=1)
    ph = h * 0.88
    pw = ph / 1.414
    if pw > w * 0.8:
        pw = w * 0.8
        ph = pw * 1.414
    if w > h:  # a second sheet behind, as in a folder
        _paste_sheet(
            image,
            _sheet((int(pw), int(ph)), rng, scene, typed=False),
            (w * 0.22, h * 0.08),
            rng.uniform(-9, -5),
        )
    sheet = _sheet((int(pw), int(ph)), rng, scene, typed=True)
    _paste_sheet(image, sheet, ((w - pw) / 2, (h - ph) / 2), rng.uniform(-2.5, 2.5))
    return image


def _sheet(size: Size, rng: random.Random, scene: Scene, typed: bool) -> Image.Image:
    pw, ph = size
    sheet = Image.new("RGBA", size, (234, 226, 204, 255))
    draw = ImageDraw.Draw(sheet)
    for _ in range(3):  # age stains
        cx, cy, r = rng.uniform(0, pw), rng.uniform(0, ph), pw * rng.uniform(0.08, 0.2)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r * 0.7), fill=(222, 206, 172, 255))
    sheet = sheet.filter(ImageFilter.GaussianBlur(max(1, pw // 60)))
    draw = ImageDraw.Draw(sheet)
    if scene.get("border"):
        band = pw * 0.035
        draw.rectangle((band, band, pw - band, ph - band), outline=(16, 16, 16), width=int(band))
    if not typed:
        return sheet
    margin = pw * 0.11
    ink = (40, 38, 44, 255)
    heading = str(scene.get("heading", ""))
    if heading:
        font = ImageFont.load_default(size=max(8, int(pw * 0.07)))
        draw.text((pw / 2, margin), heading, fill=ink, font=font, anchor="ma")
    body = ImageFont.load_default(size=max(6, int(pw * 0.026)))
    line_h = ph * 0.034
    y = margin + pw * 0.16
    while y < ph * 0.8:
        draw.line(
            (margin, y + line_h * 0.2, pw - margin, y + line_h * 0.2), fill=(176, 184, 198, 255)
        )
        if rng.random() < 0.12:
            y += line_h
            continue
        words: list[str] = []
        limit = (pw - 2 * margin) * rng.uniform(0.55, 1.0)
        while body.getlength(" ".join([*words, "yanvar"])) < limit:
            words.append(rng.choice(_WORDS))
        draw.text((margin, y), " ".join(words), fill=ink, font=body, anchor="ls")
        y += line_h
    sx, sy, sr = pw * 0.7, ph * 0.86, pw * 0.09
    stamp = (92, 60, 132, 255)
    draw.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), outline=stamp, width=max(1, int(sr / 10)))
    draw.ellipse(
        (sx - sr * 0.6, sy - sr * 0.6, sx + sr * 0.6, sy + sr * 0.6), outline=stamp, width=1
    )
    points = [
        (margin + i * pw * 0.03, ph * 0.87 + rng.uniform(-1, 1) * ph * 0.012) for i in range(9)
    ]
    draw.line(points, fill=(30, 40, 96, 255), width=max(1, pw // 200))
    return sheet


def _paste_sheet(
    image: Image.Image, sheet: Image.Image, at: tuple[float, float], angle: float
) -> None:
    turned = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    image.paste(turned, (int(at[0]), int(at[1])), turned)


def _portrait(size: Size, rng: random.Random, scene: Scene) -> Image.Image:
    """A head-and-shoulders sitter against a studio backdrop or a wall of archive shelves."""
    w, h = size
    image = _gradient(size, (118, 110, 102), (58, 54, 50))
    draw = ImageDraw.Draw(image)
    if scene.get("background") == "shelves":
        for k in range(1, 6):
            y = h * k / 6
            draw.rectangle((0, y - h * 0.012, w, y), fill=(70, 52, 36))
            x = 0.0
            while x < w:
                bw = w * rng.uniform(0.015, 0.04)
                bh = h / 6 * rng.uniform(0.55, 0.85)
                draw.rectangle(
                    (x, y - h * 0.012 - bh, x + bw, y - h * 0.012),
                    fill=_jitter((120, 96, 72), rng, 40),
                )
                x += bw + 1
    cx = w * (0.5 + rng.uniform(-0.04, 0.04))
    image = _glow(image, (cx - w * 0.35, h * 0.08, cx + w * 0.35, h * 0.7), (60, 56, 50), w * 0.08)
    draw = ImageDraw.Draw(image)
    rx = w * 0.14
    ry = rx * 1.35
    hy = h * 0.42
    clothes = _jitter((48, 50, 58), rng, 12)
    draw.ellipse((cx - w * 0.44, h * 0.64, cx + w * 0.44, h * 1.36), fill=clothes)
    draw.polygon(
        [(cx - rx * 0.5, h * 0.64), (cx + rx * 0.5, h * 0.64), (cx, h * 0.76)], fill=(226, 224, 216)
    )
    draw.rectangle((cx - rx * 0.42, hy + ry * 0.6, cx + rx * 0.42, h * 0.67), fill=(170, 134, 108))
    draw.ellipse((cx - rx, hy - ry, cx + rx, hy + ry), fill=(196, 158, 130))
    draw.chord((cx - rx, hy - ry, cx + rx, hy + ry), 300, 60, fill=(184, 146, 120))  # shadow side
    draw.chord(
        (cx - rx * 1.05, hy - ry * 1.1, cx + rx * 1.05, hy + ry * 0.1), 180, 360, fill=(46, 36, 30)
    )
    for ex in (cx - rx * 0.4, cx + rx * 0.4):
        draw.ellipse(
            (ex - rx * 0.1, hy - ry * 0.05, ex + rx * 0.1, hy + ry * 0.05), fill=(50, 40, 36)
        )
    draw.line(
        (cx - rx * 0.3, hy + ry * 0.55, cx + rx * 0.3, hy + ry * 0.55),
        fill=(130, 84, 74),
        width=max(1, int(rx / 14)),
    )
    return image.filter(ImageFilter.GaussianBlur(1))


# ---------------------------------------------------------------------------------------------
# Extras: weather and light added on top of a motif.


def _snow(image: Image.Image, rng: random.Random, scene: Scene) -> Image.Image:
    w, h = image.size
    ground = image.crop((0, int(h * 0.45), w, h))
    image.paste(
        Image.blend(ground, Image.new("RGB", ground.size, (236, 238, 240)), 0.55),
        (0, int(h * 0.45)),
    )
    draw = ImageDraw.Draw(image)
    for _ in range(w * h // 500):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.5, 1.6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(246, 246, 248))
    return image


def _fog(image: Image.Image, rng: random.Random, scene: Scene) -> Image.Image:
    return Image.blend(image, _gradient(image.size, (214, 214, 210), (176, 178, 178)), 0.5)


def _candles(image: Image.Image, rng: random.Random, scene: Scene) -> Image.Image:
    """Small flames along the lower part of the picture (the boulevard railing)."""
    w, h = image.size
    spots = [(rng.uniform(0, w), h * 0.68 + rng.uniform(-2, 2)) for _ in range(24)]
    layer = Image.new("RGB", image.size)
    draw = ImageDraw.Draw(layer)
    for x, y in spots:
        draw.ellipse(
            (x - w * 0.012, y - w * 0.015, x + w * 0.012, y + w * 0.008), fill=(150, 90, 30)
        )
    image = ImageChops.screen(image, layer.filter(ImageFilter.GaussianBlur(w * 0.008)))
    draw = ImageDraw.Draw(image)
    for x, y in spots:
        draw.rectangle((x - w * 0.003, y, x + w * 0.003, y + h * 0.03), fill=(228, 222, 206))
        draw.ellipse((x - w * 0.002, y - w * 0.008, x + w * 0.002, y), fill=(255, 214, 120))
    return image


Motif = Callable[[Size, random.Random, Scene], Image.Image]
Extra = Callable[[Image.Image, random.Random, Scene], Image.Image]

_MOTIFS: dict[str, Motif] = {
    "alley": _alley,
    "flame": _flame,
    "carnations": _carnations,
    "skyline": _skyline,
    "crowd": _crowd,
    "sea": _sea,
    "document": _document,
    "portrait": _portrait,
}

# "carnations" is drawn by the motifs themselves (on graves, in hands, at the memorial's foot).
_EXTRAS: dict[str, Extra] = {"snow": _snow, "fog": _fog, "candles": _candles}
