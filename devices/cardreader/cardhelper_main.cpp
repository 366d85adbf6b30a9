// pharmapos-cardhelper: calls a vendor card-reader library's iReadCardBas in a process of its
// own, so that a library that crashes, hangs or scribbles over memory takes only this process
// down, never the counter (VendorCardReader runs it with a timeout).
//
//     pharmapos-cardhelper /abs/path/libvendor.so [iType]
//
// iType as the 人社部 interface defines it (1 contact, 2 contactless, 3 either, contact first);
// default 3. What it prints on stdout, and its exit code:
//
//     0  "OK\n" then the answer's bytes as the library wrote them (GBK text, no terminating NUL)
//     3  "CODE <n>\n" then whatever the library left in its output buffer (its error message)
//     4  the library could not be loaded (dlerror() on stderr)
//     5  the library has no iReadCardBas
//     2  wrong arguments
//
// Plain C++ without Qt: the fewer libraries loaded beside the vendor's, the fewer clashes. It
// never prints the answer anywhere else (the answer carries personal data: DATA-PRIVACY).
#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
// The interface gives no buffer size; vendors' own samples pass 1–4 KB. A generous buffer keeps a
// library that writes more than it should inside memory this process owns.
constexpr std::size_t kOutBufferBytes = 1 << 20;

// Leaves without running atexit handlers or the vendor library's destructors: a library that
// crashes on unload must not turn an answer already printed into a crash.
[[noreturn]] void leave(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(code);
}
} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || argc > 3 || argv[1][0] != '/') {
        std::fputs("usage: pharmapos-cardhelper /abs/path/libvendor.so [iType]\n", stderr);
        leave(2);
    }
    int cardType = 3;
    if (argc == 3) {
        char* end = nullptr;
        const long t = std::strtol(argv[2], &end, 10);
        if (*end != '\0' || t < 1 || t > 4) {
            std::fputs("iType must be 1-4\n", stderr);
            leave(2);
        }
        cardType = int(t);
    }
    void* library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char* why = dlerror();
        std::fprintf(stderr, "%s\n", why ? why : "dlopen failed");
        leave(4);
    }
    dlerror();
    void* symbol = dlsym(library, "iReadCardBas");
    if (!symbol)
        leave(5);
    // Declared `long iReadCardBas(int, char*)` by the standard and `int` by many vendors: only the
    // low 32 bits are read, which both put in the same register.
    using ReadCardBas = int (*)(int, char*);
    ReadCardBas readCardBas = nullptr;
    static_assert(sizeof(readCardBas) == sizeof(symbol));
    std::memcpy(&readCardBas, &symbol, sizeof(symbol));

    std::vector<char> out(kOutBufferBytes, '\0');
    const int code = readCardBas(cardType, out.data());
    const std::size_t length = strnlen(out.data(), out.size());
    if (code == 0)
        std::fputs("OK\n", stdout);
    else
        std::fprintf(stdout, "CODE %d\n", code);
    std::fwrite(out.data(), 1, length, stdout);
    leave(code == 0 ? 0 : 3);
}
