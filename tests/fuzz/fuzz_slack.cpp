// libFuzzer target: a Slack export day file, the users file and message text on any bytes.
#include "fuzzsupport.h"
#include "io/slacktimelineparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Inflection::SlackTimelineParser;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SlackTimelineParser::Users users = SlackTimelineParser::parseUsers(bytes);
    Inflection::ParsedTimeline parsed;
    SlackTimelineParser::parseDay(bytes, users, QStringLiteral("Slack"), QStringLiteral("day"), &parsed);
    SlackTimelineParser::plainText(QString::fromUtf8(bytes), users);
    return 0;
}
