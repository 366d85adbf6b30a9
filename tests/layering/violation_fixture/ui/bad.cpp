// Fixture for layering_check_detects_violation: a screen running SQL.
#include <QSqlQuery>
