"""Parts of the dashboard page."""
