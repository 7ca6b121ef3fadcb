"""Charts for the Rapportages page (pyqtgraph): imported lazily, never at start-up."""
