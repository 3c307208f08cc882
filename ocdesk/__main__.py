"""`python -m ocdesk` runs the same entry point as the `ocdesk` command."""

from ocdesk.entry import main

raise SystemExit(main())
