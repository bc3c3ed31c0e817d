"""Every document the repository cites is in the repository (docs/architecture.md)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {
    ".git",
    ".venv",
    "build",
    "dist",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
}
# Built from parts so this file does not mention what it looks for.
GONE = ("DESIGN" + " §", "DESIGN" + ".md")
SECTION = re.compile(r"docs/architecture\.md\s+((?:§\d+[a-z]?(?:,\s*)?)+)")


def repository_files():
    stack = [ROOT]
    while stack:
        folder = stack.pop()
        for path in folder.iterdir():
            if path.is_dir():
                if path.name not in SKIPPED:
                    stack.append(path)
            elif path.is_file():
                yield path


def test_no_file_cites_a_document_outside_the_repository():
    # Rule: references go to docs/architecture.md, docs/formats.md or an ADR, never to a
    # design document that is not in the repository.
    offenders = [
        str(path.relative_to(ROOT))
        for path in repository_files()
        if any(needle.encode() in path.read_bytes() for needle in GONE)
    ]
    assert offenders == []


def test_every_cited_architecture_section_exists():
    headings = set(
        re.findall(r"^#+ (§\d+[a-z]?) ", (ROOT / "docs" / "architecture.md").read_text(), re.M)
    )
    cited: dict[str, str] = {}
    for path in repository_files():
        if path.suffix not in {".py", ".md", ".toml", ".json", ""}:
            continue
        try:
            text = path.read_text()
        except UnicodeDecodeError:
            continue
        for match in SECTION.finditer(text):
            for section in re.findall(r"§\d+[a-z]?", match.group(1)):
                cited.setdefault(section, str(path.relative_to(ROOT)))
    assert cited, "nothing cites docs/architecture.md"
    missing = {section: where for section, where in cited.items() if section not in headings}
    assert missing == {}
