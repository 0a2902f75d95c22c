"""Pure rules of the counter: NIK, phone numbers, reference numbers, working days, Indonesian text."""
