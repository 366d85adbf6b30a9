#include "storage/sqlarchivestore.h"

#include "app/core/ports/fieldcipher.h"
#include "storage/crypto/opensslutil.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlArchiveStore)
};

const QString kRecordTable = QStringLiteral("archive_record");
const QString kDocumentTable = QStringLiteral("archive_document");

/// What a record's blob is bound to (the rotation holder's row expression says the same).
FieldContext recordContext(qint64 seq)
{
    return FieldContext{kRecordTable, QStringLiteral("record_enc"), QString::number(seq)};
}

FieldContext documentContext(qint64 seq, const QString& name)
{
    return FieldContext{kDocumentTable, QStringLiteral("content_enc"),
                        QString::number(seq) + u'|' + name};
}

} // namespace

Result<archive::ArchiveRecord> SqlArchiveStore::decode(qint64 seq, const QByteArray& blob) const
{
    Result<QByteArray> plain = m_cipher.decrypt(blob, recordContext(seq));
    if (!plain)
        return makeError(plain.error().code, Tr::tr("归档记录 #%1 无法解密（被改动或密钥不符）：%2")
                                                 .arg(seq)
                                                 .arg(plain.error().message));
    Result<archive::ArchiveRecord> r = archive::ArchiveRecord::fromJson(*plain);
    plain->fill('\0');
    return r;
}

namespace {

/// Where the plain index columns (what searches and the binding index read) differ from the
/// sealed record they index; empty when they agree. A column edited behind the archive would
/// otherwise list a record under another number, month or kind without the chain noticing.
/// A stored person hash (NULL: not indexed yet) against the person the sealed record names:
/// true when it is one of the value's hashes under a key this store reads with.
bool personHashAgrees(const FieldCipher& cipher, PersonalKind kind, const QString& value,
                      const QVariant& stored)
{
    if (stored.isNull())
        return true;
    const QByteArray hash = stored.toByteArray();
    if (value.isEmpty() || hash.isEmpty())
        return value.isEmpty() == hash.isEmpty();
    return cipher.lookupHashes(kind, value).contains(hash);
}

QString indexMismatch(const archive::ArchiveRecord& r, const QString& kind, const QString& subject,
                      const QString& rxNo, const QString& sealedAt)
{
    QStringList differ;
    if (kind != archive::recordKindKey(r.kind))
        differ << QStringLiteral("kind");
    if (subject != r.subject)
        differ << QStringLiteral("subject");
    if (rxNo != r.prescriptionNo)
        differ << QStringLiteral("rx_no");
    if (sealedAt != r.sealedAt.toLocalTime().toString(kTimeFormat))
        differ << QStringLiteral("sealed_at");
    return differ.join(QStringLiteral(", "));
}

} // namespace

Result<std::optional<archive::ArchiveRecord>> SqlArchiveStore::last() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, record_enc, signature FROM archive_record "
                                            "ORDER BY seq DESC LIMIT 1"),
                             {}, Tr::tr("读取最新的归档记录"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<archive::ArchiveRecord>();
    Result<archive::ArchiveRecord> r = decode(q.value(0).toLongLong(), q.value(1).toByteArray());
    if (!r)
        return r.error();
    return std::optional(*r);
}

