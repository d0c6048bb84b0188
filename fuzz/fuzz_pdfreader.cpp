// libFuzzer target for the PDF reader: every input must give an error or a parsed document, never a
// crash, a hang or a sanitizer report. Built and run by fuzz/run-fuzz.sh (clang + libclang-rt).
#include "esign/PdfReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto reader = lontar::esign::PdfReader::fromBuffer(bytes);
    if (reader) {
        (void)(*reader)->pages();
        (void)(*reader)->signatureFields();
        (void)(*reader)->catalog();
    }
    return 0;
}
