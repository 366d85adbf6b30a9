#pragma once

// In-memory fakes for app/core's ports, for tests that need no database or device.

#include "app/core/ports/auditlog.h"
#include "app/core/ports/cardreader.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/dutyrepository.h"
#include "app/core/ports/parkedcartstore.h"
#include "app/core/ports/passwordhasher.h"
#include "app/core/ports/paymentorderstore.h"
#include "app/core/ports/paymentprovider.h"
#include "app/core/ports/prescriptionrepository.h"
#include "app/core/ports/productcatalog.h"
#include "app/core/ports/receiptprinter.h"
#include "app/core/ports/salerepository.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/ports/userrepository.h"
#include "app/core/sale/salecontext.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <algorithm>
#include <utility>

namespace pos::fakes {

/// A product with sensible defaults: id, own code and GTIN derived from `n`.
Product makeProduct(int n, const QString& name, qint64 priceFen);

class FakeCatalog final : public ProductCatalog
{
public:
    void add(const Product& p);
    [[nodiscard]] std::optional<Product> findByCode(const QString& code) const override;
    [[nodiscard]] std::optional<Product> findById(qint64 id) const override;
    [[nodiscard]] QList<Product> search(const QString& text, int limit) const override;
    [[nodiscard]] qint64 productCount() const override { return m_products.size(); }
    [[nodiscard]] QList<Product> firstProducts(int count) const override
    {
        return m_products.mid(0, count);
    }
    /// By own code, as the SQL catalog does; a new product gets the next id.
    [[nodiscard]] Result<int> upsert(const QList<Product>& products) override;

private:
    QList<Product> m_products;
};

/// Records sales in a list (with the audit entry each was recorded with); can be told to fail
/// the next record().
class FakeSaleRepository final : public SaleRecorder, public SaleRepository
{
public:
    [[nodiscard]] Result<CompletedSale> record(const CompletedSale& sale,
                                               const AuditEvent& audit) override;
    [[nodiscard]] Status markReceiptPrinted(qint64 saleId, const QString& jobId,
                                            bool reprint) override;
    [[nodiscard]] std::optional<CompletedSale> findBySaleNo(const QString& saleNo) const override;
    [[nodiscard]] Result<std::optional<SaleReturnRecord>>
    returnOf(const QString& saleNo) const override
    {
        return returns.contains(saleNo) ? std::optional(returns.value(saleNo))
                                        : std::optional<SaleReturnRecord>();
    }

    QList<CompletedSale> sales;
    QMap<QString, SaleReturnRecord> returns; ///< by sale number
    QList<AuditEvent> audited;               ///< each recorded sale's audit entry
    QList<std::pair<qint64, bool>> printed;  ///< (sale id, reprint)
    bool failNext = false;
};

/// Records every document; its state is whatever the test sets.
class FakePrinter final : public ReceiptPrinter
{
public:
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("FakePrinter"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] PrinterStatus status() override { return {state, {}}; }
    [[nodiscard]] Result<PrintOutcome> print(const PrintDocument& document) override;
    [[nodiscard]] int widthColumns() const override { return width; }
    /// Plays a printer on a worker thread when `deferAnswers`: the job waits in `pending` until
    /// answerNext() prints it (with the settings at that moment) and answers.
    void printAsync(const PrintDocument& document, PrintDone done) override
    {
        if (!deferAnswers) {
            done(print(document));
            return;
        }
        pending.append({document, std::move(done)});
    }
    void answerNext()
    {
        auto [document, done] = pending.takeFirst();
        done(print(document));
    }

    PrinterState state = PrinterState::Ready;
    bool deferAnswers = false;
    QList<std::pair<PrintDocument, PrintDone>> pending;
    bool failJob = false;
    PrintConfirmation confirmation = PrintConfirmation::DeviceConfirmed;
    int width = 48;
    QList<PrintDocument> documents;
};

class FakeUserRepository final : public UserRepository
{
public:
    [[nodiscard]] qint64 userCount() const override { return users.size(); }
    [[nodiscard]] std::optional<User> findByUsername(const QString& username) const override;
    [[nodiscard]] std::optional<User> findById(qint64 id) const override;
    [[nodiscard]] QList<User> all() const override { return users; }
    [[nodiscard]] QString passwordHash(qint64 userId) const override
    {
        return hashes.value(userId);
    }
    [[nodiscard]] Result<User> add(const User& user, const QString& passwordHash) override;
    [[nodiscard]] Status setPasswordHash(qint64 userId, const QString& passwordHash) override;
    [[nodiscard]] Status setLoginState(qint64 userId, int failedAttempts,
                                       const QDateTime& lockedUntil) override;
    [[nodiscard]] Status setActive(qint64 userId, bool active) override;
    [[nodiscard]] Result<LoginAttempt> countLoginAttempt(qint64 userId, int maxFailures,
                                                         const QDateTime& now,
                                                         const QDateTime& lockedUntil) override;

