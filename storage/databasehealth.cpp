#include "storage/databasehealth.h"

#include "storage/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace pos::storage {

namespace {
/// Translation context "DatabaseHealth" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseHealth)
};

QAtomicInt g_checkSerial;

/// A journal beside the store that SQLite may still be applying: a WAL or rollback journal with
/// content.
bool hasJournal(const QString& path)
{
    for (const char* suffix : {"-wal", "-journal"})
        if (QFileInfo(path + QLatin1String(suffix)).size() > 0)
            return true;
    return false;
}
} // namespace

Error damagedDatabase(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::StorageFailure,
                     Tr::tr("数据库文件 %1 已损坏（%2）：请停止使用本机，从备份恢复；"
                            "pharmapos verify 可列出损坏之处")
                         .arg(path, detail));
}

Status checkStoreFile(const QString& path)
{
    if (path.isEmpty() || path == u":memory:")
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("数据库文件 %1 是一个目录，不是文件：请把它移走，或用 --data-dir "
                                "指向门店真正的数据目录")
                             .arg(path));
    const qint64 size = info.size();
    if (size == 0)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法读取数据库文件 %1：%2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return damagedDatabase(path, Tr::tr("只有 %1 字节，连文件头都不完整").arg(header.size()));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return damagedDatabase(path, Tr::tr("不是 SQLite 数据库文件：文件头不对，可能被别的文件"
                                            "覆盖或写坏了"));
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damagedDatabase(path, Tr::tr("文件头里的页大小 %1 无效").arg(rawPageSize));
    // The in-header page count is trustworthy when its "version valid for" equals the change
    // counter (SQLite ≥ 3.7.0 keeps both; file format §1.3.7).
    const quint32 pages = qFromBigEndian<quint32>(h + 28);
    const bool pagesValid =
        pages > 0 && qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    if (pagesValid && size < qint64(pages) * pageSize && !hasJournal(path))
        return damagedDatabase(path, Tr::tr("文件被截短：应有 %1 字节，只有 %2 字节")
                                         .arg(qint64(pages) * pageSize)
                                         .arg(size));
    return {};
}

bool isDamage(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF; // primary code of an extended one
    return ok && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR);
}

QString databaseFileOf(const QSqlQuery& query)
{
    const QSqlDriver* driver = query.driver();
    if (!driver)
        return QString();
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QString();
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file && *file ? QFile::decodeName(file) : QStringLiteral(":memory:");
}

Result<IntegrityReport> checkIntegrity(const QString& path, IntegrityDepth depth, int maxProblems)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("数据库文件 %1 不存在").arg(path));
    IntegrityReport report;
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkStoreFile(path); !s) {
        report.problems << s.error().message;
        report.elapsedMs = timer.elapsed();
        return report; // SQLite could only add "file is not a database"
    }
    const QString name =
        QStringLiteral("pharmapos-check-%1").arg(g_checkSerial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            report.problems << db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            const QString pragma = depth == IntegrityDepth::Full ? QStringLiteral("integrity_check")
                                                                 : QStringLiteral("quick_check");
            if (!q.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(qMax(1, maxProblems)))) {
                report.problems << q.lastError().text();
            } else {
                while (q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != u"ok")
                        report.problems << line;
                }
                if (q.lastError().isValid())
                    report.problems << q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    report.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "integrity check of" << path << "took" << report.elapsedMs << "ms,"
                      << report.problems.size() << "problems";
    return report;
}

} // namespace pos::storage
