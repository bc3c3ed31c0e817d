"""The trust commands end to end: HQ init, enrollment, package, release, export, ingest, receipt, purge, verify."""

import csv
import time
import zipfile

import pytest

from station.cli.main import main
from station.services.synthetic import SMALL_SPEC, write_synthetic_exam
from tests.support.hq_backend import hq_init_options

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sit_candidates(data, passphrase_file, session_id, count):
    """Synthetic candidates sit the released session on this enrolled station."""
    # 'station simulate' refuses a real station (ADR 0023); the services it drives stand in
    # for the kiosk here, on a simulated clock.
    from datetime import UTC, datetime

    from station.app import open_station
    from station.cli.console import Console
    from station.cli.simulation import simulate_in
    from station.domain.timing import ManualClock

    clock = ManualClock(wall_ms=int(datetime.now(UTC).timestamp() * 1000))
    with open_station(data, clock=clock) as station:
        station.station.unlock(passphrase_file.read_text().splitlines()[0])
        return simulate_in(
            station,
            clock,
            Console("id"),
            source=None,
            session_id=session_id,
            candidates=count,
            seed=0,
        )


@pytest.fixture
def setup(tmp_path, capsys):
    hq_pass = tmp_path / "hq.txt"
    hq_pass.write_text("hq-cli-passphrase\n")
    st_pass = tmp_path / "st.txt"
    st_pass.write_text("station-cli-passphrase\n")
    hq, data, usb = tmp_path / "hq", tmp_path / "station", tmp_path / "usb"
    assert (
        run(
            capsys,
            *("hq", "init", "--dir", hq, "--passphrase-file", hq_pass, "--name", "BKN Uji"),
            *hq_init_options(),
        )[0]
        == 0
    )
    assert run(capsys, "init", "--data", data, "--passphrase-file", st_pass)[0] == 0
    assert (
        run(
            capsys, "enroll", "request", "--data", data, "--passphrase-file", st_pass, "--out", usb
        )[0]
        == 0
    )
    request = next(usb.glob("*.csr.pem"))
    code, out, _ = run(capsys, "hq", "enroll", request, "--dir", hq, "--passphrase-file", hq_pass)
    assert code == 0 and "diterbitkan" in out
    station_id = request.name.split(".")[0]
    code, out, _ = run(
        capsys,
        "enroll",
        "install",
        hq / "stations" / f"{station_id}.pem",
        "--trust",
        hq / "trust" / "hq-trust.pem",
        "--data",
        data,
        "--passphrase-file",
        st_pass,
    )
    assert code == 0 and "terdaftar" in out
    return {
        "hq": hq,
        "data": data,
        "usb": usb,
        "hq_pass": hq_pass,
        "st_pass": st_pass,
        "station": station_id,
        "tmp": tmp_path,
    }


def started_now() -> int:
    """A session on the real clock that began five minutes ago (the CLI runs on it; a package
    for a session already over is refused)."""
    return int(time.time() * 1000) - 5 * 60_000


