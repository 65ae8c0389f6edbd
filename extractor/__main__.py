"""`python -m extractor` runs the command line."""
import sys

from extractor.cli import main

sys.exit(main())
