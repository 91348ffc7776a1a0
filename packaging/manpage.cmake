# cmake -DWAYMARK=path/to/waymark -DOUT=waymark.1 -DCHANGELOG=changelog -P manpage.cmake
# Writes waymark(1) from the registry in English, and OUT.gz and
# CHANGELOG.gz compressed as Debian wants them (gzip -9n: no name, no time).
set(ENV{LC_ALL} C)
unset(ENV{LANGUAGE})
execute_process(COMMAND ${WAYMARK} help --man OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${WAYMARK} help --man failed: ${rc}")
endif()
foreach(file ${OUT} ${CHANGELOG})
    execute_process(COMMAND gzip -9nc ${file} OUTPUT_FILE ${file}.gz RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${file} failed: ${rc}")
    endif()
endforeach()
