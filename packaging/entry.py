"""Entry script PyInstaller freezes: a processor check, then the same `main()` as `checkin-help`.

The check runs before anything imports PySide6: on a processor without SSE4.2/POPCNT, Qt would
abort (or crash) without a word in the windowed program. `cpu_check` lives beside this file.
"""

import sys

import cpu_check

if __name__ == "__main__":
    cpu_check.check_or_exit()

    from desktop.__main__ import main

    sys.exit(main())
