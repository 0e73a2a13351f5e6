"""How a greeting addresses the customer, as is customary in the greeting's language.

Chinese: the family name with the title's short form (张总 for a 总经理, 王经理) or 先生/女士;
Spanish: "Estimado Sr. García" / "Estimada Sra. García"; English: the first name. Without
what the custom needs (a gender, a family name), the full name: never a guessed 先生 for a woman.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .language import is_chinese

# Titles a Chinese customer is addressed by, longest first: 总经理 → 张总, 销售经理 → 张经理.
_ZH_TITLES = (("董事长", "总"), ("总经理", "总"), ("总裁", "总"), ("总监", "总"), ("经理", "经理"))
# Two-character family names (复姓): 欧阳娜娜 is Ms 欧阳, not Ms 欧.
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒")
_MALE = {"m", "male", "man", "男", "hombre", "masculino", "h", "v", "varón", "varon"}
_FEMALE = {"f", "female", "woman", "女", "mujer", "femenino"}


@dataclass(frozen=True)
class Person:
    display_name: str
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    title: Optional[str] = None
    gender: Optional[str] = None


def gender_of(text: Optional[str]) -> Optional[str]:
    value = (text or "").strip().lower()
    return "male" if value in _MALE else "female" if value in _FEMALE else None


def chinese_family_name(person: Person) -> Optional[str]:
    if person.family_name and person.family_name.strip():
        return person.family_name.strip()
    name = person.display_name.replace(" ", "")
    if not is_chinese(name) or not 2 <= len(name) <= 4:
        return None  # "华通贸易有限公司" or a Latin name: no family name to take
    return name[:2] if name[:2] in _COMPOUND else name[:1]


def address(person: Person, language: str) -> str:
    """The form of address for a greeting in `language` ("zh", "es" or "en")."""
    if language == "zh":
        return _chinese(person)
    if language == "es":
        return _spanish(person)
    return (person.given_name or "").strip() or _first_word(person.display_name)


def _chinese(person: Person) -> str:
    family = chinese_family_name(person)
    if family:
        title = person.title or ""
        for word, short in _ZH_TITLES:
            if word in title:
                return family + short
        gender = gender_of(person.gender)
        if gender:
            return family + ("先生" if gender == "male" else "女士")
    return person.display_name


def _spanish(person: Person) -> str:
    gender = gender_of(person.gender)
    family = (person.family_name or "").strip()
    if not family and not is_chinese(person.display_name):
        words = person.display_name.split()
        family = " ".join(words[1:]) if len(words) > 1 else ""
    if gender is None or not family:
        return person.display_name
    return f"Estimado Sr. {family}" if gender == "male" else f"Estimada Sra. {family}"


def _first_word(name: str) -> str:
    if is_chinese(name):
        return name
    return name.split()[0] if name.split() else name
