"""The counter (balie) workstation: log in, find a person, see them in one 360 view, register
the contact; and the back-office task list of a unit."""
