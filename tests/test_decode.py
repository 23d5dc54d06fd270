"""decode_text: every encoding the archive meets, and refusal of what is not text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.decode import decode_text

# Short Cyrillic samples, written for these tests, by exact length.
RU_8 = ["Баку, 20", "Память!!", "Гвоздики", "Траур 90", "Мемориал"]
RU_16 = ["Аллея шехидов 20", "Январь 1990 года", "Вечная память им", "Город в трауре.."]
RU_32 = [
    "В ночь на 20 января в город вошл",
    "Люди несут красные гвоздики к ал",
    "Архив собирает газеты и письма..",
]
RU_LONG = (
    "В ночь на 20 января 1990 года советские войска вошли в Баку. Погибли мирные жители, "
    "сотни людей были ранены. Их похоронили в нагорной части города, на Аллее шехидов."
)
AZ_TEXT = "20 Yanvar 1990-cı il gecəsi. Şəhidlər Xiyabanında qərənfillər."


def test_sample_lengths_are_what_the_tests_claim() -> None:
    assert {len(s) for s in RU_8} == {8}
    assert {len(s) for s in RU_16} == {16}
    assert {len(s) for s in RU_32} == {32}


def test_utf8_is_decoded_and_normalised_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", AZ_TEXT)
    assert decomposed != AZ_TEXT
    assert decode_text(decomposed.encode("utf-8")) == AZ_TEXT


def test_newlines_are_normalised() -> None:
    assert decode_text(b"one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour"


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]
)
def test_byte_order_marks(encoding: str) -> None:
    data = RU_LONG.encode(encoding)
    if encoding in ("utf-16-le", "utf-32-le"):
        bom = codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF32_LE
        data = bom + data
    assert decode_text(data) == RU_LONG


def test_utf32_be_with_bom() -> None:
    assert decode_text(codecs.BOM_UTF32_BE + AZ_TEXT.encode("utf-32-be")) == AZ_TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [RU_LONG, AZ_TEXT, "Baku, 20 January 1990", "ПамятьБаку"])
def test_utf16_without_bom(encoding: str, text: str) -> None:
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize("text", RU_8 + RU_16 + RU_32)
def test_short_cp1251(text: str) -> None:
    assert decode_text(text.encode("cp1251")) == text


def test_cp1251_long_text_with_typography() -> None:
    text = "«Чёрный январь» — 20 января 1990 г. № 1"
    assert decode_text(text.encode("cp1251")) == text


@pytest.mark.parametrize("text", ["Баку, 20 января 1990 года", "Аллея шехидов", *RU_16])
def test_koi8_r(text: str) -> None:
    assert decode_text(text.encode("koi8_r")) == text


@pytest.mark.parametrize("text", ["Баку, 20 января 1990 г.", "Вечная память"])
def test_cp866(text: str) -> None:
    assert decode_text(text.encode("cp866")) == text


def test_windows_1252_english_with_curly_quotes() -> None:
    text = "\u201cBlack January\u201d \u2014 the night of 19\u201320 January 1990\u2026"
    text += " it\u2019s remembered, \u2018always\u2019."
    assert decode_text(text.encode("cp1252")) == text


def test_windows_1252_accented_letters_are_not_read_as_cyrillic() -> None:
    text = "Caf\u00e9 on the corner; the r\u00e9sum\u00e9 of a na\u00efve fa\u00e7ade."
    assert decode_text(text.encode("cp1252")) == text


def test_windows_1254_turkish_letters() -> None:
    text = "\u015eehitler H\u0131yaban\u0131, Bak\u0131. A\u011flayan insanlar."
    assert decode_text(text.encode("cp1254")) == text


def test_empty_file_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="empty file"):
        decode_text(b"")


def test_blank_file_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="empty"):
        decode_text(b" \r\n\t\n")


def test_jpeg_renamed_to_txt_is_rejected() -> None:
    jpeg = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    jpeg += bytes(range(256)) * 20 + b"\xff\xd9"
    with pytest.raises(RejectedInput, match="binary content, not text"):
        decode_text(jpeg)


def test_nul_bytes_in_a_text_are_binary() -> None:
    with pytest.raises(RejectedInput, match="binary"):
        decode_text(b"Baku 1990\x00\x00\x00\x01\x02 memorial")


def test_control_characters_without_nuls_are_binary() -> None:
    data = bytes(b % 255 + 1 for b in range(4000))  # every byte value except NUL
    with pytest.raises(RejectedInput, match="binary"):
        decode_text(data)


def test_broken_utf16_after_a_bom_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="binary"):
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8\x41")  # lone surrogate, odd length


def test_a_stray_dos_end_of_file_mark_is_dropped() -> None:
    assert decode_text("Баку 1990".encode("cp866") + b"\x1a") == "Баку 1990"


def test_large_cp1251_single_line() -> None:
    text = RU_LONG * 20_000  # ~3 MB on one line
    assert decode_text(text.encode("cp1251")) == text


def test_utf8_cut_in_the_middle_of_a_character_stays_utf8() -> None:
    data = RU_LONG.encode("utf-8")[:-2]  # the final "." and half of the "в" before it
    assert decode_text(data) == RU_LONG[:-2] + "\ufffd"


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    data = RU_LONG.encode("utf-8")
    decoded = decode_text(data[:20] + b"\x96" + data[20:])
    assert decoded.replace("\ufffd", "") == RU_LONG
