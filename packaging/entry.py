"""Entry script PyInstaller freezes: the same `main()` as the `checkin-help` console script.

The processor check runs earlier, in the runtime hook packaging/rthook_cpu_check.py: by the time
this script starts, PyInstaller's PySide6 hook has already loaded Qt.
"""

import sys

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
    _mutex = hold_running_mutex()

    from desktop.__main__ import main

    sys.exit(main())
