#include "storage/sqluploadqueue.h"

#include "app/core/upload/platformrecords.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace pos::storage {

namespace {
/// Translation context "SqlUploadQueue" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlUploadQueue)
};

const QString kColumns =
    QStringLiteral("id, infno, doc_ref, payload, created_at, state, msgid, prior_msgids, attempts, "
                   "next_attempt_at, platform_message, updated_at");

QString text(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toString(kTimeFormat) : QString(QLatin1String(""));
}

UploadRecord readRecord(const QSqlQuery& q)
{
    UploadRecord r;
    r.id = q.value(0).toLongLong();
    r.infno = q.value(1).toString();
    r.docRef = q.value(2).toString();
    r.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.createdAt = QDateTime::fromString(q.value(4).toString(), kTimeFormat);
    r.state = static_cast<UploadState>(q.value(5).toInt());
    r.msgId = q.value(6).toString();
    r.priorMsgIds = q.value(7).toString();
    r.attempts = q.value(8).toInt();
    r.nextAttemptAt = QDateTime::fromString(q.value(9).toString(), kTimeFormat);
    r.platformMessage = q.value(10).toString();
    r.updatedAt = QDateTime::fromString(q.value(11).toString(), kTimeFormat);
    return r;
}

QString stateList(const QList<UploadState>& states)
{
    QStringList s;
    for (UploadState st : states)
        s << QString::number(static_cast<int>(st));
    return s.join(u',');
}

} // namespace

SqlUploadQueue::SqlUploadQueue(Database& db, QString fixmedinsCode, int sequenceBlock)
    : m_db(db)
    , m_fixmedinsCode(std::move(fixmedinsCode))
    , m_sequenceBlock(sequenceBlock)
{
}

SqlUploadQueue::SqlUploadQueue(std::unique_ptr<Database> owned, QString fixmedinsCode,
                               int sequenceBlock)
    : m_owned(std::move(owned))
    , m_db(*m_owned)
    , m_fixmedinsCode(std::move(fixmedinsCode))
    , m_sequenceBlock(sequenceBlock)
{
}

SqlUploadQueue::~SqlUploadQueue()
{
    m_headQuery.reset(); // before the connection they were prepared on
    m_sendingQuery.reset();
}

Result<std::unique_ptr<SqlUploadQueue>> SqlUploadQueue::open(const QString& path,
                                                             QString fixmedinsCode,
                                                             int sequenceBlock,
                                                             const RecordSealer* sealer)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    (*db)->setRecordSealer(sealer);
    return std::unique_ptr<SqlUploadQueue>(
        new SqlUploadQueue(std::move(db).value(), std::move(fixmedinsCode), sequenceBlock));
}

Result<QString> SqlUploadQueue::nextMsgId(const QDateTime& at)
{
    const int max = m_sequenceBlock >= 0 ? 999 : 9999;
    // One statement, so that processes sharing the database never draw the same number.
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral(
                           "UPDATE msgid_sequence SET "
                           "seq = CASE WHEN second >= :s AND seq < :max THEN seq + 1 ELSE 1 END, "
                           "second = CASE WHEN second >= :s THEN "
                           "(CASE WHEN seq < :max THEN second ELSE second + 1 END) ELSE :s END "
                           "WHERE id = 1 RETURNING second, seq"));
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":s"), at.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":max"), max);
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("分配报文ID"));
    const QDateTime second = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong());
    const int seq = q.value(1).toInt() + (m_sequenceBlock >= 0 ? m_sequenceBlock * 1000 : 0);
    return QString(m_fixmedinsCode.left(12).leftJustified(12, u'0')
                   + second.toString(QStringLiteral("yyyyMMddHHmmss"))
                   + QString::number(seq).rightJustified(4, u'0'));
}

Result<qint64> SqlUploadQueue::enqueue(const QString& infno, const QString& docRef,
                                       const QJsonObject& payload, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO outbox (infno, doc_ref, payload, "
                                             "created_at, updated_at) VALUES (?,?,?,?,?)"));
        !s)
        return s.error();
    q.bindValue(0, infno);
    q.bindValue(1, nonNull(docRef));
    q.bindValue(2, text(payload));
    q.bindValue(3, time(at));
    q.bindValue(4, time(at));
    if (!q.exec())
        return sqlError(q, Tr::tr("写入上传队列"));
    return q.lastInsertId().toLongLong();
}

