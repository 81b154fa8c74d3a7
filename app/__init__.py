"""StadsPunt: counter workstation and self-service kiosk for a municipal KCC."""

__version__ = "0.1.0"
