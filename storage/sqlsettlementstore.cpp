#include "storage/sqlsettlementstore.h"

#include "app/core/ports/fieldcipher.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlSettlementStore)
};

const QString kSettlementTable = QStringLiteral("insured_settlement");
const QString kCallTable = QStringLiteral("platform_call");
const QString kDocumentTable = QStringLiteral("settlement_document");

/// What a document's blob is bound to (the rotation holder's row expression says the same).
QString documentRow(const QString& settlementNo, const QString& kind)
{
    return settlementNo + u'|' + kind;
}

/// A text column is NOT NULL DEFAULT '': a null QString binds as NULL, so it goes in as ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toString(kTimeFormat) : text(QString());
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Status SqlSettlementStore::writeSettlement(Database& db, const FieldCipher& cipher,
                                           const InsuredSettlementRecord& r)
{
    QByteArray json = compact(r.toJson());
    Result<QByteArray> blob = cipher.encrypt(
        json, FieldContext{kSettlementTable, QStringLiteral("record_enc"), r.settlementNo});
    json.fill('\0');
    if (!blob)
        return blob.error();
    QSqlQuery q(db.connection());
    return execBound(
        q,
        QStringLiteral("INSERT INTO insured_settlement (settlement_no, state, rx_no, sale_no, "
                       "setl_id, medfee_fen, fund_fen, acct_fen, cash_fen, settled_at, created_at, "
                       "updated_at, record_enc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT (settlement_no) DO UPDATE SET state = excluded.state, "
                       "rx_no = excluded.rx_no, sale_no = excluded.sale_no, setl_id = "
                       "excluded.setl_id, medfee_fen = excluded.medfee_fen, fund_fen = "
                       "excluded.fund_fen, acct_fen = excluded.acct_fen, cash_fen = "
                       "excluded.cash_fen, settled_at = excluded.settled_at, updated_at = "
                       "excluded.updated_at, record_enc = excluded.record_enc"),
        {r.settlementNo, settleStateKey(r.state), text(r.rxNo), text(r.saleNo),
         text(r.split.setlId), r.split.total.fen(), r.split.fund.fen(), r.split.account.fen(),
         r.split.cash.fen(), stamp(r.split.settledAt), stamp(r.createdAt), stamp(r.updatedAt),
         *blob},
        Tr::tr("保存医保结算 %1").arg(r.settlementNo));
}

Status SqlSettlementStore::writeCall(Database& db, const FieldCipher& cipher,
                                     const PlatformCallRecord& c)
{
    const auto seal = [&](const QByteArray& plain, const char* column) -> Result<QVariant> {
        if (plain.isEmpty())
            return QVariant(QMetaType(QMetaType::QByteArray));
        Result<QByteArray> b =
            cipher.encrypt(plain, FieldContext{kCallTable, QString::fromLatin1(column), c.msgId});
        if (!b)
            return b.error();
        return QVariant(*b);
    };
    Result<QVariant> input = seal(compact(c.input), "input_enc");
    Result<QVariant> output =
        seal(c.output.isEmpty() ? QByteArray() : compact(c.output), "output_enc");
    Result<QVariant> message = seal(c.message.toUtf8(), "message_enc");
    if (!input)
        return input.error();
    if (!output)
        return output.error();
    if (!message)
        return message.error();
    QSqlQuery q(db.connection());
    return execBound(
        q,
        QStringLiteral("INSERT INTO platform_call (msgid, infno, settlement_no, state, infcode, "
                       "sent_at, answered_at, input_enc, output_enc, message_enc) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?) ON CONFLICT (msgid) DO UPDATE SET state = "
                       "excluded.state, infcode = excluded.infcode, answered_at = "
                       "excluded.answered_at, output_enc = excluded.output_enc, message_enc = "
                       "excluded.message_enc"),
        {c.msgId, c.infno, text(c.settlementNo), callStateKey(c.state), c.infcode, stamp(c.sentAt),
         stamp(c.answeredAt), *input, *output, *message},
        Tr::tr("记录平台报文 %1").arg(c.msgId));
}

