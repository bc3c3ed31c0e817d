"""Roles and keys that mean what they say: each secret may do only its own work, checked in
the services (ADR 0026, docs/access.md).

The rule under test is the project's access table (``station.domain.access.RULES``): field
IT's passphrase administers the station; a proctor's credential, issued by HQ in a package,
does the proctor's work for its own session within the session's window widened by the
package's margin; HQ can revoke one lost credential.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import re
import shutil
import time
from pathlib import Path

import pytest

from station.app import Station, open_station, restore_station
from station.cli.main import main
from station.crypto.errors import WrongSecretError
from station.crypto.vault import FAST_TEST_PARAMS, SealedVault
from station.domain.access import RULES, Action, Scope
from station.domain.errors import StationError
from station.domain.timing import ManualClock
from station.hq.errors import HqError
from station.services.access import credential_sha256
from station.services.commands import RecordIncident
from station.services.errors import AccessDeniedError, UnlockThrottledError
from station.services.packages import ReissueRefusedError
from station.services.synthetic import (
    SMALL_SPEC,
    valid_nip,
    write_synthetic_exam,
    write_synthetic_roster,
)
from tests.support.world import (
    NOW_MS,
    PROCTOR,
    SESSION_START_MS,
    STATION_PASSPHRASE,
    World,
    enrolled_station,
    new_hq,
)

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

HOUR = 3_600_000
SESSION_END_MS = SESSION_START_MS + 6 * HOUR
MARGIN_MS = 120 * 60_000  # the package's default margin (DEFAULT_CREDENTIAL_MARGIN_MINUTES)


def two_session_source(folder: Path, station_id: str, *, starts_wall_ms: int | None = None) -> Path:
    """The synthetic source with a second session, SYN-S2, at the same time in another room
    of the centre, with its own two proctors and candidates."""
    source = write_synthetic_exam(
        folder, spec=SMALL_SPEC, stations=(station_id,), starts_wall_ms=starts_wall_ms
    )
    exam = json.loads(source.read_text(encoding="utf-8"))
    second = json.loads(json.dumps(exam["sessions"][0]))
    second["id"] = "SYN-S2"
    second["title"] = "Sesi sintetis kedua"
    rng = random.Random(77)
    second["proctors"] = [
        {"nama": f"Pengawas Dua {n}", "nip": valid_nip(rng, sequence=950 + n)} for n in range(2)
    ]
    exam["sessions"].append(second)
    source.write_text(json.dumps(exam, ensure_ascii=False, indent=1), encoding="utf-8")
    extra = folder / "roster-s2.csv"
    write_synthetic_roster(extra, candidates=2, session_id="SYN-S2", seed=55)
    rows = extra.read_text(encoding="utf-8").splitlines()[1:]
    with (folder / "roster.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(rows) + "\n")
    return source


@pytest.fixture
def centre(tmp_path) -> World:
    """HQ, one enrolled station, a package with two sessions imported by field IT, SYN-S1
    released; the clock at the package's build day (weeks before the sessions)."""
    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = new_hq(tmp_path / "hq", clock)
    world = World(tmp_path, clock, hq, keys)
    station = enrolled_station(world, "station-1")
    world.source = two_session_source(tmp_path / "source", station.station.station_id)
    world.package = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    station.packages.import_package(world.package.path)
    station.packages.release("SYN-S1", world.release_code, by=PROCTOR)
    yield world
    world.close()


def credential(world: World, session_id: str, number: int = 1) -> str:
    assert world.package is not None
    return next(
        line.credential
        for line in world.package.credentials
        if line.session_id == session_id and line.slot_id.endswith(f":{number}")
    )


def reopen(world: World, secret: str) -> Station:
    """Close the station and open it again with ``secret`` (as a new console would)."""
    world.stations[0].close()
    station = open_station(world.folder / "station-1", clock=world.clock)
    world.stations[0] = station
    station.station.unlock(secret)
    return station


