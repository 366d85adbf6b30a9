#include "storage/crypto/keystore.h"

#include "app/core/ports/clock.h"
#include "storage/crypto/cryptolog.h"
#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcKeys, "pos.storage.keys")

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
};

const QString kKeyFileName = QStringLiteral("store.key");
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString octal(mode_t mode)
{
    return QStringLiteral("0%1").arg(mode & 07777, 3, 8, QLatin1Char('0'));
}

Status makePrivateDir(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Configuration,
                             Tr::tr("无法创建目录 %1").arg(info.absolutePath()));
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
            return makeError(ErrorCode::Configuration,
                             Tr::tr("无法创建密钥目录 %1：%2").arg(dir, errnoText()));
        (void)::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    return checkPrivate(dir, true);
}

Result<SecretBytes> readKeyFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("无法读取密钥文件 %1：%2").arg(path, errnoText()));
    SecretBytes buf(kMaxKeyFileBytes);
    qsizetype total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data() + total, size_t(kMaxKeyFileBytes - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return makeError(ErrorCode::Configuration,
                             Tr::tr("无法读取密钥文件 %1：%2").arg(path, errnoText()));
        }
        if (n == 0)
            break;
        total += n;
        if (total == kMaxKeyFileBytes)
            break;
    }
    ::close(fd);
    return SecretBytes(buf.data(), total);
}

/// A key-file write interrupted by a crash leaves "store.key.tmp-…" behind, which may hold a
/// secret that is about to be retired: it goes at the next open.
void removeStaleTemporaries(const QString& keyDir)
{
    const QStringList stale = QDir(keyDir).entryList({kKeyFileName + QStringLiteral(".tmp-*")},
                                                     QDir::Files | QDir::Hidden);
    for (const QString& name : stale)
        QFile::remove(QDir(keyDir).filePath(name));
}

} // namespace

KeyStoreSettings KeyStoreSettings::forDataDir(const QString& dataDir,
                                              const QProcessEnvironment& env)
{
    KeyStoreSettings s;
    s.keyDir = defaultKeyDir(dataDir);
    s.currentFromEnv = env.value(QString::fromLatin1(kStoreKeyEnv));
    s.previousFromEnv = env.value(QString::fromLatin1(kPreviousStoreKeyEnv));
    s.lockPath = QDir(dataDir).filePath(QStringLiteral(".keyuse.lock"));
    return s;
}

QString KeyStoreSettings::defaultKeyDir(const QString& dataDir)
{
    return QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()) + QStringLiteral(".keys");
}

Status checkPrivate(const QString& path, bool directory)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("无法检查 %1：%2").arg(path, errnoText()));
    if (S_ISLNK(st.st_mode))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1 是符号链接：密钥%2必须是本账户自己的真实%2，拒绝使用")
                             .arg(path, directory ? Tr::tr("目录") : Tr::tr("文件")));
    if (directory ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode))
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1 不是%2").arg(path, directory ? Tr::tr("目录") : Tr::tr("普通文件")));
    if (st.st_uid != ::geteuid())
        return makeError(
            ErrorCode::Configuration,
            Tr::tr(
                "%1 属于用户 %2，而本程序以用户 %3 运行：密钥只能由运行 PharmaPOS 的账户持有，拒绝使用")
                .arg(path)
                .arg(st.st_uid)
                .arg(::geteuid()));
    if ((st.st_mode & 077) != 0)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1 的权限是 %2，组或其他用户可以访问：拒绝使用。"
                   "请执行 chmod %3 %1，并确认密钥没有被别人复制过（如有怀疑，执行 keys rotate）")
                .arg(path, octal(st.st_mode),
                     directory ? QStringLiteral("700") : QStringLiteral("600")));
    return {};
}

Result<KeyGeneration> parseEnvironmentKey(const QString& value, const QString& variable)
{
    const qsizetype colon = value.indexOf(u':');
    const QByteArray id = colon > 0 ? keyIdFromHex(value.left(colon).trimmed()) : QByteArray();
    QByteArray raw = colon > 0 ? QByteArray::fromBase64(value.mid(colon + 1).trimmed().toLatin1())
                               : QByteArray();
    if (id.size() != kKeyIdBytes || raw.size() != kMasterSecretBytes) {
        cleanse(raw);
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("环境变量 %1 的格式不对：应为“16 位十六进制密钥编号:32 字节密钥的 base64”，"
                   "例如 $(openssl rand -hex 8):$(openssl rand -base64 32)")
                .arg(variable));
    }
    return KeyGeneration{id, QDateTime::fromMSecsSinceEpoch(0), SecretBytes::takeFrom(raw)};
}

KeyStore::KeyStore(const Clock& clock)
    : m_clock(clock)
{
}

KeyStore::~KeyStore()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
}

