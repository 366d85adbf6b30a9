// A stand-in for a card-reader vendor's library with the 人社部 interface, for
// tst_vendorcardreader. What iReadCardBas does is chosen by PHARMAPOS_FAKE_CARD:
//   ok (default)  a card's basic information, GBK text, 0
//   error         the vendor's message "卡片未插入" (GBK), -11
//   abort         abort(): the helper dies of SIGABRT
//   segv          a write through a null pointer: SIGSEGV
//   hang          never returns
//   garbage       bytes that are not GBK text, 0
//   few           two fields only, 0
//   huge          100,000 characters, 0
// Built twice: FAKE_NO_SYMBOL builds the same library without iReadCardBas.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace {
// 360100|360102198001011235|A12345678|360100D156000005000123456789ABCD|赵六|0081...|3.00|...|
const char kCard[] = "360100|360102198001011235|A12345678|360100D156000005000123456789ABCD|"
                     "\xd5\xd4\xc1\xf9|00814E3536|3.00|20200101|20300101|T0001|D0001|";

int fakeRead(int /*iType*/, char* out)
{
    const char* env = std::getenv("PHARMAPOS_FAKE_CARD");
    const char* mode = env ? env : "ok";
    if (std::strcmp(mode, "error") == 0) {
        std::strcpy(out, "\xbf\xa8\xc6\xac\xce\xb4\xb2\xe5\xc8\xeb"); // 卡片未插入
        return -11;
    }
    if (std::strcmp(mode, "abort") == 0)
        std::abort();
    if (std::strcmp(mode, "segv") == 0)
        std::raise(SIGSEGV);
    if (std::strcmp(mode, "hang") == 0)
        for (;;)
            pause();
    if (std::strcmp(mode, "garbage") == 0) {
        std::strcpy(out, "\xff\xfe\x81\x20|\xff|||||||||||");
        return 0;
    }
    if (std::strcmp(mode, "few") == 0) {
        std::strcpy(out, "360100|360102198001011235|");
        return 0;
    }
    if (std::strcmp(mode, "huge") == 0) {
        std::memset(out, 'A', 100000);
        out[100000] = '\0';
        return 0;
    }
    std::strcpy(out, kCard);
    return 0;
}
} // namespace

#ifndef FAKE_NO_SYMBOL
extern "C" __attribute__((visibility("default"))) int iReadCardBas(int iType, char* pOutInfo)
{
    return fakeRead(iType, pOutInfo);
}
#else
extern "C" __attribute__((visibility("default"))) int iReadCardBasOther(int iType, char* pOutInfo)
{
    return fakeRead(iType, pOutInfo);
}
#endif
