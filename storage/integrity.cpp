#include "storage/integrity.h"

#include "app/core/ports/recordsealer.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/stockclosings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <fcntl.h>
#include <unistd.h>

namespace pos::storage::integrity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)
};

const QString kSegmentPurpose = QStringLiteral("integrity-segment");
const QString kStatePurpose = QStringLiteral("integrity-state");
const QString kAnchorPurpose = QStringLiteral("integrity-anchor");

/// A sealed table and the columns that never change once written (personal fields excluded:
/// they live encrypted in side tables, bound to their row by their own authenticated context).
struct TableSpec
{
    const char* name;
    const char* columns;
    /// What the rows are read from when it is not the table itself: a subquery with a column
    /// named rowid (the upload queue: a record moves to the archive once final, keeping its id).
    const char* source = nullptr;
    /// The schema version that created the table: a store held at an older one (the upgrade
    /// tests write history there) has no such table to seal yet.
    int since = 0;
};

QString from(const TableSpec& t)
{
    return QLatin1String(t.source ? t.source : t.name);
}

/// The upload queue as queued: pending records and the archive of final ones, by id (never
/// reused), each with the content it was queued with (a correction keeps the original).
constexpr const char* kUploadRecords =
    "(SELECT id AS rowid, id, infno, doc_ref, CASE WHEN original_payload <> '' THEN "
    "original_payload ELSE payload END AS payload, created_at FROM outbox UNION ALL "
    "SELECT id, id, infno, doc_ref, CASE WHEN original_payload <> '' THEN original_payload ELSE "
    "payload END, created_at FROM outbox_archive)";

const QList<TableSpec>& allChainedTables()
{
    static const QList<TableSpec> tables{
        {"audit_log", "seq, at, actor, action, target, detail, prev_hash, hash"},
        {"stock_movement",
         "id, kind, product_id, batch_id, pieces, at, operator, reason, source_doc"},
        {"batch", "id, product_id, batch_no, production_date, expiry_date, supplier, cost_fen, "
                  "created_at"},
        {"purchase_doc", "id, doc_no, supplier, purchase_date, operator, created_at, source"},
        {"purchase_line", "id, doc_id, line_no, product_id, batch_id, generic_name, manufacturer, "
                          "dosage_form, spec, batch_no, production_date, expiry_date, approval_no, "
                          "insurance_code, boxes, price_fen"},
        {"sale", "id, sale_no, sold_at, terminal, operator, total_fen, payment_method, "
                 "tendered_fen, change_fen, rx_no"},
        {"sale_line", "id, sale_id, line_no, product_id, product_name, spec, unit, quantity, "
                      "unit_price_fen, amount_fen, sale_unit, pieces"},
        {"sale_trace_code", "id, sale_id, line_no, code, batch_id"},
        {"sale_tender", "id, sale_id, seq, kind, amount_fen, reference", nullptr, 25},
        {"sale_price_override",
         "id, sale_id, line_no, list_price_fen, unit_price_fen, reason, approved_by", nullptr, 27},
        {"sale_return", "id, return_no, sale_id, returned_at, operator, reason, refund_fen"},
        {"trace_code", "code, product_id, batch_id, received_at, purchase_doc"},
        {"outbox", "id, infno, doc_ref, payload, created_at", kUploadRecords},
        {"prescription_content", "id, rx_no, content_hash"},
        {"prescription_review",
         "id, rx_no, decision, opinion, pharmacist_user_id, pharmacist_name, "
         "licence_no, insurance_phar_code, reviewed_at, content_hash, "
         "long_term_confirmed"},
        {"prescription_settled", "rx_no, settled_at, place, reference"},
        {"duty_period", "id, user_id, started_at"},
        {"stocktake", "id, sheet_no, scope, created_at, created_by"},
        {"receipt_print", "id, sale_id, job_id, reprint, printed_at"},
        {"integrity_event", "id, at, table_name, kind, detail"},
    };
    return tables;
}

/// The chained tables `db`'s schema has.
QList<TableSpec> chainedTables(const Database& db)
{
    QList<TableSpec> out;
    for (const TableSpec& t : allChainedTables())
        if (t.since <= db.schemaVersion())
            out << t;
    return out;
}

const QList<TableSpec>& stateTables()
{
    static const QList<TableSpec> tables{
        {"app_user", "id, username, display_name, role, licence_no, insurance_phar_code, "
                     "password_hash, active"},
    };
    return tables;
}