def at(world: World, wall_ms: int) -> None:
    world.clock.jump_wall(wall_ms - world.clock.now().wall_ms)


# ---------------------------------------------------------------- the attack


def test_a_credential_of_a_closed_session_opens_nothing_and_cannot_lock_field_it_out(centre):
    # Finding (High): a PGW- credential of a session already closed opened the whole vault
    # and removed field IT's slot. Rule: only within the session's window + margin.
    slots_before = [s.slot_id for s in centre.station.station.slots()]
    at(centre, SESSION_END_MS + MARGIN_MS + 60_000)
    centre.station.close()
    station = open_station(centre.folder / "station-1", clock=centre.clock)
    centre.stations[0] = station
    with pytest.raises(AccessDeniedError, match="di luar waktu"):
        station.station.unlock(credential(centre, "SYN-S1"))
    assert not station.station.unlocked
    assert [s.slot_id for s in station.station.slots()] == slots_before


def test_a_credential_in_its_window_still_cannot_administer_the_vault(centre):
    # Rule: vault administration is field IT's alone (docs/access.md).
    at(centre, SESSION_START_MS)
    station = reopen(centre, credential(centre, "SYN-S1"))
    with pytest.raises(AccessDeniedError, match="kata sandi teknisi"):
        station.station.add_passphrase_slot(
            "spare", label="spare", passphrase="another-long-passphrase", params=FAST_TEST_PARAMS
        )
    with pytest.raises(AccessDeniedError):
        station.station.remove_slot("field-it")
    assert "field-it" in [s.slot_id for s in station.station.slots()]
    assert "spare" not in [s.slot_id for s in station.station.slots()]


def test_a_proctor_cannot_release_another_session(centre):
    # Finding (High): a credential released other sessions. Rule: its own session only.
    at(centre, SESSION_START_MS)
    station = reopen(centre, credential(centre, "SYN-S1"))
    code_s2 = next(r.release_code for r in centre.package.releases if r.session_id == "SYN-S2")
    with pytest.raises(AccessDeniedError, match="SYN-S2"):
        station.packages.release("SYN-S2", code_s2, by=PROCTOR)
    assert not any(info.session_id == "SYN-S2" for info in station.exams.ready_sessions()), (
        "SYN-S2 stayed sealed"
    )
    station = reopen(centre, credential(centre, "SYN-S2"))
    assert station.packages.release("SYN-S2", code_s2, by=PROCTOR).items > 0


@pytest.mark.parametrize(
    ("moment", "opens"),
    [
        (SESSION_START_MS - MARGIN_MS - 60_000, False),
        (SESSION_START_MS - MARGIN_MS, True),
        (SESSION_START_MS + HOUR, True),
        (SESSION_END_MS + MARGIN_MS, True),
        (SESSION_END_MS + MARGIN_MS + 1, False),
    ],
    ids=["before the margin", "margin starts", "during", "margin ends", "after the margin"],
)
def test_the_credential_works_within_its_window_and_margin_only(centre, moment, opens):
    # Rule: the session's window widened by the package's margin (120 minutes unless set).
    at(centre, moment)
    if opens:
        assert reopen(centre, credential(centre, "SYN-S1")).station.unlocked
    else:
        with pytest.raises(AccessDeniedError):
            reopen(centre, credential(centre, "SYN-S1"))


def test_a_vouching_proctor_of_another_session_cannot_confirm_at_this_kiosk(centre):
    # Rule: confirming at the kiosk (resume, leave kiosk mode) is the own session's proctor's.
    at(centre, SESSION_START_MS)
    station = reopen(centre, STATION_PASSPHRASE)
    with pytest.raises(AccessDeniedError):
        station.station.confirm_person(
            credential(centre, "SYN-S2"), purpose="resume", session_id="SYN-S1"
        )
    slot = station.station.confirm_person(
        credential(centre, "SYN-S1"), purpose="resume", session_id="SYN-S1"
    )
    assert slot.grant is not None and slot.grant.sessions == ("SYN-S1",)


