"""Entry point of the frozen app: the same as the `desk` console script."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
