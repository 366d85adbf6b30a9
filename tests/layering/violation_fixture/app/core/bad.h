#pragma once
// Fixture for layering_check_detects_violation: the core reaching for widgets and storage.
#include "storage/database.h"

#include <QWidget>
