#include "BundleReadme.h"

namespace amanat {

namespace {

const char *const kOpenSsl =
    "    jq -r .signing_key.public_key manifest.json | base64 -d > key.raw\n"
    "    sha256sum key.raw\n"
    "    (printf '\\x30\\x2a\\x30\\x05\\x06\\x03\\x2b\\x65\\x70\\x03\\x21\\x00'; cat key.raw) |\n"
    "        openssl pkey -pubin -inform DER -out key.pem\n"
    "    openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json "
    "-sigfile manifest.sig\n";

const char *const kCustodyScript =
    "    import hashlib, json\n"
    "    manifest = json.load(open(\"manifest.json\", encoding=\"utf-8\"))\n"
    "    for exhibit in manifest[\"exhibits\"]:\n"
    "        for event in exhibit[\"custody\"]:\n"
    "            text = event[\"canonical\"]\n"
    "            if text is None:\n"
    "                print(exhibit[\"label\"], event[\"seq\"], \"details blacked out\")\n"
    "                continue\n"
    "            fields = json.loads(text)\n"
    "            same = all(fields[key] == event[key] for key in\n"
    "                       (\"seq\", \"at\", \"actor\", \"action\", \"item\", \"details\"))\n"
    "            digest = hashlib.sha256(bytes.fromhex(event[\"prev_hash\"]) +\n"
    "                                    text.encode(\"utf-8\")).hexdigest()\n"
    "            ok = same and digest == event[\"hash\"]\n"
    "            print(exhibit[\"label\"], event[\"seq\"], \"OK\" if ok else \"DIFFERS\")\n";

QString groupsOfFour(const QString &hex)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace

QByteArray BundleReadme::text(const QString &dossier, const QString &fingerprint)
{
    QString out;
    out += tr("HOW TO CHECK THIS BUNDLE WITHOUT AMANAT") + QStringLiteral("\n\n");
    out += tr("This folder was exported by Amanat from the dossier \"%1\". manifest.json lists "
              "every file of the folder with its SHA-256 hash, and every exhibit with its chain "
              "of custody. manifest.sig is a signature of manifest.json.")
               .arg(dossier) +
           QStringLiteral("\n\n");
    out += tr("1. The files. In this folder, run the command below. Every line must end in "
              "\"OK\". No file other than those listed belongs to the bundle.") +
           QStringLiteral("\n\n    sha256sum -c manifest.sha256\n\n");
    out += tr("2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of "
              "manifest.json, made with the key whose public half is in manifest.json "
              "(\"signing_key\"). Its fingerprint, the SHA-256 of the 32-byte public key, is:") +
           QStringLiteral("\n\n    ") + groupsOfFour(fingerprint) + QStringLiteral("\n\n");
    out += tr("Compare it with the fingerprint the sender gave you another way (in person, by "
              "telephone). With OpenSSL 3, the second command prints the fingerprint and the "
              "last one must print \"Signature Verified Successfully\":") +
           QStringLiteral("\n\n") + QString::fromLatin1(kOpenSsl) + QStringLiteral("\n");
    out += tr("3. The chain of custody. Each custody event says who did what to an exhibit, and "
              "when. The library keeps all events in one chain: an event's \"hash\" is the "
              "SHA-256 of the 32 bytes written in hexadecimal as its \"prev_hash\" (the hash of "
              "the event before it in the library, which may concern another item), followed by "
              "the UTF-8 bytes of its \"canonical\" text. That text is the event itself as "
              "compact JSON with sorted keys, and must say the same as the event's other fields. "
              "This Python 3 script, run in this folder, checks every event:") +
           QStringLiteral("\n\n") + QString::fromLatin1(kCustodyScript) + QStringLiteral("\n");
    out += tr("An event whose \"canonical\" is null named a protected person in its details or "
              "as the person acting, which this bundle blacks out; its hash can be checked only "
              "in the library that exported the bundle.") +
           QStringLiteral("\n");
    return out.toUtf8();
}

} // namespace amanat
