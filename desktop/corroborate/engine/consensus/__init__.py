"""Consensus: claims, their support, what one outlet alone reports, and the summary."""
