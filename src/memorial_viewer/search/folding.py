"""Text normalisation for search over Azerbaijani (Latin and Cyrillic), Russian and English.

Pure functions, no I/O, no database. The FTS5 index stores, per document, the forms made by
`index_forms`; a query word must go through the *same* functions, so any rule change below
must bump `FOLDING_VERSION` and rebuild the index.

Why: SQLite's `unicode61` folds ç ş ö ü ğ but not ə or ı, does no Unicode normalisation (NFD
text is indexed apart from NFC), and no folder maps Latin ⇄ Cyrillic for Azerbaijani. So the
index gets pre-folded tokens that any FTS5 tokenizer keeps whole (letters and digits only).

Layers, from strict to loose (a query parser should rank them in this order):

| function       | merges                                              | used as                   |
| -------------- | --------------------------------------------------- | ------------------------- |
| `fold`         | case, diacritics, NFC/NFD, ə ı İ, ё; same script    | `folded` column           |
| `stem`         | inflected forms of a word (az Cyrillic → az Latin)  | `stems` column            |
| `latin_key`    | scripts and romanisations (Гафаров = Qafarov)       | `latin` column            |
| `stem_key`     | latin_key of the stem                               | prefix on `latin`         |
| `skeleton`     | latin_key without vowels: candidates only           | + is_safe_skeleton_match  |

Tokens (`tokenize`): runs of letters/digits (Unicode `\\w` minus `_`); combining marks, soft
hyphen and ZWJ/ZWNJ stay inside a word; an apostrophe (' ’) between two letters joins (Qur'an,
e'lan, don't, Bakı'da); hyphens and everything else split. Offsets index the NFC text.

Rules of `fold` (one script in, same script out):

| input                                      | output     | why                                |
| ------------------------------------------ | ---------- | ---------------------------------- |
| any case (`casefold`); İ, I                | i          | 'İ'.lower() is i + U+0307          |
| NFC, then NFKD per letter, marks dropped   | base       | ş ç ğ ö ü ä é → s c g o u a e; ﬁ → fi |
| ə Ə ǝ                                      | e          | what az typists without ə type     |
| ı                                          | i          | no Unicode decomposition           |
| ø ł đ æ œ þ (Latin, undecomposable)        | anyascii   | o l d ae oe th                     |
| ё                                          | е          | routinely written е                |
| й                                          | й          | a letter of its own (мой ≠ мои)    |
| ә ғ ҝ ҹ ө ү һ ј (az Cyrillic)              | kept       | `latin_key` bridges them           |
| final 's or ’s (English possessive)        | removed    | Aliyev's = Aliyev                  |
| ' ’ ʼ ʻ, soft hyphen, ZWJ, ZWNJ            | removed    | e'lan = elan, Bakı'da = Bakıda     |
| non-ASCII decimal digits                   | 0-9        |                                    |
| lookalikes in a word of mostly Latin       | Latin      | ә а е о р с у х к і ј һ (OCR, layouts) |
| lookalikes in a word of mostly Cyrillic    | Cyrillic   | ə a e o p c y x k h j              |

Rules of `latin_key`, in order. Output uses only a b c d f i l m n o p q r s t u v w z 0-9:

| step | rule                                                                                |
| ---- | ----------------------------------------------------------------------------------- |
| 1    | final 's dropped, NFC, lookalike repair (as in fold), casefold, apostrophes dropped |
| 2a   | az Cyrillic (word has ә ғ ҝ ҹ ө ү һ ј), official table: г→q ғ→ğ ҝ→g ҹ→c ч→ç ј→y     |
| 2a   | ... ы→ı х→x һ→h ж→j ә→ə ө→ö ү→ü, е→e, я ю ё → ya yu yo                               |
| 2b   | Russian: е ё ю я → ye yo yu ya at word start or after a vowel/ь/ъ, else e o u a     |
| 2b   | ... ж→zh х→kh ц→ts ч→ch ш→sh щ→shch ы→i й→y; ь ъ dropped                             |
| 2c   | Latin: ə→e ı→i ş→sh ç→ch ğ→gh ö→o ü→u ä→e; š→sh ž→zh č→ch; w→v                     |
| 2c   | ... other letters: NFKD without marks, else anyascii                                |
| 3    | digraphs: sh → w; ch, zh → c                                                        |
| 4    | a e → a;  i → i;  o → o;  u → u;  q g h x k (so kh, gh) → q;  c j → c              |
| 5    | y between a consonant and a vowel dropped (lya = ля = lə); any other y → i         |
| 6    | d or t before c → c (dj, dzh, dž, дж, tch)                                          |
| 7    | runs of one letter collapsed (Məmmədov = Mamedov; Aliyev: i-y-e → i a)              |
| 8    | exonyms, whole keys only: baqu (Baku, Баку) → baqi (Bakı); moscov → mosqva          |

So Qafarov = Gafarov = Гафаров → `qafarov`; Heydər Əliyev = Heydar Aliyev = Гейдар Алиев →
`qaidar aliav`; Laçın = Lachin = Лачин → `lacin`; Azərbaycan = Azerbaijan = Азербайджан =
Azerbaydzhan → `azarbaican`; Məclis = Majlis = Меджлис = Medzhlis → `maclis`; Şəhidlər Xiyabanı
= Shahidlar Khiyabani = Шехидляр Хиябаны → `waqidlar qiabani`; Bakı = Baku = Баку → `baqi`.

`skeleton`: latin_key without a i o u (Nakhchivan, Нахичевань → `nqcvn`). A skeleton match is
safe (`is_safe_skeleton_match`) when the skeletons are equal and have at least `MIN_SKELETON`
(3) consonants, the keys differ only in vowels and by at most the typo budget of the longer
word, no vowel is added or removed at the end (that is inflection: stems handle it), and no
vowel swap is a↔u or i↔o (Qafarov ≠ Qafurov; Bakı ~ Baku, Füzuli ~ Физули pass).

`typo_budget`: Meilisearch's rule on the letters/digits of the NFC word: 0 below 5, 1 for 5–8,
2 from 9.

`stem` gives a conservative stem, then folds it. The language is decided per word:

| evidence in the word                          | treated as | otherwise with lang_hint      |
| --------------------------------------------- | ---------- | ----------------------------- |
| Cyrillic with ә ғ ҝ ҹ ө ү һ ј                 | az         | "az": all Cyrillic is az      |
| other Cyrillic                                | ru         |                               |
| Latin with ə ı ğ ş ç ö ü İ                    | az         | "az": all Latin is az         |
| ASCII with a q not followed by u              | az         | "en": en                      |
| other Latin                                   | en         |                               |

`index_forms` without a hint guesses "az" per script from the share of az letters in the text
(Latin: ə ı ğ ş ç ö ü ≥ 10% of the vowels; Cyrillic: ә ө ү ј ҝ ҹ ғ һ ≥ 5%).

| lang | stemming rule                                                                       |
| ---- | ----------------------------------------------------------------------------------- |
| az   | az Cyrillic is first transliterated (official table); casing I→ı, İ→i              |
| az   | strip repeatedly, longest first, a case/possessive/plural suffix in all its vowel    |
|      | harmony forms: lar; (s)ı (ı)mız (ı)nız; (n)ın (n)ı (y/n)a (n)da (n)dan (y)la         |
|      | (not after l); (n)dakı; dır                                                         |
| az   | ... only if its vowel harmonises with the stem's last vowel (ASCII i o u e may be   |
|      | ı ö ü ə), its buffer fits (n s y after a vowel, a vowel after a consonant), and at   |
|      | least 4 letters with a vowel remain                                                 |
| az   | then drop one final n, s or y after a vowel, then final vowels, keeping 4 letters   |
|      | (so Azərbaycan/Azərbaycanın, Məclis/Məclisi, faciə/faciəsinin meet)                 |
| ru   | strip repeatedly the longest of 48 noun/adjective/reflexive endings (а я у ю е и ы о |
|      | ь й; ой ей ом ем ам ах ия ии ся ...; ами ого ому ыми ...) keeping 3 letters;         |
|      | -ов -ев -ин are never endings (surnames)                                            |
| en   | Snowball English (PyStemmer); strips 's too                                         |

Query strategy (for the parser): for a query word q, OR and rank in this order
`folded: fold(q)`, `stems: stem(q)` plus `stem(q, "az")` (the query has no text to guess from),
`latin: latin_key(q)`, and when `len(stem_key(q)) >= 4` the prefix `latin: stem_key(q)*`
(cross-script + inflection: Laçın → `laci*` finds Лачине `lacina`). For spelling variants,
take `latin` vocabulary terms (fts5vocab) with the same skeleton and keep those passing
`is_safe_skeleton_match`.

Known limits (tests/test_folding.py pins them):
- Keys are loose on purpose: kar = qar = xar = har (`qar`), ac = aç, a = e (bal = bel),
  Şuşa = şüşə (`wuwa`), bağı = Bakı (`baqi`), Bakı* prefix also finds Bakır. Rank exact
  folded matches first.
- Russian г and х are merged with q g h x k, so Гейдар meets Heydər but short unrelated words
  meet too.
- Not covered: ISO 9 (й→j: Gejdar), German sch/tsch, French ou; ц stays t+s. Vowel shifts
  (Füzuli/Физули, Lənkəran/Ленкорань, Naxçıvan/Нахичевань, İrəvan/Yerevan) meet only through
  skeletons; Bakı/Baku only through the exonym entry; Şuşa (`ww`) is too short for skeletons.
- The az stemmer has no lexicon: stems are frames that can collide (Gəncə = gənc, Elçin =
  elçi) and verbs are not stemmed; words left with 3 letters are not stemmed (qan ≠ qanın).
  The Russian one turns Баку into бак, leaves verbs and -ов plurals (танков ≠ танк) alone.
- Language is decided per word and per text: ASCII-only Azerbaijani (meydan, xiyaban) is
  stemmed as English unless the text has az letters or the hint says az; Turkish counts as az.
  Arabic-script (South) Azerbaijani only gets anyascii's romanisation in `latin_key`.
"""

