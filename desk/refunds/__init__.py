"""Refunds: split across the payment methods that paid, and followed until they arrive (seed 001)."""
