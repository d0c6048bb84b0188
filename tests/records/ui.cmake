# Tests of the records ui part (label records): the records page driven by object name — search,
# filters, security classes, folder import with progress, summary and cancel, the letter view with its
# PDF preview and download; screenshots in the test's output folder.
lontar_add_test(tst_recordsui SOURCES tst_recordsui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI TIMEOUT 180)
# Letters dispatched to a unit, registered from the inbox's "Kiriman naskah" (screenshots), and the demo
# records on a real server pulled by the demo atasan.
lontar_add_test(tst_recordsdeliveryui SOURCES tst_recordsdeliveryui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI TIMEOUT 180)
lontar_add_test(tst_recordsdemo SOURCES tst_recordsdemo.cpp RecordsTestSupport.h
    LIBS lontar::records_cli lontar::server LABELS records TIMEOUT 300)
