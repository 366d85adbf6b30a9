#include "devices/keyboard/keyboardwedgescanner.h"

#include "app/core/ports/clock.h"
#include "devices/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QWindow>

#include <vector>

namespace pos::devices {

namespace {
/// Added to maxGapMs before a pause ends a burst: key events of one burst can reach the event
/// loop a little later than their timestamps say (the classifier judges by the timestamps).
constexpr int kDeliveryMarginMs = 20;
} // namespace

KeyboardWedgeScanner::KeyboardWedgeScanner(WedgeSettings settings, const Clock& clock,
                                           QObject* parent)
    : Scanner(parent)
    , m_classifier(std::move(settings))
    , m_clock(clock)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setTimerType(Qt::PreciseTimer);
    m_pauseTimer.setInterval(m_classifier.settings().maxGapMs + kDeliveryMarginMs);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] { apply(m_classifier.pause()); });
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

KeyboardWedgeScanner::~KeyboardWedgeScanner()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_pauseTimer.stop();
    (void)apply(m_classifier.interrupt()); // what is held was typed: it still reaches its widget
}

QString KeyboardWedgeScanner::deviceName() const
{
    return tr("键盘扫码枪（窗口内识别）");
}

int KeyboardWedgeScanner::keyId(const QKeyEvent& key)
{
    return key.nativeScanCode() != 0 ? int(key.nativeScanCode() | 0x40000000u) : key.key();
}

bool KeyboardWedgeScanner::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::InputMethodQuery: return answerInputMethodQuery(watched, event);
    case QEvent::KeyPress:
    case QEvent::KeyRelease: break;
    default: return false;
    }
    // Each physical key reaches its window exactly once (then the window hands it to the focus
    // widget, and on to parents): that first delivery is where keys are classified.
    if (!event->spontaneous() || !watched->isWindowType())
        return false;
    auto* window = static_cast<QWindow*>(watched);
    auto* key = static_cast<QKeyEvent*>(event);
    return event->type() == QEvent::KeyPress ? filterKeyPress(window, key)
                                             : filterKeyRelease(window, key);
}

bool KeyboardWedgeScanner::filterKeyPress(QWindow* window, QKeyEvent* key)
{
    const WedgeSettings& s = m_classifier.settings();
    const QString text = key->text();
    const QChar ch = text.size() == 1 ? text.at(0) : QChar();
    // Scanner framing may come as control characters (Enter, STX, Ctrl+] for GS): those count
    // whatever the modifiers; otherwise only printable text without Ctrl/Alt/Meta is a character.
    const bool framing = !ch.isNull()
                         && (ch == QChar(0x1d) || s.prefix.contains(ch) || s.suffix.contains(ch)
                             || s.gsSubstitutes.contains(ch));
    const bool shortcut =
        key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool character = !key->isAutoRepeat() && (framing || (ch.isPrint() && !shortcut));
    if (!character) {
        m_pauseTimer.stop();
        (void)apply(m_classifier.interrupt()); // deliver what was held first: order is kept
        return false;
    }

    hold(window, key);
    const bool passOriginal = apply(m_classifier.key(ch, qint64(key->timestamp())), true);
    if (m_classifier.heldCount() > 0)
        m_pauseTimer.start();
    else
        m_pauseTimer.stop();
    if (passOriginal)
        return false;
    key->accept();
    return true; // held, swallowed, or delivered as a copy
}

bool KeyboardWedgeScanner::filterKeyRelease(QWindow* window, QKeyEvent* key)
{
    if (auto due = m_releasesToSwallow.find(keyId(*key)); due != m_releasesToSwallow.end()) {
        if (--*due == 0)
            m_releasesToSwallow.erase(due);
        return true; // its press was part of a scan
    }
    if (m_held.empty())
        return false;
    hold(window, key); // a release must not overtake its held press
    key->accept();
    return true;
}

void KeyboardWedgeScanner::hold(QWindow* window, const QKeyEvent* key)
{
    HeldKey h;
    h.window = window;
    h.target = window->focusObject();
    h.event.reset(key->clone());
    m_held.push_back(std::move(h));
}

bool KeyboardWedgeScanner::apply(const WedgeDecision& decision, bool newestMayPass)
{
    bool passOriginal = false;
    std::vector<HeldKey> typed;
    if (newestMayPass && decision.release == 1 && !decision.scan && m_held.size() == 1) {
        // Only the key just fed, released at once: its original event goes on unchanged.
        m_held.clear();
        passOriginal = true;
    } else {
        // The oldest `release` presses, with the releases that follow them before the next press
        // (all of them when nothing stays held): taken out first, delivered below.
        int presses = 0;
        while (!m_held.empty()) {
            const bool press = m_held.front().event->type() == QEvent::KeyPress;
            if (press && presses == decision.release)
                break;
            presses += press ? 1 : 0;
            typed.push_back(std::move(m_held.front()));
            m_held.pop_front();
        }
    }

    if (decision.scan) {
        // Every other held key was part of the scan: presses are dropped and their releases
        // swallowed when they come; a queued release of an earlier, typed key still goes out.
        for (HeldKey& h : m_held) {
            const int id = keyId(*h.event);
            if (h.event->type() == QEvent::KeyPress) {
                ++m_releasesToSwallow[id];
            } else if (auto due = m_releasesToSwallow.find(id); due != m_releasesToSwallow.end()) {
                if (--*due == 0)
                    m_releasesToSwallow.erase(due);
            } else {
                typed.push_back(std::move(h));
            }
        }
        m_held.clear();
    }
    burstStateChanged();

    // Delivered after the queue is settled: a delivery may run a nested event loop (Enter opening
    // a dialog) that feeds new keys in.
    for (const HeldKey& h : typed)
        deliver(h);

    if (decision.scan) {
        ScanEvent e;
        e.payload = *decision.scan;
        e.source = QStringLiteral("keyboard");
        e.time = m_clock.now();
        qCDebug(lcScannerKeyboard) << "scan of" << e.payload.size() << "bytes";
        Q_EMIT scanned(e);
    }
    return passOriginal;
}

void KeyboardWedgeScanner::deliver(const HeldKey& held)
{
    // Through the window when its focus is unchanged (popups, completers and key propagation
    // behave as for a live key); else straight to the object the key was meant for.
    QObject* receiver = nullptr;
    if (held.window && held.window->focusObject() == held.target)
        receiver = held.window;
    else if (held.target)
        receiver = held.target;
    if (!receiver) {
        qCWarning(lcScannerKeyboard) << "a typed key was dropped: its window closed while held";
        return;
    }
    QCoreApplication::sendEvent(receiver, held.event.get());
}

void KeyboardWedgeScanner::burstStateChanged()
{
    QObject* target = m_held.empty() ? nullptr : m_held.front().target.data();
    if (target == m_imeTarget)
        return;
    m_imeTarget = target;
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::inputMethod()->update(Qt::ImEnabled | Qt::ImHints);
}

bool KeyboardWedgeScanner::answerInputMethodQuery(QObject* watched, QEvent* event)
{
    if (!m_imeTarget || watched != m_imeTarget)
        return false;
    auto* query = static_cast<QInputMethodQueryEvent*>(event);
    watched->event(query); // the object's own answers, then input methods off for the burst
    if (query->queries() & Qt::ImEnabled)
        query->setValue(Qt::ImEnabled, false);
    if (query->queries() & Qt::ImHints)
        query->setValue(Qt::ImHints, query->value(Qt::ImHints).toInt() | Qt::ImhLatinOnly
                                         | Qt::ImhNoPredictiveText);
    query->accept();
    return true;
}

} // namespace pos::devices
