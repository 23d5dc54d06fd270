"""Deterministic synthetic material for benchmarks: Zipfian trilingual articles, camera JPEGs."""

from __future__ import annotations

import io
import itertools
import random
from pathlib import Path

LATIN = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщыэюя"
ANCHORS = [
    "Baku",
    "Bakı",
    "Баку",
    "January",
    "Yanvar",
    "января",
    "Martyrs",
    "Şəhidlər",
    "шехидов",
    "memorial",
    "xatirə",
    "память",
    "Qafarov",
    "Гафаров",
    "Azərbaycan",
    "Azerbaijan",
]


def vocabulary(size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words = list(ANCHORS)
    while len(words) < size:
        alphabet = LATIN if rng.random() < 0.6 else CYRILLIC
        words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(3, 11))))
    return words


def zipf_weights(n: int, s: float = 1.07) -> list[float]:
    return list(itertools.accumulate(1.0 / (k**s) for k in range(1, n + 1)))


def article_texts(count: int, words: int = 600, seed: int = 11, vocab_size: int = 50_000):
    """Yield (title, text) pairs; ~`words` words each, paragraphs of ~80 words."""
    rng = random.Random(seed)
    vocab = vocabulary(vocab_size)
    cum = zipf_weights(len(vocab))
    for i in range(count):
        body = rng.choices(vocab, cum_weights=cum, k=words)
        paras = [" ".join(body[j : j + 80]) + "." for j in range(0, words, 80)]
        year = 1988 + (i % 36)
        paras.insert(1, f"On January {1 + i % 28}, {year} the archive recorded item {i}.")
        yield f"Article {i} {body[0]} {body[1]}", "\n\n".join(paras)


def write_articles(folder: Path, count: int, words: int = 600) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (title, text) in enumerate(article_texts(count, words)):
        path = folder / f"article-{i:06d}.txt"
        path.write_text(f"{title}\n\n{text}\n", "utf-8")
        paths.append(path)
    return paths


def _camera_jpeg(size: tuple[int, int]) -> bytes:
    """One 12 MP frame with noise (so it compresses like a photo), encoded once."""
    from PIL import Image

    noise = Image.effect_noise(size, 48).convert("RGB")
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    frame = Image.blend(noise, gradient, 0.5)
    buf = io.BytesIO()
    frame.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def _exif_segment(i: int) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Zenit"
    exif[0x0110] = "Benchmark 12"
    exif[0x010E] = f"Synthetic camera frame {i}"
    stamp = f"{1990 + i % 30}:01:{1 + i % 28:02d} 12:00:00"
    exif[0x0132] = stamp
    exif.get_ifd(0x8769)[0x9003] = stamp
    payload = b"Exif\x00\x00" + exif.tobytes()
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def write_photos(folder: Path, count: int, size: tuple[int, int] = (4000, 3000)) -> list[Path]:
    """Distinct camera-size JPEGs: one encoded frame, each with its own EXIF segment."""
    folder.mkdir(parents=True, exist_ok=True)
    base = _camera_jpeg(size)
    paths = []
    for i in range(count):
        path = folder / f"IMG_{i:05d}.jpg"
        path.write_bytes(base[:2] + _exif_segment(i) + base[2:])
        paths.append(path)
    return paths
