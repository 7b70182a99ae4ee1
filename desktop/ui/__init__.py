"""Qt widgets only: windows, dialogs and item models over desktop.core."""