def test_restore_needs_field_its_passphrase_not_a_credential(centre, tmp_path):
    # Rule: restoring a backup is field IT's work; a credential restores nothing.
    backup = centre.station.backups.backup(tmp_path / "usb").path
    at(centre, SESSION_START_MS)
    with pytest.raises(AccessDeniedError):
        restore_station(
            backup,
            tmp_path / "restored-1",
            clock=centre.clock,
            passphrase=credential(centre, "SYN-S1"),
        )
    assert not (tmp_path / "restored-1" / "station.db").exists()
    with pytest.raises(AccessDeniedError):
        restore_station(backup, tmp_path / "restored-2", clock=centre.clock)
    station = reopen(centre, credential(centre, "SYN-S1"))
    with pytest.raises(AccessDeniedError):
        restore_station(
            backup, tmp_path / "restored-3", clock=centre.clock, grant=station.station.grant
        )
    restore_station(
        backup, tmp_path / "restored-4", clock=centre.clock, passphrase=STATION_PASSPHRASE
    )
    assert (tmp_path / "restored-4" / "station.db").exists()


# ------------------------------------------------------ the whole table, walked


def _do(action: Action, station: Station, world: World, scratch: Path, secret: str):
    """Attempt ``action`` for real through the services, for session SYN-S1."""
    code = world.release_code
    doing = {
        Action.OPEN_CONSOLE: lambda: station.station.unlock(secret),
        Action.VAULT_ADMIN: lambda: station.station.add_passphrase_slot(
            "spare", label="spare", passphrase="another-long-passphrase", params=FAST_TEST_PARAMS
        ),
        Action.RESTORE: lambda: restore_station(
            scratch / "backup.cactbak",
            scratch / "restored",
            clock=world.clock,
            grant=station.station.grant,
        ),
        Action.UPGRADE: lambda: station.upgrades.apply(
            scratch / "none.cactupd", install_root=scratch / "install"
        ),
        Action.PURGE: station.receipts.purge,
        Action.IMPORT_RECEIPT: lambda: station.receipts.import_receipt(scratch / "none.cactrcpt"),
        Action.ENROLL: lambda: station.enrollment.write_request(scratch / "enroll"),
        Action.IMPORT_PACKAGE: lambda: station.packages.import_package(world.package.path),
        Action.IMPORT_REVOCATIONS: lambda: station.packages.import_revocations(
            scratch / "none.cactcrv"
        ),
        Action.BACKUP: lambda: station.backups.backup(scratch / "backups"),
        Action.MOVE_ATTEMPT_COPY: lambda: station.transfer.export_copy("ATT-NONE"),
        Action.CONFIGURE_ROOM: lambda: station.room.configure(discovery=False),
        Action.RELEASE_SESSION: lambda: station.packages.release("SYN-S1", code, by=PROCTOR),
        Action.PROCTOR_COMMAND: lambda: station.proctor.execute(
            RecordIncident(session_id="SYN-S1", category="other", text="Uji akses."), by=PROCTOR
        ),
        Action.SESSION_PAPERS: lambda: station.papers.render("berita-acara", "SYN-S1"),
        Action.CONFIRM_AT_KIOSK: lambda: station.station.confirm_person(
            secret, purpose="resume", session_id="SYN-S1"
        ),
        Action.HOST_ROOM: lambda: station.room.open_hub(beacon_to=None),
        Action.EXPORT_RESULTS: lambda: station.export.export(scratch / "export"),
    }
    assert set(doing) == set(Action), "every action of the table has a way to try it"
    return doing[action]()


SECRETS = ["field IT", "proctor of SYN-S1", "proctor of SYN-S2", "after the window", "revoked"]


