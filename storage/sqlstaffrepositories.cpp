#include "storage/sqlstaffrepositories.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlStaffRepositories)
};

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toString(kTimeFormat) : QString(QLatin1String(""));
}

QDateTime parseTime(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, kTimeFormat);
}

const QString kUserColumns = QStringLiteral(
    "id, username, display_name, role, licence_no, insurance_phar_code, active, failed_attempts, "
    "locked_until");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = static_cast<Role>(q.value(3).toInt());
    u.licenceNo = q.value(4).toString();
    u.insurancePharmacistCode = q.value(5).toString();
    u.active = q.value(6).toBool();
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = parseTime(q.value(8).toString());
    return u;
}

} // namespace

// ---- users -------------------------------------------------------------------------------------

qint64 SqlUserRepository::userCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM app_user")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<User> SqlUserRepository::select(const QString& where, const QVariant& value) const
{
    QList<User> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM app_user ")
                        + where + QStringLiteral(" ORDER BY id")))
        return out;
    if (value.isValid())
        q.bindValue(0, value);
    if (q.exec())
        while (q.next())
            out.append(readUser(q));
    return out;
}

std::optional<User> SqlUserRepository::findByUsername(const QString& username) const
{
    const QList<User> r = select(QStringLiteral("WHERE username = ?"), username);
    return r.isEmpty() ? std::nullopt : std::optional<User>(r.first());
}

std::optional<User> SqlUserRepository::findById(qint64 id) const
{
    const QList<User> r = select(QStringLiteral("WHERE id = ?"), id);
    return r.isEmpty() ? std::nullopt : std::optional<User>(r.first());
}

QList<User> SqlUserRepository::all() const
{
    return select(QString(), QVariant());
}

QString SqlUserRepository::passwordHash(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?")))
        return {};
    q.bindValue(0, userId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<User> SqlUserRepository::add(const User& user, const QString& passwordHash)
{
    // Every write to accounts is a sealed write transaction (integrity: the table's state).
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral(
                           "INSERT INTO app_user (username, display_name, role, licence_no, "
                           "insurance_phar_code, password_hash, active) VALUES (?,?,?,?,?,?,?)"));
        !s)
        return s.error();
    q.bindValue(0, user.username);
    q.bindValue(1, user.displayName);
    q.bindValue(2, static_cast<int>(user.role));
    q.bindValue(3, nonNull(user.licenceNo));
    q.bindValue(4, nonNull(user.insurancePharmacistCode));
    q.bindValue(5, passwordHash);
    q.bindValue(6, user.active ? 1 : 0);
    if (!q.exec())
        return sqlError(q, Tr::tr("保存账号 %1").arg(user.username));
    User u = user;
    u.id = q.lastInsertId().toLongLong();
    if (Status c = tx.commit(); !c)
        return c.error();
    return u;
}

Status SqlUserRepository::setPasswordHash(qint64 userId, const QString& passwordHash)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"));
        !s)
        return s;
    q.bindValue(0, passwordHash);
    q.bindValue(1, userId);
    if (!q.exec())
        return sqlError(q, Tr::tr("修改密码"));
    return tx.commit();
}

Status SqlUserRepository::setLoginState(qint64 userId, int failedAttempts,
                                        const QDateTime& lockedUntil)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("UPDATE app_user SET failed_attempts = ?, "
                                             "locked_until = ? WHERE id = ?"));
        !s)
        return s;
    q.bindValue(0, failedAttempts);
    q.bindValue(1, timeText(lockedUntil));
    q.bindValue(2, userId);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录登录状态"));
    return tx.commit();
}