from __future__ import annotations

import operator
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import Stemmer  # PyStemmer
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

__all__ = [
    "FOLDING_VERSION",
    "MIN_SKELETON",
    "DocumentForms",
    "IndexForms",
    "Token",
    "clear_caches",
    "document_forms",
    "exact",
    "fold",
    "index_forms",
    "is_plain",
    "is_safe_key_match",
    "is_safe_skeleton_match",
    "key_exception",
    "latin_key",
    "skeleton",
    "stem",
    "stem_key",
    "tokenize",
    "typo_budget",
]

#: Bump whenever any rule changes: the stored index forms must then be rebuilt.
FOLDING_VERSION = 1
#: Fewest consonants a skeleton must have before a skeleton match is considered at all.
MIN_SKELETON = 3

# Memo sizes. The vocabulary is Zipfian, so 64k word forms catch most tokens of an import
# (about 0.5 KB each, so at most ~35 MB); the public per-word functions serve queries only.
_WORD_CACHE = 1 << 14
_FORMS_CACHE = 1 << 16

# --------------------------------------------------------------------------------------------
# Tokens

_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_JOINERS = "\u00ad\u200c\u200d"
_APOS = "'\u2019"
_TOKEN_RE = re.compile(rf"\w[\w{_MARKS}{_JOINERS}]*(?:[{_APOS}]\w[\w{_MARKS}{_JOINERS}]*)*")


