"""`python -m summariser` runs the CLI."""

import sys

from summariser.cli import main

sys.exit(main())
