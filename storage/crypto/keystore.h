#pragma once

#include "app/core/result.h"
#include "storage/crypto/keyring.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>

namespace pos {
class Clock;
}

namespace pos::storage::crypto {

/// The environment variables a managed fleet supplies the store key with (instead of a key file):
///     PHARMAPOS_STORE_KEY=<key id: 16 hex digits>:<secret: 32 bytes in base64>
///     PHARMAPOS_STORE_KEY_PREVIOUS=<the same for the key being rotated away from>   (rotation
///     only)
/// e.g. `PHARMAPOS_STORE_KEY=$(openssl rand -hex 8):$(openssl rand -base64 32)`. The key id must
/// be the same on every machine that reads the same data.
inline constexpr char kStoreKeyEnv[] = "PHARMAPOS_STORE_KEY";
inline constexpr char kPreviousStoreKeyEnv[] = "PHARMAPOS_STORE_KEY_PREVIOUS";

/// Where the store key is kept and how it is used.
struct KeyStoreSettings
{
    QString keyDir;          ///< the key file's directory (mode 0700); see defaultKeyDir()
    QString currentFromEnv;  ///< the value of PHARMAPOS_STORE_KEY; non-empty: no key file is used
    QString previousFromEnv; ///< the value of PHARMAPOS_STORE_KEY_PREVIOUS
    QString lockPath;        ///< the data directory's key-use lock file; empty: no locking

    /// The store's settings: the key directory beside (never inside) the data directory, so a copy
    /// of the data directory carries no key; the lock inside it; the environment's keys.
    [[nodiscard]] static KeyStoreSettings forDataDir(const QString& dataDir,
                                                     const QProcessEnvironment& env);
    /// "<dataDir>.keys": ~/.local/share/PharmaPOS/store → ~/.local/share/PharmaPOS/store.keys
    [[nodiscard]] static QString defaultKeyDir(const QString& dataDir);
};

enum class KeySource
{
    File = 1,
    Environment
};

/// Checks that `path` is private to this account: owned by the effective user, not a symbolic
/// link, and without any group or other permission bits (0600 files, 0700 directories). The error
/// names the path, its mode and the command that fixes it.
[[nodiscard]] Status checkPrivate(const QString& path, bool directory);

/// The store key's home: the key file (created at first start, 0600 in a 0700 directory, owned by
/// the service account; a wider one is refused by name) or the environment for a managed fleet.
/// Never the database, never a log.
///
/// While a KeyStore is open its process holds a shared lock on the data directory's key-use lock;
/// rotation and restore upgrade it to exclusive, so they never run while a counter or another
/// command works with the key. Every change of the key file is written to a temporary file,
/// fsynced and renamed over the old one: a crash leaves the old file or the new, never half of one.
///
/// Threading: one thread (the composition root's); the KeyRing it hands out is immutable and may
/// be shared with any thread.
class KeyStore
{
public:
    ~KeyStore();
    KeyStore(const KeyStore&) = delete;
    KeyStore& operator=(const KeyStore&) = delete;

    /// Opens the store key. A missing key file is created when `allowCreate` (first start; pass
    /// false when the database already holds encrypted data — a new key could not read it, and the
    /// error then says to run `keys restore`).
    [[nodiscard]] static Result<std::unique_ptr<KeyStore>>
    open(const KeyStoreSettings& settings, bool allowCreate, const Clock& clock);
    /// `keys restore`: adds the backup's generations this store lacks as decrypt-only (the store's
    /// current key stays current), or, with no key file yet, writes the backup as the key file.
    /// Refused while another process uses the key, and for a store keyed by the environment.
    /// Returns the key ids added.
    [[nodiscard]] static Result<QList<QByteArray>>
    restore(const KeyStoreSettings& settings, const KeyMaterial& backup, const Clock& clock);

    [[nodiscard]] KeySource source() const { return m_source; }
    /// The key file; empty when the key comes from the environment.
    [[nodiscard]] QString keyFilePath() const { return m_filePath; }
    /// True when open() created the key (the composition root audits StoreKeyCreated).
    [[nodiscard]] bool createdNow() const { return m_created; }
    [[nodiscard]] const KeyMaterial& material() const { return m_material; }
    [[nodiscard]] std::shared_ptr<const KeyRing> ring() const { return m_ring; }

    /// Takes the key-use lock exclusively: no other process may have the key open. The error says
    /// which command to close.
    [[nodiscard]] Status lockExclusive();
    /// Rotation, first step (key file only): a new generation becomes current, the old ones stay
    /// for reading. Written durably before it returns.
    [[nodiscard]] Status addGenerationAsCurrent();
    /// Rotation, last step: destroys every live generation but the current one, keeping their
    /// public signing keys as retired keys. Key file only; needs lockExclusive().
    [[nodiscard]] Status retireAllButCurrent();

    /// A test's crash points: called with a label at every step of a key-file write.
    void setCrashHook(std::function<void(const char*)> hook) { m_crashHook = std::move(hook); }

private:
    KeyStore(const Clock& clock);
    [[nodiscard]] Status acquireLock(const QString& lockPath);
    [[nodiscard]] Status save(const KeyMaterial& material);
    [[nodiscard]] Status adopt(KeyMaterial material);
    void crashPoint(const char* label) const
    {
        if (m_crashHook)
            m_crashHook(label);
    }

    const Clock& m_clock;
    KeySource m_source = KeySource::File;
    QString m_filePath;
    bool m_created = false;
    KeyMaterial m_material;
    std::shared_ptr<const KeyRing> m_ring;
    int m_lockFd = -1;
    std::function<void(const char*)> m_crashHook;
};

/// Parses "<16 hex>:<base64 of 32 bytes>" (PHARMAPOS_STORE_KEY); the error names `variable` but
/// never repeats the value.
[[nodiscard]] Result<KeyGeneration> parseEnvironmentKey(const QString& value,
                                                        const QString& variable);

} // namespace pos::storage::crypto