class Token(NamedTuple):
    """A word of the NFC text: `nfc_text[start:end] == text`."""

    text: str
    start: int
    end: int


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _scan_text(nfc_text: str) -> str:
    # `\w` includes "_"; blanking it keeps offsets and saves an alternation per character.
    return nfc_text.replace("_", " ") if "_" in nfc_text else nfc_text


def tokenize(text: str) -> list[Token]:
    """Split `text` into words; offsets are into `unicodedata.normalize("NFC", text)`."""
    nfc = _nfc(text)
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(_scan_text(nfc))]


# --------------------------------------------------------------------------------------------
# Script helpers

_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0259\u1e00-\u1eff]")
_CYR_RE = re.compile(r"[\u0400-\u052f]")
_AZ_CYR_LETTERS = frozenset("әғҝҹөүһјӘҒҜҸӨҮҺЈ")
_AZ_LAT_LETTERS = frozenset("əığşçöüƏİĞŞÇÖÜ")
_AZ_Q_RE = re.compile(r"q(?!u)", re.IGNORECASE)

# Lookalikes in both cases only, so that the repair does not depend on case (М but not м).
_CYR_TO_LAT_GLYPHS = str.maketrans("аеорсухкіјәһАЕОРСУХКІЈӘҺ", "aeopcyxkijəhAEOPCYXKIJƏH")
_LAT_TO_CYR_GLYPHS = str.maketrans("aeopcyxkəhjAEOPCYXKƏHJ", "аеорсухкәһјАЕОРСУХКӘҺЈ")


def _unmix(word: str) -> str:
    """Repair a word typed with letters of two scripts (OCR, keyboard layouts)."""
    if word.isascii() or not _CYR_RE.search(word) or not _LATIN_RE.search(word):
        return word
    cyr = len(_CYR_RE.findall(word))
    lat = len(_LATIN_RE.findall(word))
    return word.translate(_LAT_TO_CYR_GLYPHS if cyr > lat else _CYR_TO_LAT_GLYPHS)


# --------------------------------------------------------------------------------------------
# fold

_FOLD_SPECIAL = {
    "ı": "i",
    "ə": "e",
    "ǝ": "e",
    "й": "й",
    "ʼ": "",
    "ʻ": "",
    "'": "",
    "\u2019": "",
}


