# Requests, terminal import, the command line (attendance part "requests, import, CLI").
lontar_add_test(tst_requests SOURCES tst_requests.cpp EventTestSupport.h
    LIBS lontar::attendance lontar::server LABELS attendance TIMEOUT 180)
lontar_add_test(tst_terminalimport SOURCES tst_terminalimport.cpp EventTestSupport.h
    LIBS lontar::attendance_cli lontar::server LABELS attendance TIMEOUT 180)
lontar_add_test(tst_attendancecli SOURCES tst_attendancecli.cpp EventTestSupport.h
    LIBS lontar::attendance_cli lontar::server LABELS attendance TIMEOUT 240)
add_dependencies(tst_attendancecli lontar-cli)
