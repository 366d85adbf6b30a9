#pragma once

#include "app/core/ports/scanner.h"
#include "app/core/scanning/wedgeclassifier.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class QKeyEvent;
class QWindow;

namespace pos {
class Clock;
}

namespace pos::devices {

/// The in-window fallback for keyboard-wedge scanners that cannot be grabbed at the device level:
/// an application-wide event filter that reads the scanner's keystrokes out of the window
/// system's key events, so a scan reaches the counter through the Scanner port whatever widget
/// has focus, and never lands as text in that widget.
///
/// How (hold, classify, replay — what dedicated POS wedge handlers do, rather than letting keys
/// through and deleting them from a line edit afterwards, which only works for line edits and
/// fires their signals on half a code): every character key arriving at a window is held, not
/// delivered, while a WedgeClassifier decides from key timing and the configured prefix/suffix.
///  - A scan: its key presses (and their releases) are dropped and scanned() is emitted.
///  - Typing: the held events are delivered, in their original order, to the object that had
///    focus when they were pressed (through its window when that object still has focus, so
///    completers and popups see them as usual). Nothing is lost or reordered: a key that is no
///    character (arrows, Backspace, Ctrl+…) first flushes everything held, then passes.
/// A person's keystroke is thus delayed by at most maxGapMs plus a 20 ms delivery margin, and
/// not at all when a prefix is configured (a key that cannot start the prefix passes at once).
///
/// Input methods: while a burst is held, the focus object answers input-method queries with
/// ImEnabled=false and Latin-only hints, and the platform input context is told to re-query, so a
/// Chinese IME does not turn the rest of a code into pinyin candidates. (The first key of a burst
/// reaches the IME before any filter; codes start with digits, which IMEs pass through.)
///
/// Only spontaneous key events (from the window system) are classified; events sent by the
/// program itself, and replays, pass untouched. Thread: GUI thread only. The filter is installed
/// on the application in the constructor and removed on destruction; keys still held then are
/// delivered as typing.
class KeyboardWedgeScanner final : public Scanner
{
    Q_OBJECT
public:
    KeyboardWedgeScanner(WedgeSettings settings, const Clock& clock, QObject* parent = nullptr);
    ~KeyboardWedgeScanner() override;

    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] bool isSimulated() const override { return false; }

    /// Key presses held right now, waiting for the classifier.
    [[nodiscard]] int heldKeyCount() const { return m_classifier.heldCount(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QWindow> window;
        QPointer<QObject> target; ///< the window's focus object when the key arrived
        std::unique_ptr<QKeyEvent> event;
    };

    bool filterKeyPress(QWindow* window, QKeyEvent* key);
    bool filterKeyRelease(QWindow* window, QKeyEvent* key);
    bool answerInputMethodQuery(QObject* watched, QEvent* event);
    void hold(QWindow* window, const QKeyEvent* key);
    /// Acts on a decision. With `newestMayPass` (a key press just held): returns true when that
    /// key alone was released, so its original event may simply go on instead of a copy.
    bool apply(const WedgeDecision& decision, bool newestMayPass = false);
    static void deliver(const HeldKey& held);
    void burstStateChanged();
    static int keyId(const QKeyEvent& key);

    WedgeClassifier m_classifier;
    const Clock& m_clock;
    QTimer m_pauseTimer;
    std::deque<HeldKey> m_held;          ///< presses and their releases, in arrival order
    QHash<int, int> m_releasesToSwallow; ///< key id → releases still due for scanned presses
    QPointer<QObject> m_imeTarget;       ///< focus object kept off input methods during a burst
};

} // namespace pos::devices
