"""Entry point: ``corroborate`` opens the app, ``corroborate summarize`` is the CLI.

The packaged executable uses this same dispatch, so the bundle is both the app
and the command line.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Article readers run in worker processes; a frozen app must let them start.
    multiprocessing.freeze_support()
    # numpy's BLAS (OpenBLAS) starts a thread per CPU when it loads, which costs start-up
    # time and competes with the analysis on a busy machine; the engine's one matrix
    # product (articles x shared terms) is small. Set here, for the program only, so a
    # script that imports the engine keeps its own setting; a user's setting still wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in {"summarize", "-h", "--help", "--version"}:
        from corroborate.cli import main as cli_main

        return cli_main(args)
    # The first story's analysis starts now, in another process that loads the engine
    # while this one loads Qt and builds the window (see corroborate.gui.prewarm).
    from corroborate.engine.ahead import AnalysisAhead

    ahead = AnalysisAhead()
    from corroborate.gui.app import main as gui_main

    return gui_main(args, ahead)


if __name__ == "__main__":
    sys.exit(main())
