"""CSV contacts reader and writer: what a person opening these files expects to see imported."""
from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.importing.csv_columns import auto_field, parse_field
from app.services.importing.csv_reader import parse_csv, parse_date, sniff_csv
from app.services.importing.csv_writer import write_csv
from app.services.importing.record import ImportCancelled, UnreadableFile
from tests.corpus import CORPUS, corpus_files

CSV_FILES = [p for p in corpus_files("*.csv")] + [CORPUS / "thunderbird" / "addrbook-data" / "export.txt"]


def read(rel: str):
    path = CORPUS / rel
    return parse_csv(path.read_bytes(), source=path.name)


def only(result):
    assert len(result.contacts) == 1, result.contacts
    return result.contacts[0]


def phones(c):
    return [(p.raw, p.label) for p in c.phones]


def emails(c):
    return [(e.address, e.label) for e in c.emails]


# ----------------------------------------------------------------------------------- corpus

@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_csv_parses(path):
    result = parse_csv(path.read_bytes(), source=path.name)
    assert result.format == "csv"
    assert result.contacts, "every corpus CSV holds at least one contact"
    for c in result.contacts:
        assert c.has_identity()
        assert c.line is not None and c.line >= 1
        assert c.fingerprint and len(c.fingerprint) == 40
    assert [c.position for c in result.contacts] == list(range(1, len(result.contacts) + 1))


def test_corpus_file_list_is_complete():
    names = {p.name for p in CSV_FILES}
    assert {"gmail.csv", "all.csv", "utf16_addressbook.csv", "shiftjis_addressbook.csv",
            "tab_comma_mixed.csv", "export.txt"} <= names


def test_gmail_old_google_format():
    c = only(read("roundcube/Csv2vcard/gmail.csv"))
    assert c.display_name == "Prefix Firstname Middle Lastname Suffix"
    assert (c.given_name, c.middle_name, c.family_name) == ("Firstname", "Middle", "Lastname")
    assert (c.prefix, c.suffix, c.nickname) == ("Prefix", "Suffix", "nick")
    assert c.birthday == "1975-12-12"
    assert c.notes == ['note"note']
    # "* My Contacts ::: Test": Google's system group is dropped, the user's group kept
    assert c.groups == ["Test"]
    assert emails(c) == [("home@aaa.pl", "Home"), ("work@email.pl", "Work"),
                         ("unknown@email.com", None), ("other@email.com", "Other")]
    assert c.emails[0].preferred  # "* Home" marks Google's primary address
    assert phones(c) == [("pager", "Pager"), ("mainphone", "Main"), ("homephone", "Home"),
                         ("homefax", "Home fax"), ("mobile", "Mobile"), ("workphone", "Work"),
                         ("workfax", "Work fax")]
    assert (c.organization, c.title) == ("company", "jobtitle")
    assert [(w.url, w.label) for w in c.websites] == [("test.com", "Profile"), ("home.page.com", "Home page")]
    assert ("Spouse", "spouse") in c.custom


def test_gmail_multi_line_address():
    """The quoted "Address 1 - Formatted" runs over four lines; the record stays whole."""
    result = read("roundcube/Csv2vcard/gmail.csv")
    c = only(result)
    home, work = c.addresses
    assert (home.label, home.street, home.city, home.region, home.postal_code, home.country) == (
        "Home", "home_street\nhome_pobox", "home_city", "home_state", "home_zip", "home_country")
    assert (work.label, work.street, work.city, work.postal_code, work.country) == (
        "Work", "work_street", "work_city", "work_zip", "work_country")
    assert result.problems == []


def test_formatted_address_alone_is_kept_with_its_line_breaks():
    data = ('Name,Address 1 - Type,Address 1 - Formatted\r\n'
            'Ann,Home,"12 High St\r\nFlat 3\r\nLondon"\r\n').encode()
    c = only(parse_csv(data, source="g.csv"))
    assert [(a.label, a.street) for a in c.addresses] == [("Home", "12 High St\r\nFlat 3\r\nLondon")]


