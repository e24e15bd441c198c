"""A fault-injecting TCP proxy on 127.0.0.1 between the sync client and the WebDAV server.

It relays raw bytes (TLS stays end to end) and applies one planned fault per accepted connection, in order:

- ``Fault.cut(n)``: close both sides once ``n`` bytes went from client to server (dropped mid-upload).
- ``Fault.lose_response(n)``: once ``n`` client bytes went through, the server's next answer is dropped and the
  connection closed (the server did the work; the client must retry: a duplicate delivery).
- ``Fault.cut_answer(n)``: close both sides once ``n`` bytes came back from the server (dropped mid-download).
- ``Fault.stall()``: accept, read and discard, never answer (the client times out).
- ``Fault.throttle(bytes_per_second, cut_after=0)``: relay both ways at that rate (a slow link), and if
  ``cut_after`` is set, cut it like ``Fault.cut`` once that many bytes went up.
- ``Fault.refuse()``: close at once.

Connections without a planned fault are relayed untouched.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
_CHUNK = 16384


@dataclass(frozen=True)
class Fault:
    """One connection's fault."""

    kind: str
    after: int = 0
    rate: int = 0

    @classmethod
    def cut(cls, after: int) -> Fault:
        return cls("cut", after=after)

    @classmethod
    def lose_response(cls, after: int) -> Fault:
        return cls("lose-response", after=after)

    @classmethod
    def cut_answer(cls, after: int) -> Fault:
        return cls("cut-answer", after=after)

    @classmethod
    def stall(cls) -> Fault:
        return cls("stall")

    @classmethod
    def throttle(cls, rate: int, cut_after: int = 0) -> Fault:
        return cls("throttle", after=cut_after, rate=rate)

    @classmethod
    def refuse(cls) -> Fault:
        return cls("refuse")


class _Link:
    """One proxied connection: a client socket, an upstream socket, byte counts and the fault."""

    def __init__(self, client: socket.socket, upstream: socket.socket | None, fault: Fault) -> None:
        self.client = client
        self.upstream = upstream
        self.fault = fault
        self.sent_up = 0
        self.sent_down = 0
        self.lock = threading.Lock()
        self.closed = False

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
        for sock in (self.client, self.upstream):
            if sock is None:
                continue
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class FaultProxy:
    """Listens on 127.0.0.1 and relays to ``127.0.0.1:upstream_port`` with planned faults."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.listener = socket.create_server((LOOPBACK, 0))
        self.listener.settimeout(0.05)
        self._stopping = threading.Event()
        self.port = self.listener.getsockname()[1]
        self.plan: deque[Fault] = deque()
        self.applied: list[str] = []
        self._links: list[_Link] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._thread.start()

    def add(self, *faults: Fault) -> None:
        """Plan faults for the next connections, in order."""
        with self._lock:
            self.plan.extend(faults)

    def pending(self) -> int:
        """How many planned faults have not been used yet."""
        with self._lock:
            return len(self.plan)

    def close(self) -> None:
        """Stop accepting and close every proxied connection."""
        self._stopping.set()
        self._thread.join(timeout=5)
        self.listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                fault = self.plan.popleft() if self.plan else Fault("pass")
                self.applied.append(fault.kind)
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        if fault.kind == "refuse":
            client.close()
            return
        upstream = None if fault.kind == "stall" else socket.create_connection((LOOPBACK, self.upstream_port), 10)
        for sock in (client, upstream):
            if sock is not None:  # relay small TLS records at once (Nagle + delayed ACK would add 40 ms each)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link = _Link(client, upstream, fault)
        with self._lock:
            self._links.append(link)
        if upstream is None:
            self._discard(link)
            return
        back = threading.Thread(target=self._pump_down, args=(link,), daemon=True)
        back.start()
        self._pump_up(link)
        back.join(timeout=30)
        link.close()

    def _discard(self, link: _Link) -> None:
        try:
            while link.client.recv(_CHUNK):
                pass
        except OSError:
            pass
        link.close()

    def _pump_up(self, link: _Link) -> None:
        fault = link.fault
        try:
            while data := link.client.recv(_CHUNK):
                if fault.kind in ("cut", "throttle") and fault.after and link.sent_up + len(data) >= fault.after:
                    link.upstream.sendall(data[: max(0, fault.after - link.sent_up)])
                    break
                _send(link.upstream, data, fault)
                link.sent_up += len(data)
        except OSError:
            pass
        link.close()

    def _pump_down(self, link: _Link) -> None:
        fault = link.fault
        try:
            while data := link.upstream.recv(_CHUNK):
                if fault.kind == "lose-response" and link.sent_up >= fault.after:
                    break
                if fault.kind == "cut-answer" and link.sent_down + len(data) >= fault.after:
                    link.client.sendall(data[: max(0, fault.after - link.sent_down)])
                    break
                _send(link.client, data, fault)
                link.sent_down += len(data)
        except OSError:
            pass
        link.close()


def _send(sock: socket.socket, data: bytes, fault: Fault) -> None:
    if fault.kind != "throttle":
        sock.sendall(data)
        return
    step = max(1, fault.rate // 20)
    for start in range(0, len(data), step):
        sock.sendall(data[start : start + step])
        time.sleep(len(data[start : start + step]) / fault.rate)
