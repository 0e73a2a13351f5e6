"""`rapport value …`: scores, pareto (apply, undo), referrals, stages, lost, win-back, import-purchases."""
from __future__ import annotations

import json

import pytest

SALES = (
    "Customer,Phone,Product,Qty,Unit price,Currency,Date\n"
    "王芳,,Printer,1,500,CNY,2026-11-10\n"
    ",+34 612 345 678,Desk,1,300,CNY,2026-06-01\n"
    "Bob Smith,,Cable,1,50,CNY,2026-01-10\n"
    "Bob Smith,,Cable,1,50,CNY,2026-02-10\n"
    "Bob Smith,,Cable,1,50,CNY,2026-03-10\n"
    "Ana García,,Chair,1,40,EUR,2026-11-01\n"
)


def one_line_error(code: int, err: str) -> str:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def shop(run, tmp_path):
    """王芳 500, Ana García 300 + EUR 40, Bob Smith 3 x 50 (dormant), Li Na nothing."""
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN")
    run("add", "Ana García", "--phone", "+34 612 345 678", "--tier", "D")
    run("add", "Bob Smith")
    run("add", "Li Na")
    path = tmp_path / "sales.csv"
    path.write_text(SALES, encoding="utf-8")
    code, out, err = run("value", "import-purchases", str(path), "--region", "CN")
    assert code == 0, err
    assert out.strip() == "sales.csv: 6 purchases imported of 6 rows"
    return tmp_path


def test_import_purchases_reports_problems_by_line_and_imports_nothing(run, shop):
    bad = shop / "bad.csv"
    bad.write_text("customer,product,date\n王芳,Lamp,2026-11-12\nNobody,Lamp,2026-11-12\n王芳,Lamp,never\n")
    code, out, err = run("value", "import-purchases", str(bad))
    assert one_line_error(code, err) == ("rapport: bad.csv: nothing imported: 2 rows have problems (listed above); "
                                         "fix them, or use --skip-problems to import the other rows")
    assert out.splitlines()[:2] == ["bad.csv line 3: customer: no contact matches name 'Nobody'",
                                    "bad.csv line 4: date: 'never' is not a date with a year (use YYYY-MM-DD)"]
    code, out, _ = run("value", "import-purchases", str(bad), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["imported"] == 1 and json.loads(out)["written"] is False
    code, out, _ = run("value", "import-purchases", str(bad), "--skip-problems")
    assert code == 0 and "1 purchases imported of 3 rows, 2 with problems" in out
    code, out, _ = run("value", "import-purchases", str(shop / "sales.csv"))
    assert code == 0 and "0 purchases to import of 6 rows, 6 already recorded" in out


@pytest.mark.parametrize("args, expected", [
    (("value", "import-purchases", "missing.csv"), "missing.csv: no such file"),
    (("value", "scores", "--date", "20/11/2026"), "date: '20/11/2026' is not a date"),
    (("value", "scores", "--months", "0"), "months: 0 is not a number of months"),
    (("value", "pareto", "--limit", "-1"), "limit: -1 is not a number of rows"),
    (("value", "pareto", "--undo"), "undo: no applied tier changes to undo"),
    (("value", "pareto", "--undo", "7"), "batch 7: no such batch of tier changes"),
    (("value", "pareto", "--undo", "last-week"), "undo: 'last-week' is not a batch number"),
    (("value", "pareto", "--apply", "all", "1"), "apply: 'all' goes alone"),
    (("value", "pareto", "--apply", "Nobody"), "contact 'Nobody': no contact has that id or name"),
    (("value", "pareto", "--shares", "90", "20"), "add up to more than 100%"),
    (("value", "referrals", "--set", "王芳"), "--set needs the contact who was referred"),
    (("value", "referrals", "Nobody"), "contact 'Nobody': no contact has that id or name"),
    (("value", "stages", "Bob Smith", "lead"), "stage: 'lead' is not a sales stage"),
    (("value", "stages", "--report", "--since", "soon"), "since: 'soon' is not a date"),
    (("value", "lost", "--until", "x"), "until: 'x' is not a date"),
    (("value", "lost", "--set-reasons", " , "), "lost reasons: the list cannot be empty"),
    (("value", "win-back", "Bob Smith"), "is not lost; only a lost customer can be won back"),
    (("set", "Bob Smith", "--status", "lost", "--reason", "weather"), "'weather' is not one of the reasons"),
])
def test_errors_are_one_line(run, shop, args, expected):
    code, _, err = run(*args)
    assert expected in one_line_error(code, err)


def test_usage_mistakes_exit_2_with_one_line(run):
    code, _, err = run("value")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "see 'rapport value --help'" in err
    code, _, err = run("value", "scores", "--months", "twelve")
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["scores", "pareto", "referrals", "stages", "lost", "win-back",
                                     "import-purchases"])
