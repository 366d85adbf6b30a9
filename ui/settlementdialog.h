#pragma once

#include "app/core/result.h"

#include <QDialog>
#include <QImage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pos {
class InsuredCheckout;
struct Notice;
class SignatureTablet;
} // namespace pos

namespace pos::ui {

class SignaturePad;

/// The insured settlement at the counter (SETTLE-*), one screen through the whole flow the core's
/// state machine drives: the insured person (1101) beside the face the camera holds, for the
/// cashier to confirm 人证相符 or stop (SETTLE-ID); the split 2101 gives (fund, personal account,
/// cash — and which lines SETTLE-LIST-ONLY leaves for cash); 确认结算 (2102); the cash part; the
/// 医保结算单 printed (补打 marked); the patient's signature on the pad. Each step is one button
/// whose enabled state follows the settlement's state — for the cashier's eye only: the core
/// refuses any step out of order, and its refusal is shown here with its rule.
///
/// The person is shown masked (赵*, 360***…1235): the screen may face a queue. Closing the dialog
/// before the settlement is settled cancels it; after, the sale is over and the slip or the
/// signature can be finished later.
class SettlementDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `tablet`: the signature pad the patient may sign on (not owned; null: screen and paper).
    SettlementDialog(InsuredCheckout& checkout, QImage face, SignatureTablet* tablet = nullptr,
                     QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* button(const QString& objectName) const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString personText() const;
    [[nodiscard]] QString splitText() const;
    [[nodiscard]] QLineEdit* tenderedEdit() const { return m_tendered; }
    [[nodiscard]] SignaturePad* signaturePad() const { return m_pad; }
    /// The signature pad's state under the signing area ("签名板已连接：…"); empty without one.
    [[nodiscard]] QString tabletText() const;
    /// SETTLE-SLIP on paper: the patient signed the printed slip, and its scan or photo at `path`
    /// is kept as the signature (grey, at most kKeptSide pixels). A file too big, too large or not
    /// an image is refused with what is wrong, and nothing is kept.
    Status signWithPaperScan(const QString& path);
    static constexpr qint64 kMaxScanBytes = 20 * 1024 * 1024;
    static constexpr int kMaxScanSide = 12000;
    static constexpr int kKeptSide = 1600;

public Q_SLOTS:
    void reject() override;

private:
    void refresh();
    void report(const Status& s);
    void showNotice(const Notice& n);

    InsuredCheckout& m_checkout;
    QLabel* m_state = nullptr;
    QLabel* m_face = nullptr;
    QLabel* m_person = nullptr;
    QLabel* m_split = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLineEdit* m_reason = nullptr;
    SignaturePad* m_pad = nullptr;
    QLabel* m_tabletLine = nullptr;
};

} // namespace pos::ui
