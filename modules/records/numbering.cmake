# The numbering part of the records module (see RecordsParts.h): server-reserved number blocks, the numbers
# used or voided from them, and the register that explains every number of a unit's book.
target_sources(lontar_records PRIVATE NumberingSchema.cpp NumberingPolicy.h NumberingPolicy.cpp NumberBlocks.h
    NumberBlocks.cpp)
