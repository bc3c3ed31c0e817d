"""Every user-facing string is in the English translation file, translated, placeholders intact."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from station.app import resource_dir

TS = resource_dir() / "i18n" / "station_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> dict[str, ET.Element | None]:
    return {
        m.findtext("source"): m.find("translation")
        for m in ET.parse(path).getroot().iter("message")
    }


def test_every_message_is_translated_with_the_same_placeholders():
    found = messages(TS)
    assert len(found) > 100
    for source, translation in found.items():
        assert translation is not None and translation.get("type") is None, (
            f"untranslated: {source!r}"
        )
        assert (translation.text or "").strip(), f"empty translation: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source


def test_the_translation_file_is_up_to_date_with_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__import__("sys").executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parent.parent
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "station").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    in_file = set(messages(TS))
    assert in_code - in_file == set(), (
        "run scripts/update-translations and translate the new strings"
    )
    assert in_file - in_code == set(), (
        "run scripts/update-translations to drop strings no longer used"
    )
