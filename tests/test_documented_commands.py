"""Every ``station …`` command the docs show exists, with the options they give it.

Field IT works from the docs alone (issue 21). The command lines are taken
from the fenced code blocks and the inline code of README.md, docs/*.md
(room, upgrade, install, …) and the guides, and walked through the parser of
station/cli/main.py; nothing is run. Doc notation is understood: ``[…]``
optional parts, ``a|b`` alternatives (subcommands, option values),
``x | y`` a sibling subcommand or another option, ``…`` anything, ``#`` a
comment, ``\\`` a continued line.
"""

from __future__ import annotations

import argparse
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from station.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),  # room, upgrade, install, backup and doctor, …
    *sorted((ROOT / "docs" / "guide").glob("*.md")),
]
"""Not the ADRs: they record what was decided then."""
ELLIPSIS = {"…", "...", "…)"}


@dataclass(frozen=True)
class Documented:
    file: str
    line: int
    text: str
    fenced: bool = False
    """In a code block: a whole command to copy, so required options must be there too."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


def documented_commands(path: Path) -> list[Documented]:
    """``station …`` lines of fenced blocks (continuations joined) and inline code spans."""
    found: list[Documented] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    fenced = False
    pending: tuple[int, str] | None = None
    name = str(path.relative_to(ROOT))
    for line_number, line in enumerate(lines, start=1):
        number = line_number
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            text = line.strip()
            if pending is not None:
                start, so_far = pending
                text = f"{so_far} {text}"
                number = start
            if text.endswith("\\"):
                pending = (number, text[:-1].rstrip())
                continue
            pending = None
            text = re.sub(r"^(\$|sudo)\s+", "", text)
            if text.startswith("station "):
                found.append(Documented(name, number, text, fenced=True))
            continue
        for span in re.findall(r"`([^`]+)`", line):
            if span.startswith("station ") and span.strip() != "station":
                found.append(Documented(name, number, span.strip()))
    return found


ALL = [command for path in DOCS for command in documented_commands(path)]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return None


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    children = _subparsers(parser)
    if children is None:
        return [parser]
    return [leaf for child in children.values() for leaf in _leaves(child)]


def _tokens(text: str) -> list[str]:
    text = re.sub(r"\s#.*$", "", text)
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    tokens = []
    for word in lexer:
        token = word.strip("[]()")
        if token:
            tokens.append(token)
    return tokens


def _segments(tokens: list[str]) -> list[list[str]]:
    """Split on a lone ``|``: the parts after it are siblings or other options."""
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def check(text: str, parser: argparse.ArgumentParser, *, whole: bool = False) -> list[str]:
    """What in ``text`` (after ``station``) the parser would not accept; empty when all fits.
    ``whole``: the line is a complete command, so every required option must be in it."""
    tokens = _tokens(text)[1:]
    problems: list[str] = []
    path: list[str] = []
    leaves: list[argparse.ArgumentParser] = []
    for index, segment in enumerate(_segments(tokens)):
        if index and (segment[0].startswith("-") or not _sibling(parser, path, segment[0])):
            rest = segment  # other options or arguments of the same command
        else:
            base = path[:-1] if index else []
            leaves, rest, path, trouble = _walk(parser, base, segment, whole)
            problems += trouble
        problems += _check_options(leaves, rest)
        if whole and not any(t in ELLIPSIS for t in tokens):
            given = {t.partition("=")[0] for t in tokens if t.startswith("-")}
            for leaf in leaves:
                for action in leaf._actions:
                    if (
                        action.required
                        and action.option_strings
                        and not given & set(action.option_strings)
                    ):
                        problems.append(f"{leaf.prog!r} needs {action.option_strings[0]}")
    return problems


def _sibling(parser, path, word) -> bool:
    """``word`` names a subcommand beside the last one of ``path``."""
    nodes = [parser]
    for step in path[:-1]:
        nodes = [(_subparsers(node) or {}).get(step) for node in nodes]
        nodes = [node for node in nodes if node is not None]
    return any(
        alternative in (_subparsers(node) or {})
        for node in nodes
        for alternative in word.split("|")
    )


def _placeholder(word: str) -> bool:
    return word in ELLIPSIS or word.startswith("<") or word.isupper() or "…" in word


def _walk(parser, base, segment, whole):
    """Follow subcommand words from ``base``; ``a|b`` names several, ``…`` any."""
    nodes = [parser]
    for word in base:
        nodes = [(_subparsers(node) or {})[word] for node in nodes]
    path = list(base)
    problems: list[str] = []
    tokens = list(segment)
    while tokens and all(_subparsers(node) is not None for node in nodes):
        word = tokens[0]
        if word.startswith("-"):
            break
        tokens.pop(0)
        if word in ELLIPSIS or word.startswith("<"):
            nodes = [leaf for node in nodes for leaf in _leaves(node)]
            path.append(word)
            break
        following = []
        for alternative in word.split("|"):
            for node in nodes:
                children = _subparsers(node) or {}
                if alternative in children:
                    following.append(children[alternative])
                else:
                    problems.append(f"no command {' '.join([*path, alternative])!r}")
        if not following:
            return [], [], path, problems
        nodes = following
        path.append(word)
    if any(_subparsers(node) is not None for node in nodes):
        if whole:  # prose may name a group of commands (`station enroll`); a command line not
            for node in nodes:
                if _subparsers(node) is not None and node is not parser:
                    problems.append(f"{' '.join(path)!r} needs a subcommand")
        nodes = [leaf for node in nodes for leaf in _leaves(node)]
    return nodes, tokens, path, problems


def _check_options(leaves, tokens) -> list[str]:
    """Each ``--option`` is taken by every leaf named; values fit its choices; positionals fit."""
    problems: list[str] = []
    if not leaves:
        return problems
    positionals: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token in ELLIPSIS:
            continue
        if not token.startswith("-") or token == "-":
            positionals.append(token)
            continue
        option, _, inline = token.partition("=")
        for leaf in leaves:
            action = leaf._option_string_actions.get(option)
            if action is None:
                problems.append(f"{leaf.prog!r} has no option {option}")
                continue
            takes_value = action.nargs != 0
            value = inline
            if takes_value and not inline and index < len(tokens):
                value = tokens[index]
            if takes_value and action.choices is not None and value not in ELLIPSIS:
                for alternative in value.split("|"):
                    if alternative not in action.choices:
                        problems.append(f"{option} {alternative!r} not among {action.choices}")
        actions = [leaf._option_string_actions.get(option) for leaf in leaves]
        if not inline and any(a is not None and a.nargs != 0 for a in actions):
            index += 1  # its value
    for leaf in leaves:
        capacity = 0
        for action in leaf._actions:
            if action.option_strings or isinstance(action, argparse._SubParsersAction):
                continue
            if action.choices is not None and capacity < len(positionals):
                word = positionals[capacity]
                for alternative in word.split("|"):
                    if not _placeholder(alternative) and alternative not in action.choices:
                        problems.append(
                            f"{leaf.prog!r}: {alternative!r} not among {action.choices}"
                        )
            if action.nargs in ("*", "+", argparse.REMAINDER):
                capacity = 10**6
            elif action.nargs in (None, "?"):
                capacity += 1
            else:
                capacity += int(action.nargs)
        if len(positionals) > capacity:
            problems.append(
                f"{leaf.prog!r} takes {capacity} argument(s), the doc gives {len(positionals)}"
            )
    return problems


def test_the_docs_show_commands():
    """The extraction finds the docs' commands (a broken extractor would check nothing)."""
    # Rule: every documented command exists with those options (issue 21, finding 3).
    files = {command.file for command in ALL}
    assert {"README.md", "docs/room.md", "docs/upgrade.md", "docs/install.md"} <= files
    assert any(f.startswith("docs/guide/") for f in files)
    assert len(ALL) > 100


