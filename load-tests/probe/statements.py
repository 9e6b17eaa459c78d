"""Statements per order, counted by Postgres itself, for load-tests/probe/statements.sh: reads the server log written
with log_min_duration_statement = 0 and log_line_prefix '%m %d ' and counts each executed statement (simple or
extended protocol) per database and per statement text (its first 110 characters).
Usage: python3 statements.py LOG ORDERS"""
import collections
import re
import sys

executed = re.compile(r"^\S+ \S+ \S+ (\S+) LOG:  duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)$")
by_statement, by_database = collections.Counter(), collections.Counter()
for line in open(sys.argv[1], errors="replace"):
    match = executed.match(line.rstrip())
    if match:
        database, text = match.groups()
        by_statement[(database, re.sub(r"\s+", " ", text)[:110])] += 1
        by_database[database] += 1
orders = float(sys.argv[2])
for database, count in sorted(by_database.items()):
    print(f"{database:22s} {count / orders:6.2f} statements per order")
print()
for (database, text), count in sorted(by_statement.items(), key=lambda item: (item[0][0], -item[1])):
    if count / orders >= 0.05:
        print(f"{database.removeprefix('foodmesh_')[:10]:10s} {count / orders:5.2f} {text}")
