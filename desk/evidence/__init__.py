"""Evidence: files in the vault, what they are, the cases they support, and what a case still needs."""