def _expected(secret_kind: str, action: Action) -> bool:
    """Whether the table lets ``secret_kind`` do ``action`` for SYN-S1 now."""
    scope = RULES[action].proctor
    if secret_kind == "field IT":
        return True
    if secret_kind in ("after the window", "revoked"):
        return False
    if scope is Scope.NEVER:
        return False
    if scope is Scope.IN_WINDOW:
        return True
    return secret_kind == "proctor of SYN-S1"


@pytest.mark.parametrize("secret_kind", SECRETS)
def test_every_action_for_every_secret_kind(centre, tmp_path, secret_kind):
    # Rule: the whole table of docs/access.md, each action tried through the real services.
    backup = centre.station.backups.backup(tmp_path / "b").path
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    backup.rename(scratch / "backup.cactbak")
    at(centre, SESSION_START_MS)
    secret = {
        "field IT": STATION_PASSPHRASE,
        "proctor of SYN-S2": credential(centre, "SYN-S2"),
    }.get(secret_kind, credential(centre, "SYN-S1"))
    station = reopen(centre, secret)
    if secret_kind == "revoked":
        station.station.adopt_revocations(1, [_digest(station)], source="uji")
    if secret_kind == "after the window":
        at(centre, SESSION_END_MS + MARGIN_MS + 60_000)
    outcomes = {}
    for action in Action:
        if (scratch / "restored").exists():
            shutil.rmtree(scratch / "restored")
        try:
            _do(action, station, centre, scratch, secret)
            refused = False
        except AccessDeniedError:
            refused = True
        except Exception:
            refused = False
        outcomes[action] = not refused
    expected = {action: _expected(secret_kind, action) for action in Action}
    assert outcomes == expected


def _digest(station: Station) -> str:
    """The revocation list's name for the credential that unlocked ``station``."""
    vault = SealedVault.from_json(station.station.record().vault)
    return credential_sha256(vault.slot(station.station.grant.slot_id).public_key or b"")


def test_the_access_page_lists_exactly_the_table():
    # Rule: docs/access.md is the table people read; it must say what the code enforces.
    page = (Path(__file__).resolve().parent.parent / "docs" / "access.md").read_text("utf-8")
    rows = re.findall(r"^\| `(\w+)` \|[^|]*\| (\S+) \| (\S+) \|", page, flags=re.M)
    documented = {name: proctor for name, _field_it, proctor in rows}
    words = {Scope.NEVER: "tidak", Scope.OWN_SESSION: "sesinya", Scope.IN_WINDOW: "waktunya"}
    assert documented == {str(a): words[r.proctor] for a, r in RULES.items()}


# ------------------------------------------------------------------ revocation


def test_hq_revokes_a_lost_credential_and_the_station_refuses_it_by_usb(centre):
    # Finding: credentials never expire and cannot be revoked. Rule: HQ's signed list.
    lost = next(line for line in centre.package.credentials if line.session_id == "SYN-S1")
    revocations, path = centre.hq.credentials.revoke(
        centre.package.package_id, lost.slot_id, reason="Amplop hilang", keys=centre.keys
    )
    assert revocations.number == 1 and path.suffix == ".cactcrv"
    summary = centre.station.packages.import_revocations(path)
    assert summary.newer and summary.removed_slots == (lost.slot_id,)
    assert lost.slot_id not in [s.slot_id for s in centre.station.station.slots()]
    at(centre, SESSION_START_MS)
    with pytest.raises(AccessDeniedError, match="dicabut oleh HQ"):
        reopen(centre, lost.credential)
    other = next(
        line
        for line in centre.package.credentials
        if line.session_id == "SYN-S1" and line.slot_id != lost.slot_id
    )
    assert reopen(centre, other.credential).station.unlocked
    again = reopen(centre, STATION_PASSPHRASE).packages.import_revocations(path)
    assert not again.newer


