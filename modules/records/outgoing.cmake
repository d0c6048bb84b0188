# The outgoing part of the records module (see RecordsParts.h): outgoing letters with their paraf chain,
# rendering (QPdfWriter, so Qt6::Gui), signing through the TTE engine (lontar::esign, which does not
# depend on records) and dispatch to internal recipient units.
target_sources(lontar_records PRIVATE
    OutgoingSchema.cpp
    OutgoingLetters.h OutgoingLetters.cpp
    OutgoingPolicy.cpp
    OutgoingRender.h OutgoingRender.cpp
    OutgoingDesk.h OutgoingDesk.cpp)
target_link_libraries(lontar_records PRIVATE Qt6::Gui lontar::esign)
