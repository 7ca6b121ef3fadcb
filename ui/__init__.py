"""The interface: windows, pages, dialogs and item models. Asks services, never SQL."""
