"""Pure functions: return data -> PDF / XLSX files."""
