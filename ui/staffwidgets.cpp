#include "ui/staffwidgets.h"

#include "app/core/ports/userrepository.h"
#include "app/core/staff/authservice.h"
#include "app/core/staff/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {

QLineEdit* passwordField(QWidget* parent, const char* objectName)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setEchoMode(QLineEdit::Password);
    e->setAttribute(Qt::WA_InputMethodEnabled, false);
    return e;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setStyleSheet(QStringLiteral("color: #c00; font-weight: bold;"));
    l->setWordWrap(true);
    return l;
}

/// A centred card on a plain page.
QVBoxLayout* card(QWidget* page, const QString& title)
{
    auto* outer = new QVBoxLayout(page);
    auto* box = new QWidget(page);
    box->setFixedWidth(460); // a fixed width lets wrapped hints take the height they need
    box->setStyleSheet(QStringLiteral("QLineEdit { min-height: 32px; font-size: 16px; } "
                                      "QPushButton { min-height: 34px; font-size: 16px; }"));
    auto* inner = new QVBoxLayout(box);
    auto* heading = new QLabel(title, box);
    heading->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    inner->addWidget(heading);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    return inner;
}

} // namespace

LoginWidget::LoginWidget(Session& session, const QString& hint, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginPage"));
    QVBoxLayout* layout = card(this, tr("登录收银台"));
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("usernameEdit"));
    m_user->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_password = passwordField(this, "passwordEdit");
    form->addRow(tr("账号"), m_user);
    form->addRow(tr("密码"), m_password);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* go = new QPushButton(tr("登录 (Enter)"), this);
    layout->addWidget(go);
    if (!hint.isEmpty()) {
        auto* h = new QLabel(hint, this);
        h->setWordWrap(true);
        h->setStyleSheet(QStringLiteral("color: #555;"));
        layout->addWidget(h);
    }
    connect(go, &QPushButton::clicked, this, &LoginWidget::submit);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWidget::submit);
}

QString LoginWidget::errorText() const
{
    return m_error->text();
}

void LoginWidget::reset()
{
    m_password->clear();
    m_error->clear();
    m_user->setFocus();
}

void LoginWidget::submit()
{
    Result<User> u = m_session.login(m_user->text(), m_password->text());
    m_password->clear();
    if (!u) {
        m_error->setText(u.error().userText());
        m_password->setFocus();
        return;
    }
    m_error->clear();
}

FirstRunWidget::FirstRunWidget(AuthService& auth, QWidget* parent)
    : QWidget(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("firstRunPage"));
    QVBoxLayout* layout = card(this, tr("首次启动：创建系统管理员"));
    auto* note =
        new QLabel(tr("系统管理员负责创建收银员、执业药师和店长的账号，自己不能收银。"), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(QStringLiteral("admin"), this);
    m_user->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_password = passwordField(this, "adminPasswordEdit");
    m_confirm = passwordField(this, "adminConfirmEdit");
    form->addRow(tr("账号"), m_user);
    form->addRow(tr("姓名"), m_name);
    form->addRow(tr("密码"), m_password);
    form->addRow(tr("确认密码"), m_confirm);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* go = new QPushButton(tr("创建"), this);
    go->setObjectName(QStringLiteral("createAdminButton"));
    layout->addWidget(go);
    connect(go, &QPushButton::clicked, this, &FirstRunWidget::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &FirstRunWidget::submit);
}

void FirstRunWidget::submit()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("两次输入的密码不一致"));
        return;
    }
    Result<User> u =
        m_auth.createFirstAdministrator(m_user->text(), m_name->text(), m_password->text());
    if (!u) {
        m_error->setText(u.error().userText());
        return;
    }
    m_password->clear();
    m_confirm->clear();
    Q_EMIT administratorCreated();
}

LockWidget::LockWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("lockPage"));
    QVBoxLayout* layout = card(this, tr("屏幕已锁定"));
    m_who = new QLabel(this);
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    m_password = passwordField(this, "unlockPasswordEdit");
    layout->addWidget(m_password);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    connect(m_password, &QLineEdit::returnPressed, this, &LockWidget::submit);
}

