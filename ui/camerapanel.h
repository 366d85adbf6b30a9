#pragma once

#include "app/core/camera/settlementevidence.h"
#include "app/core/ports/camera.h"
#include "ui/framescaler.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pos::ui {

/// The settlement camera at the counter: the picture with the face framed, the live verdict in
/// words ("请正视摄像头", "光线太暗", "离得太远"…), the notice that the settlement area records
/// (CAM-CONSENT), the per-settlement consent step (同意 / 拒绝) and the retry, and what the camera,
/// recorder and disk are doing. Every action goes to the core's SettlementEvidence, which decides;
/// a refusal is shown as the core words it.
///
/// Frames arrive through showFrame() (the lead connects Camera::frameReady); at most 10 a second
/// are shown. A FrameScaler scales them to the picture's size on its own thread, so the GUI
/// thread only draws the face box on the scaled picture and paints it. The gate must outlive the
/// panel.
class CameraPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CameraPanel(camera::SettlementEvidence& evidence, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }
    [[nodiscard]] QLabel* noticeLabel() const { return m_notice; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    [[nodiscard]] QPushButton* consentButton() const { return m_consent; }
    [[nodiscard]] QPushButton* refuseButton() const { return m_refuse; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    /// The picture as last drawn (with the framing), for tests.
    [[nodiscard]] QImage lastPicture() const { return m_picture; }
    /// The recorder's and the disk's state in words ("录像中", "录像故障：…", "磁盘空间不足，请清理").
    [[nodiscard]] static QStringList recordingWords(const camera::EvidenceConditions& c);
    /// The CAM-CONSENT notice that the settlement area records (the cashier's panel and the
    /// customer display show the same words).
    [[nodiscard]] static QString noticeText();
    /// The scaled picture with the verdict's face box drawn (green when usable, orange
    /// otherwise); `mirrored` when the picture was (for the customer, who expects to see
    /// themselves as in a mirror), so the box is too.
    [[nodiscard]] static QImage framedPicture(const ScaledFrame& scaled,
                                              const camera::FaceVerdict& verdict,
                                              bool mirrored = false);

public Q_SLOTS:
    void showFrame(const pos::VideoFrame& frame);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void showResult(const Status& status);
    [[nodiscard]] QSize pictureSize() const;
    void showScaled(const ScaledFrame& scaled);
    void drawPicture();

    camera::SettlementEvidence& m_evidence;
    QLabel* m_preview = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_consentQuestion = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_consent = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_retry = nullptr;
    FrameScaler* m_scaler = nullptr;
    VideoFrame m_frame;   ///< the last frame given to the scaler (shares the camera's bytes)
    ScaledFrame m_scaled; ///< the last picture it delivered
    QImage m_picture;     ///< with the framing
    QElapsedTimer m_lastDrawn;
};

} // namespace pos::ui
