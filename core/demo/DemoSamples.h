#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace amanat {

/** Writes the invented sample files of the demo library into a folder: a text PDF report
 *  (English with a Chinese and an Arabic line), a scanned-looking page (PNG), a photograph-like
 *  image, a short video (bundled, generated with ffmpeg's test source), a short WAV
 *  recording (a generated tone), a Markdown document and three testimony transcripts. No
 *  real people, places or events: every name and code is made up and marked as such. */
class DemoSamples
{
    Q_DECLARE_TR_FUNCTIONS(DemoSamples)

public:
    struct Files
    {
        QStringList documents;   ///< kind guessed on import (report, image, video, audio, …)
        QStringList scans;       ///< imported as kind "scan"
        QStringList testimonies; ///< imported as kind "testimony"
    };

    static Result<Files> write(const QString &folder);

    static Status writeReportPdf(const QString &path);
    static Status writeScanPng(const QString &path);
    static Status writePhotoPng(const QString &path);
    static Status writeToneWav(const QString &path, int milliseconds);
    static Status copyVideo(const QString &path);
};

} // namespace amanat
