#pragma once

#include "app/core/ports/camera.h"
#include "app/core/sale.h"
#include "ui/framescaler.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace pos {
class SaleWorkflow;
class SettlementService;
struct PaymentOutcome;
namespace camera {
class SettlementEvidence;
}
} // namespace pos

namespace pos::ui {

/// The customer display: the second screen that faces the customer (CAM-CONSENT). It shows the
/// notice that the settlement area records, and while an insured settlement's evidence runs the
/// live picture with the customer's face framed and what to do in words ("请正视摄像头",
/// "光线太暗"…); beside it, the sale's items, quantities and amounts and the total, and after
/// payment what was paid and the change. During an insured settlement (setSettlement()), from
/// the 2101 pre-settlement on, it shows the split the patient is asked to confirm — 医疗费总额,
/// 统筹基金, 个人账户 and the cash to pay — then the settled amounts, until the patient has signed.
///
/// It only shows: it acts on nothing and holds nothing of a sale beyond what is on screen, which
/// is cleared when the next sale starts. No personal data is shown (never an ID number or a
/// name). The camera picture appears only from the consent step to the end of the settlement;
/// between settlements there is no live picture of whoever stands at the counter.
///
/// Frames arrive through showFrame() (the composition root connects Camera::frameReady); at most
/// ten a second are shown. A FrameScaler of its own scales and mirrors them to the screen's
/// picture size on its thread, so the GUI thread only draws the face box and paints. A frame
/// still being scaled when the settlement ends is never shown. `evidence` may be null (no
/// settlement camera configured): then the notice and the picture are not shown. Both must
/// outlive the display.
class CustomerDisplay final : public QWidget
{
    Q_OBJECT
public:
    CustomerDisplay(const SaleWorkflow& sale, const camera::SettlementEvidence* evidence,
                    const QString& storeName, QWidget* parent = nullptr);

    /// The rows as shown, one per line: "名称 规格 | 2 盒 × ¥15.80 | ¥31.60", for tests.
    [[nodiscard]] QStringList itemLines() const;
    [[nodiscard]] QLabel* totalLabel() const { return m_total; }
    [[nodiscard]] QLabel* noticeLabel() const { return m_notice; }
    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }
    [[nodiscard]] QLabel* thanksLabel() const { return m_thanks; }
    /// The tenders taken so far and what is still due (during payment), or how it was paid.
    [[nodiscard]] QLabel* tendersLabel() const { return m_tenders; }
    /// Whether the live picture is showing (only while a settlement's evidence runs).
    [[nodiscard]] bool pictureShown() const;
    /// The picture as last drawn (mirrored, with the framing), for tests.
    [[nodiscard]] QImage lastPicture() const { return m_picture; }
    /// The insured settlement whose split is shown (null: none). It must outlive the display.
    void setSettlement(const SettlementService* settlement);

public Q_SLOTS:
    void showFrame(const pos::VideoFrame& frame);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCart();
    void showPaid(const PaymentOutcome& outcome);
    /// During payment: each tender taken (wallet, card) and what is still due.
    void showTenders();
    void showLines(const QList<SaleLine>& lines);
    void refreshCamera();
    void showSettlement();
    [[nodiscard]] QSize pictureSize() const;
    /// Scales the last frame again (the screen's size changed).
    void rescale();
    void showScaled(const ScaledFrame& scaled);
    void drawPicture();

    const SaleWorkflow& m_sale;
    const camera::SettlementEvidence* m_evidence;
    const SettlementService* m_settlement = nullptr;
    bool m_showingSplit = false; ///< the settlement's amounts are on screen
    QLabel* m_notice = nullptr;
    QWidget* m_cameraBox = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_verdict = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_thanks = nullptr;
    QLabel* m_tenders = nullptr;
    QTimer* m_thanksTimer = nullptr;
    FrameScaler* m_scaler = nullptr;
    VideoFrame m_frame;   ///< the last frame given to the scaler (shares the camera's bytes)
    ScaledFrame m_scaled; ///< the last picture it delivered (mirrored)
    QImage m_picture;     ///< with the framing
    QElapsedTimer m_lastDrawn;
};

} // namespace pos::ui