Result<UserRepository::LoginAttempt>
SqlUserRepository::countLoginAttempt(qint64 userId, int maxFailures, const QDateTime& now,
                                     const QDateTime& lockedUntil)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError().error();
    // Check-and-count in one statement inside the write lock: of parallel attempts, the first
    // maxFailures are numbered and the last of them locks; the rest match no row (locked).
    // Times are text in kTimeFormat, which sorts as time does; '' is "no lock".
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral("UPDATE app_user SET "
                              "locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until "
                              "ELSE locked_until END, "
                              "failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 "
                              "ELSE failed_attempts + 1 END "
                              "WHERE id = :id AND (locked_until = '' OR locked_until <= :now) "
                              "RETURNING failed_attempts, locked_until"));
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":max"), maxFailures);
    q.bindValue(QStringLiteral(":until"), timeText(lockedUntil));
    q.bindValue(QStringLiteral(":id"), userId);
    q.bindValue(QStringLiteral(":now"), timeText(now));
    if (!q.exec())
        return sqlError(q, Tr::tr("记录登录尝试"));
    LoginAttempt a;
    if (!q.next()) {
        // Locked (or no such account): what the lock is, for the message.
        q.finish();
        QSqlQuery lock(m_db.connection());
        if (Status s =
                prepare(lock, QStringLiteral("SELECT locked_until FROM app_user WHERE id = ?"));
            !s)
            return s.error();
        lock.bindValue(0, userId);
        if (!lock.exec())
            return sqlError(lock, Tr::tr("记录登录尝试"));
        if (!lock.next())
            return makeError(ErrorCode::NotFound, Tr::tr("没有这个账号"));
        a.lockedUntil = parseTime(lock.value(0).toString());
        lock.finish();
    } else if (q.value(0).toInt() == 0 && q.value(1).toString() == timeText(lockedUntil)) {
        a.attempt = maxFailures;
        a.lockedUntil = lockedUntil;
        q.finish();
    } else {
        a.attempt = q.value(0).toInt();
        q.finish();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return a;
}

Status SqlUserRepository::setActive(qint64 userId, bool active)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?")); !s)
        return s;
    q.bindValue(0, active ? 1 : 0);
    q.bindValue(1, userId);
    if (!q.exec())
        return sqlError(q, Tr::tr("停用/启用账号"));
    return tx.commit();
}

// ---- duty --------------------------------------------------------------------------------------

namespace {
const QString kDutySelect = QStringLiteral(
    "SELECT d.id, d.user_id, u.username, u.display_name, u.licence_no, d.started_at, d.ended_at "
    "FROM duty_period d JOIN app_user u ON u.id = d.user_id ");

DutyPeriod readDuty(const QSqlQuery& q)
{
    DutyPeriod p;
    p.id = q.value(0).toLongLong();
    p.userId = q.value(1).toLongLong();
    p.username = q.value(2).toString();
    p.displayName = q.value(3).toString();
    p.licenceNo = q.value(4).toString();
    p.start = parseTime(q.value(5).toString());
    p.end = parseTime(q.value(6).toString());
    return p;
}
} // namespace

Result<DutyPeriod> SqlDutyRepository::open(qint64 userId, const QDateTime& start)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q, QStringLiteral("INSERT INTO duty_period (user_id, started_at) VALUES (?, ?)"));
        !s)
        return s.error();
    q.bindValue(0, userId);
    q.bindValue(1, timeText(start));
    if (!q.exec())
        return sqlError(q, Tr::tr("记录上岗"));
    if (Status c = tx.commit(); !c)
        return c.error();
    const std::optional<DutyPeriod> p = openPeriodOf(userId);
    if (!p)
        return makeError(ErrorCode::StorageFailure, Tr::tr("上岗记录未能读回"));
    return *p;
}

Status SqlDutyRepository::close(qint64 periodId, const QDateTime& end)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(
            q,
            QStringLiteral("UPDATE duty_period SET ended_at = ? WHERE id = ? AND ended_at = ''"));
        !s)
        return s;
    q.bindValue(0, timeText(end));
    q.bindValue(1, periodId);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录下岗"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState, Tr::tr("该在岗记录已结束"));
    return tx.commit();
}

std::optional<DutyPeriod> SqlDutyRepository::openPeriodOf(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, kDutySelect + QStringLiteral("WHERE d.user_id = ? AND d.ended_at = ''")))
        return std::nullopt;
    q.bindValue(0, userId);
    if (q.exec() && q.next())
        return readDuty(q);
    return std::nullopt;
}

QList<DutyPeriod> SqlDutyRepository::overlapping(const QDateTime& from, const QDateTime& to) const
{
    QList<DutyPeriod> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, kDutySelect
                        + QStringLiteral("WHERE d.started_at < ? AND (d.ended_at = '' OR "
                                         "d.ended_at > ?) ORDER BY d.started_at, d.id")))
        return out;
    q.bindValue(0, timeText(to));
    q.bindValue(1, timeText(from));
    if (q.exec())
        while (q.next())
            out.append(readDuty(q));
    return out;
}

// ---- audit -------------------------------------------------------------------------------------

