"""The editors' review desk: filters, evidence, duplicates, actions and the interactive loop."""
