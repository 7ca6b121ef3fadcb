"""The period report (verantwoording) to Excel: cover, summary with charts, detail sheets,
network figures, stories, and a hidden machine-readable sheet for the team overview."""

from exports.report.build import ExportResult, ReportRequest, export_period_report

__all__ = ["ExportResult", "ReportRequest", "export_period_report"]
