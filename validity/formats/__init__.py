"""Renderings of answers: text for people, JSON for scripts, SARIF and iCalendar for tools."""
