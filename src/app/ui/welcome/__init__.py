"""The welcome path: what a new database still lacks, and the steps that fill it."""
