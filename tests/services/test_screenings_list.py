import pytest
from screening_support import YES, add_users, answer_required, foreign_minor, intake, sign_in_as

from fieldscreen.core.errors import BugError
from fieldscreen.services.screening_models import ListQuery

NAMES = ["José Núñez", "Ann Lee", "Bea Roe", "Cy Poe", "Di Fox"]


@pytest.fixture
def populated(installation, session, clock):
    """12 screenings by alice and 8 by bob, a minute apart; alice's first three are finalized minors with deadlines."""
    add_users(session, ("alice", "screener"), ("bob", "screener"))
    session.lock()
    made = {}
    for name, count in (("alice", 12), ("bob", 8)):
        account = sign_in_as(installation, name)
        service = account.screenings
        for i in range(count):
            clock.advance(minutes=1)
            if name == "alice" and i < 3:
                view = service.start(foreign_minor(clock, name=f"{name} minor {i}"))
                answer_required(service, view.id, {"sex_trade": YES})
                service.finalize(view.id)
            else:
                instrument = "brief" if i % 2 else "youth"
                view = service.start(intake(clock, instrument, name=f"{NAMES[i % len(NAMES)]} {name} {i}"))
            made[view.id] = (name, view.case_code)
        account.lock()
    return made


def test_paging_covers_every_screening_newest_first(installation, populated):
    admin = sign_in_as(installation, "admin")
    try:
        seen = []
        for offset in range(0, 21, 7):
            page = admin.screenings.list(ListQuery(limit=7, offset=offset))
            assert page.total == 20
            seen += page.rows
        assert [r.id for r in seen] == sorted(populated, reverse=True)
        assert [r.started_at for r in seen] == sorted((r.started_at for r in seen), reverse=True)
        assert {r.case_code for r in seen} == {code for _, code in populated.values()}
    finally:
        admin.lock()


def test_search_by_name_or_case_code_in_any_case(installation, populated):
    admin = sign_in_as(installation, "admin")
    try:
        found = admin.screenings.list(ListQuery(search="JOSÉ NÚÑEZ"))
        assert found.total == 4 and all(populated[r.id] for r in found.rows)
        some_id, (_, code) = next(iter(populated.items()))
        by_code = admin.screenings.list(ListQuery(search=code[3:9].lower()))
        assert [r.id for r in by_code.rows] == [some_id]
        assert admin.screenings.list(ListQuery(search="nobody here")).total == 0
        assert admin.screenings.list(ListQuery(search="  ")).total == 20
    finally:
        admin.lock()


def test_filters_and_orders(installation, populated):
    admin = sign_in_as(installation, "admin")
    try:
        service = admin.screenings
        finalized = service.list(ListQuery(status="finalized"))
        assert finalized.total == 3 and {r.result_category for r in finalized.rows} == {"possible_sex_trafficking"}
        assert service.list(ListQuery(instrument_id="brief")).total == 9
        codes = [r.case_code for r in service.list(ListQuery(order="case_code", descending=False)).rows]
        assert codes == sorted(codes)
        soonest = service.list(ListQuery(order="next_due_at", descending=False)).rows
        assert [r.next_due_at is None for r in soonest] == [False] * 3 + [True] * 17
        assert [r.next_due_at for r in soonest[:3]] == sorted(r.next_due_at for r in soonest[:3])
        latest = service.list(ListQuery(order="next_due_at", descending=True)).rows
        assert [r.id for r in latest] == [r.id for r in reversed(soonest)]
        with pytest.raises(BugError):
            service.list(ListQuery(order="name"))
    finally:
        admin.lock()


def test_screeners_list_only_their_own(installation, populated):
    bob = sign_in_as(installation, "bob")
    try:
        page = bob.screenings.list(ListQuery(limit=5))
        assert page.total == 8 and len(page.rows) == 5 and {r.screener for r in page.rows} == {"bob"}
        assert bob.screenings.list(ListQuery(search="alice")).total == 0
        assert bob.screenings.list(ListQuery(status="finalized")).total == 0
    finally:
        bob.lock()
