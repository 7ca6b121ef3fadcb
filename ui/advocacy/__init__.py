"""Collective advocacy: the dossier board, signals, the dossier detail and its parts."""
