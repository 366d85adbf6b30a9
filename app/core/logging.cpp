#include "app/core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "pos.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSale, "pos.core.sale", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScenario, "pos.core.scenario", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRx, "pos.core.rx", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvidence, "pos.core.evidence", QtInfoMsg)
