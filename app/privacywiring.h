#pragma once

#include "app/core/privacy/retention.h"
#include "storage/crypto/encryptedholder.h"
#include "storage/crypto/sealedfilefolder.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/crypto/sqlretentiontarget.h"

#include <QList>

#include <memory>
#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::app {

/// The store's personal data as the key rotation, the retention job and `privacy report` see it:
/// the schema's encrypted columns (storage::crypto::personal) over one database connection, plus
/// the sealed-file folders the camera, settlement and archive add with addFolder(). Owns them.
/// Thread: the database connection's.
class PrivacyWiring
{
public:
    explicit PrivacyWiring(storage::Database& db);

    /// A folder of sealed files (faces, clips, signatures, slips): rotated and kept by retention.
    /// With `ownerApplies`, the folder's owner applies its retention itself (the camera deletes
    /// whole clips, so a manifest never outlives its files): the report still counts it, the
    /// daily job leaves it to the owner.
    void addFolder(storage::crypto::SealedFileFolder::Spec spec, bool ownerApplies = false);
    /// The settlement camera's sealed faces and segments, in the video folder and its backup.
    void addEvidenceFolders(const QString& videoDir, const QString& backupDir);
    /// More columns (a later issue's table) declared with the generic specs.
    void addColumns(storage::crypto::SqlHolderSpec spec);
    void addRetention(storage::crypto::SqlRetentionSpec spec);
    /// A table of record MACs (the integrity seals).
    void addMacs(storage::crypto::SqlMacHolderSpec spec);

    [[nodiscard]] QList<storage::crypto::EncryptedHolder*> holders() const;
    [[nodiscard]] QList<RetentionTarget*> targets() const;
    /// After removals: checkpoint and truncate the WAL, so the old pages are not left in it.
    [[nodiscard]] Status flushRemovedPages();
    /// True when any holder has something encrypted: the store key must then already exist, and a
    /// missing key file is an error to restore from backup, not a reason to create a new key
    /// (KeyStore::open's allowCreate is the negation of this).
    [[nodiscard]] Result<bool> holdsEncryptedData();

private:
    storage::Database& m_db;
    std::vector<std::unique_ptr<storage::crypto::SqlColumnHolder>> m_columns;
    std::vector<std::unique_ptr<storage::crypto::SqlMacHolder>> m_macs;
    std::vector<std::unique_ptr<storage::crypto::SqlRetentionTarget>> m_retention;
    std::vector<std::unique_ptr<storage::crypto::SealedFileFolder>> m_folders;
    std::vector<std::unique_ptr<RetentionTarget>> m_ownerApplied; ///< report-only views
    /// Rotated with the key, never removed by retention (the archive's copy, RX-ARCHIVE-2Y).
    std::vector<std::unique_ptr<storage::crypto::SealedFileFolder>> m_keptFolders;
};

} // namespace pos::app
