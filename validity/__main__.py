"""``python -m validity``."""

from validity.cli import main

raise SystemExit(main())
