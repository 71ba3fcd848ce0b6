#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

class Library;

/** Edits that belong to a testimony's own editor rather than the generic field editor:
 *  transcript autosaves, and revealing the protected witness fields to the person at the
 *  screen. Both leave a custody event; neither ever puts witness data into it. */
class TestimonyEditing
{
    Q_DECLARE_TR_FUNCTIONS(TestimonyEditing)

public:
    explicit TestimonyEditing(Library &library) : m_library(library) {}

    /** Stores @p transcript for testimony, video or audio @p itemId, reindexes the item and logs
     *  `transcript_edit` with the length and SHA-256 of the new text (not the text: an
     *  autosave a second would copy the whole transcript into the log each time). Nothing
     *  happens, and nothing is logged, when the stored transcript is already equal. */
    Status saveTranscript(qint64 itemId, const QString &transcript);

    /** Reads the protected fields of testimony @p itemId (`witness_name`,
     *  `witness_contact`) and logs `testimony_reveal` with the field names, never the
     *  values. Returns field name → value. */
    Result<QMap<QString, QString>> revealProtected(qint64 itemId);

    /** Names of the protected fields, in form order. */
    static QStringList protectedFields();

    /** The tag a testimony and the files filed with it carry: "Testimonies/<witness code>". */
    static QString tagFor(const QString &witnessCode);
    /** The recordings of the testimony with @p witnessCode: video and audio items with an
     *  original that carry its tag, in the order they were added. */
    Result<QVector<qint64>> recordings(const QString &witnessCode) const;

private:
    Library &m_library;
};

} // namespace amanat
