"""The lists Desk shows, paged from the database: one specification per page and per detail table."""
