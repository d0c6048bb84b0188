# Dispositions: inbox and disposition dialog.
target_sources(lontar_records_ui PRIVATE InboxTab.cpp)
