"""Documents Desk produces (claim packets, letters, exports): built with ReportLab from data."""