QByteArray initialDigest(const QString& table)
{
    return QCryptographicHash::hash(QByteArray(QByteArray("PPOS-SEAL-1|") + table.toUtf8()),
                                    QCryptographicHash::Sha256);
}

/// One row's columns, each length-prefixed so no two different rows serialise alike.
QByteArray rowBytes(const QSqlQuery& q, int firstColumn, int columns)
{
    QByteArray out;
    for (int i = firstColumn; i < firstColumn + columns; ++i) {
        const QVariant v = q.value(i);
        const QByteArray b =
            v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        out += QByteArray::number(b.size()) + ':' + b + '|';
    }
    return out;
}

QByteArray extend(const QByteArray& digest, const QByteArray& row)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(digest);
    h.addData(row);
    return h.result();
}

struct Segment
{
    int segment = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 count = 0;
    QByteArray digest;
    QByteArray mac;
    bool closed = false;
};

QByteArray segmentData(const QString& table, const Segment& s)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|")
               .arg(table)
               .arg(s.segment)
               .arg(s.firstId)
               .arg(s.lastId)
               .arg(s.count)
               .arg(s.closed ? 1 : 0)
               .toUtf8()
           + s.digest;
}

int columnCount(const char* columns)
{
    return int(QByteArray(columns).count(',')) + 1;
}

Result<QList<Segment>> loadSegments(Database& db, const QString& table)
{
    Result<QSqlQuery*> q = db.statement(
        QStringLiteral("SELECT segment, first_id, last_id, row_count, digest, mac, closed "
                       "FROM integrity_segment WHERE table_name = ? ORDER BY segment"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, table);
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("读取封存段"));
    QList<Segment> out;
    while ((*q)->next())
        out.append(Segment{(*q)->value(0).toInt(), (*q)->value(1).toLongLong(),
                           (*q)->value(2).toLongLong(), (*q)->value(3).toLongLong(),
                           (*q)->value(4).toByteArray(), (*q)->value(5).toByteArray(),
                           (*q)->value(6).toBool()});
    (*q)->finish();
    return out;
}

/// The table's newest segment, if any: what seal() extends (never all of them — the cost of a
/// commit must not grow with the store's history).
Result<std::optional<Segment>> lastSegment(Database& db, const QString& table)
{
    Result<QSqlQuery*> q = db.statement(QStringLiteral(
        "SELECT segment, first_id, last_id, row_count, digest, mac, closed "
        "FROM integrity_segment WHERE table_name = ? ORDER BY segment DESC LIMIT 1"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, table);
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("读取封存段"));
    std::optional<Segment> out;
    if ((*q)->next())
        out = Segment{(*q)->value(0).toInt(),       (*q)->value(1).toLongLong(),
                      (*q)->value(2).toLongLong(),  (*q)->value(3).toLongLong(),
                      (*q)->value(4).toByteArray(), (*q)->value(5).toByteArray(),
                      (*q)->value(6).toBool()};
    (*q)->finish();
    return out;
}

/// For every chained table, the last rowid its seals cover and the highest rowid it holds — one
/// statement, prepared once: every write transaction asks at its start and at its commit, and
/// asking table by table cost two statements per table each time (a third of a sale's).
/// Tables where the two differ are the only ones with unsealed rows. A table read through a
/// source of its own (the upload queue and its archive) is left out: hasUnsealed() says yes and
/// the caller reads it as before.
Result<QHash<QString, std::pair<qint64, qint64>>> sealedAndHighest(Database& db)
{
    thread_local QHash<int, QString> byVersion; // a store is at one version per thread
    QString& sql = byVersion[db.schemaVersion()];
    if (sql.isEmpty())
        sql = [&db] {
            QStringList parts;
            for (const TableSpec& t : chainedTables(db))
                if (!t.source)
                    parts << QStringLiteral(
                                 "SELECT '%1', (SELECT last_id FROM integrity_segment "
                                 "WHERE table_name = '%1' ORDER BY segment DESC LIMIT 1), "
                                 "(SELECT MAX(rowid) FROM %1)")
                                 .arg(QLatin1String(t.name));
            return parts.join(QStringLiteral(" UNION ALL "));
        }();
    Result<QSqlQuery*> q = db.statement(sql);
    if (!q)
        return q.error();
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("读取封存段"));
    QHash<QString, std::pair<qint64, qint64>> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString(),
                   {(*q)->value(1).toLongLong(), (*q)->value(2).toLongLong()});
    if ((*q)->lastError().isValid())
        return sqlError(**q, Tr::tr("读取封存段"));
    (*q)->finish();
    return out;
}

