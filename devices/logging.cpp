#include "devices/logging.h"

Q_LOGGING_CATEGORY(lcScannerSim, "pos.device.scanner.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinterSim, "pos.device.printer.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCamera, "pos.device.camera", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScannerKeyboard, "pos.device.scanner.keyboard", QtInfoMsg)
