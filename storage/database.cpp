#include "storage/database.h"

#include "storage/databasehealth.h"
#include "storage/integrity.h"
#include "storage/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pos::storage {

namespace {

/// Translation context "Database" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QAtomicInt g_connectionSerial;

/// The migrations, numbered from 1; the file list is the schema's history and only grows.
const QStringList& migrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/storage/migrations/0001_initial.sql"),
        QStringLiteral(":/storage/migrations/0002_staff_duty_audit.sql"),
        QStringLiteral(":/storage/migrations/0003_inventory_ledger.sql"),
        QStringLiteral(":/storage/migrations/0004_stocktake.sql"),
        QStringLiteral(":/storage/migrations/0005_trace_codes_at_sale.sql"),
        QStringLiteral(":/storage/migrations/0006_prescriptions.sql"),
        QStringLiteral(":/storage/migrations/0007_sale_buyer_id.sql"),
        QStringLiteral(":/storage/migrations/0008_sale_prescription.sql"),
        QStringLiteral(":/storage/migrations/0009_personal_data_encryption.sql"),
        QStringLiteral(":/storage/migrations/0010_integrity.sql"),
        QStringLiteral(":/storage/migrations/0011_upload_queue.sql"),
        QStringLiteral(":/storage/migrations/0012_insurance_catalog.sql"),
        QStringLiteral(":/storage/migrations/0013_upload_integrity.sql"),
        QStringLiteral(":/storage/migrations/0014_stock_closing.sql"),
        QStringLiteral(":/storage/migrations/0015_stock_by_expiry.sql"),
        QStringLiteral(":/storage/migrations/0016_trace_by_batch.sql"),
        QStringLiteral(":/storage/migrations/0017_insured_settlement.sql"),
        QStringLiteral(":/storage/migrations/0018_settlement_archive.sql"),
        QStringLiteral(":/storage/migrations/0019_archive_due.sql"),
        QStringLiteral(":/storage/migrations/0020_cash_prescription_archive.sql"),
        QStringLiteral(":/storage/migrations/0021_archive_people.sql"),
        QStringLiteral(":/storage/migrations/0022_cash_return_archive.sql"),
        QStringLiteral(":/storage/migrations/0023_parked_cart.sql"),
        QStringLiteral(":/storage/migrations/0024_shift.sql"),
        QStringLiteral(":/storage/migrations/0025_tender.sql"),
        QStringLiteral(":/storage/migrations/0026_sale_lookup.sql"),
        QStringLiteral(":/storage/migrations/0027_price_override.sql"),
    };
    return files;
}

