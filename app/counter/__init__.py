"""The counter (balie) workstation: log in, look up a person, register the contact."""
