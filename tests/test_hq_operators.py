"""HQ operators: named accounts with roles, signed in by password or key file, checked in the
services (ADR 0039, docs/hq-operators.md).

Rule under test: the HQ access table ``station.domain.hq_access.RULES`` (issue 20 item 4):
intake, scoring, reader, hr_export and admin each do only their own work; a wrong password,
an unknown or removed operator, or a role without the right is refused with exit code 2 and
nothing done; wrong passwords are throttled (three free, then 30 s doubling) and audited; the
last admin cannot be removed.
"""

from __future__ import annotations

import inspect
import os
import re
import stat
from pathlib import Path

import pytest

from station.cli.main import main
from station.domain.hq_access import RULES, HqAction, HqRole, allowed
from station.domain.timing import ManualClock
from station.hq.app import open_headquarters
from station.hq.operators import (
    LoginThrottledError,
    NotSignedInError,
    OperatorError,
    OperatorRemovedError,
    RoleRefusedError,
    UnknownOperatorError,
    WrongOperatorSecretError,
)
from tests.support.world import (
    HQ_OPERATOR,
    HQ_OPERATOR_PASSWORD,
    HQ_PASSPHRASE,
    NOW_MS,
    OPERATOR_PASSWORD,
    act_as,
    new_hq,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(wall_ms=NOW_MS)


@pytest.fixture
def hq(tmp_path, clock):
    built, _keys = new_hq(tmp_path / "hq", clock)
    yield built
    built.close()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------- every service checks


def calls(hq, tmp_path: Path):
    """One call of the service behind each action; a refusal must come before any work, so
    the arguments need not be valid."""
    keys = object()
    nothing = tmp_path / "nothing"
    return {
        HqAction.MANAGE_OPERATORS: hq.operators.list,
        HqAction.KEY_SLOTS: lambda: hq.setup.change_key_passphrase(keys, "remove", "x"),
        HqAction.EXPORT_TRUST: lambda: hq.setup.export_trust(nothing),
        HqAction.BUILD_PACKAGE: lambda: hq.packages.build(nothing, keys=keys),
        HqAction.BUILD_UPDATE: lambda: hq.releases.build_update(
            nothing, min_version="1", notes={}, keys=keys, out=nothing
        ),
        HqAction.ISSUE_UPLOAD_SERVICE: lambda: hq.setup.issue_upload_service(
            "https://x:1", keys=keys, folder=nothing
        ),
        HqAction.REVOKE_STATION: lambda: hq.setup.revoke("STN-X", reason="r", keys=keys),
        HqAction.ISSUE_CRL: lambda: hq.setup.issue_crl(keys=keys),
        HqAction.REVOKE_CREDENTIAL: lambda: hq.credentials.revoke("P", "s", reason="r", keys=keys),
        HqAction.ACCESS_LOG: hq.results.access_log,
        HqAction.DATABASE_ROLES: hq.setup.database_roles,
        HqAction.ENROLL_STATION: lambda: hq.setup.enroll(b"", keys=keys),
        HqAction.LIST_STATIONS: hq.setup.stations,
        HqAction.INGEST: lambda: hq.intake.ingest([nothing], keys=keys),
        HqAction.OPEN_BUNDLE: lambda: hq.intake.open(nothing, keys=keys),
        HqAction.SCORE: hq.scoring.score_all,
        HqAction.RESCORE: hq.scoring.rescore,
        HqAction.REVIEW: lambda: hq.results.review("1", by="a", reason="b"),
        HqAction.IMPORT_RATINGS: lambda: hq.scoring.import_ratings(nothing),
        HqAction.PRINT_PROFILE: lambda: hq.results.profile("1", nothing),
        HqAction.LIST_ATTEMPTS: hq.results.attempts,
        HqAction.VIEW_ANOMALIES: hq.results.anomalies,
        HqAction.LOOKUP_RECEIPT: lambda: hq.results.lookup("ZZZZZ-ZZZZZ"),
        HqAction.PRINT_SUMMARY: lambda: hq.results.summary(nothing),
        HqAction.EXPORT_HR: lambda: hq.results.export_hr(nothing, file_format="csv"),
    }


def test_every_action_of_the_table_is_checked_by_its_service(hq, tmp_path):
    # Rule: RULES; each service refuses an operator whose roles lack the action, before it works.
    services = calls(hq, tmp_path)
    assert set(services) | {HqAction.HOUSEKEEPING} == set(RULES), (
        "a new action needs its service call here"
    )
    for action, call in services.items():
        others = [role for role in HqRole if role not in RULES[action].roles]
        act_as(hq, f"without-{action}".replace("_", "-"), *others)
        with pytest.raises(RoleRefusedError, match="tidak boleh"):
            call()
    assert not (tmp_path / "nothing").exists()
    act_as(hq, HQ_OPERATOR)
    refused = [e for e in hq.results.access_log() if e.action == "action_refused"]
    assert sorted(e.subject for e in refused) == sorted(str(a) for a in services)


def more_calls(hq, tmp_path: Path):
    """The public service methods besides the one per action above that read or change data."""
    keys = object()
    nothing = tmp_path / "nothing"
    return {
        "HqResults.hr_records": (HqAction.EXPORT_HR, hq.results.hr_records),
        "HqResults.siasn_records": (HqAction.EXPORT_HR, hq.results.siasn_records),
        "HqResults.scores": (HqAction.LIST_ATTEMPTS, hq.results.scores),
        "HqResults.verify_access_log": (HqAction.ACCESS_LOG, hq.results.verify_access_log),
        "HqIntake.ingest_one": (HqAction.INGEST, lambda: hq.intake.ingest_one(nothing, keys=keys)),
        "HqIntake.ingest_data": (
            HqAction.INGEST,
            lambda: hq.intake.ingest_data(b"PK", "x.cactres", keys=keys),
        ),
        "HqQueue.enqueue": (HqAction.INGEST, lambda: hq.queue.enqueue([nothing])),
        "HqQueue.status": (HqAction.INGEST, hq.queue.status),
        "HqQueue.worker": (
            HqAction.INGEST,
            lambda: hq.queue.worker(keys=keys, name="w", log=print),
        ),
        "HqIntake.kept_copy": (
            HqAction.HOUSEKEEPING,
            lambda: hq.intake.kept_copy(nothing, "A-1", keys=keys),
        ),
        "HqConflicts.in_conflict": (HqAction.HOUSEKEEPING, hq.conflicts.in_conflict),
        "HqConflicts.choose": (HqAction.HOUSEKEEPING, lambda: hq.conflicts.choose("A-1", "S")),
        "HqConflicts.needs_keys": (
            HqAction.HOUSEKEEPING,
            lambda: hq.conflicts.needs_keys("A-1", "S"),
        ),
        "HqConflicts.resolve": (
            HqAction.HOUSEKEEPING,
            lambda: hq.conflicts.resolve("A-1", keep="S", reason="r"),
        ),
        "HqHousekeeping.purge": (
            HqAction.HOUSEKEEPING,
            lambda: hq.housekeeping.purge(hq.housekeeping.policy()),
        ),
        "HqHousekeeping.delete_person": (
            HqAction.HOUSEKEEPING,
            lambda: hq.housekeeping.delete_person("1", request="R", reason="r"),
        ),
        "HqHousekeeping.hold": (
            HqAction.HOUSEKEEPING,
            lambda: hq.housekeeping.hold(nip="1", reference="R", reason="r"),
        ),
        "HqHousekeeping.lift": (HqAction.HOUSEKEEPING, lambda: hq.housekeeping.lift(1)),
        "HqHousekeeping.holds": (HqAction.HOUSEKEEPING, hq.housekeeping.holds),
        "HqHousekeeping.tombstones": (HqAction.HOUSEKEEPING, hq.housekeeping.tombstones),
        "HqOperators.add": (
            HqAction.MANAGE_OPERATORS,
            lambda: hq.operators.add("x", roles=frozenset({HqRole.ADMIN}), password="x" * 20),
        ),
        "HqOperators.remove": (HqAction.MANAGE_OPERATORS, lambda: hq.operators.remove(HQ_OPERATOR)),
    }


FREE = {
    "HqSetup.initialize": "makes a new HQ's keys; refuses a folder that has any",
    "HqSetup.station_exchange_key": "a station's public key",
    "HqIntake.thresholds": "the anomaly thresholds, rules not data",
    "HqCredentials.folder": "where the published revocation lists are",
    "HqCredentials.latest": "the newest published credential revocation list",
    "HqHousekeeping.policy": "the retention policy file, rules not data",
    "HqOperators.add_first_admin": "proven by the HQ passphrase, only while HQ has no operator",
    "HqOperators.any_active": "whether HQ has an operator yet (before anyone can sign in)",
    "HqOperators.check_new": "checks a name and password, touches nothing",
    "HqOperators.change_secret": "one's own secret, or an admin's check inside",
    "HqOperators.info": "one account's name and roles (the test world's sign-in helper)",
}


def test_every_public_service_method_checks_the_role_before_it_works(hq, tmp_path):
    # Rule: RULES (issue 20 item 4) — no service entry point reads or changes data for an
    # operator whose roles lack its action, nor does part of the work before refusing.
    services = [
        hq.setup, hq.packages, hq.releases, hq.intake, hq.scoring, hq.results,
        hq.credentials, hq.conflicts, hq.housekeeping, hq.operators, hq.queue,
    ]  # fmt: skip
    public = {
        f"{type(service).__name__}.{name}"
        for service in services
        for name, _ in inspect.getmembers(type(service))
        if not name.startswith("_")
    }
    by_action = {
        f"{type(call.__self__).__name__}.{call.__name__}"
        for call in calls(hq, tmp_path).values()
        if inspect.ismethod(call)
    }
    extra = more_calls(hq, tmp_path)
    covered = by_action | set(extra) | set(FREE)
    assert not {m for m in public if m not in covered and not _in_calls_source(m)}, (
        "a new public service method needs a role check and a line in more_calls, or FREE"
    )
    unchecked = []
    for name, (action, call) in extra.items():
        others = [role for role in HqRole if role not in RULES[action].roles]
        act_as(hq, f"tanpa-{action}".replace("_", "-"), *others)
        try:
            call()
        except RoleRefusedError:
            continue
        except Exception:  # any other failure means it worked before checking
            pass
        unchecked.append(name)
    assert unchecked == []
    assert not (tmp_path / "nothing").exists()


def _in_calls_source(method: str) -> bool:
    """Whether ``calls`` above calls ``method`` (its lambdas name it)."""
    service, name = method.split(".")
    attribute = {
        "HqSetup": "setup",
        "HqPackages": "packages",
        "HqReleases": "releases",
        "HqIntake": "intake",
        "HqScoring": "scoring",
        "HqResults": "results",
        "HqCredentials": "credentials",
        "HqConflicts": "conflicts",
        "HqHousekeeping": "housekeeping",
        "HqOperators": "operators",
    }[service]
    return f"hq.{attribute}.{name}" in inspect.getsource(calls)


def test_each_role_does_its_own_work(hq, tmp_path):
    # Rule: RULES — a reader may look up a receipt but not export; hr_export the reverse.
    act_as(hq, "pembaca", HqRole.READER)
    assert hq.results.lookup("ZZZZZ-ZZZZZ").arrived is False
    with pytest.raises(RoleRefusedError, match="hr_export"):
        hq.results.export_hr(tmp_path / "hr.csv", file_format="csv")
    act_as(hq, "kepegawaian", HqRole.HR_EXPORT)
    assert hq.results.export_hr(tmp_path / "hr.csv", file_format="csv") == 0
    with pytest.raises(RoleRefusedError, match="reader"):
        hq.results.lookup("ZZZZZ-ZZZZZ")
    act_as(hq, "penilai", HqRole.SCORING)
    assert hq.scoring.score_all().scored == 0
    with pytest.raises(RoleRefusedError):
        hq.operators.add("lain", roles=frozenset({HqRole.ADMIN}), password="x" * 20)
    assert allowed({HqRole.INTAKE}, HqAction.INGEST)
    assert not allowed({HqRole.READER}, HqAction.INGEST)


def test_a_service_refuses_when_nobody_signed_in(tmp_path, clock):
    new_hq(tmp_path / "hq", clock)[0].close()
    with (
        open_headquarters(tmp_path / "hq", clock=clock) as again,
        pytest.raises(NotSignedInError, match="CACT_HQ_OPERATOR"),
    ):
        again.results.lookup("ZZZZZ-ZZZZZ")


def test_a_removed_operator_is_refused_at_once_even_while_signed_in(hq):
    act_as(hq, "sari", HqRole.READER)
    act_as(hq, HQ_OPERATOR)
    other = open_headquarters(hq.paths.root, clock=ManualClock(wall_ms=NOW_MS))
    other.sign_in("sari", password=OPERATOR_PASSWORD)
    hq.operators.remove("sari")
    with pytest.raises(OperatorRemovedError, match="dihapus"):
        other.results.lookup("ZZZZZ-ZZZZZ")
    with pytest.raises(OperatorRemovedError):
        other.sign_in("sari", password=OPERATOR_PASSWORD)
    other.close()


# --------------------------------------------------------------- passwords and key files


def test_wrong_passwords_are_throttled_and_audited(hq, clock):
    # Rule: login_delay_ms — three wrong in a row are free, the fourth try waits 30 s.
    act_as(hq, "budi", HqRole.READER)
    for _ in range(3):
        with pytest.raises(WrongOperatorSecretError, match="salah"):
            hq.sign_in("budi", password="not-his-password")
    with pytest.raises(LoginThrottledError, match="30 detik"):
        hq.sign_in("budi", password=OPERATOR_PASSWORD)  # even the right one waits
    clock.jump_wall(30_000)
    assert hq.sign_in("budi", password=OPERATOR_PASSWORD).name == "budi"
    act_as(hq, HQ_OPERATOR)
    failed = [e for e in hq.results.access_log() if e.action == "sign_in_failed"]
    assert [(e.operator, e.subject) for e in failed] == [("-", "budi")] * 3
    with pytest.raises(UnknownOperatorError, match="tidak dikenal"):
        hq.sign_in("siapa", password="whatever-password")
    assert hq.results.access_log() != []  # uji still signed in: the failure changed nobody
    act_as(hq, HQ_OPERATOR)
    assert hq.results.access_log()[-1].subject == "siapa"


def test_a_wrong_secret_loop_cannot_lock_out_a_key_file_admin(hq, clock, tmp_path):
    # Rule: login_delay_ms throttles guessable secrets only. A key file holds 256 random bits
    # (NIST SP 800-63B 5.2.2 asks rate limiting of authenticators under 64 bits of entropy):
    # anyone who knows the name could otherwise keep HQ's admin out for good by trying once
    # every 15 minutes. Each wrong try is still in the access log.
    act_as(hq, HQ_OPERATOR)
    key = tmp_path / "admin.key"
    hq.operators.add("darurat", roles=frozenset({HqRole.ADMIN}), key_file=key)
    wrong = tmp_path / "wrong.key"
    wrong.write_bytes(os.urandom(32))
    for _ in range(10):
        with pytest.raises(WrongOperatorSecretError):
            hq.sign_in("darurat", key_file=wrong)
    assert hq.sign_in("darurat", key_file=key).name == "darurat"
    failed = [e for e in hq.results.access_log() if e.action == "sign_in_failed"]
    assert [e.subject for e in failed] == ["darurat"] * 10


def test_a_throttled_try_is_logged_and_an_admin_lifts_the_wait_with_passwd(hq, clock, tmp_path):
    # Rule: login_delay_ms; a lock-out attempt shows in the access log (who was kept out, how
    # long), and an admin setting a new password clears the count (ADR 0039).
    act_as(hq, "budi", HqRole.READER)
    for _ in range(3):
        with pytest.raises(WrongOperatorSecretError):
            hq.sign_in("budi", password="not-his-password")
    with pytest.raises(LoginThrottledError):
        hq.sign_in("budi", password=OPERATOR_PASSWORD)
    act_as(hq, HQ_OPERATOR)
    (throttled,) = [e for e in hq.results.access_log() if e.action == "sign_in_throttled"]
    assert (throttled.operator, throttled.subject) == ("-", "budi")
    assert "30000" in throttled.detail
    hq.operators.change_secret("budi", password="a-new-long-password")
    assert hq.sign_in("budi", password="a-new-long-password").name == "budi"


def test_passwords_are_stored_only_as_argon2id_verifiers(hq):
    act_as(hq, "rina", HqRole.READER)
    row = hq.storage.operators.operator("rina")
    assert OPERATOR_PASSWORD not in row.password and '"argon2id"' in row.password
    with pytest.raises(OperatorError, match="12 karakter"):
        act_as(hq, HQ_OPERATOR)
        hq.operators.add("pendek", roles=frozenset({HqRole.READER}), password="short")


def test_a_key_file_operator_signs_in_with_the_file_only(hq, tmp_path):
    act_as(hq, HQ_OPERATOR)
    key = tmp_path / "kunci" / "worker.key"
    key.parent.mkdir()
    info = hq.operators.add("pekerja", roles=frozenset({HqRole.INTAKE}), key_file=key)
    assert info.method == "key-file"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_bytes()) == 32
    assert hq.sign_in("pekerja", key_file=key).roles == frozenset({HqRole.INTAKE})
    other = tmp_path / "other.key"
    other.write_bytes(os.urandom(32))
    with pytest.raises(WrongOperatorSecretError):
        hq.sign_in("pekerja", key_file=other)
    with pytest.raises(WrongOperatorSecretError, match="--key-file"):
        hq.sign_in("pekerja", password="anything-at-all")
    with pytest.raises(OperatorError, match="sudah ada"):
        act_as(hq, HQ_OPERATOR)
        hq.operators.add("kedua", roles=frozenset({HqRole.INTAKE}), key_file=key)