/// True when `table` holds rows its seals do not cover yet (per sealedAndHighest()).
bool hasUnsealed(const QHash<QString, std::pair<qint64, qint64>>& ids, const QString& table)
{
    const auto it = ids.constFind(table);
    return it == ids.cend() || it->second > it->first;
}

Status writeSegment(Database& db, const QString& table, Segment& s, const RecordSealer* sealer,
                    bool exists)
{
    s.mac.clear();
    if (sealer) {
        Result<QByteArray> mac = sealer->mac(segmentData(table, s), kSegmentPurpose);
        if (!mac)
            return mac.error();
        s.mac = *mac;
    }
    Result<QSqlQuery*> q = db.statement(
        exists ? QStringLiteral("UPDATE integrity_segment SET first_id = ?, last_id = ?, "
                                "row_count = ?, digest = ?, mac = ?, closed = ? "
                                "WHERE table_name = ? AND segment = ?")
               : QStringLiteral("INSERT INTO integrity_segment (first_id, last_id, row_count, "
                                "digest, mac, closed, table_name, segment) "
                                "VALUES (?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    const QVariantList values{s.firstId,
                              s.lastId,
                              s.count,
                              s.digest,
                              s.mac.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : s.mac,
                              s.closed ? 1 : 0,
                              table,
                              s.segment};
    for (int i = 0; i < values.size(); ++i)
        (*q)->bindValue(i, values.at(i));
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("写入封存段"));
    return {};
}

Result<QByteArray> stateDigest(Database& db, const TableSpec& t)
{
    Result<QSqlQuery*> q = db.statement(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                            .arg(QLatin1String(t.columns), QLatin1String(t.name)));
    if (!q)
        return q.error();
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("读取 %1").arg(QLatin1String(t.name)));
    QByteArray digest = initialDigest(QLatin1String(t.name));
    const int n = columnCount(t.columns);
    while ((*q)->next())
        digest = extend(digest, rowBytes(**q, 0, n));
    if ((*q)->lastError().isValid())
        return sqlError(**q, Tr::tr("读取 %1").arg(QLatin1String(t.name)));
    (*q)->finish();
    return digest;
}

QByteArray stateData(const QString& table, const QByteArray& digest)
{
    return table.toUtf8() + '|' + digest;
}

} // namespace

