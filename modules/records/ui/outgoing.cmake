# Outgoing letters.
target_sources(lontar_records_ui PRIVATE OutgoingTab.cpp)