Status SqlArchiveStore::append(const archive::ArchiveRecord& record,
                               const QMap<QString, QByteArray>& documents)
{
    QByteArray json = record.toJson();
    const archive::RecordPerson person = archive::personOf(record);
    Result<QByteArray> blob = m_cipher.encrypt(json, recordContext(record.seq));
    json.fill('\0');
    if (!blob)
        return blob.error();
    QList<QPair<QString, QByteArray>> sealedDocs;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        Result<QByteArray> d = m_cipher.encrypt(it.value(), documentContext(record.seq, it.key()));
        if (!d)
            return d.error();
        sealedDocs.append({it.key(), *d});
    }

    Transaction tx(m_db, Durability::Full);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    // The record must follow the newest one, read inside this transaction (writers take turns).
    if (Status s = execBound(q, QStringLiteral("SELECT seq, hash FROM archive_head WHERE id = 1"),
                             {}, Tr::tr("读取归档链头"));
        !s)
        return s;
    const qint64 headSeq = q.next() ? q.value(0).toLongLong() : 0;
    const QByteArray headHash = headSeq > 0 ? q.value(1).toString().toLatin1() : QByteArray();
    if (record.seq != headSeq + 1 || (headSeq > 0 && record.prevHash != headHash))
        return makeError(ErrorCode::WrongState,
                         Tr::tr("归档记录 #%1（%2）不接在最新的 #%3 之后：另一处刚封存了一条，"
                                "须重新封存")
                             .arg(record.seq)
                             .arg(record.subject)
                             .arg(headSeq),
                         QStringLiteral("SETTLE-SLIP"));
    if (Status s = execBound(
            q,
            QStringLiteral("INSERT INTO archive_record (seq, kind, subject, rx_no, sealed_at, "
                           "hash, prev_hash, signature, record_enc, person_id_hash, "
                           "person_name_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record.seq, archive::recordKindKey(record.kind), nonNull(record.subject),
             nonNull(record.prescriptionNo), record.sealedAt.toLocalTime().toString(kTimeFormat),
             QString::fromLatin1(record.hash), QString::fromLatin1(record.prevHash),
             nonNullBlob(record.signature), *blob,
             nonNullBlob(m_cipher.lookupHash(PersonalKind::IdNumber, person.idNumber)),
             nonNullBlob(m_cipher.lookupHash(PersonalKind::PersonName, person.name))},
            Tr::tr("保存归档记录 #%1").arg(record.seq));
        !s)
        return s;
    for (const auto& [name, content] : sealedDocs)
        if (Status s = execBound(q,
                                 QStringLiteral("INSERT INTO archive_document (seq, name, "
                                                "content_enc) VALUES (?, ?, ?)"),
                                 {record.seq, name, content},
                                 Tr::tr("保存归档记录 #%1 的 %2").arg(record.seq).arg(name));
            !s)
            return s;
    // The settlement is archived in the state this record covers.
    const QString archivedState =
        record.kind == archive::RecordKind::InsuredSettlement ? QStringLiteral("signed")
        : record.kind == archive::RecordKind::Refund          ? QStringLiteral("refunded")
                                                              : QString();
    if (!archivedState.isEmpty())
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE insured_settlement SET archived_state = ? "
                                                "WHERE settlement_no = ?"),
                                 {archivedState, nonNull(record.subject)},
                                 Tr::tr("标记结算 %1 已归档").arg(record.subject));
            !s)
            return s;
    if (record.kind == archive::RecordKind::CashPrescriptionSale
        || record.kind == archive::RecordKind::CashPrescriptionReturn)
        if (Status s = execBound(
                q,
                record.kind == archive::RecordKind::CashPrescriptionSale
                    ? QStringLiteral("DELETE FROM sale_archive_due WHERE sale_no = ?")
                    : QStringLiteral("DELETE FROM sale_return_archive_due WHERE sale_no = ?"),
                {nonNull(record.subject)}, Tr::tr("标记处方销售 %1 已归档").arg(record.subject));
            !s)
            return s;
    if (Status s =
            execBound(q,
                      QStringLiteral("INSERT OR REPLACE INTO archive_head (id, seq, hash, "
                                     "signature) VALUES (1, ?, ?, ?)"),
                      {record.seq, QString::fromLatin1(record.hash), nonNullBlob(record.signature)},
                      Tr::tr("更新归档链头"));
        !s)
        return s;
    return tx.commit();
}

