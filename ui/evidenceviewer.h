#pragma once

#include "app/core/ports/evidencearchive.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pos::camera {
class EvidenceAccess;
}

namespace pos::ui {

/// Looking back at a settlement (CAM-FACE, CAM-VIDEO): its face image, its clip played in the
/// window, and an export to a file. Every view and export goes through the core's EvidenceAccess:
/// the permission is checked there (store manager only) and the view audited; a refusal is shown
/// as the core words it. Playback decodes a frame at a time on a timer at the clip's rate (a 720p
/// frame decodes in a few milliseconds). `access` must outlive the widget.
class EvidenceViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceViewer(camera::EvidenceAccess& access, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* settlementEdit() const { return m_number; }
    [[nodiscard]] QLabel* faceLabel() const { return m_face; }
    [[nodiscard]] QLabel* videoLabel() const { return m_video; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    [[nodiscard]] int framesShown() const { return m_framesShown; }
    [[nodiscard]] bool isPlaying() const { return m_timer.isActive(); }

public Q_SLOTS:
    /// Shows the face and the clip's summary of the settlement typed.
    void showEvidence();
    void play();
    /// Exports to `path` (asks with a file dialog when empty).
    void exportTo(const QString& path = {});

private:
    void nextFrame();

    camera::EvidenceAccess& m_access;
    QLineEdit* m_number = nullptr;
    QLabel* m_face = nullptr;
    QLabel* m_video = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    std::unique_ptr<ClipPlayback> m_clip;
    QTimer m_timer;
    int m_framesShown = 0;
};

} // namespace pos::ui