def test_roundcube_all_columns_match_roundcubes_own_mapping():
    c = only(read("roundcube/Csv2vcard/all.csv"))
    assert (c.display_name, c.prefix, c.given_name, c.middle_name, c.family_name, c.suffix) == (
        "Display Name", "Prefix", "First Name", "Middle Name", "Last Name", "Suffix")
    assert (c.organization, c.department, c.title, c.nickname) == ("Company", "Department", "Job Title", "Nickname")
    assert emails(c) == [("home@example.com", "Home"), ("work@example.com", "Work"), ("other@example.com", "Other")]
    assert phones(c) == [("100", "Home"), ("200", "Home"), ("300", "Work"), ("400", "Work"), ("500", "Mobile"),
                         ("600", "Main"), ("700", "Home fax"), ("800", "Work fax"), ("900", "Car"),
                         ("111", "Pager"), ("222", "Video"), ("333", "Assistant"), ("444", "Other")]
    assert c.birthday == "1991-01-20"  # 20/01/1991: 20 cannot be a month
    assert c.anniversary == "1992-02-20"
    assert c.gender == "female"
    assert [(a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in c.addresses] == [
        ("Home", "Home Street", "Home City", "Home State", "Home Zip", "Home Country"),
        ("Work", "Work Street", "Work City", "Work State", "Work Zip", "Work Country"),
        ("Other", "Other Street", "Other City", "Other State", "Other Zip", "Other Country"),
    ]
    assert [w.url for w in c.websites] == ["https://blog", "https://home", "https://other", "https://profile",
                                           "https://work"]
    assert c.groups == ["test"]
    assert ("IM Skype", "skype") in c.custom and ("Manager's Name", "Manager") in c.custom


def test_outlook_subset_three_emails():
    c = only(read("roundcube/Csv2vcard/outlook.csv"))
    assert [e.address for e in c.emails] == ["test1@domain.tld", "test2@domain.tld", "test3@domain.tld"]


def test_single_column_email_file():
    result = read("roundcube/Csv2vcard/email.csv")
    assert [c.emails[0].address for c in result.contacts] == [f"test{i}@domain.tld" for i in range(1, 5)]
    assert [c.line for c in result.contacts] == [2, 3, 4, 5]


def test_thunderbird_plain_export_with_birthday_columns():
    c = only(read("roundcube/Csv2vcard/tb_plain.csv"))
    assert (c.display_name, c.given_name, c.family_name, c.nickname) == ("Displayname", "Firstname", "Lastname", "Nick")
    assert c.birthday == "1970-11-15"
    assert [e.address for e in c.emails] == ["test@domain.tld", "next@domain.tld"]
    assert phones(c) == [("phone work", "Work"), ("phone home", "Home"), ("fax", "Fax"), ("pager", "Pager"),
                         ("mobile", "Mobile")]
    assert [(a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in c.addresses] == [
        ("Home", "Priv address", "City", "region", "xx-xxx", "USA"),
        ("Work", "Addr work", "Wcity", "Wstate", "33-333", "Poland"),
    ]
    assert (c.title, c.department, c.organization) == ("title", "department", "Organization")


def test_thunderbird_birthday_without_year():
    data = b"Display Name,Birth Year,Birth Month,Birth Day\nAnn,,4,12\nBob,1980,2,30\n"
    result = parse_csv(data, source="tb.csv")
    ann, bob = result.contacts
    assert ann.birthday == "--04-12"
    assert bob.birthday is None
    assert ("Birth Day", "30") in bob.custom
    assert [(p.line, p.position) for p in result.problems] == [(3, 2)]


def test_utf16_file_is_decoded():
    result = read("thunderbird/import-resources/utf16_addressbook.csv")
    c = only(result)
    assert result.encoding == "utf-16-le"
    assert (c.display_name, c.given_name, c.family_name) == ("John Doe", "John", "Doe")
    assert emails(c) == [("johndoe@host.invalid", None)]


def test_shift_jis_file_is_decoded():
    result = read("thunderbird/import-resources/shiftjis_addressbook.csv")
    c = only(result)
    assert result.encoding == "cp932"  # Windows' Shift_JIS
    assert c.display_name == "名無しの権兵衛"
    assert (c.given_name, c.family_name) == ("権兵衛", "名無し")
    assert c.emails[0].address == "名無しの権兵衛@host.invalid"


def test_semicolon_file():
    result = read("thunderbird/import-resources/csv_semicolon.csv")
    assert result.delimiter == ";"
    assert [(c.display_name, c.given_name, c.family_name, c.emails[0].address) for c in result.contacts] == [
        ("John Doe", "John", "Doe", "john@doe.invalid"), ("Jane Doe", "Jane", "Doe", "jane@doe.invalid")]


def test_file_without_header_is_guessed_by_content():
    raw = (CORPUS / "thunderbird/import-resources/csv_no_header.csv").read_bytes()
    result = parse_csv(raw, source="csv_no_header.csv")
    assert [(c.display_name, c.emails[0].address, c.line) for c in result.contacts] == [
        ("John Doe", "john@doe.invalid", 1), ("Jane Doe", "jane@doe.invalid", 2)]
    assert result.contacts[0].custom == [("Column 2", "John"), ("Column 3", "Doe")]
    preview = sniff_csv(raw, source="csv_no_header.csv")
    assert not preview.has_header
    assert preview.headers == ["Column 1", "Column 2", "Column 3", "Column 4"]
    assert preview.mapping == {"Column 1": "display_name", "Column 2": "custom", "Column 3": "custom",
                               "Column 4": "email"}


def test_user_mapping_overrides_detection():
    raw = (CORPUS / "thunderbird/import-resources/csv_no_header.csv").read_bytes()
    result = parse_csv(raw, source="x.csv", mapping={"column 2": "given_name", "Column 3 ": "family_name"})
    c = result.contacts[0]
    assert (c.display_name, c.given_name, c.family_name, c.custom) == ("John Doe", "John", "Doe", [])
    with pytest.raises(ValueError):
        parse_csv(raw, source="x.csv", mapping={"Column 2": "shoe_size"})


def test_tab_and_comma_rows_in_one_file():
    result = read("thunderbird/import-resources/tab_comma_mixed.csv")
    assert [c.emails[0].address for c in result.contacts] == [f"{i}@host.invalid" for i in range(1, 5)]
    assert [c.line for c in result.contacts] == [1, 2, 3, 4]


def test_thunderbird_export_csv_and_tab_text_agree():
    """Quoted newline, quoted TAB, lone CR and doubled quotes, in both of Thunderbird's formats."""
    csv_result = read("thunderbird/addrbook-data/export.csv")
    txt_result = read("thunderbird/addrbook-data/export.txt")
    assert txt_result.delimiter == "\t"
    for a, b in zip(csv_result.contacts, txt_result.contacts, strict=True):
        assert a == b
    two = csv_result.contacts[1]
    assert two.title == '"worker"'
    assert two.custom == [("Custom 1", "custom, 1"), ("Custom 2", "custom\t2"), ("Custom 3", "custom\r3"),
                          ("Custom 4", "custom\n4")]
    assert two.notes == ["here's some unicode text…"]


def test_quoted_file_with_empty_quoted_fields():
    c = only(read("thunderbird/import-resources/quote.csv"))
    assert (c.display_name, c.organization) == ("Acer America", "Acer America")
    assert phones(c) == [("(800) 000-0000", "Work")]


# ------------------------------------------------------------------------------ generated files

CHINESE = ("姓名,手机,公司,生日,备注,分组,微信\r\n"
           "张三,138-1234-5678/13987654321,北京科技有限公司,1988年2月29日,老客户,VIP、朋友,zhangsan\r\n"
           "李四,+86 138-1234-5678,上海贸易公司,2月29日,,同事,\r\n")


def test_chinese_excel_gb18030():
    result = parse_csv(CHINESE.encode("gb18030"), source="通讯录.csv")
    assert result.encoding == "gb18030"
    zhang, li = result.contacts
    assert (zhang.display_name, zhang.organization, zhang.birthday) == ("张三", "北京科技有限公司", "1988-02-29")
    assert zhang.given_name is None and zhang.family_name is None  # a Chinese full name is not split
    assert phones(zhang) == [("138-1234-5678", "Mobile"), ("13987654321", "Mobile")]
    assert zhang.groups == ["VIP", "朋友"]
    assert zhang.notes == ["老客户"]
    assert zhang.custom == [("微信", "zhangsan")]
    assert phones(li) == [("+86 138-1234-5678", "Mobile")]
    assert li.birthday == "--02-29"
    assert result.problems == []


def test_small_gbk_file_is_not_mistaken_for_big5():
    result = parse_csv("姓名,手机\r\n王芳,13812345678\r\n".encode("gbk"), source="x.csv")
    assert result.encoding == "gb18030"
    assert result.contacts[0].display_name == "王芳"


def test_chinese_family_and_given_columns():
    data = "姓,名,手机号码\n王,小明,13800000000\n".encode("utf-8")
    c = only(parse_csv(data, source="x.csv"))
    assert (c.family_name, c.given_name, c.display_name) == ("王", "小明", "王小明")


def test_spanish_excel_headers_windows_1252_semicolons():
    data = ("Nombre;Apellidos;Teléfono móvil;Correo electrónico;Empresa;Cargo;Dirección;Ciudad;"
            "Código postal;País;Fecha de nacimiento;Notas;Grupo;Apodo\r\n"
            "José;García López;+34 600 123 456;jose@ejemplo.es;Acme, S.L.;Director;Calle Mayor 1;Madrid;"
            "28013;España;29.02.1988;Le gusta el café;Clientes;Pepe\r\n").encode("cp1252")
    result = parse_csv(data, source="contactos.csv")
    assert (result.encoding, result.delimiter) == ("cp1252", ";")
    c = only(result)
    assert (c.given_name, c.family_name, c.nickname) == ("José", "García López", "Pepe")
    assert phones(c) == [("+34 600 123 456", "Mobile")]
    assert emails(c) == [("jose@ejemplo.es", None)]
    assert (c.organization, c.title, c.birthday) == ("Acme, S.L.", "Director", "1988-02-29")
    a = c.addresses[0]
    assert (a.street, a.city, a.postal_code, a.country) == ("Calle Mayor 1", "Madrid", "28013", "España")
    assert c.notes == ["Le gusta el café"] and c.groups == ["Clientes"]


def test_spanish_nombre_alone_is_the_full_name():
    c = only(parse_csv("Nombre,Teléfono,Celular\nAna Pérez,91 123 45 67,600111222\n".encode(), source="x.csv"))
    assert c.display_name == "Ana Pérez"
    assert phones(c) == [("91 123 45 67", None), ("600111222", "Mobile")]


GOOGLE_CURRENT = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
    "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
    "Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value,Relation 1 - Label,Relation 1 - Value,"
    "Custom Field 1 - Label,Custom Field 1 - Value, Event 1 - Label, Event 1 - Value\r\n"
    "Ana,,López,,,,,,,,Acme,CEO,Sales,--04-12,,,* myContacts ::: Customers,* Work,ana@acme.com,Mobile,"
    "+1 555 0100 ::: +1 555 0101,Work,555-0199 ext. 12,Home,\"1 Main St\nSpringfield\",1 Main St,Springfield,,"
    "IL,62701,USA,,Blog,https://ana.blog,Spouse,Bob,Customer ID,C-42,Anniversary,2010-06-15\r\n"
    "Bo,,,,,,,,,,,,,1980-04-12,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
)


def test_google_current_format():
    result = parse_csv(GOOGLE_CURRENT.encode(), source="contacts.csv")
    ana, bo = result.contacts
    assert (ana.given_name, ana.family_name, ana.organization, ana.title, ana.department) == (
        "Ana", "López", "Acme", "CEO", "Sales")
    assert ana.birthday == "--04-12" and bo.birthday == "1980-04-12"
    assert ana.anniversary == "2010-06-15"
    assert ana.groups == ["Customers"]
    assert emails(ana) == [("ana@acme.com", "Work")]
    assert phones(ana) == [("+1 555 0100", "Mobile"), ("+1 555 0101", "Mobile"), ("555-0199", "Work")]
    assert ana.phones[2].extension == "12"
    assert [(a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in ana.addresses] == [
        ("Home", "1 Main St", "Springfield", "IL", "62701", "USA")]
    assert [(w.url, w.label) for w in ana.websites] == [("https://ana.blog", "Blog")]
    assert ana.custom == [("Spouse", "Bob"), ("Customer ID", "C-42")]
    assert bo.line == 4  # Ana's record spans lines 2-3


OUTLOOK = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business City","Business State","Business Postal Code","Business Country/Region",'
    '"Home Street","Home Phone","Mobile Phone","Business Phone","Business Fax","Anniversary","Birthday",'
    '"Categories","E-mail Address","E-mail Type","E-mail Display Name","Gender","Notes","Priority","Private",'
    '"Sensitivity","Web Page"\r\n'
    '"Mr.","John","","Smith","","Contoso","IT","Manager","1 Microsoft Way","Redmond","WA","98052",'
    '"United States of America","","","(425) 555-0100","425-555-0101","425-555-0102","0/0/00","2/29/1988",'
    '"Customers;VIP","john@contoso.com","SMTP","John Smith (john@contoso.com)","Unspecified","","Normal",'
    '"False","Normal","www.contoso.com"\r\n'
)


def test_outlook_export():
    result = parse_csv(OUTLOOK.encode("cp1252"), source="outlook.csv")
    c = only(result)
    assert (c.prefix, c.given_name, c.family_name, c.title) == ("Mr.", "John", "Smith", "Manager")
    assert (c.organization, c.department) == ("Contoso", "IT")
    assert c.anniversary is None  # "0/0/00" is Outlook's empty date, not an error
    assert c.birthday == "1988-02-29"
    assert result.problems == []
    assert c.groups == ["Customers", "VIP"]
    assert phones(c) == [("(425) 555-0100", "Mobile"), ("425-555-0101", "Work"), ("425-555-0102", "Work fax")]
    assert emails(c) == [("john@contoso.com", None)]
    assert [(a.label, a.street, a.city, a.region, a.postal_code) for a in c.addresses] == [
        ("Work", "1 Microsoft Way", "Redmond", "WA", "98052")]
    assert c.gender is None  # "Unspecified"
    assert c.custom == []  # Outlook's "Normal"/"False" bookkeeping values are not data


def test_unknown_columns_become_custom_fields_and_empty_cells_are_skipped():
    data = b"Name,Email,Shoe Size,Favourite Colour,Lead Source\nAnn,ann@x.org,38,,Trade fair\n"
    c = only(parse_csv(data, source="x.csv"))
    assert c.custom == [("Shoe Size", "38"), ("Lead Source", "Trade fair")]


def test_bad_date_is_reported_with_line_and_column():
    data = ('Name,Notes,Birthday\r\n'
            'Ann,"two\r\nlines",1990-01-01\r\n'
            'Bob,,1989-02-29\r\n').encode()
    result = parse_csv(data, source="people.csv")
    ann, bob = result.contacts
    assert ann.birthday == "1990-01-01"
    assert bob.birthday is None and bob.custom == [("Birthday", "1989-02-29")]
    (problem,) = result.problems
    assert (problem.source, problem.line, problem.position, problem.field) == ("people.csv", 4, 2, "Birthday")
    assert "1989-02-29" in problem.message
    assert str(problem).startswith("people.csv, line 4, record 2, field Birthday:")


@pytest.mark.parametrize("text, expected", [
    ("1988-02-29", "1988-02-29"), ("2/29/1988", "1988-02-29"), ("1988/2/29", "1988-02-29"),
    ("1988.2.29", "1988-02-29"), ("1988年2月29日", "1988-02-29"), ("2月29日", "--02-29"),
    ("29.02.1988", "1988-02-29"), ("--04-12", "--04-12"), ("3/4/1985", "1985-03-04"),
    ("13/4/1985", "1985-04-13"), ("0/0/00", ""), ("19880229", "1988-02-29"),
    ("1988-02-29T00:00:00Z", "1988-02-29"), ("April 12, 1980", "1980-04-12"),
    ("12 de abril de 1980", "1980-04-12"), ("1989-02-29", None), ("13/13/1990", None), ("soon", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_phone_cells_with_several_numbers():
    data = "Name,Phone\nA,138-1234-5678/13987654321\nB,+86 138-1234-5678\nC,010-1234567；010-7654321\n".encode()
    a, b, c = parse_csv(data, source="x.csv").contacts
    assert [p.raw for p in a.phones] == ["138-1234-5678", "13987654321"]
    assert [p.raw for p in b.phones] == ["+86 138-1234-5678"]
    assert [p.raw for p in c.phones] == ["010-1234567", "010-7654321"]


def test_header_detection_without_known_names():
    data = b"Who,Where\nAnn,12 High Street\nBob,9 Low Road\n"
    result = parse_csv(data, source="x.csv")
    assert result.column_mapping == {"Who": "custom", "Where": "custom"}
    assert result.contacts[0].custom == [("Who", "Ann"), ("Where", "12 High Street")]


def test_unclosed_quote_does_not_swallow_the_rest_of_the_file():
    data = b'Name,Email,Phone\nAnn,"ann@x.org,123456\nBob,bob@x.org,555111\nCy,cy@x.org,555222\n'
    result = parse_csv(data, source="x.csv")
    assert [c.line for c in result.contacts] == [2, 3, 4]
    assert [c.emails[0].address for c in result.contacts[1:]] == ["bob@x.org", "cy@x.org"]
    assert result.problems and result.problems[0].line == 2


def test_fingerprint_is_stable():
    data = b"Name,Email\nAnn,ann@x.org\n"
    first = only(parse_csv(data, source="a.csv")).fingerprint
    again = only(parse_csv(b"\xef\xbb\xbfName,Email\r\n\r\nAnn , ann@x.org,\r\n", source="b.csv")).fingerprint
    moved = parse_csv(b"Name,Email\nBob,bob@x.org\nAnn,ann@x.org\n", source="c.csv").contacts[1].fingerprint
    changed = only(parse_csv(b"Name,Email\nAnn,ann@y.org\n", source="a.csv")).fingerprint
    assert first == again == moved != changed


def test_progress_and_cancel():
    data = ("Name,Phone\n" + "".join(f"P{i},555{i:06d}\n" for i in range(1000))).encode()
    calls = []
    result = parse_csv(data, source="x.csv", progress=lambda done, total: calls.append((done, total)))
    assert len(result.contacts) == 1000
    assert calls[-1] == (1000, 1000) and len(calls) >= 4
    assert all(total == 1000 for _, total in calls)
    with pytest.raises(ImportCancelled):
        parse_csv(data, source="x.csv", is_cancelled=lambda: True)


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"\r\n \r\n", "empty"), (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "Excel"),
    (bytes(range(256)) * 20, "binary"),
])
def test_unreadable_files(data, reason):
    with pytest.raises(UnreadableFile) as err:
        parse_csv(data, source="bad.csv")
    assert str(err.value).startswith("bad.csv: ") and reason in str(err.value)


def test_sniff_preview():
    preview = sniff_csv(CHINESE.encode("gb18030"), source="x.csv", sample_rows=1)
    assert (preview.encoding, preview.delimiter, preview.has_header) == ("gb18030", ",", True)
    assert preview.headers[:4] == ["姓名", "手机", "公司", "生日"]
    assert preview.rows == [["张三", "138-1234-5678/13987654321", "北京科技有限公司", "1988年2月29日", "老客户",
                             "VIP、朋友", "zhangsan"]]
    assert preview.mapping["姓名"] == "display_name" and preview.mapping["手机"] == "phone:Mobile"
    assert preview.mapping["微信"] == "custom"


def test_vocabulary():
    assert parse_field("phone:Work fax").label == "Work fax"
    assert parse_field("address.city#2").gid == "2"
    for bad in ("phone.label", "given_name:x", "shoe", "address.moon", "custom:"):
        with pytest.raises(ValueError):
            parse_field(bad)
    assert auto_field(" E-MAIL 2 ADDRESS ") == "email"
    assert auto_field("Title", ["title", "job title"]) == "prefix"
    assert auto_field("Title") == "title"


# ------------------------------------------------------------------------------------ export

def export(contacts) -> bytes:
    buf = io.StringIO()
    write_csv(contacts, buf)
    return buf.getvalue().encode("utf-8")


def test_write_csv_layout():
    data = export([
        {"display_name": "Ann", "emails": [{"address": "a@x.org", "label": "Work"}, {"address": "b@x.org"}]},
        {"display_name": "Bob", "phones": [{"number": "+15550100", "raw": "555 0100", "label": "Mobile"}]},
    ])
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:4] == ["Name", "First Name", "Middle Name", "Last Name"]
    assert [h for h in header if h.startswith(("E-mail ", "Phone "))] == [
        "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
        "Phone 1 - Label", "Phone 1 - Value"]
    assert "Address 1 - Label" not in header