def test_adding_a_name_already_taken_writes_no_key_file(hq, tmp_path):
    # Rule (ADR 0039): bad input loses nothing and leaves nothing: a refused account leaves no
    # secret file lying about that proves nobody.
    act_as(hq, "rina", HqRole.READER)
    act_as(hq, HQ_OPERATOR)
    key = tmp_path / "rina.key"
    with pytest.raises(OperatorError, match="sudah ada"):
        hq.operators.add("rina", roles=frozenset({HqRole.INTAKE}), key_file=key)
    assert not key.exists()


def test_an_operator_name_with_control_characters_is_refused(hq):
    # Rule (ADR 0039): a name is printed in every listing and log line; one that holds terminal
    # escapes or invisible format characters (right-to-left override) could disguise itself.
    act_as(hq, HQ_OPERATOR)
    for name in ("rina\x1b[2J", "rina\u202egnp", "rina\x00"):
        with pytest.raises(OperatorError, match="Nama petugas"):
            hq.operators.add(name, roles=frozenset({HqRole.READER}), password="x" * 20)


def test_an_operator_changes_their_own_password_but_not_anothers(hq):
    act_as(hq, "rina", HqRole.READER)
    act_as(hq, "budi", HqRole.READER)
    with pytest.raises(RoleRefusedError):
        hq.operators.change_secret("rina", password="budi-chose-this-one")
    hq.operators.change_secret("budi", password="budi-new-password")
    with pytest.raises(WrongOperatorSecretError):
        hq.sign_in("budi", password=OPERATOR_PASSWORD)
    hq.sign_in("budi", password="budi-new-password")


