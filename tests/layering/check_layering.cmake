# Fails when a layer includes something it must not (DEVELOPERS.md: dependencies point inward).
#   cmake -DROOT=<source root> -P check_layering.cmake
# app/core: Qt::Core only — no GUI, SQL, network, device, crypto or file-format (zip, xlsx)
# headers, no outer layer.
# devices, storage, sync: app/core only — no UI, no composition root, not each other.
# ui: app/core only — no SQL, libusb, OpenCV, OpenSSL, HTTP, storage/devices/sync.
if(NOT ROOT)
  message(FATAL_ERROR "pass -DROOT=<source root>")
endif()

set(outer "ui/|storage/|devices/|sync/|app/(commands|counter|appconfig|democatalog|main)")
set(gui "QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QApplication|QImage|QPainter|QPixmap")
set(native "libusb|opencv2|openssl/|sqlite3\\.h|QtSql|QSql|QtNetwork|QNetwork|QTcpSocket|curl/|minizip/|xlsxwriter")

set(rules
  "app/core|(${outer})|(${gui})|(${native})"
  "devices|(ui/|storage/|sync/|app/(commands|counter|appconfig|democatalog))|(QtWidgets|QWidget|QMainWindow|QDialog|QApplication)|(QtSql|QSql)"
  "storage|(ui/|devices/|sync/|app/(commands|counter|appconfig|democatalog))|(QtWidgets|QWidget|QMainWindow|QDialog|QApplication)|(libusb|opencv2|QtNetwork|QNetwork)"
  "sync|(ui/|devices/|storage/|app/(commands|counter|appconfig|democatalog))|(QtWidgets|QWidget|QMainWindow|QDialog|QApplication)|(libusb|opencv2|QtSql|QSql)"
  "ui|(storage/|devices/|sync/|app/(commands|counter|appconfig|democatalog))|(libusb|opencv2|openssl/|sqlite3\\.h|QtSql|QSql|QtNetwork|QNetwork)|(curl/)"
)

# The one exception: sync/simulator/ is the platform simulator's own program
# (pharmapos-platform-sim), which keeps the platform's side in its own SQLite database. It is the
# platform's store, not the pharmacy's, so QtSql is allowed there and nowhere else in sync/.
set(sql_exempt_dir "sync/simulator/")
set(sql_pattern "(libusb|opencv2|QtSql|QSql)")

set(violations 0)
foreach(rule IN LISTS rules)
  string(REPLACE "|(" ";(" parts "${rule}")
  list(POP_FRONT parts layer)
  if(NOT IS_DIRECTORY "${ROOT}/${layer}")
    continue()
  endif()
  file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    file(RELATIVE_PATH rel_file "${ROOT}" "${f}")
    foreach(inc IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" target "${inc}")
      foreach(forbidden IN LISTS parts)
        if(layer STREQUAL "sync" AND rel_file MATCHES "^${sql_exempt_dir}"
           AND forbidden STREQUAL sql_pattern AND target MATCHES "^(QtSql|QSql)")
          continue()
        endif()
        if(target MATCHES "^${forbidden}")
          file(RELATIVE_PATH rel "${ROOT}" "${f}")
          message("layering: ${rel} includes <${target}>, which ${layer}/ must not (matches ${forbidden})")
          math(EXPR violations "${violations} + 1")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(violations GREATER 0)
  message(FATAL_ERROR "${violations} layering violation(s)")
endif()
message(STATUS "layering: every include points inward")
