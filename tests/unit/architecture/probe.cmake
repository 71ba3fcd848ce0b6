# tst_architecture_build: a file that links only amanat_db builds when it includes what db
# may use, and fails to build when it includes library/Library.h. Run by ctest as
#   cmake -DBUILD_DIR=<build tree> -P probe.cmake
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target architecture_probe_allowed
                RESULT_VARIABLE allowed_result OUTPUT_VARIABLE allowed_output
                ERROR_VARIABLE allowed_output)
if(NOT allowed_result EQUAL 0)
  message(FATAL_ERROR "The allowed includes did not build:\n${allowed_output}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target architecture_probe_forbidden
                RESULT_VARIABLE forbidden_result OUTPUT_VARIABLE forbidden_output
                ERROR_VARIABLE forbidden_output)
if(forbidden_result EQUAL 0)
  message(FATAL_ERROR "An include from core/db into library/ built; the layers are not enforced")
endif()
if(NOT forbidden_output MATCHES "library/Library.h")
  message(FATAL_ERROR "The forbidden probe failed for another reason:\n${forbidden_output}")
endif()
message(STATUS "library/Library.h is out of reach of core/db, as it must be")