def test_the_last_admin_cannot_be_removed(hq):
    act_as(hq, HQ_OPERATOR)
    with pytest.raises(OperatorError, match="admin terakhir"):
        hq.operators.remove(HQ_OPERATOR)
    act_as(hq, "kepala", HqRole.ADMIN)
    hq.operators.remove(HQ_OPERATOR)
    with pytest.raises(OperatorError, match="admin terakhir"):
        hq.operators.remove("kepala")
    assert [o.name for o in hq.operators.list() if o.removed_wall_ms is None] == ["kepala"]


# --------------------------------------------------------------- the command line


@pytest.fixture
def cli_hq(tmp_path, monkeypatch, capsys):
    """An HQ made by ``station hq init`` with its first admin from the environment."""
    folder = tmp_path / "hq"
    passphrase = tmp_path / "hq-pass.txt"
    passphrase.write_text(HQ_PASSPHRASE + "\n")
    code, out, _ = run(capsys, "hq", "init", "--dir", folder, "--passphrase-file", passphrase)
    assert code == 0 and f"Admin pertama: {HQ_OPERATOR}." in out
    secret = tmp_path / "reader.txt"
    secret.write_text(OPERATOR_PASSWORD + "\n")
    code, out, _ = run(
        capsys,
        "hq",
        "operator",
        "add",
        "rina",
        "--role",
        "reader",
        "--new-password-file",
        secret,
        "--dir",
        folder,
    )
    assert code == 0 and "rina ditambahkan dengan peran reader" in out
    return folder, secret