std::optional<UploadRecord> SqlUploadQueue::head()
{
    if (!m_headQuery) {
        m_headQuery = std::make_unique<QSqlQuery>(m_db.connection());
        // In id order over the table itself: the state index would gather and sort every waiting
        // record for each head (a 10,000-record backlog made each send sort 10,000 rows). The
        // hot table holds only waiting and refused records, so the first match is near the front.
        if (!m_headQuery->prepare(QStringLiteral("SELECT ") + kColumns
                                  + QStringLiteral(" FROM outbox NOT INDEXED WHERE state IN "
                                                   "(1, 2, 5) ORDER BY id LIMIT 1"))) {
            m_headQuery.reset();
            return std::nullopt;
        }
    }
    if (!m_headQuery->exec() || !m_headQuery->next())
        return std::nullopt;
    UploadRecord r = readRecord(*m_headQuery);
    m_headQuery->finish();
    return r;
}

Status SqlUploadQueue::prepareOnce(std::unique_ptr<QSqlQuery>& slot, const QString& sql)
{
    if (slot)
        return {};
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    if (Status s = prepare(*q, sql); !s)
        return s;
    slot = std::move(q);
    return {};
}

// No timestamps read: parsing one as local time costs a tzset() (a stat of /etc/localtime) in
// glibc, which showed in the drain rate.
qint64 SqlUploadQueue::headId()
{
    if (!prepareOnce(m_headIdQuery, QStringLiteral("SELECT id FROM outbox NOT INDEXED WHERE state "
                                                   "IN (1, 2, 5) ORDER BY id LIMIT 1")))
        return 0;
    QSqlQuery& q = *m_headIdQuery;
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

qint64 SqlUploadQueue::openBefore(qint64 id)
{
    if (!prepareOnce(
            m_openBeforeQuery,
            QStringLiteral("SELECT count(*) FROM outbox WHERE id < ? AND state IN (1, 2, 5)")))
        return -1;
    QSqlQuery& q = *m_openBeforeQuery;
    q.bindValue(0, id);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

bool SqlUploadQueue::stillClaimed(qint64 id, const QString& msgId)
{
    if (!prepareOnce(
            m_claimedQuery,
            QStringLiteral("SELECT 1 FROM outbox WHERE id = ? AND state = 2 AND msgid = ?")))
        return false;
    QSqlQuery& q = *m_claimedQuery;
    q.bindValue(0, id);
    q.bindValue(1, msgId);
    const bool claimed = q.exec() && q.next();
    q.finish();
    return claimed;
}

std::optional<UploadRecord> SqlUploadQueue::record(qint64 id)
{
    if (prepareOnce(m_recordQuery, QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM outbox WHERE id = ?"))) {
        QSqlQuery& hot = *m_recordQuery;
        hot.bindValue(0, id);
        if (hot.exec() && hot.next()) {
            UploadRecord r = readRecord(hot);
            hot.finish();
            return r;
        }
        hot.finish();
    }
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT a.id, a.infno, a.doc_ref, a.payload, a.created_at, "
                                   "a.state, a.msgid, a.prior_msgids, a.attempts, '', "
                                   "a.platform_message, a.finished_at, w.done_at "
                                   "FROM outbox_archive a LEFT JOIN outbox_withdrawal w "
                                   "ON w.record_id = a.id WHERE a.id = ?")))
        return std::nullopt;
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UploadRecord r = readRecord(q);
    if (!q.value(12).isNull())
        r.withdrawal =
            q.value(12).toString().isEmpty() ? QStringLiteral("requested") : QStringLiteral("done");
    return r;
}

Status SqlUploadQueue::markSending(qint64 id, const QString& msgId, const QDateTime& at)
{
    // Full durability: after a power cut the store must still know this msgid went out, or the
    // record would be sent again without asking the platform first.
    Transaction tx(m_db, Durability::Full);
    if (Status s = storeSending(id, msgId, at); !s)
        return s;
    return tx.commit();
}

