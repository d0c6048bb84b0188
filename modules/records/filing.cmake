# The filing part of the records module (see RecordsParts.h).
target_sources(lontar_records PRIVATE FilingSchema.cpp)
