import threading
from functools import partial

import pytest

from fieldscreen.core.errors import BugError, SessionLocked
from fieldscreen.store.connection import open_encrypted
from fieldscreen.store.executor import DbExecutor


@pytest.fixture
def executor(db_path, db_key):
    ex = DbExecutor(partial(open_encrypted, db_path, db_key))
    yield ex
    ex.close()


def test_every_call_runs_on_the_one_db_thread(executor):
    names = {executor.call(lambda conn: threading.current_thread().name) for _ in range(3)}
    assert len(names) == 1
    assert names.pop().startswith("fieldscreen-db")
    assert threading.current_thread().name not in names


def test_many_threads_share_it_safely(executor):
    executor.call(lambda conn: conn.execute("CREATE TABLE t (n INTEGER)"))
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            for i in range(20):
                executor.call(lambda conn, v: conn.execute("INSERT INTO t VALUES (?)", (v,)), k * 100 + i)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert executor.call(lambda conn: conn.execute("SELECT count(*) FROM t").fetchone()[0]) == 160


def test_calls_from_the_db_thread_itself_do_not_deadlock(executor):
    assert executor.call(lambda conn: executor.call(lambda c: c.execute("SELECT 7").fetchone()[0])) == 7


def test_sqlite_errors_are_mapped(executor):
    with pytest.raises(BugError):
        executor.call(lambda conn: conn.execute("SELECT * FROM nowhere"))


def test_close_is_idempotent_and_refuses_later_calls(executor):
    executor.close()
    executor.close()
    assert executor.closed
    with pytest.raises(SessionLocked):
        executor.call(lambda c: 1)


def test_a_failing_opener_leaves_no_thread(db_path):
    before = threading.active_count()

    def opener():
        raise OSError("no")

    with pytest.raises(OSError):
        DbExecutor(opener)
    assert threading.active_count() == before
