"""Conflicts: where independent outlets disagree."""
