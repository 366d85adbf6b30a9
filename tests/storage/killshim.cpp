// LD_PRELOAD shim for the crash tests: SIGKILLs its process at the Nth write to, or the Nth sync
// of, a file — inside SQLite's commit, where a crash between a posting and its audit entry (or its
// seal) would show if they were not one transaction.
//   PHARMAPOS_KILL_AT_WRITE=N   the Nth pwrite/write (counting from the first after the variable is
//                               read: the process arms it by printing "armed" — see crash_worker)
//   PHARMAPOS_KILL_AT_SYNC=N    the Nth fsync/fdatasync
// Only calls made after pharmapos_killshim_arm() count, so opening and migrating are not killed —
// or, with PHARMAPOS_KILL_ARMED=1, every call from the process's start (a process that cannot
// call the arm function: the app itself, killed during its first run).

#include <dlfcn.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

namespace {

std::atomic<bool> g_armed{false};
std::atomic<long> g_writes{0};
std::atomic<long> g_syncs{0};
long g_killAtWrite = 0;
long g_killAtSync = 0;

void countWrite()
{
    if (g_armed.load() && g_killAtWrite > 0 && ++g_writes == g_killAtWrite)
        ::kill(::getpid(), SIGKILL);
}

void countSync()
{
    if (g_armed.load() && g_killAtSync > 0 && ++g_syncs == g_killAtSync)
        ::kill(::getpid(), SIGKILL);
}

template <typename F> F next(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

/// Called by the process under test when the work to be killed begins.
__attribute__((visibility("default"))) void pharmapos_killshim_arm()
{
    if (const char* w = std::getenv("PHARMAPOS_KILL_AT_WRITE"))
        g_killAtWrite = std::atol(w);
    if (const char* s = std::getenv("PHARMAPOS_KILL_AT_SYNC"))
        g_killAtSync = std::atol(s);
    g_armed = true;
}

__attribute__((visibility("default"))) ssize_t pwrite64(int fd, const void* buf, size_t n,
                                                        off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    countWrite();
    return real(fd, buf, n, offset);
}

__attribute__((visibility("default"))) ssize_t pwrite(int fd, const void* buf, size_t n,
                                                      off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    countWrite();
    return real(fd, buf, n, offset);
}

__attribute__((visibility("default"))) int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    countSync();
    return real(fd);
}

__attribute__((visibility("default"))) int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    countSync();
    return real(fd);
}

} // extern "C"

namespace {
__attribute__((constructor)) void armFromTheStartIfAsked()
{
    if (const char* a = std::getenv("PHARMAPOS_KILL_ARMED"); a && a[0] == '1')
        pharmapos_killshim_arm();
}
} // namespace