def test_formula_injection_round_trip():
    contact = {
        "display_name": "=SUM(A1)", "given_name": "-5", "family_name": "@home", "nickname": "'=already quoted",
        "organization": "+cmd|' /C calc'!A0", "birthday": "--04-12", "groups": ["=evil", "VIP"],
        "phones": [{"number": "+8613812345678", "raw": "138 1234 5678", "label": "Mobile", "extension": None}],
        "emails": [{"address": "@home", "label": "Home"}],
        "notes": [{"format": "plain", "text": "-5 is a number"}],
        "custom": [{"name": "=label", "value": "-1"}],
    }
    text = export([contact]).decode("utf-8-sig")
    assert "'=SUM(A1)" in text and "'+8613812345678" in text and ",'-5," in text
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert cell[:1] not in ("=", "+", "-", "@")
    c = only(parse_csv(text.encode("utf-8"), source="rt.csv"))
    assert (c.display_name, c.given_name, c.family_name, c.nickname) == ("=SUM(A1)", "-5", "@home",
                                                                        "'=already quoted")
    assert c.organization == "+cmd|' /C calc'!A0"
    assert c.birthday == "--04-12"
    assert c.groups == ["=evil", "VIP"]
    assert phones(c) == [("+8613812345678", "Mobile")]
    assert emails(c) == [("@home", "Home")]
    assert c.notes == ["-5 is a number"]
    assert c.custom == [("=label", "-1")]


