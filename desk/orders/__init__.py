"""Orders: finding them as staff name them, editing them by hand, and what they come to, what was paid for each
line and what can still be refunded (`amounts`)."""
