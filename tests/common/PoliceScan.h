#pragma once

// Generated police-style scans for the redaction tests and benchmark (issue 10): forms with
// ruled tables, interrogation records, landscape surveillance tables, in Han and Latin
// script (and Uyghur where asked), at a chosen resolution, with rotation, noise and grey
// paper. Every occurrence of the protected person's name, name parts and phone is recorded
// with its position in the final image, so recall can be measured.

#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat::test {

/** A person as a police file writes them. Invented. */
struct ScanPerson
{
    QString han; ///< e.g. 阿不都热依木·吐尔逊
    QString hanSurname;
    QString latin; ///< e.g. Abdurehim Tursun
    QString latinSurname;
    QString uyghur; ///< Arabic script; empty to leave out
    QString phone;  ///< as written on the form

    static ScanPerson protectedWitness();
    /** People who are not protected (officers, other detainees): must stay readable. */
    static QVector<ScanPerson> bystanders();
};

struct ScanSpec
{
    enum class Layout
    {
        RegistrationForm,    ///< ruled two-column table, remarks paragraph
        InterrogationRecord, ///< header lines and running text, name split across lines
        SurveillanceTable,   ///< landscape table of several people
    };
    Layout layout = Layout::RegistrationForm;
    int dpi = 300;
    double rotationDegrees = 0;
    double pointSize = 12; ///< body type size
    int paperGrey = 255;   ///< 255 white; 225 for old grey paper
    int noise = 0;         ///< standard deviation of pixel noise, 0 for none
    quint32 seed = 1;
    bool includeUyghur = false;
};

/** One place where something protected is written: one or more rectangles (a name split
 *  across two lines has two), in pixels of the final image. */
struct ScanOccurrence
{
    QString text;
    QVector<QPolygonF> areas; ///< each the ink box of a piece, rotated with the page
    QRectF bounds() const;
};

struct GeneratedScan
{
    QImage image; ///< RGB32, dots per metre set from the dpi
    QVector<ScanOccurrence> occurrences;
    QStringList bystanderTexts; ///< written on the page and must stay
    QStringList cellTexts;      ///< everything written in a table cell, cell by cell
};

GeneratedScan generatePoliceScan(const ScanSpec &spec, const ScanPerson &person);

/** The words of @p cells as a reader searches for them: Latin words and numbers split at
 *  spaces and punctuation, runs of Han characters whole. */
QStringList cellWords(const QStringList &cells);
/** How many of @p words @p text contains (Latin case-insensitively; Han exactly, so a
 *  space put between two ideographs is a miss). */
int wordsFound(const QStringList &words, const QString &text);

/** The protected strings of @p person, as redaction and the leak check derive them. */
QStringList protectedStrings(const ScanPerson &person);

} // namespace amanat::test
