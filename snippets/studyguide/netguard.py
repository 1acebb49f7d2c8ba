"""Fail any network connection that does not stay on this machine.

Snippets and notebooks must never reach AWS (or anything else) while the
tests run. Installing the guard patches :mod:`socket` so that connecting to
anything but loopback or a Unix socket raises :class:`NetworkBlocked`, which
names the host the code tried to reach.
"""

from __future__ import annotations

import ipaddress
import socket

_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_getaddrinfo = socket.getaddrinfo
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class NetworkBlocked(RuntimeError):
    """Raised when guarded code tries to open a non-loopback connection."""


def is_local(host: object) -> bool:
    """Return True when ``host`` is loopback, a Unix socket path or a local name."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode()
    host = str(host)
    if host in _LOCAL_NAMES or host.startswith("/") or host == "":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if not is_local(host):
        raise NetworkBlocked(f"network access blocked by studyguide.netguard: tried to reach {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    if self.family != getattr(socket, "AF_UNIX", None):
        _check(address)
    return _original_connect(self, address)


def _connect_ex(self: socket.socket, address: object) -> int:
    if self.family != getattr(socket, "AF_UNIX", None):
        _check(address)
    return _original_connect_ex(self, address)


def _getaddrinfo(host, *args, **kwargs):
    _check((host,))
    return _original_getaddrinfo(host, *args, **kwargs)


def install() -> None:
    """Patch :mod:`socket` so that only loopback and Unix sockets connect."""
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _getaddrinfo


def uninstall() -> None:
    """Undo :func:`install`."""
    socket.socket.connect = _original_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _original_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _original_getaddrinfo