void LockWidget::refresh()
{
    if (m_session.owner())
        m_who->setText(tr("%1 离开了收银台。当前未完成的销售已保留。请 %1 输入密码解锁。")
                           .arg(m_session.owner()->displayName));
    m_error->clear();
    m_password->clear();
    m_password->setFocus();
}

void LockWidget::submit()
{
    Status s = m_session.unlock(m_password->text());
    m_password->clear();
    if (!s)
        m_error->setText(s.error().userText());
}

StepInDialog::StepInDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stepInDialog"));
    setWindowTitle(tr("切换操作人"));
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("药师或店长在此验证身份后代为操作；%1 仍保持登录，当前销售不受影响。")
                       .arg(session.owner() ? session.owner()->displayName : QString()),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("stepInUserEdit"));
    m_user->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_password = passwordField(this, "stepInPasswordEdit");
    form->addRow(tr("账号"), m_user);
    form->addRow(tr("密码"), m_password);
    layout->addLayout(form);
    // By default the step-in ends with the sale it is for, so the next sale is not recorded
    // under the pharmacist by mistake.
    m_stay = new QCheckBox(tr("本单结束后继续由我操作（否则随本单结束自动交回）"), this);
    m_stay->setObjectName(QStringLiteral("stepInStayCheck"));
    layout->addWidget(m_stay);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepInDialog::reject);
    layout->addWidget(buttons);
}

QString StepInDialog::errorText() const
{
    return m_error->text();
}

void StepInDialog::accept()
{
    Result<User> u =
        m_session.stepIn(m_user->text(), m_password->text(),
                         m_stay->isChecked() ? StepInScope::UntilStepOut : StepInScope::ThisSale);
    m_password->clear();
    if (!u) {
        m_error->setText(u.error().userText());
        return;
    }
    QDialog::accept();
}

UserAdminWidget::UserAdminWidget(Session& session, AuthService& auth, const UserRepository& users,
                                 QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_auth(auth)
    , m_users(users)
{
    setObjectName(QStringLiteral("userAdminPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("账号管理"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    layout->addWidget(heading);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("账号"), tr("姓名"), tr("角色"), tr("执业药师注册证号"), tr("状态")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (Role r : {Role::Cashier, Role::Pharmacist, Role::StoreManager, Role::Administrator})
        m_role->addItem(toDisplayString(r), static_cast<int>(r));
    m_licence = new QLineEdit(this);
    m_licence->setPlaceholderText(tr("执业药师必填"));
    m_insuranceCode = new QLineEdit(this);
    m_password = passwordField(this, "newUserPasswordEdit");
    form->addRow(tr("账号"), m_user);
    form->addRow(tr("姓名"), m_name);
    form->addRow(tr("角色"), m_role);
    form->addRow(tr("执业药师注册证号"), m_licence);
    form->addRow(tr("医保药师编码"), m_insuranceCode);
    form->addRow(tr("初始密码"), m_password);
    layout->addLayout(form);
    auto* add = new QPushButton(tr("新增账号"), this);
    layout->addWidget(add);
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &UserAdminWidget::add);
    refresh();
}

void UserAdminWidget::refresh()
{
    const QList<User> all = m_users.all();
    m_table->setRowCount(static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const User& u = all.at(i);
        const QStringList cells{u.username, u.displayName, toDisplayString(u.role), u.licenceNo,
                                u.active ? tr("启用") : tr("停用")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

void UserAdminWidget::add()
{
    const User* actor = m_session.actingUser();
    if (!actor) {
        m_message->setText(tr("请先登录"));
        return;
    }
    User account;
    account.username = m_user->text();
    account.displayName = m_name->text();
    account.role = static_cast<Role>(m_role->currentData().toInt());
    account.licenceNo = m_licence->text();
    account.insurancePharmacistCode = m_insuranceCode->text();
    Result<User> r = m_auth.addUser(*actor, account, m_password->text());
    m_password->clear();
    if (!r) {
        m_message->setStyleSheet(QStringLiteral("color: #c00; font-weight: bold;"));
        m_message->setText(r.error().userText());
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(tr("已创建账号 %1（%2）").arg(r->username, toDisplayString(r->role)));
    m_user->clear();
    m_name->clear();
    m_licence->clear();
    m_insuranceCode->clear();
    refresh();
}

} // namespace pos::ui
