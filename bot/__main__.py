"""`python -m bot` is the `newsdesk` command."""

from bot.cli import main

raise SystemExit(main())
