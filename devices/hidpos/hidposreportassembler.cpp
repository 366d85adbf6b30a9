#include "devices/hidpos/hidposreportassembler.h"

#include <QCoreApplication>

namespace pos::devices {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HidPosReportAssembler)
};

/// The AIM identifier as sent: "]" + two printable characters; NULs mean none was sent.
QString symbologyFrom(const QByteArray& report, int offset)
{
    if (offset < 0)
        return {};
    const QByteArray id = report.mid(offset, 3);
    if (id.size() != 3 || id.at(0) != ']')
        return {};
    for (char c : id)
        if (c < 0x21 || c > 0x7E)
            return {};
    return QString::fromLatin1(id);
}

} // namespace

HidPosReportAssembler::HidPosReportAssembler(HidPosLayout layout)
    : m_layout(layout)
{
}

void HidPosReportAssembler::reset()
{
    m_buffer.clear();
    m_symbology.clear();
    m_partial = false;
}

Result<std::optional<HidPosScan>> HidPosReportAssembler::feed(const QByteArray& report)
{
    const HidPosLayout& l = m_layout;
    if (report.isEmpty()) {
        reset();
        return makeError(ErrorCode::DeviceFailure, Tr::tr("扫码枪发来空报告"));
    }
    if (l.reportId >= 0 && quint8(report.at(0)) != l.reportId)
        return std::optional<HidPosScan>(); // another report (trigger, status): not ours
    if (report.size() < l.minimumReportBytes()) {
        reset();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("扫码枪报告长度 %1 字节，少于扫码数据报告所需的 %2 字节")
                             .arg(report.size())
                             .arg(l.minimumReportBytes()));
    }

    QByteArray data = report.mid(l.dataOffset, l.dataCapacity);
    const bool continued =
        l.continuedOffset >= 0 && (quint8(report.at(l.continuedOffset)) & l.continuedMask);
    if (l.byteCountOffset >= 0) {
        const int count = quint8(report.at(l.byteCountOffset));
        if (count > l.dataCapacity) {
            reset();
            return makeError(ErrorCode::DeviceFailure,
                             Tr::tr("扫码枪报告声明 %1 字节数据，但一份报告最多 %2 字节")
                                 .arg(count)
                                 .arg(l.dataCapacity));
        }
        data.truncate(count);
    } else if (!continued) {
        while (!data.isEmpty() && data.endsWith('\0'))
            data.chop(1);
    }

    if (!m_partial)
        m_symbology = symbologyFrom(report, l.symbologyOffset);
    if (m_buffer.size() + data.size() > kMaxScanBytes) {
        reset();
        return makeError(ErrorCode::DeviceFailure,
                         Tr::tr("扫码数据超过 %1 字节，已丢弃").arg(kMaxScanBytes));
    }
    m_buffer += data;
    if (continued) {
        m_partial = true;
        return std::optional<HidPosScan>();
    }
    HidPosScan scan{m_buffer, m_symbology};
    reset();
    if (scan.payload.isEmpty())
        return std::optional<HidPosScan>(); // an empty final report with nothing before it
    return std::optional<HidPosScan>(std::move(scan));
}

} // namespace pos::devices
