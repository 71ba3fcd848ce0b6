#include "Manifest.h"

#include "common/Clock.h"
#include "common/FileUtil.h"
#include "crypto/Sha256.h"
#include "crypto/SigningKey.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace amanat {

namespace {

/** Writes JSON with keys in the order they are given, 2-space indent, UTF-8 as is. */
class CanonicalJsonWriter
{
public:
    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        next();
        appendString(QString::fromLatin1(name));
        m_out += ": ";
        m_afterKey = true;
    }

    void string(const QString &text)
    {
        next();
        appendString(text);
    }
    void stringOrNull(const QString &text)
    {
        if (text.isEmpty())
            null();
        else
            string(text);
    }
    void integer(qint64 number)
    {
        next();
        m_out += QByteArray::number(number);
    }
    void boolean(bool value)
    {
        next();
        m_out += value ? "true" : "false";
    }
    void null()
    {
        next();
        m_out += "null";
    }

    /** Any JSON value; object keys in sorted order (QJsonObject's own order). */
    void value(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            beginObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                next();
                appendString(it.key());
                m_out += ": ";
                m_afterKey = true;
                this->value(it.value());
            }
            endObject();
            break;
        }
        case QJsonValue::Array: {
            beginArray();
            for (const QJsonValue &element : value.toArray())
                this->value(element);
            endArray();
            break;
        }
        case QJsonValue::String:
            string(value.toString());
            break;
        case QJsonValue::Bool:
            boolean(value.toBool());
            break;
        case QJsonValue::Double: {
            const double number = value.toDouble();
            next();
            if (std::isfinite(number) && number == std::floor(number) &&
                std::fabs(number) < 9007199254740992.0)
                m_out += QByteArray::number(qint64(number));
            else if (std::isfinite(number))
                m_out += QByteArray::number(number, 'g', 17);
            else
                m_out += "null";
            break;
        }
        default:
            null();
            break;
        }
    }

    QByteArray finish()
    {
        m_out += '\n';
        return m_out;
    }

private:
    struct Level
    {
        char closer;
        int count;
    };

    void open(char opener, bool)
    {
        next();
        m_out += opener;
        m_levels.append({opener == '{' ? '}' : ']', 0});
    }

    void close(char closer)
    {
        const Level level = m_levels.takeLast();
        Q_ASSERT(level.closer == closer);
        if (level.count > 0)
            newline();
        m_out += closer;
    }

    /** Separator, new line and indent before a value or key (not after a key). */
    void next()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.isEmpty())
            return;
        if (m_levels.last().count++ > 0)
            m_out += ',';
        newline();
    }

    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(2 * m_levels.size(), ' ');
    }

    void appendString(const QString &text)
    {
        m_out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (byte < 0x20)
                    m_out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
                else
                    m_out += c;
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    QVector<Level> m_levels;
    bool m_afterKey = false;
};

bool isLowerHex(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString nullableString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

Error invalid(const QString &what)
{
    return makeError(ErrorCode::InvalidInput, Manifest::tr("not a valid manifest: %1").arg(what));
}

} // namespace

QString Manifest::pathProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("the path is empty");
    if (path.startsWith(QLatin1Char('/')))
        return tr("the path is absolute");
    for (const QChar c : path) {
        if (c == QLatin1Char('\\'))
            return tr("the path contains a backslash");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("the path contains a control character");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("the path has an empty, \".\" or \"..\" part");
    }
    return QString();
}

bool Manifest::isManifestFile(const QString &relativePath)
{
    return relativePath == QLatin1String(kManifestFile) ||
           relativePath == QLatin1String(kSignatureFile) ||
           relativePath == QLatin1String(kChecksumFile);
}

Result<ManifestFile> Manifest::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    Sha256 hash;
    ManifestFile entry;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        entry.size += n;
    }
    entry.sha256 = hash.hexDigest();
    return entry;
}

QByteArray Manifest::checksumList(QVector<ManifestFile> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });
    QByteArray text;
    for (const ManifestFile &entry : entries)
        text += entry.sha256.toLatin1() + "  " + entry.path.toUtf8() + '\n';
    return text;
}

