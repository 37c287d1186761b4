// The outcome of saving a record: saved, refused because someone else saved first, or failed.
#pragma once

#include <QString>

namespace Inflection {

template<typename Record>
class [[nodiscard]] SaveResult
{
public:
    enum class Status {
        Saved,
        Conflict, // the stored revision moved on; record() is what is stored now
        Failed,
    };

    static SaveResult saved(const Record &stored) { return {Status::Saved, stored, {}}; }
    static SaveResult conflict(const Record &current) { return {Status::Conflict, current, {}}; }
    static SaveResult failed(const QString &message) { return {Status::Failed, {}, message}; }

    Status status() const { return m_status; }
    bool isSaved() const { return m_status == Status::Saved; }
    // Saved: the record as now stored. Conflict: the other writer's record.
    const Record &record() const { return m_record; }
    QString errorMessage() const { return m_error; }

private:
    SaveResult(Status status, const Record &record, const QString &error)
        : m_status(status)
        , m_record(record)
        , m_error(error)
    { }

    Status m_status;
    Record m_record;
    QString m_error;
};

} // namespace Inflection