def _is_latin(ch: str) -> bool:
    return bool(_LATIN_RE.match(ch))


def _fold_char(ch: str) -> str:
    special = _FOLD_SPECIAL.get(ch)
    if special is not None:
        return special
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(c)[0] == "M" or not c.isalnum():
            continue
        if c.isascii():
            out.append(c.lower())
        elif c.isdecimal():
            out.append(str(unicodedata.decimal(c)))
        elif _is_latin(c):
            out.append("".join(x for x in anyascii(c).lower() if x.isalnum()))
        else:
            out.append(c.lower())
    return "".join(out)


class _LazyTable(dict[int, str]):
    """A str.translate table that computes and keeps the mapping of each new code point."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, cp: int) -> str:
        value = self._compute(chr(cp))
        self[cp] = value
        return value


_FOLD_TABLE = _LazyTable(_fold_char)


_POSSESSIVE = ("'s", "'S", "\u2019s", "\u2019S")


def _drop_possessive(word: str) -> str:
    """Baku's → Baku: no Azerbaijani or Russian word ends in apostrophe + s."""
    return word[:-2] if len(word) > 2 and word.endswith(_POSSESSIVE) else word


def _fold(word: str) -> str:
    word = _drop_possessive(word)
    if word.isascii():
        low = word.lower()
        return low if low.isalnum() else "".join(c for c in low if c.isalnum())
    return _unmix(_nfc(word)).casefold().translate(_FOLD_TABLE)


@lru_cache(maxsize=_WORD_CACHE)
def fold(word: str) -> str:
    """Case- and diacritic-free form of one word, same script (see the module table)."""
    return _fold(word)


# --------------------------------------------------------------------------------------------
# latin_key

_LATIN_SPECIAL = {
    # Azerbaijani Latin and ISO-9-like letters that NFKD would flatten wrongly
    "ə": "e", "ǝ": "e", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "gh", "ǧ": "gh",
    "ö": "o", "ü": "u", "ä": "e", "š": "sh", "ž": "zh", "č": "ch", "ŝ": "shch", "w": "v",
    # Russian (defaults; iotated е ё ю я are rewritten before the table is applied)
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "o", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u",
    "я": "a", "і": "i", "ї": "i", "є": "e",
    # Azerbaijani Cyrillic
    "ә": "e", "ғ": "gh", "ҝ": "g", "ҹ": "j", "ө": "o", "ү": "u", "һ": "h", "ј": "y",
    "ʼ": "", "ʻ": "", "'": "", "\u2019": "",
}  # fmt: skip


def _latin_char(ch: str) -> str:
    special = _LATIN_SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    base = "".join(
        c for c in unicodedata.normalize("NFKD", ch) if unicodedata.category(c)[0] != "M"
    )
    if base and base.isascii():
        return "".join(c for c in base.lower() if c.isalnum())
    return "".join(c for c in anyascii(base or ch).lower() if c.isascii() and c.isalnum())


_LATIN_TABLE = _LazyTable(_latin_char)
_AZ_CYR_FIXED = str.maketrans({"е": "e", "я": "ya", "ю": "yu", "ё": "yo"})
_RU_IOTATED_RE = re.compile(r"(?:^|(?<=[аеёиоуыэюяьъ]))[еёюя]")
_RU_IOTATED = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}
_CLASS_TABLE = str.maketrans("ejgqhxk", "acqqqqq")
_Y_DROP_RE = re.compile(r"(?<=[bcdfjlmnpqrstvwz])y(?=[aiou])")
_DC_RE = re.compile(r"[dt]c")
_COLLAPSE_RE = re.compile(r"(.)\1+")
_EXONYMS = {"baqu": "baqi", "moscov": "mosqva"}


def _key_of_lower(s: str) -> str:
    """latin_key of a casefolded, homoglyph-repaired word."""
    if not s.isascii() and _CYR_RE.search(s):
        if any(c in _AZ_CYR_LETTERS for c in s):
            s = s.translate(_AZ_CYR_FIXED)
        else:
            s = _RU_IOTATED_RE.sub(lambda m: _RU_IOTATED[m.group()], s)
    t = s.translate(_LATIN_TABLE)
    t = t.replace("sh", "w").replace("ch", "c").replace("zh", "c").translate(_CLASS_TABLE)
    if "y" in t:
        t = _Y_DROP_RE.sub("", t).replace("y", "i")
    t = _COLLAPSE_RE.sub(r"\1", _DC_RE.sub("c", t))
    return _EXONYMS.get(t, t)


