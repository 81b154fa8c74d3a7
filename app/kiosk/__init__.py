"""The self-service kiosk (zuil) in the stadshal: large, bilingual, forgets the visitor."""
