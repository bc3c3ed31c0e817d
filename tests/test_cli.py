"""The ``station`` command: each command's output, exit codes and language."""

import json
import os
import subprocess
import sys
import time

import pytest

from station.app import demo_exam_source, open_station
from station.cli.main import main


@pytest.fixture
def passfile(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text("cli-test-passphrase\n")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_load_status_verify(tmp_path, passfile, capsys):
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "init", "--data", data, "--passphrase-file", str(passfile))
    assert code == 0 and "disiapkan" in out and "kunci pengganti" in out
    code, out, _ = run(
        capsys,
        "load-exam",
        str(demo_exam_source()),
        "--data",
        data,
        "--passphrase-file",
        str(passfile),
    )
    assert code == 0 and "DEMO-CACT" in out and "Kunci jawaban" in out
    code, out, _ = run(capsys, "status", "--data", data, "--passphrase-file", str(passfile))
    assert code == 0 and "DEMO-S1" in out and "WIB" in out
    code, out, _ = run(capsys, "verify-store", "--data", data, "--passphrase-file", str(passfile))
    assert code == 0 and "Semua rantai utuh" in out


def test_wrong_passphrase_fails_with_a_clear_message(tmp_path, passfile, capsys):
    data = str(tmp_path / "data")
    run(capsys, "init", "--data", data, "--passphrase-file", str(passfile))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-passphrase\n")
    code, _, err = run(capsys, "status", "--data", data, "--passphrase-file", str(wrong))
    assert code == 1
    assert "Galat: Kata sandi atau kredensial salah." in err
    code, _, err = run(
        capsys, "status", "--data", data, "--passphrase-file", str(wrong), "--lang", "en"
    )
    assert "Error: Wrong passphrase or credential." in err


def test_simulate_and_english_output(tmp_path, passfile, capsys):
    data = str(tmp_path / "data")
    code, out, _ = run(
        capsys,
        "simulate",
        "--data",
        data,
        "--passphrase-file",
        str(passfile),
        "--candidates",
        "3",
        "--exam",
        str(demo_exam_source()),
        "--lang",
        "en",
    )
    assert code == 0
    assert "Simulation of session DEMO-S1: 3 candidates" in out
    assert "Chain check: 3 attempts, 0 problems." in out
    assert out.count("code ") == 3


def test_simulate_refuses_more_candidates_than_the_roster(tmp_path, passfile, capsys):
    code, _, err = run(
        capsys,
        "simulate",
        "--data",
        str(tmp_path / "d"),
        "--passphrase-file",
        str(passfile),
        "--candidates",
        "50",
        "--exam",
        str(demo_exam_source()),
    )
    assert code == 1 and "hanya punya 7 peserta" in err


def test_vault_commands(tmp_path, passfile, capsys):
    data = str(tmp_path / "data")
    run(capsys, "init", "--data", data, "--passphrase-file", str(passfile))
    new = tmp_path / "new.txt"
    new.write_text("second-passphrase\n")
    code, out, _ = run(
        capsys,
        "vault",
        "add",
        "cadangan",
        "--data",
        data,
        "--passphrase-file",
        str(passfile),
        "--new-passphrase-file",
        str(new),
    )
    assert code == 0 and "cadangan" in out
    code, out, _ = run(capsys, "vault", "list", "--data", data, "--passphrase-file", str(new))
    assert "field-it" in out and "cadangan" in out
    code, _, err = run(
        capsys, "vault", "remove", "cadangan", "--data", data, "--passphrase-file", str(passfile)
    )
    assert code == 0
    code, _, err = run(
        capsys, "vault", "remove", "field-it", "--data", data, "--passphrase-file", str(passfile)
    )
    assert code == 1 and "terakhir" in err


