"""fieldscreen: offline, encrypted screening for indicators of human trafficking."""

__version__ = "0.1.0"
