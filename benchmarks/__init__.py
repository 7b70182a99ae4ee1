"""`make bench`: timings and sizes printed as a table; never asserted in tests."""
