// libFuzzer target: the blameless coach, in every language, on any text.
#include "fuzzsupport.h"
#include "lint/blamelesscoach.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Inflection::LintFinding &f : Inflection::BlamelessCoach::checkEveryLanguage(text)) {
        if (f.start < 0 || f.length <= 0 || f.start + f.length > text.size())
            __builtin_trap();
    }
    return 0;
}
