#include "storage/crypto/personaldata.h"

#include "storage/crypto/cryptolog.h"
#include "storage/crypto/secretbytes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
};

const QString kPersonalFamilies = QStringLiteral("('insurance_voucher', 'e_prescription')");

QString jsonText(const QByteArray& json, const char* key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.object().value(QLatin1String(key)).toString();
}

QVariant blobOrNull(const QByteArray& b)
{
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}

/// Runs `select` in batches (rows after the last rowid seen), and `convert` on each row inside one
/// transaction per batch. Returns the rows converted.
Result<qint64> inBatches(Database& db, const QString& selectSql, int batch,
                         const std::function<Status(QSqlQuery& row)>& convert)
{
    qint64 done = 0;
    qint64 lastRowid = 0;
    for (;;) {
        QSqlQuery q(db.connection());
        if (Status s = prepare(q, selectSql); !s)
            return s.error();
        q.bindValue(0, lastRowid);
        q.bindValue(1, batch);
        Transaction tx(db, Durability::Full);
        if (!tx.isActive())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
        if (!q.exec())
            return sqlError(q, Tr::tr("读取明文个人信息"));
        int n = 0;
        while (q.next()) {
            lastRowid = q.value(0).toLongLong();
            if (Status s = convert(q); !s)
                return s.error();
            ++n;
        }
        q.finish();
        if (Status s = tx.commit(); !s)
            return s.error();
        done += n;
        if (n < batch)
            return done;
    }
}

} // namespace

namespace personal {

FieldContext saleBuyerId(const QString& saleNo)
{
    return {QStringLiteral("sale"), QStringLiteral("buyer_id_enc"), saleNo};
}

FieldContext prescriptionContent(const QString& rxNo, const QString& contentHash)
{
    return {QStringLiteral("prescription_content"), QStringLiteral("content_enc"),
            rxNo + u'|' + contentHash};
}

FieldContext prescriptionOriginalFile(const QString& rxNo, const QString& contentHash)
{
    return {QStringLiteral("prescription_content"), QStringLiteral("original_file_enc"),
            rxNo + u'|' + contentHash};
}

FieldContext scanPayload()
{
    return {QStringLiteral("scan_journal"), QStringLiteral("payload_enc"), QString()};
}

QStringList personalScanFamilies()
{
    return {QStringLiteral("insurance_voucher"), QStringLiteral("e_prescription")};
}

QString patientIdFromContent(const QByteArray& canonicalContent)
{
    return jsonText(canonicalContent, "patId");
}

QString patientNameFromContent(const QByteArray& canonicalContent)
{
    return jsonText(canonicalContent, "patName");
}

QList<SqlHolderSpec> encryptedColumns()
{
    return {
        SqlHolderSpec{
            QStringLiteral("sale.buyer_id"),
            QStringLiteral("sale"),
            QStringLiteral("sale_no"),
            {SqlEncryptedColumn{
                QStringLiteral("buyer_id_enc"),
                {SqlHashColumn{QStringLiteral("buyer_id_hash"), PersonalKind::IdNumber, {}}}}},
            QStringLiteral("SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''")},
        SqlHolderSpec{
            QStringLiteral("prescription_content"),
            QStringLiteral("prescription_content"),
            QStringLiteral("rx_no || '|' || content_hash"),
            {SqlEncryptedColumn{QStringLiteral("content_enc"),
                                {SqlHashColumn{QStringLiteral("patient_id_hash"),
                                               PersonalKind::IdNumber, &patientIdFromContent},
                                 SqlHashColumn{QStringLiteral("patient_name_hash"),
                                               PersonalKind::PersonName, &patientNameFromContent}}},
             SqlEncryptedColumn{QStringLiteral("original_file_enc"), {}}},
            QStringLiteral("SELECT COUNT(*) FROM prescription_content WHERE content <> '' OR "
                           "length(original_file) > 0")},
        SqlHolderSpec{QStringLiteral("scan_journal.payload"),
                      QStringLiteral("scan_journal"),
                      QStringLiteral("''"),
                      {SqlEncryptedColumn{QStringLiteral("payload_enc"), {}}},
                      QStringLiteral("SELECT COUNT(*) FROM scan_journal WHERE family IN %1 AND "
                                     "payload_hex <> ''")
                          .arg(kPersonalFamilies)},
    };
}

QList<SqlRetentionSpec> retentionTargets()
{
    return {
        SqlRetentionSpec{QStringLiteral("sale.buyer_id"),
                         RetentionKind::EphedrineRegister,
                         Tr::tr("含麻黄碱药品购买人身份证号（销售单）"),
                         QStringLiteral("sale"),
                         QStringLiteral("sale_no"),
                         QStringLiteral("sold_at"),
                         QStringLiteral("buyer_id_enc IS NOT NULL OR buyer_id_number <> ''"),
                         RetentionAction::Anonymise,
                         {QStringLiteral("buyer_id_enc = NULL"),
                          QStringLiteral("buyer_id_hash = NULL"),
                          QStringLiteral("buyer_id_number = ''")},
                         {}},
        SqlRetentionSpec{
            QStringLiteral("prescription_content"),
            RetentionKind::PrescriptionArchive,
            Tr::tr("处方内容与原件（患者姓名、身份证号、诊断）"),
            QStringLiteral("prescription_content"),
            QStringLiteral("rx_no"),
            QStringLiteral("(SELECT p.issued_at FROM prescription p WHERE p.rx_no = "
                           "prescription_content.rx_no)"),
            QStringLiteral("content_enc IS NOT NULL OR original_file_enc IS NOT NULL OR content <> "
                           "'' OR length(original_file) > 0"),
            RetentionAction::Anonymise,
            {QStringLiteral("content_enc = NULL"), QStringLiteral("original_file_enc = NULL"),
             QStringLiteral("patient_id_hash = NULL"), QStringLiteral("patient_name_hash = NULL"),
             QStringLiteral("content = ''"), QStringLiteral("original_file = X''")},
            {}},
        SqlRetentionSpec{QStringLiteral("scan_journal.payload"),
                         RetentionKind::ScanJournalPayload,
                         Tr::tr("扫码日志中的医保电子凭证与电子处方二维码"),
                         QStringLiteral("scan_journal"),
                         QStringLiteral("id"),
                         QStringLiteral("scanned_at"),
                         QStringLiteral("payload_enc IS NOT NULL OR (family IN %1 AND payload_hex "
                                        "<> '')")
                             .arg(kPersonalFamilies),
                         RetentionAction::Anonymise,
                         {QStringLiteral("payload_enc = NULL"), QStringLiteral("payload_hex = ''")},
                         {}},
    };
}

} // namespace personal

