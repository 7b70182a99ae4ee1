"""PyInstaller runtime hook: the processor check, before anything loads Qt.

PyInstaller runs custom runtime hooks first, before its own hooks; its PySide6 hook imports
PySide6.QtCore (to register a qt.conf), which loads Qt's libraries, and on a processor without
SSE4.2/POPCNT that already aborts. So the check cannot wait for the entry script. `cpu_check`
lives beside this file (packaging/ is on the spec's pathex). Checked end to end by
packaging/linux/selftest-all.sh (step 6: a Core 2's /proc/cpuinfo, no libQt6Core opened).
"""

import cpu_check

cpu_check.check_or_exit()
