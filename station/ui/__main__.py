"""``python -m station.ui``: the candidate kiosk (see :mod:`station.ui.main`)."""

import sys

from station.ui.main import main

sys.exit(main())