    QList<User> users;
    QHash<qint64, QString> hashes;
};

/// Not a hash at all: tests of the services need speed, not secrecy (the real PBKDF2 hasher has
/// its own tests).
class FakePasswordHasher final : public PasswordHasher
{
public:
    [[nodiscard]] QString hash(const QString& password) override
    {
        return QStringLiteral("fake$") + password;
    }
    [[nodiscard]] bool verify(const QString& password, const QString& stored) override
    {
        return !stored.isEmpty() && stored == QStringLiteral("fake$") + password;
    }
};

class FakeAuditLog final : public AuditLog
{
public:
    [[nodiscard]] Status append(const AuditEvent& event) override;
    [[nodiscard]] QList<AuditFinding> verify() const override { return {}; }
    [[nodiscard]] qint64 entryCount() const override { return events.size(); }
    [[nodiscard]] int count(AuditAction action) const;
    /// The events of one kind, in order.
    [[nodiscard]] QList<AuditEvent> of(AuditAction action) const;

    QList<AuditEvent> events;
    bool fail = false;
};

class FakeDutyRepository final : public DutyRepository
{
public:
    explicit FakeDutyRepository(const UserRepository& users)
        : m_users(users)
    {
    }
    [[nodiscard]] Result<DutyPeriod> open(qint64 userId, const QDateTime& start) override;
    [[nodiscard]] Status close(qint64 periodId, const QDateTime& end) override;
    [[nodiscard]] std::optional<DutyPeriod> openPeriodOf(qint64 userId) const override;
    [[nodiscard]] QList<DutyPeriod> overlapping(const QDateTime& from,
                                                const QDateTime& to) const override;

    QList<DutyPeriod> periods;

private:
    const UserRepository& m_users;
};

/// Prescriptions, reviews and settled numbers in memory.
class FakePrescriptionRepository final : public PrescriptionRepository
{
public:
    [[nodiscard]] Status save(const Prescription& rx) override;
    [[nodiscard]] std::optional<Prescription> find(const QString& rxNo) const override;
    [[nodiscard]] QList<Prescription> awaitingReview() const override;
    [[nodiscard]] Result<PrescriptionReview>
    addReview(const PrescriptionReview& review,
              const std::optional<QJsonObject>& upload7204) override;
    [[nodiscard]] std::optional<PrescriptionReview>
    latestReview(const QString& rxNo) const override;
    [[nodiscard]] Status markSettled(const SettledPrescription& settled) override;
    [[nodiscard]] std::optional<SettledPrescription>
    findSettled(const QString& rxNo) const override;

    QList<Prescription> prescriptions;
    QList<PrescriptionReview> reviews;
    /// The 7204 payloads the core handed over with its reviews, in order.
    QList<QJsonObject> uploads7204;
    QList<SettledPrescription> settled;
};

/// A card reader that counts reads and answers with `card`, or `error` when set.
class FakeCardReader final : public CardReader
{
public:
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("FakeCardReader"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    [[nodiscard]] Result<CardCredential> readCard() override;
    void present() { Q_EMIT cardPresented(); }

    CardCredential card{CredentialType::SocialSecurityCard, QStringLiteral("36010219900101123X"),
                        QStringLiteral("SN0001"), QStringLiteral("赵六")};
    std::optional<Error> error;
    int reads = 0;
};

/// A cart built from sale lines through Cart's own operations (products, units, quantities).
Cart cartOf(const QList<SaleLine>& lines);

/// The sale a prescription gate belongs to, under the test's control: its ticket, state and cart.
/// newSale() is what the sale workflow does when a sale ends.
class FakeSaleContext final : public SaleContext
{
public:
    [[nodiscard]] quint64 saleTicket() const override { return ticket; }
    [[nodiscard]] SaleState saleState() const override { return state; }
    [[nodiscard]] const Cart& cart() const override { return items; }
    void setLines(const QList<SaleLine>& lines) { items = cartOf(lines); }
    void newSale()
    {
        ++ticket;
        state = SaleState::Open;
        items = Cart();
    }