Result<QStringList> SqlUploadQueue::claim(const QList<qint64>& ids, const QDateTime& at)
{
    // One disk sync for the lot: on a busy disk a sync costs milliseconds, and a backlog is sent
    // record after record.
    Transaction tx(m_db, Durability::Full);
    QStringList msgIds;
    for (qint64 id : ids) {
        Result<QString> msgId = nextMsgId(at);
        if (!msgId)
            return msgId.error();
        if (Status s = storeSending(id, *msgId, at); !s)
            return s.error();
        msgIds << *msgId;
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return msgIds;
}

Status SqlUploadQueue::storeSending(qint64 id, const QString& msgId, const QDateTime& at)
{
    if (!m_sendingQuery) {
        m_sendingQuery = std::make_unique<QSqlQuery>(m_db.connection());
        if (Status s =
                prepare(*m_sendingQuery, QStringLiteral("UPDATE outbox SET state = 2, msgid = ?, "
                                                        "attempts = attempts + 1, updated_at = ? "
                                                        "WHERE id = ? AND state IN (1, 2, 5)"));
            !s) {
            m_sendingQuery.reset();
            return s;
        }
    }
    QSqlQuery& q = *m_sendingQuery;
    q.bindValue(0, msgId);
    q.bindValue(1, time(at));
    q.bindValue(2, id);
    if (!q.exec())
        return sqlError(q, Tr::tr("记录报文ID"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState, Tr::tr("上传记录 %1 不在待发送状态").arg(id));
    return {};
}

QList<UploadRecord> SqlUploadQueue::nextAfter(qint64 id, int limit)
{
    QList<UploadRecord> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM outbox NOT INDEXED WHERE id > ? AND state = 1 "
                                         "ORDER BY id LIMIT ?")))
        return out;
    q.bindValue(0, id);
    q.bindValue(1, limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Status SqlUploadQueue::update(qint64 id, UploadState state, const QString& message,
                              const QDateTime& nextAttemptAt, const QDateTime& at, bool shiftMsgId)
{
    QSqlQuery q(m_db.connection());
    const QString shift = shiftMsgId
                              ? QStringLiteral(", prior_msgids = CASE WHEN msgid = '' THEN "
                                               "prior_msgids WHEN prior_msgids = '' THEN msgid "
                                               "ELSE prior_msgids || ',' || msgid END, msgid = ''")
                              : QString();
    if (Status s = prepare(q, QStringLiteral("UPDATE outbox SET state = ?, platform_message = ?, "
                                             "next_attempt_at = ?, updated_at = ?")
                                  + shift + QStringLiteral(" WHERE id = ? AND state <> 6"));
        !s)
        return s;
    q.bindValue(0, static_cast<int>(state));
    q.bindValue(1, nonNull(message));
    q.bindValue(2, time(nextAttemptAt));
    q.bindValue(3, time(at));
    q.bindValue(4, id);
    if (!q.exec())
        return sqlError(q, Tr::tr("更新上传记录"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不在待上传队列中").arg(id));
    return {};
}

Status SqlUploadQueue::markAccepted(qint64 id, const QDateTime& at)
{
    return moveToArchive(id, UploadState::Accepted, {}, at);
}

Status SqlUploadQueue::markAccepted(const QList<qint64>& ids, const QDateTime& at)
{
    Transaction tx(m_db);
    for (qint64 id : ids)
        if (Status s = archive(id, UploadState::Accepted, {}, at); !s)
            return s; // rolled back: none of them
    return tx.commit();
}

Status SqlUploadQueue::markRejected(qint64 id, const QString& message, const QDateTime& at)
{
    return update(id, UploadState::Rejected, message, {}, at, false);
}

Status SqlUploadQueue::markUnknown(qint64 id, const QString& why, const QDateTime& nextAttemptAt,
                                   const QDateTime& at)
{
    return update(id, UploadState::Unknown, why, nextAttemptAt, at, false);
}

Status SqlUploadQueue::markPending(qint64 id, const QDateTime& nextAttemptAt, const QString& note,
                                   const QDateTime& at)
{
    return update(id, UploadState::Pending, note, nextAttemptAt, at, true);
}

Status SqlUploadQueue::correct(qint64 id, const QJsonObject& payload, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral(
                           "UPDATE outbox SET original_payload = CASE WHEN original_payload = '' "
                           "THEN payload ELSE original_payload END, payload = ?, state = 1, "
                           "platform_message = ?, next_attempt_at = '', updated_at = ? "
                           "WHERE id = ? AND state = 4"));
        !s)
        return s;
    q.bindValue(0, text(payload));
    q.bindValue(1, Tr::tr("已更正，待重新上传"));
    q.bindValue(2, time(at));
    q.bindValue(3, id);
    if (!q.exec())
        return sqlError(q, Tr::tr("更正上传记录"));
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState,
                         Tr::tr("只有被平台拒绝的记录可以更正（记录 %1）").arg(id));
    return {};
}

