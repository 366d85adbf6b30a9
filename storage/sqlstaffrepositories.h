#pragma once

#include "app/core/ports/auditlog.h"
#include "app/core/ports/dutyrepository.h"
#include "app/core/ports/userrepository.h"

namespace pos::storage {

class Database;

/// UserRepository over SQLite.
class SqlUserRepository final : public UserRepository
{
public:
    explicit SqlUserRepository(Database& db)
        : m_db(db)
    {
    }
    [[nodiscard]] qint64 userCount() const override;
    [[nodiscard]] std::optional<User> findByUsername(const QString& username) const override;
    [[nodiscard]] std::optional<User> findById(qint64 id) const override;
    [[nodiscard]] QList<User> all() const override;
    [[nodiscard]] QString passwordHash(qint64 userId) const override;
    [[nodiscard]] Result<User> add(const User& user, const QString& passwordHash) override;
    [[nodiscard]] Status setPasswordHash(qint64 userId, const QString& passwordHash) override;
    [[nodiscard]] Status setLoginState(qint64 userId, int failedAttempts,
                                       const QDateTime& lockedUntil) override;
    [[nodiscard]] Status setActive(qint64 userId, bool active) override;
    [[nodiscard]] Result<LoginAttempt> countLoginAttempt(qint64 userId, int maxFailures,
                                                         const QDateTime& now,
                                                         const QDateTime& lockedUntil) override;

private:
    [[nodiscard]] QList<User> select(const QString& where, const QVariant& value) const;
    Database& m_db;
};

/// DutyRepository over SQLite; periods are closed once and never edited (triggers).
class SqlDutyRepository final : public DutyRepository
{
public:
    explicit SqlDutyRepository(Database& db)
        : m_db(db)
    {
    }
    [[nodiscard]] Result<DutyPeriod> open(qint64 userId, const QDateTime& start) override;
    [[nodiscard]] Status close(qint64 periodId, const QDateTime& end) override;
    [[nodiscard]] std::optional<DutyPeriod> openPeriodOf(qint64 userId) const override;
    [[nodiscard]] QList<DutyPeriod> overlapping(const QDateTime& from,
                                                const QDateTime& to) const override;

private:
    Database& m_db;
};

/// The audit trail over SQLite: append-only (triggers), each entry chained to the previous one by
/// SHA-256, the head kept in its own row. verify() names every altered, removed or reordered entry.
/// Appends one entry to the hash-chained audit trail inside the write transaction open on `db`
/// (the posting it records commits or rolls back with it).
[[nodiscard]] Status appendAuditEntry(Database& db, const AuditEvent& event);

class SqlAuditLog final : public AuditLog, public AuditTrailReader
{
public:
    explicit SqlAuditLog(Database& db)
        : m_db(db)
    {
    }
    [[nodiscard]] Status append(const AuditEvent& event) override;
    [[nodiscard]] QList<AuditFinding> verify() const override;
    [[nodiscard]] qint64 entryCount() const override;
    [[nodiscard]] Result<QList<AuditEntry>> entriesAbout(const QStringList& targets,
                                                         int limit) const override;

    /// The hash of an entry, as append() computes and verify() re-computes it.
    [[nodiscard]] static QString entryHash(const QString& prevHash, qint64 seq, const QString& at,
                                           const QString& actor, const QString& action,
                                           const QString& target, const QString& detail);

private:
    Database& m_db;
};

} // namespace pos::storage
