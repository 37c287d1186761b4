// libFuzzer target: the CSV timeline parser on any bytes.
#include "fuzzsupport.h"
#include "io/csvtimelineparser.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Inflection::ParsedTimeline parsed
        = Inflection::CsvTimelineParser::parse(bytes, QTimeZone("Europe/Berlin"), QStringLiteral("CSV"));
    for (const Inflection::TimelineEvent &e : parsed.events) {
        if (!e.occurredAt.isValid())
            __builtin_trap();
    }
    return 0;
}
