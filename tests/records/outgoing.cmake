# Tests of the records outgoing part (label records).