QByteArray Manifest::toJson() const
{
    CanonicalJsonWriter json;
    json.beginObject();
    json.key("format");
    json.string(QString::fromLatin1(kFormat));
    json.key("version");
    json.integer(kVersion);
    json.key("app_version");
    json.string(appVersion);
    json.key("created_utc");
    json.string(createdUtc);

    json.key("dossier");
    json.beginObject();
    json.key("id");
    json.integer(dossier.id);
    json.key("name");
    json.string(dossier.name);
    json.key("court");
    json.stringOrNull(dossier.court);
    json.key("case_number");
    json.stringOrNull(dossier.caseNumber);
    json.key("hearing_date");
    json.stringOrNull(dossier.hearingDate);
    json.endObject();

    json.key("signing_key");
    json.beginObject();
    json.key("algorithm");
    json.string(QStringLiteral("ed25519"));
    json.key("public_key");
    json.string(QString::fromLatin1(publicKey.toBase64()));
    json.key("fingerprint");
    json.string(fingerprint);
    json.endObject();

    json.key("exhibits");
    json.beginArray();
    for (const ManifestExhibit &exhibit : exhibits) {
        json.beginObject();
        json.key("label");
        json.string(exhibit.label);
        json.key("item_id");
        json.integer(exhibit.itemId);
        json.key("title");
        json.string(exhibit.title);
        json.key("kind");
        json.string(exhibit.kind);
        json.key("section");
        json.stringOrNull(exhibit.section);
        json.key("bates_first");
        json.string(exhibit.batesFirst);
        json.key("bates_last");
        json.string(exhibit.batesLast);
        json.key("page_first");
        json.integer(exhibit.pageFirst);
        json.key("page_last");
        json.integer(exhibit.pageLast);
        json.key("sha256");
        json.string(exhibit.sha256);
        json.key("original_name");
        json.stringOrNull(exhibit.originalName);
        json.key("native");
        json.stringOrNull(exhibit.nativePath);
        json.key("redacted");
        json.boolean(exhibit.redacted);
        json.key("translation_of");
        json.stringOrNull(exhibit.translationOf);
        json.key("translations");
        json.beginArray();
        for (const QString &label : exhibit.translations)
            json.string(label);
        json.endArray();
        json.key("custody");
        json.beginArray();
        for (const CustodyEvent &event : exhibit.custody) {
            json.beginObject();
            json.key("seq");
            json.integer(event.seq);
            json.key("at");
            json.string(event.at);
            json.key("actor");
            json.string(event.actor);
            json.key("action");
            json.string(event.action);
            json.key("item");
            json.integer(event.itemId);
            json.key("details");
            json.value(event.details);
            json.key("prev_hash");
            json.string(event.prevHash);
            json.key("hash");
            json.string(event.hash);
            json.key("canonical");
            json.stringOrNull(exhibit.detailsRedacted.contains(event.seq)
                                  ? QString()
                                  : QString::fromUtf8(CustodyLog::canonical(event)));
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();

    json.key("files");
    json.beginArray();
    for (const ManifestFile &file : files) {
        json.beginObject();
        json.key("path");
        json.string(file.path);
        json.key("size");
        json.integer(file.size);
        json.key("sha256");
        json.string(file.sha256);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

Result<Manifest> Manifest::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("JSON error at byte %1 (%2)").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return invalid(tr("\"format\" is not \"%1\"").arg(QString::fromLatin1(kFormat)));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return makeError(ErrorCode::Unsupported,
                         tr("The manifest has version %1; this program reads version %2.")
                             .arg(root.value(QStringLiteral("version")).toInt())
                             .arg(kVersion));

    Manifest manifest;
    manifest.appVersion = root.value(QStringLiteral("app_version")).toString();
    manifest.createdUtc = root.value(QStringLiteral("created_utc")).toString();

    const QJsonObject dossier = root.value(QStringLiteral("dossier")).toObject();
    manifest.dossier.id = dossier.value(QStringLiteral("id")).toInteger();
    manifest.dossier.name = nullableString(dossier.value(QStringLiteral("name")));
    manifest.dossier.court = nullableString(dossier.value(QStringLiteral("court")));
    manifest.dossier.caseNumber = nullableString(dossier.value(QStringLiteral("case_number")));
    manifest.dossier.hearingDate = nullableString(dossier.value(QStringLiteral("hearing_date")));

    const QJsonObject key = root.value(QStringLiteral("signing_key")).toObject();
    if (key.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519"))
        return invalid(tr("the signing key is not an Ed25519 key"));
    manifest.publicKey =
        QByteArray::fromBase64(key.value(QStringLiteral("public_key")).toString().toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (manifest.publicKey.size() != SigningKey::kPublicKeyBytes)
        return invalid(tr("the public key is not 32 bytes of base64"));
    manifest.fingerprint = key.value(QStringLiteral("fingerprint")).toString();

    for (const QJsonValue &value : root.value(QStringLiteral("exhibits")).toArray()) {
        const QJsonObject object = value.toObject();
        ManifestExhibit exhibit;
        exhibit.label = object.value(QStringLiteral("label")).toString();
        exhibit.itemId = object.value(QStringLiteral("item_id")).toInteger();
        exhibit.title = object.value(QStringLiteral("title")).toString();
        exhibit.kind = object.value(QStringLiteral("kind")).toString();
        exhibit.section = nullableString(object.value(QStringLiteral("section")));
        exhibit.batesFirst = object.value(QStringLiteral("bates_first")).toString();
        exhibit.batesLast = object.value(QStringLiteral("bates_last")).toString();
        exhibit.pageFirst = object.value(QStringLiteral("page_first")).toInt();
        exhibit.pageLast = object.value(QStringLiteral("page_last")).toInt();
        exhibit.sha256 = object.value(QStringLiteral("sha256")).toString();
        exhibit.originalName = nullableString(object.value(QStringLiteral("original_name")));
        exhibit.nativePath = nullableString(object.value(QStringLiteral("native")));
        exhibit.redacted = object.value(QStringLiteral("redacted")).toBool();
        exhibit.translationOf = nullableString(object.value(QStringLiteral("translation_of")));
        for (const QJsonValue &label : object.value(QStringLiteral("translations")).toArray())
            exhibit.translations << label.toString();
        for (const QJsonValue &eventValue : object.value(QStringLiteral("custody")).toArray()) {
            const QJsonObject eventObject = eventValue.toObject();
            CustodyEvent event;
            event.seq = eventObject.value(QStringLiteral("seq")).toInteger();
            event.at = eventObject.value(QStringLiteral("at")).toString();
            event.actor = eventObject.value(QStringLiteral("actor")).toString();
            event.action = eventObject.value(QStringLiteral("action")).toString();
            event.itemId = exhibit.itemId;
            event.details = eventObject.value(QStringLiteral("details")).toObject();
            event.prevHash = eventObject.value(QStringLiteral("prev_hash")).toString();
            event.hash = eventObject.value(QStringLiteral("hash")).toString();
            if (eventObject.value(QStringLiteral("canonical")).isNull())
                exhibit.detailsRedacted.insert(event.seq);
            exhibit.custody.append(event);
        }
        manifest.exhibits.append(exhibit);
    }

    const QJsonValue files = root.value(QStringLiteral("files"));
    if (!files.isArray())
        return invalid(tr("\"files\" is missing"));
    for (const QJsonValue &value : files.toArray()) {
        const QJsonObject object = value.toObject();
        ManifestFile file;
        file.path = object.value(QStringLiteral("path")).toString();
        const QJsonValue size = object.value(QStringLiteral("size"));
        file.size = size.isDouble() ? size.toInteger(-1) : -1;
        file.sha256 = object.value(QStringLiteral("sha256")).toString();
        if (file.path.isEmpty() || file.size < 0 || !isLowerHex(file.sha256, 64))
            return invalid(tr("a file entry lacks a path, a size or a SHA-256"));
        manifest.files.append(file);
    }
    return manifest;
}

Result<QString> Manifest::writeTo(const QString &outDir, const SigningKey &key)
{
    const QFileInfo folder(outDir);
    if (!folder.isDir())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(outDir));
    const QDir root(folder.absoluteFilePath());

    files.clear();
    QDirIterator it(root.path(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString relative = root.relativeFilePath(path);
        if (info.isSymLink())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is a symbolic link; a bundle folder may hold only regular "
                                "files.")
                                 .arg(relative));
        if (info.isDir() || isManifestFile(relative))
            continue;
        if (!info.isFile())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not a regular file.").arg(relative));
        const QString problem = pathProblem(relative);
        if (!problem.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 cannot be listed in a manifest: %2").arg(relative, problem));
        auto entry = hashFile(path);
        if (!entry.ok())
            return entry.error();
        entry->path = relative;
        files.append(*entry);
    }
    std::sort(files.begin(), files.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });

    QSet<QString> listed;
    for (const ManifestFile &file : std::as_const(files))
        listed.insert(file.path);
    for (const ManifestExhibit &exhibit : std::as_const(exhibits)) {
        if (exhibit.nativePath.isEmpty())
            continue;
        const QString problem = pathProblem(exhibit.nativePath);
        if (!problem.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The native file of exhibit %1: %2").arg(exhibit.label, problem));
        if (!listed.contains(exhibit.nativePath))
            return makeError(ErrorCode::NotFound,
                             tr("The native file %1 of exhibit %2 is not in the folder.")
                                 .arg(exhibit.nativePath, exhibit.label));
    }

    publicKey = key.publicKey();
    fingerprint = key.fingerprint();
    if (createdUtc.isEmpty())
        createdUtc = Clock::nowUtcText();

    const QByteArray json = toJson();
    const QByteArray signature = key.sign(json);
    const QString jsonHash = Sha256::hexOf(json);

    QVector<ManifestFile> checksums = files;
    checksums.append({QString::fromLatin1(kManifestFile), json.size(), jsonHash});
    checksums.append(
        {QString::fromLatin1(kSignatureFile), signature.size(), Sha256::hexOf(signature)});

    AMANAT_TRY(writeFileAtomically(root.filePath(QString::fromLatin1(kManifestFile)), json));
    AMANAT_TRY(writeFileAtomically(root.filePath(QString::fromLatin1(kSignatureFile)), signature));
    AMANAT_TRY(writeFileAtomically(root.filePath(QString::fromLatin1(kChecksumFile)),
                                   checksumList(checksums)));
    return jsonHash;
}

} // namespace amanat
