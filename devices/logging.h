#pragma once

#include <QLoggingCategory>

// Per-device categories (pos.device.<name>), switchable with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcScannerSim)
Q_DECLARE_LOGGING_CATEGORY(lcPrinterSim)
Q_DECLARE_LOGGING_CATEGORY(lcCamera)
Q_DECLARE_LOGGING_CATEGORY(lcScannerKeyboard)
Q_DECLARE_LOGGING_CATEGORY(lcHidPos)
Q_DECLARE_LOGGING_CATEGORY(lcEvdev)
Q_DECLARE_LOGGING_CATEGORY(lcSerialScanner)
Q_DECLARE_LOGGING_CATEGORY(lcPrinterEscPos)
Q_DECLARE_LOGGING_CATEGORY(lcPrinterCups)