Status SqlArchiveStore::forEach(
    const std::function<bool(qint64, const Result<archive::ArchiveRecord>&)>& visit) const
{
    // Pages by number, so a store of many years is read in bounded memory.
    constexpr int kPage = 500;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (Status s = execBound(q,
                                 QStringLiteral("SELECT seq, record_enc, kind, subject, rx_no, "
                                                "sealed_at, person_id_hash, person_name_hash "
                                                "FROM archive_record WHERE seq > ? "
                                                "ORDER BY seq LIMIT %1")
                                     .arg(kPage),
                                 {after}, Tr::tr("读取归档记录"));
            !s)
            return s;
        int n = 0;
        while (q.next()) {
            ++n;
            after = q.value(0).toLongLong();
            Result<archive::ArchiveRecord> r = decode(after, q.value(1).toByteArray());
            if (r) {
                QString differ = indexMismatch(*r, q.value(2).toString(), q.value(3).toString(),
                                               q.value(4).toString(), q.value(5).toString());
                const archive::RecordPerson person = archive::personOf(*r);
                QStringList people;
                if (!personHashAgrees(m_cipher, PersonalKind::IdNumber, person.idNumber,
                                      q.value(6)))
                    people << QStringLiteral("person_id_hash");
                if (!personHashAgrees(m_cipher, PersonalKind::PersonName, person.name, q.value(7)))
                    people << QStringLiteral("person_name_hash");
                if (!people.isEmpty())
                    differ = (differ.isEmpty() ? people : QStringList{differ} + people)
                                 .join(QStringLiteral(", "));
                if (!differ.isEmpty())
                    r = makeError(ErrorCode::StorageFailure,
                                  Tr::tr("归档记录 #%1 的索引列（%2）与封存的记录不符，已被改动")
                                      .arg(after)
                                      .arg(differ),
                                  QStringLiteral("SETTLE-SLIP"));
            }
            if (!visit(after, r))
                return {};
        }
        if (n < kPage)
            return {};
    }
}

Result<std::optional<archive::ArchiveRecord>> SqlArchiveStore::record(qint64 seq) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            execBound(q, QStringLiteral("SELECT record_enc FROM archive_record WHERE seq = ?"),
                      {seq}, Tr::tr("读取归档记录 #%1").arg(seq));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<archive::ArchiveRecord>();
    Result<archive::ArchiveRecord> r = decode(seq, q.value(0).toByteArray());
    if (!r)
        return r.error();
    return std::optional<archive::ArchiveRecord>(std::move(r).value());
}

Result<std::optional<QByteArray>> SqlArchiveStore::document(qint64 seq, const QString& name) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            execBound(q,
                      QStringLiteral("SELECT content_enc FROM archive_document WHERE seq = ? "
                                     "AND name = ?"),
                      {seq, name}, Tr::tr("读取归档记录 #%1 的 %2").arg(seq).arg(name));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<QByteArray>();
    Result<QByteArray> plain =
        m_cipher.decrypt(q.value(0).toByteArray(), documentContext(seq, name));
    if (!plain)
        return makeError(plain.error().code,
                         Tr::tr("归档记录 #%1 的 %2 无法解密（被改动或密钥不符）：%3")
                             .arg(seq)
                             .arg(name, plain.error().message));
    return std::optional(*plain);
}

Result<QMap<QString, QByteArray>> SqlArchiveStore::documentsOf(qint64 seq) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = execBound(q,
                             QStringLiteral("SELECT name, content_enc FROM archive_document WHERE "
                                            "seq = ?"),
                             {seq}, Tr::tr("读取归档记录 #%1 的文档").arg(seq));
        !s)
        return s.error();
    QMap<QString, QByteArray> out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        Result<QByteArray> plain =
            m_cipher.decrypt(q.value(1).toByteArray(), documentContext(seq, name));
        if (!plain)
            return makeError(plain.error().code,
                             Tr::tr("归档记录 #%1 的 %2 无法解密（被改动或密钥不符）：%3")
                                 .arg(seq)
                                 .arg(name, plain.error().message));
        out.insert(name, *plain);
    }
    return out;
}

