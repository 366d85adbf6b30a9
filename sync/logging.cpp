#include "sync/logging.h"

Q_LOGGING_CATEGORY(lcSync, "pos.sync", QtInfoMsg)
