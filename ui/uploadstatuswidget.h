#pragma once

#include "app/core/upload/reconciliation.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace pos {
class Clock;
namespace upload {
class UploadService;
}
} // namespace pos

namespace pos::ui {

/// The store manager's view of the platform link (DATA-UPLOAD): the link's state in one sentence
/// ("平台连接中断 12 分钟，待上传 37 条"), what is queued, sending, refused or unverified, the last
/// success; each refused or unverified record with the platform's message and its content, and
/// the manager's actions on it — 重试, 更正并重发 (the content edited here), 撤回 (3507 for an
/// accepted record) — and the reconciliation with the platform (对账) with every difference
/// listed. Every action goes through UploadService, which checks the role and audits.
class UploadStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    UploadStatusWidget(upload::UploadService& service, const Clock& clock,
                       QWidget* parent = nullptr);

    void refresh();
    /// Selects a record of the problem list (and shows its content); false when not listed.
    bool selectRecord(qint64 id);
    [[nodiscard]] qint64 selectedRecord() const;
    /// The buttons' actions, for the selected record; false (with the reason shown) when refused.
    bool retrySelected();
    bool correctSelected(); ///< with the content as edited in the record view
    bool withdrawSelected(const QString& reason);
    void runNow();
    /// Starts the reconciliation for [from, to]; the differences fill the table when it ends.
    void reconcile(const QDate& from, const QDate& to);

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString reconciliationText() const;
    [[nodiscard]] int problemRows() const;
    [[nodiscard]] int differenceRows() const;
    /// The record view's text (the content, editable for a correction).
    [[nodiscard]] QPlainTextEdit* recordEditor() const { return m_record; }

Q_SIGNALS:
    /// The reconciliation ended (its result is on screen).
    void reconciled(bool ok);

private:
    void showSelected();
    void say(const QString& text, bool error);

    upload::UploadService& m_service;
    const Clock& m_clock;
    QLabel* m_summary = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_problems = nullptr;
    QPlainTextEdit* m_record = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_withdraw = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_reconcile = nullptr;
    QLabel* m_reconSummary = nullptr;
    QTableWidget* m_differences = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace pos::ui
