"""Which language to greet a customer in: "zh", "es" or "en".

Guessed at import and when a contact is created, from what is known before anyone talks to
them: the name's script, then the country of the numbers and addresses, then Spanish letters in
the name. The user corrects it in the customer file or with `rapport set --language`.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Optional

from ..errors import QT_TRANSLATE_NOOP, InvalidValue

LANGUAGES = ("zh", "es", "en")
# The greeting templates' file for each (resources/greetings/).
TEMPLATE_LANGUAGE = {"zh": "zh_CN", "es": "es", "en": "en"}

_CHINESE_REGIONS = {"CN", "HK", "TW", "MO"}
_CHINESE_CODES = ("+86", "+852", "+853", "+886")
# Spain, Latin America (Dominican Republic and Puerto Rico share +1), Equatorial Guinea.
_SPANISH_CODES = ("+34", "+52", "+54", "+56", "+57", "+51", "+58", "+593", "+502", "+53", "+591", "+504", "+595",
                  "+503", "+505", "+506", "+507", "+598", "+240", "+1809", "+1829", "+1849", "+1787", "+1939")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_SPANISH_REGIONS = {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV",
                    "NI", "CR", "PA", "UY", "PR", "GQ"}
# Country names as address books write them (folded: lower case, no accents).
_CHINESE_COUNTRIES = {"china", "cn", "prc", "中国", "中华人民共和国", "hong kong", "香港", "taiwan", "台湾", "台灣",
                      "macau", "macao", "澳门", "澳門", "people's republic of china"}
_SPANISH_COUNTRIES = {"espana", "spain", "mexico", "argentina", "colombia", "chile", "peru", "venezuela",
                      "ecuador", "guatemala", "cuba", "bolivia", "republica dominicana", "dominican republic",
                      "honduras", "paraguay", "el salvador", "nicaragua", "costa rica", "panama", "uruguay",
                      "puerto rico", "guinea ecuatorial", "西班牙", "墨西哥", "阿根廷", "智利", "哥伦比亚", "秘鲁"}
_SPANISH_LETTERS = set("áéíóúñü¿¡ÁÉÍÓÚÑÜ")
# Names given as words: the language names a user may type ("中文", "Español").
_NAMES = {"zh": "zh", "zh_cn": "zh", "zh-cn": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "chino": "zh",
          "es": "es", "spanish": "es", "español": "es", "espanol": "es", "西班牙语": "es",
          "en": "en", "english": "en", "inglés": "en", "ingles": "en", "英语": "en", "英文": "en"}


def is_chinese(text: str) -> bool:
    """Han characters in it (张伟, 王 小明): a Chinese name."""
    return _HAN.search(text) is not None


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text.strip().lower())
                   if unicodedata.category(ch) != "Mn")


def _country_of_address(country: str) -> Optional[str]:
    if country.strip().upper() in _CHINESE_REGIONS | _SPANISH_REGIONS:
        return "zh" if country.strip().upper() in _CHINESE_REGIONS else "es"
    folded = _fold(country)
    if folded in _CHINESE_COUNTRIES or country.strip() in _CHINESE_COUNTRIES:
        return "zh"
    if folded in _SPANISH_COUNTRIES or country.strip() in _SPANISH_COUNTRIES:
        return "es"
    return None


def _country_of_number(e164: str) -> Optional[str]:
    # By the calling code's digits, not phonenumbers.parse: an import guesses for every card.
    if e164.startswith(_CHINESE_CODES):
        return "zh"
    return "es" if e164.startswith(_SPANISH_CODES) else None


def guess_language(names: Iterable[Optional[str]], numbers: Iterable[Optional[str]] = (),
                   countries: Iterable[Optional[str]] = ()) -> str:
    """names: display, given, family name…; numbers: E.164; countries: the addresses' country lines."""
    names = [n for n in names if n]
    if any(is_chinese(n) for n in names):
        return "zh"
    found = [_country_of_number(n) for n in numbers if n] + [_country_of_address(c) for c in countries if c]
    for language in ("zh", "es"):
        if language in found:
            return language
    if any(_SPANISH_LETTERS & set(n) for n in names):
        return "es"
    return "en"


def parse_language(text: Optional[str]) -> Optional[str]:
    """What the user typed as a language code ("zh", "Español"…); empty clears."""
    if text is None or not text.strip():
        return None
    found = _NAMES.get(text.strip().lower())
    if found is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "language: '{text}' is not zh, es or en"), text=text)
    return found
