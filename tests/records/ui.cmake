# Tests of the records ui part (label records): the records page driven by object name — search,
# filters, security classes, folder import with progress, summary and cancel, the letter view with its
# PDF preview and download; screenshots in the test's output folder.
lontar_add_test(tst_recordsui SOURCES tst_recordsui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI TIMEOUT 180)