Result<QMap<QString, QByteArray>> SqlArchiveStore::documentDigests(qint64 seq) const
{
    Result<QMap<QString, QByteArray>> documents = documentsOf(seq);
    if (!documents)
        return documents.error();
    QMap<QString, QByteArray> out;
    for (auto it = documents->begin(); it != documents->end(); ++it) {
        out.insert(it.key(), crypto::sha256(it.value()).toHex());
        it.value().fill('\0');
    }
    return out;
}

Result<std::optional<archive::ArchiveHead>> SqlArchiveStore::head() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, hash, signature FROM archive_head WHERE "
                                            "id = 1"),
                             {}, Tr::tr("读取归档链头"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<archive::ArchiveHead>();
    return std::optional(archive::ArchiveHead{
        q.value(0).toLongLong(), q.value(1).toString().toLatin1(), q.value(2).toByteArray()});
}

Result<QList<archive::ArchiveRecord>>
SqlArchiveStore::findBySubjectOrPrescription(const QString& number) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, record_enc FROM archive_record WHERE "
                                            "subject = ? UNION SELECT seq, record_enc FROM "
                                            "archive_record WHERE rx_no = ? ORDER BY 1"),
                             {number, number}, Tr::tr("查找 %1 的归档记录").arg(number));
        !s)
        return s.error();
    QList<archive::ArchiveRecord> out;
    while (q.next()) {
        Result<archive::ArchiveRecord> r =
            decode(q.value(0).toLongLong(), q.value(1).toByteArray());
        if (!r)
            return r.error();
        // Found by the plain index: only what the sealed record itself says it is of (an index
        // column edited to point elsewhere is named by archive verify).
        if (r->subject == number || r->prescriptionNo == number)
            out.append(*r);
    }
    return out;
}

Result<QList<archive::ArchiveRecord>> SqlArchiveStore::findByPerson(PersonalKind kind,
                                                                    const QString& value) const
{
    const QList<QByteArray> hashes = m_cipher.lookupHashes(kind, value);
    QList<archive::ArchiveRecord> out;
    if (hashes.isEmpty() || hashes.first().isEmpty())
        return out;
    const QString column = kind == PersonalKind::IdNumber ? QStringLiteral("person_id_hash")
                                                          : QStringLiteral("person_name_hash");
    QStringList marks;
    QList<QVariant> binds;
    for (const QByteArray& h : hashes) {
        marks << QStringLiteral("?");
        binds << h;
    }
    QSqlQuery q(m_db.connection());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, record_enc FROM archive_record WHERE %1 "
                                            "IN (%2) ORDER BY seq")
                                 .arg(column, marks.join(u',')),
                             binds, Tr::tr("按患者查找归档记录"));
        !s)
        return s.error();
    while (q.next()) {
        Result<archive::ArchiveRecord> r =
            decode(q.value(0).toLongLong(), q.value(1).toByteArray());
        if (!r)
            return r.error();
        // Found by the keyed hash: only a record that itself names the person (a hash copied
        // onto another record is named by archive verify).
        const archive::RecordPerson person = archive::personOf(*r);
        const QString named = kind == PersonalKind::IdNumber ? person.idNumber : person.name;
        if (normalizeForLookup(kind, named) == normalizeForLookup(kind, value))
            out.append(*r);
    }
    return out;
}

Result<int> SqlArchiveStore::indexPeople(int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, record_enc FROM archive_record INDEXED BY "
                                            "archive_record_not_indexed WHERE person_id_hash IS "
                                            "NULL ORDER BY seq LIMIT ?"),
                             {limit}, Tr::tr("查找尚未按患者索引的归档记录"));
        !s)
        return s.error();
    QList<QList<QVariant>> rows;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        Result<archive::ArchiveRecord> r = decode(seq, q.value(1).toByteArray());
        // A record that cannot be read keeps NULL: archive verify names it.
        const archive::RecordPerson person = r ? archive::personOf(*r) : archive::RecordPerson{};
        if (!r)
            continue;
        rows.append({nonNullBlob(m_cipher.lookupHash(PersonalKind::IdNumber, person.idNumber)),
                     nonNullBlob(m_cipher.lookupHash(PersonalKind::PersonName, person.name)), seq});
    }
    q.finish();
    if (rows.isEmpty())
        return 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery u(m_db.connection());
    for (const QList<QVariant>& row : std::as_const(rows))
        if (Status s = execBound(u,
                                 QStringLiteral("UPDATE archive_record SET person_id_hash = ?, "
                                                "person_name_hash = ? WHERE seq = ? AND "
                                                "person_id_hash IS NULL"),
                                 row, Tr::tr("按患者索引归档记录 #%1").arg(row.at(2).toLongLong()));
            !s)
            return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return int(rows.size());
}

