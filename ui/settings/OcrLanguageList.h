#pragma once

#include <QListWidget>

namespace amanat::ui {

/** The OCR languages installed on this computer as a checklist, each by its name in the
 *  interface's language ("Chinese (Simplified)"), so nobody types "chi_sim+uig+eng". The
 *  selection reads and writes Tesseract's form. A language asked for but not installed is
 *  listed too, marked, so that opening and saving a setting never drops it silently. */
class OcrLanguageList : public QListWidget
{
    Q_OBJECT

public:
    explicit OcrLanguageList(QWidget *parent = nullptr);

    /** Room for five languages at least (or all of them), whatever the dialog's shape. */
    QSize minimumSizeHint() const override;

    /** Ticks the languages of @p languages ("chi_sim+eng"); unticks the others. */
    void setSelection(const QString &languages);
    /** The ticked languages in Tesseract's form (Chinese, Japanese, Korean first, English
     *  last); empty when none. */
    QString selection() const;

Q_SIGNALS:
    void selectionChanged();

private:
    void addLanguage(const QString &code, bool installed);
};

} // namespace amanat::ui
