"""The network map's widgets (imported lazily by ui.pages.network; may use pyqtgraph)."""
