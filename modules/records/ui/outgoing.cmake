# Outgoing letters: the lists, the draft form, the paraf chain, the preview (Poppler) and signing with the
# e-signature page's key chooser (lontar::esign_ui does not depend on records).
target_sources(lontar_records_ui PRIVATE
    OutgoingTab.h OutgoingTab.cpp
    OutgoingEditor.h OutgoingEditor.cpp)
target_link_libraries(lontar_records_ui PRIVATE lontar::esign_ui PkgConfig::POPPLER_QT6)
target_sources(lontar_records_ui PRIVATE LetterheadDialog.h LetterheadDialog.cpp)
# Letters dispatched to the user's unit, registered as incoming letters from the inbox.
target_sources(lontar_records_ui PRIVATE
    DeliveriesWidget.h DeliveriesWidget.cpp)
