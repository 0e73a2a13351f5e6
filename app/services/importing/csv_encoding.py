"""Which encoding a CSV file is in: BOM, UTF-16 without BOM, strict UTF-8, then our own checks
for Chinese (GB18030), Japanese (Shift_JIS), Big5, Korean and Western text, then charset-normalizer.

charset-normalizer alone called the Shift_JIS corpus file Korean and a small GBK file Big5, so it
is consulted last; GB18030 (a superset of GBK and GB2312) wins among East Asian guesses.
"""
from __future__ import annotations

import codecs
import re
from typing import Callable, Optional

from ..errors import QT_TRANSLATE_NOOP
from .record import UnreadableFile

_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_WESTERN_PUNCT = set("€‘’‚“”„–—…•°«»·®©™\xa0")
_CJK_CODECS = {"gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "cp949", "euc_kr", "johab",
               "shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004",
               "shift_jisx0213", "iso2022_jp", "iso2022_kr"}


def _plausible_western(text: str) -> bool:
    """Does this cp1252 decoding read like Western European text (letters, common punctuation)?"""
    sample = text[:400_000]
    for m in _NON_ASCII_RE.finditer(sample):
        c = m.group()
        if c.isalpha() or c in _WESTERN_PUNCT:
            continue
        if c in "¿¡" and (m.start() == 0 or not sample[m.start() - 1].isalpha()):
            continue  # Spanish opening marks, never inside a word
        return False
    return True


def _strict(data: bytes, encoding: str) -> Optional[str]:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _ratio(chars: list[str], weight: Callable[[str], float]) -> float:
    return sum(weight(c) for c in chars) / len(chars) if chars else 0.0


def _enc_lead(c: str, encoding: str) -> int:
    try:
        b = c.encode(encoding)
    except UnicodeEncodeError:
        return -1
    return b[0] if len(b) == 2 else -1


def _gb_weight(c: str) -> float:  # GB2312 hanzi and full-width punctuation: what Chinese text is made of
    lead = _enc_lead(c, "gb2312")
    return 1.0 if 0xB0 <= lead <= 0xF7 or lead in (0xA1, 0xA3) else 0.0


def _jp_weight(c: str) -> float:
    if "\u3040" <= c <= "\u30ff":  # hiragana, katakana
        return 1.0
    lead = _enc_lead(c, "shift_jis")
    return 1.0 if 0x81 <= lead <= 0x84 or 0x88 <= lead <= 0x9F or 0xE0 <= lead <= 0xEA else 0.0


def _big5_weight(c: str) -> float:
    lead = _enc_lead(c, "big5")
    return 1.0 if 0xA1 <= lead <= 0xC6 else 0.5 if 0xC9 <= lead <= 0xF9 else 0.0


def _kr_weight(c: str) -> float:
    return 1.0 if "\uac00" <= c <= "\ud7a3" and _enc_lead(c, "euc_kr") >= 0 else 0.0


def _sample_chars(text: str) -> list[str]:
    return _NON_ASCII_RE.findall(text[:400_000])[:20_000]


def _guess_legacy(data: bytes) -> tuple[str, bool]:
    """Encoding of bytes that are not UTF-8: (codec name, lossy)."""
    # Korean first: GBK decodes as "valid" Hangul too, but real Korean is almost all Hangul.
    text = _strict(data, "cp949")
    if text is not None:
        chars = _sample_chars(text)
        if len(chars) >= 6 and _ratio(chars, _kr_weight) >= 0.97:
            return "cp949", False
    gb_text = _strict(data, "gb18030")
    if gb_text is not None:
        chars = _sample_chars(gb_text)
        if _CJK_RE.search(gb_text) and _ratio(chars, _gb_weight) >= 0.9:
            return "gb18030", False
    for enc, weight in (("cp932", _jp_weight), ("cp950", _big5_weight)):
        text = _strict(data, enc)
        if text is not None:
            chars = _sample_chars(text)
            if chars and (_CJK_RE.search(text) or any("\u3040" <= c <= "\u30ff" for c in chars[:2000])):
                if _ratio(chars, weight) >= 0.9:
                    return enc, False
    text = _strict(data, "cp1252")
    if text is not None and _plausible_western(text):
        return "cp1252", False
    best = None
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
        best = codecs.lookup(match.encoding).name if match else None
    except Exception:  # a detector failure must not make the file unreadable
        best = None
    if best in ("gb2312", "gbk", "gb18030", "hz"):
        return "gb18030", gb_text is None
    if gb_text is not None and (best is None or best in _CJK_CODECS) and _CJK_RE.search(gb_text):
        # Some CJK double-byte text that none of the checks above recognised: GBK (with
        # traditional or rare characters) is by far the most common source of such files.
        return "gb18030", False
    if best in ("shift_jis", "shift_jis_2004", "shift_jisx0213"):
        best = "cp932"
    if best and not best.startswith("utf"):
        return best, _strict(data, best) is None
    return "cp1252", _strict(data, "cp1252") is None


def _decode(data: bytes, source: str, forced: Optional[str] = None) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings). Raises UnreadableFile for empty or binary input."""
    if not data or not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe\x1a"):
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"), source=source)
    warnings: list[str] = []
    if forced:
        enc = codecs.lookup(forced).name
        text = data.decode(enc, errors="replace")
        if _strict(data, enc) is None:
            warnings.append(f"some bytes are not valid {enc} and were replaced by \ufffd")
        return text.lstrip("\ufeff"), enc, warnings
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is an Excel workbook or a ZIP archive, "
                                                           "not CSV; save it as CSV first"), source=source)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is an old Excel (.xls) workbook, not "
                                                           "CSV; save it as CSV first"), source=source)
    boms = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
            (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"))
    enc = body = None
    for bom, name in boms:
        if data.startswith(bom):
            enc, body = name, (data if name == "utf-8-sig" else data[len(bom):])
            break
    if enc is None:
        sample = data[:4096]
        half = len(sample) // 2
        if half >= 2:
            even, odd = sample[0::2].count(0), sample[1::2].count(0)
            if odd > 0.3 * half and even < 0.05 * half:
                enc = "utf-16-le"
            elif even > 0.3 * half and odd < 0.05 * half:
                enc = "utf-16-be"
        body = data
    if enc is not None:
        text = _strict(body, enc)
        if text is None:
            text = body.decode(enc, errors="replace")
            warnings.append(f"some bytes are not valid {enc} and were replaced by \ufffd")
    else:
        head = data[:65536]
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 26, 27))
        if b"\x00" in head or controls > len(head) // 10:
            raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is a binary file, not CSV text"),
                                 source=source)
        text = _strict(data, "utf-8")
        enc = "utf-8"
        if text is None:
            lossy = data.decode("utf-8", errors="replace")
            bad = lossy.count("\ufffd")
            good = len(_NON_ASCII_RE.findall(lossy)) - bad
            if bad <= 10 and good >= 10 * bad:
                text = lossy
                warnings.append(f"{bad} byte sequence(s) are not valid UTF-8 and were replaced by \ufffd")
            else:
                enc, lossy_legacy = _guess_legacy(data)
                text = data.decode(enc, errors="replace")
                if lossy_legacy:
                    warnings.append(f"the encoding looks like {enc}, but some bytes do not fit it and were "
                                    f"replaced by \ufffd")
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters were removed")
    if not text or text.isspace():  # not text.strip(): that copies all the text
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"), source=source)
    if text[:65_536].lstrip()[:11].upper() == "BEGIN:VCARD":  # not a copy of all the text
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is a vCard file, not CSV"), source=source)
    return text, enc, warnings


# =============================================================================== splitting
