#include "devices/cardreader/pcsccardreader.h"

#include "devices/cardreader/cardbasanswer.h"
#include "devices/logging.h"

#include <QByteArray>
#include <QStringList>

#include <winscard.h>

namespace pos::devices {

namespace {
const QByteArray kAid = QByteArray::fromHex("F0504841524D41504F53"); // "\xF0PHARMAPOS"
const QByteArray kBasicInfoFile = QByteArray::fromHex("0005");
constexpr int kChunk = 0xE0;

/// Owns a PC/SC context.
class Context
{
public:
    ~Context()
    {
        if (m_valid)
            SCardReleaseContext(m_handle);
    }
    LONG establish()
    {
        const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_handle);
        m_valid = rv == SCARD_S_SUCCESS;
        return rv;
    }
    SCARDCONTEXT handle() const { return m_handle; }

private:
    SCARDCONTEXT m_handle = 0;
    bool m_valid = false;
};

/// Owns a connection to a card; leaves the card powered for the next reader of it.
class Connection
{
public:
    ~Connection()
    {
        if (m_valid)
            SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
    }
    LONG connect(SCARDCONTEXT context, const QByteArray& reader)
    {
        const LONG rv = SCardConnect(context, reader.constData(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_handle, &m_protocol);
        m_valid = rv == SCARD_S_SUCCESS;
        return rv;
    }
    /// Sends `command`; `response` gets the data, `sw` the status word. GET RESPONSE (61xx) and
    /// a wrong Le (6Cxx) are followed up here.
    LONG transmit(QByteArray command, QByteArray& response, quint16& sw) const
    {
        response.clear();
        for (int round = 0; round < 8; ++round) {
            unsigned char buffer[258] = {};
            DWORD length = sizeof(buffer);
            const SCARD_IO_REQUEST* pci =
                m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
            const LONG rv = SCardTransmit(
                m_handle, pci, reinterpret_cast<const unsigned char*>(command.constData()),
                DWORD(command.size()), nullptr, buffer, &length);
            if (rv != SCARD_S_SUCCESS)
                return rv;
            if (length < 2)
                return SCARD_F_COMM_ERROR;
            response.append(reinterpret_cast<const char*>(buffer), qsizetype(length) - 2);
            sw = quint16((buffer[length - 2] << 8) | buffer[length - 1]);
            if ((sw >> 8) == 0x61) { // more data: GET RESPONSE
                command = QByteArray::fromHex("00C00000") + char(sw & 0xFF);
                continue;
            }
            if ((sw >> 8) == 0x6C && command.size() >= 5) { // wrong Le: again with the right one
                command[command.size() - 1] = char(sw & 0xFF);
                response.clear();
                continue;
            }
            return SCARD_S_SUCCESS;
        }
        return SCARD_F_COMM_ERROR;
    }

private:
    SCARDHANDLE m_handle = 0;
    DWORD m_protocol = 0;
    bool m_valid = false;
};

/// What a PC/SC code means at the counter.
QString describe(LONG rv)
{
    switch (rv) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
        return PcscCardReader::tr("智能卡服务 pcscd 没有运行（sudo systemctl start pcscd），"
                                  "或本机未安装 pcscd");
    case SCARD_E_NO_READERS_AVAILABLE:
        return PcscCardReader::tr("没有找到读卡器：请检查读卡器的 USB 连接");
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return PcscCardReader::tr("读卡器已断开：请检查读卡器的 USB 连接");
    case SCARD_E_NO_SMARTCARD: return PcscCardReader::tr("读卡器里没有卡片，请插卡");
    case SCARD_W_REMOVED_CARD: return PcscCardReader::tr("读卡过程中卡片被拔出，请重新插卡");
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
        return PcscCardReader::tr("卡片无响应：请确认卡片芯片朝向正确、插到底后重试");
    case SCARD_W_RESET_CARD: return PcscCardReader::tr("卡片被其他程序复位，请重试");
    case SCARD_E_SHARING_VIOLATION:
        return PcscCardReader::tr("读卡器正被其他程序独占使用，请关闭其他读卡软件后重试");
    case SCARD_E_TIMEOUT: return PcscCardReader::tr("读卡器响应超时");
    case SCARD_E_NOT_TRANSACTED:
    case SCARD_F_COMM_ERROR:
        return PcscCardReader::tr("与卡片通信失败（卡片可能已被拔出），请重新插卡");
    default:
        return PcscCardReader::tr("读卡器错误 0x%1（%2）")
            .arg(quint32(rv), 8, 16, QLatin1Char('0'))
            .arg(QString::fromLatin1(pcsc_stringify_error(rv)));
    }
}

QByteArray apdu(const char* headerHex, const QByteArray& data = {})
{
    QByteArray c = QByteArray::fromHex(headerHex);
    if (!data.isEmpty())
        c += char(data.size()) + data;
    return c;
}
} // namespace

PcscCardReader::PcscCardReader(QString readerName, QObject* parent)
    : CardReader(parent)
    , m_readerName(std::move(readerName))
{
}

