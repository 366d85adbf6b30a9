#include "storage/crypto/personaldata.h"

#include "app/core/archive/archivechain.h"
#include "storage/crypto/cryptolog.h"
#include "storage/crypto/secretbytes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>

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

/// The BEFORE UPDATE triggers on `table`, by name → their SQL.
Result<QList<std::pair<QString, QString>>> updateTriggers(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                             "tbl_name = ? AND sql LIKE '%BEFORE UPDATE%'"));
    q.bindValue(0, table);
    if (!q.exec())
        return sqlError(q, Tr::tr("读取 %1 的触发器").arg(table));
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

/// Runs `select` in batches (rows after the last rowid seen), and `convert` on each row inside one
/// transaction per batch. With `liftTriggersOn`, that table's update triggers are dropped at the
/// start of each transaction and created again before it commits: the plain columns of append-only
/// tables can be emptied, and nothing else happens while they are away. Returns the rows converted.
Result<qint64> inBatches(Database& db, const QString& selectSql, int batch,
                         const QString& liftTriggersOn,
                         const std::function<Status(const QVariantList& row)>& convert)
{
    qint64 done = 0;
    qint64 lastRowid = 0;
    for (;;) {
        Transaction tx(db, Durability::Full);
        if (!tx.isActive())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始事务"));
        QList<std::pair<QString, QString>> lifted;
        if (!liftTriggersOn.isEmpty()) {
            Result<QList<std::pair<QString, QString>>> triggers =
                updateTriggers(db, liftTriggersOn);
            if (!triggers)
                return triggers.error();
            lifted = *triggers;
            for (const auto& [name, sql] : lifted) {
                if (Status s = db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
                    return s.error();
            }
        }
        QSqlQuery q(db.connection());
        if (Status s = prepare(q, selectSql); !s)
            return s.error();
        q.bindValue(0, lastRowid);
        q.bindValue(1, batch);
        if (!q.exec())
            return sqlError(q, Tr::tr("读取明文个人信息"));
        // The batch is read whole before anything is written: no update under a running SELECT.
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c);
            rows << row;
        }
        q.finish();
        const qsizetype n = rows.size();
        for (QVariantList& row : rows) {
            lastRowid = row.at(0).toLongLong();
            Status s = convert(row);
            for (QVariant& v : row) {
                if (v.typeId() == QMetaType::QString) {
                    QString t = v.toString();
                    v.clear();
                    cleanse(t);
                }
            }
            if (!s)
                return s.error();
        }
        for (const auto& [name, sql] : lifted) {
            if (Status s = db.exec(sql); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        done += n;
        if (n < batch)
            return done;
    }
}

Status exec(Database& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(db.connection());
    return execBound(q, sql, binds, what);
}

} // namespace