def test_export_round_trip_of_a_full_contact():
    contact = {
        "display_name": "王小明", "given_name": "小明", "family_name": "王", "middle_name": None,
        "prefix": "Dr.", "suffix": "Jr.", "nickname": "明明", "organization": "北京科技", "department": "销售部",
        "title": "经理", "birthday": "1988-02-29", "anniversary": "2010-06-15", "gender": "M",
        "groups": ["客户, 重要"],
        "phones": [{"number": "+8613812345678", "raw": "138 1234 5678", "label": "Mobile", "extension": None},
                   {"number": "+861012345678", "raw": "010 1234 5678", "label": "Work", "extension": "808"}],
        "emails": [{"address": "xm@example.cn", "label": "Work"}],
        "addresses": [{"label": "Work", "street": "中关村大街1号\n2层", "city": "北京", "region": "北京",
                       "postal_code": "100080", "country": "中国"}],
        "websites": [{"url": "https://example.cn", "label": "Home page"}],
        "notes": [{"format": "html", "text": "<p>喜欢喝茶 &amp; 咖啡</p><p>周五有空</p>"}],
        "custom": [{"name": "微信", "value": "wxm"}],
    }
    c = only(parse_csv(export([contact]), source="rt.csv"))
    assert (c.display_name, c.given_name, c.family_name, c.prefix, c.suffix, c.nickname) == (
        "王小明", "小明", "王", "Dr.", "Jr.", "明明")
    assert (c.organization, c.department, c.title) == ("北京科技", "销售部", "经理")
    assert (c.birthday, c.anniversary) == ("1988-02-29", "2010-06-15")
    assert c.groups == ["客户, 重要"]
    assert [(p.raw, p.label, p.extension) for p in c.phones] == [("+8613812345678", "Mobile", None),
                                                                ("+861012345678", "Work", "808")]
    assert emails(c) == [("xm@example.cn", "Work")]
    assert [(a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in c.addresses] == [
        ("Work", "中关村大街1号\n2层", "北京", "北京", "100080", "中国")]
    assert [(w.url, w.label) for w in c.websites] == [("https://example.cn", "Home page")]
    assert c.notes == ["喜欢喝茶 & 咖啡\n周五有空"]
    assert c.custom == [("Gender", "M"), ("微信", "wxm")]


# Text a person could type: any letters, digits, punctuation, quotes, commas, line breaks; no
# control characters, and no leading/trailing blanks (the reader trims cells).
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\r\t\",;'=+-@"),
    min_size=1, max_size=40,
).filter(lambda s: s.strip() == s)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.fixed_dictionaries({
    "display_name": _text, "given_name": _text, "family_name": _text, "organization": _text,
    "note": _text,
}), min_size=1, max_size=4))
def test_arbitrary_text_round_trips(people):
    contacts = [{"display_name": p["display_name"], "given_name": p["given_name"], "family_name": p["family_name"],
                 "organization": p["organization"], "notes": [{"format": "plain", "text": p["note"]}]}
                for p in people]
    result = parse_csv(export(contacts), source="rt.csv")
    assert result.problems == []
    got = [(c.display_name, c.given_name, c.family_name, c.organization, c.notes) for c in result.contacts]
    assert got == [(p["display_name"], p["given_name"], p["family_name"], p["organization"], [p["note"]])
                   for p in people]


def test_excel_sep_hint_line_and_repeated_header():
    data = b"sep=;\r\nName;Phone\r\nAnn;555 0100\r\nName;Phone\r\nBob;555 0101\r\n"
    result = parse_csv(data, source="x.csv")
    assert result.delimiter == ";"
    assert [(c.display_name, c.line, c.position) for c in result.contacts] == [("Ann", 3, 1), ("Bob", 5, 2)]


def test_header_only_file_has_no_contacts():
    result = parse_csv(b"First Name,Last Name,E-mail Address\r\n", source="x.csv")
    assert result.contacts == [] and result.problems == []
    assert result.column_mapping["E-mail Address"] == "email"
