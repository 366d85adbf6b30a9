#pragma once

#include <QLoggingCategory>

// One category per module; switch with QT_LOGGING_RULES, e.g. "pos.core.sale.debug=true".
// Never log card numbers, ID numbers, keys or faces (DATA-PRIVACY).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcSale)
Q_DECLARE_LOGGING_CATEGORY(lcScenario)
Q_DECLARE_LOGGING_CATEGORY(lcRx)
Q_DECLARE_LOGGING_CATEGORY(lcEvidence)
