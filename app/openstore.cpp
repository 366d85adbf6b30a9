#include "app/openstore.h"

#include "app/privacywiring.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace pos::app {

namespace {
/// Translation context "OpenStore" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenStore)
};

Q_LOGGING_CATEGORY(lcStore, "pos.app.store", QtInfoMsg)
} // namespace

OpenStore::~OpenStore()
{
    // The state at close is anchored too: a later rollback to anything older shows.
    if (m_db)
        if (Status a = m_db->anchorNow(); !a)
            qCWarning(lcStore).noquote() << a.error().userText();
}

Result<std::unique_ptr<OpenStore>> OpenStore::open(const AppConfig& config, const Clock& clock)
{
    std::unique_ptr<OpenStore> s(new OpenStore);
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(config.databasePath());
    if (!db)
        return db.error();
    s->m_db = std::move(db).value();
    s->m_privacy = std::make_unique<PrivacyWiring>(*s->m_db);
    // A store that already holds anything made with the key must find that key: a new one could
    // neither read the personal data nor verify the seals (restore it from its backup instead).
    Result<bool> keyed = s->m_privacy->holdsEncryptedData();
    if (!keyed)
        return keyed.error();
    storage::crypto::KeyStoreSettings settings = storage::crypto::KeyStoreSettings::forDataDir(
        config.dataDir, QProcessEnvironment::systemEnvironment());
    settings.keyDir = config.effectiveKeyDir();
    Result<std::unique_ptr<storage::crypto::KeyStore>> keys =
        storage::crypto::KeyStore::open(settings, !*keyed, clock);
    if (!keys)
        return keys.error();
    s->m_keys = std::move(keys).value();
    s->m_sealer = std::make_unique<storage::crypto::OpenSslRecordSealer>(s->m_keys->ring());
    s->m_db->setRecordSealer(s->m_sealer.get());
    // The anchors live beside the key (private with it) and, when configured, on the backup disk:
    // places a copy of the data directory does not carry.
    // With the key in the environment the directory is made here, for the anchors: private from
    // the start (0700), as the key store makes it, or a later start with a key file refuses it.
    const bool made = !QFileInfo::exists(settings.keyDir);
    if (!QDir().mkpath(settings.keyDir)
        || (made
            && !QFile::setPermissions(settings.keyDir, QFileDevice::ReadOwner
                                                           | QFileDevice::WriteOwner
                                                           | QFileDevice::ExeOwner)))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("无法创建密钥目录 %1").arg(settings.keyDir));
    s->m_db->setAnchorPaths(config.anchorPaths());
    // Whatever an older version (or an interrupted start) left unsealed is sealed now, before
    // anything new is written; then the state at start is anchored.
    if (Status sealed = s->m_db->sealPending(); !sealed)
        return sealed.error();
    if (Status anchored = s->m_db->anchorNow(); !anchored)
        qCWarning(lcStore).noquote() << anchored.error().userText();
    return s;
}

const RecordSealer& OpenStore::sealer() const
{
    return *m_sealer;
}

bool OpenStore::keyCreatedNow() const
{
    return m_keys->createdNow();
}

QString OpenStore::keyFilePath() const
{
    return m_keys->keyFilePath();
}

} // namespace pos::app
