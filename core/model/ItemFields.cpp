#include "ItemFields.h"

#include "DateSpec.h"

#include <QRegularExpression>
#include <QUrl>
#include <QVector>

namespace amanat {

namespace {
constexpr int kMaxShortText = 2000;
constexpr int kMaxLongText = 1 << 20;
} // namespace

const QStringList &itemKinds()
{
    static const QStringList kinds{QStringLiteral("testimony"), QStringLiteral("scan"),
                                   QStringLiteral("video"),     QStringLiteral("audio"),
                                   QStringLiteral("image"),     QStringLiteral("report"),
                                   QStringLiteral("document")};
    return kinds;
}

bool isItemKind(const QString &kind)
{
    return itemKinds().contains(kind);
}

const QVector<FieldDef> &ItemFields::all()
{
    using T = FieldDef::Type;
    static const QVector<FieldDef> fields{
        {"kind", false, false, T::Kind},
        {"title", false, false, T::Text},
        {"description", false, false, T::LongText},
        {"language", false, false, T::Language},
        {"event_date", false, false, T::DateOrRange},
        {"place", false, false, T::Text},
        {"source_author", false, false, T::Text},
        {"source_title", false, false, T::Text},
        {"source_published", false, false, T::Date},
        {"source_url", false, false, T::Url},
        {"source_accessed", false, false, T::Date},
        {"notes", false, false, T::LongText},
        {"translation_of", false, false, T::ItemId},
        {"translator", false, false, T::Text},
        {"translation_date", false, false, T::Date},
        {"witness_code", true, false, T::Text},
        {"interview_date", true, false, T::Date},
        {"interview_place", true, false, T::Text},
        {"interviewer", true, false, T::Text},
        {"interpreter", true, false, T::Text},
        {"consent", true, false, T::Consent},
        {"consent_date", true, false, T::Date},
        {"transcript", true, false, T::LongText, true},
        {"witness_name", true, true, T::Text},
        {"witness_contact", true, true, T::LongText},
    };
    return fields;
}

const FieldDef *ItemFields::find(const QString &name)
{
    for (const FieldDef &field : all()) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

QStringList ItemFields::names()
{
    QStringList out;
    for (const FieldDef &field : all())
        out << field.qname();
    return out;
}

QString ItemFields::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("testimony"))
        return tr("Testimony");
    if (kind == QLatin1String("scan"))
        return tr("Scan");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("audio"))
        return tr("Audio");
    if (kind == QLatin1String("image"))
        return tr("Image");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("document"))
        return tr("Document");
    return kind;
}

const QStringList &ItemFields::consentScopes()
{
    static const QStringList scopes{QStringLiteral("court"), QStringLiteral("advocacy"),
                                    QStringLiteral("public")};
    return scopes;
}

Result<QString> ItemFields::normalise(const FieldDef &field, const QString &input)
{
    const QString value = input.trimmed();
    if (value.contains(QChar(0)))
        return makeError(ErrorCode::InvalidInput,
                         tr("The value for %1 contains a NUL character.").arg(field.qname()));
    const int limit = field.type == FieldDef::Type::LongText ? kMaxLongText : kMaxShortText;
    if (value.size() > limit)
        return makeError(ErrorCode::InvalidInput,
                         tr("The value for %1 is too long (at most %2 characters).")
                             .arg(field.qname())
                             .arg(limit));
    if (value.isEmpty()) {
        if (field.type == FieldDef::Type::Kind)
            return makeError(ErrorCode::InvalidInput, tr("An item must have a kind."));
        return value;
    }

    switch (field.type) {
    case FieldDef::Type::Text:
        if (value.contains(QLatin1Char('\n')))
            return makeError(ErrorCode::InvalidInput,
                             tr("The value for %1 must be a single line.").arg(field.qname()));
        return value;
    case FieldDef::Type::LongText:
        return value;
    case FieldDef::Type::Kind:
        if (!isItemKind(value))
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a kind of item; use one of: %2.")
                                 .arg(value, itemKinds().join(QStringLiteral(", "))));
        return value;
    case FieldDef::Type::Language: {
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
        if (!tag.match(value).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a language code; use a code such as en, zh, ug "
                                "or ar-SY.")
                                 .arg(value));
        return value;
    }
    case FieldDef::Type::Date:
    case FieldDef::Type::DateOrRange: {
        auto date = DateSpec::parse(value, field.type == FieldDef::Type::DateOrRange);
        if (!date.ok())
            return date.error();
        return date->text;
    }
    case FieldDef::Type::Url: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a web address (it should start with https:// "
                                "or similar).")
                                 .arg(value));
        return value;
    }
    case FieldDef::Type::Consent: {
        QStringList given = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &scope : given) {
            scope = scope.trimmed().toLower();
            if (!consentScopes().contains(scope))
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1\" is not a consent scope; use any of: %2.")
                                     .arg(scope, consentScopes().join(QStringLiteral(", "))));
        }
        QStringList canonical;
        for (const QString &scope : consentScopes()) {
            if (given.contains(scope))
                canonical << scope;
        }
        return canonical.join(QLatin1Char(','));
    }
    case FieldDef::Type::ItemId: {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not an item number (%2 takes the number of another "
                                "item).")
                                 .arg(value, field.qname()));
        return QString::number(id);
    }
    }
    return value;
}

} // namespace amanat