def test_the_command_line_refuses_with_exit_2_and_says_why(cli_hq, capsys, monkeypatch, tmp_path):
    folder, secret = cli_hq
    out_file = tmp_path / "hr.csv"
    export = ("hq", "export-hr", "--out", out_file, "--dir", folder)
    monkeypatch.setenv("CACT_HQ_PASSWORD", "a-wrong-password")
    code, _, err = run(capsys, *export)
    assert code == 2 and f"Kata sandi atau berkas kunci petugas {HQ_OPERATOR} salah" in err
    monkeypatch.setenv("CACT_HQ_PASSWORD", HQ_OPERATOR_PASSWORD)
    code, _, err = run(capsys, *export, "--operator", "siapa")
    assert code == 2 and "Petugas siapa tidak dikenal" in err
    code, _, err = run(capsys, *export, "--operator", "rina", "--password-file", secret)
    assert code == 2 and "Petugas rina (peran: reader) tidak boleh mengekspor hasil" in err
    assert "perlu peran hr_export" in err
    code, _out, _ = run(capsys, "hq", "operator", "remove", "rina", "--dir", folder)
    assert code == 0
    code, _, err = run(capsys, *export, "--operator", "rina", "--password-file", secret)
    assert code == 2 and "Akun petugas rina telah dihapus" in err
    monkeypatch.delenv("CACT_HQ_OPERATOR")
    code, _, err = run(capsys, *export)
    assert code == 2 and "--operator NAMA" in err
    assert not out_file.exists()
    monkeypatch.setenv("CACT_HQ_OPERATOR", HQ_OPERATOR)
    code, _, _ = run(capsys, *export)
    assert code == 0 and out_file.exists()


