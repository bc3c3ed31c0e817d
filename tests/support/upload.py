"""The HQ upload service as a real process on loopback, with real TLS, for the sync tests."""

from __future__ import annotations

import json
import resource
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from station.app import Station
from station.crypto.x509 import Role, issue, make_crl, make_root, to_pem
from station.services.hq_link import HqLink
from tests.support.world import World, build_world

LONG_CRL_DAYS = 3650  # the server checks CRLs against the real clock; the world's clock is fixed


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerProcess:
    """``station hq serve`` in a child process; its JSON log lines read back from a file."""

    def __init__(
        self, identity: Path, spool: Path, port: int, log: Path, *extra: str, fd_limit: int = 0
    ) -> None:
        self.identity, self.spool, self.port, self.log = identity, spool, port, log
        self.extra = extra
        self.fd_limit = fd_limit
        self.process: subprocess.Popen | None = None

    def _limit_fds(self) -> None:
        if self.fd_limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, (self.fd_limit, self.fd_limit))

    def start(self, timeout_s: float = 30.0) -> ServerProcess:
        already = len(self.events())
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "station",
                "hq",
                "serve",
                "--identity",
                str(self.identity),
                "--spool",
                str(self.spool),
                "--listen",
                f"127.0.0.1:{self.port}",
                "--log",
                str(self.log),
                *self.extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=self._limit_fds if self.fd_limit else None,  # noqa: PLW1509 - test only
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if any(e["event"] == "listening" for e in self.events()[already:]):
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stderr.read().decode()}")
            time.sleep(0.05)
        raise TimeoutError("the upload service did not start listening")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(30)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill()

    def events(self) -> list[dict]:
        try:
            lines = self.log.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in lines if line.strip()]


@dataclass
class UploadWorld:
    world: World
    identity: Path
    spool: Path
    port: int
    server: ServerProcess

    @property
    def station(self) -> Station:
        return self.world.station

    @property
    def address(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def publish_crl(self) -> None:
        """A CRL of HQ's revocations, valid for years, dropped beside the service (no restart)."""
        hq, keys = self.world.hq, self.world.keys
        latest = hq.storage.latest_crl()
        number = (latest[0] if latest else 0) + 1
        revoked = [
            (s.serial, s.revoked_wall_ms) for s in hq.storage.stations() if s.revoked_wall_ms
        ]
        crl = make_crl(
            keys.root_cert,
            keys.root_key,
            revoked=revoked,
            number=number,
            now_ms=self.world.clock.now().wall_ms,
            days=LONG_CRL_DAYS,
        )
        hq.storage.add_crl(number, to_pem(crl), wall_ms=self.world.clock.now().wall_ms)
        (self.identity / "hq-crl.pem").write_bytes(to_pem(crl))

    def ingest_spool(self):
        return self.world.hq.intake.ingest([self.spool], keys=self.world.keys, new_only=True)

    def close(self) -> None:
        self.server.close()
        self.world.close()


def upload_world(
    folder: Path, *, stations: int = 1, start: bool = True, fd_limit: int = 0, **server_args: str
) -> UploadWorld:
    """HQ, enrolled stations whose enrollment data names the upload service, and the service."""
    world = build_world(folder, stations=stations)
    port = free_port()
    identity = folder / "service"
    world.hq.setup.issue_upload_service(
        f"https://127.0.0.1:{port}", keys=world.keys, folder=identity
    )
    for station in world.stations:  # the enrollment data now names the service
        entry = world.hq.storage.station(station.station.station_id)
        station.enrollment.install(entry.certificate, world.trust_pem)
    extra = [
        item for pair in server_args.items() for item in (f"--{pair[0].replace('_', '-')}", pair[1])
    ]
    server = ServerProcess(
        identity, folder / "spool", port, folder / "service.log", *extra, fd_limit=fd_limit
    )
    built = UploadWorld(world, identity, folder / "spool", port, server)
    built.publish_crl()
    if start:
        server.start()
    return built


def link_as(
    built: UploadWorld,
    *,
    certificate,
    key: Ed25519PrivateKey,
) -> HqLink:
    """A link to the service presenting any certificate and key (to be refused or not)."""
    trust = built.station.enrollment.context()
    assert trust.upload_service is not None
    return HqLink(
        root=trust.root,
        crl=trust.crl,
        pinned=trust.upload_service,
        certificate=certificate,
        key=key,
        now_ms=lambda: built.world.clock.now().wall_ms,
    )


def foreign_station_certificate(now_ms: int, name: str = "station-1"):
    """A station certificate from a root HQ never made."""
    root_key = Ed25519PrivateKey.generate()
    root = make_root(root_key, name="Bukan HQ", now_ms=now_ms)
    key = Ed25519PrivateKey.generate()
    return issue(
        root,
        root_key,
        subject_key=key.public_key(),
        name=name,
        role=Role.STATION,
        now_ms=now_ms,
        days=3650,
    ), key


def hq_certificate(
    built: UploadWorld, *, role: Role, now_ms: int, days: int, name: str = "station-1"
):
    """A certificate from HQ's own root (any role, any validity) and its key."""
    key = Ed25519PrivateKey.generate()
    keys = built.world.keys
    return issue(
        keys.root_cert,
        keys.root_key,
        subject_key=key.public_key(),
        name=name,
        role=role,
        now_ms=now_ms,
        days=days,
    ), key


def client_tls(built: UploadWorld, folder: Path, name: str) -> ssl.SSLContext:
    """A TLS client context with a fresh HQ-issued station certificate (an enrolled peer)."""
    certificate, key = hq_certificate(
        built, role=Role.STATION, now_ms=built.world.clock.now().wall_ms, days=3650, name=name
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(to_pem(certificate))
    key_path.write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the attacker does not care whom it talks to
    context.load_cert_chain(cert_path, key_path)
    return context


def closed_by_peer(sock: socket.socket) -> bool:
    """True once the other end closed ``sock`` (a non-blocking socket); data read is dropped."""
    for _ in range(64):  # drain what the server said before closing, then look again
        try:
            if not sock.recv(65536):
                return True
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError, BlockingIOError):
            return False
        except (OSError, ssl.SSLError):
            return True
    return False
