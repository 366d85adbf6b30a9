#include "storage/archivebackupfolder.h"

#include "app/core/ports/filesealer.h"
#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveBackupFolder)
};

constexpr int kEnvelopeVersion = 1;

FileContext contextOf(qint64 seq)
{
    return FileContext{QStringLiteral("archive-record:%1").arg(seq)};
}

} // namespace

ArchiveBackupFolder::ArchiveBackupFolder(QString dir, const FileSealer& sealer)
    : m_dir(std::move(dir))
    , m_sealer(sealer)
{
}

QString ArchiveBackupFolder::fileName(qint64 seq)
{
    return QStringLiteral("%1.record.sealed").arg(seq, 10, 10, QLatin1Char('0'));
}

Status ArchiveBackupFolder::keep(const archive::ArchiveRecord& record,
                                 const QMap<QString, QByteArray>& documents)
{
    const QString path = QDir(m_dir).filePath(fileName(record.seq));
    if (QFile::exists(path)) {
        // A copy already kept (a second seal call, the catch-up at start) stays as it is when it
        // is this record; anything else there (damaged, another record) is replaced.
        Result<std::optional<Copy>> there = copyOf(record.seq);
        if (there && there->has_value() && (*there)->record.hash == record.hash)
            return {};
    }
    QDir root;
    if (!root.mkpath(m_dir)
        || !QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                             | QFileDevice::ExeOwner))
        return makeError(
            ErrorCode::StorageFailure,
            Tr::tr("档案记录 #%1 未能写入备份：无法创建目录 %2").arg(record.seq).arg(m_dir),
            QStringLiteral("SETTLE-SLIP"));
    QJsonObject docs;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        docs.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QByteArray plain =
        QJsonDocument(QJsonObject{{QStringLiteral("v"), kEnvelopeVersion},
                                  {QStringLiteral("record"), QString::fromUtf8(record.toJson())},
                                  {QStringLiteral("documents"), docs}})
            .toJson(QJsonDocument::Compact);
    const Status written = m_sealer.writeAll(path, contextOf(record.seq), plain);
    plain.fill('\0');
    if (!written)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("档案记录 #%1 未能写入备份 %2：%3")
                             .arg(record.seq)
                             .arg(m_dir, written.error().message),
                         QStringLiteral("SETTLE-SLIP"));
    if (!crypto::syncDirectory(m_dir))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法同步目录 %1").arg(m_dir),
                         QStringLiteral("SETTLE-SLIP"));
    return {};
}

Result<QList<qint64>> ArchiveBackupFolder::held() const
{
    QList<qint64> out;
    const QDir dir(m_dir);
    if (!dir.exists())
        return out;
    for (const QString& name :
         dir.entryList({QString::fromLatin1(kFilePattern)}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const qint64 seq = name.section(u'.', 0, 0).toLongLong(&ok);
        if (ok && seq > 0 && name == fileName(seq))
            out << seq;
    }
    return out;
}

bool ArchiveBackupFolder::has(qint64 seq) const
{
    return QFile::exists(QDir(m_dir).filePath(fileName(seq)));
}

Result<std::optional<ArchiveBackupCopy::Copy>> ArchiveBackupFolder::copyOf(qint64 seq) const
{
    const QString path = QDir(m_dir).filePath(fileName(seq));
    if (!QFile::exists(path))
        return std::optional<Copy>();
    Result<QByteArray> plain = m_sealer.readAll(path, contextOf(seq), kMaxCopyBytes);
    if (!plain)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("备份文件 %1 无法读取：%2").arg(path, plain.error().message));
    const QJsonObject envelope = QJsonDocument::fromJson(*plain).object();
    plain->fill('\0');
    if (envelope.value(QStringLiteral("v")).toInt() != kEnvelopeVersion)
        return makeError(ErrorCode::StorageFailure, Tr::tr("备份文件 %1 不是档案记录").arg(path));
    Result<archive::ArchiveRecord> record = archive::ArchiveRecord::fromJson(
        envelope.value(QStringLiteral("record")).toString().toUtf8());
    if (!record)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("备份文件 %1 中的记录无效：%2").arg(path, record.error().message));
    Copy copy{*record, {}};
    const QJsonObject docs = envelope.value(QStringLiteral("documents")).toObject();
    for (auto it = docs.constBegin(); it != docs.constEnd(); ++it)
        copy.documents.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return std::optional<Copy>(std::move(copy));
}

} // namespace pos::storage
