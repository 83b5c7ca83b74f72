"""The Returns page's parts: background jobs, the returns list, the preview, the password."""
