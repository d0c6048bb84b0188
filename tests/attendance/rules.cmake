# Rules as data, daily status and the monthly recap (label "attendance").
lontar_add_test(tst_attendancerules SOURCES tst_attendancerules.cpp RecapTestSupport.h
    LIBS lontar::attendance LABELS attendance)
lontar_add_test(tst_recap SOURCES tst_recap.cpp RecapTestSupport.h
    LIBS lontar::attendance_documents LABELS attendance TIMEOUT 300)
# Figures, not a timed test: lontar-bench-attendance [PERSONS=5000] prints the regency's month recap next
# to a plain aggregate over the same events, with peak memory; a small smoke run in ctest.
add_executable(lontar-bench-attendance bench_recap.cpp RecapTestSupport.h)
target_link_libraries(lontar-bench-attendance PRIVATE lontar::attendance Qt6::Test)
target_include_directories(lontar-bench-attendance PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lontar_target_defaults(lontar-bench-attendance)
add_test(NAME bench_recap_smoke COMMAND lontar-bench-attendance 300)
set_tests_properties(bench_recap_smoke PROPERTIES LABELS "attendance;bench" TIMEOUT 300
    ENVIRONMENT "LANG=C.UTF-8" PASS_REGULAR_EXPRESSION "recap: 300 persons")