@pytest.mark.parametrize(
    "command",
    [
        ("crl",),
        ("revoke", "STN-X", "--reason", "r"),
        ("credential", "revoke", "--package", "P", "--slot", "s", "--reason", "r"),
        ("passphrase", "remove", "escrow"),
        ("ingest", "nothing.cactres"),
        ("open", "nothing.cactres"),
        ("package", "build", "nothing.json"),
    ],
    ids=lambda c: "-".join(c[:2]),
)
def test_an_operator_without_the_role_is_refused_before_the_hq_passphrase_is_asked(
    cli_hq, capsys, tmp_path, command
):
    # Rule: RULES, refused before any work: the HQ passphrase is not read, let alone tried, for
    # an operator who may not do the command (no prompt for nothing, no passphrase oracle).
    folder, secret = cli_hq
    wrong = tmp_path / "wrong-passphrase.txt"
    wrong.write_text("not the HQ passphrase\n")
    command = ("open", str(tmp_path / "b.cactres")) if command[0] == "open" else command
    code, out, err = run(
        capsys,
        "hq",
        *command,
        "--dir",
        folder,
        "--operator",
        "rina",
        "--password-file",
        secret,
        "--passphrase-file",
        wrong,
    )
    assert code == 2, out + err
    assert "Petugas rina (peran: reader) tidak boleh" in err


