"""Entry point of the frozen FaceLedger (both the `faceledger` CLI and the windowed `faceledger-gui`)."""

import sys

from faceledger.cli import main

if __name__ == "__main__":
    sys.exit(main())
