"""Everything Qt lives here; the rest of `desk` runs without a QApplication."""