def _latin_key(word: str) -> str:
    return _key_of_lower(_unmix(_nfc(_drop_possessive(word))).casefold()) or _fold(word)


@lru_cache(maxsize=_WORD_CACHE)
def latin_key(word: str) -> str:
    """Cross-script, transliteration-tolerant key of one word (see the module table)."""
    return _latin_key(word)


_VOWELS_TABLE = str.maketrans("", "", "aiou")


def _skeleton_of_key(key: str) -> str:
    return key.translate(_VOWELS_TABLE)


@lru_cache(maxsize=_WORD_CACHE)
def skeleton(word: str) -> str:
    """Consonant skeleton of `latin_key`: loose, so confirm with `is_safe_skeleton_match`."""
    return _skeleton_of_key(latin_key(word))


_IMPLAUSIBLE_SWAPS = frozenset({frozenset("au"), frozenset("io")})


def is_safe_skeleton_match(query_word: str, doc_word: str) -> bool:
    """Whether two words with the same skeleton may be taken as spellings of one word."""
    return is_safe_key_match(
        latin_key(query_word),
        latin_key(doc_word),
        max(typo_budget(query_word), typo_budget(doc_word)),
    )


def is_safe_key_match(kq: str, kd: str, budget: int) -> bool:
    """`is_safe_skeleton_match` on two latin keys (a vocabulary holds keys, not words)."""
    if kq == kd:
        return True
    sq = _skeleton_of_key(kq)
    if len(sq) < MIN_SKELETON or sq != _skeleton_of_key(kd):
        return False
    ops = Levenshtein.editops(kq, kd)
    if len(ops) > budget:
        return False
    for op in ops:
        if op.tag == "replace":
            a, b = kq[op.src_pos], kd[op.dest_pos]
            if a not in "aiou" or b not in "aiou" or frozenset((a, b)) in _IMPLAUSIBLE_SWAPS:
                return False
        elif op.tag == "delete":
            if kq[op.src_pos] not in "aiou" or op.src_pos == len(kq) - 1:
                return False
        elif kd[op.dest_pos] not in "aiou" or op.dest_pos == len(kd) - 1:
            return False
    return True


def typo_budget(word: str) -> int:
    """Edits allowed for a word of this many letters/digits (Meilisearch: 0, 1 from 5, 2 from 9)."""
    n = sum(1 for c in _nfc(word) if c.isalnum())
    return 0 if n < 5 else 1 if n < 9 else 2


# --------------------------------------------------------------------------------------------
# Stemming

_AZ_CYR_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "q", "ғ": "ğ", "д": "d", "е": "e", "ә": "ə", "ж": "j",
    "з": "z", "и": "i", "ы": "ı", "ј": "y", "й": "y", "к": "k", "ҝ": "g", "л": "l", "м": "m",
    "н": "n", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü",
    "ф": "f", "х": "x", "һ": "h", "ч": "ç", "ҹ": "c", "ш": "ş", "щ": "şç", "ц": "ts", "ь": "",
    "ъ": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo",
})  # fmt: skip

_AZ_VOWELS = frozenset("aıoueəiöü")
_AZ_BACK = frozenset("aıou")
_HIGH_AFTER = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü",
               "ü": "ü"}  # fmt: skip
_ASCII_MAY_BE = {"a": "a", "e": "eə", "i": "iı", "o": "oö", "u": "uü"}


def _harmonises(stem_vowel: str, suffix_vowel: str) -> bool:
    if suffix_vowel in "aə":
        return (suffix_vowel == "a") == (stem_vowel in _AZ_BACK)
    return _HIGH_AFTER.get(stem_vowel) == suffix_vowel


def _harmony_pairs() -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    exact = {(v, s) for v in _AZ_VOWELS for s in _AZ_VOWELS if _harmonises(v, s)}
    loose = {
        (v, s)
        for v, vs in _ASCII_MAY_BE.items()
        for s, ss in _ASCII_MAY_BE.items()
        if any((x, y) in exact for x in vs for y in ss)
    }
    return frozenset(exact), frozenset(loose)


_HARMONY_EXACT, _HARMONY_ASCII = _harmony_pairs()


