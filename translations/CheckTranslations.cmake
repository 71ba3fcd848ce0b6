# Fails the build when a shipped language has an unfinished, obsolete or vanished string:
# such a string would reach users in English, or a translation would no longer match its
# source. English is the source language and has no translations of its own.
# Usage: cmake -DTS_FILES="a.ts;b.ts" -DSTAMP=file -P CheckTranslations.cmake
set(problems "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  if(name STREQUAL "amanat_en.ts")
    continue()
  endif()
  file(READ "${ts}" content)
  foreach(kind unfinished obsolete vanished)
    string(REGEX MATCHALL "type=\"${kind}\"" found "${content}")
    list(LENGTH found count)
    if(count GREATER 0)
      string(APPEND problems "  ${name}: ${count} ${kind} string(s)\n")
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Translations are not complete:\n${problems}"
                      "Run `ninja update_translations`, translate, and build again.")
endif()
file(WRITE "${STAMP}" "ok\n")