Status SqlUploadQueue::moveToArchive(qint64 id, UploadState state, const QString& note,
                                     const QDateTime& at)
{
    Transaction tx(m_db);
    if (Status s = archive(id, state, note, at); !s)
        return s;
    return tx.commit();
}

Status SqlUploadQueue::archive(qint64 id, UploadState state, const QString& note,
                               const QDateTime& at)
{
    // Every accepted record comes here: the three statements are prepared once.
    if (Status s = prepareOnce(m_archiveRead,
                               QStringLiteral("SELECT infno, payload FROM outbox WHERE id = ?"));
        !s)
        return s;
    QSqlQuery& read = *m_archiveRead;
    read.bindValue(0, id);
    if (!read.exec())
        return sqlError(read, Tr::tr("读取上传记录"));
    if (!read.next()) {
        read.finish();
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不在待上传队列中").arg(id));
    }
    const QString infno = read.value(0).toString();
    const QJsonObject payload = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
    read.finish();
    if (Status s = prepareOnce(
            m_archiveInsert,
            QStringLiteral(
                "INSERT INTO outbox_archive (id, infno, doc_ref, payload, created_at, state, "
                "msgid, prior_msgids, attempts, platform_message, original_payload, record_key, "
                "biz_time, finished_at) SELECT id, infno, doc_ref, payload, created_at, ?, msgid, "
                "prior_msgids, attempts, CASE WHEN ? = '' THEN platform_message ELSE ? END, "
                "original_payload, ?, ?, ? FROM outbox WHERE id = ?"));
        !s)
        return s;
    const QDateTime biz = upload::businessTime(infno, payload);
    QSqlQuery& insert = *m_archiveInsert;
    insert.bindValue(0, static_cast<int>(state));
    insert.bindValue(1, nonNull(note));
    insert.bindValue(2, nonNull(note));
    insert.bindValue(3, nonNull(upload::recordKey(infno, payload)));
    insert.bindValue(4, time(biz.isValid() ? biz : at));
    insert.bindValue(5, time(at));
    insert.bindValue(6, id);
    if (!insert.exec())
        return sqlError(insert, Tr::tr("归档上传记录"));
    insert.finish();
    if (Status s = prepareOnce(m_archiveDelete, QStringLiteral("DELETE FROM outbox WHERE id = ?"));
        !s)
        return s;
    m_archiveDelete->bindValue(0, id);
    if (!m_archiveDelete->exec())
        return sqlError(*m_archiveDelete, Tr::tr("归档上传记录"));
    m_archiveDelete->finish();
    QSqlQuery q(m_db.connection());
    if (infno == u"3507" && state == UploadState::Accepted) {
        if (Status s = prepare(q, QStringLiteral("UPDATE outbox_withdrawal SET done_at = ? "
                                                 "WHERE withdrawal_id = ?"));
            !s)
            return s;
        q.bindValue(0, time(at));
        q.bindValue(1, id);
        if (!q.exec())
            return sqlError(q, Tr::tr("完成撤回"));
    }
    return {};
}