def test_the_whole_trust_flow_by_command(setup, capsys):
    s = setup
    source = write_synthetic_exam(
        s["tmp"] / "src", spec=SMALL_SPEC, stations=(s["station"],), starts_wall_ms=started_now()
    )
    package = s["usb"] / "paket.cactpkg"
    code, out, _ = run(
        capsys,
        "hq",
        "package",
        "build",
        source,
        "--dir",
        s["hq"],
        "--passphrase-file",
        s["hq_pass"],
        "--out",
        package,
    )
    assert code == 0 and "kode-rilis" not in out and "cetak dan kirim terpisah" in out
    code, out, _ = run(capsys, "verify", package, "--data", s["data"])
    assert code == 0 and out.strip().endswith("SAH")
    code, out, _ = run(
        capsys, "package", "import", package, "--data", s["data"], "--passphrase-file", s["st_pass"]
    )
    assert code == 0 and "6 peserta" in out and "tersegel" in out
    sheet = next((s["hq"] / "packages").rglob("kode-rilis.csv"))
    code_file = s["tmp"] / "code.txt"
    code_file.write_text(next(iter(csv.DictReader(sheet.open())))["kode_rilis"] + "\n")
    wrong = s["tmp"] / "wrong.txt"
    wrong.write_text("00000-00000-00000\n")
    code, _, err = run(
        capsys,
        "session",
        "release",
        "SYN-S1",
        "--code-file",
        wrong,
        "--data",
        s["data"],
        "--passphrase-file",
        s["st_pass"],
    )
    assert code == 1 and "Kode rilis salah" in err
    code, out, _ = run(
        capsys,
        "session",
        "release",
        "SYN-S1",
        "--code-file",
        code_file,
        "--data",
        s["data"],
        "--passphrase-file",
        s["st_pass"],
        "--proctor",
        "Sri Wahyuni",
    )
    assert code == 0 and "dibuka" in out
    report = sit_candidates(s["data"], s["st_pass"], "SYN-S1", 2)
    assert report.integrity is not None and report.integrity.ok
    code, out, _ = run(
        capsys, "export", "--data", s["data"], "--passphrase-file", s["st_pass"], "--out", s["usb"]
    )
    assert code == 0 and "nomor 1" in out and "SHA-256" in out
    bundle = next(s["usb"].glob("*-000001.cactres"))
    code, out, _ = run(capsys, "verify", bundle, "--trust", s["hq"] / "trust" / "hq-root.pem")
    assert code == 0 and s["station"] in out
    code, out, _ = run(
        capsys, "verify", bundle, "--trust", s["hq"] / "trust" / "hq-root.pem", "--lang", "en"
    )
    assert code == 0 and "result bundle" in out and out.strip().endswith("VALID")
    code, out, _ = run(
        capsys, "hq", "ingest", bundle, "--dir", s["hq"], "--passphrase-file", s["hq_pass"]
    )
    assert code == 0 and "diterima" in out and "accepted 2" in out
    code, out, _ = run(
        capsys, "hq", "open", bundle, "--dir", s["hq"], "--passphrase-file", s["hq_pass"]
    )
    assert code == 0 and out.count("jawaban") == 2
    receipt = next((s["hq"] / "receipts").rglob("*.cactrcpt"))
    code, out, _ = run(capsys, "verify", receipt, "--data", s["data"])
    assert code == 0 and "ingest" in out
    code, out, _ = run(
        capsys, "receipt", "import", receipt, "--data", s["data"], "--passphrase-file", s["st_pass"]
    )
    assert code == 0 and "2 ujian diterima HQ" in out
    code, out, _ = run(capsys, "bundles", "--data", s["data"])
    assert "diterima HQ" in out
    code, out, _ = run(
        capsys,
        "purge",
        "--retention-days",
        "0",
        "--data",
        s["data"],
        "--passphrase-file",
        s["st_pass"],
    )
    assert code == 0 and out.startswith("2 ujian")


def test_verify_reports_a_tampered_bundle(setup, capsys, tmp_path):
    s = setup
    source = write_synthetic_exam(
        s["tmp"] / "src", spec=SMALL_SPEC, stations=(s["station"],), starts_wall_ms=started_now()
    )
    package = s["usb"] / "paket.cactpkg"
    run(
        capsys,
        "hq",
        "package",
        "build",
        source,
        "--dir",
        s["hq"],
        "--passphrase-file",
        s["hq_pass"],
        "--out",
        package,
    )
    tampered = tmp_path / "tampered.cactpkg"
    with zipfile.ZipFile(package) as good, zipfile.ZipFile(tampered, "w") as bad:
        for info in good.infolist():
            data = good.read(info)
            bad.writestr(
                info,
                data[:-1] + bytes([data[-1] ^ 1]) if info.filename.startswith("forms/") else data,
            )
    code, out, _ = run(capsys, "verify", tampered, "--data", s["data"])
    assert code == 1 and "TIDAK SAH" in out and "telah diubah" in out


def test_hq_escrow_passphrase(setup, capsys, tmp_path):
    s = setup
    escrow = tmp_path / "escrow.txt"
    escrow.write_text("escrow-passphrase-1\n")
    code, out, _ = run(
        capsys,
        "hq",
        "passphrase",
        "add",
        "escrow",
        "--dir",
        s["hq"],
        "--passphrase-file",
        s["hq_pass"],
        "--new-passphrase-file",
        escrow,
    )
    assert code == 0 and "root, signing, results" in out
    code, out, _ = run(capsys, "hq", "crl", "--dir", s["hq"], "--passphrase-file", escrow)
    assert code == 0 and "nomor 2" in out
    code, _, err = run(
        capsys, "hq", "crl", "--dir", s["hq"], "--passphrase-file", tmp_path / "st.txt"
    )
    assert code == 1 and "salah" in err
