"""Sandbox platform server fixtures. Filled in with the sandbox."""
