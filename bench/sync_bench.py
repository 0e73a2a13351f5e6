"""`python -m bench.sync_bench [--cards N] [--runs N]`: CardDAV sync against a live Radicale on 127.0.0.1.

Cases: the first sync of an N-card book into an empty store, and a sync of 10 changes (5 edited on
the phone, 5 here) in that book. Baselines from the same run: one sync-collection listing of the
whole book and one addressbook-multiget of every card (what the server alone costs), and a sync
with nothing to do (the store read and compared, the server asked). Goals (issue 17): first sync
of 10,000 cards ≤ 30 s, 10 changes ≤ 2 s.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from app.models.db import open_store
from app.services import contacts as contact_service
from app.services.sync import add_book, sync_book
from app.services.sync.client import CardDavClient

from .dav_servers import start_radicale
from .generate import person_name


def card(n: int, title: str = "") -> str:
    family, given = person_name(random.Random(n))
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{n}", f"FN:{given} {family}", f"N:{family};{given};;;",
             f"TEL;TYPE=CELL:+1 415 {2000000 + n:07d}", f"EMAIL;TYPE=WORK:p{n}@example.com",
             "ORG:Bench Trading", "ADR;TYPE=WORK:;;1 Main St;Springfield;;12345;US", "X-SOCIAL:kept"]
    if title:
        lines.append(f"TITLE:{title}")
    return "\r\n".join(lines + ["END:VCARD"]) + "\r\n"


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run(cards: int, runs: int) -> list[tuple[str, float]]:
    import os

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        server = start_radicale(Path(folder) / "radicale")
        try:
            server.upload({f"bench-{n}": card(n) for n in range(cards)})
            # Radicale reads every new file once into its cache; a phone's server has done that long ago.
            with server.http() as warm:
                warm.request("PROPFIND", server.book_url, headers={"Depth": "1"}, timeout=600).raise_for_status()
            with CardDavClient(server.book_url, server.username, server.password) as client:
                listing = statistics.median(_timed(lambda: client.changes_since(server.book_url, None))
                                            for _ in range(runs))
                hrefs = list(client.changes_since(server.book_url, None)[0])
                fetch = statistics.median(_timed(lambda: list(client.fetch(server.book_url, hrefs)))
                                          for _ in range(runs))
            rows.append((f"baseline: sync-collection listing of {cards:,} cards", listing))
            rows.append((f"baseline: addressbook-multiget of {cards:,} cards", fetch))
            firsts, dbs = [], []
            for n in range(runs):
                db = open_store(Path(folder) / f"store-{n}.db")
                add_book(db, server.book_url, server.username, server.password, "Bench")
                firsts.append(_timed(lambda: sync_book(db, "Bench", password=server.password)))
                dbs.append(db)
            rows.append((f"first sync of {cards:,} cards into an empty store", statistics.median(firsts)))
            db = dbs[0]
            idle = statistics.median(_timed(lambda: sync_book(db, "Bench", password=server.password))
                                     for _ in range(runs))
            rows.append((f"sync with nothing changed, {cards:,} cards", idle))
            tens, puts = [], []
            with server.http() as phone:
                for r in range(runs):
                    start = time.perf_counter()
                    for n in range(5):
                        phone.put(f"{server.book_url}bench-{n}.vcf", content=card(n, f"Title {r}").encode(),
                                  headers={"Content-Type": "text/vcard"}).raise_for_status()
                    puts.append(time.perf_counter() - start)
                    for n in range(5):
                        contact_service.update_contact(db, cards - n - 10 * r, {"title": f"Here {r}"})
                    tens.append(_timed(lambda: sync_book(db, "Bench", password=server.password)))
            rows.append((f"baseline: the phone's 5 PUTs into the {cards:,}-card book (server alone)",
                         statistics.median(puts)))
            rows.append((f"sync of 10 changes (5 on the phone, 5 here) in {cards:,} cards", statistics.median(tens)))
        finally:
            server.stop()
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench")
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print("| case | median (s) |\n|---|---:|")
    for case, seconds in run(args.cards, args.runs):
        print(f"| {case} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
