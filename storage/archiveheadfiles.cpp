#include "storage/archiveheadfiles.h"

#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveHeadFiles)
};

Status writeDurably(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法创建目录 %1").arg(info.absolutePath()));
    const QString temp = path + QStringLiteral(".part");
    const int fd =
        ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入归档链头副本 %1").arg(path));
    const bool ok =
        ::write(fd, data.constData(), size_t(data.size())) == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok
        || ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData())
               != 0) {
        ::unlink(QFile::encodeName(temp).constData());
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入归档链头副本 %1").arg(path));
    }
    if (!crypto::syncDirectory(info.absolutePath()))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入归档链头副本 %1").arg(path));
    return {};
}

} // namespace

Status ArchiveHeadFiles::keep(const archive::ArchiveHead& head)
{
    const QByteArray data =
        QJsonDocument(
            QJsonObject{{QStringLiteral("seq"), double(head.seq)},
                        {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
                        {QStringLiteral("sig"), QString::fromLatin1(head.signature.toBase64())}})
            .toJson(QJsonDocument::Compact)
        + '\n';
    QStringList failed;
    for (const QString& path : m_paths)
        if (Status s = writeDurably(path, data); !s)
            failed << path;
    if (!failed.isEmpty())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("归档链头副本未能写入：%1").arg(failed.join(QStringLiteral("、"))),
                         QStringLiteral("SETTLE-SLIP"));
    return {};
}

Result<std::optional<archive::ArchiveHead>> ArchiveHeadFiles::newest() const
{
    std::optional<archive::ArchiveHead> best;
    for (const QString& path : m_paths) {
        QFile f(path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法读取归档链头副本 %1").arg(path));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonValue seq = o.value(QStringLiteral("seq"));
        if (!seq.isDouble() || seq.toInteger() < 1 || !o.value(QStringLiteral("hash")).isString()
            || !o.value(QStringLiteral("sig")).isString())
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("归档链头副本 %1 已损坏或被改动").arg(path));
        archive::ArchiveHead h{
            seq.toInteger(), o.value(QStringLiteral("hash")).toString().toLatin1(),
            QByteArray::fromBase64(o.value(QStringLiteral("sig")).toString().toLatin1())};
        if (!best || h.seq > best->seq)
            best = h;
    }
    return best;
}

} // namespace pos::storage
