import sys

from faceledger.cli import main

sys.exit(main())