def test_operator_add_and_passwd_refuse_a_non_admin_before_asking_for_a_password(cli_hq, capsys):
    # Rule: RULES (manage_operators is admin's), refused before any work: a reader is not asked
    # for a new account's password (nor anyone else's) only to be refused after typing it.
    folder, secret = cli_hq
    me = ("--dir", folder, "--operator", "rina", "--password-file", secret)
    code, _, err = run(capsys, "hq", "operator", "add", "baru", "--role", "reader", *me)
    assert code == 2 and "tidak boleh mengelola akun petugas" in err
    code, _, err = run(capsys, "hq", "operator", "passwd", HQ_OPERATOR, *me)
    assert code == 2 and "tidak boleh mengelola akun petugas" in err


def test_the_refusals_in_english(cli_hq, capsys):
    folder, _secret = cli_hq
    code, _, err = run(
        capsys,
        "hq",
        "lookup",
        "ZZZZZ-ZZZZZ",
        "--dir",
        folder,
        "--operator",
        "siapa",
        "--lang",
        "en",
    )
    assert code == 2 and "Operator siapa is not known at this HQ" in err


def test_operator_list_and_a_key_file_from_the_command_line(cli_hq, capsys, tmp_path):
    folder, _secret = cli_hq
    key = tmp_path / "pekerja.key"
    code, out, _ = run(
        capsys,
        "hq",
        "operator",
        "add",
        "pekerja",
        "--role",
        "intake",
        "--key-file",
        key,
        "--dir",
        folder,
    )
    assert code == 0 and str(key) in out
    code, out, _ = run(capsys, "hq", "operator", "list", "--dir", folder)
    assert code == 0
    assert re.search(r"^pekerja\s+intake\s+key-file\s+aktif", out, re.M), out
    assert re.search(
        rf"^{HQ_OPERATOR}\s+admin,hr_export,intake,reader,scoring\s+password", out, re.M
    )
    code, out, _ = run(
        capsys, "hq", "stations", "--dir", folder, "--operator", "pekerja", "--key-file", key
    )
    assert code == 0


def test_db_roles_on_sqlite_says_it_does_not_apply(cli_hq, capsys):
    folder, _ = cli_hq
    code, out, _ = run(capsys, "hq", "db-roles", "--print", "--dir", folder)
    assert code == 0 and "tidak berlaku" in out


