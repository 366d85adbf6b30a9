#include "storage/sqlprescriptionrepository.h"

#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlPrescriptionRepository)
};

// The encrypted side row when there is one; the plain columns only for a store not migrated yet.
const QString kPrescriptionSelect = QStringLiteral(
    "SELECT p.rx_no, p.content_hash, p.status, p.source, c.content, c.original_file, "
    "e.content_enc, e.original_file_enc FROM prescription p JOIN prescription_content c "
    "ON c.rx_no = p.rx_no AND c.content_hash = p.content_hash "
    "LEFT JOIN prescription_personal e "
    "ON e.rx_no = p.rx_no AND e.content_hash = p.content_hash ");

const QString kReviewColumns =
    QStringLiteral("id, rx_no, decision, opinion, pharmacist_user_id, pharmacist_name, licence_no, "
                   "insurance_phar_code, reviewed_at, content_hash, long_term_confirmed");

PrescriptionReview readReview(const QSqlQuery& q)
{
    PrescriptionReview r;
    r.id = q.value(0).toLongLong();
    r.rxNo = q.value(1).toString();
    r.decision = static_cast<PrescriptionReview::Decision>(q.value(2).toInt());
    r.opinion = q.value(3).toString();
    r.pharmacistUserId = q.value(4).toLongLong();
    r.pharmacistName = q.value(5).toString();
    r.licenceNo = q.value(6).toString();
    r.insurancePharmacistCode = q.value(7).toString();
    r.time = QDateTime::fromString(q.value(8).toString(), kTimeFormat);
    r.contentHash = q.value(9).toString();
    r.longTermConfirmed = q.value(10).toBool();
    return r;
}

/// SQLite's BLOB NOT NULL refuses a null QByteArray: an absent file is stored as zero bytes.
} // namespace

/// The prescription from a kPrescriptionSelect row, or nothing when its blob does not decrypt or
/// the stored bytes no longer give the stored hash.
std::optional<Prescription> SqlPrescriptionRepository::readPrescription(const QSqlQuery& q) const
{
    const QString rxNo = q.value(0).toString();
    const QString hash = q.value(1).toString();
    Result<crypto::personal::PrescriptionPlain> plain = crypto::personal::readPrescription(
        m_cipher, rxNo, hash, q.value(6), q.value(7), q.value(4).toString().toUtf8(),
        q.value(5).toByteArray());
    if (!plain) {
        qCWarning(lcStorage) << "prescription" << rxNo << "unreadable:" << plain.error().message;
        return std::nullopt;
    }
    Result<Prescription> parsed = Prescription::fromCanonicalContent(plain->content);
    if (!parsed) {
        qCWarning(lcStorage) << "prescription" << rxNo << "unreadable:" << parsed.error().message;
        return std::nullopt;
    }
    Prescription rx = std::move(parsed).value();
    rx.originalFile = plain->originalFile;
    if (rx.contentHash() != hash) {
        qCWarning(lcStorage) << "prescription" << rxNo << "content does not match its hash";
        return std::nullopt;
    }
    rx.status = static_cast<RxStatus>(q.value(2).toInt());
    rx.source = static_cast<RxSource>(q.value(3).toInt());
    return rx;
}

Status SqlPrescriptionRepository::save(const Prescription& rx)
{
    const QString hash = rx.contentHash();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // DATA-PRIVACY: the plain columns stay empty; the content lives only in prescription_personal.
    QSqlQuery content(m_db.connection());
    if (Status s = prepare(
            content, QStringLiteral("INSERT OR IGNORE INTO prescription_content (rx_no, "
                                    "content_hash, content, original_file) VALUES (?,?,?,?)"));
        !s)
        return s;
    content.bindValue(0, rx.rxNo);
    content.bindValue(1, hash);
    content.bindValue(2, QString(QLatin1String("")));
    content.bindValue(3, QByteArray("", 0));
    if (!content.exec())
        return sqlError(content, Tr::tr("保存处方 %1").arg(rx.rxNo));
    if (Status s = crypto::personal::writePrescription(m_db, m_cipher, rx.rxNo, hash,
                                                       rx.canonicalContent(), rx.originalFile);
        !s)
        return s;

    QSqlQuery current(m_db.connection());
    if (Status s = prepare(
            current, QStringLiteral("INSERT INTO prescription (rx_no, content_hash, issued_at, "
                                    "status, source) VALUES (?,?,?,?,?) ON CONFLICT (rx_no) DO "
                                    "UPDATE SET content_hash = excluded.content_hash, issued_at "
                                    "= excluded.issued_at, status = excluded.status, source = "
                                    "excluded.source"));
        !s)
        return s;
    current.bindValue(0, rx.rxNo);
    current.bindValue(1, hash);
    current.bindValue(2, rx.issueTime.toString(kTimeFormat));
    current.bindValue(3, static_cast<int>(rx.status));
    current.bindValue(4, static_cast<int>(rx.source));
    if (!current.exec())
        return sqlError(current, Tr::tr("保存处方 %1").arg(rx.rxNo));
    return tx.commit();
}

QList<Prescription> SqlPrescriptionRepository::select(const QString& where,
                                                      const QVariantList& values) const
{
    QList<Prescription> out;
    QSqlQuery q(m_db.connection());
    if (!prepare(q, kPrescriptionSelect + where))
        return out;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (q.exec())
        while (q.next())
            if (std::optional<Prescription> rx = readPrescription(q))
                out.append(*rx);
    return out;
}

