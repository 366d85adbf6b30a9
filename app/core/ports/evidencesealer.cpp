#include "app/core/ports/evidencesealer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSealer)
};
} // namespace

Result<QByteArray> PassThroughSealer::contentSha256(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(ErrorCode::StorageFailure, Tr::tr("读取 %1 时出错").arg(path));
    return h.result().toHex();
}

Result<QByteArray> PassThroughSealer::readAll(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
    return f.readAll();
}

} // namespace pos
