#pragma once

#include "app/core/ports/camera.h"
#include "app/core/sale.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace pos {
class SaleWorkflow;
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
/// payment what was paid and the change.
///
/// It only shows: it acts on nothing and holds nothing of a sale beyond what is on screen, which
/// is cleared when the next sale starts. No personal data is shown (never an ID number or a
/// name). The camera picture appears only from the consent step to the end of the settlement;
/// between settlements there is no live picture of whoever stands at the counter.
///
/// Frames arrive through showFrame() (the composition root connects Camera::frameReady); at most
/// ten a second are drawn, each in an event of its own after the camera's (the cashier's panel
/// draws the same frame in the camera's event: together they would hold the GUI thread twice as
/// long). `evidence` may be null (no settlement camera configured): then the
/// notice and the picture are not shown. Both must outlive the display.
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
    /// Whether the live picture is showing (only while a settlement's evidence runs).
    [[nodiscard]] bool pictureShown() const;
    /// The picture as last drawn (mirrored, with the framing), for tests.
    [[nodiscard]] QImage lastPicture() const { return m_picture; }

public Q_SLOTS:
    void showFrame(const pos::VideoFrame& frame);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCart();
    void showPaid(const PaymentOutcome& outcome);
    void showLines(const QList<SaleLine>& lines);
    void refreshCamera();
    /// Draws the frame showFrame() kept, in an event of its own.
    void drawPendingFrame();
    void drawPicture();

    const SaleWorkflow& m_sale;
    const camera::SettlementEvidence* m_evidence;
    QLabel* m_notice = nullptr;
    QWidget* m_cameraBox = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_verdict = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_thanks = nullptr;
    QTimer* m_thanksTimer = nullptr;
    QImage m_frame;
    QImage m_picture;
    QElapsedTimer m_lastDrawn;
    VideoFrame m_pending; ///< shares the camera's bytes until drawn
    bool m_drawQueued = false;
};

} // namespace pos::ui
