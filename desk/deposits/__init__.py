"""Merchant deposit-refund applications: prerequisites, documents, submissions, arrival (seed 003)."""
