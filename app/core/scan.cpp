#include "app/core/scan.h"

namespace pos {

QString ScanEvent::text() const
{
    QByteArray p = payload;
    while (!p.isEmpty() && (p.endsWith('\r') || p.endsWith('\n') || p.endsWith('\t')))
        p.chop(1);
    return QString::fromUtf8(p);
}

} // namespace pos
