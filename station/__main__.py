"""Allow ``python -m station``."""

from station.cli.main import main

raise SystemExit(main())
