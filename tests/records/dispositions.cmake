# Tests of the records dispositions part (label records): the policy's rules, dispositions through a real
# server with several enrolled devices, and the inbox and disposition dialog (screenshots).
lontar_add_test(tst_recordsdisposition SOURCES tst_recordsdisposition.cpp
    LIBS lontar::records LABELS records)
lontar_add_test(tst_recordsdispositionsync SOURCES tst_recordsdispositionsync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::server LABELS records TIMEOUT 300)
lontar_add_test(tst_recordsdispositionui SOURCES tst_recordsdispositionui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI)
# A letter raised above a recipient's clearance takes its dispositions off their devices (EntitySpec::follows).
lontar_add_test(tst_recordsreclassifysync SOURCES tst_recordsreclassifysync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::server LABELS records TIMEOUT 300)
