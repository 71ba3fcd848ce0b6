#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace amanat {

/** README.txt, written beside manifest.json: how a recipient checks the bundle without
 *  Amanat (the files' hashes, the signature, the custody events), in plain words with the
 *  commands to type. It is listed and hashed in the manifest like every other file. */
class BundleReadme
{
    Q_DECLARE_TR_FUNCTIONS(BundleReadme)

public:
    static constexpr const char *kFileName = "README.txt";

    /** The text for a bundle of dossier @p dossier, signed by the key @p fingerprint. */
    static QByteArray text(const QString &dossier, const QString &fingerprint);
};

} // namespace amanat
