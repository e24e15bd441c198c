"""The loopback WebDAV server and its fault proxy as fixtures, for every test folder that needs them.

Import them by name into a conftest or test module (the folder of this file on ``sys.path``), for example
``from dav_fixtures import dav, proxy, tls``.
"""

from __future__ import annotations

import pytest
from dav_server import DavServer, make_certificate
from fault_proxy import FaultProxy


@pytest.fixture(scope="session")
def tls(tmp_path_factory):
    """A self-signed certificate for the server, made once per run."""
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def dav(tmp_path, tls):
    """A WebDAV server over TLS on loopback, stopped after the test."""
    server = DavServer(tmp_path / "server", tls)
    yield server
    server.stop()


@pytest.fixture
def proxy(dav):
    """A proxy in front of ``dav`` that can drop, stall or cut connections."""
    relay = FaultProxy(dav.port)
    yield relay
    relay.close()