Status KeyStore::acquireLock(const QString& lockPath)
{
    if (lockPath.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("无法打开密钥使用锁 %1：%2").arg(lockPath, errnoText()));
    if (::flock(m_lockFd, LOCK_SH | LOCK_NB) != 0)
        return makeError(
            ErrorCode::WrongState,
            Tr::tr("正在更换或恢复密钥（keys rotate / keys restore 运行中），请等它结束后再启动"));
    return {};
}

Status KeyStore::lockExclusive()
{
    if (m_lockFd < 0)
        return {};
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
        return makeError(
            ErrorCode::WrongState,
            Tr::tr(
                "另一个 PharmaPOS 进程（收银台或其他命令）正在使用密钥：请先关闭它再更换或恢复密钥"));
    return {};
}

Status KeyStore::adopt(KeyMaterial material)
{
    Result<std::shared_ptr<const KeyRing>> ring = KeyRing::build(material);
    if (!ring)
        return ring.error();
    m_material = std::move(material);
    m_ring = std::move(ring.value());
    return {};
}

Result<std::unique_ptr<KeyStore>> KeyStore::open(const KeyStoreSettings& settings, bool allowCreate,
                                                 const Clock& clock)
{
    std::unique_ptr<KeyStore> store(new KeyStore(clock));
    if (Status s = store->acquireLock(settings.lockPath); !s)
        return s.error();

    if (!settings.currentFromEnv.isEmpty()) {
        // A managed fleet: the key comes from the environment and is never written anywhere.
        store->m_source = KeySource::Environment;
        KeyMaterial m;
        Result<KeyGeneration> current =
            parseEnvironmentKey(settings.currentFromEnv, QString::fromLatin1(kStoreKeyEnv));
        if (!current)
            return current.error();
        m.currentId = current->id;
        m.generations.push_back(std::move(current.value()));
        if (!settings.previousFromEnv.isEmpty()) {
            Result<KeyGeneration> previous = parseEnvironmentKey(
                settings.previousFromEnv, QString::fromLatin1(kPreviousStoreKeyEnv));
            if (!previous)
                return previous.error();
            if (previous->id == m.currentId)
                return makeError(ErrorCode::Configuration,
                                 Tr::tr("%1 与 %2 的密钥编号相同")
                                     .arg(QString::fromLatin1(kPreviousStoreKeyEnv),
                                          QString::fromLatin1(kStoreKeyEnv)));
            m.generations.push_back(std::move(previous.value()));
        }
        if (Status s = store->adopt(std::move(m)); !s)
            return s.error();
        return store;
    }

    if (Status s = makePrivateDir(settings.keyDir); !s)
        return s.error();
    store->m_filePath = QDir(settings.keyDir).filePath(kKeyFileName);
    removeStaleTemporaries(settings.keyDir);
    if (!QFileInfo::exists(store->m_filePath) && !QFileInfo(store->m_filePath).isSymLink()) {
        if (!allowCreate)
            return makeError(
                ErrorCode::Configuration,
                Tr::tr("找不到密钥文件 %1，而数据库中已有加密数据：新密钥无法读取它们。"
                       "请用 pharmapos keys restore --in 备份文件 恢复密钥（或设置环境变量 %2）")
                    .arg(store->m_filePath, QString::fromLatin1(kStoreKeyEnv)));
        Result<KeyGeneration> g = KeyMaterial::generate(clock.now());
        if (!g)
            return g.error();
        KeyMaterial m;
        m.currentId = g->id;
        m.generations.push_back(std::move(g.value()));
        if (Status s = store->save(m); !s)
            return s.error();
        if (Status s = store->adopt(std::move(m)); !s)
            return s.error();
        store->m_created = true;
        qCInfo(lcKeys) << "created the store key" << keyIdHex(store->m_material.currentId) << "in"
                       << settings.keyDir;
        return store;
    }
    if (Status s = checkPrivate(store->m_filePath, false); !s)
        return s.error();
    Result<SecretBytes> bytes = readKeyFile(store->m_filePath);
    if (!bytes)
        return bytes.error();
    Result<KeyMaterial> m = KeyMaterial::parse(bytes->view());
    if (!m)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：%2").arg(store->m_filePath, m.error().message));
    if (Status s = store->adopt(std::move(m.value())); !s)
        return s.error();
    return store;
}

