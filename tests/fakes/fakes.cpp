#include "tests/fakes/fakes.h"

#include "app/core/codes/coderecognition.h"
#include "app/core/inventory/pricing.h"

#include <algorithm>

namespace pos::fakes {

Product makeProduct(int n, const QString& name, qint64 priceFen)
{
    Product p;
    p.id = n;
    p.code = QStringLiteral("P%1").arg(n, 5, 10, QLatin1Char('0'));
    p.genericName = name;
    p.spec = QStringLiteral("10mg*20片");
    p.unit = QStringLiteral("盒");
    // A real EAN-13: the counter refuses a code whose check digit is wrong.
    const QString base = QStringLiteral("6900000%1").arg(n, 5, 10, QLatin1Char('0'));
    p.gtin = base + QString::number(codes::gs1CheckDigit(base));
    p.price = Money::fromFen(priceFen);
    p.category = InsuranceCategory::Listed;
    return p;
}

void FakeCatalog::add(const Product& p)
{
    m_products.append(p);
}

std::optional<Product> FakeCatalog::findByCode(const QString& code) const
{
    for (const Product& p : m_products)
        if (p.code == code || p.gtin == code || (!p.drugStdCode.isEmpty() && p.drugStdCode == code))
            return p;
    return std::nullopt;
}

Result<int> FakeCatalog::upsert(const QList<Product>& products)
{
    for (const Product& p : products)
        if (Result<QStringList> price = checkPriceCeiling(p); !price)
            return price.error();
    for (Product p : products) {
        auto same = std::find_if(m_products.begin(), m_products.end(),
                                 [&](const Product& q) { return q.code == p.code; });
        if (same != m_products.end()) {
            p.id = same->id;
            *same = p;
        } else {
            p.id = m_products.isEmpty() ? 1 : m_products.constLast().id + 1;
            m_products.append(p);
        }
    }
    return static_cast<int>(products.size());
}

std::optional<Product> FakeCatalog::findById(qint64 id) const
{
    for (const Product& p : m_products)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QList<Product> FakeCatalog::search(const QString& text, int limit) const
{
    QList<Product> out;
    for (const Product& p : m_products)
        if (out.size() < limit && (p.genericName.contains(text) || p.pinyin.startsWith(text)))
            out.append(p);
    return out;
}

Result<CompletedSale> FakeSaleRepository::record(const CompletedSale& sale, const AuditEvent& audit)
{
    if (failNext) {
        failNext = false;
        return makeError(ErrorCode::StorageFailure, QStringLiteral("disk full (fake)"));
    }
    CompletedSale s = sale;
    s.id = sales.size() + 1;
    s.saleNo = QStringLiteral("XS-TEST-%1").arg(s.id, 4, 10, QLatin1Char('0'));
    sales.append(s);
    AuditEvent a = audit;
    a.target = s.saleNo;
    audited.append(a);
    return s;
}

Status FakeSaleRepository::markReceiptPrinted(qint64 saleId, const QString&, bool reprint)
{
    printed.append({saleId, reprint});
    return {};
}

std::optional<CompletedSale> FakeSaleRepository::findBySaleNo(const QString& saleNo) const
{
    for (const CompletedSale& s : sales)
        if (s.saleNo == saleNo)
            return s;
    return std::nullopt;
}

Result<PrintOutcome> FakePrinter::print(const PrintDocument& document)
{
    if (failJob)
        return makeError(ErrorCode::DeviceFailure, QStringLiteral("head jammed (fake)"));
    documents.append(document);
    return PrintOutcome{QStringLiteral("FAKE-%1").arg(documents.size()), QString(), confirmation,
                        QString()};
}

std::optional<User> FakeUserRepository::findByUsername(const QString& username) const
{
    for (const User& u : users)
        if (u.username == username)
            return u;
    return std::nullopt;
}

std::optional<User> FakeUserRepository::findById(qint64 id) const
{
    for (const User& u : users)
        if (u.id == id)
            return u;
    return std::nullopt;
}

Result<User> FakeUserRepository::add(const User& user, const QString& passwordHash)
{
    User u = user;
    u.id = users.size() + 1;
    users.append(u);
    hashes.insert(u.id, passwordHash);
    return u;
}

Status FakeUserRepository::setPasswordHash(qint64 userId, const QString& passwordHash)
{
    hashes.insert(userId, passwordHash);
    return {};
}

Status FakeUserRepository::setLoginState(qint64 userId, int failedAttempts,
                                         const QDateTime& lockedUntil)
{
    for (User& u : users)
        if (u.id == userId) {
            u.failedAttempts = failedAttempts;
            u.lockedUntil = lockedUntil;
        }
    return {};
}

Result<UserRepository::LoginAttempt>
FakeUserRepository::countLoginAttempt(qint64 userId, int maxFailures, const QDateTime& now,
                                      const QDateTime& lockedUntil)
{
    for (User& u : users)
        if (u.id == userId) {
            if (u.lockedUntil.isValid() && now < u.lockedUntil)
                return LoginAttempt{0, u.lockedUntil};
            LoginAttempt a{u.failedAttempts + 1, {}};
            if (a.attempt >= maxFailures) {
                u.failedAttempts = 0;
                u.lockedUntil = lockedUntil;
                a.lockedUntil = lockedUntil;
            } else {
                u.failedAttempts = a.attempt;
            }
            return a;
        }
    return makeError(ErrorCode::NotFound, QStringLiteral("no user (fake)"));
}

Status FakeUserRepository::setActive(qint64 userId, bool active)
{
    for (User& u : users)
        if (u.id == userId)
            u.active = active;
    return {};
}

Status FakeAuditLog::append(const AuditEvent& event)
{
    if (fail)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("audit disk full (fake)"));
    events.append(event);
    return {};
}

int FakeAuditLog::count(AuditAction action) const
{
    return int(of(action).size());
}

QList<AuditEvent> FakeAuditLog::of(AuditAction action) const
{
    QList<AuditEvent> out;
    for (const AuditEvent& e : events)
        if (e.action == action)
            out << e;
    return out;
}

Result<DutyPeriod> FakeDutyRepository::open(qint64 userId, const QDateTime& start)
{
    DutyPeriod p;
    p.id = periods.size() + 1;
    p.userId = userId;
    p.start = start;
    if (const std::optional<User> u = m_users.findById(userId)) {
        p.username = u->username;
        p.displayName = u->displayName;
        p.licenceNo = u->licenceNo;
    }
    periods.append(p);
    return p;
}

Status FakeDutyRepository::close(qint64 periodId, const QDateTime& end)
{
    for (DutyPeriod& p : periods)
        if (p.id == periodId && !p.end.isValid()) {
            p.end = end;
            return {};
        }
    return makeError(ErrorCode::WrongState, QStringLiteral("closed"));
}

std::optional<DutyPeriod> FakeDutyRepository::openPeriodOf(qint64 userId) const
{
    for (const DutyPeriod& p : periods)
        if (p.userId == userId && !p.end.isValid())
            return p;
    return std::nullopt;
}

QList<DutyPeriod> FakeDutyRepository::overlapping(const QDateTime& from, const QDateTime& to) const
{
    QList<DutyPeriod> out;
    for (const DutyPeriod& p : periods)
        if (p.start < to && (!p.end.isValid() || p.end > from))
            out.append(p);
    return out;
}

Status FakePrescriptionRepository::save(const Prescription& rx)
{
    for (Prescription& p : prescriptions)
        if (p.rxNo == rx.rxNo) {
            p = rx;
            return {};
        }
    prescriptions.append(rx);
    return {};
}

std::optional<Prescription> FakePrescriptionRepository::find(const QString& rxNo) const
{
    for (const Prescription& p : prescriptions)
        if (p.rxNo == rxNo)
            return p;
    return std::nullopt;
}

QList<Prescription> FakePrescriptionRepository::awaitingReview() const
{
    QList<Prescription> out;
    for (const Prescription& p : prescriptions) {
        const QString hash = p.contentHash();
        if (std::none_of(reviews.begin(), reviews.end(), [&](const PrescriptionReview& r) {
                return r.rxNo == p.rxNo && r.contentHash == hash;
            }))
            out.append(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const Prescription& a, const Prescription& b) {
        return a.issueTime < b.issueTime;
    });
    return out;
}

Result<PrescriptionReview>
FakePrescriptionRepository::addReview(const PrescriptionReview& review,
                                      const std::optional<QJsonObject>& upload7204)
{
    if (upload7204)
        uploads7204.append(*upload7204);
    PrescriptionReview r = review;
    r.id = reviews.size() + 1;
    reviews.append(r);
    return r;
}

std::optional<PrescriptionReview>
FakePrescriptionRepository::latestReview(const QString& rxNo) const
{
    for (auto it = reviews.crbegin(); it != reviews.crend(); ++it)
        if (it->rxNo == rxNo)
            return *it;
    return std::nullopt;
}

Status FakePrescriptionRepository::markSettled(const SettledPrescription& s)
{
    if (findSettled(s.rxNo))
        return makeError(ErrorCode::RuleViolation, QStringLiteral("settled before (fake)"),
                         QStringLiteral("RX-SINGLE"));
    settled.append(s);
    return {};
}

std::optional<SettledPrescription>
FakePrescriptionRepository::findSettled(const QString& rxNo) const
{
    for (const SettledPrescription& s : settled)
        if (s.rxNo == rxNo)
            return s;
    return std::nullopt;
}

Result<CardCredential> FakeCardReader::readCard()
{
    ++reads;
    if (error)
        return *error;
    return card;
}

StaffFixture::StaffFixture(const Clock& clock)
    : auth(users, hasher, audit, clock)
    , session(auth, audit, clock)
    , access(session, audit, clock)
    , duty(dutyPeriods, access, audit, clock)
{
    add(Role::Cashier, QStringLiteral("zhangsan"), QStringLiteral("张三"));
    add(Role::Pharmacist, QStringLiteral("lisi"), QStringLiteral("李四"));
    add(Role::StoreManager, QStringLiteral("wangwu"), QStringLiteral("王五"));
    add(Role::Administrator, QStringLiteral("admin"), QStringLiteral("管理员"));
}

User StaffFixture::add(Role role, const QString& username, const QString& displayName)
{
    User u;
    u.username = username;
    u.displayName = displayName;
    u.role = role;
    if (role == Role::Pharmacist)
        u.licenceNo =
            QStringLiteral("3620180000%1").arg(users.userCount() + 1, 4, 10, QLatin1Char('0'));
    return users.add(u, hasher.hash(QString::fromLatin1(kPassword))).value();
}

void StaffFixture::loginAs(const QString& username)
{
    if (session.isLoggedIn())
        session.logout();
    Result<User> u = session.login(username, QString::fromLatin1(kPassword));
    Q_ASSERT(u.ok());
}

std::optional<TraceCodeRecord> FakeTraceCodeRegistry::find(const QString& code) const
{
    auto it = codes.constFind(code);
    if (it == codes.cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> FakeTraceCodeRegistry::productForPrefix(const QString& prefix) const
{
    auto it = prefixes.constFind(prefix);
    if (it == prefixes.cend())
        return std::nullopt;
    return *it;
}

Status FakeTraceCodeRegistry::learnPrefix(const QString& prefix, qint64 productId, const QString&,
                                          const QDateTime&)
{
    prefixes.insert(prefix, productId);
    return {};
}

void FakeTraceCodeRegistry::receive(const QString& code, qint64 productId, qint64 batchId)
{
    TraceCodeRecord r;
    r.code = code;
    r.productId = productId;
    r.batchId = batchId;
    r.received = true;
    r.purchaseDoc = QStringLiteral("GJ-TEST");
    codes.insert(code, r);
}

Cart cartOf(const QList<SaleLine>& lines)
{
    Cart cart;
    for (const SaleLine& l : lines) {
        Result<qsizetype> at = cart.addOne(l.product);
        if (!at)
            qFatal("cartOf: %s", qPrintable(at.error().message));
        if (l.unit != SaleUnit::Box && !cart.setUnit(*at, l.unit).ok())
            qFatal("cartOf: unit");
        if (!cart.setQuantity(*at, l.quantity).ok())
            qFatal("cartOf: quantity");
    }
    return cart;
}

} // namespace pos::fakes