    quint64 ticket = 1;
    SaleState state = SaleState::Open;
    Cart items;
};

/// The staff side of a counter on fakes: one account per role (password kPassword), a session,
/// access control and duty. Log in with loginAs().
struct StaffFixture
{
    static constexpr const char* kPassword = "pass1234";

    explicit StaffFixture(const Clock& clock);
    /// Adds an account (pharmacists get a licence number).
    User add(Role role, const QString& username, const QString& displayName);
    void loginAs(const QString& username);

    FakeUserRepository users;
    FakePasswordHasher hasher;
    FakeAuditLog audit;
    FakeDutyRepository dutyPeriods{users};
    AuthService auth;
    Session session;
    AccessControl access;
    DutyService duty;
};

/// Trace codes in memory: what a test receives, sells and teaches.
class FakeTraceCodeRegistry final : public TraceCodeRegistry
{
public:
    [[nodiscard]] std::optional<TraceCodeRecord> find(const QString& code) const override;
    [[nodiscard]] std::optional<qint64> productForPrefix(const QString& prefix) const override;
    [[nodiscard]] Status learnPrefix(const QString& prefix, qint64 productId,
                                     const QString& operatorName, const QDateTime& at) override;
    /// A box received into `batchId`.
    void receive(const QString& code, qint64 productId, qint64 batchId = 1);

    QHash<QString, TraceCodeRecord> codes;
    QHash<QString, qint64> prefixes;
};

/// Keeps every scan it is told about.
class FakeScanJournal final : public ScanJournal
{
public:
    void record(const ScanJournalEntry& entry) override { entries.append(entry); }
    [[nodiscard]] QList<ScanJournalEntry> recent(int limit) const override
    {
        QList<ScanJournalEntry> out;
        for (qsizetype i = entries.size() - 1; i >= 0 && out.size() < limit; --i)
            out.append(entries.at(i));
        return out;
    }
    QList<ScanJournalEntry> entries;
};

/// Parked carts in memory, kept as the JSON a real store encrypts (so what comes back is what
/// fromJson reads). `failNext` makes the next write fail; `unreadable` names carts that no longer
/// read back.
class FakeParkedCartStore final : public ParkedCartStore
{
public:
    [[nodiscard]] Result<QString> park(const ParkedCart& cart) override
    {
        if (std::exchange(failNext, false))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("磁盘已满"));
        ParkedCart numbered = cart;
        numbered.parkNo = QStringLiteral("GD-%1-%2").arg(cart.terminal).arg(++lastNumber);
        carts.insert(numbered.parkNo, numbered.toJson());
        return numbered.parkNo;
    }
    [[nodiscard]] Result<QList<Entry>> parkedAt(const QString& terminal) const override
    {
        QList<Entry> out;
        for (auto it = carts.cbegin(); it != carts.cend(); ++it) {
            Result<ParkedCart> c = find(it.key());
            Entry e;
            if (c)
                e.cart = *c;
            else {
                e.cart.parkNo = it.key();
                e.cart.terminal = terminal;
                e.unreadable = c.error().message;
            }
            if (e.cart.terminal == terminal)
                out.append(e);
        }
        std::sort(out.begin(), out.end(),
                  [](const Entry& a, const Entry& b) { return a.cart.parkedAt < b.cart.parkedAt; });
        return out;
    }
    [[nodiscard]] Result<ParkedCart> find(const QString& parkNo) const override
    {
        if (!carts.contains(parkNo))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有挂单 %1").arg(parkNo));
        if (unreadable.contains(parkNo))
            return makeError(ErrorCode::StorageFailure,
                             QStringLiteral("挂单 %1 无法读取").arg(parkNo));
        return ParkedCart::fromJson(carts.value(parkNo));
    }
    [[nodiscard]] Status remove(const QString& parkNo) override
    {
        if (!carts.remove(parkNo))
            return makeError(ErrorCode::NotFound, QStringLiteral("没有挂单 %1").arg(parkNo));
        return {};
    }

