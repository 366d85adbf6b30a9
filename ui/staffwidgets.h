#pragma once

#include <QDialog>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pos {
class AuthService;
class Session;
class UserRepository;
} // namespace pos

namespace pos::ui {

/// The counter's start screen: username, password, Enter. The core authenticates (and locks an
/// account after repeated failures); this page shows its answer.
class LoginWidget final : public QWidget
{
    Q_OBJECT
public:
    LoginWidget(Session& session, const QString& hint, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* usernameEdit() const { return m_user; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QString errorText() const;
    void reset();

private:
    void submit();
    Session& m_session;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

/// First start: no account exists, so the first administrator is created here.
class FirstRunWidget final : public QWidget
{
    Q_OBJECT
public:
    FirstRunWidget(AuthService& auth, QWidget* parent = nullptr);

Q_SIGNALS:
    void administratorCreated();

private:
    void submit();
    AuthService& m_auth;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

/// The idle lock: the sale in progress stays behind it; the logged-in user's password unlocks.
class LockWidget final : public QWidget
{
    Q_OBJECT
public:
    LockWidget(Session& session, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    void refresh();

private:
    void submit();
    Session& m_session;
    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

/// Quick switch: another user (a pharmacist, a manager) steps in without logging the cashier out.
class StepInDialog final : public QDialog
{
    Q_OBJECT
public:
    StepInDialog(Session& session, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* usernameEdit() const { return m_user; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    /// Checked: the stepped-in user stays after the sale (StepInScope::UntilStepOut).
    [[nodiscard]] QCheckBox* stayCheck() const { return m_stay; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_stay = nullptr;
    QLabel* m_error = nullptr;
};

/// The administrator's page: the accounts, and a form to add one (the core checks ManageUsers).
class UserAdminWidget final : public QWidget
{
    Q_OBJECT
public:
    UserAdminWidget(Session& session, AuthService& auth, const UserRepository& users,
                    QWidget* parent = nullptr);
    void refresh();

private:
    void add();
    Session& m_session;
    AuthService& m_auth;
    const UserRepository& m_users;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_licence = nullptr;
    QLineEdit* m_insuranceCode = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pos::ui
