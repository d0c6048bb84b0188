# Tests of the records filing part (label records).