namespace {

Status insertEvent(Database& db, const QDateTime& at, const QString& table, const QString& kind,
                   const QString& detail)
{
    Result<QSqlQuery*> q = db.statement(QStringLiteral(
        "INSERT INTO integrity_event (at, table_name, kind, detail) VALUES (?,?,?,?)"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    (*q)->bindValue(1, table);
    (*q)->bindValue(2, kind);
    (*q)->bindValue(3, detail);
    if (!(*q)->exec())
        return sqlError(**q, Tr::tr("记录封存事件"));
    return {};
}

} // namespace

Status noteForeignWrites(Database& db, const QDateTime& at)
{
    // The first write after the seals arrived: the history as it stands is sealed, once.
    Result<QSqlQuery*> initial = db.statement(
        QStringLiteral("SELECT COUNT(*) FROM integrity_state WHERE table_name = '#initial'"));
    if (!initial)
        return initial.error();
    if (!(*initial)->exec() || !(*initial)->next())
        return sqlError(**initial, Tr::tr("读取封存状态"));
    const bool first = (*initial)->value(0).toInt() > 0;
    (*initial)->finish();
    if (first) {
        if (Status d = db.exec(
                QStringLiteral("DELETE FROM integrity_state WHERE table_name = '#initial'"));
            !d)
            return d;
        return insertEvent(db, at, QStringLiteral("*"), QStringLiteral("initial"),
                           Tr::tr("首次封存：此前的全部记录按现状封存"));
    }
    struct Found
    {
        QString table, kind, detail;
    };
    QList<Found> found;
    Result<QHash<QString, std::pair<qint64, qint64>>> ids = sealedAndHighest(db);
    if (!ids)
        return ids.error();
    for (const TableSpec& t : chainedTables(db)) {
        const QString table = QLatin1String(t.name);
        if (!hasUnsealed(*ids, table))
            continue;
        Result<std::optional<Segment>> last = lastSegment(db, table);
        if (!last)
            return last.error();
        Result<QSqlQuery*> q = db.statement(
            QStringLiteral("SELECT COUNT(*), MIN(rowid), MAX(rowid) FROM %1 WHERE rowid > ?")
                .arg(from(t)));
        if (!q)
            return q.error();
        (*q)->bindValue(0, *last ? (*last)->lastId : 0);
        if (!(*q)->exec() || !(*q)->next())
            return sqlError(**q, Tr::tr("检查 %1").arg(table));
        const qint64 n = (*q)->value(0).toLongLong();
        if (n > 0)
            found.append({table, QStringLiteral("foreign_rows"),
                          Tr::tr("id %1–%2 共 %3 行不是 PharmaPOS 写入的（在其下次写入前发现，"
                                 "随后按现状封存）")
                              .arg((*q)->value(1).toLongLong())
                              .arg((*q)->value(2).toLongLong())
                              .arg(n)});
        (*q)->finish();
    }
    for (const TableSpec& t : stateTables()) {
        const QString table = QLatin1String(t.name);
        Result<QByteArray> digest = stateDigest(db, t);
        if (!digest)
            return digest.error();
        Result<QSqlQuery*> q =
            db.statement(QStringLiteral("SELECT digest FROM integrity_state WHERE table_name = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, table);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("读取封存状态"));
        const bool changed = (*q)->next() && (*q)->value(0).toByteArray() != *digest;
        (*q)->finish();
        if (changed)
            found.append(
                {table, QStringLiteral("foreign_state"),
                 Tr::tr("内容在 PharmaPOS 之外被改动（角色、密码或启用状态），在其下次写入前"
                        "发现")});
    }
    for (const Found& f : found) {
        qCCritical(lcStorage).noquote() << "integrity:" << f.table << f.detail;
        if (Status s = insertEvent(db, at, f.table, f.kind, f.detail); !s)
            return s;
    }
    return {};
}

Result<bool> hasKeyedSeals(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM integrity_segment WHERE mac IS NOT "
                               "NULL) OR EXISTS (SELECT 1 FROM integrity_state WHERE mac IS NOT "
                               "NULL)"))
        || !q.next())
        return sqlError(q, Tr::tr("读取封存段"));
    return q.value(0).toBool();
}

QList<crypto::SqlMacHolderSpec> macHolders()
{
    crypto::SqlMacHolderSpec segments;
    segments.name = QStringLiteral("integrity_segment");
    segments.table = QStringLiteral("integrity_segment");
    segments.tokenColumn = QStringLiteral("mac");
    segments.purpose = kSegmentPurpose;
    segments.data = [](Database& db, qint64 rowid) -> Result<QByteArray> {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT table_name, segment, first_id, last_id, row_count, "
                                 "digest, closed FROM integrity_segment WHERE rowid = ?"));
        q.addBindValue(rowid);
        if (!q.exec() || !q.next())
            return sqlError(q, Tr::tr("读取封存段"));
        const Segment s{q.value(1).toInt(),      q.value(2).toLongLong(),  q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toByteArray(), {},
                        q.value(6).toBool()};
        return segmentData(q.value(0).toString(), s);
    };
    crypto::SqlMacHolderSpec state;
    state.name = QStringLiteral("integrity_state");
    state.table = QStringLiteral("integrity_state");
    state.tokenColumn = QStringLiteral("mac");
    state.purpose = kStatePurpose;
    state.data = [](Database& db, qint64 rowid) -> Result<QByteArray> {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT table_name, digest FROM integrity_state WHERE rowid = ?"));
        q.addBindValue(rowid);
        if (!q.exec() || !q.next())
            return sqlError(q, Tr::tr("读取封存状态"));
        return stateData(q.value(0).toString(), q.value(1).toByteArray());
    };
    return {segments, state};
}

QStringList sealedColumns(const QString& table)
{
    for (const QList<TableSpec>* specs : {&allChainedTables(), &stateTables()})
        for (const TableSpec& t : *specs)
            if (table == QLatin1String(t.name)) {
                QStringList out;
                for (const QString& c : QString::fromLatin1(t.columns).split(u','))
                    out << c.trimmed();
                return out;
            }
    return {};
}

QStringList protectedTables()
{
    QStringList out;
    for (const TableSpec& t : allChainedTables())
        out << QLatin1String(t.name);
    for (const TableSpec& t : stateTables())
        out << QLatin1String(t.name);
    return out;
}

