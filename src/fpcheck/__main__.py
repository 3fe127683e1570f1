"""``python -m fpcheck``: the command line, where the ``fpcheck`` script is not on the PATH."""

from fpcheck.cli import main

raise SystemExit(main())