def test_every_command_has_help(run, command):
    code, out, _ = run("value", command, "--help")
    assert code == 0 and f"usage: rapport value {command}" in out


def test_scores(run, shop):
    code, out, _ = run("value", "scores", "--date", "2026-11-20")
    assert code == 0
    assert out.splitlines()[0] == ("RFM for 3 customers, purchases after 2025-11-20 up to 2026-11-20, in CNY: "
                                   "1 dormant, 1 never bought")
    assert "EUR 40.00" in out  # Ana's chair: listed, not summed
    data = json.loads(run("value", "scores", "--date", "2026-11-20", "--json")[1])
    got = {c["display_name"]: (c["rfm"], c["monetary"], c["status"]) for c in data["customers"]}
    # 3 customers: ranks 1, 2, 3 score 1 + 5 * (rank - 1) // 3 = 1, 2, 4.
    # R: Bob (03-10), Ana (11-01, the EUR chair), 王芳 (11-10); F: 王芳 1 day, Ana 2, Bob 3; M: 150, 300, 500
    assert got == {"王芳": ("414", "500.00", "active"), "Ana García": ("222", "300.00", "active"),
                   "Bob Smith": ("141", "150.00", "dormant")}
    dormant = json.loads(run("value", "scores", "--date", "2026-11-20", "--json", "--dormant")[1])["customers"]
    assert [c["display_name"] for c in dormant] == ["Bob Smith"]
    code, out, _ = run("value", "scores", "--date", "2026-11-20", "--sort", "recency", "--limit", "1")
    assert "王芳" in out and "Bob Smith" not in out and "… 2 more" in out


def test_pareto_apply_and_undo(run, shop):
    code, out, _ = run("value", "pareto", "--date", "2026-11-20")
    assert code == 0 and "CNY 950.00" in out and "4 suggested tiers differ" in out
    data = json.loads(run("value", "pareto", "--date", "2026-11-20", "--json")[1])
    # 950: 王芳 500 (A), Ana 300 (bigger: 500 < 760, A), Bob 150 (800: < 902.5, B), Li Na never bought (D)
    assert {c["display_name"]: (c["suggested"], c["current"]) for c in data["customers"]} == {
        "王芳": ("A", None), "Ana García": ("A", "D"), "Bob Smith": ("B", None), "Li Na": ("D", None)}
    code, out, _ = run("value", "pareto", "--date", "2026-11-20", "--apply", "王芳")
    assert code == 0 and out.startswith("batch 1: 1 tiers changed (none→A 1), 0 already right")
    code, out, _ = run("value", "pareto", "--date", "2026-11-20", "--apply", "all")
    assert code == 0 and out.startswith("batch 2: 3 tiers changed")
    assert json.loads(run("show", "Ana García", "--json")[1])["tier"] == "A"
    assert "nothing to change" in run("value", "pareto", "--date", "2026-11-20", "--apply", "all")[1]
    code, out, _ = run("value", "pareto", "--undo")
    assert code == 0 and out.strip() == "batch 2 undone: 3 tiers put back"
    assert json.loads(run("show", "Ana García", "--json")[1])["tier"] == "D"
    assert json.loads(run("show", "王芳", "--json")[1])["tier"] == "A"  # batch 1 still stands
    history = run("value", "pareto", "--history")[1]
    assert "80/20 tiers for every customer" in history and "80/20 tiers for 1 chosen" in history
    code, _, err = run("value", "pareto", "--undo", "2")
    assert "batch 2: already undone" in one_line_error(code, err)


