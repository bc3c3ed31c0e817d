"""HQ's access log is evidence: each line chained to the one before and signed; a signed head
outside the database; ``station hq access-log --verify`` names the first line edited, deleted
or cut off (ADR 0039).

Rule checked: UU 27/2022 asks HQ to account for who opened, exported or printed whose data
(docs/privacy.md); issue 20 item 4 asks that the record cannot be edited unseen by someone who
can write to the database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli.main import main
from station.domain.hq_access import HqAction, HqRole
from station.domain.timing import ManualClock
from station.hq.access_log import AccessLog, line_hash
from station.hq.app import open_headquarters
from station.hq.keys import HqPaths
from station.hq.operators import UnknownOperatorError
from station.hq.storage.operators import OperatorStore, m_operators
from station.hq.storage.postgres import PostgresSql
from station.hq.storage.sql import Sql, migrate_sql
from station.hq.storage.sqlite import SqliteSql
from tests.support.world import NOW_MS, act_as, new_hq


def _access_log_as_in_migration_2(sql: Sql) -> None:
    """The access log as HQ's migration 2 makes it (ported to both engines by the PostgreSQL
    work); migration 6 (``m_operators``) then chains it."""
    sql.execute(
        sql.dialect.ddl(
            "CREATE TABLE access_log (id {identity_pk}, wall_ms {bigint} NOT NULL,"
            " operator TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT)"
        )
    )


def open_sql(where: str) -> Sql:
    if where.startswith("postgresql://"):
        return PostgresSql.connect(where)
    return SqliteSql.open(Path(where))


@pytest.fixture
def chain(hq_database: str, tmp_path: Path):
    sql = open_sql(hq_database)
    migrate_sql(sql, [_access_log_as_in_migration_2, m_operators])
    log = AccessLog(HqPaths(tmp_path / "hq"), OperatorStore(sql), ManualClock(wall_ms=NOW_MS))
    yield sql, log
    sql.close()


def write_lines(log: AccessLog, count: int) -> None:
    for number in range(1, count + 1):
        log.append(operator="rina", action="profile_printed", subject=f"NIP-{number}", detail="p")


def test_an_untouched_log_is_intact_on_both_backends(chain):
    _sql, log = chain
    write_lines(log, 5)
    result = log.verify()
    assert result.intact and result.lines == 5 and result.head_seq == 5


def test_an_edited_detail_is_named_by_its_line(chain):
    sql, log = chain
    write_lines(log, 5)
    with sql.transaction():
        sql.execute("UPDATE access_log SET detail = 'edited' WHERE seq = 3")
    (finding,) = log.verify().findings
    assert (finding.kind, finding.seq) == ("edited", 3)
    assert "Baris 3 diubah" in finding.message.render()


def test_an_edit_that_recomputes_the_hash_still_fails_the_signature(chain):
    sql, log = chain
    write_lines(log, 3)
    line = next(line for line in log._store.lines() if line.seq == 2)
    forged = type(line)(**{**{f: getattr(line, f) for f in line.__slots__}, "subject": "other"})
    with sql.transaction():
        sql.execute(
            "UPDATE access_log SET subject = 'other', line_hash = ? WHERE seq = 2",
            (line_hash(forged),),
        )
    kinds = [(f.kind, f.seq) for f in log.verify().findings]
    assert kinds[0] == ("edited", 2)


def test_a_deleted_middle_line_is_found(chain):
    sql, log = chain
    write_lines(log, 5)
    with sql.transaction():
        sql.execute("DELETE FROM access_log WHERE seq = 3")
    finding = log.verify().findings[0]
    assert (finding.kind, finding.seq) == ("deleted", 3)
    assert "Baris 3 hilang dari tengah log" in finding.message.render()


def test_deleted_last_lines_are_a_truncated_tail(chain):
    sql, log = chain
    write_lines(log, 5)
    with sql.transaction():
        sql.execute("DELETE FROM access_log WHERE seq >= 4")
    (finding,) = log.verify().findings
    assert (finding.kind, finding.seq) == ("truncated", 4)
    assert "baris 4 sampai 5 hilang" in finding.message.render()


def roll_back_to(sql: Sql, log: AccessLog, seq: int) -> None:
    """What restoring an older copy of the database does to the log: the lines after ``seq``
    gone and the tip row back at ``seq``, every line left still consistent."""
    kept = next(line for line in log._store.lines() if line.seq == seq)
    with sql.transaction():
        sql.execute("DELETE FROM access_log WHERE seq > ?", (seq,))
        sql.execute(
            "UPDATE access_log_tip SET seq = ?, line_hash = ? WHERE id = 1", (seq, kept.line_hash)
        )


def test_a_rolled_back_log_stays_found_after_new_lines_pass_the_head(chain):
    # An attacker who can write the database restores it to line 3; HQ goes on working and
    # appends past the signed head's line 5. Lines 4 and 5 are gone: --verify must still say so.
    sql, log = chain
    write_lines(log, 5)
    roll_back_to(sql, log, 3)
    write_lines(log, 4)
    result = log.verify()
    assert not result.intact
    assert ("edited", 5) in [(f.kind, f.seq) for f in result.findings]
    assert (
        "Baris 5 bukan baris yang ditandatangani di kepala log"
        in result.findings[0].message.render()
    )
    assert result.head_seq == 5  # the head did not follow the new lines over the gap


def test_a_log_rolled_back_to_empty_stays_found_after_new_lines(chain):
    sql, log = chain
    write_lines(log, 3)
    with sql.transaction():
        sql.execute("DELETE FROM access_log")
        sql.execute("UPDATE access_log_tip SET seq = 0, line_hash = '' WHERE id = 1")
    for number in range(5):
        log.append(operator="budi", action="attempts_listed", subject="*", detail=str(number))
    result = log.verify()
    assert ("edited", 3) in [(f.kind, f.seq) for f in result.findings]


def test_a_line_inserted_by_hand_has_no_place_in_the_chain(chain):
    sql, log = chain
    write_lines(log, 2)
    with sql.transaction():
        sql.execute(
            "INSERT INTO access_log (wall_ms, operator, action, subject, detail)"
            " VALUES (1, 'x', 'profile_printed', 'y', '')"
        )
    (finding,) = log.verify().findings
    assert finding.kind == "inserted"


def test_lines_from_before_the_chain_are_chained_once_when_its_key_is_made(chain):
    # An HQ upgraded to schema 6 has plain lines; the first signed append adopts them.
    sql, log = chain
    with sql.transaction():
        sql.execute(
            "INSERT INTO access_log (wall_ms, operator, action, subject, detail)"
            " VALUES (1, 'lama', 'profile_printed', 'NIP-0', 'p')"
        )
    write_lines(log, 2)
    lines = log._store.lines()
    assert [(line.seq, line.operator) for line in lines] == [(1, "lama"), (2, "rina"), (3, "rina")]
    assert log.verify().intact


# ------------------------------------------------------------ the command line (SQLite)


@pytest.fixture
def hq_folder(tmp_path: Path) -> Path:
    hq, _keys = new_hq(tmp_path / "hq", ManualClock(wall_ms=NOW_MS))
    for number in range(1, 6):
        hq.access.record(HqAction.PRINT_PROFILE, "profile_printed", f"NIP-{number}", "profil.pdf")
    hq.close()
    return tmp_path / "hq"


def verify(folder: Path, capsys) -> tuple[int, str]:
    code = main(["hq", "access-log", "--verify", "--dir", str(folder)])
    out = capsys.readouterr().out
    print(out)  # the lead's note quotes this output
    return code, out


def tamper(folder: Path, statement: str) -> None:
    sql = SqliteSql.open(folder / "hq.db")
    with sql.transaction():
        sql.execute(statement)
    sql.close()


def test_verify_on_an_untouched_log_says_utuh(hq_folder, capsys):
    code, out = verify(hq_folder, capsys)
    assert code == 0 and "Log akses utuh: 6 baris" in out  # the admin's creation and 5 prints


def test_verify_names_an_edited_line_and_fails(hq_folder, capsys):
    tamper(hq_folder, "UPDATE access_log SET detail = 'lain.pdf' WHERE seq = 4")
    code, out = verify(hq_folder, capsys)
    assert code != 0 and "TIDAK utuh" in out and "Baris 4 diubah" in out


def test_verify_finds_a_deleted_middle_line(hq_folder, capsys):
    tamper(hq_folder, "DELETE FROM access_log WHERE seq = 3")
    code, out = verify(hq_folder, capsys)
    assert code != 0 and "Baris 3 hilang dari tengah log" in out


def test_verify_finds_a_deleted_last_line(hq_folder, capsys):
    tamper(hq_folder, "DELETE FROM access_log WHERE seq = 6")
    code, out = verify(hq_folder, capsys)
    assert code != 0 and "baris 6 hilang" in out


def test_verify_finds_an_edited_head_file(hq_folder, capsys):
    head = hq_folder / "access-log.head"
    head.write_text(head.read_text().replace('"seq": 6', '"seq": 4'))
    code, out = verify(hq_folder, capsys)
    assert code != 0 and "kepala log akses" in out.lower()


def test_verify_finds_roles_granted_or_an_admin_added_by_writing_the_database(tmp_path, capsys):
    # Rule (issue 20 item 4, ADR 0039): someone who can write the database but not the HQ folder
    # may give an operator the admin role or add an account of their own; every account and its
    # roles come from a signed 'operator_added' line, so --verify must name what has none.
    hq, _keys = new_hq(tmp_path / "hq", ManualClock(wall_ms=NOW_MS))
    act_as(hq, "rina", HqRole.READER)
    hq.close()
    folder = tmp_path / "hq"
    code, out = verify(folder, capsys)
    assert code == 0, out
    tamper(folder, "UPDATE operators SET roles = 'admin,reader' WHERE name = 'rina'")
    code, out = verify(folder, capsys)
    assert code != 0 and "Akun petugas rina (peran: admin, reader)" in out
    tamper(
        folder,
        "INSERT INTO operators (name, roles, password, added_wall_ms, added_by)"
        " SELECT 'penyusup', 'admin', password, added_wall_ms, 'uji' FROM operators"
        " WHERE name = 'rina'",
    )
    code, out = verify(folder, capsys)
    assert "Akun petugas penyusup (peran: admin)" in out


def test_verify_in_english(hq_folder, capsys):
    tamper(hq_folder, "UPDATE access_log SET detail = 'lain.pdf' WHERE seq = 2")
    code = main(["hq", "access-log", "--verify", "--dir", str(hq_folder), "--lang", "en"])
    out = capsys.readouterr().out
    assert code != 0 and "Line 2 was changed" in out


def test_concurrent_appends_from_two_connections_keep_one_chain(hq_database, tmp_path):
    # Two HQ processes (here: two connections on two threads) log at once; the tip row's lock
    # gives the lines one order, and the head never moves back.
    import threading

    first = open_sql(hq_database)
    migrate_sql(first, [_access_log_as_in_migration_2, m_operators])
    second = open_sql(hq_database)
    paths = HqPaths(tmp_path / "hq")
    logs = [
        AccessLog(paths, OperatorStore(sql), ManualClock(wall_ms=NOW_MS)) for sql in (first, second)
    ]
    logs[0].ensure_key()
    errors: list[BaseException] = []

    def write(log: AccessLog, who: str) -> None:
        try:
            for number in range(25):
                log.append(operator=who, action="profile_printed", subject=f"NIP-{number}")
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [
        threading.Thread(target=write, args=(log, who))
        for log, who in zip(logs, ("rina", "budi"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = logs[0].verify()
    assert result.intact and result.lines == 50 and result.head_seq == 50
    first.close()
    second.close()


def test_the_operator_accounts_behave_the_same_on_both_backends(hq_database):
    # Rule: ADR 0037 — HQ's storage writes its statements once for SQLite and PostgreSQL.
    from station.domain.hq_access import login_delay_ms

    sql = open_sql(hq_database)
    migrate_sql(sql, [_access_log_as_in_migration_2, m_operators])
    store = OperatorStore(sql)
    added = {"roles": ("admin",), "password": "v", "key_digest": None, "wall_ms": 1, "by": "-"}
    assert store.add_operator("kepala", **added)
    assert not store.add_operator("kepala", **added)  # an active name is taken
    assert store.add_operator("wakil", **{**added, "roles": ("admin", "reader")})
    assert store.operator("wakil").roles == ("admin", "reader")
    assert store.remove_operator("wakil", wall_ms=2, by="kepala", keep=bool)
    assert not store.remove_operator("kepala", wall_ms=3, by="kepala", keep=bool)
    assert store.add_operator("wakil", **{**added, "roles": ("reader",)})  # given back
    assert store.operator("wakil").active and store.operator("wakil").roles == ("reader",)
    tries = [store.reserve_login_try("wakil", now_ms=10, delay_ms=login_delay_ms) for _ in range(4)]
    assert tries == [(0, 1), (0, 2), (0, 3), (30_000, 3)]
    store.clear_failures("wakil")
    assert store.reserve_login_try("wakil", now_ms=10, delay_ms=login_delay_ms) == (0, 1)
    sql.close()


def test_a_second_hq_machine_without_the_log_key_refuses_to_start_a_second_key(chain, tmp_path):
    # Rule: one access-log key per HQ database (ADR 0039); a machine that lacks it must not
    # quietly make its own (its lines would not verify): it says what to copy.
    from station.hq.errors import KeyOfflineError

    sql, log = chain
    write_lines(log, 2)
    elsewhere = AccessLog(
        HqPaths(tmp_path / "other-machine"), OperatorStore(sql), ManualClock(wall_ms=NOW_MS)
    )
    with pytest.raises(KeyOfflineError, match=r"access-log\.key"):
        elsewhere.append(operator="budi", action="profile_printed", subject="NIP-9")
    assert log.verify().intact and log.verify().lines == 2


def test_the_listing_shows_control_characters_escaped_not_obeyed(hq_folder, capsys):
    # Rule (ADR 0039): the log is evidence for the person reading it. Anyone may try a name at
    # sign-in and the failure is logged with that name; a name holding terminal escapes
    # (erase line, cursor up) must not rewrite what the admin's terminal shows.
    hq = open_headquarters(hq_folder, clock=ManualClock(wall_ms=NOW_MS))
    with pytest.raises(UnknownOperatorError):
        hq.sign_in("x\x1b[1A\x1b[2K\rnothing here", password="whatever-password")
    hq.close()
    code = main(["hq", "access-log", "--dir", str(hq_folder)])
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out and "\r" not in out
    assert "x\\x1b[1A\\x1b[2K\\rnothing here" in out
