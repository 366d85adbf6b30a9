#include "app/keyscommands.h"

#include "app/appconfig.h"
#include "app/cameraconfig.h"
#include "app/commandtable.h"
#include "app/core/ports/auditlog.h"
#include "app/core/ports/clock.h"
#include "app/core/staff/session.h"
#include "app/openstore.h"
#include "app/privacywiring.h"
#include "app/secretinput.h"
#include "storage/crypto/keyrotation.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

namespace pos::app {

namespace {

using namespace storage::crypto;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommands)
};

QString day(const QDateTime& t)
{
    return t.isValid() && t.toMSecsSinceEpoch() > 0 ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                    : Tr::tr("（环境变量提供）");
}

void audit(const KeysCommandContext& c, AuditAction action, const QString& target,
           const QString& detail, QTextStream& err)
{
    if (!c.audit)
        return;
    if (Status s = c.audit->append(AuditEvent{c.clock->now(), c.actor, action, target, detail}); !s)
        err << Tr::tr("警告：无法写入审计日志：%1").arg(s.error().message) << Qt::endl;
}

/// The value after `--name`, or empty.
QString option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

int usage(QTextStream& err)
{
    err << Tr::tr(
        "用法：pharmapos keys status | rotate | backup --out 文件 [--force] | restore --in 文件")
        << Qt::endl;
    return 2;
}

int status(const KeysCommandContext& c, QTextStream& out, QTextStream& err)
{
    Result<std::unique_ptr<KeyStore>> store = KeyStore::open(c.keys, false, *c.clock);
    if (!store) {
        err << store.error().userText() << Qt::endl;
        return 1;
    }
    const KeyRing& ring = *(*store)->ring();
    if ((*store)->source() == KeySource::File)
        out << Tr::tr("密钥来源：密钥文件 %1（仅本账户可读写，目录 700）")
                   .arg((*store)->keyFilePath())
            << Qt::endl;
    else
        out << Tr::tr("密钥来源：环境变量 %1").arg(QString::fromLatin1(kStoreKeyEnv)) << Qt::endl;
    out << Tr::tr("当前密钥：%1（创建于 %2）")
               .arg(keyIdHex(ring.current().id), day(ring.current().created))
        << Qt::endl;
    const QList<const DerivedKeys*> gens = ring.generations();
    for (qsizetype i = 1; i < gens.size(); ++i)
        out << Tr::tr(
                   "仍可读取的旧密钥：%1（创建于 %2）—— 轮换未完成，执行 pharmapos keys rotate 继续")
                   .arg(keyIdHex(gens.at(i)->id), day(gens.at(i)->created))
            << Qt::endl;
    for (const RetiredKey& r : ring.retired())
        out << Tr::tr("已退役密钥：%1（%2 退役，只保留签名公钥）")
                   .arg(keyIdHex(r.id), day(r.retired))
            << Qt::endl;
    out << Tr::tr("签名公钥指纹（SHA-256）：%1")
               .arg(OpenSslRecordSealer((*store)->ring()).publicKeyFingerprint())
        << Qt::endl;
    Result<std::optional<RotationProgress>> progress = RotationProgress::read(c.progressPath);
    if (progress && *progress)
        out << Tr::tr("轮换进度（目标密钥 %1）：已完成 %2")
                   .arg(keyIdHex((*progress)->targetKeyId),
                        (*progress)->done.isEmpty() ? Tr::tr("无")
                                                    : (*progress)->done.join(QStringLiteral("、")))
            << Qt::endl;
    int code = 0;
    for (EncryptedHolder* h : c.holders) {
        Result<HolderCensus> census = h->census();
        if (!census) {
            out << Tr::tr("%1：无法统计：%2").arg(h->name(), census.error().message) << Qt::endl;
            code = 1;
            continue;
        }
        QStringList parts;
        for (auto it = census->byKeyId.cbegin(); it != census->byKeyId.cend(); ++it) {
            const bool known = ring.find(it.key()) != nullptr;
            parts << Tr::tr("密钥 %1：%2 项%3")
                         .arg(keyIdHex(it.key()))
                         .arg(it.value())
                         .arg(known ? QString() : Tr::tr("（本店没有这个密钥！）"));
            if (!known)
                code = 1;
        }
        if (parts.isEmpty())
            parts << Tr::tr("无加密数据");
        out << Tr::tr("%1：%2；明文 %3 项")
                   .arg(h->name(), parts.join(QStringLiteral("，")))
                   .arg(census->plain)
            << Qt::endl;
    }
    return code;
}

