"""A screen reader's view of one process, over AT-SPI: the accessibility tree and events.

Runs under the system Python (``/usr/bin/python3``), which has ``pyatspi``
(``python3-pyatspi``; ``scripts/bootstrap`` installs it); it imports nothing of
the project. ``tests/test_screen_reader_atspi.py`` starts it on the same D-Bus
session and AT-SPI bus as the kiosk, with the kiosk's process id:

    /usr/bin/python3 atspi_reader.py <pid>

It reads commands on stdin and answers one JSON line each on stdout:

    tree      the showing part of the process's tree, depth-first:
              [[depth, role, name, description, focused], ...]
    events    the events received since the last ``events``, oldest first:
              [{"type", "text", "role", "name"}, ...]
              (announcements: ``object:announcement``, text is what is said;
              focus: ``object:state-changed:focused`` with detail 1;
              name changes: ``object:property-change:accessible-name``)
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

WATCHED = (
    "object:announcement",
    "object:state-changed:focused",
    "object:property-change:accessible-name",
    "object:text-changed",
    "object:property-change:accessible-description",
)

pid = int(sys.argv[1])
received: list[dict] = []


def ours(accessible) -> bool:
    try:
        return accessible.get_process_id() == pid
    except Exception:
        return False


def on_event(event) -> None:
    source = event.source
    if source is None or not ours(source):
        return
    if event.type.startswith("object:state-changed:focused") and not event.detail1:
        return
    try:
        role, name = source.getRoleName(), source.name
    except Exception:
        role, name = "", ""
    text = event.any_data if isinstance(event.any_data, str) else ""
    received.append({"type": str(event.type), "text": text, "role": role, "name": name})


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(index)
        if candidate is not None and ours(candidate):
            return candidate
    return None


def walk(accessible, depth: int, out: list) -> None:
    try:
        states = accessible.getState()
        if depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
            return
        out.append(
            [
                depth,
                accessible.getRoleName(),
                accessible.name,
                accessible.description,
                states.contains(pyatspi.STATE_FOCUSED),
            ]
        )
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception:
        return


def answer(value) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def on_command(channel, condition) -> bool:
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    command = line.strip()
    if command == "tree":
        out: list = []
        found = application()
        if found is not None:
            walk(found, 0, out)
        answer(out)
    elif command == "events":
        answer(list(received))
        received.clear()
    else:
        answer({"error": f"unknown command {command!r}"})
    return True


for kind in WATCHED:
    pyatspi.Registry.registerEventListener(on_event, kind)
GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_command)
answer("ready")
pyatspi.Registry.start()
