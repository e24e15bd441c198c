from fieldscreen.store import audit, integrity
from fieldscreen.store.connection import open_keyed


def test_clean_database_has_no_problems(db, db_path):
    findings = integrity.run_all(db, db_path.stat().st_size)
    assert findings.problems == []
    assert len(findings.checked) == 3


def test_flipped_byte_names_the_page(db, db_path, db_key, flip_byte):
    db.execute("CREATE TABLE t (x BLOB)")
    db.execute("INSERT INTO t SELECT randomblob(3000) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
    db.close()
    flip_byte(db_path, 4096 * 4 + 123)  # page 5
    conn = open_keyed(db_path, db_key)
    findings = integrity.run_all(conn, db_path.stat().st_size)
    conn.close()
    assert "page 5 failed its integrity check (HMAC)" in findings.problems


def test_damaged_first_page_is_still_named(db, db_path, db_key, flip_byte):
    db.close()
    flip_byte(db_path, 50)
    conn = open_keyed(db_path, db_key)
    findings = integrity.run_all(conn, db_path.stat().st_size)
    conn.close()
    assert findings.problems[0] == "page 1 failed its integrity check (HMAC)"


def test_audit_tampering_is_a_problem(db, db_path):
    audit.append(db, audit.audit_key(db), at=__import__("datetime").datetime.now(), actor="a", action="x")
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute("DELETE FROM audit_log")
    findings = integrity.run_all(db, db_path.stat().st_size)
    assert findings.problems == ["Audit entry 1 and those after it are missing."]


def test_many_structure_problems_of_a_kind_list_five_and_count_the_rest(db, db_path, db_key):
    """An index whose definition no longer matches its entries (schema damage): SQLite reports every row."""
    db.execute("CREATE TABLE t (x INTEGER, y INTEGER)")
    db.execute("CREATE INDEX t_x ON t (x)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(n, -n - 1) for n in range(40)])
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_x ON t (y)' WHERE name = 't_x'")
    db.close()
    conn = open_keyed(db_path, db_key)
    findings = integrity.Findings()
    integrity.check_structure(conn, findings)
    conn.close()
    assert len(findings.problems) == integrity.LISTED + 1
    assert all(p.startswith("structure problem: ") for p in findings.problems[:-1])
    assert findings.problems[-1].startswith("... and ") and findings.problems[-1].endswith(" more of the same kind")


def test_a_damaged_page_lists_a_few_structure_problems_not_every_line(db, db_path, db_key):
    """SQLite joins the findings about one damaged tree in one row, a line each: they are counted like the rest."""
    db.execute("CREATE TABLE t (x INTEGER, y TEXT)")
    db.execute("CREATE INDEX t_y ON t (y)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(n, "x" * 200) for n in range(3000)])
    db.close()
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle + 1000 : middle + 1064] = bytes(b ^ 0xFF for b in data[middle + 1000 : middle + 1064])
    db_path.write_bytes(bytes(data))
    conn = open_keyed(db_path, db_key)
    findings = integrity.run_all(conn, db_path.stat().st_size)
    conn.close()
    assert findings.problems, "the damage is found"
    assert all("\n" not in problem for problem in findings.problems)
    assert len(findings.problems) <= 2 * (integrity.LISTED + 1) + 1, findings.problems
