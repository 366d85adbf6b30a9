#include "devices/escpos/escposprotocol.h"

#include <QCoreApplication>
#include <QStringList>

namespace pos::devices::escpos {

namespace {
/// Translation context "EscPosProtocol" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscPosProtocol)
};

constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char GS = 0x1D;

bool bit(quint8 byte, int n)
{
    return (byte >> n) & 1;
}
} // namespace

QByteArray statusRequest(StatusRequest n)
{
    return QByteArray() + DLE + EOT + char(n);
}

PrinterStatus interpret(const RealtimeStatus& s)
{
    // Bit meanings from the ESC/POS reference, DLE EOT n = 1..4 (bits 0,1,4,7 are fixed).
    const bool offline = bit(s.printer, 3);
    const bool coverOpen = bit(s.offlineCause, 2);
    const bool paperEndStop = bit(s.offlineCause, 5);
    const bool errorOccurred = bit(s.offlineCause, 6);
    const bool cutterError = bit(s.errorCause, 3);
    const bool unrecoverable = bit(s.errorCause, 5);
    const bool autoRecoverable = bit(s.errorCause, 6);
    const bool nearEnd = (s.paperSensor & 0x0C) != 0;
    const bool paperEnd = (s.paperSensor & 0x60) != 0;

    QStringList said;
    const auto say = [&](bool set, const QString& what) {
        if (set)
            said << what;
    };
    say(offline, Tr::tr("离线"));
    say(bit(s.printer, 5), Tr::tr("等待恢复联机"));
    say(coverOpen, Tr::tr("纸仓盖打开"));
    say(bit(s.offlineCause, 3), Tr::tr("正在按走纸键"));
    say(paperEndStop, Tr::tr("因缺纸停止打印"));
    say(errorOccurred, Tr::tr("发生错误"));
    say(bit(s.errorCause, 2), Tr::tr("机构错误"));
    say(cutterError, Tr::tr("切刀错误（如卡纸）"));
    say(unrecoverable, Tr::tr("不可恢复的错误"));
    say(autoRecoverable, Tr::tr("可自动恢复的错误（如打印头过热）"));
    say(nearEnd, Tr::tr("纸将尽"));
    say(paperEnd, Tr::tr("纸卷用完"));
    const QString raw = QStringLiteral("DLE EOT 1-4: %1 %2 %3 %4")
                            .arg(s.printer, 2, 16, QLatin1Char('0'))
                            .arg(s.offlineCause, 2, 16, QLatin1Char('0'))
                            .arg(s.errorCause, 2, 16, QLatin1Char('0'))
                            .arg(s.paperSensor, 2, 16, QLatin1Char('0'));
    const QString detail =
        (said.isEmpty() ? Tr::tr("正常") : said.join(Tr::tr("；"))) + u' ' + u'[' + raw + u']';

    PrinterState state = PrinterState::Ready;
    if (coverOpen)
        state = PrinterState::CoverOpen;
    else if (paperEnd || paperEndStop)
        state = PrinterState::PaperOut;
    else if (errorOccurred || cutterError || unrecoverable || autoRecoverable)
        state = PrinterState::Failed;
    else if (offline)
        state = PrinterState::Offline;
    else if (nearEnd)
        state = PrinterState::PaperNearEnd;
    return {state, detail};
}

std::optional<quint8> takeRealtimeStatus(QByteArray& buffer)
{
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const auto b = quint8(buffer.at(i));
        if ((b & 0x93) == 0x12) {
            buffer.remove(0, i + 1);
            return b;
        }
    }
    buffer.clear(); // nothing in it is a status byte
    return std::nullopt;
}

QByteArray processId(quint32 sequence)
{
    QByteArray id(4, 'A');
    for (int k = 3; k >= 0; --k, sequence >>= 4)
        id[k] = char('A' + (sequence & 0xF));
    return id;
}

QByteArray processIdRequest(const QByteArray& id)
{
    return QByteArray() + GS + '(' + 'H' + char(6) + char(0) + char(48) + char(48) + id;
}

QByteArray paperSensorRequest()
{
    return QByteArray() + GS + 'r' + char(1);
}

bool takeProcessIdResponse(QByteArray& buffer, const QByteArray& id)
{
    const QByteArray response = QByteArray() + char(0x37) + char(0x22) + id + char(0);
    const qsizetype at = buffer.indexOf(response);
    if (at < 0)
        return false;
    buffer.remove(0, at + response.size());
    return true;
}

std::optional<quint8> takePaperSensorResponse(QByteArray& buffer)
{
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const auto b = quint8(buffer.at(i));
        if ((b & 0x90) == 0) {
            buffer.remove(0, i + 1);
            return b;
        }
    }
    buffer.clear();
    return std::nullopt;
}

bool paperSensorSaysPaperEnd(quint8 response)
{
    return (response & 0x0C) != 0;
}

} // namespace pos::devices::escpos