def test_missing_passphrase_without_a_terminal(tmp_path, passfile, capsys):
    run(capsys, "init", "--data", str(tmp_path / "d"), "--passphrase-file", str(passfile))
    result = subprocess.run(
        [sys.executable, "-m", "station", "status", "--data", str(tmp_path / "d")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "--passphrase-file" in result.stderr


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}


def test_demo_without_a_display_runs_the_whole_pipeline_headless(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "station", "demo", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=_without_display(),
    )
    assert result.returncode == 0, result.stderr
    assert "alur dijalankan tanpa layar" in result.stdout
    assert "Pemeriksaan rantai: 7 ujian, 0 masalah." in result.stdout
    assert "BUKAN rahasia" in result.stdout
    for output in ("laporan/ringkasan.pdf", "kertas", "usb/ujian-demo.cactpkg"):
        assert (tmp_path / "demo" / output).exists(), output
    # Rule (issue 16; PermenPANRB 3/2020 as SI-MATA numbers it, SIASN axes): the demo's
    # Bambang Wijanarko, kinerja Sangat Baik (y 3, di atas ekspektasi), is K4, K7 or K9 as
    # his potensi (x, from his simulated answers, which vary per run) is rendah, menengah
    # or tinggi, in the SIASN-shaped export.
    siasn = json.loads((tmp_path / "demo" / "laporan" / "ekspor-siasn.json").read_text("utf-8"))
    talent = {r["nip"]: r for r in siasn["talenta"]}["197103141997031004"]
    assert talent["sumbu_y"] == 3
    assert talent["box"] == {1: 4, 2: 7, 3: 9}[talent["sumbu_x"]]
    again = subprocess.run(
        [sys.executable, "-m", "station", "demo", "--headless", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 1 and "sudah berisi data" in again.stderr


def test_commands_on_a_folder_without_a_station_change_nothing(tmp_path, passfile, capsys):
    empty = tmp_path / "nothing-here"
    code, _, err = run(capsys, "status", "--data", str(empty), "--passphrase-file", str(passfile))
    assert code == 1 and "station init" in err
    assert not empty.exists()


def test_init_with_the_hq_results_key(tmp_path, passfile, capsys):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    pem = tmp_path / "hq-results.pem"
    pem.write_bytes(
        X25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    code, out, _ = run(
        capsys,
        "init",
        "--data",
        str(tmp_path / "d"),
        "--passphrase-file",
        str(passfile),
        "--hq-results-key",
        str(pem),
    )
    assert code == 0 and "kunci pengganti" not in out
    code, _, err = run(
        capsys,
        "init",
        "--data",
        str(tmp_path / "e"),
        "--passphrase-file",
        str(passfile),
        "--hq-results-key",
        str(tmp_path / "missing.pem"),
    )
    assert code == 1 and "missing.pem" in err
    code, _, err = run(
        capsys,
        "init",
        "--data",
        str(tmp_path / "f"),
        "--passphrase-file",
        str(passfile),
        "--hq-results-key",
        str(passfile),
    )
    assert code == 1 and "PEM" in err


@pytest.mark.qt
def test_demo_with_a_display_opens_the_console_ready_for_a_sitting(tmp_path):
    """Set-up on the real clock, then the staff console in its own process (here offscreen,
    showing its first screen and closing)."""
    out = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "station", "demo", "--out", str(out), "--self-test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=dict(os.environ, DISPLAY=":cact-test", QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4. Sesi DEMO-S1 dibuka dengan kode rilis" in result.stdout
    assert "demo-passphrase-NOT-SECRET" in result.stdout
    assert "self-test: first screen 'lock'" in result.stdout
    assert "tanpa layar" not in result.stdout.split("5.")[0]
    assert not (out / "laporan").exists()  # nobody was simulated
    with open_station(out / "station-data", create=False) as station:
        station.station.unlock("demo-passphrase-NOT-SECRET")
        ready = station.exams.ready_sessions()
        assert [info.session_id for info in ready] == ["DEMO-S1"]  # released, not DEMO-S2
        starts = ready[0].starts_wall_ms
    now_ms = time.time() * 1000
    assert starts <= now_ms <= starts + 10 * 60 * 1000  # the first session has just begun


@pytest.mark.parametrize(
    "which", ["passphrase", "new-passphrase", "hq-passphrase", "hq-new-passphrase", "release-code"]
)
def test_a_secret_file_that_is_not_utf8_is_refused_with_a_clear_message(
    tmp_path, passfile, capsys, which
):
    # Rule: a passphrase, credential or release-code file that is not UTF-8 text gets a clear
    # error naming the file, never a UnicodeDecodeError traceback (issue 18).
    latin1 = tmp_path / "sandi-latin1.txt"
    latin1.write_bytes("kata-sandi-\xe9t\xe9\n".encode("latin-1"))  # not UTF-8
    data, hq = str(tmp_path / "data"), str(tmp_path / "hq")
    run(capsys, "init", "--data", data, "--passphrase-file", str(passfile))
    argv = {
        "passphrase": ["status", "--data", data, "--passphrase-file", str(latin1)],
        "new-passphrase": [
            "vault", "add", "x", "--data", data,
            "--passphrase-file", str(passfile), "--new-passphrase-file", str(latin1),
        ],
        "hq-passphrase": ["hq", "init", "--dir", hq, "--passphrase-file", str(latin1)],
        "hq-new-passphrase": [
            "hq", "passphrase", "add", "x", "--dir", hq,
            "--passphrase-file", str(passfile), "--new-passphrase-file", str(latin1),
        ],
        "release-code": [
            "session", "release", "DEMO-S1", "--data", data,
            "--passphrase-file", str(passfile), "--code-file", str(latin1),
        ],
    }[which]  # fmt: skip
    if which == "hq-new-passphrase":
        run(capsys, "hq", "init", "--dir", hq, "--passphrase-file", str(passfile))
    if which == "release-code":
        run(
            capsys,
            "load-exam",
            str(demo_exam_source()),
            "--data",
            data,
            "--passphrase-file",
            str(passfile),
        )
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert "Traceback" not in err and "UnicodeDecodeError" not in err
    assert "sandi-latin1.txt" in err and "UTF-8" in err


def test_the_demo_opens_the_console_in_the_chosen_language(tmp_path):
    # Rule: `station demo --lang en` opens an English console (issue 17, finding 7).
    from station.cli.demo import console_command

    command = console_command(tmp_path, language="en")
    assert command[command.index("--lang") + 1] == "en"
