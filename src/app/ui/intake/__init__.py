"""The Intake and Completeness pages' parts: result and status models, the chart."""
