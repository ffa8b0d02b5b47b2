"""`python -m summariser.quality` runs the quality command (summariser/quality/command.py)."""

import sys

from summariser.quality.command import main

sys.exit(main(sys.argv[1:]))
