# The numbering part of the records module (see RecordsParts.h).
target_sources(lontar_records PRIVATE NumberingSchema.cpp NumberBlocks.h NumberBlocks.cpp)
