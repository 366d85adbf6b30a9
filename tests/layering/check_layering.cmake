# Fails when a file includes something its layer must not (README: dependencies point inward).
#   cmake -DROOT=<source root> -DQT_INCLUDE_ROOT=<Qt's include folder> -P check_layering.cmake
#
# Every .h/.hpp/.cpp/.cc/.cxx/.c under app/ (app/core and the composition root), devices/, storage/,
# sync/, ui/ and tests/ is read. Each #include — "…" or <…>, with any spacing — is resolved as the
# compiler would: a quoted name next to the including file first (so "../storage/x.h" and a
# sibling "sub/x.h" are what they point at), then against the include base (the source root), and
# the result is judged by the layer it lands in, not by its spelling. A Qt header is judged by the
# module it belongs to (looked up in Qt's include folder, so <QColor> is QtGui however it is
# spelled), a third-party header by its library. What each layer may use:
#
#   layer          project layers                  Qt modules                   libraries
#   app/core       app/core                        Core                         (none)
#   devices        app/core                        Core Gui Network SerialPort  libusb evdev zxing
#                                                  PrintSupport                 opencv cups
#   storage        app/core                        Core Sql Gui                 openssl sqlite zip
#                                                                               xlsxwriter
#   sync           app/core                        Core Network                 openssl
#   sync/simulator app/core sync                   Core Network Sql HttpServer  openssl
#   ui             app/core                        Core Gui Widgets             (none)
#   app            app/core devices storage sync   any                          any
#                  sync/simulator ui (never tests/)
#   tests/fakes    app/core                        Core                         (none)
#   tests/support  app/core tests/fakes storage    Core Sql Test                (none)
#   tests          anything                        any                          any
#
# (A layer may always include its own files.) The composition root may wire the platform's
# simulated twin (sync/simulator's in-process platform) as it wires the simulated devices: the demo
# store without a platform link settles against it. The Qt columns are the modules each layer's CMake
# target links; the fakes are linked by tests of app/core alone, so they obey app/core's rules.
# tests/layering/ itself holds the fixtures that break each rule on purpose and is not scanned.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "pass -DROOT=<source root>")
endif()
if(NOT QT_INCLUDE_ROOT OR NOT IS_DIRECTORY "${QT_INCLUDE_ROOT}/QtCore")
  message(FATAL_ERROR "pass -DQT_INCLUDE_ROOT=<the folder holding QtCore/, QtGui/, …>")
endif()
cmake_path(ABSOLUTE_PATH ROOT NORMALIZE)
string(REGEX REPLACE "/$" "" ROOT "${ROOT}")

# Layers, most specific first (a file belongs to the first whose folder holds it).
set(layers tests/layering tests/fakes tests/support tests sync/simulator app/core app devices
           storage sync ui)
set(any "*")
set(allow_layers_devices app/core)
set(allow_layers_storage app/core)
set(allow_layers_sync app/core)
set(allow_layers_sync/simulator app/core sync)
set(allow_layers_ui app/core)
set(allow_layers_app app/core devices storage sync sync/simulator ui)
set(allow_layers_tests/fakes app/core)
set(allow_layers_tests/support app/core tests/fakes storage)
set(allow_layers_tests "*")

set(allow_qt_app/core QtCore)
set(allow_qt_devices QtCore QtGui QtNetwork QtSerialPort QtPrintSupport)
set(allow_qt_storage QtCore QtSql QtGui)
set(allow_qt_sync QtCore QtNetwork)
set(allow_qt_sync/simulator QtCore QtNetwork QtSql QtHttpServer)
set(allow_qt_ui QtCore QtGui QtWidgets)
set(allow_qt_app "*")
set(allow_qt_tests/fakes QtCore)
set(allow_qt_tests/support QtCore QtSql QtTest)
set(allow_qt_tests "*")

# Third-party libraries by the headers they install (matched against the include as written).
set(libraries libusb evdev zxing opencv cups openssl sqlite zip xlsxwriter curl)
set(lib_libusb "^(libusb-1\\.0/)?libusb\\.h$")
set(lib_evdev "^(libevdev|linux/input|linux/uinput)")
set(lib_zxing "^ZXing/")
set(lib_opencv "^(opencv4/)?opencv2/")
set(lib_cups "^cups/")
set(lib_openssl "^openssl/")
set(lib_sqlite "^sqlite3(ext)?\\.h$")
set(lib_zip "^(minizip/|zlib\\.h$|unzip\\.h$|zip\\.h$)")
set(lib_xlsxwriter "^xlsxwriter")
set(lib_curl "^curl/")
set(allow_lib_app/core "")
set(allow_lib_devices libusb evdev zxing opencv cups)
set(allow_lib_storage openssl sqlite zip xlsxwriter)
set(allow_lib_sync openssl)
set(allow_lib_sync/simulator openssl)
set(allow_lib_ui "")
set(allow_lib_app "*")
set(allow_lib_tests/fakes "")
set(allow_lib_tests/support "")
set(allow_lib_tests "*")

