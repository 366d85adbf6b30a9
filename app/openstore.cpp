#include "app/openstore.h"

#include "app/cameraconfig.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/session.h"
#include "app/privacywiring.h"
#include "app/secretinput.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/crypto/personaldata.h"
#include "storage/crypto/sealingevidencesealer.h"
#include "storage/crypto/secretbytes.h"
#include "storage/database.h"
#include "storage/opensslpasswordhasher.h"
#include "storage/sqlstaffrepositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

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
    s->m_cipher = std::make_unique<storage::crypto::OpenSslFieldCipher>(s->m_keys->ring());
    s->m_files = std::make_unique<storage::crypto::OpenSslFileSealer>(s->m_keys->ring(), clock);
    s->m_evidence = std::make_unique<storage::crypto::SealingEvidenceSealer>(*s->m_files);
    // The camera's sealed faces and segments: rotated with the key, counted by the report.
    if (config.camera)
        s->m_privacy->addEvidenceFolders(config.camera->videoDir, config.camera->backupDir);
    if (Status encrypted = s->encryptPlainPersonalData(clock); !encrypted)
        return encrypted.error();
    return s;
}

Status OpenStore::encryptPlainPersonalData(const Clock& clock)
{
    // DATA-PRIVACY: a store written before the side tables (or by a version that wrote plain
    // values) is encrypted before anything reads or writes personal data; a kill midway resumes
    // at the next start.
    Result<bool> plain = storage::crypto::needsPlaintextMigration(*m_db);
    if (!plain)
        return plain.error();
    if (!*plain)
        return {};
    Result<storage::crypto::PlaintextMigrationReport> done =
        storage::crypto::encryptPlaintextPersonalData(*m_db, *m_cipher);
    if (!done)
        return done.error();
    storage::SqlAuditLog audit(*m_db);
    const QString detail = Tr::tr("销售单 %1，处方 %2，扫码 %3")
                               .arg(done->saleBuyerIds)
                               .arg(done->prescriptions)
                               .arg(done->scanPayloads);
    qCInfo(lcStore).noquote() << Tr::tr("已加密原明文保存的个人信息：%1").arg(detail);
    return audit.append(AuditEvent{clock.now(), QStringLiteral("-"),
                                   AuditAction::PersonalDataEncrypted, QStringLiteral("store"),
                                   detail});
}

const FieldCipher& OpenStore::fieldCipher() const
{
    return *m_cipher;
}

const RecordSealer& OpenStore::sealer() const
{
    return *m_sealer;
}

bool OpenStore::keyCreatedNow() const
{
    return m_keys->createdNow();
}

const FileSealer& OpenStore::fileSealer() const
{
    return *m_files;
}

EvidenceSealer& OpenStore::evidenceSealer() const
{
    return *m_evidence;
}

QString OpenStore::keyFilePath() const
{
    return m_keys->keyFilePath();
}

// ---- CommandSession ----------------------------------------------------------------------------

CommandSession::~CommandSession()
{
    if (m_session)
        m_session->logout();
}

Result<std::unique_ptr<CommandSession>> CommandSession::open(const AppConfig& config)
{
    std::unique_ptr<CommandSession> s(new CommandSession);
    Result<std::unique_ptr<OpenStore>> store = OpenStore::open(config, s->m_clock);
    if (!store)
        return store.error();
    s->m_store = std::move(store).value();
    storage::Database& db = s->m_store->database();
    s->m_users = std::make_unique<storage::SqlUserRepository>(db);
    s->m_audit = std::make_unique<storage::SqlAuditLog>(db);
    s->m_hasher = std::make_unique<storage::OpenSslPasswordHasher>(config.passwordIterations);
    s->m_auth = std::make_unique<AuthService>(*s->m_users, *s->m_hasher, *s->m_audit, s->m_clock,
                                              config.lockout);
    s->m_session = std::make_unique<Session>(*s->m_auth, *s->m_audit, s->m_clock);
    s->m_access = std::make_unique<AccessControl>(*s->m_session, *s->m_audit, s->m_clock);
    return s;
}

std::unique_ptr<CommandSession> CommandSession::openAs(const AppConfig& config,
                                                       const QString& username,
                                                       SecretInput& secrets, Permission permission,
                                                       QTextStream& err, int& exitCode)
{
    Result<std::unique_ptr<CommandSession>> opened = open(config);
    if (!opened) {
        err << opened.error().userText() << Qt::endl;
        exitCode = 2;
        return nullptr;
    }
    if (Status in = (*opened)->login(username, secrets, permission); !in) {
        err << in.error().userText() << Qt::endl;
        exitCode = 1;
        return nullptr;
    }
    return std::move(opened).value();
}

Status CommandSession::login(const QString& username, SecretInput& secrets, Permission permission)
{
    if (username.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("需要 --user 账号（密码从标准输入读取）"));
    Result<storage::crypto::SecretBytes> password =
        secrets.read(Tr::tr("%1 的密码：").arg(username));
    if (!password)
        return makeError(ErrorCode::InvalidInput, Tr::tr("没有读到 %1 的密码").arg(username));
    QString typed = QString::fromUtf8(password->view());
    Result<User> user = m_session->login(username, typed);
    storage::crypto::cleanse(typed);
    if (!user)
        return user.error();
    return m_access->require(permission);
}

AuditLog& CommandSession::audit()
{
    return *m_audit;
}

QString CommandSession::actor() const
{
    const User* u = m_session ? m_session->actingUser() : nullptr;
    return u ? u->username : QStringLiteral("-");
}

} // namespace pos::app