def _az_suffixes() -> dict[str, str]:
    """Suffix → what must precede it: 'V' a vowel, 'C' a consonant, '' anything."""
    patterns = [
        ("lAr", ""), ("sX", "V"), ("X", "C"), ("mXz", "V"), ("XmXz", "C"), ("nXz", "V"),
        ("XnXz", "C"), ("nXn", "V"), ("Xn", "C"), ("nX", "V"), ("yA", "V"), ("nA", "V"),
        ("A", "C"), ("dA", ""), ("ndA", "V"), ("dAn", ""), ("ndAn", "V"), ("lA", ""),
        ("ylA", "V"), ("dAkX", ""), ("ndAkX", "V"), ("dXr", ""),
    ]  # fmt: skip
    out: dict[str, str] = {}
    for pattern, need in patterns:
        for a, x in (("a", "ı"), ("a", "u"), ("ə", "i"), ("ə", "ü")):
            if "dAkX" in pattern and x in "uü":
                continue  # -dakı/-dəki have only the unrounded vowel
            out[pattern.replace("A", a).replace("X", x)] = need
    return out


_AZ_SUFFIXES = _az_suffixes()
_AZ_SUFFIXES_ASCII = {
    s.translate(str.maketrans("əıöü", "eiou")): need for s, need in _AZ_SUFFIXES.items()
}
_AZ_MAX_SUFFIX = max(map(len, _AZ_SUFFIXES))
_AZ_MIN_STEM = 4


def _last_vowel(s: str) -> str | None:
    for c in reversed(s):
        if c in _AZ_VOWELS:
            return c
    return None


def _first_vowel(s: str) -> str | None:
    for c in s:
        if c in _AZ_VOWELS:
            return c
    return None


def _stem_az(w: str) -> str:
    """Conservative Azerbaijani stem of a lowercase Latin word (module table, row az)."""
    ascii_mode = not any(c in _AZ_LAT_LETTERS for c in w)
    suffixes = _AZ_SUFFIXES_ASCII if ascii_mode else _AZ_SUFFIXES
    harmony = _HARMONY_ASCII if ascii_mode else _HARMONY_EXACT
    stripped = True
    while stripped:
        stripped = False
        for n in range(min(_AZ_MAX_SUFFIX, len(w) - _AZ_MIN_STEM), 0, -1):
            suffix, rest = w[-n:], w[:-n]
            need = suffixes.get(suffix)
            if need is None:
                continue
            stem_vowel = _last_vowel(rest)
            if stem_vowel is None:
                continue
            ends_in_vowel = rest[-1] in _AZ_VOWELS
            if (need == "V" and not ends_in_vowel) or (need == "C" and ends_in_vowel):
                continue
            if suffix[0] == "l" and suffix[1] in "aəe" and rest[-1] == "l":
                continue  # Abdulla is not Abdul + -la
            if (stem_vowel, _first_vowel(suffix)) not in harmony:
                continue
            w, stripped = rest, True
            break
    if len(w) > _AZ_MIN_STEM and w[-1] in "nsy" and w[-2] in _AZ_VOWELS:
        w = w[:-1]
    while len(w) > _AZ_MIN_STEM and w[-1] in _AZ_VOWELS:
        w = w[:-1]
    return w


_RU_ENDINGS = {
    3: frozenset(("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими")),
    2: frozenset((
        "ах", "ях", "ам", "ям", "ом", "ем", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ые",
        "ие", "ых", "их", "ым", "им", "ую", "юю", "ою", "ею", "ью", "ия", "ию", "ии", "ся", "сь",
    )),
    1: frozenset("аяуюеиыоьй"),
}  # fmt: skip
_RU_MIN_STEM = 3


def _stem_ru(w: str) -> str:
    """Conservative Russian stem of a folded Cyrillic word (module table, row ru)."""
    stripped = True
    while stripped:
        stripped = False
        for n in (3, 2, 1):
            if len(w) - n >= _RU_MIN_STEM and w[-n:] in _RU_ENDINGS[n]:
                w, stripped = w[:-n], True
                break
    return w


_EN_STEMMER = Stemmer.Stemmer("english", 0)  # no internal cache: ours is in front
_EN_LOCK = threading.Lock()  # PyStemmer objects are not documented as thread-safe


def _az_lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


# A hint per script: (Latin words, Cyrillic words); each "az", "en"/"ru" or None (per word).
_Hints = tuple[str | None, str | None]
_HINTS: dict[str, _Hints] = {"az": ("az", "az"), "en": ("en", None), "ru": (None, "ru")}


def _hints(lang_hint: str | None) -> _Hints:
    """("az-Latn", "ru_RU", ...) → per-script hints; an unknown language means no hint."""
    if not lang_hint:
        return (None, None)
    return _HINTS.get(lang_hint.replace("_", "-").split("-")[0].lower(), (None, None))


_AZ_LAT_MARKERS = "əığşçöü"
_LAT_VOWELS = "aeiouəıöü"
_AZ_CYR_MARKERS = "әөүјҝҹғһ"
_CYR_VOWELS = "аеиоуыэюяәөү"


