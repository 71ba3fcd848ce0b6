#pragma once

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace amanat {

/** The text of one page (or of a whole unpaged document). */
struct PageText
{
    QString text;
    bool ocr = false;       ///< recognised from pixels rather than read from a text layer
    double confidence = -1; ///< OCR mean word confidence, 0–100; -1 when not OCRed
};

/** What amanat-extract found in one file. Crosses the process boundary as JSON
 *  (toJson/fromJson), so the helper and the core agree on one definition. */
struct ExtractionResult
{
    enum class Status
    {
        Ok,
        Partial,
        Failed,
        NeedsPassword
    };

    Status status = Status::Ok;
    QString error;    ///< a sentence for the user when not Ok ("the PDF is damaged: …")
    QString kindHint; ///< e.g. "scan" for a PDF without a text layer; empty: no opinion
    bool paged = false;
    QVector<PageText> pages;
    /** Technical metadata: page_count, title, author, created, width, height, duration_ms,
     *  video_codec, audio_codec, camera, gps… (only what the file has). */
    QVariantMap metadata;
    QVariantMap exif;
    QStringList ocrLanguages; ///< languages used for OCR, empty when no OCR ran
    QImage thumbnail;         ///< at most kThumbnailSize pixels on its long side
    QImage poster;            ///< a video's frame at about 10 %, full size up to 1280 px

    static constexpr int kThumbnailSize = 256;
    /** The longest answer a helper may give for one file. */
    static constexpr qint64 kMaxAnswerBytes = qint64(512) << 20;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name, bool *ok = nullptr);
    qint64 textCharacters() const;
    double meanOcrConfidence() const; ///< over OCRed pages; -1 when none

    QJsonObject toJson() const;
    static ExtractionResult fromJson(const QJsonObject &object);
    /** A failed result with @p reason, for crashes, timeouts and unreadable output. */
    static ExtractionResult failure(const QString &reason);
    /** A failed result for a helper killed by @p signal, saying why in the user's terms. */
    static ExtractionResult killedBySignal(int signal);
};

/** What the core sends to amanat-extract before the file's bytes. */
struct ExtractionRequest
{
    QString name; ///< original file name (for the type guess only)
    QString mime;
    qint64 size = 0;      ///< bytes that follow the header line
    QString ocrLanguages; ///< Tesseract form, e.g. "chi_sim+uig+eng"
    QByteArray pdfPassword;

    QByteArray headerLine() const; ///< one line of compact JSON, ending in '\n'
    static bool parseHeaderLine(const QByteArray &line, ExtractionRequest *request);
};

} // namespace amanat

Q_DECLARE_METATYPE(amanat::ExtractionResult)
