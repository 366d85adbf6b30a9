#pragma once

#include "storage/crypto/encryptedholder.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pos::storage::crypto {

class KeyStore;

/// How far a rotation got: per holder, the cursor after the last durable batch and whether it is
/// done. Kept in a small JSON file (0600, written atomically) in the data directory; it holds no
/// secret and no personal data.
struct RotationProgress
{
    QByteArray targetKeyId;
    QMap<QString, QString> cursors;
    QStringList done;

    [[nodiscard]] static Result<std::optional<RotationProgress>> read(const QString& path);
    [[nodiscard]] Status write(const QString& path) const;
};

struct RotationOptions
{
    int fieldBatch = 2000; ///< rows per transaction (synchronous=FULL: one fsync each)
    int fileBatch = 8;     ///< files per progress record
    /// Called with a label at every step where a crash matters (tests kill the process there).
    std::function<void(const char*)> crashHook;
    /// Progress for people: "sale.buyer_id：已改写 1500 条".
    std::function<void(const QString&)> progress;
};

struct RotationOutcome
{
    QByteArray fromKeyId; ///< empty when nothing was rotated
    QByteArray toKeyId;
    qint64 rewritten = 0;
    bool resumed = false;         ///< a rotation cut short earlier was carried on
    QList<QByteArray> retiredIds; ///< generations destroyed at the end (key file)
    QStringList notes;            ///< what the operator must do now, for people
};

/// `keys rotate`: re-encrypts everything every registered holder keeps under a new key, without
/// losing anything, and resumes after a kill:
///   1. the new key is written to the key file first (beside the old one, which stays readable);
///   2. each holder rewrites its items in durable batches; progress is recorded after each;
///   3. a census of every holder must find nothing under any other key;
///   4. only then are the old keys destroyed (their public signing keys kept).
/// Killed anywhere, the next run finds the key file with both keys and carries on from the recorded
/// progress (a repeated batch is harmless: holders skip items already under the new key). A store
/// keyed by the environment rotates from PHARMAPOS_STORE_KEY_PREVIOUS to PHARMAPOS_STORE_KEY and
/// leaves it to the operator to remove the previous key.
/// Thread: the caller's (the holders' database connection's).
class KeyRotation
{
public:
    KeyRotation(KeyStore& store, QList<EncryptedHolder*> holders, QString progressPath,
                RotationOptions options = {});

    [[nodiscard]] Result<RotationOutcome> run();

private:
    [[nodiscard]] Status rotateHolders(const Reencryptor& re, RotationProgress& progress,
                                       RotationOutcome& outcome);
    void crashPoint(const char* label) const
    {
        if (m_options.crashHook)
            m_options.crashHook(label);
    }
    void say(const QString& line) const
    {
        if (m_options.progress)
            m_options.progress(line);
    }

    KeyStore& m_store;
    QList<EncryptedHolder*> m_holders;
    QString m_progressPath;
    RotationOptions m_options;
};

} // namespace pos::storage::crypto