file(GLOB qt_modules LIST_DIRECTORIES true RELATIVE "${QT_INCLUDE_ROOT}" "${QT_INCLUDE_ROOT}/Qt*")
list(REMOVE_ITEM qt_modules QtCore)
list(PREPEND qt_modules QtCore) # a name found in several modules is Core's

# The layer of a path relative to ROOT ("" when it is in none).
function(layer_of rel out)
  foreach(l IN LISTS layers)
    if(rel MATCHES "^${l}/")
      set(${out} "${l}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# The Qt module a header belongs to ("" when it is not Qt's), cached per name.
function(qt_module_of name out)
  string(MAKE_C_IDENTIFIER "qtmod_${name}" key)
  if(DEFINED ${key})
    set(${out} "${${key}}" PARENT_SCOPE)
    return()
  endif()
  set(found "")
  string(REGEX MATCH "^(Qt[A-Za-z]+)(/|$)" m "${name}")
  if(m AND CMAKE_MATCH_1 IN_LIST qt_modules)
    set(found "${CMAKE_MATCH_1}") # <QtSql/QSqlQuery>, <QtWidgets>
  elseif(NOT name MATCHES "/")
    foreach(mod IN LISTS qt_modules)
      if(EXISTS "${QT_INCLUDE_ROOT}/${mod}/${name}" AND NOT IS_DIRECTORY "${QT_INCLUDE_ROOT}/${mod}/${name}")
        set(found "${mod}")
        break()
      endif()
    endforeach()
  endif()
  set(${key} "${found}" PARENT_SCOPE)
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

set(violations 0)
set(scanned 0)
function(violation file what why)
  message("layering: ${file} includes ${what}, ${why}")
  math(EXPR n "${violations} + 1")
  set(violations ${n} PARENT_SCOPE)
endfunction()

set(globs)
foreach(dir app devices storage sync ui tests)
  foreach(ext h hpp hh hxx cpp cc cxx c)
    list(APPEND globs "${ROOT}/${dir}/*.${ext}")
  endforeach()
endforeach()
file(GLOB_RECURSE files ${globs})

foreach(f IN LISTS files)
  file(RELATIVE_PATH rel "${ROOT}" "${f}")
  layer_of("${rel}" layer)
  if(layer STREQUAL "" OR layer STREQUAL "tests/layering")
    continue()
  endif()
  math(EXPR scanned "${scanned} + 1")
  get_filename_component(here "${f}" DIRECTORY)
  file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(inc IN LISTS includes)
    if(NOT inc MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
      continue()
    endif()
    set(quoted "${CMAKE_MATCH_1}")
    set(name "${CMAKE_MATCH_2}")
    set(shown "<${name}>")
    if(quoted STREQUAL "\"")
      set(shown "\"${name}\"")
    endif()

    # Where the include lands: next to the file (quoted), else under the include base.
    set(target "")
    if(quoted STREQUAL "\"" AND (EXISTS "${here}/${name}" OR name MATCHES "^\\.\\.?/"))
      cmake_path(SET target NORMALIZE "${here}/${name}")
    else()
      cmake_path(SET target NORMALIZE "${ROOT}/${name}")
    endif()
    set(target_layer "")
    string(FIND "${target}" "${ROOT}/" at)
    if(at EQUAL 0)
      file(RELATIVE_PATH target_rel "${ROOT}" "${target}")
      layer_of("${target_rel}" target_layer)
    endif()

    if(NOT target_layer STREQUAL "")
      if(NOT target_layer STREQUAL layer AND NOT "*" IN_LIST allow_layers_${layer}
         AND NOT target_layer IN_LIST allow_layers_${layer})
        violation("${rel}" "${shown} (${target_rel})" "which ${layer}/ must not (it may use: ${layer} ${allow_layers_${layer}})")
      endif()
      continue()
    endif()
    if(name MATCHES "^\\.\\.?/")
      violation("${rel}" "${shown}" "which leaves the source tree")
      continue()
    endif()

    qt_module_of("${name}" module)
    if(NOT module STREQUAL "")
      if(NOT "*" IN_LIST allow_qt_${layer} AND NOT module IN_LIST allow_qt_${layer})
        violation("${rel}" "${shown} (${module})" "which ${layer}/ must not (Qt modules it may use: ${allow_qt_${layer}})")
      endif()
      continue()
    endif()
    foreach(lib IN LISTS libraries)
      if(name MATCHES "${lib_${lib}}" AND NOT "*" IN_LIST allow_lib_${layer}
         AND NOT lib IN_LIST allow_lib_${layer})
        violation("${rel}" "${shown} (${lib})" "which ${layer}/ must not (libraries it may use: ${allow_lib_${layer}})")
      endif()
    endforeach()
  endforeach()
endforeach()

if(scanned EQUAL 0)
  message(FATAL_ERROR "layering: no source file found under ${ROOT}")
endif()
if(violations GREATER 0)
  message(FATAL_ERROR "${violations} layering violation(s) in ${scanned} files")
endif()
message(STATUS "layering: every include of ${scanned} files points inward")
