#include "devices/logging.h"

Q_LOGGING_CATEGORY(lcScannerSim, "pos.device.scanner.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinterSim, "pos.device.printer.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPaper, "pos.device.paper", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCamera, "pos.device.camera", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScannerKeyboard, "pos.device.scanner.keyboard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHidPos, "pos.device.hidpos", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvdev, "pos.device.evdev", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSerialScanner, "pos.device.serial", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinterEscPos, "pos.device.printer.escpos", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinterCups, "pos.device.printer.cups", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCardReaderSim, "pos.device.cardreader.sim", QtInfoMsg)