Status SqlSettlementStore::save(const InsuredSettlementRecord& record)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = writeSettlement(m_db, m_cipher, record); !s)
        return s;
    return tx.commit();
}

Status SqlSettlementStore::recordCall(const PlatformCallRecord& call)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = writeCall(m_db, m_cipher, call); !s)
        return s;
    return tx.commit();
}

Status SqlSettlementStore::updateCall(const PlatformCallRecord& call)
{
    return recordCall(call);
}

Status SqlSettlementStore::saveWithCall(const InsuredSettlementRecord& record,
                                        const PlatformCallRecord& call)
{
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = writeSettlement(m_db, m_cipher, record); !s)
        return s;
    if (Status s = writeCall(m_db, m_cipher, call); !s)
        return s;
    return tx.commit();
}

Result<QList<InsuredSettlementRecord>> SqlSettlementStore::select(const QString& where,
                                                                  const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT settlement_no, record_enc FROM "
                                            "insured_settlement WHERE ")
                                 + where,
                             binds, Tr::tr("读取医保结算"));
        !s)
        return s.error();
    QList<InsuredSettlementRecord> out;
    while (q.next()) {
        const QString no = q.value(0).toString();
        Result<QByteArray> plain =
            m_cipher.decrypt(q.value(1).toByteArray(),
                             FieldContext{kSettlementTable, QStringLiteral("record_enc"), no});
        if (!plain)
            return makeError(plain.error().code,
                             Tr::tr("医保结算 %1 的记录无法解密（被改动或密钥不符）：%2")
                                 .arg(no, plain.error().message));
        std::optional<InsuredSettlementRecord> r =
            InsuredSettlementRecord::fromJson(QJsonDocument::fromJson(*plain).object());
        plain->fill('\0');
        if (!r || r->settlementNo != no)
            return makeError(ErrorCode::StorageFailure, Tr::tr("医保结算 %1 的记录已损坏").arg(no));
        out << *r;
    }
    return out;
}

Result<std::optional<InsuredSettlementRecord>>
SqlSettlementStore::find(const QString& settlementNo) const
{
    Result<QList<InsuredSettlementRecord>> r =
        select(QStringLiteral("settlement_no = ?"), {settlementNo});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return std::optional<InsuredSettlementRecord>();
    return std::optional<InsuredSettlementRecord>(r->first());
}

Result<std::optional<InsuredSettlementRecord>>
SqlSettlementStore::findBySale(const QString& saleNo) const
{
    Result<QList<InsuredSettlementRecord>> r = select(QStringLiteral("sale_no = ?"), {saleNo});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return std::optional<InsuredSettlementRecord>();
    return std::optional<InsuredSettlementRecord>(r->first());
}

Result<QList<InsuredSettlementRecord>> SqlSettlementStore::unfinished() const
{
    // The open states by name, not NOT IN the final ones: the state index finds the few open
    // settlements of a store with years of them, where NOT IN would read every row at each start.
    return select(
        QStringLiteral("state IN ('credential_read', 'person_found', 'identity_confirmed', "
                       "'pre_settled', 'settling', 'settled', 'cash_taken', "
                       "'slip_printed', 'unresolved') ORDER BY created_at, settlement_no"),
        {});
}

Result<QList<InsuredSettlementRecord>> SqlSettlementStore::settledBetween(const QDateTime& from,
                                                                          const QDateTime& to) const
{
    return select(QStringLiteral("state IN ('settled', 'cash_taken', 'slip_printed', 'signed') "
                                 "AND settled_at BETWEEN ? AND ? ORDER BY settled_at, "
                                 "settlement_no"),
                  {stamp(from), stamp(to)});
}

