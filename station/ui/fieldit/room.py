"""Field IT's "Ruang" tab: where this station finds its room hub, and how its link is doing (ADR 0020)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from station.domain.errors import StationError
from station.services.room.link import LINK_PHASES
from station.ui.fieldit.common import (
    Desk,
    button_row,
    caption_label,
    message_label,
    set_message,
    value_label,
)
from station.ui.i18n import message_text, translate_text
from station.ui.room_link import runner_for
from station.ui.widgets.basics import button, card, label


class RoomTab(QWidget):
    """The hub's address or discovery on the LAN, the hub role of this PC, the link's state."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._station = desk.station
        self.runner = runner_for(self._station)
        layout = QVBoxLayout(self)
        frame, body = card()
        body.addWidget(label(self.tr("Hub ruang"), role="heading"))
        body.addWidget(
            label(
                self.tr(
                    "Di ruang dengan hub (PC pengawas), stasiun ini menyalin setiap jawaban ke hub"
                    " dan menerima perintah pengawas dari sana. Tanpa hub stasiun tetap bekerja"
                    " sendiri."
                ),
                role="muted",
            )
        )
        grid = QGridLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("mis. 192.168.10.2:47610"))
        self.address.setAccessibleName(self.tr("Alamat hub"))
        grid.addWidget(caption_label(self.tr("Alamat hub")), 0, 0)
        grid.addWidget(self.address, 0, 1)
        self.discovery = QCheckBox(self.tr("Cari hub lewat suarnya di jaringan lokal"))
        grid.addWidget(self.discovery, 1, 1)
        self.beacon = QCheckBox(self.tr("Hub di PC ini mengumumkan diri di jaringan lokal"))
        grid.addWidget(self.beacon, 2, 1)
        grid.addWidget(caption_label(self.tr("Sambungan")), 3, 0)
        self.state = value_label()
        self.state.setAccessibleName(self.tr("Sambungan ke hub"))
        grid.addWidget(self.state, 3, 1)
        grid.addWidget(caption_label(self.tr("Peran")), 4, 0)
        self.role = value_label()
        grid.addWidget(self.role, 4, 1)
        body.addLayout(grid)
        self.save_button = button(self.tr("Simpan dan hubungkan"), role="primary")
        self.save_button.clicked.connect(self.save)
        body.addLayout(button_row(self.save_button))
        self.message = message_label()
        body.addWidget(self.message)
        layout.addWidget(frame)
        layout.addStretch()
        self.runner.state_changed.connect(lambda _state: self._show_state())

    def refresh(self) -> None:
        if not self._station.station.unlocked:
            return
        settings = self._station.room.settings()
        self.address.setText(settings.address or "")
        self.discovery.setChecked(settings.discovery)
        self.beacon.setChecked(settings.beacon)
        hosts = self._station.room.can_host()
        self.role.setText(
            self.tr("PC pengawas: menjalankan hub ruang di {listen}").format(listen=settings.listen)
            if hosts
            else self.tr("stasiun peserta")
        )
        # The proctor's PC runs the hub (it announces itself); a station joins one.
        self.beacon.setVisible(hosts)
        self.address.setEnabled(not hosts)
        self.discovery.setVisible(not hosts)
        self._show_state()

    def _show_state(self) -> None:
        link = self.runner.link
        if link is None:
            text = self.tr("tidak menyambung (belum diatur)")
            if self.runner.problem:
                text = self.runner.problem
        else:
            state = link.state
            text = translate_text(LINK_PHASES.get(state.phase, state.phase))
            if state.hub_id:
                text += f" · {state.hub_id} ({state.address})"
            if state.pending_events:
                text += " · " + self.tr("{count} kejadian belum tersalin").format(
                    count=state.pending_events
                )
            if state.problem is not None:
                text += " · " + message_text(state.problem)
        self.state.setText(text)

    def save(self) -> bool:
        """Keep the settings (audited) and join the hub with them now."""
        address = self.address.text().strip()
        try:
            self._station.room.configure(
                address=address or None,
                clear_address=not address,
                discovery=self.discovery.isChecked(),
                beacon=self.beacon.isChecked(),
            )
        except StationError as error:
            set_message(self.message, message_text(error), "error")
            return False
        self.runner.stop()
        joined = self.runner.start()
        set_message(
            self.message,
            self.tr("Tersimpan; stasiun menghubungi hub.")
            if joined
            else self.tr("Tersimpan; stasiun bekerja sendiri (tidak ada hub yang diatur)."),
        )
        self.refresh()
        return True