namespace personal {

FieldContext saleBuyerId(const QString& saleNo)
{
    return {QStringLiteral("sale_personal"), QStringLiteral("buyer_id_enc"), saleNo};
}

FieldContext prescriptionContent(const QString& rxNo, const QString& contentHash)
{
    return {QStringLiteral("prescription_personal"), QStringLiteral("content_enc"),
            rxNo + u'|' + contentHash};
}

FieldContext prescriptionOriginalFile(const QString& rxNo, const QString& contentHash)
{
    return {QStringLiteral("prescription_personal"), QStringLiteral("original_file_enc"),
            rxNo + u'|' + contentHash};
}

FieldContext parkedCart(const QString& parkNo)
{
    return {QStringLiteral("parked_cart"), QStringLiteral("cart_enc"), parkNo};
}

FieldContext scanPayload(qint64 scanId)
{
    return {QStringLiteral("scan_journal_personal"), QStringLiteral("payload_enc"),
            QString::number(scanId)};
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

namespace {

/// Whom a sealed archive record (its stored JSON) is about: archive::personOf.
archive::RecordPerson archivePerson(const QByteArray& recordJson)
{
    Result<archive::ArchiveRecord> r = archive::ArchiveRecord::fromJson(recordJson);
    return r ? archive::personOf(*r) : archive::RecordPerson{};
}

} // namespace

Status writeSaleBuyerId(Database& db, const FieldCipher& cipher, const QString& saleNo,
                        const QString& idNumber)
{
    if (idNumber.isEmpty())
        return {};
    Result<QByteArray> blob = cipher.encryptText(idNumber, saleBuyerId(saleNo));
    if (!blob)
        return blob.error();
    Result<QSqlQuery*> q = db.statement(QStringLiteral(
        "INSERT INTO sale_personal (sale_no, buyer_id_enc, buyer_id_hash) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, saleNo);
    (*q)->bindValue(1, *blob);
    (*q)->bindValue(2, blobOrNull(cipher.lookupHash(PersonalKind::IdNumber, idNumber)));
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("保存销售单 %1 的购买人身份证号").arg(saleNo));
    return {};
}

Result<QString> readSaleBuyerId(const FieldCipher& cipher, const QString& saleNo,
                                const QByteArray& blob, const QString& legacyPlain)
{
    if (blob.isEmpty())
        return legacyPlain;
    Result<QString> plain = cipher.decryptText(blob, saleBuyerId(saleNo));
    if (!plain)
        return makeError(
            plain.error().code,
            Tr::tr("销售单 %1 的购买人身份证号无法解密：%2").arg(saleNo, plain.error().userText()),
            QStringLiteral("DATA-PRIVACY"));
    return plain;
}

Status writePrescription(Database& db, const FieldCipher& cipher, const QString& rxNo,
                         const QString& contentHash, const QByteArray& canonicalContent,
                         const QByteArray& originalFile)
{
    Result<QByteArray> content =
        cipher.encrypt(canonicalContent, prescriptionContent(rxNo, contentHash));
    if (!content)
        return content.error();
    Result<QByteArray> file =
        originalFile.isEmpty()
            ? Result<QByteArray>(QByteArray())
            : cipher.encrypt(originalFile, prescriptionOriginalFile(rxNo, contentHash));
    if (!file)
        return file.error();
    QString patientId = patientIdFromContent(canonicalContent);
    QString patientName = patientNameFromContent(canonicalContent);
    const QByteArray idHash = cipher.lookupHash(PersonalKind::IdNumber, patientId);
    const QByteArray nameHash = cipher.lookupHash(PersonalKind::PersonName, patientName);
    cleanse(patientId);
    cleanse(patientName);
    return exec(
        db,
        QStringLiteral("INSERT OR IGNORE INTO prescription_personal (rx_no, content_hash, "
                       "content_enc, original_file_enc, patient_id_hash, "
                       "patient_name_hash) VALUES (?, ?, ?, ?, ?, ?)"),
        {rxNo, contentHash, *content, blobOrNull(*file), blobOrNull(idHash), blobOrNull(nameHash)},
        Tr::tr("保存处方 %1").arg(rxNo));
}

Result<PrescriptionPlain> readPrescription(const FieldCipher& cipher, const QString& rxNo,
                                           const QString& contentHash, const QVariant& contentBlob,
                                           const QVariant& fileBlob,
                                           const QByteArray& legacyContent,
                                           const QByteArray& legacyFile)
{
    if (contentBlob.isNull())
        return PrescriptionPlain{legacyContent, legacyFile};
    PrescriptionPlain out;
    Result<QByteArray> content =
        cipher.decrypt(contentBlob.toByteArray(), prescriptionContent(rxNo, contentHash));
    if (!content)
        return content.error();
    out.content = *content;
    if (!fileBlob.isNull() && !fileBlob.toByteArray().isEmpty()) {
        Result<QByteArray> file =
            cipher.decrypt(fileBlob.toByteArray(), prescriptionOriginalFile(rxNo, contentHash));
        if (!file)
            return file.error();
        out.originalFile = *file;
    }
    return out;
}

Status writeScanPayload(Database& db, const FieldCipher& cipher, qint64 scanId,
                        const QByteArray& payload)
{
    if (payload.isEmpty())
        return {};
    Result<QByteArray> blob = cipher.encrypt(payload, scanPayload(scanId));
    if (!blob)
        return blob.error();
    Result<QSqlQuery*> q = db.statement(
        QStringLiteral("INSERT INTO scan_journal_personal (scan_id, payload_enc) VALUES (?, ?)"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, scanId);
    (*q)->bindValue(1, *blob);
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("保存扫码日志"));
    return {};
}

bool isPersonalScanFamily(const QString& family)
{
    return personalScanFamilies().contains(family);
}

QList<SqlHolderSpec> encryptedColumns()
{
    return {
        SqlHolderSpec{
            QStringLiteral("sale.buyer_id"),
            QStringLiteral("sale_personal"),
            QStringLiteral("sale_no"),
            {SqlEncryptedColumn{
                QStringLiteral("buyer_id_enc"),
                {SqlHashColumn{QStringLiteral("buyer_id_hash"), PersonalKind::IdNumber, {}}}}},
            QStringLiteral("SELECT COUNT(*) FROM sale WHERE buyer_id_number <> ''")},
        SqlHolderSpec{
            QStringLiteral("prescription"),
            QStringLiteral("prescription_personal"),
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
                      QStringLiteral("scan_journal_personal"),
                      QStringLiteral("CAST(scan_id AS TEXT)"),
                      {SqlEncryptedColumn{QStringLiteral("payload_enc"), {}}},
                      QStringLiteral("SELECT COUNT(*) FROM scan_journal WHERE family IN %1 AND "
                                     "payload_hex <> ''")
                          .arg(kPersonalFamilies)},
        // Issue 17: the insured person and the settlement's lines and split (one JSON blob bound
        // to the settlement number), and every platform call's request, answer and message (bound
        // to its msgid). Written encrypted from the start: nothing to migrate from plain text.
        SqlHolderSpec{QStringLiteral("insured_settlement"),
                      QStringLiteral("insured_settlement"),
                      QStringLiteral("settlement_no"),
                      {SqlEncryptedColumn{QStringLiteral("record_enc"), {}}},
                      QStringLiteral("SELECT 0")},
        SqlHolderSpec{QStringLiteral("platform_call"),
                      QStringLiteral("platform_call"),
                      QStringLiteral("msgid"),
                      {SqlEncryptedColumn{QStringLiteral("input_enc"), {}},
                       SqlEncryptedColumn{QStringLiteral("output_enc"), {}},
                       SqlEncryptedColumn{QStringLiteral("message_enc"), {}}},
                      QStringLiteral("SELECT 0")},
        SqlHolderSpec{QStringLiteral("settlement_document"),
                      QStringLiteral("settlement_document"),
                      QStringLiteral("settlement_no || '|' || kind"),
                      {SqlEncryptedColumn{QStringLiteral("content_enc"), {}}},
                      QStringLiteral("SELECT 0")},
        // Issue 18: the settlement archive's records (bound to their number) and documents (to
        // number and name). Rotation rewrites the blobs only; the chain hashes the plain content.
        // Their person hashes (0021) are recomputed from the record under the new key.
        SqlHolderSpec{
            QStringLiteral("archive_record"),
            QStringLiteral("archive_record"),
            QStringLiteral("CAST(seq AS TEXT)"),
            {SqlEncryptedColumn{
                QStringLiteral("record_enc"),
                {SqlHashColumn{
                     QStringLiteral("person_id_hash"), PersonalKind::IdNumber,
                     [](const QByteArray& plain) { return archivePerson(plain).idNumber; }},
                 SqlHashColumn{
                     QStringLiteral("person_name_hash"), PersonalKind::PersonName,
                     [](const QByteArray& plain) { return archivePerson(plain).name; }}}}},
            QStringLiteral("SELECT 0")},
        SqlHolderSpec{QStringLiteral("archive_document"),
                      QStringLiteral("archive_document"),
                      QStringLiteral("CAST(seq AS TEXT) || '|' || name"),
                      {SqlEncryptedColumn{QStringLiteral("content_enc"), {}}},
                      QStringLiteral("SELECT 0")},
        // Issue 19: parked carts (挂单), bound to their park number.
        SqlHolderSpec{QStringLiteral("parked_cart"),
                      QStringLiteral("parked_cart"),
                      QStringLiteral("park_no"),
                      {SqlEncryptedColumn{QStringLiteral("cart_enc"), {}}},
                      QStringLiteral("SELECT 0")},
    };
}

QList<SqlRetentionSpec> retentionTargets()
{
    return {
        SqlRetentionSpec{QStringLiteral("sale.buyer_id"),
                         RetentionKind::EphedrineRegister,
                         Tr::tr("含麻黄碱药品购买人身份证号（销售单）"),
                         QStringLiteral("sale_personal"),
                         QStringLiteral("sale_no"),
                         QStringLiteral("(SELECT s.sold_at FROM sale s WHERE s.sale_no = "
                                        "sale_personal.sale_no)"),
                         QStringLiteral("1"),
                         RetentionAction::Delete,
                         {},
                         {}},
        SqlRetentionSpec{QStringLiteral("prescription"),
                         RetentionKind::PrescriptionArchive,
                         Tr::tr("处方内容与原件（患者姓名、身份证号、诊断）"),
                         QStringLiteral("prescription_personal"),
                         QStringLiteral("rx_no"),
                         QStringLiteral("(SELECT p.issued_at FROM prescription p WHERE p.rx_no = "
                                        "prescription_personal.rx_no)"),
                         QStringLiteral("1"),
                         RetentionAction::Delete,
                         {},
                         {}},
        SqlRetentionSpec{QStringLiteral("scan_journal.payload"),
                         RetentionKind::ScanJournalPayload,
                         Tr::tr("扫码日志中的医保电子凭证与电子处方二维码"),
                         QStringLiteral("scan_journal_personal"),
                         QStringLiteral("scan_id"),
                         QStringLiteral("(SELECT j.scanned_at FROM scan_journal j WHERE j.id = "
                                        "scan_journal_personal.scan_id)"),
                         QStringLiteral("1"),
                         RetentionAction::Delete,
                         {},
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
        batch, QStringLiteral("sale"), [&](const QVariantList& row) -> Status {
            const QString saleNo = row.at(1).toString();
            QString plain = row.at(2).toString();
            Result<QByteArray> blob = cipher.encryptText(plain, personal::saleBuyerId(saleNo));
            const QByteArray hash = cipher.lookupHash(PersonalKind::IdNumber, plain);
            cleanse(plain);
            if (!blob)
                return blob.error();
            if (Status s = exec(db,
                                QStringLiteral("INSERT OR REPLACE INTO sale_personal (sale_no, "
                                               "buyer_id_enc, buyer_id_hash) VALUES (?, ?, ?)"),
                                {saleNo, *blob, blobOrNull(hash)},
                                Tr::tr("加密销售单 %1 的购买人身份证号").arg(saleNo));
                !s)
                return s;
            return exec(db, QStringLiteral("UPDATE sale SET buyer_id_number = '' WHERE rowid = ?"),
                        {row.at(0)}, Tr::tr("清除销售单 %1 的明文身份证号").arg(saleNo));
        });
    if (!sales)
        return sales.error();
    report.saleBuyerIds = *sales;

    Result<qint64> rx = inBatches(
        db,
        QStringLiteral("SELECT rowid, rx_no, content_hash, content, original_file FROM "
                       "prescription_content WHERE rowid > ? AND (content <> '' OR "
                       "length(original_file) > 0) ORDER BY rowid LIMIT ?"),
        batch, QStringLiteral("prescription_content"), [&](const QVariantList& row) -> Status {
            const QString rxNo = row.at(1).toString();
            const QString hash = row.at(2).toString();
            QByteArray content = row.at(3).toString().toUtf8();
            QByteArray file = row.at(4).toByteArray();
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
            if (Status s =
                    exec(db,
                         QStringLiteral("INSERT OR REPLACE INTO prescription_personal (rx_no, "
                                        "content_hash, content_enc, original_file_enc, "
                                        "patient_id_hash, patient_name_hash) VALUES "
                                        "(?, ?, ?, ?, ?, ?)"),
                         {rxNo, hash, *contentBlob, blobOrNull(*fileBlob), blobOrNull(idHash),
                          blobOrNull(nameHash)},
                         Tr::tr("加密处方 %1").arg(rxNo));
                !s)
                return s;
            return exec(db,
                        QStringLiteral("UPDATE prescription_content SET content = '', "
                                       "original_file = X'' WHERE rowid = ?"),
                        {row.at(0)}, Tr::tr("清除处方 %1 的明文内容").arg(rxNo));
        });
    if (!rx)
        return rx.error();
    report.prescriptions = *rx;

    Result<qint64> scans = inBatches(
        db,
        QStringLiteral("SELECT rowid, id, payload_hex FROM scan_journal WHERE rowid > ? AND "
                       "family IN %1 AND payload_hex <> '' ORDER BY rowid LIMIT ?")
            .arg(kPersonalFamilies),
        batch, QString(), [&](const QVariantList& row) -> Status {
            const qint64 id = row.at(1).toLongLong();
            QByteArray payload = QByteArray::fromHex(row.at(2).toString().toLatin1());
            Result<QByteArray> blob = cipher.encrypt(payload, personal::scanPayload(id));
            cleanse(payload);
            if (!blob)
                return blob.error();
            if (Status s = exec(db,
                                QStringLiteral("INSERT OR REPLACE INTO scan_journal_personal "
                                               "(scan_id, payload_enc) VALUES (?, ?)"),
                                {id, *blob}, Tr::tr("加密扫码日志"));
                !s)
                return s;
            return exec(db,
                        QStringLiteral("UPDATE scan_journal SET payload_hex = '' WHERE rowid = ?"),
                        {row.at(0)}, Tr::tr("清除扫码日志的明文内容"));
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
