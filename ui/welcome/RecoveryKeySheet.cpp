#include "RecoveryKeySheet.h"

#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

namespace amanat::ui {

QString RecoveryKeySheet::grouped(const SecureBuffer &key, int groupsPerLine)
{
    const QString text = QString::fromLatin1(key.chars(), int(key.size()));
    const QStringList groups = text.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList lines;
    for (int i = 0; i < groups.size(); i += groupsPerLine)
        lines << groups.mid(i, groupsPerLine).join(QStringLiteral("  "));
    return lines.join(QLatin1Char('\n'));
}

bool RecoveryKeySheet::paint(QPagedPaintDevice &device, const QString &libraryName,
                             const SecureBuffer &key)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect page = painter.viewport();
    const int margin = page.width() / 12;
    QRect area = page.adjusted(margin, margin, -margin, -margin);

    QFont title = painter.font();
    title.setPointSizeF(20);
    title.setBold(true);
    painter.setFont(title);
    QRect used;
    painter.drawText(area, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Amanat recovery key"), &used);
    area.setTop(used.bottom() + margin / 3);

    QFont body = painter.font();
    body.setPointSizeF(11);
    body.setBold(false);
    painter.setFont(body);
    painter.drawText(
        area, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap,
        tr("Library: %1\nCreated: %2")
            .arg(libraryName, QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
        &used);
    area.setTop(used.bottom() + margin / 2);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(22);
    painter.setFont(mono);
    // The key reads left to right in every language.
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, grouped(key, 4), &used);
    area.setTop(used.bottom() + margin / 2);

    painter.setFont(body);
    painter.drawText(
        area, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap,
        tr("This key opens the library if the passphrase is forgotten. Anyone who has it and "
           "the library folder can read everything in the library.\n\n"
           "Keep this sheet somewhere safe and away from the computer — never in the library "
           "folder or on the same disk. Destroy other copies."));
    return painter.end();
}

bool RecoveryKeySheet::print(QWidget *parent, const QString &libraryName, const SecureBuffer &key)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Amanat recovery key"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return paint(printer, libraryName, key);
}

bool RecoveryKeySheet::savePdf(const QString &path, const QString &libraryName,
                               const SecureBuffer &key)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Amanat recovery key"));
    writer.setCreator(QStringLiteral("Amanat"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    return paint(writer, libraryName, key);
}

} // namespace amanat::ui
