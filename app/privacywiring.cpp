#include "app/privacywiring.h"

#include "storage/archivebackupfolder.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/integrity.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace pos::app {

PrivacyWiring::PrivacyWiring(storage::Database& db)
    : m_db(db)
{
    for (storage::crypto::SqlHolderSpec& spec : storage::crypto::personal::encryptedColumns())
        addColumns(std::move(spec));
    for (storage::crypto::SqlRetentionSpec& spec : storage::crypto::personal::retentionTargets())
        addRetention(std::move(spec));
    // The database's seals (issue 12) are made with the same key: rotation makes them again.
    for (storage::crypto::SqlMacHolderSpec& spec : storage::integrity::macHolders())
        addMacs(std::move(spec));
}

void PrivacyWiring::addMacs(storage::crypto::SqlMacHolderSpec spec)
{
    m_macs.push_back(std::make_unique<storage::crypto::SqlMacHolder>(m_db, std::move(spec)));
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyWiring)
};

/// A folder whose owner applies the retention: counted by the report, never deleted from by the
/// daily job.
class OwnerAppliedTarget final : public RetentionTarget
{
public:
    explicit OwnerAppliedTarget(RetentionTarget& folder)
        : m_folder(folder)
    {
    }
    QString name() const override { return m_folder.name(); }
    RetentionKind kind() const override { return m_folder.kind(); }
    QString what() const override { return m_folder.what(); }
    RetentionAction action() const override { return m_folder.action(); }
    Result<RetentionPage> candidates(const QDateTime&, int, const QString&) override
    {
        return RetentionPage{};
    }
    Status remove(const RetentionItem&) override
    {
        return makeError(ErrorCode::WrongState, QStringLiteral("owner applies retention"));
    }
    Result<RetentionHolding> holding(const QList<QDateTime>& bucketStarts) override
    {
        return m_folder.holding(bucketStarts);
    }

private:
    RetentionTarget& m_folder;
};

} // namespace

void PrivacyWiring::addFolder(storage::crypto::SealedFileFolder::Spec spec, bool ownerApplies)
{
    m_folders.push_back(std::make_unique<storage::crypto::SealedFileFolder>(std::move(spec)));
    if (ownerApplies)
        m_ownerApplied.push_back(std::make_unique<OwnerAppliedTarget>(*m_folders.back()));
}

void PrivacyWiring::addEvidenceFolders(const QString& videoDir, const QString& backupDir)
{
    const auto add = [this](const QString& dir, const QString& suffix, const QString& where) {
        if (dir.isEmpty())
            return;
        addFolder({QStringLiteral("files:faces") + suffix,
                   dir,
                   {QStringLiteral("face.jpg.sealed")},
                   RetentionKind::FaceImage,
                   Tr::tr("结算人脸图像") + where,
                   {}},
                  true);
        addFolder({QStringLiteral("files:segments") + suffix,
                   dir,
                   {QStringLiteral("seg-*.mkv.sealed")},
                   RetentionKind::VideoClip,
                   Tr::tr("结算录像片段") + where,
                   {}},
                  true);
    };
    add(videoDir, QString(), QString());
    add(backupDir, QStringLiteral("-backup"), Tr::tr("（备份）"));
    // The settlement archive's copy beside the clips' backup: re-encrypted with every key
    // rotation like them, but kept as long as the archive in the database is (no retention).
    if (!backupDir.isEmpty())
        m_keptFolders.push_back(std::make_unique<storage::crypto::SealedFileFolder>(
            storage::crypto::SealedFileFolder::Spec{
                QStringLiteral("files:archive-backup"),
                QDir(backupDir).filePath(
                    QString::fromLatin1(storage::ArchiveBackupFolder::kSubfolder)),
                {QString::fromLatin1(storage::ArchiveBackupFolder::kFilePattern)},
                RetentionKind::SettlementArchive,
                Tr::tr("结算档案（备份）"),
                {}}));
}

void PrivacyWiring::addColumns(storage::crypto::SqlHolderSpec spec)
{
    m_columns.push_back(std::make_unique<storage::crypto::SqlColumnHolder>(m_db, std::move(spec)));
}

void PrivacyWiring::addRetention(storage::crypto::SqlRetentionSpec spec)
{
    m_retention.push_back(
        std::make_unique<storage::crypto::SqlRetentionTarget>(m_db, std::move(spec)));
}

QList<storage::crypto::EncryptedHolder*> PrivacyWiring::holders() const
{
    QList<storage::crypto::EncryptedHolder*> out;
    for (const auto& c : m_columns)
        out << c.get();
    for (const auto& m : m_macs)
        out << m.get();
    for (const auto& f : m_folders)
        out << f.get();
    for (const auto& f : m_keptFolders)
        out << f.get();
    return out;
}

QList<RetentionTarget*> PrivacyWiring::targets() const
{
    QList<RetentionTarget*> out;
    for (const auto& r : m_retention)
        out << r.get();
    for (const auto& f : m_folders) {
        const bool owned = std::any_of(m_ownerApplied.cbegin(), m_ownerApplied.cend(),
                                       [&](const auto& t) { return t->name() == f->name(); });
        if (!owned)
            out << f.get();
    }
    for (const auto& t : m_ownerApplied)
        out << t.get();
    return out;
}

Status PrivacyWiring::flushRemovedPages()
{
    return m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<bool> PrivacyWiring::holdsEncryptedData()
{
    for (storage::crypto::EncryptedHolder* h : holders()) {
        Result<storage::crypto::HolderCensus> census = h->census();
        if (!census)
            return census.error();
        for (qint64 n : std::as_const(census->byKeyId)) {
            if (n > 0)
                return true;
        }
    }
    return false;
}

} // namespace pos::app
