"""Printed documents: queue tickets and payment receipts (80 mm thermal), the uittreksel BRP
(A4, with a verification QR), and the drawing helpers the appointment confirmation shares.

Importing this package does not load reportlab or qrcode; rendering does.
"""
