"""Use cases. They take a session and plain values and return plain values; never Qt."""
