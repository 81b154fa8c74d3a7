"""Identification with a passport or identity card: MRZ, the eMRTD chip over PC/SC, passive
authentication. No Qt: the kiosk and the counter drive it through the UI's device worker."""