def test_the_checker_catches_what_the_docs_once_got_wrong():
    """The checks themselves: a wrong option, subcommand, choice or argument is reported."""
    # Rule: every documented command exists with those options (issue 21, finding 3).
    parser = build_parser()
    assert check("station upgrade check|apply FILE [--install-root ROOT]", parser)
    assert check("station upgrade apply FILE [--install-root ROOT]", parser) == []
    assert check("station upgrade frobnicate FILE", parser)
    assert check("station room configure --discovery maybe", parser)
    assert check("station room configure [--hub HOST:47610 | --no-hub]", parser) == []
    assert check("station status EXTRA", parser)
    assert check("station hq init | trust | stations", parser) == []
    assert (
        check("station session paper bukti-selesai ATTEMPT --out DIR | tanda-terima B", parser)
        == []
    )
    assert check("station session paper tanda-tangan X --out DIR", parser)
    assert check("station <command> --help", parser) == []
    assert check("station export", parser, whole=True)  # --out is required
    assert check("station enroll", parser) == []  # prose naming a group of commands
    assert check("station enroll", parser, whole=True)
    assert check("station export --out USB", parser, whole=True) == []


@pytest.mark.parametrize("command", ALL, ids=str)
def test_a_documented_command_exists_with_those_options(command):
    """The CLI accepts the command as the doc writes it."""
    # Rule: every documented command exists with those options (issue 21, finding 3).
    assert check(command.text, build_parser(), whole=command.fenced) == [], str(command)
