"""`python -m ocdesk` runs the same entry point as the `ocdesk` command."""

from ocdesk.cli import main

raise SystemExit(main())
