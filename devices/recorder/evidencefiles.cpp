#include "devices/recorder/evidencefiles.h"

#include "app/core/ports/evidencesealer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace pos::devices::evidence {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFiles)
};

Status syncPath(const QString& path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法打开 %1 以写入磁盘").arg(path));
    const int rc = directory ? ::fsync(fd) : ::fdatasync(fd);
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorCode::StorageFailure, Tr::tr("%1 未能写入磁盘").arg(path));
    return {};
}
} // namespace

QString Layout::clipDir(const QString& settlementNo, qint64 startMs) const
{
    return clipsDir() + u'/' + QDateTime::fromMSecsSinceEpoch(startMs).date().toString(Qt::ISODate)
           + u'/' + settlementNo;
}

bool isSafeSettlementNo(const QString& no)
{
    if (no.isEmpty() || no.size() > 64 || no.startsWith(u'.'))
        return false;
    for (QChar c : no)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_' && c != u'.')
            return false;
    return true;
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法写入 %1：%2").arg(path, f.errorString()));
    f.flush();
    if (::fdatasync(f.handle()) != 0 || !f.commit()) // QSaveFile only renames on commit
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法写入 %1：%2").arg(path, f.errorString()));
    return syncPath(QFileInfo(path).absolutePath(), true);
}

Result<QByteArray> sha256OfFile(const QString& path)
{
    return PassThroughSealer().contentSha256(path); // one reader of plain files
}

Status syncFile(const QString& path)
{
    return syncPath(path, false);
}

Status linkOrCopy(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    const Result<QByteArray> sha = sha256OfFile(from);
    if (!sha)
        return sha.error();
    return copyVerified(from, to, *sha);
}

Status copyVerified(const QString& from, const QString& to, const QByteArray& sha256)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(from));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法写入 %1：%2").arg(to, out.errorString()));
    QByteArray block;
    while (!(block = in.read(1 << 20)).isEmpty())
        if (out.write(block) != block.size())
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法写入 %1：%2").arg(to, out.errorString()));
    out.flush();
    if (::fdatasync(out.handle()) != 0 || !out.commit())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法写入 %1：%2").arg(to, out.errorString()));
    if (Status s = syncPath(QFileInfo(to).absolutePath(), true); !s)
        return s;
    const Result<QByteArray> copied = sha256OfFile(to);
    if (!copied)
        return copied.error();
    if (*copied != sha256)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("%1 复制后校验不符（SHA-256 不同）").arg(to));
    return {};
}

qint64 freeBytesAt(const QString& path)
{
    QFileInfo info(path);
    while (!info.exists() && info.absoluteFilePath() != QLatin1String("/"))
        info = QFileInfo(info.absolutePath());
    const QStorageInfo storage(info.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

} // namespace pos::devices::evidence
