# Filing and retention: the retention dashboard with holds and disposal, and the dialog that files a
# letter into a berkas (and declares it a record).
target_sources(lontar_records_ui PRIVATE
    RetentionTab.cpp
    RetentionWidget.h RetentionWidget.cpp
    FilingDialog.h FilingDialog.cpp)
