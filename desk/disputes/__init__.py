"""Supplier disputes: opening one, its events, its exhibits and its escalation letters' ladder (seed 002)."""
