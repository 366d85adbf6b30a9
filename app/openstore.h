#pragma once

#include "app/appconfig.h"
#include "app/core/ports/clock.h"
#include "app/core/result.h"
#include "app/core/staff/staff.h"

#include <memory>

class QTextStream;

namespace pos {
class AccessControl;
class AuditLog;
class AuthService;
class Clock;
class EvidenceSealer;
class FieldCipher;
class FileSealer;
class PasswordHasher;
class Session;
class UserRepository;
class RecordSealer;
namespace storage {
class Database;
namespace crypto {
class KeyStore;
class OpenSslFieldCipher;
class OpenSslFileSealer;
class OpenSslRecordSealer;
class SealingEvidenceSealer;
} // namespace crypto
} // namespace storage
} // namespace pos

namespace pos::app {

class PrivacyWiring;
class SecretInput;

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
    /// Files sealed with the store key (faces, clips, signatures, slips); any thread.
    [[nodiscard]] const FileSealer& fileSealer() const;
    /// The settlement camera's evidence sealed with fileSealer(); any thread.
    [[nodiscard]] EvidenceSealer& evidenceSealer() const;
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
    std::unique_ptr<storage::crypto::OpenSslFileSealer> m_files;
    std::unique_ptr<storage::crypto::SealingEvidenceSealer> m_evidence;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<PrivacyWiring> m_privacy;
};

/// A store opened for one command-line command (no Counter: nothing but the store and the staff
/// services), with someone logged in through login(): `privacy …`, `keys rotate`. Closing it
/// releases the key (a rotation needs it to itself).
/// Thread: the one that opened it.
class CommandSession
{
public:
    ~CommandSession();
    CommandSession(const CommandSession&) = delete;
    CommandSession& operator=(const CommandSession&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<CommandSession>> open(const AppConfig& config);
    /// open() and login() for a command table entry: on failure the error is written to `err`
    /// and null returned with `exitCode` set (2: the store cannot be opened; 1: refused).
    [[nodiscard]] static std::unique_ptr<CommandSession>
    openAs(const AppConfig& config, const QString& username, SecretInput& secrets,
           Permission permission, QTextStream& err, int& exitCode);
    /// Logs `username` in with a password read from `secrets` (a terminal without echo, or one
    /// line of a pipe), then requires `permission` (a refusal is audited by AccessControl).
    [[nodiscard]] Status login(const QString& username, SecretInput& secrets,
                               Permission permission);

    [[nodiscard]] OpenStore& store() { return *m_store; }
    [[nodiscard]] AuditLog& audit();
    [[nodiscard]] Session& session() { return *m_session; }
    [[nodiscard]] AccessControl& access() { return *m_access; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    /// The logged-in user's name ("-" before login()).
    [[nodiscard]] QString actor() const;

private:
    CommandSession() = default;

    SystemClock m_clock;
    std::unique_ptr<OpenStore> m_store;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AccessControl> m_access;
};

} // namespace pos::app
