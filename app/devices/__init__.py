"""Device drivers (card reader, payment terminal, printers) behind small interfaces.

Each device is a Protocol with a real driver and a simulator, chosen in the configuration.
No Qt here: drivers report through plain callbacks that the UI re-emits as signals.
"""
