# Tests of the records dispositions part (label records).
