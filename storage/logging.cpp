#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "pos.storage", QtInfoMsg)
