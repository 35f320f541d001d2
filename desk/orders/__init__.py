"""Orders: finding them as staff name them, editing them by hand, and what was paid and refunded on them."""
