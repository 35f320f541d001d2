"""Member accounts at a purchase agent: the ledger, its balance, cost returns and withdrawals (seed 000)."""
