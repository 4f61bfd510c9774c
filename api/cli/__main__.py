"""``python -m api.cli``: the same as the ``opioid-calc`` command."""

import sys

from api.cli import main


sys.exit(main())
