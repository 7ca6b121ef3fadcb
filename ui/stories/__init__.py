"""Verhalen: the stories list on the Rapportages page."""
