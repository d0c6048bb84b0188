# Tests of the records outgoing part (label records): the policies of outgoing letters and deliveries,
# rendering, and the whole flow through a real server with a real PKCS#12 key.
lontar_add_test(tst_recordsoutgoing SOURCES tst_recordsoutgoing.cpp
    LIBS lontar::records Qt6::Gui PkgConfig::POPPLER_QT6 LABELS records)
lontar_add_test(tst_recordsoutgoingsync SOURCES tst_recordsoutgoingsync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::esign lontar::server Qt6::Gui PkgConfig::POPPLER_QT6 LABELS records TIMEOUT 300)
# The outgoing tab driven by object name; screenshots of the letter with its paraf chain.
lontar_add_test(tst_recordsoutgoingui SOURCES tst_recordsoutgoingui.cpp RecordsTestSupport.h
    LIBS lontar::records_ui LABELS records GUI TIMEOUT 180)
# A signed letter dispatched to another OPD (EntitySpec::policyPlacesUnit) and forged deliveries refused.
lontar_add_test(tst_recordsdispatchsync SOURCES tst_recordsdispatchsync.cpp RecordsTestSupport.h
    LIBS lontar::records lontar::esign lontar::server Qt6::Gui PkgConfig::POPPLER_QT6 LABELS records TIMEOUT 300)
