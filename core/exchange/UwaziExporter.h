#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace amanat {

class Library;
struct FieldDef;

/** What an Uwazi export wrote. */
struct UwaziReport
{
    QString path;
    int items = 0;
    int documents = 0;      ///< originals in the `file` column (PDFs)
    int attachments = 0;    ///< originals in the `attachments` column
    int withRedactions = 0; ///< items whose originals go as they are, not redacted
};

/** Writes items as the ZIP that Uwazi's CSV import reads (HURIDOCS' platform for
 *  human-rights collections): `import.csv` at its root, one row per item, and the originals
 *  beside it, named in the row's `file` column (a PDF: Uwazi's main document) or
 *  `attachments` column (anything else). Columns are Uwazi property names (see columns()
 *  and the README's mapping): dates as YYYY-MM-DD, the event date as a date range
 *  "FROM:TO", several values joined with "|", tag paths as Uwazi's "Parent::Child".
 *  Protected witness fields never go. The ZIP appears whole or not at all; originals are
 *  streamed from the library (never through a temporary file), their SHA-256 checked, and
 *  each export is logged, and the ZIP's with its SHA-256 ("export_uwazi"). */
class UwaziExporter
{
    Q_DECLARE_TR_FUNCTIONS(UwaziExporter)

public:
    /** The header of import.csv, in order. */
    static QStringList columns();
    /** @p value of @p field as Uwazi reads it (dates, ranges, consent scopes). */
    static QString uwaziValue(const FieldDef &field, const QString &value);
    /** A tag path as an Uwazi thesaurus value: "Places/Kashgar" → "Places::Kashgar". */
    static QString uwaziTag(const QString &path);

    /** @p outZip must not exist. */
    static Result<UwaziReport> write(Library &library, const QVector<qint64> &ids,
                                     const QString &outZip,
                                     const std::atomic_bool *cancelled = nullptr);
};

} // namespace amanat
