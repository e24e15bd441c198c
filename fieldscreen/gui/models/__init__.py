"""Qt item models over service data (no widgets; unit-testable on their own)."""