std::optional<Prescription> SqlPrescriptionRepository::find(const QString& rxNo) const
{
    const QList<Prescription> r = select(QStringLiteral("WHERE p.rx_no = ?"), {rxNo});
    return r.isEmpty() ? std::nullopt : std::optional<Prescription>(r.first());
}

QList<Prescription> SqlPrescriptionRepository::awaitingReview() const
{
    return select(QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM prescription_review r WHERE "
                                 "r.rx_no = p.rx_no AND r.content_hash = p.content_hash) "
                                 "ORDER BY p.issued_at, p.rx_no"),
                  {});
}

QList<Prescription> SqlPrescriptionRepository::selectByHash(const QString& column,
                                                            const QList<QByteArray>& hashes) const
{
    if (hashes.isEmpty() || hashes.first().isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const QByteArray& h : hashes) {
        marks << QStringLiteral("?");
        values << h;
    }
    return select(QStringLiteral("WHERE e.%1 IN (%2) ORDER BY p.issued_at, p.rx_no")
                      .arg(column, marks.join(u',')),
                  values);
}

QList<Prescription> SqlPrescriptionRepository::findByPatientId(const QString& idNumber) const
{
    return selectByHash(QStringLiteral("patient_id_hash"),
                        m_cipher.lookupHashes(PersonalKind::IdNumber, idNumber));
}

QList<Prescription> SqlPrescriptionRepository::findByPatientName(const QString& name) const
{
    return selectByHash(QStringLiteral("patient_name_hash"),
                        m_cipher.lookupHashes(PersonalKind::PersonName, name));
}

Result<PrescriptionReview>
SqlPrescriptionRepository::addReview(const PrescriptionReview& review,
                                     const std::optional<QJsonObject>& upload7204)
{
    // The review and the 7204 the core decided on in one sealed transaction: the platform hears
    // of every review, exactly once, in order with the rest of the queue (DATA-UPLOAD); reviews
    // are append-only evidence.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError().error();
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO prescription_review (") + kReviewColumns
                                  + QStringLiteral(") VALUES (NULL,?,?,?,?,?,?,?,?,?,?)"));
        !s)
        return s.error();
    q.bindValue(0, review.rxNo);
    q.bindValue(1, static_cast<int>(review.decision));
    q.bindValue(2, nonNull(review.opinion));
    q.bindValue(3, review.pharmacistUserId);
    q.bindValue(4, nonNull(review.pharmacistName));
    q.bindValue(5, nonNull(review.licenceNo));
    q.bindValue(6, nonNull(review.insurancePharmacistCode));
    q.bindValue(7, review.time.toString(kTimeFormat));
    q.bindValue(8, review.contentHash);
    q.bindValue(9, review.longTermConfirmed ? 1 : 0);
    if (!q.exec())
        return sqlError(q, Tr::tr("保存处方 %1 的审核").arg(review.rxNo));
    PrescriptionReview stored = review;
    stored.id = q.lastInsertId().toLongLong();
    q.finish();
    if (upload7204) {
        QSqlQuery up(m_db.connection());
        if (Status s = prepare(up, QStringLiteral("INSERT INTO outbox (infno, doc_ref, payload, "
                                                  "created_at) VALUES ('7204', ?, ?, ?)"));
            !s)
            return s.error();
        up.bindValue(0, review.rxNo);
        up.bindValue(1,
                     QString::fromUtf8(QJsonDocument(*upload7204).toJson(QJsonDocument::Compact)));
        up.bindValue(2, review.time.toString(kTimeFormat));
        if (!up.exec())
            return sqlError(up, Tr::tr("写入上传队列"));
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return stored;
}

std::optional<PrescriptionReview> SqlPrescriptionRepository::latestReview(const QString& rxNo) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
                 QStringLiteral("SELECT ") + kReviewColumns
                     + QStringLiteral(" FROM prescription_review WHERE rx_no = ? ORDER BY id DESC "
                                      "LIMIT 1")))
        return std::nullopt;
    q.bindValue(0, rxNo);
    if (q.exec() && q.next())
        return readReview(q);
    return std::nullopt;
}

Status SqlPrescriptionRepository::markSettled(const SettledPrescription& settled)
{
    Transaction tx(m_db, Durability::Full);
    if (const std::optional<SettledPrescription> first = findSettled(settled.rxNo))
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("处方 %1 已于 %2 结算过（%3），同一处方只能结算一次")
                             .arg(settled.rxNo,
                                  first->settledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  first->reference),
                         QStringLiteral("RX-SINGLE"));
    QSqlQuery q(m_db.connection());
    if (Status s = prepare(q, QStringLiteral("INSERT INTO prescription_settled (rx_no, settled_at, "
                                             "place, reference) VALUES (?,?,?,?)"));
        !s)
        return s;
    q.bindValue(0, settled.rxNo);
    q.bindValue(1, settled.settledAt.toString(kTimeFormat));
    q.bindValue(2, static_cast<int>(settled.where));
    q.bindValue(3, nonNull(settled.reference));
    if (!q.exec())
        return sqlError(q, Tr::tr("记录处方 %1 已结算").arg(settled.rxNo));
    return tx.commit();
}

std::optional<SettledPrescription> SqlPrescriptionRepository::findSettled(const QString& rxNo) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT rx_no, settled_at, place, reference FROM "
                                   "prescription_settled WHERE rx_no = ?")))
        return std::nullopt;
    q.bindValue(0, rxNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SettledPrescription{
        q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), kTimeFormat),
        static_cast<SettledPrescription::Where>(q.value(2).toInt()), q.value(3).toString()};
}

} // namespace pos::storage