def test_the_db_roles_grant_least_privilege_on_postgresql(postgres_url):
    # Rule: the services are not operators; each gets only its own rights (ADR 0039).
    from station.hq.db_roles import database_roles_sql
    from station.hq.storage.operators import m_operators
    from station.hq.storage.postgres import PostgresSql
    from station.hq.storage.sql import migrate_sql
    from station.store.errors import StoreError
    from tests.test_hq_access_log_chain import _access_log_as_in_migration_2

    sql = PostgresSql.connect(postgres_url)
    migrate_sql(sql, [_access_log_as_in_migration_2, m_operators])
    sql.execute(
        "CREATE TABLE ingest_queue (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        " sha256 TEXT NOT NULL)"
    )
    sql.execute("CREATE TABLE attempts (attempt_id TEXT PRIMARY KEY, lookup_code TEXT)")
    tables = {
        r[0]
        for r in sql.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    sql.conn.execute(database_roles_sql(tables))
    sql.execute("SET ROLE cact_upload")
    assert sql.execute("INSERT INTO ingest_queue (sha256) VALUES ('a')") == 1
    for statement in (
        "INSERT INTO access_log (wall_ms, operator, action, subject) VALUES (1, 'x', 'y', 'z')",
        "SELECT * FROM attempts",
        "SELECT * FROM ingest_queue",
    ):
        with pytest.raises(StoreError, match="tidak berhak"):
            sql.execute(statement)
    sql.execute("RESET ROLE")
    sql.execute("SET ROLE cact_worker")
    sql.execute(
        "INSERT INTO access_log (wall_ms, operator, action, subject) VALUES (1, 'x', 'y', 'z')"
    )
    for statement in ("UPDATE access_log SET detail = 'x'", "DELETE FROM access_log"):
        with pytest.raises(StoreError, match="tidak berhak"):
            sql.execute(statement)
    sql.execute("RESET ROLE")
    sql.execute("SET ROLE cact_reader")
    assert sql.rows("SELECT * FROM attempts") == []
    with pytest.raises(StoreError, match="tidak berhak"):
        sql.execute("SELECT * FROM access_log")
    sql.execute("RESET ROLE")
    sql.close()


# --------------------------------------------------------------- the table for people


def test_the_operators_page_lists_exactly_the_table():
    # Rule: docs/hq-operators.md is the table people read; it must say what the code enforces.
    page = (ROOT / "docs" / "hq-operators.md").read_text("utf-8")
    rows = re.findall(r"^\| `(\w+)` \|[^|]*\| ([a-z_, ]+) \|$", page, flags=re.M)
    documented = {name: {r.strip() for r in roles.split(",")} for name, roles in rows}
    assert documented == {str(a): {str(r) for r in rule.roles} for a, rule in RULES.items()}


def test_an_hq_older_than_operators_gets_its_first_admin_with_the_hq_passphrase(
    tmp_path, clock, capsys
):
    # Rule: ADR 0039 — an HQ upgraded to schema 6 has no operator; the HQ passphrase proves
    # custody once, for the first admin only.
    from station.crypto.vault import FAST_TEST_PARAMS

    folder = tmp_path / "hq"
    with open_headquarters(folder, clock=clock, create=True) as old:
        old.setup.initialize(name="HQ Lama", passphrase=HQ_PASSPHRASE, params=FAST_TEST_PARAMS)
    passphrase, secret = tmp_path / "hq.txt", tmp_path / "admin.txt"
    passphrase.write_text(HQ_PASSPHRASE + "\n")
    secret.write_text(HQ_OPERATOR_PASSWORD + "\n")
    add = ("hq", "operator", "add", HQ_OPERATOR, "--role", "admin", "--dir", folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-hq-passphrase\n")
    code, _, _ = run(capsys, *add, "--new-password-file", secret, "--passphrase-file", wrong)
    assert code != 0
    code, out, _ = run(capsys, *add, "--new-password-file", secret, "--passphrase-file", passphrase)
    assert code == 0 and "admin pertama (admin)" in out
    code, _, err = run(
        capsys,
        "hq",
        "operator",
        "add",
        "lain",
        "--role",
        "admin",
        "--dir",
        folder,
        "--new-password-file",
        secret,
        "--operator",
        "lain",
    )
    assert code == 2 and "tidak dikenal" in err  # the second needs an admin signed in


def test_init_with_a_short_admin_password_makes_nothing(tmp_path, capsys, monkeypatch):
    # Rule: bad input loses nothing and leaves nothing half made (house rules).
    passphrase = tmp_path / "hq.txt"
    passphrase.write_text(HQ_PASSPHRASE + "\n")
    monkeypatch.setenv("CACT_HQ_PASSWORD", "short")
    code, _, err = run(
        capsys, "hq", "init", "--dir", tmp_path / "hq", "--passphrase-file", passphrase
    )
    assert code != 0 and "sedikitnya 12 karakter" in err
    assert not (tmp_path / "hq" / "keys").exists()


def test_an_operator_changes_their_password_from_the_command_line(cli_hq, capsys, tmp_path):
    folder, secret = cli_hq
    new = tmp_path / "new.txt"
    new.write_text("rina-chose-a-new-one\n")
    as_rina = ("--dir", folder, "--operator", "rina")
    code, out, _ = run(
        capsys,
        "hq",
        "operator",
        "passwd",
        "rina",
        *as_rina,
        "--password-file",
        secret,
        "--new-password-file",
        new,
    )
    assert code == 0 and "rina diganti" in out
    code, _, err = run(capsys, "hq", "lookup", "ZZZZZ-ZZZZZ", *as_rina, "--password-file", secret)
    assert code == 2 and "salah" in err
    code, out, _ = run(capsys, "hq", "lookup", "ZZZZZ-ZZZZZ", *as_rina, "--password-file", new)
    assert code == 1 and "belum diterima" in out  # signed in; the code simply has not arrived


def test_the_receipt_page_answers_as_cact_reader_on_hqs_real_schema(
    tmp_path, monkeypatch, postgres_server
):
    # Rule (ADR 0039, ADR 0029): the public receipt page runs as cact_reader, which may read
    # what a receipt check needs and nothing that names a person beyond it: it must answer
    # "received", "not received" and a deleted person's kept proof, and be refused the rest.
    from station.hq.db_roles import database_roles_sql
    from station.hq.receipt_check import Outcome, ReceiptCheck
    from station.hq.storage import HqStorage
    from station.store.errors import StoreError
    from tests.support.hq_backend import ENV
    from tests.support.scored import build_scored_world

    monkeypatch.setenv(ENV, "postgresql")
    built = build_scored_world(tmp_path)
    world = built.world
    sql = world.hq.storage.sql
    tables = {
        r[0]
        for r in sql.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    sql.conn.execute(database_roles_sql(tables))
    receipt = world.station.sittings.open(built.attempts["top"]).receipt()
    other = world.station.sittings.open(built.attempts["bottom"]).receipt()
    act_as(world.hq, HQ_OPERATOR)
    world.hq.housekeeping.delete_person(
        built.people["bottom"]["nip"], request="DPO-1", reason="permintaan", confirm=True
    )
    page = HqStorage.open_read_only(postgres_server.url(sql.conn.info.dbname, user="cact_reader"))
    check = ReceiptCheck(page)
    assert check.check(receipt.lookup_code, receipt.short_fingerprint).outcome is Outcome.RECEIVED
    assert check.check(other.lookup_code, other.short_fingerprint).outcome is Outcome.RECEIVED
    assert check.check("ZZZZZ-ZZZZZ", receipt.short_fingerprint).outcome is Outcome.NOT_RECEIVED
    for table in ("candidates", "answers", "events", "scores", "operators", "access_log"):
        with pytest.raises(StoreError, match="tidak berhak"):
            page.sql.rows(f"SELECT * FROM {table}")
    page.close()
    world.close()


def test_the_ingest_worker_ingests_as_cact_worker_on_hqs_real_schema(
    tmp_path, monkeypatch, postgres_server
):
    # Rule (ADR 0039): the ingest worker runs as cact_worker, an intake operator signed in: it
    # must be able to do its whole job (sign in, ingest, write the receipt and the log).
    from station.hq.app import open_headquarters
    from station.hq.database_choice import record_database
    from station.hq.db_roles import database_roles_sql
    from tests.support.hq_backend import ENV
    from tests.support.world import build_world, sit

    monkeypatch.setenv(ENV, "postgresql")
    world = build_world(tmp_path / "world")
    sit(world, world.station, 2)
    bundle = world.station.export.export(tmp_path / "usb")
    act_as(world.hq, "pekerja", HqRole.INTAKE)
    sql = world.hq.storage.sql
    tables = {
        r[0]
        for r in sql.rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    }
    sql.conn.execute(database_roles_sql(tables))
    record_database(world.hq.paths, postgres_server.url(sql.conn.info.dbname, user="cact_worker"))
    worker = open_headquarters(world.hq.paths.root, clock=world.clock)
    worker.sign_in("pekerja", password=OPERATOR_PASSWORD)
    outcome = worker.intake.ingest_one(bundle.path, keys=world.keys)
    assert outcome.status == "accepted", outcome.problem
    worker.close()
    world.close()
