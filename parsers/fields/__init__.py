"""Finding and normalising fields: classification, alignment with the model, organisation, date, place."""
