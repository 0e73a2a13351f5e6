"""Value decoding for the vCard reader: quoted-printable, CHARSET, undeclared 8-bit text.

Values arrive as text decoded from UTF-8 with `surrogateescape` (see `vcard_lines`),
so the exact bytes of anything that was not UTF-8 can be recovered here and decoded
with the right charset *before* unescaping.
"""
from __future__ import annotations

import binascii
import codecs
from functools import lru_cache
from typing import Optional

_UTF8_NAMES = frozenset({"UTF-8", "UTF8", "US-ASCII", "ASCII", "ANSI_X3.4-1968"})


class ValueDecoder:
    """Turns a raw value into text: quoted-printable, CHARSET, undeclared 8-bit bytes.

    Undeclared 8-bit text that is not UTF-8 is decoded with one guess per file,
    made from all such values together (a single short name is too little for
    charset-normalizer to go on).
    """

    def __init__(self, text: str, wide: bool):
        self._text = text
        self._wide = wide  # decoded from UTF-16: CHARSET parameters no longer apply
        self._guess: Optional[str] = None
        self.fallback_used: Optional[str] = None

    def decode(self, value: str, params: dict[str, list[str]]) -> str:
        encoding = params.get("ENCODING")
        charset = params.get("CHARSET")
        charset = charset[0].upper() if charset and not self._wide else None
        if encoding and encoding[0].upper() in ("QUOTED-PRINTABLE", "QP"):
            raw = binascii.a2b_qp(value.encode("utf-8", "surrogateescape"))
            return self._bytes_to_text(raw, charset)
        if value.isascii():
            return value
        if charset and charset not in _UTF8_NAMES:
            return self._bytes_to_text(value.encode("utf-8", "surrogateescape"), charset)
        try:
            value.encode("utf-8")
            return value  # already good UTF-8 text
        except UnicodeEncodeError:
            return self._bytes_to_text(value.encode("utf-8", "surrogateescape"), charset)

    def plain_text(self, text: str) -> str:
        """Text with no CHARSET to go by (a parameter, a property name)."""
        if text.isascii():
            return text
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            return self._bytes_to_text(text.encode("utf-8", "surrogateescape"), None)

    def _bytes_to_text(self, raw: bytes, charset: Optional[str]) -> str:
        codec = _codec(charset) if charset and charset not in _UTF8_NAMES else None
        if codec:  # an unknown CHARSET name is ignored: the value is guessed below
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                return raw.decode(codec, "replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if charset:  # declared UTF-8 with a stray byte: keep the rest of the value
            return raw.decode("utf-8", "replace")
        mostly_utf8 = raw.decode("utf-8", "replace")
        if sum(1 for c in mostly_utf8 if c > "\x7f" and c != "\ufffd") > mostly_utf8.count("\ufffd"):
            return mostly_utf8
        guess = self._fallback_charset()
        self.fallback_used = guess
        return raw.decode(guess, "replace")

    def _fallback_charset(self) -> str:
        if self._guess is None:
            self._guess = _guess_charset(_undeclared_8bit_sample(self._text))
        return self._guess


_ALIASES = {"x-sjis": "shift_jis", "sjis": "shift_jis", "gb2312": "gbk", "x-gbk": "gbk"}


@lru_cache(maxsize=64)
def _codec(charset: str) -> Optional[str]:
    """Python's codec for a CHARSET parameter, or None for names that are not text encodings."""
    name = charset.strip().strip('"').lower()
    try:
        info = codecs.lookup(_ALIASES.get(name, name))
    except (LookupError, UnicodeError):  # unknown, or a name made of undecodable bytes
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None  # not base64, rot13...


def _undeclared_8bit_sample(text: str) -> bytes:
    chunks = []
    for line in text.split("\n"):
        if line.isascii() and "=" not in line:
            continue
        head, _, value = line.partition(":")
        upper = head.upper()
        if "CHARSET" in upper:
            continue
        raw = value.encode("utf-8", "surrogateescape")
        if "QUOTED-PRINTABLE" in upper:
            raw = binascii.a2b_qp(raw)
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            chunks.append(raw)
    return b"\n".join(chunks)


_SINGLE_BYTE = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "koi8_r"]
_MULTI_BYTE = ["shift_jis", "gb18030", "big5", "euc_kr"]


def _guess_charset(sample: bytes) -> str:
    if not sample:
        return "cp1252"
    from charset_normalizer import from_bytes  # only files with undeclared 8-bit text pay for it

    eight_bit = sum(1 for b in sample if b > 0x7F)
    candidates = _SINGLE_BYTE + (_MULTI_BYTE if eight_bit >= 8 else [])
    best = from_bytes(sample, cp_isolation=candidates).best()
    return best.encoding if best else "cp1252"
