"""The places of the main window, one module each."""
