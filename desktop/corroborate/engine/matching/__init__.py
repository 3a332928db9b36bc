"""Matching: which sentences of different outlets say the same thing, and which outlets are one source."""
