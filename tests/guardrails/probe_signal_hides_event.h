#pragma once

// Guard-rail probe (must NOT compile with clang and the house flags): a signal named `event`
// hides QObject::event(QEvent*) — a call of event() on this class no longer finds the handler, and
// a reader takes the signal for it (an upload signal of this name once broke the fuzz build). gcc
// 12 reports a hidden virtual where the hidden function is declared, here inside Qt's (system)
// headers, so it says nothing; clang reports it at the declaration below.
#include <QObject>

class UploadProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void event(int recordId);
};