Status KeyStore::save(const KeyMaterial& material)
{
    if (m_source != KeySource::File)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("密钥来自环境变量 %1：本程序不写密钥文件，请在集中的密钥管理中更换")
                             .arg(QString::fromLatin1(kStoreKeyEnv)));
    const SecretBytes bytes = material.serialize();
    Result<QByteArray> suffix = randomBytes(6);
    if (!suffix)
        return suffix.error();
    const QString tmp = m_filePath + QStringLiteral(".tmp-") + QString::fromLatin1(suffix->toHex());
    const int fd = ::open(QFile::encodeName(tmp).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法写入密钥文件 %1：%2").arg(tmp, errnoText()));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = errnoText();
            ::close(fd);
            ::unlink(QFile::encodeName(tmp).constData());
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法写入密钥文件 %1：%2").arg(tmp, why));
        }
        done += n;
        crashPoint("keyfile-partly-written");
    }
    if (::fsync(fd) != 0) {
        const QString why = errnoText();
        ::close(fd);
        ::unlink(QFile::encodeName(tmp).constData());
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入密钥文件：%1").arg(why));
    }
    ::close(fd);
    crashPoint("keyfile-written-before-rename");
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_filePath).constData())
        != 0) {
        const QString why = errnoText();
        ::unlink(QFile::encodeName(tmp).constData());
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法替换密钥文件 %1：%2").arg(m_filePath, why));
    }
    crashPoint("keyfile-renamed");
    if (!syncDirectory(QFileInfo(m_filePath).absolutePath()))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法同步密钥目录：%1").arg(errnoText()));
    return {};
}

Status KeyStore::addGenerationAsCurrent()
{
    if (m_source != KeySource::File)
        return makeError(
            ErrorCode::WrongState,
            Tr::tr("密钥来自环境变量：请把新密钥设为 %1、旧密钥设为 %2，再执行 keys rotate")
                .arg(QString::fromLatin1(kStoreKeyEnv), QString::fromLatin1(kPreviousStoreKeyEnv)));
    Result<KeyGeneration> g = KeyMaterial::generate(m_clock.now());
    if (!g)
        return g.error();
    KeyMaterial next = m_material.copy();
    next.currentId = g->id;
    next.generations.insert(next.generations.begin(), std::move(g.value()));
    if (Status s = save(next); !s)
        return s;
    return adopt(std::move(next));
}

Status KeyStore::retireAllButCurrent()
{
    if (m_source != KeySource::File)
        return makeError(ErrorCode::WrongState, Tr::tr("密钥来自环境变量，本程序不能废弃它"));
    KeyMaterial next;
    next.currentId = m_material.currentId;
    next.retired = m_material.retired;
    for (const KeyGeneration& g : m_material.generations) {
        if (g.id == m_material.currentId) {
            next.generations.push_back(g.copy());
            continue;
        }
        const DerivedKeys* keys = m_ring->find(g.id);
        next.retired.append(RetiredKey{g.id, g.created, m_clock.now(),
                                       keys ? keys->signingPublicKey : QByteArray()});
    }
    if (Status s = save(next); !s)
        return s;
    return adopt(std::move(next));
}

Result<QList<QByteArray>> KeyStore::restore(const KeyStoreSettings& settings,
                                            const KeyMaterial& backup, const Clock& clock)
{
    if (!settings.currentFromEnv.isEmpty())
        return makeError(ErrorCode::WrongState,
                         Tr::tr("密钥来自环境变量 %1：恢复密钥请在集中的密钥管理中进行")
                             .arg(QString::fromLatin1(kStoreKeyEnv)));
    std::unique_ptr<KeyStore> store(new KeyStore(clock));
    if (Status s = store->acquireLock(settings.lockPath); !s)
        return s.error();
    if (Status s = store->lockExclusive(); !s)
        return s.error();
    if (Status s = makePrivateDir(settings.keyDir); !s)
        return s.error();
    store->m_filePath = QDir(settings.keyDir).filePath(kKeyFileName);
    QList<QByteArray> added;
    KeyMaterial next;
    if (!QFileInfo::exists(store->m_filePath)) {
        next = backup.copy();
        for (const KeyGeneration& g : next.generations)
            added.append(g.id);
    } else {
        if (Status s = checkPrivate(store->m_filePath, false); !s)
            return s.error();
        Result<SecretBytes> bytes = readKeyFile(store->m_filePath);
        if (!bytes)
            return bytes.error();
        Result<KeyMaterial> current = KeyMaterial::parse(bytes->view());
        if (!current)
            return current.error();
        next = std::move(current.value());
        for (const KeyGeneration& g : backup.generations) {
            if (next.find(g.id))
                continue;
            // A retired key comes back to life: an old backup's data needs it.
            next.retired.removeIf([&g](const RetiredKey& r) { return r.id == g.id; });
            next.generations.push_back(g.copy());
            added.append(g.id);
        }
        for (const RetiredKey& r : backup.retired) {
            bool known = next.find(r.id) != nullptr;
            for (const RetiredKey& mine : next.retired)
                known = known || mine.id == r.id;
            if (!known)
                next.retired.append(r);
        }
    }
    if (!added.isEmpty()) {
        if (Status s = store->save(next); !s)
            return s.error();
    }
    if (Status s = store->adopt(std::move(next)); !s)
        return s.error();
    return added;
}

} // namespace pos::storage::crypto