def test_main_currency_can_be_chosen(run, shop):
    code, out, _ = run("value", "pareto", "--date", "2026-11-20")
    assert "not ranked: EUR 40.00 from 1 customers" in out
    data = json.loads(run("value", "scores", "--date", "2026-11-20", "--json", "--main-currency", "eur")[1])
    assert data["main_currency"] == "EUR"
    assert {c["display_name"]: c["monetary"] for c in data["customers"]}["Ana García"] == "40.00"
    assert json.loads(run("value", "pareto", "--json", "--main-currency", "auto")[1])["main_currency"] == "CNY"
    code, _, err = run("value", "pareto", "--main-currency", "euro")
    assert "main currency: 'euro' is not a three-letter code" in one_line_error(code, err)


def test_pareto_changes_and_shares(run, shop):
    code, out, _ = run("value", "pareto", "--date", "2026-11-20", "--changes", "--shares", "50", "30")
    assert code == 0 and "A: first 50%, B: next 30%" in out
    data = json.loads(run("value", "pareto", "--date", "2026-11-20", "--json", "--changes")[1])
    assert data["shares"] == [50, 30]
    assert {c["display_name"]: c["suggested"] for c in data["customers"]} == {
        "王芳": "A", "Ana García": "B", "Bob Smith": "C", "Li Na": "D"}


def test_referrals_tree_stats_and_circles(run, shop):
    assert run("value", "referrals", "Ana García", "--set", "王芳")[0] == 0
    assert run("value", "referrals", "Bob Smith", "--set", "Ana García")[0] == 0
    code, out, _ = run("value", "referrals", "--date", "2026-11-20")
    assert code == 0 and out.splitlines() == [
        "王芳 (1) · CNY 500.00", "└─ Ana García (2) · CNY 300.00, EUR 40.00", "   └─ Bob Smith (3) · CNY 150.00"]
    code, _, err = run("value", "referrals", "王芳", "--set", "Bob Smith")
    assert "that would make a circle" in one_line_error(code, err)
    stats = json.loads(run("value", "referrals", "--stats", "--json", "--date", "2026-11-20")[1])
    assert [(s["display_name"], s["referred"], s["customers"], s["revenue"], s["other_currencies"]) for s in stats] == [
        ("王芳", 1, 1, "300.00", {"EUR": "40.00"}), ("Ana García", 1, 1, "150.00", {})]
    tree = json.loads(run("value", "referrals", "Ana García", "--json")[1])
    assert [child["display_name"] for child in tree[0]["referred"]] == ["Bob Smith"]
    assert run("value", "referrals", "Bob Smith", "--set", "none")[1].strip() == "3: referred by nobody"


def test_stages_move_board_history_and_report(run, shop):
    assert run("value", "stages", "Li Na", "prospect", "--date", "2026-10-01")[1].strip() == "4: now prospect"
    assert run("value", "stages", "Li Na", "negotiating", "--date", "2026-10-11")[0] == 0
    assert run("value", "stages", "Li Na", "Negotiating")[1].strip() == "4: already negotiating"
    code, out, _ = run("value", "stages", "--date", "2026-10-21")
    assert code == 0 and "negotiating (1)\n  Li Na (4) · 10 d" in out
    history = json.loads(run("value", "stages", "Li Na", "--json")[1])
    assert [(h["stage"], h["entered_on"]) for h in history] == [("prospect", "2026-10-01"), ("negotiating", "2026-10-11")]
    report = json.loads(run("value", "stages", "--report", "--json", "--date", "2026-11-20")[1])
    first = report[0]
    assert (first["month"], first["stage"], first["entered"], first["moved_on"], first["conversion"],
            first["average_days"]) == ("2026-10", "prospect", 1, 1, 100.0, 10.0)
    assert "prospect → first contact" in run("value", "stages", "--report", "--date", "2026-11-20")[1]
    code, _, err = run("value", "stages", "Li Na", "customer", "--date", "2026-10-05")
    assert "is before this contact's last stage move" in one_line_error(code, err)


