"""Realistic generated contact files, the same every run (seeded)."""
from __future__ import annotations

import quopri
import random
from pathlib import Path

CN_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
CN_GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀英华建志平刚桂兰玉红霞云飞鹏辉斌宇浩凯"
LATIN_GIVEN = ["Ana", "Carlos", "Lucía", "Javier", "María", "James", "Emma", "Oliver", "Sophie", "Daniel", "Grace"]
LATIN_FAMILY = ["García", "Martínez", "López", "Smith", "Johnson", "Brown", "Taylor", "O'Neil", "Müller", "Dubois"]
ORGS = ["华通贸易有限公司", "Construcciones Ruiz, S.L.", "Northwind Traders", "金桥电器", "Acme, Inc.", ""]
CITIES = ["上海", "北京", "Madrid", "London", "杭州", "Sevilla"]


def person_name(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        return rng.choice(CN_FAMILY), "".join(rng.choice(CN_GIVEN) for _ in range(rng.choice((1, 2))))
    return rng.choice(LATIN_FAMILY), rng.choice(LATIN_GIVEN)


def _qp(text: str) -> str:
    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return encoded.replace("=\n", "=\r\n")


def phone_export_v21(n: int, seed: int = 1) -> bytes:
    """What a Chinese Android phone writes: vCard 2.1, CJK names in quoted-printable UTF-8."""
    rng = random.Random(seed)
    cards = []
    for i in range(n):
        family, given = person_name(rng)
        lines = ["BEGIN:VCARD", "VERSION:2.1",
                 f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(family)};{_qp(given)};;;",
                 f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(family + given)}",
                 f"TEL;CELL:1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"]
        if rng.random() < 0.4:
            lines.append(f"TEL;WORK:0{rng.randint(10, 999)}-{rng.randint(1000000, 9999999)}")
        if rng.random() < 0.3:
            lines.append(f"EMAIL;HOME:user{i}@example.cn")
        if rng.random() < 0.2:
            note = f"{rng.choice(CITIES)}的客户, 喜欢喝茶, 下周回电 #{i}"
            lines.append(f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(note)}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return ("\r\n".join(cards) + "\r\n").encode("ascii")


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcard30(n: int, seed: int = 2) -> bytes:
    """A large address book as vCard 3.0: names, two numbers, email, address, organisation, note."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        family, given = person_name(rng)
        org = rng.choice(ORGS)
        out.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{_esc(family)};{_esc(given)};;;\r\nFN:{_esc(given + ' ' + family)}\r\n"
            f"UID:bench-{seed}-{i}\r\n"
            f"TEL;TYPE=CELL:+86 1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}\r\n"
            f"TEL;TYPE=WORK:+34 91 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}\r\n"
            f"EMAIL;TYPE=INTERNET:c{i}@example.com\r\n"
            f"ADR;TYPE=WORK:;;{rng.randint(1, 999)} Calle Mayor\\, portal {rng.randint(1, 9)};{rng.choice(CITIES)};;{rng.randint(10000, 99999)};\r\n"
            + (f"ORG:{_esc(org)}\r\n" if org else "")
            + f"NOTE:Met at the fair\\, interested in model {rng.randint(1, 40)}\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode("utf-8")


def write(folder: Path, phone_cards: int = 2000, book_cards: int = 100_000) -> dict[str, Path]:
    """The two import files, made once per size and kept in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {f"phone-{_size(phone_cards)}.vcf": lambda: phone_export_v21(phone_cards),
             f"book-{_size(book_cards)}.vcf": lambda: vcard30(book_cards)}
    paths = {}
    for name, make in files.items():
        path = folder / name
        if not path.exists():
            partial = path.with_suffix(".partial")
            partial.write_bytes(make())
            partial.rename(path)  # an interrupted run never leaves half a file behind
        paths[name] = path
    return paths


def _size(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def scale(folder: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    """vCard 3.0 address books of each size (the same generator as the 100k one), made once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for n in sizes:
        path = folder / f"book-{_size(n)}.vcf"
        if not path.exists():
            partial = path.with_suffix(".partial")
            partial.write_bytes(vcard30(n))
            partial.rename(path)
        paths[n] = path
    return paths