/// Splits a migration into statements: on ';' at a line's end, except inside BEGIN … END
/// (trigger bodies).
QStringList splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString& rawLine : sql.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QStringLiteral("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + u'\n';
        if (line.compare(QStringLiteral("BEGIN"), Qt::CaseInsensitive) == 0
            || line.endsWith(QStringLiteral(" BEGIN"), Qt::CaseInsensitive))
            inBody = true;
        if (inBody) {
            if (line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0) {
                out << current.trimmed();
                current.clear();
                inBody = false;
            }
        } else if (line.endsWith(u';')) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

Error sqlError(const QSqlQuery& query, const QString& what)
{
    const QString detail = query.lastError().text();
    qCWarning(lcStorage) << what << detail;
    if (isDamage(query.lastError())) // issue 12: name the file and what to do, not SQLite's words
        return damagedDatabase(databaseFileOf(query),
                               Tr::tr("%1时：%2").arg(what, query.lastError().databaseText()));
    return makeError(ErrorCode::StorageFailure, Tr::tr("%1失败：%2").arg(what, detail));
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return sqlError(query, Tr::tr("准备语句"));
    return {};
}

Status execBound(QSqlQuery& query, const QString& sql, const QVariantList& binds,
                 const QString& what)
{
    if (Status s = prepare(query, sql); !s)
        return s;
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        return sqlError(query, what);
    return {};
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_statements.clear(); // statements before the connection they belong to
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return openAtVersion(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    if (path != QStringLiteral(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("无法创建数据目录 %1").arg(info.absolutePath()));
        if (Status s = checkStoreFile(path); !s) // O(1): a directory, not SQLite, truncated
            return s.error();
    }
    const QString name =
        QStringLiteral("pharmapos-%1").arg(g_connectionSerial.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return makeError(ErrorCode::StorageFailure, Tr::tr("找不到 Qt 的 SQLite 驱动 (QSQLITE)"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    std::unique_ptr<Database> self(new Database(db, path));
    db = QSqlDatabase(); // self's is the only handle: an error below must not find it "in use"
    if (!self->m_db.open())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法打开数据库 %1：%2").arg(path, self->m_db.lastError().text()));
    // Sorts and temporary tables spill to disk (a month's ledger sorts a million movements; held
    // in memory that took over a gigabyte). A page cache sized for the store: a 64th of the file,
    // 8 to 24 MiB (SQLite's default is 2 MiB) — the hot indexes of a ten-million-movement store
    // stay in it, and a sort takes at most as much again before it spills.
    const qint64 fileBytes = path == QStringLiteral(":memory:") ? 0 : QFileInfo(path).size();
    const qint64 cacheKiB = std::clamp<qint64>(fileBytes / 64 / 1024, 8 * 1024, 24 * 1024);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = FILE"),
          QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB)}) {
        Status s = self->exec(pragma);
        if (!s)
            return s.error();
    }
    Status migrated = self->migrate(version);
    if (!migrated)
        return migrated.error();
    self->m_sealing = self->m_version >= kIntegrityVersion;
    return self;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q, sql.left(60));
    return {};
}

Result<QSqlQuery*> Database::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        // Rows are read once, in order: Qt's cache then holds one row instead of every row read.
        q->setForwardOnly(true);
        if (Status s = prepare(*q, sql); !s)
            return s.error();
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery* q = it->second.get();
    q->finish();
    return q;
}

Status Database::migrate(int targetVersion)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q, Tr::tr("读取数据库版本"));
    m_version = q.value(0).toInt();
    q.finish();
    const int latest = latestSchemaVersion();
    if (m_version > latest)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("数据库 %1 的结构版本是 %2，而本程序只认识到版本 %3："
                                "它由更新版本的 PharmaPOS 写入。请升级本程序，不要用旧版本打开它。")
                             .arg(m_path)
                             .arg(m_version)
                             .arg(latest));
    for (int v = m_version + 1; v <= qMin(targetVersion, latest); ++v) {
        QFile f(migrationFiles().at(v - 1));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("缺少迁移脚本 %1").arg(f.fileName()));
        const QString sql = QString::fromUtf8(f.readAll());
        Transaction tx(*this, Durability::Full);
        if (!tx.isActive())
            return makeError(ErrorCode::StorageFailure, Tr::tr("无法开始迁移事务"));
        for (const QString& statement : splitStatements(sql)) {
            QSqlQuery m(m_db);
            if (!m.exec(statement)) {
                // A migration's table already there: the recorded version is not the schema's.
                if (m.lastError().text().contains(QStringLiteral("already exists")))
                    return damagedDatabase(m_path, Tr::tr("记录的结构版本 %1 与内容不符：%2")
                                                       .arg(m_version)
                                                       .arg(m.lastError().databaseText()));
                return sqlError(m, Tr::tr("迁移到版本 %1").arg(v));
            }
        }
        QSqlQuery setVersion(m_db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)))
            return sqlError(setVersion, Tr::tr("写入数据库版本"));
        Status c = tx.commit();
        if (!c)
            return c;
        qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << v;
        m_version = v;
    }
    return {};
}

