#include "app/core/ports/receiptprinter.h"

#include <QCoreApplication>

namespace pos {

QString toDisplayString(PrinterState s)
{
    switch (s) {
    case PrinterState::Ready: return QCoreApplication::translate("Printer", "就绪");
    case PrinterState::PaperOut: return QCoreApplication::translate("Printer", "缺纸");
    case PrinterState::PaperNearEnd: return QCoreApplication::translate("Printer", "纸将尽");
    case PrinterState::CoverOpen: return QCoreApplication::translate("Printer", "纸仓盖打开");
    case PrinterState::Offline: return QCoreApplication::translate("Printer", "离线");
    case PrinterState::Failed: return QCoreApplication::translate("Printer", "故障");
    case PrinterState::Unknown:
        return QCoreApplication::translate("Printer", "状态未知（正在询问）");
    }
    return {};
}

} // namespace pos
