"""A password an administrator sets must be replaced by its user at their next sign-in, before anything else."""

import pytest
from services_support import ADMIN, ADMIN_PASSWORD

from fieldscreen.core.errors import PasswordChangeRequired, PasswordRejected, WrongCredentials
from fieldscreen.core.models import Role

SAM = ("sam", "the administrator chose this one")
OWN = "sam's very own river stones"


def test_an_added_account_chooses_its_own_password_at_the_first_sign_in(installation, session):
    session.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    sam = installation.sign_in(*SAM)
    assert sam.password_change_required
    with pytest.raises(PasswordChangeRequired):
        sam.require_own_password()
    with pytest.raises(PasswordRejected, match="same as the current one"):
        sam.accounts.change_own_password(SAM[1], SAM[1])
    with pytest.raises(PasswordRejected):
        sam.accounts.change_own_password(SAM[1], "sam")  # the password rules apply
    with pytest.raises(WrongCredentials):
        sam.accounts.change_own_password("not what was set at all", OWN)
    assert sam.password_change_required
    sam.accounts.change_own_password(SAM[1], OWN)
    assert not sam.password_change_required
    sam.require_own_password()
    sam.lock()

    again = installation.sign_in("sam", OWN)
    assert not again.password_change_required
    again.lock()
    changes = session.audit.recent(action="password_change")
    assert [(e.actor, e.subject) for e in changes] == [("sam", "sam")]


def test_a_password_reset_by_an_administrator_must_be_changed_again(installation, session):
    session.accounts.add(SAM[0], Role.SCREENER, SAM[1])
    sam = installation.sign_in(*SAM)
    sam.accounts.change_own_password(SAM[1], OWN)
    sam.lock()
    session.accounts.reset_password("sam", "a reset the administrator chose")
    sam = installation.sign_in("sam", "a reset the administrator chose")
    assert sam.password_change_required
    sam.lock()
    sam = installation.sign_in("sam", "a reset the administrator chose")  # still, until sam changes it
    assert sam.password_change_required
    sam.lock()


def test_passwords_people_set_for_themselves_are_not_forced(installation, session, recovery_key):
    assert not session.password_change_required  # the first administrator, made at setup
    session.accounts.reset_password(ADMIN, "the administrator's own new phrase")
    session.lock()
    own = installation.sign_in(ADMIN, "the administrator's own new phrase")
    assert not own.password_change_required
    own.lock()
    recovered = installation.sign_in_with_recovery_key(recovery_key)  # a forgotten password, set with the key
    assert not recovered.password_change_required
    recovered.accounts.reset_password(ADMIN, ADMIN_PASSWORD + " again")
    recovered.lock()
    again = installation.sign_in(ADMIN, ADMIN_PASSWORD + " again")
    assert not again.password_change_required
    again.lock()
