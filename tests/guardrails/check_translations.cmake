# Fails when a committed .ts file is not what lupdate makes of today's sources, or when it holds a
# string without its translation.
#   cmake -DLUPDATE=<lupdate> -DPROJECT=<.lupdate/<target>_project.cmake> -DWORK=<scratch dir>
#         "-DOPTIONS=<the target's lupdate options>" [-DKNOWN_CONTEXTLESS=<regex of files>]
#         -P check_translations.cmake
# PROJECT is the file qt_add_lupdate() generates for its <target>_lupdate target (sources, include
# paths, .ts files), so this runs exactly what `cmake --build … --target pharmapos_lupdate` runs —
# on copies in WORK, never on the committed files.
# A string whose context lupdate cannot see (e.g. `using Tr = SomeTr;` instead of a
# Q_DECLARE_TR_FUNCTIONS struct in the file) lands in an empty context and is never translated at
# run time: that fails too, except in files matching KNOWN_CONTEXTLESS (reported, not failed).
cmake_minimum_required(VERSION 3.25)
foreach(v LUPDATE PROJECT WORK)
  if(NOT ${v})
    message(FATAL_ERROR "pass -D${v}=…")
  endif()
endforeach()
if(NOT EXISTS "${PROJECT}")
  message(FATAL_ERROR "no lupdate project ${PROJECT}: configure the build first")
endif()
include("${PROJECT}") # lupdate_project_file, lupdate_include_paths, lupdate_sources, lupdate_translations
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(json_array out)
  set(quoted "")
  foreach(e IN LISTS ARGN)
    list(APPEND quoted "\"${e}\"")
  endforeach()
  list(JOIN quoted ", " joined)
  set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()

# Runs lupdate over the project's sources into copies of the .ts files in WORK/<subdir>.
function(run_lupdate subdir)
  set(copies "")
  file(MAKE_DIRECTORY "${WORK}/${subdir}")
  foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK}/${subdir}/${name}")
    list(APPEND copies "${WORK}/${subdir}/${name}")
  endforeach()
  set(sources "")
  foreach(s IN LISTS lupdate_sources)
    if(EXISTS "${s}")
      list(APPEND sources "${s}")
    endif()
  endforeach()
  json_array(json_sources ${sources})
  json_array(json_includes ${lupdate_include_paths})
  json_array(json_ts ${copies})
  file(WRITE "${WORK}/${subdir}/project.json"
       "{\n  \"projectFile\": \"${lupdate_project_file}\",\n  \"includePaths\": ${json_includes},\n"
       "  \"sources\": ${json_sources},\n  \"translations\": ${json_ts}\n}\n")
  execute_process(COMMAND "${LUPDATE}" -project "${WORK}/${subdir}/project.json" ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
  endif()
endfunction()

run_lupdate(same ${OPTIONS})
# Once more with locations, only to name the files behind contextless strings.
run_lupdate(located -no-obsolete -locations absolute)
get_filename_component(source_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

set(problems 0)
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name "${ts}" NAME)
  file(RELATIVE_PATH shown "${source_root}" "${ts}")
  file(READ "${ts}" committed)
  file(READ "${WORK}/same/${name}" fresh)
  if(NOT committed STREQUAL fresh)
    math(EXPR problems "${problems} + 1")
    execute_process(COMMAND diff -u "${ts}" "${WORK}/same/${name}" OUTPUT_VARIABLE d)
    string(REGEX MATCHALL "\n\\+[^\n]*<source>[^\n]*" added "${d}")
    string(REGEX MATCHALL "\n-[^\n]*<source>[^\n]*" removed "${d}")
    list(LENGTH added n_added)
    list(LENGTH removed n_removed)
    string(SUBSTRING "${d}" 0 3000 excerpt)
    message("translations: ${shown} is stale: lupdate adds ${n_added} source string(s) and drops "
            "${n_removed}. Run `cmake --build --preset dev --target pharmapos_lupdate`, translate "
            "what it marks unfinished, and commit the .ts.\n${excerpt}")
  endif()
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
  list(LENGTH unfinished n_unfinished)
  if(n_unfinished GREATER 0)
    math(EXPR problems "${problems} + 1")
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ \t]*<translation type=\"unfinished\"" first
           "${committed}")
    list(SUBLIST first 0 10 first)
    list(TRANSFORM first REPLACE "^<source>([^<]*)</source>.*" "\\1")
    string(REPLACE ";" "\n  " first "${first}")
    message("translations: ${shown} has ${n_unfinished} string(s) without a finished "
            "translation, e.g.\n  ${first}")
  endif()

  # Contextless strings, with the files they come from.
  file(READ "${WORK}/located/${name}" located)
  string(FIND "${located}" "<name></name>" at)
  if(NOT at EQUAL -1)
    string(SUBSTRING "${located}" ${at} -1 rest)
    string(FIND "${rest}" "</context>" end)
    string(SUBSTRING "${rest}" 0 ${end} block)
    string(REGEX MATCHALL "<location filename=\"[^\"]*\"" locs "${block}")
    list(TRANSFORM locs REPLACE "<location filename=\"([^\"]*)\"" "\\1")
    set(files "")
    foreach(l IN LISTS locs)
      get_filename_component(l "${l}" ABSOLUTE BASE_DIR "${WORK}/located")
      file(RELATIVE_PATH l "${source_root}" "${l}")
      list(APPEND files "${l}")
    endforeach()
    list(REMOVE_DUPLICATES files)
    set(locs ${files})
    string(REGEX MATCHALL "<message>" msgs "${block}")
    list(LENGTH msgs n_msgs)
    set(unknown "")
    foreach(l IN LISTS locs)
      if(NOT KNOWN_CONTEXTLESS OR NOT l MATCHES "${KNOWN_CONTEXTLESS}")
        list(APPEND unknown "${l}")
      endif()
    endforeach()
    if(unknown)
      math(EXPR problems "${problems} + 1")
      message("translations: lupdate cannot tell the context of strings in ${unknown}: they are "
              "never translated at run time. Declare `struct Tr { Q_DECLARE_TR_FUNCTIONS(Name) };` "
              "in the file (lupdate does not follow `using Tr = OtherTr;`).")
    else()
      message("translations: known problem: ${n_msgs} string(s) in ${locs} have no context lupdate "
              "can see (`using Tr = …`), so they are never translated at run time")
    endif()
  endif()
endforeach()

if(problems GREATER 0)
  message(FATAL_ERROR "${problems} translation problem(s)")
endif()
list(LENGTH lupdate_sources n_sources)
message(STATUS "translations: current for ${n_sources} source files")