int rotate(const KeysCommandContext& c, QTextStream& out, QTextStream& err)
{
    Result<std::unique_ptr<KeyStore>> store = KeyStore::open(c.keys, false, *c.clock);
    if (!store) {
        err << store.error().userText() << Qt::endl;
        return 1;
    }
    (*store)->setCrashHook(c.crashHook);
    const QString from = keyIdHex((*store)->ring()->current().id);
    audit(c, AuditAction::StoreKeyRotationStarted, from,
          (*store)->ring()->generations().size() > 1 ? Tr::tr("继续未完成的轮换")
                                                     : Tr::tr("开始轮换"),
          err);
    RotationOptions options;
    options.crashHook = c.crashHook;
    options.progress = [&out](const QString& line) { out << line << Qt::endl; };
    KeyRotation rotation(**store, c.holders, c.progressPath, options);
    Result<RotationOutcome> outcome = rotation.run();
    if (!outcome) {
        err << Tr::tr("密钥轮换未完成：%1").arg(outcome.error().userText()) << Qt::endl;
        err << Tr::tr(
            "已改写的数据不受影响；新旧密钥都保留着，再次执行 pharmapos keys rotate 会接着做。")
            << Qt::endl;
        return 1;
    }
    if (outcome->fromKeyId.isEmpty() && outcome->rewritten == 0) {
        // A fleet key with no previous one: nothing was rotated, and the operator must act.
        for (const QString& note : outcome->notes)
            err << note << Qt::endl;
        return 1;
    }
    QStringList retired;
    for (const QByteArray& id : outcome->retiredIds)
        retired << keyIdHex(id);
    out << Tr::tr("密钥轮换完成：现用密钥 %1，改写 %2 项%3")
               .arg(keyIdHex(outcome->toKeyId))
               .arg(outcome->rewritten)
               .arg(retired.isEmpty()
                        ? QString()
                        : Tr::tr("，旧密钥 %1 已销毁").arg(retired.join(QStringLiteral("、"))))
        << Qt::endl;
    for (const QString& note : outcome->notes)
        out << note << Qt::endl;
    audit(c, AuditAction::StoreKeyRotationCompleted, keyIdHex(outcome->toKeyId),
          Tr::tr("改写 %1 项；退役 %2").arg(outcome->rewritten).arg(retired.join(u',')), err);
    return 0;
}

int backup(const QStringList& args, const KeysCommandContext& c, QTextStream& out, QTextStream& err)
{
    const QString path = option(args, QStringLiteral("--out"));
    if (path.isEmpty())
        return usage(err);
    Result<std::unique_ptr<KeyStore>> store = KeyStore::open(c.keys, false, *c.clock);
    if (!store) {
        err << store.error().userText() << Qt::endl;
        return 1;
    }
    if (!c.secrets) {
        err << Tr::tr("没有口令来源") << Qt::endl;
        return 1;
    }
    Result<SecretBytes> pass =
        c.secrets->read(Tr::tr("备份口令（至少 %1 个字符，不显示）：").arg(kMinPassphraseChars));
    if (!pass) {
        err << pass.error().userText() << Qt::endl;
        return 1;
    }
    if (c.secrets->interactive()) {
        Result<SecretBytes> again = c.secrets->read(Tr::tr("再输入一次："));
        if (!again || !again->equals(*pass)) {
            err << Tr::tr("两次输入的口令不一致，未写入备份") << Qt::endl;
            return 1;
        }
    }
    if (Status s = writeKeyBackup(path, (*store)->material(), pass->view(), c.backupKdf,
                                  args.contains(QStringLiteral("--force")));
        !s) {
        err << s.error().userText() << Qt::endl;
        return 1;
    }
    QStringList ids;
    for (const KeyGeneration& g : (*store)->material().generations)
        ids << keyIdHex(g.id);
    out << Tr::tr("已写入密钥备份 %1（密钥 %2），权限 600。")
               .arg(path, ids.join(QStringLiteral("、")))
        << Qt::endl;
    out << Tr::tr(
        "把它和口令分开保存在店外安全的地方：丢失密钥就丢失全部加密数据——两年内的处方档案、"
        "含麻黄碱药品登记、人脸和录像都无法再读取；每次 keys rotate 之后要重新备份。")
        << Qt::endl;
    audit(c, AuditAction::StoreKeyBackedUp, QFileInfo(path).fileName(), ids.join(u','), err);
    return 0;
}

