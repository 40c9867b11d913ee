"""SQLite 3.40.1 (docs/apps.md): the shell runs an SQL script from the
initrd against a database file it creates in ramfs, and speedtest1 runs
with --verify; outputs equal the native build's (speedtest1's timings
aside: its verification hash covers the results)."""
import re

import pytest

from corpus import program, same_as_native

SCRIPT = b"""
.headers on
.mode column
CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT,
                  pop INTEGER, area REAL);
CREATE INDEX city_country ON city(country);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
INSERT INTO city(name, country, pop, area)
  SELECT printf('city%04d', i), char(65 + i % 7) || 'land', (i * 7919) % 100000,
         round((i % 97) * 3.25, 2) FROM n;
SELECT country, count(*) AS n, sum(pop) AS pop, round(avg(area), 3) AS area
  FROM city GROUP BY country ORDER BY country;
SELECT name, pop FROM city WHERE pop BETWEEN 50000 AND 50400 ORDER BY pop, name;
BEGIN;
UPDATE city SET pop = pop + 1 WHERE id % 3 = 0;
DELETE FROM city WHERE id % 10 = 0;
COMMIT;
SELECT count(*), sum(pop), max(name), min(area) FROM city;
CREATE TABLE tag(city INTEGER REFERENCES city(id), tag TEXT);
INSERT INTO tag SELECT id, CASE WHEN pop > 66666 THEN 'big' WHEN pop > 33333 THEN 'mid' ELSE 'small' END FROM city;
SELECT t.tag, count(*), group_concat(DISTINCT c.country) FROM tag t JOIN city c ON c.id = t.city
  GROUP BY t.tag ORDER BY 2 DESC;
SELECT json_object('n', count(*), 'first', min(name)) FROM city;
SELECT upper(substr(name, 1, 4)), length(name), typeof(area), abs(-pop), hex(id)
  FROM city ORDER BY id DESC LIMIT 3;
SELECT sqrt(16), pow(2, 10), ln(1), 7 / 2, 7 % 3, 1e300 * 10, cast('12abc' AS INTEGER);
SELECT date('2024-02-28', '+1 day'), strftime('%Y-%m-%d %H:%M', '2023-12-31 23:59', '+1 minute');
PRAGMA integrity_check;
.mode list
SELECT name FROM sqlite_schema ORDER BY name;
VACUUM;
SELECT count(*) FROM city;
"""


shell = program("sqlite3", "sqlite3")
speedtest1 = program("sqlite3", "speedtest1")


def test_script_from_initrd(shell, tmp_path):
    got, _ = same_as_native(shell, ["test.db", ".read script.sql"], tmp_path,
                            {"script.sql": SCRIPT})
    assert re.search(rb"integrity_check\n-+\nok *\n", got.stdout), got


def test_script_on_stdin(shell, tmp_path):
    """The same script through a pipe: the shell reads to end of file (on
    kvm: uklink run's framed input) and, its stdin not being a terminal,
    prints no prompts, as natively."""
    if shell.plat == "xen":
        pytest.skip("uklink run gives xen guests no input")
    got, _ = same_as_native(shell, ["test.db"], tmp_path, {}, stdin=SCRIPT)
    assert re.search(rb"integrity_check\n-+\nok *\n", got.stdout), got


def untimed(out):
    """speedtest1's report without the timings."""
    return re.sub(rb"\s+\d+\.\d+s$", b"", out, flags=re.M)


def test_speedtest1_verify(speedtest1, tmp_path):
    got, _ = same_as_native(speedtest1, ["--size", "5", "--verify", "st.db"],
                            tmp_path, {"README": b"speedtest1\n"},
                            out_filter=untimed)
    assert b"Verification Hash:" in got.stdout
