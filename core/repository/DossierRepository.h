#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace amanat {

/** Case details printed on a bundle's cover. */
struct Dossier
{
    qint64 id = 0;
    QString name;
    QString court;
    QString caseNumber;
    QString parties;
    QString counsel;
    QString hearingDate; ///< YYYY-MM-DD or empty
    QString aNumber;     ///< US Alien Registration Number, "A123-456-789", or empty
    QString createdAt;
    QString modifiedAt;
};

/** One item in a dossier, optionally limited to pages or a time segment. */
struct Exhibit
{
    qint64 id = 0;
    qint64 sectionId = 0;
    qint64 itemId = 0;
    int position = 0;
    QString label;
    QString description;
    std::optional<int> firstPage; ///< 1-based, inclusive
    std::optional<int> lastPage;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    bool consentOverride = false; ///< the user chose to file it without "court" consent
};

struct DossierSection
{
    qint64 id = 0;
    int position = 0;
    QString title;
    QVector<Exhibit> exhibits;
};

/** What to add: items with the same section, range and label pattern. */
struct ExhibitRequest
{
    QVector<qint64> itemIds;
    QString section;              ///< created at the end when missing; empty = last section
    std::optional<int> firstPage; ///< both or neither
    std::optional<int> lastPage;
    std::optional<qint64> startMs; ///< both or neither
    std::optional<qint64> endMs;
    QString label; ///< for one item; with several, a number is appended ("A1-1", "A1-2")
    QString description;
};

/** Dossiers: case details and ordered sections of ordered exhibits. Every change is one
 *  transaction with its custody event. */
class DossierRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)

public:
    DossierRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    Result<qint64> create(const Dossier &dossier);
    Status update(const Dossier &dossier);
    Status remove(qint64 dossierId);
    Result<QVector<Dossier>> all() const;
    Result<Dossier> get(qint64 dossierId) const;
    /** By id ("12") or by name, case-insensitive; an exact name wins over an id. */
    Result<Dossier> find(const QString &idOrName) const;

    Result<QVector<DossierSection>> sections(qint64 dossierId) const;
    Result<qint64> addSection(qint64 dossierId, const QString &title);
    Status renameSection(qint64 sectionId, const QString &title);
    Status removeSection(qint64 sectionId);
    Status moveSection(qint64 sectionId, int newPosition);

    /** Adds the items in order; returns the new exhibit ids. */
    Result<QVector<qint64>> addExhibits(qint64 dossierId, const ExhibitRequest &request);
    /** addExhibits(), then the new exhibits moved to @p row (from 0) of the section
     *  @p sectionId, where they were dropped; all in one transaction. */
    Result<QVector<qint64>> addExhibitsAt(qint64 dossierId, const ExhibitRequest &request,
                                          qint64 sectionId, int row);
    Status updateExhibit(const Exhibit &exhibit);
    Status removeExhibit(qint64 exhibitId);
    /** Labels every exhibit again in its order, section by section (A1, A2… B1…), as a
     *  court expects after a removal. Returns the changes as (old label, new label); each
     *  is a custody event. */
    Result<QVector<QPair<QString, QString>>> relabelExhibits(qint64 dossierId);
    /** Moves an exhibit to @p sectionId at @p newPosition (0-based, clamped). */
    Status moveExhibit(qint64 exhibitId, qint64 sectionId, int newPosition);
    Result<Exhibit> exhibit(qint64 exhibitId) const;
    Result<int> exhibitCount(qint64 dossierId) const;

    /** @p text as an A-number ("A123-456-789"; 8 digits get a leading 0), or empty when
     *  it is not one. */
    static QString normalisedANumber(const QString &text);

private:
    static Status validate(const Dossier &dossier);
    Result<qint64> sectionFor(qint64 dossierId, const QString &title);
    Result<QString> nextLabel(qint64 dossierId, qint64 sectionId);
    /** The letters of the section at @p index: its own ("A. Statements") or by position. */
    static QString labelPrefix(const DossierSection &section, int index);
    Status touch(qint64 dossierId);
    Result<qint64> dossierOfSection(qint64 sectionId) const;
    Status renumber(const char *table, const char *parentColumn, qint64 parentId, qint64 movingId,
                    int newPosition);

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
