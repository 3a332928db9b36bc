"""Entry point: ``corroborate`` opens the app, ``corroborate summarize`` is the CLI.

The packaged executable uses this same dispatch, so the bundle is both the app
and the command line.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Article readers run in worker processes; a frozen app must let them start.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in {"summarize", "-h", "--help", "--version"}:
        from corroborate.cli import main as cli_main

        return cli_main(args)
    from corroborate.gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
