#include "HelperProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace amanat {

QProcessEnvironment HelperProcess::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Tesseract's OpenMP threads make OCR many times slower on two cores; the limit must be
    // in the environment before the process starts.
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // GStreamer's decoders fail to load under the address-space limit with glibc's default
    // number of malloc arenas; and the helper has no business with the sound server, which
    // QtMultimedia would otherwise contact.
    env.insert(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:/nonexistent"));
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("AMANAT_")))
            env.remove(key);
    }
    return env;
}

QString HelperProcess::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("AMANAT_EXTRACT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Installed: <prefix>/bin/amanat and <prefix>/<libexecdir>/amanat/amanat-extract.
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed = QDir::cleanPath(
        bin.filePath(QStringLiteral("../" AMANAT_HELPER_LIBEXEC_DIR "/amanat-extract")));
    if (QFileInfo(installed).isExecutable())
        return installed;
    // Run from the build tree: the helper CMake built there, and only for such a program.
    const QString buildDir = QDir(QStringLiteral(AMANAT_BUILD_DIR)).canonicalPath();
    const QString here = QFileInfo(bin.path()).canonicalFilePath();
    if (!buildDir.isEmpty() && (here == buildDir || here.startsWith(buildDir + QLatin1Char('/'))))
        return QStringLiteral(AMANAT_HELPER_BUILD_PATH);
    return installed; // absent: the error names where it was expected
}

} // namespace amanat
