#include "devices/logging.h"

Q_LOGGING_CATEGORY(lcScannerSim, "pos.device.scanner.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinterSim, "pos.device.printer.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCardReaderSim, "pos.device.cardreader.sim", QtInfoMsg)
