# Clock events and their trust, kiosk PINs (attendance part "events & trust").
lontar_add_test(tst_trustedtime SOURCES tst_trustedtime.cpp LIBS lontar::attendance LABELS attendance TIMEOUT 60)
lontar_add_test(tst_clockevents SOURCES tst_clockevents.cpp EventTestSupport.h
    LIBS lontar::attendance lontar::server LABELS attendance TIMEOUT 120)
lontar_add_test(tst_clocksync SOURCES tst_clocksync.cpp EventTestSupport.h
    LIBS lontar::attendance lontar::server LABELS attendance TIMEOUT 240)
lontar_add_test(tst_kiosk SOURCES tst_kiosk.cpp EventTestSupport.h
    LIBS lontar::attendance lontar::server LABELS attendance TIMEOUT 180)
# Records one clock event on a profile, for tst_clocksync to run under faketime (a device whose wall
# clock was moved while offline).
add_executable(lontar-att-clock-helper att_clock_helper.cpp)
target_link_libraries(lontar-att-clock-helper PRIVATE lontar::attendance)
lontar_target_defaults(lontar-att-clock-helper)
add_dependencies(tst_clocksync lontar-att-clock-helper)
set_property(TEST tst_clocksync APPEND PROPERTY ENVIRONMENT
    "LONTAR_CLOCK_HELPER=$<TARGET_FILE:lontar-att-clock-helper>")
