#include "storage/crypto/sealingevidencesealer.h"

#include "app/core/ports/filesealer.h"
#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SealingEvidenceSealer)
};

const QString kSuffix = QStringLiteral(".sealed");

QString plainName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(kSuffix))
        name.chop(kSuffix.size());
    return name;
}

/// The context a file is sealed under, from its (plain or sealed) path: segments are hard-linked
/// from the rolling buffer into clip folders, so their name alone; a face by its clip folder.
FileContext contextFor(const QString& path)
{
    const QString name = plainName(path);
    if (name.startsWith(QLatin1String("seg-")))
        return FileContext{QStringLiteral("segment:") + name};
    return FileContext{QStringLiteral("face:") + QFileInfo(path).absoluteDir().dirName() + u'/'
                       + name};
}

bool isSealedPath(const QString& path)
{
    return path.endsWith(kSuffix);
}

} // namespace

SealingEvidenceSealer::SealingEvidenceSealer(const FileSealer& sealer)
    : m_sealer(sealer)
{
}

Result<QString> SealingEvidenceSealer::seal(const QString& path, EvidenceKind kind)
{
    (void)kind; // the context follows from the name (see contextFor)
    if (isSealedPath(path))
        return path;
    const QString sealed = path + kSuffix;
    if (Status s = m_sealer.sealFile(path, sealed, contextFor(path), true); !s)
        return s.error();
    if (!syncDirectory(QFileInfo(sealed).absolutePath()))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法同步目录 %1").arg(QFileInfo(sealed).absolutePath()));
    return sealed;
}

Result<QString> SealingEvidenceSealer::readablePath(const QString& sealedPath,
                                                    const QString& scratchDir) const
{
    if (!isSealedPath(sealedPath))
        return sealedPath;
    Result<std::unique_ptr<SealedFileReader>> reader =
        m_sealer.openSealed(sealedPath, contextFor(sealedPath));
    if (!reader)
        return reader.error();
    if (!QDir().mkpath(scratchDir))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建目录 %1").arg(scratchDir));
    QFile::setPermissions(scratchDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString out = QDir(scratchDir)
                            .filePath(QUuid::createUuid().toString(QUuid::Id128).left(12) + u'-'
                                      + plainName(sealedPath));
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(out));
    while (!(*reader)->atEnd()) {
        Result<QByteArray> chunk = (*reader)->readChunk();
        if (!chunk || f.write(*chunk) != chunk->size()) {
            f.close();
            QFile::remove(out);
            if (!chunk)
                return chunk.error();
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(out));
        }
    }
    f.close();
    return out;
}

Result<QByteArray> SealingEvidenceSealer::contentSha256(const QString& path) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!isSealedPath(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
        if (!h.addData(&f))
            return makeError(ErrorCode::StorageFailure, Tr::tr("读取 %1 时出错").arg(path));
        return h.result().toHex();
    }
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
    Result<std::unique_ptr<SealedFileReader>> reader = m_sealer.openSealed(path, contextFor(path));
    if (!reader)
        return reader.error();
    while (!(*reader)->atEnd()) {
        Result<QByteArray> chunk = (*reader)->readChunk();
        if (!chunk)
            return chunk.error();
        h.addData(*chunk);
    }
    return h.result().toHex();
}

Result<QByteArray> SealingEvidenceSealer::readAll(const QString& path) const
{
    if (!isSealedPath(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, Tr::tr("无法读取 %1").arg(path));
        return f.readAll();
    }
    return m_sealer.readAll(path, contextFor(path), kMaxInMemoryBytes);
}

} // namespace pos::storage::crypto