Result<QList<ArchiveStore::Entry>>
SqlArchiveStore::sealedBetween(const QDateTime& from, const QDateTime& to, int limit) const
{
    QSqlQuery q(m_db.connection());
    // sealed_at is local time in one fixed format, so text order is time order (its index).
    if (Status s = execBound(q,
                             QStringLiteral("SELECT seq, kind, subject, rx_no, sealed_at FROM "
                                            "archive_record WHERE sealed_at >= ? AND sealed_at < ? "
                                            "ORDER BY seq LIMIT ?"),
                             {from.toLocalTime().toString(kTimeFormat),
                              to.toLocalTime().toString(kTimeFormat), limit},
                             Tr::tr("列出封存的归档记录"));
        !s)
        return s.error();
    QList<Entry> out;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.kind = archive::recordKindFromKey(q.value(1).toString())
                     .value_or(archive::RecordKind::InsuredSettlement);
        e.subject = q.value(2).toString();
        e.prescriptionNo = q.value(3).toString();
        e.sealedAt = QDateTime::fromString(q.value(4).toString(), kTimeFormat);
        out.append(e);
    }
    return out;
}

Result<QList<ArchiveStore::Due>> SqlArchiveStore::due(int limit) const
{
    QSqlQuery q(m_db.connection());
    // The WHERE repeats the partial index's condition, so SQLite reads that index only.
    if (Status s = execBound(q,
                             QStringLiteral("SELECT settlement_no, state FROM insured_settlement "
                                            "INDEXED BY insured_settlement_archive_due WHERE "
                                            "archived_state <> state AND state IN ('signed', "
                                            "'refunded') ORDER BY updated_at LIMIT ?"),
                             {limit}, Tr::tr("查找待归档的结算"));
        !s)
        return s.error();
    QList<Due> out;
    while (q.next())
        out.append(Due{q.value(0).toString(), q.value(1).toString() == QStringLiteral("refunded")
                                                  ? archive::RecordKind::Refund
                                                  : archive::RecordKind::InsuredSettlement});
    if (out.size() >= limit)
        return out;
    // Then cash prescription sales, then their returns: each list holds only what is owed.
    const struct
    {
        const char* sql;
        archive::RecordKind kind;
        const char* what;
    } lists[] = {
        {"SELECT sale_no FROM sale_archive_due ORDER BY sold_at, sale_no LIMIT ?",
         archive::RecordKind::CashPrescriptionSale,
         QT_TRANSLATE_NOOP("SqlArchiveStore", "查找待归档的处方销售")},
        {"SELECT sale_no FROM sale_return_archive_due ORDER BY returned_at, sale_no LIMIT ?",
         archive::RecordKind::CashPrescriptionReturn,
         QT_TRANSLATE_NOOP("SqlArchiveStore", "查找待归档的处方退货")},
    };
    for (const auto& list : lists) {
        if (out.size() >= limit)
            return out;
        QSqlQuery sales(m_db.connection());
        if (Status s = execBound(sales, QString::fromLatin1(list.sql), {limit - int(out.size())},
                                 Tr::tr(list.what));
            !s)
            return s.error();
        while (sales.next())
            out.append(Due{sales.value(0).toString(), list.kind});
    }
    return out;
}

} // namespace pos::storage
