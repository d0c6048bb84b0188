# The dispositions part of the records module (see RecordsParts.h).
target_sources(lontar_records PRIVATE
    DispositionSchema.cpp
    DispositionPolicy.h DispositionPolicy.cpp
    Dispositions.h Dispositions.cpp)
# Demo records for the demo regency (letters, dispositions, a berkas, a draft waiting for paraf), written
# through the policies by whatever writer the caller gives (RecordsDemoServer.h: the central server).
target_sources(lontar_records PRIVATE
    RecordsDemo.h RecordsDemo.cpp RecordsDemoServer.h)
