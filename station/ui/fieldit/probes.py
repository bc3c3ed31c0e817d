"""The doctor's checks only the window can make: screen size, bundled fonts, kiosk mode.

They ask Qt, so they run on the GUI thread. :func:`window_probes` gives them
as :class:`~station.services.doctor.Probe` objects (for
``DoctorService.register`` where a front wants them in every run);
:func:`measured_probes` measures them now, on the GUI thread, and returns
probes that hand back the measured checks, for ``doctor.run(extra=...)`` on
the worker thread, so they are reported and audited with the others.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.services.doctor import Check, Probe, Status

MIN_WIDTH = 1366
MIN_HEIGHT = 768
BUNDLED_FAMILIES = ("DejaVu Sans", "DejaVu Sans Mono")
NO_KIOSK_PLATFORMS = frozenset({"offscreen", "minimal"})

SCREEN_TITLE = QT_TR_NOOP("Ukuran layar")
FONTS_TITLE = QT_TR_NOOP("Huruf bawaan")
KIOSK_TITLE = QT_TR_NOOP("Mode kiosk")


def check_screen() -> Check:
    """The primary screen is at least 1366×768 (logical pixels: what the layout gets)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return Check(
            "screen_size",
            Status.FAILED,
            SCREEN_TITLE,
            Message(QT_TR_NOOP("Tidak ada layar yang dikenali.")),
        )
    size = screen.size()
    width, height = size.width(), size.height()
    data = {
        "width": width,
        "height": height,
        "device_pixel_ratio": screen.devicePixelRatio(),
        "minimum": [MIN_WIDTH, MIN_HEIGHT],
    }
    params = {"width": width, "height": height, "min_width": MIN_WIDTH, "min_height": MIN_HEIGHT}
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return Check(
            "screen_size",
            Status.FAILED,
            SCREEN_TITLE,
            Message(
                QT_TR_NOOP(
                    "Layar {width}×{height} lebih kecil dari {min_width}×{min_height}: soal dan tombol bisa terpotong. Naikkan resolusi atau kurangi skala tampilan."
                ),
                params,
            ),
            data=data,
        )
    return Check(
        "screen_size",
        Status.OK,
        SCREEN_TITLE,
        Message(
            QT_TR_NOOP("Layar {width}×{height} (paling kecil {min_width}×{min_height})."),
            params,
        ),
        data=data,
    )


def check_fonts() -> Check:
    """The bundled DejaVu fonts are loaded, so every station measures text the same."""
    families = set(QFontDatabase.families())
    missing = [family for family in BUNDLED_FAMILIES if family not in families]
    if missing:
        return Check(
            "fonts",
            Status.FAILED,
            FONTS_TITLE,
            Message(
                QT_TR_NOOP(
                    "Huruf {fonts} tidak termuat: tulisan bisa tampil lain atau terpotong. Pasang ulang aplikasi."
                ),
                {"fonts": ", ".join(missing)},
            ),
            data={"missing": missing},
        )
    return Check(
        "fonts",
        Status.OK,
        FONTS_TITLE,
        Message(QT_TR_NOOP("Huruf {fonts} termuat."), {"fonts": ", ".join(BUNDLED_FAMILIES)}),
    )


def check_kiosk() -> Check:
    """The window system lets the kiosk take the whole screen (not a headless platform)."""
    platform = QGuiApplication.platformName()
    if platform in NO_KIOSK_PLATFORMS:
        return Check(
            "kiosk",
            Status.WARNING,
            KIOSK_TITLE,
            Message(
                QT_TR_NOOP(
                    "Aplikasi berjalan tanpa layar sungguhan (platform {platform}); mode kiosk layar penuh tidak dapat dipakai di sini."
                ),
                {"platform": platform},
            ),
            data={"platform": platform},
        )
    return Check(
        "kiosk",
        Status.OK,
        KIOSK_TITLE,
        Message(
            QT_TR_NOOP("Mode kiosk layar penuh dapat dipakai (platform {platform})."),
            {"platform": platform},
        ),
        data={"platform": platform},
    )


def window_probes() -> list[Probe]:
    """The window's checks as probes; each asks Qt when run (run them on the GUI thread)."""
    return [
        Probe("screen_size", SCREEN_TITLE, check_screen),
        Probe("fonts", FONTS_TITLE, check_fonts),
        Probe("kiosk", KIOSK_TITLE, check_kiosk),
    ]


def measured_probes() -> list[Probe]:
    """Measure the window's checks now (GUI thread); the probes return what was measured."""
    measured = []
    for probe in window_probes():
        try:
            check = probe.run()
        except Exception as error:  # a broken probe must not hide the other checks
            check = Check(
                probe.code,
                Status.FAILED,
                probe.title,
                Message(
                    QT_TR_NOOP("Pemeriksaan ini gagal berjalan: {error}"),
                    {"error": f"{type(error).__name__}: {error}"},
                ),
            )
        measured.append(Probe(probe.code, probe.title, lambda found=check: found))
    return measured