Status seal(Database& db, const RecordSealer* sealer)
{
    Result<QHash<QString, std::pair<qint64, qint64>>> ids = sealedAndHighest(db);
    if (!ids)
        return ids.error();
    for (const TableSpec& t : chainedTables(db)) {
        const QString table = QLatin1String(t.name);
        if (!hasUnsealed(*ids, table))
            continue;
        Result<std::optional<Segment>> last = lastSegment(db, table);
        if (!last)
            return last.error();
        Segment open;
        bool exists = false;
        if (*last && !(*last)->closed) {
            open = **last;
            exists = true;
        } else if (*last) {
            open = Segment{(*last)->segment + 1, 0, (*last)->lastId, 0, (*last)->digest, {}, false};
        } else {
            open = Segment{0, 0, 0, 0, initialDigest(table), {}, false};
        }
        Result<QSqlQuery*> q =
            db.statement(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid")
                             .arg(QLatin1String(t.columns), from(t)));
        if (!q)
            return q.error();
        (*q)->bindValue(0, open.lastId);
        if (!(*q)->exec())
            return sqlError(**q, Tr::tr("封存 %1").arg(table));
        const int n = columnCount(t.columns);
        // Rows are read whole first: writing segments while the cursor is open is allowed in
        // SQLite, but reading to the end keeps the statement simple to reason about.
        QList<std::pair<qint64, QByteArray>> rows;
        while ((*q)->next())
            rows.append({(*q)->value(0).toLongLong(), rowBytes(**q, 1, n)});
        if ((*q)->lastError().isValid())
            return sqlError(**q, Tr::tr("封存 %1").arg(table));
        (*q)->finish();
        if (rows.isEmpty())
            continue;
        for (const auto& [rowid, bytes] : rows) {
            if (open.count == 0)
                open.firstId = rowid;
            open.digest = extend(open.digest, bytes);
            open.lastId = rowid;
            ++open.count;
            if (open.count == kSegmentRows) {
                open.closed = true;
                if (Status w = writeSegment(db, table, open, sealer, exists); !w)
                    return w;
                open = Segment{open.segment + 1, 0, open.lastId, 0, open.digest, {}, false};
                exists = false;
            }
        }
        if (open.count > 0)
            if (Status w = writeSegment(db, table, open, sealer, exists); !w)
                return w;
    }
    for (const TableSpec& t : stateTables()) {
        const QString table = QLatin1String(t.name);
        Result<QByteArray> digest = stateDigest(db, t);
        if (!digest)
            return digest.error();
        Result<QSqlQuery*> read = db.statement(
            QStringLiteral("SELECT digest, mac FROM integrity_state WHERE table_name = ?"));
        if (!read)
            return read.error();
        (*read)->bindValue(0, table);
        if (!(*read)->exec())
            return sqlError(**read, Tr::tr("读取封存状态"));
        // Unchanged and already MACed (or no key to MAC with): nothing to write.
        const bool same = (*read)->next() && (*read)->value(0).toByteArray() == *digest
                          && (!sealer || !(*read)->value(1).toByteArray().isEmpty());
        (*read)->finish();
        if (same)
            continue;
        QVariant mac(QMetaType(QMetaType::QByteArray));
        if (sealer) {
            Result<QByteArray> m = sealer->mac(stateData(table, *digest), kStatePurpose);
            if (!m)
                return m.error();
            mac = *m;
        }
        Result<QSqlQuery*> w = db.statement(QStringLiteral(
            "INSERT INTO integrity_state (table_name, digest, mac) VALUES (?,?,?) "
            "ON CONFLICT (table_name) DO UPDATE SET digest = excluded.digest, mac = excluded.mac"));
        if (!w)
            return w.error();
        (*w)->bindValue(0, table);
        (*w)->bindValue(1, *digest);
        (*w)->bindValue(2, mac);
        if (!(*w)->exec())
            return sqlError(**w, Tr::tr("写入封存状态"));
    }
    return {};
}

