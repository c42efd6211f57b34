"""Entry point of the frozen FaceLedger (both the `faceledger` CLI and the windowed `faceledger-gui`)."""

import multiprocessing
import sys

from faceledger.cli import main

if __name__ == "__main__":
    # A batch of letters of 100 rows or more runs in worker processes started with "spawn" (letters/batch.py):
    # in the frozen build each worker is this executable again, which must run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
