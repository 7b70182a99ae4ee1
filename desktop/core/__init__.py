"""Qt-free services the UI calls: paths, settings, the help library, the contact log."""