Result<QByteArray> anchorLine(Database& db, const RecordSealer* sealer, const QDateTime& at)
{
    QJsonObject tables;
    for (const TableSpec& t : chainedTables(db)) {
        const QString table = QLatin1String(t.name);
        Result<std::optional<Segment>> last = lastSegment(db, table);
        if (!last)
            return last.error();
        if (!*last)
            continue;
        const Segment& s = **last;
        tables.insert(
            table, QJsonArray{s.segment, s.lastId, s.count, QString::fromLatin1(s.digest.toHex())});
    }
    QJsonObject body{{QStringLiteral("v"), 1},
                     {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("tables"), tables}};
    const QByteArray content = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (sealer) {
        Result<QByteArray> sig = sealer->sign(content, kAnchorPurpose);
        if (!sig)
            return sig.error();
        body.insert(QStringLiteral("sig"), QString::fromLatin1(sig->toBase64()));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

/// The seal heads the file's last anchor names (empty when none): an unchanged store is not
/// anchored again, so the file grows with the work done, not with the hours the counter is open.
QJsonObject lastAnchoredTables(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 tail = 64 * 1024;
    if (f.size() > tail)
        f.seek(f.size() - tail);
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last())
        .object()
        .value(QStringLiteral("tables"))
        .toObject();
}

} // namespace

Status appendAnchor(Database& db, const RecordSealer* sealer, const QString& path,
                    const QDateTime& at)
{
    Result<QByteArray> line = anchorLine(db, sealer, at);
    if (!line)
        return line.error();
    const QJsonObject tables =
        QJsonDocument::fromJson(*line).object().value(QStringLiteral("tables")).toObject();
    if (tables == lastAnchoredTables(path))
        return {};
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入锚点文件 %1").arg(path));
    const QByteArray data = *line + '\n';
    const bool ok =
        ::write(fd, data.constData(), size_t(data.size())) == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入锚点文件 %1").arg(path));
    qCDebug(lcStorage).noquote() << "integrity anchor" << QString::fromUtf8(*line);
    return {};
}

namespace {

/// What the anchors say about one table: per segment, the digests at the ids they were taken at.
struct AnchorPoint
{
    qint64 lastId = 0;
    QByteArray digest;
    QString at;
};

void verifyTable(Database& db, const TableSpec& t, const RecordSealer* sealer,
                 const QHash<int, QList<AnchorPoint>>& anchors, QList<IntegrityFinding>& out)
{
    const QString table = QLatin1String(t.name);
    const auto finding = [&](const QString& problem) { out.append({table, problem}); };
    Result<QList<Segment>> stored = loadSegments(db, table);
    if (!stored) {
        finding(stored.error().message);
        return;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                    .arg(QLatin1String(t.columns), from(t)))) {
        finding(Tr::tr("无法读取：%1").arg(q.lastError().text()));
        return;
    }
    const int n = columnCount(t.columns);
    // The anchors' points by the row they were taken at: one lookup per row, however many anchors.
    QMultiHash<qint64, std::pair<int, const AnchorPoint*>> byRow;
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it)
        for (const AnchorPoint& a : it.value())
            byRow.insert(a.lastId, {it.key(), &a});
    QSet<const AnchorPoint*> reached; // anchor points whose row is still where it was
    QByteArray previous = initialDigest(table);
    int si = 0;
    Segment running{0, 0, 0, 0, previous, {}, false};
    qint64 unsealed = 0;
    qint64 firstUnsealed = 0;
    // Segment boundaries follow the stored segments (a difference in one segment is named there
    // and does not spill into the next): each segment's recomputation starts from the stored
    // digest of the one before it.
    const auto finishSegment = [&]() {
        const Segment& s = stored->at(si);
        if (s.segment != si)
            finding(Tr::tr("封存段编号不连续：第 %1 段之前的段缺失").arg(s.segment));
        if (running.count != s.count || running.digest != s.digest)
            finding(
                Tr::tr(
                    "第 %1 段（id %2–%3）的内容与封存时不同：有行被改动、删除或插入（封存 %4 行，现有 %5 行）")
                    .arg(s.segment)
                    .arg(s.firstId)
                    .arg(s.lastId)
                    .arg(s.count)
                    .arg(running.count));
        if (sealer) {
            if (s.mac.isEmpty())
                finding(Tr::tr("第 %1 段没有 MAC（在没有店铺密钥的情况下写入）").arg(s.segment));
            else if (Status m = sealer->verifyMac(segmentData(table, s), s.mac, kSegmentPurpose);
                     !m)
                finding(Tr::tr("第 %1 段的 MAC 不符：封存记录被伪造或改动（%2）")
                            .arg(s.segment)
                            .arg(m.error().message));
        }
        previous = s.digest;
        ++si;
        running = Segment{si, 0, 0, 0, previous, {}, false};
    };
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        while (si < stored->size() && rowid > stored->at(si).lastId)
            finishSegment();
        if (si >= stored->size()) {
            if (unsealed++ == 0)
                firstUnsealed = rowid;
            continue;
        }
        running.digest = extend(running.digest, rowBytes(q, 1, n));
        ++running.count;
        for (auto it = byRow.constFind(rowid); it != byRow.cend() && it.key() == rowid; ++it) {
            if (it->first != si)
                continue;
            reached.insert(it->second);
            if (it->second->digest != running.digest)
                finding(Tr::tr("与 %1 的锚点不符：第 %2 段到 id %3 为止的内容已被改动")
                            .arg(it->second->at)
                            .arg(si)
                            .arg(rowid));
        }
    }
    if (q.lastError().isValid())
        finding(Tr::tr("读取中断：%1").arg(q.lastError().text()));
    while (si < stored->size())
        finishSegment();
    if (unsealed > 0)
        finding(Tr::tr("%1 行未封存（id ≥ %2）：在 PharmaPOS 之外写入")
                    .arg(unsealed)
                    .arg(firstUnsealed));
    // Anchors naming a row the database no longer holds where it was: a restored older copy, a
    // cut tail, an emptied and restarted table.
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it)
        for (const AnchorPoint& a : it.value())
            if (!reached.contains(&a))
                finding(
                    Tr::tr(
                        "%1 的锚点记录了第 %2 段到 id %3，数据库里已没有：数据被删除、截短或回退到旧副本")
                        .arg(a.at)
                        .arg(it.key())
                        .arg(a.lastId));
}

