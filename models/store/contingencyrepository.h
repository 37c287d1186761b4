// Reads and writes an operability review's contingency items, with optimistic concurrency.
#pragma once

#include "../domain/contingencyitem.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using ContingencySaveResult = SaveResult<ContingencyItem>;

class ContingencyRepository
{
public:
    explicit ContingencyRepository(Workspace *workspace);

    // In manual order (position).
    QList<ContingencyItem> forReview(qint64 reviewId, QString *error = nullptr) const;
    std::optional<ContingencyItem> find(const QString &uuid, QString *error = nullptr) const;

    // Inserts item at item.position (which must be a valid key). Keeps item.uuid when set, so that
    // undoing a deletion brings back the same item; makes a new one otherwise.
    std::optional<ContingencyItem> insert(const ContingencyItem &item, QString *error);
    // Inserts many items in one transaction (a template list, an import, a benchmark).
    bool insertAll(const QList<ContingencyItem> &items, QString *error);
    ContingencySaveResult updateField(
        const ContingencyItem &base, ContingencyField field, const QVariant &value);
    // Writes the one row that moves.
    ContingencySaveResult move(const ContingencyItem &base, const QString &position);
    // Deletes base if it is still at base.revision; the result carries what was deleted.
    ContingencySaveResult remove(const ContingencyItem &base);

private:
    bool insertItems(QList<ContingencyItem> *items, QString *error);

    Workspace *m_workspace;
};

} // namespace Inflection