def _text_hints(text: str) -> _Hints:
    """Guess "az" per script from the share of Azerbaijani letters in a whole text."""
    low = text.lower()
    lat_vowels = sum(low.count(c) for c in _LAT_VOWELS)
    lat_az = sum(low.count(c) for c in _AZ_LAT_MARKERS)
    lat = "az" if lat_az and lat_az * 10 >= lat_vowels else None
    cyr = None
    if not low.isascii():
        cyr_az = sum(low.count(c) for c in _AZ_CYR_MARKERS)
        if cyr_az and cyr_az * 20 >= sum(low.count(c) for c in _CYR_VOWELS):
            cyr = "az"
    return (lat, cyr)


def _word_lang(word: str, hints: _Hints) -> str | None:
    """'az-cyrl', 'ru', 'az', 'en' or None (digits, other scripts), as in the module table."""
    latin_hint, cyrillic_hint = hints
    if not word.isascii() and _CYR_RE.search(word):
        if cyrillic_hint == "az" or any(c in _AZ_CYR_LETTERS for c in word):
            return "az-cyrl"
        return "ru"
    if not _LATIN_RE.search(word):
        return None
    if latin_hint == "az" or any(c in _AZ_LAT_LETTERS for c in word):
        return "az"
    if latin_hint != "en" and word.isascii() and _AZ_Q_RE.search(word):
        return "az"
    return "en"


def _clean(nfc_word: str) -> str:
    """No possessive 's, apostrophes, joiners or combining marks left over."""
    s = _drop_possessive(nfc_word)
    if s.isascii():
        return s.replace("'", "")
    return "".join(c for c in s if c.isalnum() and unicodedata.category(c)[0] != "M")


def _stem_raw(word: str, hints: _Hints) -> str:
    """Stem in the word's own letters (lowercase; az Cyrillic turned into az Latin)."""
    s = _unmix(_nfc(word))
    lang = _word_lang(s, hints)
    if lang == "en":
        low = s.casefold().replace("\u2019", "'").replace("ʼ", "'")
        with _EN_LOCK:
            return _EN_STEMMER.stemWord(low).replace("'", "")
    s = _clean(s)
    if lang == "ru":
        return _stem_ru(_fold(s))
    if lang == "az-cyrl":
        return _stem_az(s.lower().translate(_AZ_CYR_TO_LATIN))
    if lang == "az":
        return _stem_az(_az_lower(s))
    return s.casefold()


@lru_cache(maxsize=_WORD_CACHE)
def stem(word: str, lang_hint: str | None = None) -> str:
    """Folded conservative stem, so inflected forms of one word meet (module table, stem)."""
    return _fold(_stem_raw(word, _hints(lang_hint))) or _fold(word)


@lru_cache(maxsize=_WORD_CACHE)
def stem_key(word: str, lang_hint: str | None = None) -> str:
    """latin_key of the stem: a prefix for the `latin` column that finds inflected forms."""
    return _latin_key(_stem_raw(word, _hints(lang_hint)))


# --------------------------------------------------------------------------------------------
# Index forms


@dataclass(frozen=True, slots=True)
class IndexForms:
    """Space-joined per-token forms of a text, aligned token by token across the three."""

    folded: str
    stems: str
    latin: str


@lru_cache(maxsize=_FORMS_CACHE)
def _forms(word: str, hints: _Hints) -> tuple[str, str, str] | None:
    folded = _fold(word)
    if not folded:
        return None
    return folded, _fold(_stem_raw(word, hints)) or folded, _latin_key(word)


def index_forms(text: str, lang_hint: str | None = None) -> IndexForms:
    """What to store in the FTS5 columns for `text` (tokens that fold to nothing are skipped).

    Without `lang_hint` the language of ASCII-only and plain Cyrillic words is guessed from the
    whole text (module docstring), so "meydan" in an Azerbaijani text stems like "meydanı".
    """
    nfc = _nfc(text)
    hints = _hints(lang_hint)
    if hints == (None, None):
        hints = _text_hints(nfc)
    folded: list[str] = []
    stems: list[str] = []
    latin: list[str] = []
    for word in _TOKEN_RE.findall(_scan_text(nfc)):
        forms = _forms(word, hints)
        if forms is not None:
            folded.append(forms[0])
            stems.append(forms[1])
            latin.append(forms[2])
    return IndexForms(" ".join(folded), " ".join(stems), " ".join(latin))


# --------------------------------------------------------------------------------------------
# Exact forms and the forms of a whole document (what the search index stores)


