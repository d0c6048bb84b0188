#pragma once

#include "attendance/Recap.h"
#include "attendance/Requests.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace lontar::attendance {

// This week Monday to Friday for one person: in, out, band, leave, holiday; days still to come empty.
class WeekModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        InColumn,
        OutColumn,
        StatusColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    // `days` are those the domain computed (up to today); the other dates of `week` show as empty.
    void setWeek(const QList<QDate>& week, const QList<DayStatus>& days, const QString& zone);
    QDate dateAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : QDate(); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<QDate, std::optional<DayStatus>>> m_rows;
    QString m_zone;
};

// Requests: the user's own (state and who decided) or those waiting for an atasan (who asks).
class RequestModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Mine,
        Waiting
    };
    RequestModel(Mode mode, QObject* parent = nullptr);

    // `eventTexts`: a koreksi's flagged record in words ("Masuk 07.24 WIB — jam perangkat …"), by event id.
    void setRequests(QList<AttendanceRequest> requests, QHash<QString, QString> eventTexts = {});
    const AttendanceRequest* requestAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const;

    Mode m_mode;
    QList<AttendanceRequest> m_requests;
    QHash<QString, QString> m_eventTexts;
};

// One person of a team with their days in the chosen range.
struct TeamMember
{
    QString userId;
    QString nip;
    QString name;
    QString unitName;
    QString timeZone;
    QList<DayStatus> days;
};

// The team for one day (in, out, status, doubts) or a week (one column per day).
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTeam(QList<TeamMember> members, const QList<QDate>& dates);
    const TeamMember* memberAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool singleDay() const { return m_dates.size() == 1; }
    const DayStatus* dayOf(const TeamMember& m, const QDate& date) const;

    QList<TeamMember> m_members;
    QList<QDate> m_dates;
};

// The monthly recap, one row per person; provisional rows are marked.
class RecapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NipColumn,
        NameColumn,
        UnitColumn,
        WorkDaysColumn,
        PresentColumn,
        Tl1Column,
        Psw1Column = Tl1Column + 4,
        AbsentColumn = Psw1Column + 4,
        LeaveColumn,
        DeductionColumn,
        StateColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<RecapRow> rows);
    const QList<RecapRow>& rows() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecapRow> m_rows;
};

// The atasan's decision in one line for the requester: "Ditolak oleh Andi Saputra: <note>".
QString decisionText(const AttendanceRequest& request);

// "2,5" with the Indonesian decimal comma.
QString percentText(double value);

} // namespace lontar::attendance
