#include "storage/archivebackupfolder.h"

#include "app/core/ports/filesealer.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslutil.h"

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

/// Version 1 (JSON with base64 documents) is still read; version 2 is written: "PPARCV2\n", the
/// record's JSON, then each document by name — every part a 4-byte big-endian length and bytes —
/// so reading a copy back costs a decryption and a slice, not a JSON parse of its documents.
constexpr int kEnvelopeVersion = 1;
const QByteArray kMagicV2 = QByteArrayLiteral("PPARCV2\n");

FileContext contextOf(qint64 seq)
{
    return FileContext{QStringLiteral("archive-record:%1").arg(seq)};
}

void appendPart(QByteArray& out, QByteArrayView part)
{
    const quint32 n = quint32(part.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(len, 4);
    out.append(part);
}

/// The next part at `pos`, advancing it; nullopt when the bytes end inside it.
std::optional<QByteArrayView> takePart(QByteArrayView in, qsizetype& pos)
{
    if (in.size() - pos < 4)
        return std::nullopt;
    const auto* b = reinterpret_cast<const unsigned char*>(in.data() + pos);
    const qsizetype n =
        qsizetype(quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]));
    pos += 4;
    if (in.size() - pos < n)
        return std::nullopt;
    const QByteArrayView part = in.sliced(pos, n);
    pos += n;
    return part;
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
    QByteArray plain = kMagicV2;
    appendPart(plain, record.toJson());
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        appendPart(plain, it.key().toUtf8());
        appendPart(plain, it.value());
    }
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
    const auto notARecord = [&] {
        plain->fill('\0');
        return makeError(ErrorCode::StorageFailure, Tr::tr("备份文件 %1 不是档案记录").arg(path));
    };
    QByteArray recordJson;
    QMap<QString, QByteArray> documents;
    if (plain->startsWith(kMagicV2)) {
        qsizetype pos = kMagicV2.size();
        const std::optional<QByteArrayView> r = takePart(*plain, pos);
        if (!r)
            return notARecord();
        recordJson = r->toByteArray();
        while (pos < plain->size()) {
            const std::optional<QByteArrayView> name = takePart(*plain, pos);
            const std::optional<QByteArrayView> bytes = name ? takePart(*plain, pos) : std::nullopt;
            if (!bytes)
                return notARecord();
            documents.insert(QString::fromUtf8(*name), bytes->toByteArray());
        }
    } else {
        const QJsonObject envelope = QJsonDocument::fromJson(*plain).object();
        if (envelope.value(QStringLiteral("v")).toInt() != kEnvelopeVersion)
            return notARecord();
        recordJson = envelope.value(QStringLiteral("record")).toString().toUtf8();
        const QJsonObject docs = envelope.value(QStringLiteral("documents")).toObject();
        for (auto it = docs.constBegin(); it != docs.constEnd(); ++it)
            documents.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    }
    plain->fill('\0');
    Result<archive::ArchiveRecord> record = archive::ArchiveRecord::fromJson(recordJson);
    if (!record)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("备份文件 %1 中的记录无效：%2").arg(path, record.error().message));
    Copy copy{*record, std::move(documents), {}};
    for (auto it = copy.documents.cbegin(); it != copy.documents.cend(); ++it)
        copy.digests.insert(it.key(), crypto::sha256(it.value()).toHex());
    return std::optional<Copy>(std::move(copy));
}

} // namespace pos::storage
