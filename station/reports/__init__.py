"""PDF documents made with reportlab (session report, attendance, receipts, profiles)."""
