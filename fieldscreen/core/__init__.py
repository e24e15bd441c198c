"""Pure-Python heart of fieldscreen: no Qt, no database, no PDF library."""