Result<qint64> SqlUploadQueue::withdraw(qint64 id, const QJsonObject& withdrawal3507,
                                        const QString& note, const QDateTime& at)
{
    std::optional<UploadRecord> r = record(id);
    if (!r)
        return makeError(ErrorCode::NotFound, Tr::tr("上传记录 %1 不存在").arg(id));
    if (r->state == UploadState::Rejected) {
        // The platform refused it, so it holds nothing of it: no 3507 to send.
        if (Status s = moveToArchive(id, UploadState::Withdrawn, note, at); !s)
            return s.error();
        return qint64(0);
    }
    if (r->state != UploadState::Accepted)
        return makeError(ErrorCode::WrongState, Tr::tr("记录 %1 %2，只有被拒或已上传的记录可以撤回")
                                                    .arg(id)
                                                    .arg(toDisplayString(r->state)));
    if (!r->withdrawal.isEmpty())
        return makeError(ErrorCode::WrongState, Tr::tr("记录 %1 已申请撤回").arg(id));
    // 3507 deletes by batch number and data type: every record of that kind with the same
    // fixmedins_bchno goes. When another record shares it, the withdrawal would take that one too.
    const upload::RecordSpec* spec = upload::recordSpec(r->infno);
    if (!spec || spec->dataType == 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("交易 %1 的记录不能用 3507 撤回").arg(r->infno));
    const QString key = upload::recordKey(r->infno, r->payload);
    QStringList sameType;
    for (const QString& infno :
         {QStringLiteral("3501"), QStringLiteral("3502"), QStringLiteral("3503"),
          QStringLiteral("3504"), QStringLiteral("3505"), QStringLiteral("3506")})
        if (upload::recordSpec(infno)->dataType == spec->dataType)
            sameType << QLatin1Char('\'') + infno + QLatin1Char('\'');
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("SELECT a.id FROM outbox_archive a WHERE a.record_key = ? "
                                      "AND a.id <> ? AND a.state = 3 AND a.infno IN (%1) AND "
                                      "NOT EXISTS (SELECT 1 FROM outbox_withdrawal w WHERE "
                                      "w.record_id = a.id) LIMIT 1")
                           .arg(sameType.join(u',')));
        !s)
        return s.error();
    q.bindValue(0, key);
    q.bindValue(1, id);
    if (!q.exec())
        return sqlError(q, Tr::tr("检查撤回范围"));
    if (q.next())
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("记录 %1 与已上传记录 %2 同用批次流水号 %3：3507 会把两条一起删除，"
                                "请先处理记录 %2")
                             .arg(id)
                             .arg(q.value(0).toLongLong())
                             .arg(key));
    q.finish();
    Transaction tx(m_db);
    Result<qint64> wd =
        enqueue(QStringLiteral("3507"), QStringLiteral("WD-%1").arg(id), withdrawal3507, at);
    if (!wd)
        return wd.error();
    if (Status s = prepare(q, QStringLiteral("INSERT INTO outbox_withdrawal (record_id, "
                                             "withdrawal_id, requested_at) VALUES (?,?,?)"));
        !s)
        return s.error();
    q.bindValue(0, id);
    q.bindValue(1, *wd);
    q.bindValue(2, time(at));
    if (!q.exec())
        return sqlError(q, Tr::tr("登记撤回"));
    if (Status c = tx.commit(); !c)
        return c.error();
    return *wd;
}

Result<int> SqlUploadQueue::acceptedCount(const QString& infno, const QString& key)
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepare(q, QStringLiteral("SELECT COUNT(*) FROM outbox_archive a WHERE a.infno = ? "
                                      "AND a.record_key = ? AND a.state = 3 AND NOT EXISTS "
                                      "(SELECT 1 FROM outbox_withdrawal w WHERE "
                                      "w.record_id = a.id AND w.done_at <> '')"));
        !s)
        return s.error();
    q.bindValue(0, infno);
    q.bindValue(1, key);
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("统计已上传记录"));
    return q.value(0).toInt();
}

