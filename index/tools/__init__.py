"""Build-time tools (never imported by the app)."""
