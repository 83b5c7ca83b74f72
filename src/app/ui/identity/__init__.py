"""The signing identity panel (embedded in Settings)."""
