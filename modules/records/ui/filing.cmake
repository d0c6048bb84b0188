# Filing and retention.
target_sources(lontar_records_ui PRIVATE RetentionTab.cpp)