/// The anchors in `paths` by table; findings for lines that do not verify.
QHash<QString, QHash<int, QList<AnchorPoint>>>
readAnchors(const QStringList& paths, const RecordSealer* sealer, QList<IntegrityFinding>& out)
{
    QHash<QString, QHash<int, QList<AnchorPoint>>> byTable;
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly)) {
            out.append({QStringLiteral("anchors"), Tr::tr("无法读取锚点文件 %1").arg(path)});
            continue;
        }
        int lineNo = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            ++lineNo;
            if (line.isEmpty())
                continue;
            QJsonObject body = QJsonDocument::fromJson(line).object();
            const QByteArray sig =
                QByteArray::fromBase64(body.take(QStringLiteral("sig")).toString().toLatin1());
            const QByteArray content = QJsonDocument(body).toJson(QJsonDocument::Compact);
            if (body.isEmpty()) {
                out.append({QStringLiteral("anchors"),
                            Tr::tr("%1 第 %2 行不是锚点记录").arg(path).arg(lineNo)});
                continue;
            }
            // Signed, not MACed: an anchor must stay verifiable after a key rotation destroys the
            // old secret (the retired public keys are kept).
            if (sealer && !sealer->verifySignature(content, sig, kAnchorPurpose)) {
                out.append(
                    {QStringLiteral("anchors"),
                     Tr::tr("%1 第 %2 行的签名不符：锚点被伪造或改动").arg(path).arg(lineNo)});
                continue;
            }
            const QString at = body.value(QStringLiteral("at")).toString();
            const QJsonObject tables = body.value(QStringLiteral("tables")).toObject();
            for (auto it = tables.begin(); it != tables.end(); ++it) {
                const QJsonArray a = it.value().toArray();
                byTable[it.key()][a.at(0).toInt()].append(
                    AnchorPoint{qint64(a.at(1).toDouble()),
                                QByteArray::fromHex(a.at(3).toString().toLatin1()), at});
            }
        }
    }
    return byTable;
}

} // namespace

