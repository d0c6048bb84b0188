# Tests of the records numbering part (label records): the block and number policies as the server runs
# them, and two devices of one unit numbering offline at once through a real server.
lontar_add_test(tst_recordsnumbering SOURCES tst_recordsnumbering.cpp
    LIBS lontar::records LABELS records)
lontar_add_test(tst_recordsnumberingsync SOURCES tst_recordsnumberingsync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::server LABELS records TIMEOUT 300)
# Agenda numbers of incoming letters from server blocks: two PCs of one TU office registering offline at
# once, an offline import that runs out, forged agenda numbers refused by the server.
lontar_add_test(tst_recordsagendasync SOURCES tst_recordsagendasync.cpp RecordsTestSupport.h
    LIBS lontar::records_cli lontar::server LABELS records TIMEOUT 300)
