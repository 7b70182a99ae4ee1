"""Entry script PyInstaller freezes: a processor check, then the same `main()` as `checkin-help`.

The check runs before anything imports PySide6: on a processor without SSE4.2/POPCNT, Qt would
abort (or crash) without a word in the windowed program. `cpu_check` lives beside this file.
"""

import sys

import cpu_check

# The Windows installer's AppMutex (packaging/windows/checkin-help.iss): while it exists, Setup
# and the uninstaller ask the person to close the app first.
RUNNING_MUTEX = "CheckInHelp.Running"


def hold_running_mutex() -> object:
    """On Windows, create the named mutex; the handle lives (and the mutex with it) until exit."""
    if not sys.platform.startswith("win"):
        return None
    import ctypes

    return ctypes.windll.kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


if __name__ == "__main__":
    cpu_check.check_or_exit()
    _mutex = hold_running_mutex()

    from desktop.__main__ import main

    sys.exit(main())