def test_a_revocation_travels_in_the_next_package(centre, tmp_path):
    # Rule: the list travels like the CRL, inside every package built after it.
    lost = next(line for line in centre.package.credentials if line.session_id == "SYN-S1")
    centre.hq.credentials.revoke(
        centre.package.package_id, lost.slot_id, reason="Hilang", keys=centre.keys
    )
    second = write_synthetic_exam(
        tmp_path / "source-2", spec=SMALL_SPEC, stations=(centre.station.station.station_id,)
    )
    exam = json.loads(second.read_text("utf-8"))
    exam["sessions"][0]["id"] = "SYN-S9"
    second.write_text(json.dumps(exam), "utf-8")
    roster = (tmp_path / "source-2" / "roster.csv").read_text("utf-8").replace("SYN-S1", "SYN-S9")
    (tmp_path / "source-2" / "roster.csv").write_text(roster, "utf-8")
    package = centre.hq.packages.build(second, keys=centre.keys, credential_params=FAST_TEST_PARAMS)
    centre.station.packages.import_package(package.path)
    assert centre.station.station.revocations_number() == 1
    assert lost.slot_id not in [s.slot_id for s in centre.station.station.slots()]


def test_a_revocation_list_signed_by_another_hq_is_refused(centre, tmp_path):
    # Rule: only this HQ's signing key issues a list (every file is hostile).
    lost = centre.package.credentials[0]
    other_hq, other_keys = new_hq(tmp_path / "other-hq", centre.clock, name="HQ Lain")
    other_hq.storage.add_package(
        centre.package.package_id,
        exam_id="SYN-0",
        file_name=str(centre.package.path),
        sha256="0" * 64,
        wall_ms=NOW_MS,
    )
    _revocations, forged = other_hq.credentials.revoke(
        centre.package.package_id, lost.slot_id, reason="Palsu", keys=other_keys
    )
    other_hq.close()
    with pytest.raises(StationError) as caught:
        centre.station.packages.import_revocations(forged)
    assert not isinstance(caught.value, AccessDeniedError)
    assert centre.station.station.revocations_number() == 0
    assert lost.slot_id in [s.slot_id for s in centre.station.station.slots()]


# --------------------------------------------------------------------- throttle


def _try_wrong(folder: str, wall_ms: int, results) -> None:
    clock = ManualClock(wall_ms=wall_ms)
    with open_station(folder, clock=clock, create=False) as station:
        try:
            station.station.unlock("wrong-passphrase-guess")
            results.put("opened")
        except UnlockThrottledError:
            results.put("throttled")
        except Exception as error:
            results.put(type(error).__name__)


def test_parallel_unlock_tries_are_counted_exactly(centre):
    # Finding (Low): eight parallel tries were all evaluated. Rule: three free tries, then
    # a wait (unlock_delay_ms); the check and the count are one atomic step.
    folder = str(centre.folder / "station-1")
    centre.station.close()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    tries = [context.Process(target=_try_wrong, args=(folder, NOW_MS, results)) for _ in range(8)]
    for process in tries:
        process.start()
    for process in tries:
        process.join(120)
    outcomes = sorted(results.get(timeout=10) for _ in tries)
    assert outcomes.count("throttled") == 5
    assert outcomes.count("WrongSecretError") == 3
    with open_station(folder, clock=ManualClock(wall_ms=NOW_MS), create=False) as station:
        assert station.station.unlock_wait_ms() > 0
    centre.stations.clear()


# ------------------------------------------------------------ reissued packages


def _reissue(world: World, folder: Path) -> Path:
    """HQ builds the same source again (same session ids), a minute later."""
    world.clock.advance(60_000)
    return world.hq.packages.build(
        world.source, keys=world.keys, credential_params=FAST_TEST_PARAMS
    ).path


def test_a_reissued_package_replaces_sessions_nothing_happened_in(centre):
    # Finding (Low): "Key slot 'proctor:…' already exists". Decision (ADR 0026): a newer
    # package replaces a session not released and not begun here.
    again = _reissue(centre, centre.folder)
    with pytest.raises(ReissueRefusedError, match="SYN-S1"):
        centre.station.packages.import_package(again)  # SYN-S1 is released here
    assert len(centre.station.packages.proctors("SYN-S2")) == 2