QString PcscCardReader::deviceName() const
{
    return m_readerName.isEmpty() ? tr("医保读卡器（PC/SC）")
                                  : tr("医保读卡器（PC/SC：%1）").arg(m_readerName);
}

Result<CardCredential> PcscCardReader::readCard()
{
    const QString name = deviceName();
    auto fail = [&](const QString& what, const char* kind) -> Error {
        qCInfo(lcCardReaderPcsc) << "read failed:" << kind;
        return makeError(ErrorCode::DeviceFailure, tr("%1：%2").arg(name, what));
    };
    auto failRv = [&](LONG rv) -> Error {
        qCInfo(lcCardReaderPcsc).nospace() << "read failed: " << pcsc_stringify_error(rv) << " (0x"
                                           << Qt::hex << quint32(rv) << ")";
        return makeError(ErrorCode::DeviceFailure, tr("%1：%2").arg(name, describe(rv)));
    };

    Context context;
    if (const LONG rv = context.establish(); rv != SCARD_S_SUCCESS)
        return failRv(rv);

    DWORD size = 0;
    LONG rv = SCardListReaders(context.handle(), nullptr, nullptr, &size);
    if (rv != SCARD_S_SUCCESS)
        return failRv(rv);
    QByteArray multi(qsizetype(size), '\0');
    rv = SCardListReaders(context.handle(), nullptr, multi.data(), &size);
    if (rv != SCARD_S_SUCCESS)
        return failRv(rv);
    QList<QByteArray> readers;
    for (const QByteArray& r : multi.split('\0'))
        if (!r.isEmpty())
            readers << r;
    if (readers.isEmpty())
        return failRv(SCARD_E_NO_READERS_AVAILABLE);
    QByteArray reader;
    if (m_readerName.isEmpty()) {
        reader = readers.constFirst();
    } else {
        const QByteArray wanted = m_readerName.toUtf8();
        for (const QByteArray& r : std::as_const(readers))
            if (r == wanted) // an exact name wins over a prefix of another
                reader = r;
        for (const QByteArray& r : std::as_const(readers))
            if (reader.isEmpty() && r.startsWith(wanted))
                reader = r;
        if (reader.isEmpty()) {
            QStringList seen;
            for (const QByteArray& r : std::as_const(readers))
                seen << QString::fromUtf8(r);
            return fail(tr("没有名为“%1”的读卡器（本机的读卡器：%2）")
                            .arg(m_readerName, seen.join(QStringLiteral("、"))),
                        "named reader missing");
        }
    }

    Connection card;
    if (rv = card.connect(context.handle(), reader); rv != SCARD_S_SUCCESS)
        return failRv(rv);
    QByteArray response;
    quint16 sw = 0;
    if (rv = card.transmit(apdu("00A40400", kAid), response, sw); rv != SCARD_S_SUCCESS)
        return failRv(rv);
    if (sw != 0x9000)
        return fail(tr("卡片上没有本系统的医保应用（状态字 %1），不是可读的卡")
                        .arg(sw, 4, 16, QLatin1Char('0'))
                        .toUpper(),
                    "application not selected");
    if (rv = card.transmit(apdu("00A4020C", kBasicInfoFile), response, sw); rv != SCARD_S_SUCCESS)
        return failRv(rv);
    if (sw != 0x9000)
        return fail(tr("卡片上没有基本信息文件（状态字 %1）").arg(sw, 4, 16, QLatin1Char('0')),
                    "file not selected");

    QByteArray file;
    for (;;) {
        if (file.size() > kMaxCardBasAnswerBytes)
            return fail(tr("卡片上的基本信息过长"), "file too long");
        QByteArray read = QByteArray::fromHex("00B0");
        read += char((file.size() >> 8) & 0x7F);
        read += char(file.size() & 0xFF);
        read += char(kChunk);
        if (rv = card.transmit(read, response, sw); rv != SCARD_S_SUCCESS)
            return failRv(rv);
        if (sw == 0x6B00 || (sw == 0x6282 && response.isEmpty()))
            break; // past the end
        if (sw != 0x9000 && sw != 0x6282)
            return fail(tr("读卡片文件失败（状态字 %1）").arg(sw, 4, 16, QLatin1Char('0')),
                        "read binary failed");
        file += response;
        if (sw == 0x6282 || response.size() < kChunk)
            break;
    }
    // Unused space at the end of a file reads as 00 or FF.
    while (!file.isEmpty() && (file.endsWith('\0') || file.endsWith('\xFF')))
        file.chop(1);
    Result<CardCredential> credential = parseCardBasAnswer(file);
    if (!credential) {
        qCInfo(lcCardReaderPcsc) << "read failed: malformed file";
        return makeError(credential.error().code,
                         tr("%1：%2").arg(name, credential.error().message));
    }
    qCDebug(lcCardReaderPcsc) << "card read";
    return credential;
}

} // namespace pos::devices
