// find_plain_values ROOT… -- VALUE…   (exit 0: none found; 1: hits, each printed; 2: usage)
// For end-to-end tests in CMake: after a flow ran, no seeded ID number or name may appear anywhere
// under the data directory, the logs or the temporary directory.

#include "tests/support/plainscan.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const qsizetype sep = args.indexOf(QStringLiteral("--"));
    if (sep <= 0 || sep == args.size() - 1) {
        std::fputs("usage: find_plain_values ROOT... -- VALUE...\n", stderr);
        return 2;
    }
    QString error;
    const auto hits =
        pos::testsupport::findPlainValues(args.mid(0, sep), args.mid(sep + 1), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 2;
    }
    if (hits.isEmpty()) {
        std::puts("no plain values found");
        return 0;
    }
    std::printf("%s\n", pos::testsupport::describe(hits).toUtf8().constData());
    return 1;
}