def test_a_reissue_of_unreleased_sessions_is_taken_and_an_older_one_refused(tmp_path):
    # Decision (ADR 0026): the newer package wins while nothing happened in its sessions;
    # the old credentials stop working; an older package arriving late is refused.
    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = new_hq(tmp_path / "hq", clock)
    world = World(tmp_path, clock, hq, keys)
    station = enrolled_station(world, "station-1")
    world.source = two_session_source(tmp_path / "source", station.station.station_id)
    first = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    clock.advance(60_000)
    second = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    clock.advance(60_000)
    third = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    station.packages.import_package(first.path)
    summary = station.packages.import_package(third.path)
    assert set(summary.sessions) == {"SYN-S1", "SYN-S2"}
    with pytest.raises(ReissueRefusedError, match="paket terbaru"):
        station.packages.import_package(second.path)
    new_code = third.releases[0].release_code
    assert station.packages.release("SYN-S1", new_code, by=PROCTOR).items > 0
    at(world, SESSION_START_MS)
    old = next(line.credential for line in first.credentials if line.session_id == "SYN-S1")
    new = next(line.credential for line in third.credentials if line.session_id == "SYN-S1")
    station.close()
    reopened = open_station(tmp_path / "station-1", clock=clock)
    world.stations[0] = reopened
    with pytest.raises(WrongSecretError):
        reopened.station.unlock(old)
    assert reopened.station.unlock(new).grant.sessions == ("SYN-S1",)
    world.close()


def test_package_build_refuses_sessions_already_over(tmp_path):
    # Finding (Low): a package whose window already ended built without a word.
    clock = ManualClock(wall_ms=SESSION_END_MS + 1)
    hq, keys = new_hq(tmp_path / "hq", clock)
    world = World(tmp_path, clock, hq, keys)
    station = enrolled_station(world, "station-1")
    source = write_synthetic_exam(
        tmp_path / "source", spec=SMALL_SPEC, stations=(station.station.station_id,)
    )
    with pytest.raises(HqError, match="sudah berakhir"):
        hq.packages.build(source, keys=keys, credential_params=FAST_TEST_PARAMS)
    assert not list((tmp_path / "hq" / "packages").glob("*/*.cactpkg"))
    world.close()


# ------------------------------------------------------------- the command line


def test_the_command_line_refuses_vault_changes_with_a_credential(tmp_path, capsys):
    # Finding (High), as reported: `station vault add` and `vault remove field-it` with a
    # PGW- credential in the passphrase file. The CLI runs on the real clock.
    clock = ManualClock(wall_ms=int(time.time() * 1000))
    hq, keys = new_hq(tmp_path / "hq", clock)
    world = World(tmp_path, clock, hq, keys)
    station = enrolled_station(world, "station-1")
    source = two_session_source(
        tmp_path / "source",
        station.station.station_id,
        starts_wall_ms=int(time.time() * 1000) - 5 * 60_000,
    )
    package = hq.packages.build(source, keys=keys, credential_params=FAST_TEST_PARAMS)
    station.packages.import_package(package.path)
    world.close()
    proctor = tmp_path / "pgw.txt"
    proctor.write_text(package.credentials[0].credential + "\n")
    new = tmp_path / "new.txt"
    new.write_text("a-new-long-passphrase\n")
    data = str(tmp_path / "station-1")
    common = ["--data", data, "--passphrase-file", str(proctor)]
    assert main(["vault", "add", "mine", "--new-passphrase-file", str(new), *common]) == 1
    assert "kata sandi teknisi" in capsys.readouterr().err
    assert main(["vault", "remove", "field-it", *common]) == 1
    capsys.readouterr()
    assert main(["vault", "list", *common]) == 0
    listed = capsys.readouterr().out
    assert "field-it" in listed and "mine" not in listed