QString SqlAuditLog::entryHash(const QString& prevHash, qint64 seq, const QString& at,
                               const QString& actor, const QString& action, const QString& target,
                               const QString& detail)
{
    // Each field is length-prefixed so no two different entries serialise alike.
    QByteArray data;
    for (const QString& f : {prevHash, QString::number(seq), at, actor, action, target, detail}) {
        const QByteArray u = f.toUtf8();
        data += QByteArray::number(u.size()) + ':' + u + '|';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Status appendAuditEntry(Database& db, const AuditEvent& e)
{
    Q_ASSERT(db.inTransaction());
    // The head is read and advanced inside the caller's write transaction: no other writer can
    // append between the two, so the chain never forks and no entry is lost.
    Result<QSqlQuery*> head =
        db.statement(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!(*head)->exec() || !(*head)->next())
        return sqlError(**head, Tr::tr("读取审计链头"));
    const qint64 seq = (*head)->value(0).toLongLong() + 1;
    const QString prev = (*head)->value(1).toString();
    (*head)->finish();
    const QString at = timeText(e.time);
    const QString action = auditActionKey(e.action);
    const QString actor = nonNull(e.actor);
    const QString target = nonNull(e.target);
    const QString detail = nonNull(e.detail);
    Result<QSqlQuery*> q = db.statement(
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, "
                       "hash) VALUES (?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, seq);
    (*q)->bindValue(1, at);
    (*q)->bindValue(2, actor);
    (*q)->bindValue(3, action);
    (*q)->bindValue(4, target);
    (*q)->bindValue(5, detail);
    (*q)->bindValue(6, nonNull(prev));
    (*q)->bindValue(7, SqlAuditLog::entryHash(prev, seq, at, actor, action, target, detail));
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("写入审计日志"));
    return {};
}

Status SqlAuditLog::append(const AuditEvent& e)
{
    // Inside a caller's transaction the entry commits (or rolls back) with what it records.
    if (m_db.inTransaction())
        return appendAuditEntry(m_db, e);
    // Alone: its own write transaction, waiting its turn behind other writers.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = appendAuditEntry(m_db, e); !s)
        return s;
    return tx.commit();
}

QList<AuditFinding> SqlAuditLog::verify() const
{
    QList<AuditFinding> findings;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, action, target, detail, prev_hash, hash "
                               "FROM audit_log ORDER BY seq"))) {
        findings.append({0, Tr::tr("无法读取审计日志")});
        return findings;
    }
    qint64 expected = 1;
    QString prev;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (seq != expected) {
            findings.append(
                {expected, seq - expected == 1
                               ? Tr::tr("第 %1 条缺失（被删除）").arg(expected)
                               : Tr::tr("第 %1–%2 条缺失（被删除）").arg(expected).arg(seq - 1)});
        }
        const QString storedPrev = q.value(6).toString();
        const QString stored = q.value(7).toString();
        if (storedPrev != prev)
            findings.append(
                {seq, Tr::tr("第 %1 条与前一条的链接断开（前面的条目被删除、插入或调换顺序）")
                          .arg(seq)});
        const QString recomputed =
            entryHash(storedPrev, seq, q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        if (recomputed != stored)
            findings.append({seq, Tr::tr("第 %1 条内容被改动（哈希不符）").arg(seq)});
        prev = stored;
        expected = seq + 1;
    }
    QSqlQuery head(m_db.connection());
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"))
        || !head.next()) {
        findings.append({expected, Tr::tr("审计链头缺失")});
    } else if (head.value(0).toLongLong() != expected - 1 || head.value(1).toString() != prev) {
        const qint64 headSeq = head.value(0).toLongLong();
        findings.append(
            {headSeq, headSeq > expected - 1
                          ? Tr::tr("最新的第 %1–%2 条缺失（被删除）").arg(expected).arg(headSeq)
                          : Tr::tr("审计链头与日志不符（链头被改动）")});
    }
    return findings;
}

Result<QList<AuditEntry>> SqlAuditLog::entriesAbout(const QStringList& targets, int limit) const
{
    QList<AuditEntry> out;
    if (targets.isEmpty() || limit <= 0)
        return out;
    QStringList marks;
    QVariantList values;
    for (const QString& t : targets) {
        marks << QStringLiteral("?");
        values << t;
    }
    values << limit;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, at, actor, action, target, detail FROM "
                                            "audit_log WHERE target IN (%1) ORDER BY seq LIMIT ?")
                                 .arg(marks.join(u',')),
                             values, Tr::tr("读取审计日志"));
        !s)
        return s.error();
    while (q.next())
        out.append(AuditEntry{q.value(0).toLongLong(), timeFromText(q.value(1).toString()),
                              q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                              q.value(5).toString()});
    return out;
}

qint64 SqlAuditLog::entryCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace pos::storage