int restore(const QStringList& args, const KeysCommandContext& c, QTextStream& out,
            QTextStream& err)
{
    QString path = option(args, QStringLiteral("--in"));
    if (path.isEmpty() && args.size() == 3 && !args.at(2).startsWith(QStringLiteral("--")))
        path = args.at(2);
    if (path.isEmpty())
        return usage(err);
    if (!c.secrets) {
        err << Tr::tr("没有口令来源") << Qt::endl;
        return 1;
    }
    Result<SecretBytes> pass = c.secrets->read(Tr::tr("备份口令（不显示）："));
    if (!pass) {
        err << pass.error().userText() << Qt::endl;
        return 1;
    }
    Result<KeyMaterial> material = readKeyBackup(path, pass->view());
    if (!material) {
        err << material.error().userText() << Qt::endl;
        return 1;
    }
    Result<QList<QByteArray>> added = KeyStore::restore(c.keys, *material, *c.clock);
    if (!added) {
        err << added.error().userText() << Qt::endl;
        return 1;
    }
    QStringList ids;
    for (const QByteArray& id : *added)
        ids << keyIdHex(id);
    if (ids.isEmpty()) {
        out << Tr::tr("备份中的密钥本店都已有，未作改动") << Qt::endl;
        return 0;
    }
    out << Tr::tr("已恢复密钥：%1").arg(ids.join(QStringLiteral("、"))) << Qt::endl;
    Result<std::unique_ptr<KeyStore>> store = KeyStore::open(c.keys, false, *c.clock);
    if (store && (*store)->ring()->generations().size() > 1)
        out << Tr::tr(
            "现在有不止一个可用密钥：执行 pharmapos keys rotate，把数据都改用当前密钥并销毁其余的")
            << Qt::endl;
    audit(c, AuditAction::StoreKeyRestored, QFileInfo(path).fileName(), ids.join(u','), err);
    return 0;
}

} // namespace

int runKeys(const QStringList& args, const KeysCommandContext& context, QTextStream& out,
            QTextStream& err)
{
    if (args.size() < 2 || args.first() != QStringLiteral("keys") || !context.clock)
        return usage(err);
    const QString sub = args.at(1);
    if (sub == QStringLiteral("status"))
        return status(context, out, err);
    if (sub == QStringLiteral("rotate"))
        return rotate(context, out, err);
    if (sub == QStringLiteral("backup"))
        return backup(args, context, out, err);
    if (sub == QStringLiteral("restore"))
        return restore(args, context, out, err);
    return usage(err);
}

namespace {

/// Key events of a rotation, held until the store can be opened again under the new key (while it
/// runs, nothing else may hold the key, the audit trail's seals included).
class DeferredAudit final : public AuditLog
{
public:
    [[nodiscard]] Status append(const AuditEvent& event) override
    {
        m_events.append(event);
        return {};
    }
    [[nodiscard]] QList<AuditFinding> verify() const override { return {}; }
    [[nodiscard]] qint64 entryCount() const override { return m_events.size(); }
    [[nodiscard]] const QList<AuditEvent>& events() const { return m_events; }

private:
    QList<AuditEvent> m_events;
};

} // namespace

int runKeysRotateCommand(const AppConfig& config, const CommandContext& context)
{
    QString actor;
    {
        int refused = 0;
        std::unique_ptr<CommandSession> s = CommandSession::openAs(
            config, context.line.value(QStringLiteral("user")), context.secrets,
            Permission::ConfigureStore, context.err, refused);
        if (!s)
            return refused;
        // Re-encrypting everything and destroying the old key is the administrator's, not the
        // store manager's (who may configure the store otherwise).
        if (s->session().actingUser()->role != Role::Administrator) {
            const Error notAdmin = s->access().refusedByRule(
                makeError(ErrorCode::PermissionDenied, Tr::tr("只有系统管理员可以更换店铺密钥"),
                          QStringLiteral("STAFF-ROLES")),
                QStringLiteral("keys rotate"));
            context.err << notAdmin.userText() << Qt::endl;
            return 1;
        }
        actor = s->actor();
    } // the store closed: the key is released for the rotation's exclusive lock

    SystemClock clock;
    DeferredAudit deferred;
    int code = 2;
    {
        Result<std::unique_ptr<storage::Database>> db =
            storage::Database::open(config.databasePath());
        if (!db) {
            context.err << db.error().userText() << Qt::endl;
            return 2;
        }
        PrivacyWiring wiring(**db);
        if (config.camera)
            wiring.addEvidenceFolders(config.camera->videoDir, config.camera->backupDir);
        KeysCommandContext keys;
        keys.keys = storage::crypto::KeyStoreSettings::forDataDir(
            config.dataDir, QProcessEnvironment::systemEnvironment());
        keys.keys.keyDir = config.effectiveKeyDir();
        keys.progressPath = QDir(config.dataDir).filePath(QStringLiteral("key-rotation.progress"));
        keys.holders = wiring.holders();
        keys.secrets = &context.secrets;
        keys.clock = &clock;
        keys.audit = &deferred;
        keys.actor = actor;
        code = runKeys({QStringLiteral("keys"), QStringLiteral("rotate")}, keys, context.out,
                       context.err);
    }
    // The trail hears of it with the store as it now is (the new key, or both after a failure).
    Result<std::unique_ptr<CommandSession>> reopened = CommandSession::open(config);
    if (!reopened) {
        context.err << Tr::tr("警告：无法写入审计日志：%1").arg(reopened.error().userText())
                    << Qt::endl;
        return code == 0 ? 1 : code;
    }
    for (const AuditEvent& e : deferred.events())
        if (Status a = (*reopened)->audit().append(e); !a)
            context.err << Tr::tr("警告：无法写入审计日志：%1").arg(a.error().message) << Qt::endl;
    return code;
}

} // namespace pos::app
