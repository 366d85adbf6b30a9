#pragma once

#include "storage/crypto/encryptedholder.h"
#include "storage/crypto/keybackup.h"
#include "storage/crypto/keystore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace pos {
class AuditLog;
class Clock;
} // namespace pos

namespace pos::app {

class SecretInput;
struct AppConfig;
struct CommandContext;

/// What `pharmapos keys …` works with. The composition root fills it from the data directory:
/// KeyStoreSettings::forDataDir(dataDir, environment), the progress file in the data directory,
/// the holders of PrivacyWiring over a database opened for this command alone (no Counter: the
/// command must be the only user of the key while it rotates or restores), the audit trail and who
/// is acting (the logged-in administrator).
struct KeysCommandContext
{
    storage::crypto::KeyStoreSettings keys;
    QString progressPath; ///< <dataDir>/key-rotation.progress
    QList<storage::crypto::EncryptedHolder*> holders;
    SecretInput* secrets = nullptr;
    storage::crypto::BackupKdfParams backupKdf;
    const Clock* clock = nullptr;
    AuditLog* audit = nullptr; ///< optional: key events are audited when set
    QString actor = QStringLiteral("-");
    /// Tests only: crash points of the rotation.
    std::function<void(const char*)> crashHook;
};

/// `pharmapos keys status | rotate | backup --out FILE [--force] | restore --in FILE`. `args`
/// starts with "keys". Exit codes: 0 done, 1 refused or failed (the message says why and what to
/// do), 2 usage.
///   status   where the key comes from, the current and other key ids, a rotation under way and
///            its progress, and per holder how many items each key encrypts
///   rotate   re-encrypts everything under a new key; resumes a rotation cut short
///   backup   writes a passphrase-protected copy of the keys (passphrase: the terminal, asked
///            twice without echo; or one line of standard input)
///   restore  adds the keys of a backup (passphrase likewise, once)
int runKeys(const QStringList& args, const KeysCommandContext& context, QTextStream& out,
            QTextStream& err);

/// The command table's `pharmapos keys rotate --user ADMIN`: an administrator logs in (a store
/// manager is refused, audited), the store is closed again (the rotation must be the key's only
/// user: it takes the key directory's exclusive lock, so a running counter makes it refuse), the
/// rotation runs on a connection of its own (PrivacyWiring's holders: the personal-data side tables
/// and the integrity seals' MACs), and its start and outcome are then written to the audit trail
/// with the store opened under the new key. Exit as runKeys(); 1 when the login is refused.
int runKeysRotateCommand(const AppConfig& config, const CommandContext& context);

} // namespace pos::app
