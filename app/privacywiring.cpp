#include "app/privacywiring.h"

#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/integrity.h"

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

void PrivacyWiring::addFolder(storage::crypto::SealedFileFolder::Spec spec)
{
    m_folders.push_back(std::make_unique<storage::crypto::SealedFileFolder>(std::move(spec)));
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
    return out;
}

QList<RetentionTarget*> PrivacyWiring::targets() const
{
    QList<RetentionTarget*> out;
    for (const auto& r : m_retention)
        out << r.get();
    for (const auto& f : m_folders)
        out << f.get();
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