Result<std::optional<QString>>
SqlSettlementStore::settlementOfPrescription(const QString& rxNo) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT settlement_no FROM insured_settlement WHERE "
                                            "rx_no = ? AND state IN ('settling', 'unresolved', "
                                            "'settled', 'cash_taken', 'slip_printed', 'signed') "
                                            "LIMIT 1"),
                             {rxNo}, Tr::tr("查询处方的医保结算"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<PlatformCallRecord>> SqlSettlementStore::selectCalls(const QString& where,
                                                                  const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT msgid, infno, settlement_no, state, infcode, "
                                            "sent_at, answered_at, input_enc, output_enc, "
                                            "message_enc FROM platform_call WHERE ")
                                 + where,
                             binds, Tr::tr("读取平台报文记录"));
        !s)
        return s.error();
    QList<PlatformCallRecord> out;
    while (q.next()) {
        PlatformCallRecord c;
        c.msgId = q.value(0).toString();
        c.infno = q.value(1).toString();
        c.settlementNo = q.value(2).toString();
        const std::optional<CallState> state = callStateFromKey(q.value(3).toString());
        if (!state)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("平台报文 %1 的状态无效").arg(c.msgId));
        c.state = *state;
        c.infcode = q.value(4).toInt();
        c.sentAt = QDateTime::fromString(q.value(5).toString(), kTimeFormat);
        c.answeredAt = QDateTime::fromString(q.value(6).toString(), kTimeFormat);
        const auto open = [&](int column, const char* name) -> Result<QByteArray> {
            const QByteArray blob = q.value(column).toByteArray();
            if (blob.isEmpty())
                return QByteArray();
            return m_cipher.decrypt(blob,
                                    FieldContext{kCallTable, QString::fromLatin1(name), c.msgId});
        };
        Result<QByteArray> input = open(7, "input_enc");
        Result<QByteArray> output = open(8, "output_enc");
        Result<QByteArray> message = open(9, "message_enc");
        if (!input || !output || !message)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("平台报文 %1 的记录无法解密（被改动或密钥不符）").arg(c.msgId));
        c.input = QJsonDocument::fromJson(*input).object();
        c.output = QJsonDocument::fromJson(*output).object();
        c.message = QString::fromUtf8(*message);
        out << c;
    }
    return out;
}

Result<QList<PlatformCallRecord>> SqlSettlementStore::callsOf(const QString& settlementNo) const
{
    return selectCalls(QStringLiteral("settlement_no = ? ORDER BY sent_at, msgid"), {settlementNo});
}

Result<QList<PlatformCallRecord>> SqlSettlementStore::unresolvedCalls() const
{
    return selectCalls(QStringLiteral("state IN ('sent', 'unknown') AND infno IN ('2102', '2103') "
                                      "ORDER BY sent_at, msgid"),
                       {});
}

Status SqlSettlementStore::saveDocument(const QString& settlementNo, const QString& kind,
                                        const QByteArray& content, const QDateTime& at)
{
    Result<QByteArray> blob =
        m_cipher.encrypt(content, FieldContext{kDocumentTable, QStringLiteral("content_enc"),
                                               documentRow(settlementNo, kind)});
    if (!blob)
        return blob.error();
    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("INSERT OR REPLACE INTO settlement_document "
                                            "(settlement_no, kind, saved_at, content_enc) VALUES "
                                            "(?, ?, ?, ?)"),
                             {settlementNo, kind, stamp(at), *blob},
                             Tr::tr("保存医保结算 %1 的%2").arg(settlementNo, kind));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<QByteArray>> SqlSettlementStore::document(const QString& settlementNo,
                                                               const QString& kind) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            execBound(q,
                      QStringLiteral("SELECT content_enc FROM settlement_document WHERE "
                                     "settlement_no = ? AND kind = ?"),
                      {settlementNo, kind}, Tr::tr("读取医保结算 %1 的%2").arg(settlementNo, kind));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<QByteArray>();
    Result<QByteArray> plain = m_cipher.decrypt(
        q.value(0).toByteArray(), FieldContext{kDocumentTable, QStringLiteral("content_enc"),
                                               documentRow(settlementNo, kind)});
    if (!plain)
        return makeError(plain.error().code,
                         Tr::tr("医保结算 %1 的%2无法解密（被改动或密钥不符）：%3")
                             .arg(settlementNo, kind, plain.error().message));
    return std::optional<QByteArray>(*plain);
}

} // namespace pos::storage
