// A review summary as a QTextDocument, built with QTextCursor (user text is only ever inserted as
// text, never parsed as HTML): headings, label–value tables, tables whose header row repeats on
// each page, the heatmap as an image, the proposal rendered from Markdown. It never fetches a
// resource from outside: a remote image in the proposal is shown as its text.
#pragma once

#include "report.h"

#include <QStringList>
#include <QTextDocument>

namespace Inflection {

class ReportDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit ReportDocument(const Report &report, QObject *parent = nullptr);

    // Resources something asked for that are not the report's own (none are loaded).
    QStringList refusedResources() const { return m_refused; }
    static QUrl imageUrl();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QStringList m_refused;
};

} // namespace Inflection
