"""The relationship-notes interface: detail pages, dialogs and their undo commands."""
