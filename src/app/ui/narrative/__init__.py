"""Parts of the narrative page."""
