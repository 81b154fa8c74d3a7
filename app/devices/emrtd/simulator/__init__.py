"""A virtual eMRTD chip and its test document, for the tests and the demo (never production)."""