def test_lost_report_reasons_and_win_back(run, shop):
    assert run("set", "Ana García", "--status", "lost", "--reason", "Price", "--lost-on", "2026-11-15")[0] == 0
    assert run("set", "Bob Smith", "--status", "lost", "--reason", "moved", "--lost-on", "2026-04-01")[0] == 0
    code, out, _ = run("value", "lost", "--date", "2026-11-20")
    assert code == 0
    assert out.splitlines()[0] == ("2 lost customers; revenue in the 12 months before each was lost: CNY 450.00 "
                                   "(and EUR 40.00)")
    data = json.loads(run("value", "lost", "--json", "--date", "2026-11-20")[1])
    assert [(g["key"], g["customers"], g["revenue"]) for g in data["by_reason"]] == [
        ("price", 1, "300.00"), ("moved", 1, "150.00")]
    assert [g["key"] for g in data["by_month"]] == ["2026-04", "2026-11"]
    assert [g["key"] for g in data["by_tier"]] == ["D", "none"]
    assert run("value", "lost", "--reasons")[1].splitlines()[0] == "price"
    assert run("value", "lost", "--set-reasons", "price, retired")[1].strip() == "reasons: price, retired"
    assert json.loads(run("value", "lost", "--reasons", "--json")[1]) == ["price", "retired"]
    code, out, _ = run("value", "win-back", "Ana García", "--date", "2026-11-20", "--summary", "new offer")
    assert code == 0 and out.strip() == "2: won back, active again"
    shown = json.loads(run("show", "Ana García", "--json")[1])
    assert shown["status"] == "active"
    assert json.loads(run("value", "lost", "--json", "--date", "2026-11-20")[1])["total"]["customers"] == 1
    code, out, _ = run("value", "lost", "--date", "2026-11-20")  # Ana's loss stays on record, won back
    assert "won back: 1 of the 2 losses in the period (50%)" in out
    assert [line.split() for line in out.splitlines()[-2:]] == [["price", "1", "1", "100%"], ["moved", "1", "0", "0%"]]


def test_lost_list_prints_each_customer_with_the_revenue_lost(run, shop):
    run("add", "Zoe", "--org", "Acme")
    for args in (("Ana García", "Price", "2026-11-15"), ("Bob Smith", "moved", "2026-04-01"),
                 ("Li Na", "no need", "2026-10-01"), ("Zoe", "price", "2026-09-01")):
        assert run("set", args[0], "--status", "lost", "--reason", args[1], "--lost-on", args[2])[0] == 0
    assert run("log", "Bob Smith", "call", "--date", "2026-03-20")[0] == 0
    code, out, _ = run("value", "lost", "--list", "--date", "2026-11-20")
    assert code == 0
    assert out.splitlines() == [
        "4 lost customers; revenue lost: the 12 months before each was lost, in CNY",
        "ID  NAME        TIER  LOST ON     REASON   REVENUE LOST  OTHER CURRENCIES  LAST CONTACT  ORGANISATION",
        "2   Ana García  D     2026-11-15  price    300.00        EUR 40.00",
        "3   Bob Smith   -     2026-04-01  moved    150.00                          2026-03-20",
        "4   Li Na       -     2026-10-01  no need  0.00",
        "5   Zoe         -     2026-09-01  price    0.00                                          Acme",
    ]
    code, out, _ = run("value", "lost", "--reason", "PRICE", "--date", "2026-11-20", "--limit", "1")
    assert out.splitlines()[0] == "2 lost customers (reason: PRICE); revenue lost: the 12 months before each was " \
                                  "lost, in CNY"
    assert "Ana García" in out and "Zoe" not in out and "… 1 more" in out
    data = json.loads(run("value", "lost", "--list", "--json", "--date", "2026-11-20", "--since", "2026-09-01")[1])
    assert (data["today"], data["since"], data["until"], data["reason"], data["main_currency"]) == (
        "2026-11-20", "2026-09-01", None, None, "CNY")
    assert data["customers"][0] == {
        "contact_id": 2, "display_name": "Ana García", "tier": "D", "lost_on": "2026-11-15", "reason": "price",
        "revenue": "300.00", "other_currencies": {"EUR": "40.00"}, "last_contact": None, "organization": None}
    assert [c["display_name"] for c in data["customers"]] == ["Ana García", "Li Na", "Zoe"]
