"""Helpers shared by the extensions; not extensions themselves."""
