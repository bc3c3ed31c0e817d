"""The layer rules of docs/architecture.md §2 that import-linter cannot see: the domain touches no clock or file."""

import ast
import sys
from pathlib import Path

import station

DOMAIN = Path(station.__file__).parent / "domain"
ALLOWED_DOMAIN_IMPORTS = {
    "__future__",
    "collections",
    "dataclasses",
    "datetime",
    "enum",
    "fractions",
    "hashlib",
    "itertools",
    "re",
    "typing",
    "station",
}
FORBIDDEN_CALLS = {
    ("time", "time"),
    ("time", "monotonic"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("date", "today"),
}


def domain_modules():
    return sorted(DOMAIN.glob("*.py"))


def test_domain_imports_only_pure_standard_modules():
    for path in domain_modules():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                assert root in ALLOWED_DOMAIN_IMPORTS, f"{path.name} imports {name}"
                assert root in sys.stdlib_module_names or root == "station"
                if root == "station":
                    assert name.startswith("station.domain"), f"{path.name} imports {name}"


def test_domain_reads_no_clock_and_opens_no_file():
    for path in domain_modules():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name):
                    assert func.id != "open", f"{path.name} opens a file"
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    assert (func.value.id, func.attr) not in FORBIDDEN_CALLS, (
                        f"{path.name} reads the clock"
                    )
