"""Qt pieces shared by every window mode: the background operation runner, translations,
the theme and labels of domain values.

Nothing here knows about the counter or the kiosk; they build on it.
"""
