// rotation_worker ROOT KILL_AT [FIELD_BATCH [LABEL]]: runs `keys rotate` on the rotation rig's
// store and SIGKILLs itself at the KILL_AT-th crash point (0: never) — counting only the points
// named LABEL when given ("row-rewritten", "keyfile-written-before-rename"…). Exit 0 when the
// rotation completed, 1 when it failed with an error (printed).

#include "storage/crypto/keyrotation.h"
#include "tests/storage/rotationrig.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace pos;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString root = QString::fromLocal8Bit(argv[1]);
    const long killAt = std::strtol(argv[2], nullptr, 10);
    const int batch = argc > 3 ? int(std::strtol(argv[3], nullptr, 10)) : 20;
    const QByteArray only = argc > 4 ? QByteArray(argv[4]) : QByteArray();
    std::atomic<long> points{0}; // files are resealed on several threads
    const auto crash = [&](const char* label) {
        if (!only.isEmpty() && only != label)
            return;
        if (++points == killAt) {
            // Tells the test where it died (stderr is unbuffered; nothing else runs after this).
            std::fprintf(stderr, "killed at %s\n", label);
            std::raise(SIGKILL);
        }
    };

    SystemClock clock;
    auto db = storage::Database::open(rotationrig::dbPath(root));
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.toUtf8().constData());
        return 1;
    }
    auto store = storage::crypto::KeyStore::open(rotationrig::keySettings(root), false, clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.toUtf8().constData());
        return 1;
    }
    (*store)->setCrashHook(crash);
    storage::crypto::SqlColumnHolder person(**db, rotationrig::personSpec());
    storage::crypto::SealedFileFolder faces(rotationrig::folderSpec(root));
    storage::crypto::RotationOptions options;
    options.fieldBatch = batch;
    options.fileBatch = 2;
    options.crashHook = crash;
    storage::crypto::KeyRotation rotation(**store, {&person, &faces},
                                          rotationrig::progressPath(root), options);
    auto outcome = rotation.run();
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().message.toUtf8().constData());
        return 1;
    }
    std::printf("rotated %lld to %s after %ld crash points\n",
                static_cast<long long>(outcome->rewritten),
                storage::crypto::keyIdHex(outcome->toKeyId).toLatin1().constData(), points.load());
    return 0;
}
