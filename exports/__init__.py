"""Excel out and in: reports, agendas, dossiers, subject-access export, team overview, imports.

No Qt here, so the command line and the interface share every export.
"""
