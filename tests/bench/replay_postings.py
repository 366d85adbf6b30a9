#!/usr/bin/env python3
"""bench_ledger's reference for posting a sale: the SQL the counter ran, replayed with Python's
sqlite3 and every statement prepared once (the module's statement cache).

    replay_postings.py DATABASE STATEMENTS.json CACHE_KIB

STATEMENTS.json: one list per sale of [sql, parameters] in the order the counter ran them
(parameters: a list for `?`, a mapping for named ones — Qt hands SQLite :0, :1, …; blobs as
{"x": "hex"}), recorded by bench_ledger with sqlite3_trace_v2 on a copy of the same
store. The connection is set up as Database::open sets its own (foreign keys, WAL, synchronous
NORMAL, temp_store FILE, the same page cache); the transactions' BEGIN IMMEDIATE, PRAGMA
synchronous = FULL and COMMIT are among the statements. Prints one line of JSON: each sale's
milliseconds, wall ("ms") and CPU of this thread ("cpu_ms").
"""
import json
import sqlite3
import sys
import time


def main():
    database, statements, cache_kib = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(statements, encoding="utf-8") as f:
        sales = json.load(f)

    def value(v):
        return bytes.fromhex(v["x"]) if isinstance(v, dict) else v

    def bound(params):  # named parameters come as a mapping, `?` as a list
        if isinstance(params, dict):
            return {k: value(v) for k, v in params.items()}
        return [value(v) for v in params]

    sales = [[(sql, bound(params)) for sql, params in sale] for sale in sales]
    con = sqlite3.connect(database, isolation_level=None, cached_statements=4096)
    for pragma in ("PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                   "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = FILE",
                   "PRAGMA cache_size = -%d" % cache_kib):
        con.execute(pragma).fetchall()
    times, cpu = [], []
    for sale in sales:
        start, start_cpu = time.perf_counter(), time.thread_time()
        for sql, params in sale:
            con.execute(sql, params).fetchall()
        times.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
    con.close()
    print(json.dumps({"ms": times, "cpu_ms": cpu}))


if __name__ == "__main__":
    main()
