"""Turn the bytes of an imported text file into clean Unicode text.

The archive holds files saved on Windows, DOS and Unix machines in Azerbaijani, Russian and
English, so the usual suspects are UTF-8, UTF-16, cp1251, koi8-r, cp866, cp1252 and cp1254.
General-purpose detectors guess short Cyrillic texts wrongly (see field notes), so the order is:
BOM, BOM-less UTF-16, strict UTF-8, then a small scorer limited to those legacy code pages.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections import Counter

from memorial_viewer.errors import RejectedInput

# Legacy code pages we consider, in tie-break order: cp1251 first (field notes: strict UTF-8
# then cp1251 decodes short Cyrillic texts right), Western and Turkish next, then the rarer ones.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "cp1254", "koi8_r", "cp866")
# cp1251 is by far the most common legacy page in this archive: it wins close calls.
_PRIOR = {"cp1251": 3.0}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

BINARY = "binary content, not text"
UNDECODABLE = "unknown text encoding (not UTF-8, UTF-16 or a Cyrillic/Latin code page)"

# Relative frequency (%) of Russian letters; the log gives a cheap "how Russian does it look".
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}  # fmt: skip
_CYR_SCORE = {ch: math.log(f) + 2.0 for ch, f in _RU_FREQ.items()}
# Frequent Russian letter pairs: a misread code page rarely produces them.
_RU_BIGRAM_LIST = (
    "ст но то на ен ов ни ра во ко ал пр ро ре ли по ор ан ос ер ол ет ат ло ла ть ом ел ка ва "
    "та ит ле ри од де ин не ог ск ны ев ты ме ль ак ам ди ик ий ие ые ая ое ую ой ем го ся ый "
    "им ве ви вы да до ед ес же за из ки ля ми мо ну об от ру се си сл со сп тв те ти тр ту че "
    "чи шь эт ют ят ях ег ез ек ей ех иж ир ис кт ма мн нн нт нь оп ош св ук ус ча"
)
_RU_BIGRAMS = frozenset(_RU_BIGRAM_LIST.split())
_BIGRAM_BONUS = 1.5
_CAPS_PENALTY = 0.3
_RARE_CYRILLIC = -1.0  # і, ї, ђ, ў ...: letters of other Cyrillic alphabets
_WESTERN_LETTER = 2.5  # é, ü, ç, ş, ğ, ı ...: plausible in en/az/tr/de/fr names
_ODD_LATIN = -1.0  # ð, þ, ý: Icelandic letters, usually a Turkish text read as cp1252
_TYPOGRAPHY = 1.0  # curly quotes, dashes, ellipsis, guillemets, №, NBSP
_JUNK = -3.0  # C1 controls, box drawing, currency/math symbols inside words

_TYPOGRAPHIC = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u2116\u00a0")
_TYPOGRAPHIC |= set("\u2022\u00b0\u00a9\u00ae\u2122\u00a7")
_ODD_LATIN_CHARS = set("ðþýÐÞÝ")

_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")

_SAMPLE_RUNS = 4000  # non-ASCII runs scored; enough to decide, bounded for 20 MB files
_SAMPLE_CONTEXT = 24  # bytes of context kept around each run (case and script of the word)
_MAX_CONTROL_SHARE = 0.01
_MAX_BROKEN_UTF8 = 16  # replacement characters tolerated in an otherwise valid UTF-8 file
_UTF8_PER_BROKEN = 10  # ...when there are at least this many good non-ASCII characters each


def decode_text(data: bytes) -> str:
    """Decode `data` to NFC text with `\\n` newlines, or raise RejectedInput with the reason."""
    if not data:
        raise RejectedInput("empty file")
    text = _decode(data)
    text = _NEWLINES.sub("\n", text)
    _refuse_binary(text)
    text = _CONTROL.sub("", text.replace("\x0c", "\n"))
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise RejectedInput("empty file (only blank characters)")
    return text


def _decode(data: bytes) -> str:
    """Pick the encoding: BOM, BOM-less UTF-16/32, UTF-8, then the scored legacy code pages."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    wide = _guess_bomless_wide(data)
    if wide is not None:
        return wide
    if b"\x00" in data:
        raise RejectedInput(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _decode_legacy(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut mid-character, one stray byte) stays UTF-8.

    A legacy code page read as UTF-8 breaks at nearly every non-ASCII byte instead.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken > _MAX_BROKEN_UTF8:
        return None
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return text if multibyte >= broken * _UTF8_PER_BROKEN else None


def _strict(data: bytes, encoding: str) -> str:
    """Decode with a BOM-announced encoding; a broken body means the BOM lied (binary)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"{BINARY} (invalid {encoding.upper()} after the byte-order mark)"
        raise RejectedInput(reason) from exc


def _guess_bomless_wide(data: bytes) -> str | None:
    """Recognise UTF-16/UTF-32 without a BOM by their zero (or constant) high bytes.

    In UTF-16 text in our languages every other byte is 0x00 (Latin) or 0x04 (Cyrillic), while
    the other half is varied; binary files have NULs scattered without such a rhythm.
    """
    head = data[:4096]
    if len(data) < 4 or (b"\x00" not in head and b"\x04" not in head):
        return None
    sample = data[:65536]
    if len(data) % 4 == 0:
        quarter = len(sample) // 4
        for encoding, zero_a, zero_b in (("utf-32-le", 2, 3), ("utf-32-be", 0, 1)):
            if sample[zero_a::4].count(0) == sample[zero_b::4].count(0) == quarter:
                text = _try_decode(data, encoding)
                if text is not None and _plausible_wide_text(text):
                    return text
    if len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        low = sample[0::2] if encoding == "utf-16-le" else sample[1::2]
        if _looks_like_high_bytes(high) and low.count(0) < len(low) * 0.05:
            text = _try_decode(data, encoding)
            if text is not None and _plausible_wide_text(text):
                return text
    return None


def _looks_like_high_bytes(half: bytes) -> bool:
    """UTF-16 high bytes of European text: nearly all NUL or one script page (0x04: Cyrillic).

    Without NULs the page byte must be a control character in every 8-bit code page, so an
    ordinary text can never look like this.
    """
    if not half:
        return False
    nuls = half.count(0)
    counts = Counter(half)
    counts.pop(0, None)
    page, page_count = counts.most_common(1)[0] if counts else (0, 0)
    if nuls < len(half) * 0.1 and not (0 < page < 0x09):
        return False
    return nuls + page_count >= len(half) * 0.9


def _plausible_wide_text(text: str) -> bool:
    """A wide decoding is kept only if it reads as letters, not symbols or controls."""
    sample = text[:20000]
    letters = sum(ch.isalpha() or ch.isspace() or ch.isdigit() for ch in sample)
    return letters >= len(sample) * 0.7 and not _too_many_controls(sample)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> str:
    """Score each legacy code page on a bounded sample and decode the whole file with the best."""
    sample = _sample_non_ascii(data)
    ranked: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(LEGACY_ENCODINGS):
        decoded = _try_decode(sample, encoding)
        if decoded is not None:
            ranked.append((_score(decoded) + _PRIOR.get(encoding, 0.0), -order, encoding))
    for _score_value, _order, encoding in sorted(ranked, reverse=True):
        text = _try_decode(data, encoding)
        if text is not None:
            return text
    raise RejectedInput(UNDECODABLE)


def _sample_non_ascii(data: bytes) -> bytes:
    """The words around the first non-ASCII runs: all that differs between code pages."""
    pieces = []
    for count, match in enumerate(_HIGH_RUNS.finditer(data)):
        if count >= _SAMPLE_RUNS:
            break
        start = max(0, match.start() - _SAMPLE_CONTEXT)
        pieces.append(data[start : match.end() + _SAMPLE_CONTEXT])
    return b" ".join(pieces)


def _score(text: str) -> float:
    """Sum per-character plausibility of non-ASCII characters, minus penalties per word.

    Wrong code pages show up as rare letters, box drawing, C1 controls, words mixing Latin and
    Cyrillic, and lower-to-upper case flips inside a word (cp1251 read as koi8-r and back).
    """
    total = sum(_char_score(ch) for ch in text if ord(ch) > 127)
    for word in _WORD.findall(text):
        total += _word_penalty(word)
    return total


def _char_score(ch: str) -> float:
    if "\u0400" <= ch <= "\u04ff":
        return _CYR_SCORE.get(ch.lower(), _RARE_CYRILLIC)
    if ch in _TYPOGRAPHIC:
        return _TYPOGRAPHY
    if ch in _ODD_LATIN_CHARS:
        return _ODD_LATIN
    if ch.isalpha() and ("\u00c0" <= ch <= "\u024f"):
        return _WESTERN_LETTER
    return _JUNK


def _word_penalty(word: str) -> float:
    """Penalise words that mix scripts or flip case mid-word; reward common Russian pairs."""
    penalty = 0.0
    if not word.isascii():
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        has_latin = any(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
        if has_cyrillic and has_latin:
            penalty -= 5.0
    for prev, cur in zip(word, word[1:], strict=False):
        if prev.islower() and cur.isupper():
            penalty -= 3.0
    if not word.isascii():
        # Prose is mostly lower case; a misread Cyrillic code page turns it into capitals.
        penalty -= _CAPS_PENALTY * sum(ch.isupper() for ch in word[1:])
        lower = word.lower()
        penalty += _BIGRAM_BONUS * sum(lower[i : i + 2] in _RU_BIGRAMS for i in range(len(lower)))
    return penalty


def _refuse_binary(text: str) -> None:
    """Text with NULs or many control characters is a binary file with a text name."""
    if "\x00" in text or _too_many_controls(text[:200000]):
        raise RejectedInput(BINARY)


def _too_many_controls(sample: str) -> bool:
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) * _MAX_CONTROL_SHARE)
