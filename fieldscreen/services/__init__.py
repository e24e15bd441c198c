"""services layer of fieldscreen (see DESIGN.md 3)."""
