"""PDF documents made with reportlab: HQ's delivery sheets, competency profiles and summaries."""
