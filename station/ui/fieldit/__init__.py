"""Field IT's screens: the first run of a station, and a panel of tabs for packages,
result bundles and HQ receipts, the sync with HQ, backups and the station doctor.

Everything goes through the services of :class:`station.app.Station`; slow
work runs in the background one job at a time (:class:`~.common.Desk`).
"""

from station.ui.fieldit.panel import FieldItPanel
from station.ui.fieldit.wizard import FirstRunWizard

__all__ = ["FieldItPanel", "FirstRunWizard"]
