# The outgoing part of the records module (see RecordsParts.h).
target_sources(lontar_records PRIVATE OutgoingSchema.cpp)
