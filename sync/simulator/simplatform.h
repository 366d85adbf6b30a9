#pragma once

#include "app/core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pos {
class Clock;
}

namespace pos::sim {

/// What the platform answers to one transaction.
struct SimAnswer
{
    int infcode = 0;
    QString errMsg;
    QJsonObject output;
};

/// The platform's business side, as the simulator plays it, over its own SQLite store: sign-in,
/// insured persons and their accounts, settlements (a 2102 lowers the personal account, 2103
/// reverses, 2601 undoes a 2102/2103 by its msgid, 3201/3202 compare with the settlements it
/// holds), the 进销存 records 3501–3506 with their queries 3508–3513 and deletion 3507,
/// e-prescriptions (7201–7204, 7207/7208: the prescriptions the in-process simulator serves) and
/// the insurance catalogue (1312 list, 1318 payment standards). Every transaction is stored under
/// its msgid in the same SQLite transaction as its effect, so a repeated msgid gets the first
/// answer and changes nothing (idempotent), and a crash never leaves one without the other. Thread:
/// the thread that opened it.
class SimPlatform
{
public:
    ~SimPlatform();
    SimPlatform(const SimPlatform&) = delete;
    SimPlatform& operator=(const SimPlatform&) = delete;

    [[nodiscard]] static Result<std::unique_ptr<SimPlatform>> open(const QString& path,
                                                                   const Clock& clock);

    /// Handles one transaction whose envelope has been checked: the stored answer when `msgid`
    /// was seen before for the same infno (`*duplicate` set), a refusal when it was seen for
    /// another, else the transaction's own answer, stored with its effect.
    [[nodiscard]] SimAnswer process(const QString& msgid, const QString& infno,
                                    const QJsonObject& envelope, const QJsonObject& input,
                                    bool* duplicate);

    /// Whether `signNo` is a current sign-in (9001, not signed out, not expired).
    [[nodiscard]] bool signValid(const QString& signNo) const;
    /// Ends every current sign-in (the "expired sign_no" fault).
    void expireSignIns();
    void setSignTtlSeconds(int seconds) { m_signTtlSeconds = seconds; }

    // The control side, for tests and demos.
    /// Upload records (3501–3506), oldest first: {id, infno, fixmedins_bchno, msgid, payload,
    /// deleted}.
    [[nodiscard]] QJsonArray records(bool includeDeleted) const;
    [[nodiscard]] Status deleteRecord(qint64 id);
    [[nodiscard]] Result<qint64> insertRecord(const QString& infno, const QJsonObject& input);
    [[nodiscard]] Status updateRecord(qint64 id, const QJsonObject& input);
    /// e-prescription uploads (7204/7207/7208), oldest first.
    [[nodiscard]] QJsonArray rxEvents() const;
    [[nodiscard]] QJsonArray settlements() const;
    [[nodiscard]] QJsonArray persons() const;
    /// Counters: transactions by infno, repeated msgids, records.
    [[nodiscard]] QJsonObject stats() const;
    /// How often each msgid arrived (a msgid counted twice was sent twice).
    [[nodiscard]] QJsonObject receipts() const;

private:
    SimPlatform(QSqlDatabase db, const Clock& clock);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status seed();
    [[nodiscard]] SimAnswer dispatch(const QString& msgid, const QString& infno,
                                     const QJsonObject& envelope, const QJsonObject& input);

    SimAnswer signIn(const QJsonObject& input);
    SimAnswer signOut(const QJsonObject& envelope, const QJsonObject& input);
    SimAnswer personInfo(const QJsonObject& input);
    SimAnswer settle(const QString& msgid, const QJsonObject& envelope, const QJsonObject& input,
                     bool commit);
    SimAnswer reverseSettlement(const QString& msgid, const QJsonObject& input);
    SimAnswer undo(const QJsonObject& input);
    SimAnswer totals(const QJsonObject& input);
    SimAnswer details(const QJsonObject& input);
    SimAnswer uploadRecord(const QString& msgid, const QString& infno, const QJsonObject& input);
    SimAnswer deleteRecords(const QJsonObject& input);
    SimAnswer queryRecords(const QString& infno, const QJsonObject& input);
    SimAnswer queryStock(const QJsonObject& input);
    SimAnswer queryTraceCodes(const QString& infno, const QJsonObject& input);
    SimAnswer rxParse(const QJsonObject& input);
    SimAnswer rxQuery(const QJsonObject& input);
    SimAnswer rxDownload(const QJsonObject& input);
    SimAnswer rxUpload(const QString& msgid, const QString& infno, const QJsonObject& input);
    SimAnswer catalogue(const QJsonObject& input);
    SimAnswer priceLimits(const QJsonObject& input);

    [[nodiscard]] QDateTime prescriptionAnchor();
    [[nodiscard]] QString nextSerial(const QString& name);
    [[nodiscard]] QString kv(const QString& key) const;
    void setKv(const QString& key, const QString& value);
    void forgetTraceCodes(qint64 recordId, const QString& infno, const QJsonObject& input);

    QSqlDatabase m_db;
    const Clock& m_clock;
    int m_signTtlSeconds = 24 * 3600;
};

} // namespace pos::sim
