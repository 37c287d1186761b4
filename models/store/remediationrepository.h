// Reads and writes a postmortem's remediation items and its parking lot of ideas.
#pragma once

#include "../domain/remediationitem.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using RemediationSaveResult = SaveResult<RemediationItem>;
using ParkedIdeaSaveResult = SaveResult<ParkedIdea>;

class RemediationRepository
{
public:
    explicit RemediationRepository(Workspace *workspace);

    // Remediation items, in manual order.
    QList<RemediationItem> forReview(qint64 reviewId, QString *error = nullptr) const;
    std::optional<RemediationItem> find(const QString &uuid, QString *error = nullptr) const;
    std::optional<RemediationItem> insert(const RemediationItem &item, QString *error);
    RemediationSaveResult updateField(
        const RemediationItem &base, RemediationField field, const QVariant &value);
    RemediationSaveResult move(const RemediationItem &base, const QString &position);
    RemediationSaveResult remove(const RemediationItem &base);
    // How many open items of each review are past their due date: review id -> count.
    QHash<qint64, int> overdueByReview(const QDate &today, QString *error = nullptr) const;

private:
    Workspace *m_workspace;
};

class ParkingLotRepository
{
public:
    explicit ParkingLotRepository(Workspace *workspace);

    QList<ParkedIdea> forReview(qint64 reviewId, QString *error = nullptr) const;
    std::optional<ParkedIdea> find(const QString &uuid, QString *error = nullptr) const;
    std::optional<ParkedIdea> insert(const ParkedIdea &idea, QString *error);
    ParkedIdeaSaveResult updateText(const ParkedIdea &base, const QString &text);
    ParkedIdeaSaveResult move(const ParkedIdea &base, const QString &position);
    ParkedIdeaSaveResult remove(const ParkedIdea &base);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