Transaction::Transaction(Database& db, Durability durability)
    : m_db(db)
    , m_durability(durability)
{
    if (m_db.m_inTransaction) {
        qCWarning(lcStorage) << "nested transaction refused";
        return;
    }
    if (m_durability == Durability::Full)
        (void)m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // IMMEDIATE: the write lock now, waiting (busy timeout) for another writer to finish, so this
    // transaction never fails midway because another one started writing first.
    QSqlQuery begin(m_db.connection());
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = begin.lastError().text();
        qCWarning(lcStorage) << "BEGIN IMMEDIATE failed:" << m_error;
        return;
    }
    m_db.m_inTransaction = true;
    if (m_db.m_sealing && m_db.othersWroteSinceLastCheck())
        if (Status noted = integrity::noteForeignWrites(m_db, QDateTime::currentDateTime()); !noted)
            qCWarning(lcStorage).noquote() << noted.error().message;
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db.connection());
        (void)rollback.exec(QStringLiteral("ROLLBACK"));
        m_db.m_inTransaction = false;
        qCInfo(lcStorage) << "transaction rolled back";
    }
    if (m_durability == Durability::Full)
        (void)m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status Transaction::beginError() const
{
    if (m_error.isEmpty())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法开始事务（本连接已有未结束的事务）"));
    return makeError(ErrorCode::StorageFailure,
                     Tr::tr("无法开始事务（另一个写入在 %1 秒内没有结束，或数据库不可写）：%2")
                         .arg(Database::kBusyTimeoutMs / 1000)
                         .arg(m_error));
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::StorageFailure, Tr::tr("事务未开始，无法提交"));
    // Everything this transaction wrote is sealed in it: no committed row is ever unsealed.
    if (m_db.m_sealing)
        if (Status sealed = integrity::seal(m_db, m_db.m_sealer); !sealed)
            return sealed;
    QSqlQuery commit(m_db.connection());
    if (!commit.exec(QStringLiteral("COMMIT")))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("提交失败：%1").arg(commit.lastError().text()));
    m_active = false;
    m_db.m_inTransaction = false;
    m_db.anchorIfDue();
    if (m_db.m_afterCommit)
        m_db.m_afterCommit();
    return {};
}

bool Database::othersWroteSinceLastCheck()
{
    // data_version changes only when another connection (this process's worker, another
    // process, a tool) committed: the counter writing alone never pays for the check.
    QSqlQuery q(m_db);
    const qint64 version =
        q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    const bool changed = version < 0 || version != m_checkedDataVersion;
    m_checkedDataVersion = version;
    return changed;
}

void Database::anchorIfDue()
{
    if (m_anchorPaths.isEmpty() || !m_sealing)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastAnchorMs != 0 && now - m_lastAnchorMs < kAnchorIntervalMs)
        return;
    // A missing anchor weakens what `verify` can show but loses nothing: the commit stands.
    if (Status a = anchorNow(); !a)
        qCWarning(lcStorage).noquote() << a.error().message;
}

Status Database::sealPending()
{
    if (!m_sealing)
        return {};
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.beginError();
    return tx.commit(); // commit() seals
}

Status Database::anchorNow()
{
    if (!m_sealing)
        return {};
    m_lastAnchorMs = QDateTime::currentMSecsSinceEpoch();
    Status first;
    for (const QString& path : std::as_const(m_anchorPaths))
        if (Status a = integrity::appendAnchor(*this, m_sealer, path, QDateTime::currentDateTime());
            !a && first)
            first = a;
    return first;
}

namespace {

/// The number in text[at, at + count) when every character there is a digit; -1 otherwise.
int digits(const QString& text, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

QDate dayFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return QDate(y, m, d); // invalid for a day that does not exist, as fromString
}

QDateTime timeFromText(const QString& text)
{
    if (text.isEmpty()) // an unsold box's sold_at
        return {};
    if (text.size() != 23 || text.at(10) != u' ' || text.at(13) != u':' || text.at(16) != u':'
        || text.at(19) != u'.')
        return QDateTime::fromString(text, kTimeFormat);
    const QDate day = dayFromText(text.left(10));
    const int h = digits(text, 11, 2), m = digits(text, 14, 2), s = digits(text, 17, 2),
              ms = digits(text, 20, 3);
    if (!day.isValid() || h < 0 || m < 0 || s < 0 || ms < 0 || !QTime::isValid(h, m, s, ms))
        return QDateTime::fromString(text, kTimeFormat);
    return QDateTime(day, QTime(h, m, s, ms));
}

} // namespace pos::storage
