# The filing part of the records module (see RecordsParts.h): berkas, retention, holds, declared records
# and disposal with its PDFs (QPdfWriter needs Qt Gui).
target_sources(lontar_records PRIVATE
    FilingSchema.cpp
    FilingPolicies.h FilingPolicies.cpp
    Filing.h Filing.cpp
    Retention.h Retention.cpp
    Disposal.h Disposal.cpp
    DisposalDocuments.h DisposalDocuments.cpp)
target_link_libraries(lontar_records PRIVATE Qt6::Gui)
