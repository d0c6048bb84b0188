# Tests of the records filing part (label records): retention arithmetic and the dashboard, berkas, holds,
# declared records and disposal with its PDFs on a device, the same through a real server, and the
# retention dashboard's screenshot.
lontar_add_test(tst_recordsretention SOURCES tst_recordsretention.cpp RecordsTestSupport.h
    LIBS lontar::records LABELS records)
lontar_add_test(tst_recordsfiling SOURCES tst_recordsfiling.cpp RecordsTestSupport.h
    LIBS lontar::records Qt6::Gui LABELS records)
lontar_add_test(tst_recordsfilingsync SOURCES tst_recordsfilingsync.cpp RecordsTestSupport.h
    LIBS lontar::records_cli lontar::server LABELS records TIMEOUT 300)
lontar_add_test(tst_recordsretentionui SOURCES tst_recordsretentionui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI)
