# Tests of the records numbering part (label records): the block and number policies as the server runs
# them, and two devices of one unit numbering offline at once through a real server.
lontar_add_test(tst_recordsnumbering SOURCES tst_recordsnumbering.cpp
    LIBS lontar::records LABELS records)
lontar_add_test(tst_recordsnumberingsync SOURCES tst_recordsnumberingsync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::server LABELS records TIMEOUT 300)
