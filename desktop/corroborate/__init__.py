"""Corroborate: extractive consensus summaries across news outlets."""