QList<UploadRecord> SqlUploadQueue::records(const QList<UploadState>& states, int limit)
{
    QList<UploadRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT ") + kColumns
                        + QStringLiteral(" FROM outbox WHERE state IN (%1) ORDER BY id LIMIT ?")
                              .arg(stateList(states))))
        return out;
    q.bindValue(0, limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<UploadRecord>> SqlUploadQueue::storeRecords(const QStringList& infnos,
                                                         const QDate& from, const QDate& to)
{
    QList<UploadRecord> out;
    QStringList quoted;
    for (const QString& i : infnos)
        quoted << QLatin1Char('\'') + QString::number(i.toInt()) + QLatin1Char('\'');
    const QString in = quoted.join(u',');
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Waiting records: few, their business time read from the payload.
    if (!q.exec(QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM outbox WHERE infno IN (%1) ORDER BY id").arg(in)))
        return sqlError(q, Tr::tr("读取待上传记录"));
    while (q.next()) {
        UploadRecord r = readRecord(q);
        const QDate day = upload::businessTime(r.infno, r.payload).date();
        if (day >= from && day <= to)
            out.append(r);
    }
    if (!prepare(q, QStringLiteral("SELECT a.id, a.infno, a.doc_ref, a.payload, a.created_at, "
                                   "a.state, a.msgid, a.prior_msgids, a.attempts, '', "
                                   "a.platform_message, a.finished_at FROM outbox_archive a "
                                   "WHERE a.state = 3 AND a.infno IN (%1) AND a.biz_time >= ? "
                                   "AND a.biz_time < ? AND NOT EXISTS (SELECT 1 FROM "
                                   "outbox_withdrawal w WHERE w.record_id = a.id AND "
                                   "w.done_at <> '') ORDER BY a.biz_time, a.id")
                        .arg(in)))
        return sqlError(q, Tr::tr("读取已上传记录"));
    q.bindValue(0, QDateTime(from, QTime(0, 0)).toString(kTimeFormat));
    q.bindValue(1, QDateTime(to.addDays(1), QTime(0, 0)).toString(kTimeFormat));
    if (!q.exec())
        return sqlError(q, Tr::tr("读取已上传记录"));
    while (q.next())
        out.append(readRecord(q));
    return out;
}

UploadQueueStatus SqlUploadQueue::status()
{
    UploadQueueStatus s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT state, n FROM outbox_counter")))
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            switch (static_cast<UploadState>(q.value(0).toInt())) {
            case UploadState::Pending: s.pending = n; break;
            case UploadState::Sending: s.sending = n; break;
            case UploadState::Accepted: s.accepted = n; break;
            case UploadState::Rejected: s.rejected = n; break;
            case UploadState::Unknown: s.unknown = n; break;
            case UploadState::Withdrawn: s.withdrawn = n; break;
            }
        }
    if (q.exec(QStringLiteral("SELECT created_at FROM outbox NOT INDEXED WHERE state IN (1, 2, 5) "
                              "ORDER BY id LIMIT 1"))
        && q.next())
        s.oldestWaiting = QDateTime::fromString(q.value(0).toString(), kTimeFormat);
    if (q.exec(QStringLiteral("SELECT k, v FROM platform_link")))
        while (q.next()) {
            const QString k = q.value(0).toString();
            if (k == u"last_success_at")
                s.lastSuccess = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
            else if (k == u"down_since")
                s.linkDownSince = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
            else if (k == u"last_error")
                s.lastError = q.value(1).toString();
        }
    return s;
}

Status SqlUploadQueue::setLinkState(bool up, const QString& error, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    auto put = [&](const QString& k, const QString& v) -> Status {
        if (Status s = prepare(q, QStringLiteral("INSERT INTO platform_link (k, v) VALUES (?, ?) "
                                                 "ON CONFLICT (k) DO UPDATE SET v = excluded.v"));
            !s)
            return s;
        q.bindValue(0, k);
        q.bindValue(1, nonNull(v));
        if (!q.exec())
            return sqlError(q, Tr::tr("记录平台连接状态"));
        return {};
    };
    Transaction tx(m_db);
    if (up) {
        if (Status s = put(QStringLiteral("last_success_at"), time(at)); !s)
            return s;
        if (Status s = put(QStringLiteral("down_since"), {}); !s)
            return s;
        if (Status s = put(QStringLiteral("last_error"), {}); !s)
            return s;
    } else {
        // The outage began at its first failure: a later failure does not move it.
        if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO platform_link (k, v) VALUES "
                                   "('down_since', '')")))
            return sqlError(q, Tr::tr("记录平台连接状态"));
        if (Status s = prepare(q, QStringLiteral("UPDATE platform_link SET v = ? WHERE k = "
                                                 "'down_since' AND v = ''"));
            !s)
            return s;
        q.bindValue(0, time(at));
        if (!q.exec())
            return sqlError(q, Tr::tr("记录平台连接状态"));
        if (Status s = put(QStringLiteral("last_error"), error); !s)
            return s;
    }
    return tx.commit();
}

} // namespace pos::storage
