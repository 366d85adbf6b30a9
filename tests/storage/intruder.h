#pragma once

// An intruder with the database file, for the tamper tests: a connection of its own, triggers
// dropped, the audit chain recomputed as someone who read the source would.

#include "storage/sqlstaffrepositories.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace pos::storagetest {

/// Runs `statements` on the file through a connection of its own, `triggers` (default: every one)
/// dropped first: an attacker has the file, not the application.
inline void tamper(const QString& path, const QStringList& statements, QStringList triggers = {})
{
    const QString name = QStringLiteral("intruder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (triggers.isEmpty()) {
            QVERIFY(
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
            while (q.next())
                triggers << q.value(0).toString();
        }
        for (const QString& t : std::as_const(triggers))
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(t)));
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + u' ' + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Recomputes the audit chain over whatever the table now holds, head included, as an intruder who
/// read the source would: the chain alone then verifies.
inline void rechain(const QString& path)
{
    const QString name = QStringLiteral("rechain");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery read(db);
        QVERIFY(read.exec(QStringLiteral(
            "SELECT seq, at, actor, action, target, detail FROM audit_log ORDER BY seq")));
        QList<QVariantList> rows;
        while (read.next())
            rows.append({read.value(0), read.value(1), read.value(2), read.value(3), read.value(4),
                         read.value(5)});
        read.finish();
        QSqlQuery q(db);
        QString prev = QStringLiteral(""); // the chain's genesis (never NULL)
        qint64 seq = 0;
        for (const QVariantList& r : rows) {
            seq = r[0].toLongLong();
            const QString hash =
                storage::SqlAuditLog::entryHash(prev, seq, r[1].toString(), r[2].toString(),
                                                r[3].toString(), r[4].toString(), r[5].toString());
            QVERIFY(q.prepare(
                QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")));
            q.addBindValue(prev);
            q.addBindValue(hash);
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            prev = hash;
        }
        QVERIFY(q.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")));
        q.addBindValue(seq);
        q.addBindValue(prev);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace pos::storagetest
