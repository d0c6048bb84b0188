# Tests of the records numbering part (label records).
