"""The events window: events, each one's guest list with its answers, inviting with the desk's filters,
invitations in each guest's language, the report, and address labels on paper."""