    QMap<QString, QByteArray> carts;
    QStringList unreadable;
    bool failNext = false;
    int lastNumber = 0;
};

/// A payment provider whose answers the test scripts: each call takes the next answer queued for
/// it (charge, query, reverse), else Paid / Paid / Reversed. Answers at once, or — with `defer` —
/// when the test calls answerNext(). Counts every call per order: a second charge of an order is
/// the defect the tests look for.
class FakePaymentProvider final : public PaymentProvider
{
public:
    [[nodiscard]] QString deviceName() const override { return QStringLiteral("FakePayment"); }
    [[nodiscard]] bool isSimulated() const override { return true; }
    void charge(const WalletCharge& c, Done done) override
    {
        charges << c;
        reply(chargeAnswers,
              WalletAnswer{WalletStatus::Paid, QStringLiteral("TXN-") + c.orderNo, {}},
              std::move(done));
    }
    void query(const QString& orderNo, Done done) override
    {
        queries << orderNo;
        reply(queryAnswers, WalletAnswer{WalletStatus::Paid, QStringLiteral("TXN-") + orderNo, {}},
              std::move(done));
    }
    void reverse(const QString& orderNo, Done done) override
    {
        reversals << orderNo;
        reply(reverseAnswers, WalletAnswer{WalletStatus::Reversed, {}, {}}, std::move(done));
    }
    void answerNext()
    {
        if (pending.isEmpty())
            return;
        auto [done, answer] = pending.takeFirst();
        done(answer);
    }

    QList<WalletCharge> charges;
    QStringList queries;
    QStringList reversals;
    QList<WalletAnswer> chargeAnswers;
    QList<WalletAnswer> queryAnswers;
    QList<WalletAnswer> reverseAnswers;
    bool defer = false;
    QList<std::pair<Done, WalletAnswer>> pending;

private:
    void reply(QList<WalletAnswer>& queue, WalletAnswer fallback, Done done)
    {
        const WalletAnswer a = queue.isEmpty() ? fallback : queue.takeFirst();
        if (defer)
            pending.append({std::move(done), a});
        else
            done(a);
    }
};

/// Wallet orders in memory; `failCreate` refuses the next create (a full disk).
class FakePaymentOrderStore final : public PaymentOrderStore
{
public:
    [[nodiscard]] Result<QString> create(const QString& terminal, TenderKind wallet, Money amount,
                                         const QDateTime& at) override
    {
        if (std::exchange(failCreate, false))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("磁盘已满"));
        WalletOrder o;
        o.orderNo = QStringLiteral("ZF-%1-%2").arg(terminal).arg(++lastNumber);
        o.terminal = terminal;
        o.wallet = wallet;
        o.amount = amount;
        o.createdAt = o.updatedAt = at;
        orders.append(o);
        return o.orderNo;
    }
    [[nodiscard]] Status update(const QString& orderNo, WalletOrderState state,
                                const QString& transactionId, const QString& reason,
                                const QDateTime& at) override
    {
        if (std::exchange(failUpdate, false))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("磁盘已满"));
        for (WalletOrder& o : orders) {
            if (o.orderNo != orderNo || o.state == WalletOrderState::Settled)
                continue;
            o.state = state;
            if (!transactionId.isEmpty())
                o.transactionId = transactionId;
            o.reason = reason;
            o.updatedAt = at;
            return {};
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("没有付款单 %1").arg(orderNo));
    }
    [[nodiscard]] Result<std::optional<WalletOrder>> find(const QString& orderNo) const override
    {
        for (const WalletOrder& o : orders) {
            if (o.orderNo == orderNo)
                return std::optional<WalletOrder>(o);
        }
        return std::optional<WalletOrder>();
    }
    [[nodiscard]] Result<QList<WalletOrder>> unresolved(const QString& terminal) const override
    {
        QList<WalletOrder> out;
        for (const WalletOrder& o : orders) {
            if (o.terminal == terminal
                && (isUnresolved(o.state) || o.state == WalletOrderState::Paid))
                out << o;
        }
        return out;
    }
    [[nodiscard]] WalletOrderState stateOf(const QString& orderNo) const
    {
        for (const WalletOrder& o : orders) {
            if (o.orderNo == orderNo)
                return o.state;
        }
        return WalletOrderState::Created;
    }

    QList<WalletOrder> orders;
    bool failCreate = false;
    bool failUpdate = false;
    int lastNumber = 0;
};

} // namespace pos::fakes
