"""Check-In Help: offline help for ICE and ISAP check-ins, with a private contact log."""

__version__ = "0.1.0"
