# The dispositions part of the records module (see RecordsParts.h).
target_sources(lontar_records PRIVATE
    DispositionSchema.cpp
    DispositionPolicy.h DispositionPolicy.cpp
    Dispositions.h Dispositions.cpp)
