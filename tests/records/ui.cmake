# Tests of the records ui part (label records).