Result<bool> needsPlaintextMigration(Database& db)
{
    for (const SqlHolderSpec& spec : personal::encryptedColumns()) {
        QSqlQuery q(db.connection());
        if (!q.exec(spec.plainCountSql) || !q.next())
            return sqlError(q, Tr::tr("统计明文个人信息"));
        if (q.value(0).toLongLong() > 0)
            return true;
    }
    return false;
}

Result<PlaintextMigrationReport> encryptPlaintextPersonalData(Database& db,
                                                              const FieldCipher& cipher, int batch)
{
    // Whatever is overwritten or freed from here on is zeroed in the file, not left in free pages.
    if (Status s = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    PlaintextMigrationReport report;

    Result<qint64> sales = inBatches(
        db,
        QStringLiteral("SELECT rowid, sale_no, buyer_id_number FROM sale WHERE rowid > ? AND "
                       "buyer_id_number <> '' ORDER BY rowid LIMIT ?"),
        batch, [&](QSqlQuery& row) -> Status {
            QString plain = row.value(2).toString();
            Result<QByteArray> blob =
                cipher.encryptText(plain, personal::saleBuyerId(row.value(1).toString()));
            const QByteArray hash = cipher.lookupHash(PersonalKind::IdNumber, plain);
            cleanse(plain);
            if (!blob)
                return blob.error();
            QSqlQuery u(db.connection());
            if (Status s = prepare(u, QStringLiteral("UPDATE sale SET buyer_id_enc = ?, "
                                                     "buyer_id_hash = ?, buyer_id_number = '' "
                                                     "WHERE rowid = ?"));
                !s)
                return s;
            u.bindValue(0, *blob);
            u.bindValue(1, blobOrNull(hash));
            u.bindValue(2, row.value(0));
            if (!u.exec())
                return sqlError(u, Tr::tr("加密销售单的购买人身份证号"));
            return {};
        });
    if (!sales)
        return sales.error();
    report.saleBuyerIds = *sales;

    Result<qint64> rx = inBatches(
        db,
        QStringLiteral("SELECT rowid, rx_no, content_hash, content, original_file FROM "
                       "prescription_content WHERE rowid > ? AND (content <> '' OR "
                       "length(original_file) > 0) ORDER BY rowid LIMIT ?"),
        batch, [&](QSqlQuery& row) -> Status {
            const QString rxNo = row.value(1).toString();
            const QString hash = row.value(2).toString();
            QByteArray content = row.value(3).toString().toUtf8();
            QByteArray file = row.value(4).toByteArray();
            Result<QByteArray> contentBlob =
                cipher.encrypt(content, personal::prescriptionContent(rxNo, hash));
            Result<QByteArray> fileBlob =
                file.isEmpty()
                    ? Result<QByteArray>(QByteArray())
                    : cipher.encrypt(file, personal::prescriptionOriginalFile(rxNo, hash));
            QString patientId = personal::patientIdFromContent(content);
            QString patientName = personal::patientNameFromContent(content);
            const QByteArray idHash = cipher.lookupHash(PersonalKind::IdNumber, patientId);
            const QByteArray nameHash = cipher.lookupHash(PersonalKind::PersonName, patientName);
            cleanse(content);
            cleanse(file);
            cleanse(patientId);
            cleanse(patientName);
            if (!contentBlob)
                return contentBlob.error();
            if (!fileBlob)
                return fileBlob.error();
            QSqlQuery u(db.connection());
            if (Status s = prepare(u, QStringLiteral("UPDATE prescription_content SET "
                                                     "content_enc = ?, original_file_enc = ?, "
                                                     "patient_id_hash = ?, patient_name_hash = ?, "
                                                     "content = '', original_file = X'' WHERE "
                                                     "rowid = ?"));
                !s)
                return s;
            u.bindValue(0, *contentBlob);
            u.bindValue(1, blobOrNull(*fileBlob));
            u.bindValue(2, blobOrNull(idHash));
            u.bindValue(3, blobOrNull(nameHash));
            u.bindValue(4, row.value(0));
            if (!u.exec())
                return sqlError(u, Tr::tr("加密处方 %1").arg(rxNo));
            return {};
        });
    if (!rx)
        return rx.error();
    report.prescriptions = *rx;

    Result<qint64> scans = inBatches(
        db,
        QStringLiteral("SELECT rowid, payload_hex FROM scan_journal WHERE rowid > ? AND family IN "
                       "%1 AND payload_hex <> '' ORDER BY rowid LIMIT ?")
            .arg(kPersonalFamilies),
        batch, [&](QSqlQuery& row) -> Status {
            QByteArray payload = QByteArray::fromHex(row.value(1).toString().toLatin1());
            Result<QByteArray> blob = cipher.encrypt(payload, personal::scanPayload());
            cleanse(payload);
            if (!blob)
                return blob.error();
            QSqlQuery u(db.connection());
            if (Status s = prepare(u, QStringLiteral("UPDATE scan_journal SET payload_enc = ?, "
                                                     "payload_hex = '' WHERE rowid = ?"));
                !s)
                return s;
            u.bindValue(0, *blob);
            u.bindValue(1, row.value(0));
            if (!u.exec())
                return sqlError(u, Tr::tr("加密扫码日志"));
            return {};
        });
    if (!scans)
        return scans.error();
    report.scanPayloads = *scans;

    if (report.total() > 0) {
        // The WAL still holds the pages as they were before; checkpoint them into the (zeroing)
        // database and cut the WAL to nothing, then rebuild the file without its free pages.
        if (Status s = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return s.error();
        if (Status s = db.exec(QStringLiteral("VACUUM")); !s)
            return s.error();
        if (Status s = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return s.error();
        qCInfo(lcKeys) << "encrypted plain personal data:" << report.saleBuyerIds << "sales,"
                       << report.prescriptions << "prescriptions," << report.scanPayloads
                       << "scans";
    }
    return report;
}

} // namespace pos::storage::crypto
