"""Entry point of the packaged app: the same dispatch as the ``corroborate`` command.

PyInstaller freezes this script; ``corroborate.__main__`` decides between the window
and the command line.
"""

import multiprocessing

from corroborate.__main__ import run

if __name__ == "__main__":
    # A frozen executable re-runs itself for multiprocessing workers; this hands them over.
    multiprocessing.freeze_support()
    run()
