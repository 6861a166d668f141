"""Finding and normalising fields: classification, model alignment, organisation, date, place."""
