"""Events and invitations: a lecture, a member day, a launch or a dinner; an invite list chosen with the
desk's filters or by hand; each guest's answer; invitations written through the desk's templates in
each guest's language; attendance logged as a meeting; and the report: did the event pay?

    calendar.py     the events themselves (add, change, list, find by id or name)
    guests.py       who is invited, each guest's status and its day, the capacity rules
    invitations.py  the invitation to each guest, in their language, and logging it as sent
    report.py       guests by tier and status; what attendees bought in the 30 days after
"""
