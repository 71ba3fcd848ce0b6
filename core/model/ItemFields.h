#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace amanat {

/** The kinds of item a library holds. */
const QStringList &itemKinds();
bool isItemKind(const QString &kind);

/** Describes one editable metadata field: where it lives and how it is checked. */
struct FieldDef
{
    enum class Type
    {
        Text,
        LongText,
        Kind,
        Language,
        Date,
        DateOrRange,
        Url,
        Consent,
        ItemId ///< another item's id
    };
    const char *name;
    bool testimonyOnly; ///< stored in the testimonies table; only for kind testimony…
    bool isProtected;   ///< witness identity: never in lists, logs, JSON or exports
    Type type;
    bool recordingsToo = false; ///< …and for video and audio (a transcript)

    QString qname() const { return QString::fromLatin1(name); }
    /** Whether an item of @p kind has this field. */
    bool appliesTo(const QString &kind) const
    {
        return !testimonyOnly || kind == QLatin1String("testimony") ||
               (recordingsToo &&
                (kind == QLatin1String("video") || kind == QLatin1String("audio")));
    }
};

/** The registry of item fields: validation and normalisation of what users type. */
class ItemFields
{
    Q_DECLARE_TR_FUNCTIONS(ItemFields)

public:
    static const QVector<FieldDef> &all();
    static const FieldDef *find(const QString &name);
    static QStringList names();

    /** Checks and normalises @p value for @p field (trims, canonical dates and consent). */
    static Result<QString> normalise(const FieldDef &field, const QString &value);

    /** A kind's name for people ("testimony" → "Testimony", translated). */
    static QString kindLabel(const QString &kind);

    /** Consent scopes in their canonical order. */
    static const QStringList &consentScopes();
};

} // namespace amanat
