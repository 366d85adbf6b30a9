#pragma once

#include <QLoggingCategory>

// Per-device categories (pos.device.<name>), switchable with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcScannerSim)
Q_DECLARE_LOGGING_CATEGORY(lcPrinterSim)
Q_DECLARE_LOGGING_CATEGORY(lcCardReaderSim)
