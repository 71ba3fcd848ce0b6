#include "CustodyEventText.h"

#include "common/BidiText.h"
#include "model/ItemFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace amanat::ui {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(isolated(text)); // a Latin tag in an Arabic sentence
}

QString shortHash(const QJsonObject &details)
{
    return details.value(QStringLiteral("sha256")).toString().left(16);
}

} // namespace

QString CustodyEventText::sentence(const CustodyEvent &event)
{
    const QJsonObject &d = event.details;
    const QString action = event.action;
    auto text = [&d](const char *key) {
        return d.value(QLatin1String(key)).toVariant().toString();
    };
    const QString dossier = text("dossier");
    const QString label = text("label");

    if (action == QLatin1String("import"))
        return tr("Collected as %1 (%2, SHA-256 %3…).")
            .arg(ItemFields::kindLabel(text("kind")),
                 QLocale().formattedDataSize(d.value(QStringLiteral("size")).toInteger()),
                 shortHash(d));
    if (action == QLatin1String("create"))
        return tr("Created as %1, without an original file.")
            .arg(ItemFields::kindLabel(text("kind")));
    if (action == QLatin1String("extract")) {
        const QString error = text("error");
        return error.isEmpty() ? tr("Text and details read from the original (%n page(s)).",
                                    nullptr, d.value(QStringLiteral("pages")).toInt())
                               : tr("Reading the original failed: %1").arg(error);
    }
    if (action == QLatin1String("edit")) {
        QStringList changes;
        const QJsonObject fields = d.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString value = it.value().toString();
            changes << (value.isEmpty() ? tr("%1 cleared").arg(it.key())
                                        : tr("%1 set to %2").arg(it.key(), quoted(value)));
        }
        return tr("Details changed: %1.").arg(changes.join(QStringLiteral("; ")));
    }
    if (action == QLatin1String("tag"))
        return tr("Tagged %1.").arg(quoted(text("tag")));
    if (action == QLatin1String("untag"))
        return tr("Tag %1 removed.").arg(quoted(text("tag")));
    if (action == QLatin1String("export"))
        return tr("A copy of the original was saved as %1 (SHA-256 %2…).")
            .arg(quoted(text("file")), shortHash(d));
    if (action == QLatin1String("exhibit_add"))
        return tr("Added to dossier %1 as exhibit %2.").arg(dossier, label);
    if (action == QLatin1String("exhibit_remove"))
        return tr("Removed from dossier %1 (it was exhibit %2).").arg(dossier, label);
    if (action == QLatin1String("exhibit_move"))
        return tr("Moved within dossier %1 (exhibit %2).").arg(dossier, label);
    if (action == QLatin1String("exhibit_relabel"))
        return tr("Exhibit %1 of dossier %2 renumbered %3.")
            .arg(text("previous_label"), dossier, label);
    if (action == QLatin1String("exhibit_export"))
        return tr("Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.")
            .arg(label, dossier, text("bates_first"), text("bates_last"));
    if (action == QLatin1String("consent_override"))
        return tr("Filed as exhibit %1 of dossier %2 without the witness's court consent, by "
                  "the user's decision.")
            .arg(label, dossier);
    if (action == QLatin1String("redaction_add"))
        return d.contains(QStringLiteral("page"))
                   ? tr("An area of page %1 marked for redaction.").arg(text("page"))
                   : tr("A passage of %n character(s) marked for redaction.", nullptr,
                        d.value(QStringLiteral("characters")).toInt());
    if (action == QLatin1String("redaction_remove"))
        return tr("A redaction removed.");
    if (action == QLatin1String("redaction_review"))
        return tr("Page %1 reviewed for redaction in dossier %2.").arg(text("page"), dossier);
    if (action == QLatin1String("clip_marker_add"))
        return tr("Clip marker added.");
    if (action == QLatin1String("clip_marker_edit"))
        return tr("Clip marker changed.");
    if (action == QLatin1String("clip_marker_delete"))
        return tr("Clip marker removed.");
    if (action == QLatin1String("testimony_reveal"))
        return tr("The witness's protected details were shown.");
    if (action == QLatin1String("receive_item")) {
        const QString package = text("package_sha256").left(16);
        return d.value(QStringLiteral("duplicate")).toBool()
                   ? tr("Received again from %1 (package SHA-256 %2…): kept as it was here, "
                        "with the sender's tags and record added.")
                         .arg(quoted(text("sender")), package)
                   : tr("Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) "
                        "of its record there.",
                        nullptr, int(d.value(QStringLiteral("sender_events")).toArray().size()))
                         .arg(quoted(text("sender")), package);
    }
    if (action == QLatin1String("share_consent_override"))
        return tr("Shared in a sealed package (SHA-256 %1…) without the witness's recorded "
                  "consent, by the user's decision.")
            .arg(text("package_sha256").left(16));
    if (action == QLatin1String("delete"))
        return tr("Deleted from the library.");
    if (action == QLatin1String("restore"))
        return tr("Deletion undone: back in the library.");
    // Unknown to this version: its name and what it recorded.
    return QStringLiteral("%1: %2").arg(
        action, QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)));
}

} // namespace amanat::ui
