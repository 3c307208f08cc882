"""Which encoding a CSV file is in, as the spreadsheet that saved it chose, and in plain words.

Excel saves "CSV" in the computer's own code page: GBK on a Chinese Windows, cp1252 on a
Western one; "CSV UTF-8" adds a byte-order mark, "Unicode text" is UTF-16 with one. UTF-8 and
the marked encodings are certain; between GBK and cp1252 `charset-normalizer` judges which
reading makes sense. A short Western file ("Köln") also reads as two rare Chinese characters,
so when the judge hesitates the bytes decide: Chinese text pairs two high bytes, an accented
Western letter is followed by a plain one.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate

_GUESSED = ("gb18030", "cp1252")
_SAMPLE = 65_536  # bytes looked at when weighing GBK against cp1252
# A GBK character: a lead byte, then a trail byte; GB2312's common characters have both high.
_GBK_PAIR = re.compile(rb"[\x81-\xfe][\x40-\x7e\x80-\xfe]")
_WORDS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("csv_files", "UTF-8 (with BOM)"),
    "utf-16": QT_TRANSLATE_NOOP("csv_files", "UTF-16 (Unicode text)"),
    "gbk": QT_TRANSLATE_NOOP("csv_files", "GBK (Chinese Excel)"),
    "gb18030": QT_TRANSLATE_NOOP("csv_files", "GB18030 (Chinese)"),
    "cp1252": QT_TRANSLATE_NOOP("csv_files", "Windows-1252 (Western Excel)"),
}
_NOT_TEXT = {
    b"PK\x03\x04": QT_TRANSLATE_NOOP(
        "csv_files",
        "{name} is an Excel workbook (.xlsx) with another name; name it .xlsx and open it again",
    ),
    b"\xd0\xcf\x11\xe0": QT_TRANSLATE_NOOP(
        "csv_files",
        "{name} is an old Excel .xls workbook; save it as .xlsx or CSV and open it again",
    ),
    b"%PDF": QT_TRANSLATE_NOOP("csv_files", "{name} is a PDF, not a table"),
}


class NotText(ValueError):
    """The file cannot be read as text; the message says what it is, or what to do."""


def described(encoding: str) -> str:
    """`GBK (Chinese Excel)`: how the desk knows the encoding a file was read as."""
    return translate("csv_files", _WORDS[encoding]) if encoding in _WORDS else encoding


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read as; NotText when it is no text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    for magic, what in _NOT_TEXT.items():
        if data.startswith(magic):
            raise NotText(translate("csv_files", what).format(name=name))
    if b"\0" in data:
        zeros = translate(
            "csv_files", "{name} is not a text file (it holds zero bytes); save it as CSV"
        )
        raise NotText(zeros.format(name=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if max(data[: exc.start], default=0) >= 0x80:  # UTF-8 letters read fine before it
            line = data[: exc.start].count(b"\n") + 1
            mixed = translate(
                "csv_files",
                "{name} is UTF-8 text, but line {line} holds bytes that are not; fix that line "
                "or save the file again as 'CSV UTF-8'",
            )
            raise NotText(mixed.format(name=name, line=line)) from None
    encoding = _guess(data)
    if encoding is None:
        unknown = translate(
            "csv_files",
            "{name} is in an encoding ocdesk cannot tell (not UTF-8, UTF-16, GBK or "
            "Windows-1252); save it as 'CSV UTF-8' and open it again",
        )
        raise NotText(unknown.format(name=name))
    if encoding == "gb18030" and _decodes(data, "gbk"):
        encoding = "gbk"
    return data.decode(encoding), encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        broken = translate(
            "csv_files",
            "{name} starts as {encoding} but line {line} is not; save it again as "
            "'CSV UTF-8' and open it again",
        )
        raise NotText(broken.format(name=name, encoding=described(encoding), line=line)) from None


def _guess(data: bytes) -> str | None:
    """GB18030 or cp1252, whichever reads the whole file and makes sense; None if neither."""
    readable = [e for e in _GUESSED if _decodes(data, e)]
    if len(readable) < 2:
        return readable[0] if readable else None
    best = from_bytes(data, cp_isolation=list(_GUESSED)).best()
    if best is not None and best.encoding == "cp1252":
        return "cp1252"
    return "gb18030" if _pairs_look_chinese(data[:_SAMPLE]) else "cp1252"


def _pairs_look_chinese(data: bytes) -> bool:
    """Most GBK pairs with both bytes high: Chinese text; a high byte and a letter: Western."""
    pairs = _GBK_PAIR.findall(data)
    high = sum(1 for pair in pairs if pair[1] >= 0xA1)
    return high * 2 > len(pairs)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
