// libFuzzer target: importing an interchange file (validation against the schema, then the write)
// into a workspace, on any bytes.
#include "fuzzsupport.h"
#include "io/reviewimporter.h"
#include "store/workspace.h"

#include <QDir>
#include <unistd.h>

namespace {
// Never destroyed, as the application object (see fuzzsupport.h).
Inflection::Workspace *workspace = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    // In the folder the runner gives (and removes afterwards), else the temporary folder.
    const QDir folder(qEnvironmentVariable("INFLECTION_FUZZ_DIR", QDir::tempPath()));
    auto opened
        = Inflection::Workspace::open(folder.filePath(QStringLiteral("fuzz-%1.inflection").arg(::getpid())));
    if (!opened)
        return 1;
    workspace = std::move(opened).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Refusing the bytes is a fine outcome; crashing or leaking is not.
    (void)Inflection::ReviewImporter(workspace).importJson(bytes, true);
    return 0;
}
