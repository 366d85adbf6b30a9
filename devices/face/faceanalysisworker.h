#pragma once

#include "app/core/camera/facequality.h"
#include "app/core/ports/camera.h"
#include "app/core/ports/faceanalyzer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <memory>

namespace pos::devices {

/// Runs a FaceAnalyzer on the settlement camera's frames on its own worker thread (never the GUI
/// thread). At most one frame is with the worker: frames arriving meanwhile are dropped, and at
/// most `maxRateHz` frames a second are analysed, so a slow analysis lowers the rate instead of
/// piling up a queue. When frames show no frontal face, the profile search is asked for at most
/// every `profileEveryMs` (it costs about a quarter of a frontal search).
///
/// Ownership: the camera is not owned and must outlive the worker; the analyser is owned and used
/// only on the worker thread. Destruction waits for an analysis in progress. analysed() arrives on
/// the owner's thread.
class FaceAnalysisWorker final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxRateHz = 10;
        int profileEveryMs = 500;
    };

    FaceAnalysisWorker(Camera& camera, std::unique_ptr<FaceAnalyzer> analyzer, Options options,
                       QObject* parent = nullptr);
    ~FaceAnalysisWorker() override;

    [[nodiscard]] int framesAnalysed() const { return m_analysed; }
    [[nodiscard]] int framesDropped() const { return m_dropped; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// One analysed frame, with the frame itself (for the best shot).
    void analysed(const pos::camera::FrameAnalysis& analysis, const pos::VideoFrame& frame);

private:
    void onFrame(const pos::VideoFrame& frame);
    void onAnalysed(const pos::camera::FrameAnalysis& analysis, const pos::VideoFrame& frame);

    Options m_options;
    std::unique_ptr<FaceAnalyzer> m_analyzer; ///< used on m_thread only
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives in m_thread, deleted when it finishes
    QElapsedTimer m_sinceLast;    ///< since the last frame handed to the worker
    QElapsedTimer m_sinceProfile; ///< since the last profile search was asked for
    bool m_lastHadFace = true;
    bool m_busy = false;
    int m_analysed = 0;
    int m_dropped = 0;
};

} // namespace pos::devices
