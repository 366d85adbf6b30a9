#pragma once

#include "app/appconfig.h"
#include "app/core/result.h"

#include <memory>

namespace pos {
class Clock;
class FieldCipher;
class RecordSealer;
namespace storage {
class Database;
namespace crypto {
class KeyStore;
class OpenSslFieldCipher;
class OpenSslRecordSealer;
} // namespace crypto
} // namespace storage
} // namespace pos

namespace pos::app {

class PrivacyWiring;

/// The store as every process opens it — the counter, each command, the upload worker's own
/// connection: the store key (kept outside the data directory; created at the first start), the
/// database migrated and sealed with that key, the anchors of the seals. Nothing writes to the
/// store without the key: a write sealed without it would leave its segment without a MAC.
///
/// Threading: the thread that opened it; sealer() may be used from any thread (the key ring is
/// immutable), e.g. by a worker's own Database.
class OpenStore
{
public:
    ~OpenStore(); ///< anchors the seals as they are at close
    OpenStore(const OpenStore&) = delete;
    OpenStore& operator=(const OpenStore&) = delete;

    /// Opens `config`'s database and its key. A store that already holds anything made with the
    /// key refuses to start without it (the error says how to restore it) instead of creating a
    /// new one. Whatever is unsealed (an upgraded store's history) is sealed, then anchored.
    /// Personal data an older version left in plain text is encrypted into the side tables
    /// (storage::crypto::encryptPlaintextPersonalData, resumable) and audited as
    /// PersonalDataEncrypted (DATA-PRIVACY).
    [[nodiscard]] static Result<std::unique_ptr<OpenStore>> open(const AppConfig& config,
                                                                 const Clock& clock);

    [[nodiscard]] storage::Database& database() { return *m_db; }
    [[nodiscard]] const RecordSealer& sealer() const;
    /// Personal fields' encryption with the store key, for every repository that writes or reads
    /// them (sales, prescriptions, the scan journal). Any thread (the key ring is immutable).
    [[nodiscard]] const FieldCipher& fieldCipher() const;
    [[nodiscard]] PrivacyWiring& privacy() { return *m_privacy; }
    /// True when open() created the key: the caller audits it and tells the administrator to
    /// back it up.
    [[nodiscard]] bool keyCreatedNow() const;
    [[nodiscard]] QString keyFilePath() const;

private:
    OpenStore() = default;
    [[nodiscard]] Status encryptPlainPersonalData(const Clock& clock);

    // Declared so that the key and the sealer outlive the database that seals with them.
    std::unique_ptr<storage::crypto::KeyStore> m_keys;
    std::unique_ptr<storage::crypto::OpenSslRecordSealer> m_sealer;
    std::unique_ptr<storage::crypto::OpenSslFieldCipher> m_cipher;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<PrivacyWiring> m_privacy;
};

} // namespace pos::app
