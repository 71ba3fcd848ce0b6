#include "OcrLanguageList.h"

#include "helper/OcrLanguages.h"
#include "model/LanguageNames.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace amanat::ui {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

} // namespace

OcrLanguageList::OcrLanguageList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("ocrLanguageList"));
    setAccessibleName(tr("OCR languages"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    QStringList installed = OcrLanguages::installed();
    // By name, as the user reads them.
    std::sort(installed.begin(), installed.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(LanguageNames::of(a), LanguageNames::of(b)) < 0;
    });
    for (const QString &code : std::as_const(installed))
        addLanguage(code, true);
    connect(this, &QListWidget::itemChanged, this, &OcrLanguageList::selectionChanged);
}

QSize OcrLanguageList::minimumSizeHint() const
{
    QSize size = QListWidget::minimumSizeHint();
    const int rows = qMin(count(), 5);
    if (rows > 0)
        size.setHeight(qMax(size.height(), rows * sizeHintForRow(0) + 2 * frameWidth()));
    return size;
}

void OcrLanguageList::addLanguage(const QString &code, bool installed)
{
    auto *entry = new QListWidgetItem(this);
    entry->setData(kCodeRole, code);
    const QString name = LanguageNames::of(code);
    entry->setText(installed ? name : tr("%1 (not installed)").arg(name));
    entry->setToolTip(code);
    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    entry->setCheckState(Qt::Unchecked);
}

void OcrLanguageList::setSelection(const QString &languages)
{
    const QStringList wanted = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    QSignalBlocker blocker(this);
    for (const QString &code : wanted) {
        bool listed = false;
        for (int row = 0; row < count() && !listed; ++row)
            listed = item(row)->data(kCodeRole).toString() == code;
        if (!listed)
            addLanguage(code, false);
    }
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(
            wanted.contains(item(row)->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QString OcrLanguageList::selection() const
{
    // Tesseract reads mixed Han and Latin text well only with the Han model first, and
    // English is best last: the order is CJK, the others, English.
    auto rank = [](const QString &code) {
        if (code.startsWith(QLatin1String("chi_")) || code == QLatin1String("jpn") ||
            code == QLatin1String("kor"))
            return 0;
        return code == QLatin1String("eng") ? 2 : 1;
    };
    QStringList codes;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            codes << item(row)->data(kCodeRole).toString();
    std::stable_sort(codes.begin(), codes.end(),
                     [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return codes.join(QLatin1Char('+'));
}

} // namespace amanat::ui