QList<IntegrityFinding> verify(Database& db, const RecordSealer* sealer,
                               const QStringList& anchorPaths)
{
    QList<IntegrityFinding> out;
    const auto anchors = readAnchors(anchorPaths, sealer, out);
    for (const TableSpec& t : chainedTables(db))
        verifyTable(db, t, sealer, anchors.value(QLatin1String(t.name)), out);
    for (const TableSpec& t : stateTables()) {
        const QString table = QLatin1String(t.name);
        Result<QByteArray> digest = stateDigest(db, t);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT digest, mac FROM integrity_state WHERE table_name = ?"));
        q.addBindValue(table);
        if (!digest || !q.exec() || !q.next()) {
            out.append({table, Tr::tr("没有封存状态")});
            continue;
        }
        if (q.value(0).toByteArray() != *digest)
            out.append(
                {table,
                 Tr::tr("内容在最后一次封存后被改动（角色、密码或启用状态不经 PharmaPOS 变更）")});
        if (sealer
            && !sealer->verifyMac(stateData(table, q.value(0).toByteArray()),
                                  q.value(1).toByteArray(), kStatePurpose))
            out.append({table, Tr::tr("封存状态的 MAC 不符：被伪造或改动")});
    }
    // What the seals found written outside PharmaPOS (the first sealing of the history excepted).
    QSqlQuery events(db.connection());
    if (events.exec(QStringLiteral("SELECT id, at, table_name, kind, detail FROM integrity_event "
                                   "ORDER BY id"))) {
        while (events.next()) {
            const bool initial = events.value(3).toString() == QStringLiteral("initial");
            if (initial && events.value(0).toLongLong() == 1)
                continue;
            out.append({events.value(2).toString(),
                        initial
                            ? Tr::tr("%1 又一次“首次封存”：封存被人为重置过")
                                  .arg(events.value(1).toString())
                            : Tr::tr("%1 发现：%2")
                                  .arg(events.value(1).toString(), events.value(4).toString())});
        }
    } else {
        out.append({QStringLiteral("integrity_event"), events.lastError().text()});
    }
    // INV-LEDGER: each balance is the sum of its movements.
    QSqlQuery balances(db.connection());
    if (balances.exec(QStringLiteral(
            "SELECT b.batch_id, b.pieces, COALESCE(m.total, 0) FROM stock_balance b "
            "LEFT JOIN (SELECT batch_id, SUM(pieces) AS total FROM stock_movement GROUP BY batch_id) m "
            "ON m.batch_id = b.batch_id WHERE b.pieces <> COALESCE(m.total, 0) "
            "UNION ALL SELECT m.batch_id, 0, m.total FROM (SELECT batch_id, SUM(pieces) AS total "
            "FROM stock_movement GROUP BY batch_id) m WHERE m.batch_id NOT IN "
            "(SELECT batch_id FROM stock_balance) AND m.total <> 0"))) {
        while (balances.next())
            out.append(
                {QStringLiteral("stock_balance"), Tr::tr("批次 %1 的余额 %2 与库存变动合计 %3 不符")
                                                      .arg(balances.value(0).toLongLong())
                                                      .arg(balances.value(1).toLongLong())
                                                      .arg(balances.value(2).toLongLong())});
    } else {
        out.append({QStringLiteral("stock_balance"), balances.lastError().text()});
    }
    // The month-end closings (derived, not sealed): each equals the sum of its movements.
    if (Result<QList<QString>> closings = checkClosings(db); closings) {
        for (const QString& problem : std::as_const(*closings))
            out.append({QStringLiteral("stock_closing"), problem});
    } else {
        out.append({QStringLiteral("stock_closing"), closings.error().message});
    }
    // INV-TRACE: every sold box's code agrees with its sale, and every sale's boxes are sold.
    QSqlQuery codes(db.connection());
    if (codes.exec(QStringLiteral(
            "SELECT t.code, t.sale_no, '' FROM trace_code t WHERE t.sale_no <> '' AND NOT EXISTS "
            "(SELECT 1 FROM sale_trace_code x JOIN sale s ON s.id = x.sale_id WHERE x.code = t.code "
            "AND s.sale_no = t.sale_no AND x.returned_at = '') "
            "UNION ALL SELECT x.code, '', s.sale_no FROM sale_trace_code x JOIN sale s ON "
            "s.id = x.sale_id WHERE x.returned_at = '' AND NOT EXISTS (SELECT 1 FROM trace_code t "
            "WHERE t.code = x.code AND t.sale_no = s.sale_no)"))) {
        while (codes.next())
            out.append({QStringLiteral("trace_code"),
                        codes.value(1).toString().isEmpty()
                            ? Tr::tr("追溯码 %1 随销售单 %2 售出，但码表里不是已售")
                                  .arg(codes.value(0).toString(), codes.value(2).toString())
                            : Tr::tr("追溯码 %1 记为随 %2 售出，但该销售单没有这一盒")
                                  .arg(codes.value(0).toString(), codes.value(1).toString())});
    } else {
        out.append({QStringLiteral("trace_code"), codes.lastError().text()});
    }
    return out;
}

} // namespace pos::storage::integrity