def _exact(word: str) -> str:
    low = _nfc(_drop_possessive(word)).casefold()
    return low if low.isalnum() else "".join(c for c in low if c.isalnum())


@lru_cache(maxsize=_WORD_CACHE)
def exact(word: str) -> str:
    """The word as spelled, ignoring only case (İ → i): the strictest ranking tier.

    Apostrophes, joiners and combining marks left after NFC are dropped so that any FTS5
    tokenizer keeps the form whole; letters keep their diacritics (ə ı ş stay).
    """
    return _exact(word)


@dataclass(frozen=True, slots=True)
class DocumentForms:
    """What the search index stores for one text field.

    `folded` and `latin` are aligned token by token (phrases need positions); `exact` and
    `stems` hold only the distinct forms that differ from the token's folded form, because a
    query asks them about presence only and the folded column answers the rest.
    """

    folded: str
    latin: str
    exact: str
    stems: str
    #: `key_exception` of the text's words: folded terms whose latin key here is not the one
    #: their folded form gives, and "" when a form may not be one FTS5 token.
    odd: tuple[str, ...] = ()


#: Characters that unicode61 (remove_diacritics 0) keeps as they are, always inside a token:
#: ASCII lowercase letters and digits, basic lowercase Cyrillic and the az Cyrillic letters.
_PLAIN = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789"
    + "".join(map(chr, range(0x430, 0x460)))
    + "әғҝҹөүһј"
)


def is_plain(term: str) -> bool:
    """Whether `term` is one FTS5 token equal to itself (see `_PLAIN`)."""
    return bool(term) and all(c in _PLAIN for c in term)


def key_exception(folded: str, key: str) -> str | None:
    """What an indexed word with these forms tells about keys following folded forms.

    None: its latin key is `latin_key(folded)` and both forms are plain single tokens. Else the
    folded term whose key is not the one its folded form gives (Şuşa: `susa` keyed `wuwa`, not
    `susa`), or "" when a form might not be exactly one token (positions might not align).
    A phrase whose folded words have no exception is found by its latin-key phrase wherever
    its folded phrase is (compile.py: counting the latin phrase alone is then exact).
    """
    if not (is_plain(folded) and is_plain(key)):
        return ""
    return None if key == _latin_key(folded) else folded


_DocForms = tuple[str, str, str | None, str | None, str | None]


def _doc_forms(word: str, hints: _Hints) -> _DocForms | None:
    folded = _fold(word)
    if not folded:
        return None
    ex = _exact(word)
    st = _fold(_stem_raw(word, hints)) or folded
    key = _latin_key(word)
    return (
        folded, key, ex if ex != folded else None, st if st != folded else None,
        key_exception(folded, key),
    )


# word → forms, one table per language hint; plain dicts so the per-token work is a C-level
# map() (an import indexes hundreds of articles a second). Cleared when it grows too large.
_DOC_MEMO: dict[_Hints, dict[str, _DocForms | None]] = {}
_DOC_MEMO_MAX = 200_000
_first = operator.itemgetter(0)
_second = operator.itemgetter(1)


def document_forms(text: str, lang_hint: str | None = None) -> DocumentForms:
    """`index_forms` plus exact forms, with the sparse columns deduplicated (one pass)."""
    nfc = _nfc(text)
    hints = _hints(lang_hint)
    if hints == (None, None):
        hints = _text_hints(nfc)
    memo = _DOC_MEMO.setdefault(hints, {})
    words = _TOKEN_RE.findall(_scan_text(nfc))
    uniq = set(words)
    missing = uniq.difference(memo)
    if missing:
        if len(memo) + len(missing) > _DOC_MEMO_MAX:
            memo.clear()
            missing = uniq
        for word in missing:
            memo[word] = _doc_forms(word, hints)
    forms = list(map(memo.__getitem__, words))
    if None in forms:
        forms = [f for f in forms if f is not None]
    distinct = [f for f in map(memo.__getitem__, uniq) if f is not None]
    exacts = sorted({f[2] for f in distinct if f[2] is not None})
    stems = sorted({f[3] for f in distinct if f[3] is not None})
    odd = tuple(sorted({f[4] for f in distinct if f[4] is not None}))
    return DocumentForms(
        " ".join(map(_first, forms)),  # type: ignore[arg-type]
        " ".join(map(_second, forms)),  # type: ignore[arg-type]
        " ".join(exacts),
        " ".join(stems),
        odd,
    )


def clear_caches() -> None:
    """Drop the per-word memo tables (tests, or to give memory back after a big import)."""
    for cached in (fold, latin_key, skeleton, stem, stem_key, exact, _forms):
        cached.cache_clear()
    _DOC_MEMO.clear()
