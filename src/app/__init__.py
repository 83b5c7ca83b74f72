"""PlanDesk: offline action plans, progress, events and signed returns."""

__version__ = "0.1.0"
APP_NAME = "PlanDesk"
