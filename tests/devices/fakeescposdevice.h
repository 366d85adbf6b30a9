#pragma once

#include <QByteArray>

#include <utility>

namespace pos::fakes {

/// The printer side of ESC/POS, scripted per test: reads what the host sends and answers the
/// back-channel requests as the ESC/POS reference says a printer does. Shared by the fake
/// transport and the TCP test's server. Answers go to `outbox`; whoever plays the wire takes them.
struct FakeEscPosDevice
{
    // The printer's condition; a test sets it.
    bool paperOut = false;
    bool nearEnd = false;
    bool coverOpen = false;
    bool silent = false;         ///< answers nothing at all (switched off behind a network box)
    bool silentAfterJob = false; ///< answers until a job arrives, then nothing
    bool paperRunsOutDuringJob = false; ///< a job stops the printer with the roll empty
    bool paperEndsAfterJob = false;     ///< the job completes, then the roll is empty
    bool coverOpensDuringJob = false;   ///< someone opens the cover while the job prints
    bool supportsProcessId = true;      ///< answers GS ( H fn 48

    // What happened.
    int jobsReceived = 0;   ///< ESC @ seen: one per job
    int statusRequests = 0; ///< DLE EOT seen
    QByteArray received;
    QByteArray outbox;   ///< answers not yet read by the host
    QByteArray heldBack; ///< barrier answers a stopped printer owes

    /// Paper reloaded after a stop: the printer finishes what it held and answers its barriers.
    void reloadPaper()
    {
        paperOut = false;
        stopped = false;
        outbox += heldBack;
        heldBack.clear();
    }

    /// Takes bytes as they arrive (a TCP stream may split a command); answers what is complete.
    void feed(const QByteArray& bytes)
    {
        received += bytes;
        const QByteArray in = std::exchange(partial, {}) + bytes;
        for (qsizetype i = 0; i < in.size();) {
            const QByteArray rest = in.mid(i);
            if (rest.size() < bytesToDecide(rest)) {
                partial = rest;
                return;
            }
            if (rest.startsWith(QByteArray("\x10\x04", 2)) && rest.size() >= 3) {
                ++statusRequests;
                answer(statusByte(quint8(rest.at(2))));
                i += 3;
            } else if (rest.startsWith(QByteArray("\x1d(H\x06\x00\x30\x30", 7))
                       && rest.size() >= 11) {
                if (supportsProcessId)
                    barrier(QByteArray("\x37\x22", 2) + rest.mid(7, 4) + QByteArray(1, '\0'));
                i += 11;
            } else if (rest.startsWith(QByteArray("\x1dr\x01", 3))) {
                barrier(QByteArray(1, char((nearEnd ? 0x03 : 0) | (paperOut ? 0x0C : 0))));
                i += 3;
            } else if (rest.startsWith(QByteArray("\x1b@", 2))) {
                ++jobsReceived;
                if (paperRunsOutDuringJob)
                    paperOut = stopped = true;
                if (coverOpensDuringJob)
                    coverOpen = stopped = true;
                if (silentAfterJob)
                    silent = true;
                i += 2;
            } else if (rest.startsWith(QByteArray("\x1dV", 2))) { // the cut ends the job
                if (paperEndsAfterJob && !stopped)
                    pendingPaperEnd = true;
                i += 2;
            } else {
                ++i;
            }
        }
    }

private:
    bool stopped = false;
    QByteArray partial; ///< the start of a command whose rest has not arrived

    /// How many bytes the commands this fake knows need before it can tell them apart.
    static qsizetype bytesToDecide(const QByteArray& rest)
    {
        switch (rest.at(0)) {
        case 0x10: return 3;
        case 0x1b: return 2;
        case 0x1d:
            return rest.size() >= 2 && rest.at(1) == '('   ? 11
                   : rest.size() >= 2 && rest.at(1) == 'r' ? 3
                                                           : 2;
        default: return 1;
        }
    }
    bool pendingPaperEnd = false;

    void answer(const QByteArray& bytes)
    {
        if (!silent)
            outbox += bytes;
    }
    void answer(quint8 byte) { answer(QByteArray(1, char(byte))); }
    void barrier(const QByteArray& bytes)
    {
        if (stopped) {
            heldBack += bytes;
            return;
        }
        answer(bytes);
        if (pendingPaperEnd) // the roll ended as the last line came out
            paperOut = true;
    }

    [[nodiscard]] quint8 statusByte(quint8 n) const
    {
        // ESC/POS reference, DLE EOT n: bits 1 and 4 always set, 0 and 7 always clear.
        quint8 b = 0x12;
        switch (n) {
        case 1: // printer: bit 3 offline
            if (coverOpen || paperOut)
                b |= 0x08;
            break;
        case 2: // offline cause: bit 2 cover open, bit 5 stopped by paper end
            if (coverOpen)
                b |= 0x04;
            if (paperOut)
                b |= 0x20;
            break;
        case 3: // error cause: none scripted
            break;
        case 4: // paper sensor: bits 2,3 near end, bits 5,6 paper end
            if (nearEnd || paperOut)
                b |= 0x0C;
            if (paperOut)
                b |= 0x60;
            break;
        default: break;
        }
        return b;
    }
};

} // namespace pos::fakes
