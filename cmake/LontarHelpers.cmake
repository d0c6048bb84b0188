# Shared build settings for every Lontar target.

# Applies the project's warning level, Qt string strictness and hardening flags.
function(lontar_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
    if(LONTAR_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH QT_NO_KEYWORDS QT_STRICT_ITERATORS)
endfunction()

# lontar_add_module(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A module is a static library named lontar_<NAME>, with its folder on the include path
# so that other code includes "<NAME>/Header.h" relative to modules/.
function(lontar_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(lontar_${name} STATIC ${ARG_SOURCES})
    add_library(lontar::${name} ALIAS lontar_${name})
    target_include_directories(lontar_${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
    target_link_libraries(lontar_${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    lontar_target_defaults(lontar_${name})
endfunction()

# lontar_add_test(NAME SOURCES ... LIBS ... LABELS ... [GUI])
# One QtTest program per unit, registered with CTest. GUI tests run on the offscreen platform;
# every test gets a private output folder in LONTAR_TEST_OUTPUT for screenshots and scratch files.
function(lontar_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    lontar_target_defaults(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "LANG=C.UTF-8"
            "LONTAR_TEST_OUTPUT=${PROJECT_BINARY_DIR}/test-output/${name}"
            "LONTAR_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "LONTAR_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "LONTAR_BINARY_DIR=${PROJECT_BINARY_DIR}"
            "QT_QPA_PLATFORM=offscreen")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
