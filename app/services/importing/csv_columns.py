"""Column vocabulary for CSV contact files: which header means which field.

The mapping vocabulary
======================

A column is mapped to one *field name*. `parse_csv(mapping=...)` takes
``{header text: field name}``; `sniff_csv()` proposes one. Field names:

Single values (several columns mapped to the same one are joined with a space;
a repeated identical value is kept once)::

    display_name  given_name  middle_name  family_name  prefix  suffix  nickname
    phonetic_given_name  phonetic_family_name  sort_as
    organization  department  title  gender

Dates (written forms are normalised to "YYYY-MM-DD" or "--MM-DD"; a value that is
not a date is reported as a problem and kept as a custom field)::

    birthday  anniversary
    birthday.year  birthday.month  birthday.day      (Thunderbird's three columns)

Lists::

    notes      one note per column
    groups     split on " ::: ", ";", ",", "、" (Google system groups are dropped)

Labelled, repeatable values. ``:<label>`` fixes the label, e.g. ``phone:Mobile``,
``email:Work``, ``address.city:Home``; without it the value has no label::

    phone  email  website
    address                (a whole address in one cell; it goes to the street)
    address.street  address.city  address.region  address.postal_code
    address.country  address.po_box  address.extended  address.formatted
    event                  (a dated event: label "Anniversary"/"Birthday" fill those
                            fields, anything else becomes a custom field)

Columns with the same address label form one address ("Home Street" + "Home City").

Paired columns (Google's ``Phone 1 - Type`` / ``Phone 1 - Value``): ``#<id>`` binds a
value column to the column holding its label, e.g. ``phone#1`` + ``phone.label#1``,
``address.street#2`` + ``address.label#2``, ``custom#3`` + ``custom.label#3``. The
label sources are ``phone.label``, ``email.label``, ``website.label``,
``address.label``, ``event.label`` and ``custom.label``; ids are letters/digits.

Everything else::

    custom          a custom field named after the column header
    custom:<name>   a custom field with that name
    ignore          the column is not imported

Unknown headers map to ``custom``: nothing in a file is dropped unless the user
(or the short list of Outlook bookkeeping columns in `_IGNORED`) says so.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

SCALAR_FIELDS = (
    "display_name", "given_name", "middle_name", "family_name", "prefix", "suffix",
    "nickname", "phonetic_given_name", "phonetic_family_name", "sort_as",
    "organization", "department", "title", "gender",
)
DATE_FIELDS = ("birthday", "anniversary")
BIRTHDAY_PARTS = ("birthday.year", "birthday.month", "birthday.day")
ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country", "po_box", "extended", "formatted")
LABELLED_FIELDS = ("phone", "email", "website", "address", "event", "custom") + tuple(
    f"address.{p}" for p in ADDRESS_PARTS
)
LABEL_SOURCES = ("phone.label", "email.label", "website.label", "address.label", "event.label", "custom.label")
PLAIN_FIELDS = ("notes", "groups", "ignore")

_GID_RE = re.compile(r"^[A-Za-z0-9_]+$")
_BASE_RE = re.compile(r"^([a-z_.]+)(.*)$", re.S)


@dataclass(frozen=True)
class FieldSpec:
    base: str  # "phone", "address.city", "given_name", "custom", ...
    label: Optional[str] = None  # from "phone:Mobile"; for "custom:<name>" the custom field's name
    gid: Optional[str] = None  # from "phone#1": binds a value column to its label column


def parse_field(value: str) -> FieldSpec:
    """Parse a field name of the vocabulary above. Raises ValueError for anything else."""
    v = (value or "").strip()
    m = _BASE_RE.match(v)
    if not m:
        raise ValueError(f"unknown CSV field {value!r}")
    base, rest = m.group(1), m.group(2)
    label = gid = None
    if rest.startswith("#"):
        gid = rest[1:]
        if not _GID_RE.match(gid):
            raise ValueError(f"bad group id in CSV field {value!r}")
    elif rest.startswith(":"):
        label = rest[1:].strip()
        if not label:
            raise ValueError(f"empty label in CSV field {value!r}")
    elif rest:
        raise ValueError(f"unknown CSV field {value!r}")
    if base in SCALAR_FIELDS or base in DATE_FIELDS or base in BIRTHDAY_PARTS or base in PLAIN_FIELDS:
        if label or gid:
            raise ValueError(f"CSV field {base!r} takes no label or group id (got {value!r})")
    elif base in LABEL_SOURCES:
        if not gid:
            raise ValueError(f"CSV field {base!r} needs a group id, e.g. {base}#1 (got {value!r})")
    elif base not in LABELLED_FIELDS:
        raise ValueError(f"unknown CSV field {value!r}")
    return FieldSpec(base, label, gid)


def is_valid_field(value: str) -> bool:
    try:
        parse_field(value)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- headers

def norm_header(text: str) -> str:
    """Case-, width-, accent- and spacing-insensitive form of a header, for lookups."""
    s = unicodedata.normalize("NFKC", text or "").replace("\ufeff", "").strip()
    s = s.strip("\"'").strip().rstrip(":*").strip()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.casefold()
    s = re.sub(r"[\s_]+", " ", s)
    return s.replace("e-mail", "email")


_HEADERS: dict[str, str] = {}
# Outlook bookkeeping columns that carry no contact data of their own.
_IGNORED = ("email type", "email 2 type", "email 3 type", "email display name",
            "email 2 display name", "email 3 display name")


def _add(field: str, *headers: str) -> None:
    parse_field(field)  # the table must only use the documented vocabulary
    for h in headers:
        _HEADERS[norm_header(h)] = field


for _h in _IGNORED:
    _add("ignore", _h)

# Names ---------------------------------------------------------------------------
_add("display_name", "Name", "Full Name", "Display Name", "Contact Name", "Contact",
     "姓名", "名字", "名称", "联系人", "联系人姓名", "全名", "顯示名稱", "显示名称",
     "Nombre completo", "Nombre y apellidos", "Nombre para mostrar")
_add("given_name", "First Name", "Given Name", "Firstname", "Forename", "名",
     "Primer nombre")
_add("middle_name", "Middle Name", "Additional Name", "Segundo nombre", "中间名")
_add("family_name", "Last Name", "Family Name", "Surname", "Lastname", "姓", "姓氏",
     "Apellido", "Apellidos", "Primer apellido", "Segundo apellido")
_add("prefix", "Name Prefix", "Prefix", "Salutation", "称谓", "Tratamiento")
_add("suffix", "Suffix", "Name Suffix", "Sufijo")
_add("nickname", "Nickname", "Nick Name", "Nick", "昵称", "暱稱", "Apodo", "Sobrenombre", "Alias")
_add("phonetic_given_name", "Given Name Yomi", "Phonetic First Name", "First Name Yomi")
_add("phonetic_family_name", "Family Name Yomi", "Phonetic Last Name", "Last Name Yomi")
_add("sort_as", "File As")
# Work ------------------------------------------------------------------------------
_add("organization", "Company", "Company Name", "Organization", "Organisation",
     "Organization Name", "Organisation Name", "Organization 1 - Name", "Employer", "Org", "Business",
     "Business Name", "Firm",
     "公司", "单位", "公司名称", "工作单位", "单位名称", "機構", "公司名稱",
     "Empresa", "Compañía", "Organización")
_add("title", "Job Title", "Organization Title", "Organization 1 - Title", "Position",
     "Role", "职位", "职务", "头衔", "职称", "職稱", "Cargo", "Puesto")
_add("department", "Department", "Dept", "Organization Department", "Organization 1 - Department",
     "部门", "部門", "Departamento")
# Personal --------------------------------------------------------------------------
_add("birthday", "Birthday", "Birth Date", "Birthdate", "Date of Birth", "DOB",
     "生日", "出生日期", "出生年月", "Cumpleaños", "Fecha de nacimiento")
_add("anniversary", "Anniversary", "纪念日", "紀念日", "Aniversario")
_add("birthday.year", "Birth Year")
_add("birthday.month", "Birth Month")
_add("birthday.day", "Birth Day")
_add("gender", "Gender", "Sex", "性别", "性別", "Sexo", "Género")
_add("notes", "Notes", "Note", "Comments", "Comment", "Memo", "Description", "Additional Info",
     "Additional Information", "Other Info", "Other Information", "More Info", "Info", "Remarks", "Remark",
     "备注", "備註", "备注信息", "说明", "Notas", "Nota", "Observaciones", "Comentarios")
_add("groups", "Group Membership", "Labels", "Categories", "Category", "Group", "Groups",
     "Tags", "Tag", "分组", "群组", "分類", "分类", "组", "标签", "類別",
     "Grupo", "Grupos", "Categoría", "Categorías", "Etiquetas")
# Phones ----------------------------------------------------------------------------
_add("phone", "Phone", "Phone Number", "Telephone", "Tel", "Tel.",
     "电话", "电话号码", "联系电话", "電話", "电话号码",
     "Teléfono", "Número de teléfono", "Tfno", "Tlf", "Telefono fijo")
_add("phone:Mobile", "Mobile", "Mobile Phone", "Mobile Number", "Cell", "Cell Phone",
     "Cellphone", "Home Mobile", "Work Mobile",
     "手机", "手机号", "手机号码", "移动电话", "手機", "手機號碼", "行動電話",
     "Móvil", "Celular", "Teléfono móvil", "Teléfono celular", "Movil")
_add("phone:Work", "Business Phone", "Business Phone 2", "Work Phone", "Office Phone",
     "办公电话", "工作电话", "公司电话", "单位电话", "办公室电话", "公司電話",
     "Teléfono del trabajo", "Teléfono trabajo", "Teléfono oficina", "Teléfono de la oficina")
_add("phone:Home", "Home Phone", "Home Phone 2", "住宅电话", "家庭电话", "家里电话", "住宅電話",
     "Teléfono de casa", "Teléfono casa", "Teléfono particular")
_add("phone:Fax", "Fax", "Fax Number", "传真", "傳真", "传真号码")
_add("phone:Work fax", "Business Fax", "Work Fax", "工作传真", "Fax del trabajo")
_add("phone:Home fax", "Home Fax", "Fax de casa")
_add("phone:Other fax", "Other Fax")
_add("phone:Other", "Other Phone", "其他电话")
_add("phone:Pager", "Pager", "Pager Number", "寻呼机", "Buscapersonas")
_add("phone:Main", "Primary Phone", "Main Phone", "总机")
_add("phone:Company main", "Company Main Phone")
_add("phone:Assistant", "Assistant's Phone", "Assistant Phone")
_add("phone:Callback", "Callback")
_add("phone:Car", "Car Phone")
_add("phone:ISDN", "ISDN")
_add("phone:Radio", "Radio Phone")
_add("phone:Telex", "Telex")
_add("phone:TTY/TDD", "TTY/TDD Phone")
_add("phone:Video", "Phone Video", "Video Phone")
# E-mail ----------------------------------------------------------------------------
_add("email", "E-mail", "Email", "E-mail Address", "Email Address", "E-mail 2 Address",
     "E-mail 3 Address", "Primary Email", "Secondary Email", "Mail",
     "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "電子郵件", "電郵", "信箱", "Email地址",
     "Correo electrónico", "Correo", "Dirección de correo electrónico", "Correo electrónico 2")
_add("email:Work", "Work Email", "Business Email", "Email Work", "工作邮箱", "Correo del trabajo")
_add("email:Home", "Home Email", "Personal Email", "Email Home", "个人邮箱", "Correo personal")
_add("email:Other", "Other Email", "Email Other")
# Web -------------------------------------------------------------------------------
_add("website", "Website", "Web Site", "Web Page", "Web Page 1", "Web Page 2", "URL",
     "Homepage", "Home Page", "网址", "网站", "主页", "个人主页", "網址", "網站",
     "Sitio web", "Página web", "Web")
_add("website:Work", "Business Web Page", "Work Web Page")
_add("website:Home", "Personal Web Page")
# Addresses ---------------------------------------------------------------------------
_add("address", "Address", "Full Address", "Postal Address", "Mailing Address",
     "地址", "联系地址", "通讯地址", "通信地址", "地址信息",
     "Dirección", "Domicilio", "Dirección postal")
_add("address:Home", "家庭地址", "家庭住址", "住址", "住宅地址", "Dirección de casa", "Dirección particular")
_add("address:Work", "公司地址", "单位地址", "工作地址", "办公地址", "Dirección del trabajo")
_add("address.street", "Street", "Street Address", "Address Line 1", "Address 1", "Address Line 2",
     "Address 2", "街道", "街道地址", "详细地址", "Calle")
_add("address.city", "City", "Town", "城市", "市", "所在城市", "Ciudad", "Localidad", "Municipio", "Población")
_add("address.region", "State", "Province", "Region", "County", "State/Province",
     "省份", "省", "所在省份", "省/直辖市", "Provincia", "Estado", "Región")
_add("address.postal_code", "Zip", "Zip Code", "ZipCode", "Postal Code", "Postcode", "Post Code",
     "邮编", "邮政编码", "郵遞區號", "Código postal", "CP", "C.P.")
_add("address.country", "Country", "Country/Region", "国家", "国家/地区", "國家", "País")
for _label, _words in (("Home", ("Home",)), ("Work", ("Business", "Work")), ("Other", ("Other",))):
    for _w in _words:
        _add(f"address.street:{_label}", f"{_w} Street", f"{_w} Street 2", f"{_w} Street 3",
             f"{_w} Address", f"{_w} Address 2")
        _add(f"address.city:{_label}", f"{_w} City")
        _add(f"address.region:{_label}", f"{_w} State", f"{_w} Province")
        _add(f"address.postal_code:{_label}", f"{_w} Postal Code", f"{_w} ZipCode", f"{_w} Zip",
             f"{_w} Zip Code")
        _add(f"address.country:{_label}", f"{_w} Country", f"{_w} Country/Region")
        _add(f"address.po_box:{_label}", f"{_w} Address PO Box", f"{_w} PO Box")

# A few Japanese and Korean spreadsheet headers.
_add("display_name", "氏名", "名前", "이름", "성명")
_add("organization", "会社", "会社名", "勤務先", "회사", "회사명")
_add("department", "部署", "부서")
_add("title", "役職", "직책", "직위")
_add("phone:Mobile", "携帯", "携帯電話", "携帯番号", "휴대폰", "휴대전화", "핸드폰")
_add("phone", "電話番号", "전화", "전화번호")
_add("email", "メール", "メールアドレス", "電子メール", "이메일", "이메일 주소")
_add("address", "住所", "주소")
_add("birthday", "誕生日", "生年月日", "생일")
_add("notes", "備考", "メモ", "메모", "비고")

# Headers whose meaning depends on the rest of the header row.
_TITLE_IS_PREFIX_WHEN = {norm_header(h) for h in ("Job Title", "Position", "Cargo", "Puesto", "Suffix")}
_NOMBRE_IS_GIVEN_WHEN = {norm_header(h) for h in ("Apellido", "Apellidos", "Primer apellido")}
_NAME_IS_GIVEN_WHEN = {norm_header(h) for h in ("姓", "姓氏")}

# Google's numbered groups: "E-mail 1 - Type", "Address 2 - Postal Code", "Custom Field 1 - Label".
_GOOGLE_RE = re.compile(
    r"^(email|phone|address|website|organization|relation|custom field|event|im)\s*(\d+)\s*-\s*(.+)$"
)
_GOOGLE_ADDRESS = {
    "formatted": "formatted", "street": "street", "city": "city", "po box": "po_box",
    "region": "region", "postal code": "postal_code", "country": "country",
    "extended address": "extended",
}


def _google_field(kind: str, n: str, part: str) -> Optional[str]:
    is_label = part in ("type", "label")
    if kind in ("email", "phone", "website", "event"):
        if is_label:
            return f"{kind}.label#{n}"
        return f"{kind}#{n}" if part == "value" else None
    if kind == "address":
        if is_label:
            return f"address.label#{n}"
        p = _GOOGLE_ADDRESS.get(part)
        return f"address.{p}#{n}" if p else None
    if kind in ("relation", "custom field"):
        gid = ("rel" if kind == "relation" else "cf") + n
        if is_label:
            return f"custom.label#{gid}"
        return f"custom#{gid}" if part == "value" else None
    if kind == "im":
        if part == "service":
            return f"custom.label#im{n}"
        return f"custom#im{n}" if part == "value" else None
    if kind == "organization" and n == "1":
        return {"name": "organization", "title": "title", "department": "department"}.get(part)
    return None


# Word-level fallback for headers no table lists ("Home Mobile", "Work City", "Email (Work)").
_LABEL_WORDS = {"home": "Home", "personal": "Home", "private": "Home", "work": "Work",
                "business": "Work", "office": "Work", "company": "Work", "other": "Other",
                "casa": "Home", "particular": "Home", "trabajo": "Work", "oficina": "Work",
                "otro": "Other"}
_NOT_A_VALUE_WORDS = {"type", "label", "name", "display", "kind", "id", "date", "status",
                      "verified", "opt", "subscribed", "consent", "bounce", "count", "format", "sent",
                      "tipo", "nombre", "etiqueta"}
_ADDRESS_WORDS = {"street": "street", "city": "city", "town": "city", "state": "region",
                  "province": "region", "region": "region", "zip": "postal_code",
                  "zipcode": "postal_code", "postal": "postal_code", "postcode": "postal_code",
                  "country": "country", "calle": "street", "ciudad": "city",
                  "provincia": "region", "pais": "country"}


def _guess_by_words(key: str) -> Optional[str]:
    words = [w for w in re.split(r"[^a-z0-9']+", key) if w]
    ws = set(words)
    if not ws or ws & _NOT_A_VALUE_WORDS:
        return None
    label = next((_LABEL_WORDS[w] for w in words if w in _LABEL_WORDS), None)
    if ws & {"email", "mail", "correo"}:
        return f"email:{label}" if label else "email"
    if "fax" in ws:
        return f"phone:{label} fax" if label else "phone:Fax"
    if ws & {"mobile", "cell", "cellphone", "cellular", "movil", "celular"}:
        return "phone:Mobile"
    if ws & {"phone", "telephone", "tel", "telefono"}:
        return f"phone:{label}" if label else "phone"
    if ws & {"website", "url", "homepage", "web"}:
        rest = [w for w in words if w not in ("website", "url", "web", "site", "page")]
        if "homepage" in ws or (("home" in ws) and "page" in ws):
            return "website:Home page"
        if rest:
            return "website:" + " ".join(rest).capitalize()
        return "website"
    for w in words:
        if w in _ADDRESS_WORDS:
            part = _ADDRESS_WORDS[w]
            return f"address.{part}:{label}" if label else f"address.{part}"
    if ws & {"address", "direccion", "domicilio"}:
        return f"address:{label}" if label else "address"
    return None


_CJK_FALLBACK = (
    ("手机", "phone:Mobile"), ("手機", "phone:Mobile"), ("传真", "phone:Fax"), ("傳真", "phone:Fax"),
    ("电话", "phone"), ("電話", "phone"), ("邮箱", "email"), ("邮件", "email"), ("郵件", "email"),
    ("地址", "address"), ("网址", "website"), ("網址", "website"), ("生日", "birthday"),
    ("备注", "notes"), ("備註", "notes"),
)


def auto_field(header: str, context: Iterable[str] = ()) -> str:
    """The field a header most likely means; "custom" when nothing fits.

    `context` is the normalised form (`norm_header`) of every header in the row; it
    settles the few headers whose meaning depends on their neighbours ("Title" is
    Outlook's name prefix when there is also a "Job Title").
    """
    key = norm_header(header)
    if not key:
        return "custom"
    ctx = set(context)
    if key == "title":
        return "prefix" if ctx & _TITLE_IS_PREFIX_WHEN else "title"
    if key == "titulo":
        return "prefix" if ctx & _TITLE_IS_PREFIX_WHEN else "title"
    if key == "nombre":
        return "given_name" if ctx & _NOMBRE_IS_GIVEN_WHEN else "display_name"
    if key == "名字" and ctx & _NAME_IS_GIVEN_WHEN:
        return "given_name"
    if key in _HEADERS:
        return _HEADERS[key]
    m = _GOOGLE_RE.match(key)
    if m:
        return _google_field(m.group(1), m.group(2), m.group(3).strip()) or "custom"
    guess = _guess_by_words(key)
    if guess:
        return guess
    for needle, field in _CJK_FALLBACK:
        if needle in key:
            return field
    return "custom"


def auto_mapping(headers: list[str]) -> list[str]:
    """`auto_field` for each header of a header row."""
    ctx = [norm_header(h) for h in headers]
    return [auto_field(h, ctx) for h in headers]


def is_known_header(header: str) -> bool:
    """True when the header is one we recognise (used to tell a header row from data)."""
    key = norm_header(header)
    if not key:
        return False
    if key in _HEADERS or key in ("title", "titulo", "nombre") or _GOOGLE_RE.match(key):
        return True
    return _guess_by_words(key) is not None or any(n in key for n, _ in _CJK_FALLBACK)


# --------------------------------------------------------------------------- labels

_CANONICAL_LABELS = {
    "home": "Home", "work": "Work", "business": "Work", "office": "Work", "mobile": "Mobile",
    "cell": "Mobile", "cellular": "Mobile", "fax": "Fax", "home fax": "Home fax",
    "work fax": "Work fax", "business fax": "Work fax", "other fax": "Other fax",
    "pager": "Pager", "main": "Main", "other": "Other", "car": "Car", "assistant": "Assistant",
    "callback": "Callback", "company main": "Company main", "isdn": "ISDN", "radio": "Radio",
    "telex": "Telex", "tty/tdd": "TTY/TDD", "video": "Video", "personal": "Home",
    "homepage": "Home page", "home page": "Home page", "blog": "Blog", "profile": "Profile",
    "anniversary": "Anniversary", "birthday": "Birthday",
}


@functools.lru_cache(maxsize=1024)
def canonical_label(text: Optional[str]) -> tuple[Optional[str], bool]:
    """Clean a label cell: returns (label, preferred). Google marks the primary value "* Home"."""
    if not text:
        return None, False
    s = text.strip()
    preferred = s.startswith("*")
    if preferred:
        s = s.lstrip("*").strip()
    if not s:
        return None, preferred
    return _CANONICAL_LABELS.get(s.casefold(), s), preferred


# Google's own groups, which every exported contact carries.
SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred"}
