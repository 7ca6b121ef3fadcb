"""The application: command line, start-up and the composition root."""
